import { mergeTags, type TagCount } from './keywords.js';

/*
 * Reading a Blogger blog's labels from its JSON feed (docs/sources.md,
 * "Blogger"). Labels are counted per post: `feed.entry[].category[].term`.
 * Pages are asked for with `start-index` (1-based) and `max-results`.
 * The server is not trusted: its total may be wrong, it may repeat a page or
 * return fewer posts than asked. So posts are counted once each (by entry id,
 * or by what the post holds when it has none), paging stops at the first page
 * that adds nothing new, pages after the first are asked for a few at a time
 * (a feed that repeats itself costs at most `WAVE - 1` requests beyond its
 * first repeat), and no feed costs more than `maxRequests(maxPosts)` requests
 * whatever it says.
 * No JSONP: `alt=json` over fetch works same-origin and with CORS, and keeps
 * strict CSP intact.
 */

/** Blogger serves at most 100 entries per feed page (servers capped 500, then 150, then 100). */
export const FEED_PAGE_SIZE = 100;
export { BLOGGER_FEED_PATH, DEFAULT_MAX_POSTS } from './blogger-feed-defaults.js';
/* A post with more labels than this is not a Blogger post (Blogger allows 200 characters of labels). */
const MAX_TERMS_PER_POST = 100;
/*
 * Pages asked for at once after the first. Three keep a 500-post blog at three
 * round trips, and bound what a lying server costs: a repeat noticed in a
 * wave's first page wastes the other two requests, never more.
 */
export const WAVE = 3;

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
  /**
   * What tells the post apart: its id (`entry.id.$t`); without one, its link,
   * else its date and title, else the whole entry. Never its position: a feed
   * that repeats a page would have each of its posts counted again.
   */
  id: string;
  terms: string[];
}

/* A key longer than this is cut: the entry is whatever a server sent. */
const MAX_KEY = 2000;

/** What identifies a post that may have no id (see FeedEntry). */
function entryKey(e: Record<string, unknown>): string {
  const text = (v: unknown) => {
    const t = (v as { $t?: unknown } | null | undefined)?.$t;
    return typeof t === 'string' ? t : '';
  };
  const id = text(e.id);
  if (id) return `id:${id}`;
  const links = Array.isArray(e.link) ? (e.link as { rel?: unknown; href?: unknown }[]) : [];
  const alternate = links.find((l) => l?.rel === 'alternate' && typeof l.href === 'string')?.href as string | undefined;
  if (alternate) return `link:${alternate}`.slice(0, MAX_KEY);
  const dated = text(e.published) + text(e.title);
  if (dated) return `post:${dated}`.slice(0, MAX_KEY);
  return `entry:${JSON.stringify(e)}`.slice(0, MAX_KEY);
}

export interface FeedPage {
  total: number;
  entries: FeedEntry[];
}

/** Reads one page of a Blogger JSON feed; throws `FeedError('not-blogger')` for any other shape. */
export function parseFeedPage(json: unknown): FeedPage {
  const feed = (json as { feed?: unknown } | null)?.feed as Record<string, unknown> | undefined;
  if (!feed || typeof feed !== 'object') throw new FeedError('not-blogger');
  const totalRaw = (feed['openSearch$totalResults'] as { $t?: unknown } | undefined)?.$t;
  const list = feed.entry === undefined ? [] : feed.entry;
  if (!Array.isArray(list)) throw new FeedError('not-blogger');
  const total = typeof totalRaw === 'string' || typeof totalRaw === 'number' ? Number(totalRaw) : Number.NaN;
  const entries = list.map((entry): FeedEntry => {
    const e = (entry !== null && typeof entry === 'object' ? entry : {}) as Record<string, unknown>;
    const id = entryKey(e);
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
 * ends paging and what was read is returned as `partial`. After the first
 * page, pages are asked for `WAVE` at a time (one, after a short first page),
 * each as long as the first page was (the server's own page size), while
 * every page still brings new posts.
 */
export async function fetchLabelCounts(feedUrl: string, maxPosts: number, fetchJson: FetchJson): Promise<LabelCounts> {
  const budget = maxRequests(maxPosts);
  const seen = new Set<string>();
  const labels: string[] = [];
  let requests = 0;
  /** One page from `start`, asking for no more than `want` posts. */
  const get = async (start: number, want: number): Promise<FeedPage> => {
    requests++;
    return parseFeedPage(await fetchJson(feedPageUrl(feedUrl, start, Math.min(FEED_PAGE_SIZE, want))));
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
  /* The server's page size: a server that caps pages at 7 is asked for the next 7 from post 8. */
  const step = first.entries.length;
  let next = 1 + step;
  let partial: LabelCounts['partial'] = null;
  let growing = step > 0;
  // A full first page promises more: a whole wave. A short one may have been the last: one page to find out.
  let wave = step >= Math.min(FEED_PAGE_SIZE, maxPosts) ? WAVE : 1;
  while (growing && seen.size < target && requests < budget) {
    const starts: number[] = [];
    for (let s = next; starts.length < wave && s <= target && requests + starts.length < budget; s += step) starts.push(s);
    if (!starts.length) break; // the total is reached: posts the feed repeated within itself leave `seen` short of it
    const pages = await Promise.allSettled(starts.map((start) => get(start, maxPosts - (start - 1))));
    for (const page of pages) {
      if (page.status === 'rejected') {
        partial = page.reason instanceof FeedError ? page.reason.kind : 'network';
        growing = false;
        break;
      }
      // An empty page or a repeat: the server has no more (or ignores start-index). Stop after this wave.
      if (add(page.value) === 0) growing = false;
    }
    next = starts[starts.length - 1] + step;
    wave = WAVE;
  }
  if (partial === null && growing && seen.size < target && requests >= budget) partial = 'bounded';
  return { tags: mergeTags(labels), posts: seen.size, requests, partial };
}
