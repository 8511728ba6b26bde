/*
 * The Blogger feed's address and the cloud's default reading limit, apart
 * from the feed reader itself (blogger-feed.ts) so that the settings of a
 * <tag-cloud> can name them without carrying the reader: the CDN bundles load
 * it only for a cloud with a `src`.
 */

/** Default `max-posts`: enough for a typical blog's full label set, 6 requests at most. */
export const DEFAULT_MAX_POSTS = 500;
/** The blog's own summary feed, resolved against the page (docs/sources.md, "Blogger"). */
export const BLOGGER_FEED_PATH = '/feeds/posts/summary?alt=json';
