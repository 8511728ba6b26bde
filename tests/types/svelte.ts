// Svelte 5: `freelancer-widgets/svelte` types the tags in Svelte's element map (docs/frameworks.md).
import type {} from 'freelancer-widgets/svelte';
import type { SvelteHTMLElements } from 'svelte/elements';

export const calculator: SvelteHTMLElements['royalty-tier-calc'] = {
  'monthly-downloads': 250,
  'onroyalty-change': (e) => e.detail.yearTotal,
};
export const cloud: SvelteHTMLElements['tag-cloud'] = { tags: 'microstock, npwp', 'show-count': true };
export const table: SvelteHTMLElements['tax-withholding-table'] = { country: 'ID', 'us-person': true };
export const meter: SvelteHTMLElements['fiverr-level-meter'] = { 'current-level': 'level-1', 'target-orders': 25 };
export const wrong: SvelteHTMLElements['royalty-tier-calc'] = {
  // @ts-expect-error: the royalty-change detail has no `total`
  'onroyalty-change': (e) => e.detail.total,
};
