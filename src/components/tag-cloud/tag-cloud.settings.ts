import { DEFAULT_MAX_SIZE, DEFAULT_MIN_SIZE, TAG_SORTS, type TagSort } from '../../core/tag-weights.js';
import { BLOGGER_FEED_PATH, DEFAULT_MAX_POSTS } from '../../core/blogger-feed-defaults.js';
import { DEFAULT_HREF, isSafeHref } from '../../core/tag-links.js';
import { choiceSetting, pageNumber, textSetting, themeSetting, type Read } from '../../internal/settings.js';

// The settings table of <tag-cloud> (read by internal/settings.ts) and the notes it shows, as data.

/* A reader waits this long for the blog's feed before the inline keywords are shown for good. */
export const DEFAULT_FEED_TIMEOUT_MS = 6000;
/*
 * Tags rendered before the reader asks for all: 5,000 lay out in well under
 * 50 ms (npm run bench); 200,000 would take seconds, so a cloud that large
 * shows its most frequent 5,000 and a button.
 */
export const SHOWN_AT_FIRST = 5000;

const safe =
  (reason: 'unsafe-link' | 'unsafe-feed') =>
  (text: string): Read<string> =>
    isSafeHref(text.split('{tag}').join('x')) ? { ok: true, value: text } : { ok: false, problem: { reason } };

/*
 * The settings. Font sizes below 10% are unreadable and above 1000% break any
 * sidebar; a blog with more than 100,000 posts would need 1,000 feed requests.
 */
export const SETTINGS = {
  theme: themeSetting(),
  sort: choiceSetting<TagSort>(TAG_SORTS, 'alpha'),
  max: pageNumber({ min: 0, max: 100_000, integer: true }, 0),
  minSize: pageNumber({ min: 10, max: 1000 }, DEFAULT_MIN_SIZE),
  maxSize: pageNumber({ min: 10, max: 1000 }, DEFAULT_MAX_SIZE),
  maxPosts: pageNumber({ min: 1, max: 100_000, integer: true }, DEFAULT_MAX_POSTS),
  // A URL object encodes the braces of {tag}: read them back.
  href: textSetting((text) => safe('unsafe-link')(text.replace(/%7Btag%7D/gi, '{tag}')), DEFAULT_HREF),
  src: textSetting<string | undefined>((text) => {
    const url = text.trim() === 'blogger' ? BLOGGER_FEED_PATH : text.trim();
    return url === '' ? { ok: true, value: undefined } : safe('unsafe-feed')(url);
  }, undefined),
};
