/**
 * freelancer-widgets/core.js — the pure calculation module: no DOM, no Lit.
 * Money is exact (`Dec`, see decimal.ts) until it is formatted for a reader.
 */
export * from './locale.js';
export * from './decimal.js';
export * from './format.js';
export * from './parse.js';
export * from './royalty-tables.js';
export * from './royalty.js';
export * from './agencies.js';
export * from './royalty-detail.js';
export * from './treaty-rates.js';
export * from './withholding.js';
export * from './fiverr-rules.js';
export * from './fiverr-classic.js';
export * from './fiverr-levels.js';
export * from './keywords.js';
export * from './tag-weights.js';
export * from './tag-links.js';
export * from './blogger-feed.js';
export * from './countries.js';
export * from './sources.js';
