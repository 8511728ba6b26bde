import { mergeTags, type TagCount } from './keywords.js';

/*
 * Reading a Blogger blog's labels from its JSON feed (FACTS.md §4). Labels
 * are counted per post: `feed.entry[].category[].term`. Pages are asked for
 * with `start-index` (1-based) and `max-results`; servers cap pages (500, then
 * 150, now 100 reported), so we ask for 100 and advance by what each page
 * actually returned, stopping at `openSearch$totalResults` or `maxPosts`.
 * No JSONP: `alt=json` over fetch works same-origin and with CORS, and keeps
 * strict CSP intact.
 */

/** Blogger serves at most 100 entries per feed page. */
export const FEED_PAGE_SIZE = 100;
/** Default `max-posts`: enough for a typical blog's full label set, 5 requests at most. */
export const DEFAULT_MAX_POSTS = 500;
/** The blog's own summary feed, resolved against the page. */
export const BLOGGER_FEED_PATH = '/feeds/posts/summary?alt=json';

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

interface FeedPage {
  total: number;
  terms: string[][];
}

/** Reads one page of a Blogger JSON feed; throws `FeedError('not-blogger')` for any other shape. */
export function parseFeedPage(json: unknown): FeedPage {
  const feed = (json as { feed?: unknown } | null)?.feed as Record<string, unknown> | undefined;
  if (!feed || typeof feed !== 'object') throw new FeedError('not-blogger');
  const totalRaw = (feed['openSearch$totalResults'] as { $t?: unknown } | undefined)?.$t;
  const entries = feed.entry === undefined ? [] : feed.entry;
  if (!Array.isArray(entries)) throw new FeedError('not-blogger');
  const total = Number(totalRaw);
  const terms = entries.map((entry) => {
    const categories = (entry as { category?: unknown } | null)?.category;
    if (!Array.isArray(categories)) return [];
    return categories.map((c) => (c as { term?: unknown } | null)?.term).filter((t): t is string => typeof t === 'string');
  });
  return {
    total: Number.isFinite(total) && total >= 0 ? total : entries.length,
    terms,
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

/** Counts the labels over up to `maxPosts` posts of a feed, paging as the server allows. */
export async function fetchLabelCounts(feedUrl: string, maxPosts: number, fetchJson: FetchJson): Promise<TagCount[]> {
  const labels: string[] = [];
  let read = 0;
  let total = Infinity;
  while (read < Math.min(total, maxPosts)) {
    const want = Math.min(FEED_PAGE_SIZE, maxPosts - read);
    const page = parseFeedPage(await fetchJson(feedPageUrl(feedUrl, read + 1, want)));
    total = page.total;
    const got = page.terms.slice(0, want);
    for (const terms of got) labels.push(...new Set(terms));
    if (got.length === 0) break; // the server has no more, whatever its total says
    read += got.length;
  }
  return mergeTags(labels);
}
