import { defineElement } from '../../internal/define.js';
import { TagCloud } from './tag-cloud.component.js';

export * from './tag-cloud.component.js';

defineElement('tag-cloud', TagCloud);
