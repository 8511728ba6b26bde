/** A keyword and how often it occurs (posts carrying a label, or repeats in a keyword line). */
export interface TagCount {
  name: string;
  count: number;
}

/* A keyword longer than this is a pasted paragraph, not a tag; it is cut, never dropped. */
const MAX_TAG_LENGTH = 100;

function clean(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, MAX_TAG_LENGTH).trim();
}

/**
 * Merges keywords case-insensitively, keeping the first spelling and adding
 * counts. Accepts a keyword line ("a, b, c" or one per line), `string[]`, or
 * `{ name, count }[]`. Anything unusable (empty names, bad counts) is skipped;
 * a missing or invalid count counts as 1.
 */
export function mergeTags(input: string | readonly unknown[] | null | undefined): TagCount[] {
  const list: unknown[] = typeof input === 'string' ? input.split(/[,\n\r]+/) : Array.isArray(input) ? [...input] : [];
  const byKey = new Map<string, TagCount>();
  for (const item of list) {
    let name: string;
    let count = 1;
    if (typeof item === 'string') name = item;
    else if (item && typeof item === 'object' && typeof (item as TagCount).name === 'string') {
      name = (item as TagCount).name;
      const c = Number((item as TagCount).count);
      if (Number.isFinite(c) && c > 0) count = Math.min(Math.floor(c), Number.MAX_SAFE_INTEGER) || 1;
    } else continue;
    name = clean(name);
    if (!name) continue;
    const key = name.toLocaleLowerCase();
    const existing = byKey.get(key);
    if (existing) existing.count = Math.min(existing.count + count, Number.MAX_SAFE_INTEGER);
    else byKey.set(key, { name, count });
  }
  return [...byKey.values()];
}
