/** A keyword and how often it occurs (posts carrying a label, or repeats in a keyword line). */
export interface TagCount {
  name: string;
  count: number;
}

/* A keyword longer than this (UTF-16 units) is a pasted paragraph, not a tag; it is cut, never dropped. */
const MAX_TAG_LENGTH = 100;

let segmenter: Intl.Segmenter | undefined;

/**
 * Cuts text to at most `max` UTF-16 units at a grapheme boundary, so an emoji,
 * a flag or a letter with its accents is kept whole or left out whole — never
 * split into a lone surrogate that breaks `encodeURIComponent`.
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  segmenter ??= typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : undefined;
  let end = 0;
  if (segmenter) {
    for (const { index, segment } of segmenter.segment(text)) {
      if (index + segment.length > max) break;
      end = index + segment.length;
    }
  } else {
    for (const ch of text) {
      if (end + ch.length > max) break;
      end += ch.length;
    }
  }
  return text.slice(0, end);
}

/** Replaces lone surrogates (broken UTF-16 from a cut or a bad feed) with U+FFFD, as `toWellFormed()` does. */
export function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/** A keyword as shown: well-formed, NFC (so "café" typed two ways is one tag), spaces collapsed, at most 100 units. */
export function cleanTag(name: string): string {
  return cutText(wellFormed(name).normalize('NFC').replace(/\s+/g, ' ').trim(), MAX_TAG_LENGTH).trim();
}

/** The list a `tags` value holds: a keyword line, or any iterable (array, Set, generator) of names or `{ name, count }`. */
function items(input: unknown): Iterable<unknown> {
  if (typeof input === 'string') return input.split(/[,\n\r]+/);
  if (input !== null && typeof input === 'object' && typeof (input as Iterable<unknown>)[Symbol.iterator] === 'function') {
    return input as Iterable<unknown>;
  }
  return [];
}

/**
 * Merges keywords case-insensitively, keeping the first spelling and adding
 * counts. Accepts a keyword line ("a, b, c" or one per line) or any iterable
 * of strings and `{ name, count }`. Anything unusable (empty names, bad
 * counts, other types) is skipped; a missing or invalid count counts as 1.
 */
export function mergeTags(input: unknown): TagCount[] {
  const byKey = new Map<string, TagCount>();
  for (const item of items(input)) {
    let name: string;
    let count = 1;
    if (typeof item === 'string') name = item;
    else if (item !== null && typeof item === 'object' && typeof (item as TagCount).name === 'string') {
      name = (item as TagCount).name;
      const raw: unknown = (item as TagCount).count;
      // Number() only on primitives: on a null-prototype object it throws.
      const c = typeof raw === 'number' || typeof raw === 'string' ? Number(raw) : Number.NaN;
      if (Number.isFinite(c) && c >= 1) count = Math.min(Math.floor(c), Number.MAX_SAFE_INTEGER);
    } else continue;
    name = cleanTag(name);
    if (!name) continue;
    const key = name.toLocaleLowerCase();
    const existing = byKey.get(key);
    if (existing) existing.count = Math.min(existing.count + count, Number.MAX_SAFE_INTEGER);
    else byKey.set(key, { name, count });
  }
  return [...byKey.values()];
}
