/**
 * The four custom element names, in the order the widgets are listed everywhere (README, site, bundles).
 * The one list: rollup's entries, the package check, the language watcher, the tests, the bench and the
 * site read it (Node scripts from `dist/tags.js`).
 */
export const TAGS = ['royalty-tier-calc', 'tax-withholding-table', 'fiverr-level-meter', 'tag-cloud'] as const;

export type Tag = (typeof TAGS)[number];

/** A CSS selector matching every widget. */
export const TAG_SELECTOR = TAGS.join(', ');
