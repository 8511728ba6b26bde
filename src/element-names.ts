/**
 * The four custom element names, in the order the widgets are listed everywhere (README, site, bundles).
 * The one list: rollup's entries, the package check, the language watcher, the tests, the bench and the
 * site read it (Node scripts from `dist/element-names.js`). "Tag" in this library means a keyword of a
 * cloud (core/tag-*.ts); the widgets' own names are element names.
 */
export const ELEMENT_NAMES = ['royalty-tier-calc', 'tax-withholding-table', 'fiverr-level-meter', 'tag-cloud'] as const;

export type ElementName = (typeof ELEMENT_NAMES)[number];

/** A CSS selector matching every widget. */
export const ELEMENT_SELECTOR = ELEMENT_NAMES.join(', ');
