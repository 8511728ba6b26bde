import { FiverrLevelMeter } from './fiverr-level-meter.component.js';

export * from './fiverr-level-meter.component.js';

FiverrLevelMeter.define('fiverr-level-meter');
