import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FeedError, fetchLabelCounts, type FeedErrorKind, type LabelCounts } from '../../core/blogger-feed.js';
import type { TagCount } from '../../core/keywords.js';

/*
 * Loads a blog's label counts for <tag-cloud src> (the paging rules are in
 * core/blogger-feed.ts). A complete count is kept in sessionStorage for a few
 * minutes, so a reader opening five posts asks the feed once; storage that is
 * blocked, full or holding junk is simply not used.
 */

export type FeedState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'done'; tags: TagCount[]; posts: number; partial: LabelCounts['partial'] }
  | { status: 'failed'; kind: FeedErrorKind };

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

/** The URL as the browser will ask for it (the cache key), or as given when it cannot be read. */
function absolute(url: string, base: string): string {
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

/** The feed of one `<tag-cloud>`: what is loading or loaded, for the URL and `max-posts` it was asked for. */
export class FeedLoader implements ReactiveController {
  state: FeedState = { status: 'idle' };
  #key?: string;
  #controller?: AbortController;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostDisconnected(): void {
    // Nobody will see a feed still loading: stop it, and load again on reconnect.
    if (this.state.status === 'loading') {
      this.#controller?.abort();
      this.#key = undefined;
    }
  }

  /** Loads the labels of `url` (up to `maxPosts` posts), unless that load is done or under way; `undefined` for none. */
  want(url: string | undefined, maxPosts: number, timeoutMs: number): void {
    const key = url === undefined ? undefined : `${absolute(url, this.host.ownerDocument.baseURI)}|${maxPosts}`;
    if (key === this.#key) return;
    this.#controller?.abort();
    this.#key = key;
    if (key === undefined || url === undefined) return this.#set({ status: 'idle' });
    const cached = readCache(key);
    if (cached) {
      return this.#set({ status: 'done', posts: cached.posts, tags: cached.tags.map(([name, count]) => ({ name, count })), partial: null });
    }
    void this.#load(key, url, maxPosts, timeoutMs);
  }

  async #load(key: string, url: string, maxPosts: number, timeoutMs: number): Promise<void> {
    const controller = new AbortController();
    this.#controller = controller;
    const timer = setTimeout(() => controller.abort(new FeedError('timeout')), timeoutMs);
    this.#set({ status: 'loading' });
    try {
      const counts = await fetchLabelCounts(url, maxPosts, fetcher(controller.signal));
      if (this.#controller !== controller || counts.partial === 'aborted') return;
      if (!counts.partial) writeCache(key, counts);
      this.#set({ status: 'done', tags: counts.tags, posts: counts.posts, partial: counts.partial });
    } catch (error) {
      const kind = error instanceof FeedError ? error.kind : 'network';
      if (this.#controller === controller && kind !== 'aborted') this.#set({ status: 'failed', kind });
    } finally {
      clearTimeout(timer);
    }
  }

  #set(state: FeedState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
