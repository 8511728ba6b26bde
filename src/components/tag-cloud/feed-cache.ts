import type { LabelCounts } from '../../core/blogger-feed.js';
import { mergeTags, type TagCount } from '../../core/keywords.js';

/*
 * A blog's complete label count, kept in sessionStorage for a few minutes so a
 * reader opening five posts asks the feed once. What is stored is not trusted
 * when read back: any same-origin script, an older version of this library or
 * a browser extension may have written under our key. Every field is checked;
 * a value that fails any check is ignored, removed, and replaced by the next
 * complete count. Storage that is blocked or full is simply not used.
 */

/* A blog's labels change when a post is published: a reader's session may keep them this long. */
const TTL_MS = 10 * 60 * 1000;
/* Above this a count is not worth a share of the page's 5 MB of sessionStorage; a longer value is not ours. */
const MAX_CHARS = 200_000;
const PREFIX = 'freelancer-widgets:feed:';

export interface CachedLabels {
  posts: number;
  tags: TagCount[];
}

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;

/** The stored value as a count, or `undefined` when any part of it is not what this library writes. */
function validate(value: unknown, now: number): CachedLabels | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const { at, posts, tags } = value as Record<string, unknown>;
  if (typeof at !== 'number' || !Number.isFinite(at) || at > now || now - at >= TTL_MS) return undefined;
  if (!isCount(posts) || !Array.isArray(tags)) return undefined;
  const valid = tags.every(
    (t) =>
      Array.isArray(t) && t.length === 2 && typeof t[0] === 'string' && t[0].trim() !== '' && isCount(t[1]) && t[1] > 0 && t[1] <= posts,
  );
  if (!valid) return undefined;
  // Names go through the same reading as the feed's own labels (trimmed, merged, bounded).
  return { posts, tags: mergeTags((tags as [string, number][]).map(([name, count]) => ({ name, count }))) };
}

/** The count stored for `key`, if there is a fresh and valid one. */
export function readCache(key: string, now = Date.now()): CachedLabels | undefined {
  try {
    const text = sessionStorage.getItem(PREFIX + key);
    if (text === null) return undefined;
    const cached = text.length <= MAX_CHARS ? validate(JSON.parse(text), now) : undefined;
    if (!cached) sessionStorage.removeItem(PREFIX + key); // stale, or not ours: the next complete count replaces it
    return cached;
  } catch {
    return undefined; // storage blocked (privacy settings, sandboxed iframe), or not JSON
  }
}

/** Stores a complete count for `key`. */
export function writeCache(key: string, counts: LabelCounts, now = Date.now()): void {
  const text = JSON.stringify({ at: now, posts: counts.posts, tags: counts.tags.map((t) => [t.name, t.count]) });
  if (text.length > MAX_CHARS) return;
  try {
    sessionStorage.setItem(PREFIX + key, text);
  } catch {
    // Full or blocked: the next post asks the feed again.
  }
}
