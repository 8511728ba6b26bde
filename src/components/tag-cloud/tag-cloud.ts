import { TagCloud } from './tag-cloud.component.js';

export * from './tag-cloud.component.js';

TagCloud.define('tag-cloud');
