import { FeedError, fetchLabelCounts, type LabelCounts } from '../../core/blogger-feed.js';
import type { FeedState } from './feed-loader.js';

/*
 * Reads a blog's label counts for <tag-cloud src> (the paging rules are in
 * core/blogger-feed.ts), loaded only by clouds with a `src`. A complete count
 * is kept in sessionStorage for a few minutes, so a reader opening five posts
 * asks the feed once; storage that is blocked, full or holding junk is simply
 * not used.
 */

/* A blog's labels change when a post is published: a reader's session may keep them this long. */
const CACHE_TTL_MS = 10 * 60 * 1000;
/* Above this a count is not worth a share of the page's 5 MB of sessionStorage. */
const CACHE_MAX_CHARS = 200_000;
const CACHE_PREFIX = 'freelancer-widgets:feed:';

interface Cached {
  at: number;
  posts: number;
  tags: [string, number][];
}

function readCache(key: string): Cached | undefined {
  try {
    const value = JSON.parse(sessionStorage.getItem(CACHE_PREFIX + key) ?? 'null') as Cached | null;
    const fresh = value && typeof value.at === 'number' && Date.now() - value.at < CACHE_TTL_MS && Array.isArray(value.tags);
    return fresh ? value : undefined;
  } catch {
    return undefined; // storage blocked (privacy settings, sandboxed iframe) or junk in it
  }
}

function writeCache(key: string, counts: LabelCounts): void {
  const value: Cached = { at: Date.now(), posts: counts.posts, tags: counts.tags.map((t) => [t.name, t.count]) };
  const text = JSON.stringify(value);
  if (text.length > CACHE_MAX_CHARS) return;
  try {
    sessionStorage.setItem(CACHE_PREFIX + key, text);
  } catch {
    // Full or blocked: the next post asks the feed again.
  }
}

/** Fetches one page as JSON, turning every failure into a `FeedError`. */
function fetcher(signal: AbortSignal) {
  return async (url: string): Promise<unknown> => {
    const reason = () => (signal.reason instanceof FeedError ? signal.reason : new FeedError('aborted'));
    let response: Response;
    try {
      response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
    } catch {
      throw signal.aborted ? reason() : new FeedError('network');
    }
    if (!response.ok) throw new FeedError('http', String(response.status));
    try {
      return await response.json();
    } catch {
      throw signal.aborted ? reason() : new FeedError('json');
    }
  };
}

/**
 * The labels of `url`, from the session's cache or the feed; `undefined` when
 * the load was cancelled (the cloud left the page, or asked for another feed).
 */
export async function loadLabels(
  key: string,
  url: string,
  maxPosts: number,
  timeoutMs: number,
  controller: AbortController,
): Promise<FeedState | undefined> {
  const cached = readCache(key);
  if (cached) return { status: 'done', posts: cached.posts, tags: cached.tags.map(([name, count]) => ({ name, count })), partial: null };
  const timer = setTimeout(() => controller.abort(new FeedError('timeout')), timeoutMs);
  try {
    const counts = await fetchLabelCounts(url, maxPosts, fetcher(controller.signal));
    if (controller.signal.aborted && counts.partial === 'aborted') return undefined;
    if (!counts.partial) writeCache(key, counts);
    return { status: 'done', tags: counts.tags, posts: counts.posts, partial: counts.partial };
  } catch (error) {
    const kind = error instanceof FeedError ? error.kind : 'network';
    return kind === 'aborted' ? undefined : { status: 'failed', kind };
  } finally {
    clearTimeout(timer);
  }
}
