import type { TagCount } from './keywords.js';

export type TagSort = 'alpha' | 'count' | 'none';

/** The orders `sort` takes. */
export const TAG_SORTS: readonly TagSort[] = ['alpha', 'count', 'none'];

export interface WeightOptions {
  /** Font size of the least frequent tag, percent (default 80, Blogger's smallest label size). */
  minSize?: number;
  /** Font size of the most frequent tag, percent (default 160, Blogger's largest label size). */
  maxSize?: number;
  /** Keep the N most frequent (0 = all), then sort. */
  max?: number;
  sort?: TagSort;
  /** BCP 47 tag for alphabetical collation. */
  collation?: string;
}

export interface WeightedTag extends TagCount {
  /** Font size in whole percent, within [minSize, maxSize]. */
  size: number;
}

/** A tag as `<tag-cloud>` renders it (its `items`). `href` is `null` when links are off (an unsafe template). */
export interface CloudItem extends WeightedTag {
  href: string | null;
}

/** The `tag-select` event detail. */
export interface TagSelectDetail {
  tag: string;
  count: number;
  href: string;
}

/** Blogger's Labels gadget cloud sizes run from 80% to 160% (docs/sources.md, "Blogger"). */
export const DEFAULT_MIN_SIZE = 80;
export const DEFAULT_MAX_SIZE = 160;
/** Size of every tag when all counts are equal: the page's own text size, within the bounds. */
const EVEN_SIZE = 100;

/**
 * Sizes tags linearly in log-scaled counts — WordPress's `wp_tag_cloud()`
 * formula (log10(count + 1), docs/sources.md "WordPress tag cloud") without its rounding to integers:
 * `size = min + (log(c+1) − log(cmin+1)) × (max − min) / spread`.
 * Equal counts give equal sizes. Sizes are rounded to whole percent so a
 * cloud needs few distinct CSS rules.
 */
export function weighTags(tags: readonly TagCount[], options: WeightOptions = {}): WeightedTag[] {
  let minSize = options.minSize ?? DEFAULT_MIN_SIZE;
  let maxSize = options.maxSize ?? DEFAULT_MAX_SIZE;
  if (minSize > maxSize) [minSize, maxSize] = [maxSize, minSize];
  const limit = options.max ?? 0;
  let kept = [...tags];
  if (limit > 0 && kept.length > limit) {
    // Most frequent first; a stable sort keeps the first-seen of equal counts.
    kept = kept
      .map((t, i) => ({ t, i }))
      .sort((a, b) => b.t.count - a.t.count || a.i - b.i)
      .slice(0, limit)
      .sort((a, b) => a.i - b.i)
      .map(({ t }) => t);
  }
  const logs = kept.map((t) => Math.log10(t.count + 1));
  // A loop, not Math.min(...logs): spreading 100,000+ values overflows the call stack.
  let lo = Infinity;
  let hi = -Infinity;
  for (const l of logs) {
    if (l < lo) lo = l;
    if (l > hi) hi = l;
  }
  const spread = hi - lo;
  const even = Math.min(maxSize, Math.max(minSize, EVEN_SIZE));
  const weighted = kept.map((t, i) => ({
    name: t.name,
    count: t.count,
    size: spread > 0 ? Math.round(minSize + ((logs[i] - lo) * (maxSize - minSize)) / spread) : even,
  }));
  return sortTags(weighted, options.sort ?? 'alpha', options.collation ?? 'en');
}

export function sortTags<T extends TagCount>(tags: T[], sort: TagSort, collation: string): T[] {
  if (sort === 'none') return tags;
  const { compare } = collator(collation);
  if (sort === 'count') return tags.sort((a, b) => b.count - a.count || compare(a.name, b.name));
  return tags.sort((a, b) => compare(a.name, b.name));
}

const collators = new Map<string, Intl.Collator>();

/** The collator tags are sorted with in a language (ignoring case and accents, "tag 2" before "tag 10"), built once. */
function collator(collation: string): Intl.Collator {
  let c = collators.get(collation);
  if (!c) {
    c = new Intl.Collator(collation, { sensitivity: 'base', numeric: true });
    collators.set(collation, c);
  }
  return c;
}
