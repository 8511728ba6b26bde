import { Task, TaskStatus, initialState } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import { formatNumber } from '../../core/format.js';
import { activeLocale } from '../../internal/locale-state.js';
import { loadLabels, type FeedState } from './feed-fetch.js';
import * as m from './cloud-feed.messages.js';

/*
 * The feed of a <tag-cloud src>: a chunk loaded only by a cloud with a `src`
 * (a cloud of a post's keywords carries none of it). Reading the feed is a
 * Lit Task (@lit/task): it runs when the URL, `max-posts` or the time allowed
 * change, aborts the read it replaces, and aborts when the cloud leaves the
 * page (a cloud put back reads again). How a feed is read, shared and cached
 * is feed-fetch.ts.
 */

/** The URL as the browser will ask for it (the cache key), or as given when it cannot be read. */
function absolute(url: string, base: string): string {
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

/** What the cloud asks for: the feed URL ('' for none), `max-posts`, the milliseconds allowed. */
export type FeedArgs = [url: string, maxPosts: number, timeoutMs: number];

/** The feed of one cloud (see the top of this file). */
export class FeedTask extends Task<FeedArgs, FeedState> {
  /* Not a #private field: Task's constructor connects the controller (hostConnected) before a subclass's fields exist. */
  private aborted?: boolean;

  constructor(host: ReactiveControllerHost & HTMLElement, args: () => FeedArgs) {
    super(host, {
      args,
      task: async ([url, maxPosts, timeoutMs], { signal }) => {
        if (!url) return initialState;
        const key = `${absolute(url, host.ownerDocument.baseURI)}|${maxPosts}`;
        return (await loadLabels(key, url, maxPosts, timeoutMs, signal)) ?? initialState; // nothing when aborted
      },
    });
  }

  hostDisconnected(): void {
    // Nobody sees a feed still loading: stop it (the load itself stops once no cloud waits), and read again on return.
    if (this.status !== TaskStatus.PENDING) return;
    this.abort();
    this.aborted = true;
  }

  hostConnected(): void {
    if (!this.aborted) return;
    this.aborted = false;
    void this.run();
  }

  /** What the cloud shows of its feed now. */
  get state(): FeedState {
    if (this.status === TaskStatus.PENDING) return { status: 'loading' };
    if (this.status === TaskStatus.COMPLETE) return this.value as FeedState;
    if (this.status === TaskStatus.ERROR) return { status: 'failed', kind: 'network' };
    return { status: 'idle' };
  }
}

/** The note above the cloud about its feed, if any; `shown` tells whether any tag is shown (the inline keywords, say). */
export function feedNote(state: FeedState, fromFeed: boolean, shown: boolean): string | undefined {
  const count = (n: number) => formatNumber(n, activeLocale());
  if (state.status === 'loading') return m.loading();
  if (state.status === 'failed') {
    const reason = state.kind === 'timeout' ? m.timeout() : state.kind === 'not-blogger' ? m.notBlogger() : m.failed();
    return shown ? `${reason} ${m.showingKeywords()}` : reason;
  }
  if (state.status !== 'done') return undefined;
  if (!fromFeed) return m.noLabels();
  if (state.partial) return state.partial === 'bounded' ? m.bounded(count(state.posts)) : m.partial(count(state.posts));
  return undefined;
}
