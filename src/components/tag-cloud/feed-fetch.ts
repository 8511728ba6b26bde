import { FeedError, fetchLabelCounts, type FeedErrorKind, type LabelCounts } from '../../core/blogger-feed.js';
import type { TagCount } from '../../core/keywords.js';
import { readCache, writeCache } from './feed-cache.js';

/*
 * Reads a blog's label counts for <tag-cloud src> (the paging rules are in
 * core/blogger-feed.ts), loaded only by clouds with a `src`. Every cloud of
 * the page that asks for the same feed joins one load: ten clouds on one blog
 * cost what one costs. A complete count is also kept for the session
 * (feed-cache.ts), so the next post the reader opens asks nothing.
 */

/** What a cloud's feed is doing: nothing, loading, loaded (perhaps partly), or failed. */
export type FeedState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'done'; tags: TagCount[]; posts: number; partial: LabelCounts['partial'] }
  | { status: 'failed'; kind: FeedErrorKind };

type Result = Exclude<FeedState, { status: 'idle' | 'loading' }>;

/** One feed being read (or read) for the page, and how many clouds wait for it. */
interface Load {
  result: Promise<Result | undefined>;
  controller: AbortController;
  users: number;
  settled: boolean;
}

/* The page's loads, by feed and max-posts. */
const loads = new Map<string, Load>();

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

/** Reads a feed once; the result, or `undefined` when the read was cancelled. */
async function read(key: string, url: string, maxPosts: number, signal: AbortSignal): Promise<Result | undefined> {
  try {
    const counts = await fetchLabelCounts(url, maxPosts, fetcher(signal));
    if (signal.aborted && counts.partial === 'aborted') return undefined;
    if (!counts.partial) writeCache(key, counts);
    return { status: 'done', tags: counts.tags, posts: counts.posts, partial: counts.partial };
  } catch (error) {
    const kind = error instanceof FeedError ? error.kind : 'network';
    return kind === 'aborted' ? undefined : { status: 'failed', kind };
  }
}

/** Starts reading a feed for the page. A complete count stays for clouds that come later; anything else is asked again. */
function start(key: string, url: string, maxPosts: number, timeoutMs: number): Load {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new FeedError('timeout')), timeoutMs);
  const load: Load = { controller, users: 0, settled: false, result: read(key, url, maxPosts, controller.signal) };
  void load.result.then((result) => {
    clearTimeout(timer);
    load.settled = true;
    const complete = result?.status === 'done' && !result.partial;
    if (!complete && loads.get(key) === load) loads.delete(key);
  });
  return load;
}

/** Resolves when `signal` aborts. */
const whenAborted = (signal: AbortSignal) =>
  new Promise<undefined>((resolve) => signal.addEventListener('abort', () => resolve(undefined), { once: true }));

/**
 * The labels of `url` for one cloud: from the session's cache, from a load
 * another cloud of the page already started, or from a new one. `undefined`
 * when the cloud's `signal` aborts (it left the page, or asked for another
 * feed); the load itself stops only when no cloud waits for it any more.
 */
export async function loadLabels(
  key: string,
  url: string,
  maxPosts: number,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<FeedState | undefined> {
  const cached = readCache(key);
  if (cached) return { status: 'done', posts: cached.posts, tags: cached.tags, partial: null };
  if (signal.aborted) return undefined;
  let load = loads.get(key);
  if (!load) {
    load = start(key, url, maxPosts, timeoutMs);
    loads.set(key, load);
  }
  const shared = load;
  shared.users++;
  const leave = () => {
    if (--shared.users > 0 || shared.settled) return;
    shared.controller.abort(); // nobody waits for it any more
    if (loads.get(key) === shared) loads.delete(key);
  };
  signal.addEventListener('abort', leave, { once: true });
  const result = await Promise.race([shared.result, whenAborted(signal)]);
  signal.removeEventListener('abort', leave);
  return signal.aborted ? undefined : result;
}
