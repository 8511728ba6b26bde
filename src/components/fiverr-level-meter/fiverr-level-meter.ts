import { defineElement } from '../../internal/define.js';
import { FiverrLevelMeter } from './fiverr-level-meter.component.js';

export * from './fiverr-level-meter.component.js';

defineElement('fiverr-level-meter', FiverrLevelMeter);
