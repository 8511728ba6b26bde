import { mergeTags, type TagCount } from './keywords.js';

/*
 * Reading a Blogger blog's labels from its JSON feed (docs/sources.md,
 * "Blogger"). Labels are counted per post: `feed.entry[].category[].term`.
 * Pages are asked for with `start-index` (1-based) and `max-results`.
 * The server is not trusted: its total may be wrong, it may repeat a page or
 * return fewer posts than asked. So posts are counted once by entry id, paging
 * stops when a page adds nothing new, and no feed costs more than
 * `maxRequests(maxPosts)` requests whatever it says.
 * No JSONP: `alt=json` over fetch works same-origin and with CORS, and keeps
 * strict CSP intact.
 */

/** Blogger serves at most 100 entries per feed page (servers capped 500, then 150, then 100). */
export const FEED_PAGE_SIZE = 100;
export { BLOGGER_FEED_PATH, DEFAULT_MAX_POSTS } from './blogger-feed-defaults.js';
/* A post with more labels than this is not a Blogger post (Blogger allows 200 characters of labels). */
const MAX_TERMS_PER_POST = 100;

export type FeedErrorKind = 'network' | 'http' | 'json' | 'not-blogger' | 'timeout' | 'aborted';

export class FeedError extends Error {
  constructor(
    readonly kind: FeedErrorKind,
    detail = '',
  ) {
    super(`Blogger feed: ${kind}${detail ? ` (${detail})` : ''}`);
    this.name = 'FeedError';
  }
}

/** Fetches one URL and returns its parsed JSON, or throws a `FeedError`. */
export type FetchJson = (url: string) => Promise<unknown>;

export interface FeedEntry {
  /** The post's id (`entry.id.$t`), or its position when the feed gives none. */
  id: string;
  terms: string[];
}

export interface FeedPage {
  total: number;
  entries: FeedEntry[];
}

/** Reads one page of a Blogger JSON feed that starts at `start`; throws `FeedError('not-blogger')` for any other shape. */
export function parseFeedPage(json: unknown, start = 1): FeedPage {
  const feed = (json as { feed?: unknown } | null)?.feed as Record<string, unknown> | undefined;
  if (!feed || typeof feed !== 'object') throw new FeedError('not-blogger');
  const totalRaw = (feed['openSearch$totalResults'] as { $t?: unknown } | undefined)?.$t;
  const list = feed.entry === undefined ? [] : feed.entry;
  if (!Array.isArray(list)) throw new FeedError('not-blogger');
  const total = typeof totalRaw === 'string' || typeof totalRaw === 'number' ? Number(totalRaw) : Number.NaN;
  const entries = list.map((entry, i): FeedEntry => {
    const e = (entry ?? {}) as { id?: { $t?: unknown }; category?: unknown };
    const id = typeof e.id?.$t === 'string' ? e.id.$t : `@${start + i}`;
    const categories = Array.isArray(e.category) ? e.category.slice(0, MAX_TERMS_PER_POST) : [];
    const terms = categories.map((c) => (c as { term?: unknown } | null)?.term).filter((t): t is string => typeof t === 'string');
    return { id, terms };
  });
  return {
    total: Number.isSafeInteger(total) && total >= 0 ? total : entries.length,
    entries,
  };
}

/** The URL of one page: the feed URL with `start-index` and `max-results` set. */
export function feedPageUrl(feedUrl: string, startIndex: number, maxResults: number): string {
  const [path, query = ''] = feedUrl.split('?');
  const params = new URLSearchParams(query);
  if (!params.has('alt')) params.set('alt', 'json');
  params.set('start-index', String(startIndex));
  params.set('max-results', String(maxResults));
  return `${path}?${params.toString()}`;
}

/** The most requests a feed may cost: one per full page of `maxPosts`, and one to find out a short page was the last. */
export function maxRequests(maxPosts: number): number {
  return Math.ceil(maxPosts / FEED_PAGE_SIZE) + 1;
}

export interface LabelCounts {
  tags: TagCount[];
  /** Distinct posts counted. */
  posts: number;
  /** Requests made. */
  requests: number;
  /**
   * Why the count may stop short of the blog's posts: `bounded` when the
   * request bound ended paging while pages still brought new posts, an error
   * kind when a page after the first failed (what was read is kept). `null`
   * when every post the feed would give (up to `maxPosts`) was read.
   */
  partial: FeedErrorKind | 'bounded' | null;
}

/**
 * Counts the labels over up to `maxPosts` distinct posts of a feed. The first
 * page's error is thrown (there is nothing to show); a later page's error
 * ends paging and what was read is returned as `partial`. When the first page
 * is full and its total promises more, the pages up to the total are asked
 * for at once; then, while pages still bring new posts, one at a time.
 */
export async function fetchLabelCounts(feedUrl: string, maxPosts: number, fetchJson: FetchJson): Promise<LabelCounts> {
  const budget = maxRequests(maxPosts);
  const seen = new Set<string>();
  const labels: string[] = [];
  let requests = 0;
  /** One page from `start`, asking for no more than `want` posts. */
  const get = async (start: number, want: number): Promise<FeedPage> => {
    requests++;
    return parseFeedPage(await fetchJson(feedPageUrl(feedUrl, start, Math.min(FEED_PAGE_SIZE, want))), start);
  };
  /** Counts a page's posts not seen before; returns how many that was. */
  const add = (page: FeedPage): number => {
    let fresh = 0;
    for (const entry of page.entries) {
      if (seen.size >= maxPosts) break;
      if (seen.has(entry.id)) continue;
      seen.add(entry.id);
      fresh++;
      labels.push(...new Set(entry.terms));
    }
    return fresh;
  };

  const first = await get(1, maxPosts);
  add(first);
  const target = Math.min(first.total, maxPosts);
  let next = 1 + first.entries.length;
  let partial: LabelCounts['partial'] = null;
  try {
    if (first.entries.length >= Math.min(FEED_PAGE_SIZE, maxPosts) && seen.size < target) {
      const starts: number[] = [];
      for (let s = next; s <= target && requests + starts.length < budget - 1; s += FEED_PAGE_SIZE) starts.push(s);
      const pages = await Promise.all(starts.map((start) => get(start, maxPosts - (start - 1))));
      pages.forEach(add);
      if (pages.length) next = starts[starts.length - 1] + pages[pages.length - 1].entries.length;
    }
    let fresh = 1;
    while (seen.size < target && requests < budget && fresh > 0) {
      const page = await get(next, maxPosts - seen.size);
      fresh = page.entries.length ? add(page) : 0; // an empty page or a repeat: the server has no more
      next += page.entries.length;
    }
    if (seen.size < target && fresh > 0 && requests >= budget) partial = 'bounded';
  } catch (error) {
    partial = error instanceof FeedError ? error.kind : 'network';
  }
  return { tags: mergeTags(labels), posts: seen.size, requests, partial };
}
