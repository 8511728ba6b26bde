import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FeedState } from './feed-fetch.js';

/*
 * The feed of a <tag-cloud src>: what is loading or loaded. The code that
 * reads the feed (feed-fetch.ts) is loaded only by a cloud that has a `src`:
 * a cloud of a post's keywords does not carry it. Only its type is named here.
 */

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
    // Nobody will see a feed still loading: leave it (it stops when no cloud waits), and load again on reconnect.
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
    const controller = new AbortController();
    this.#controller = controller;
    this.#set({ status: 'loading' });
    void import('./feed-fetch.js')
      .then(({ loadLabels }) => loadLabels(key, url, maxPosts, timeoutMs, controller.signal))
      .then((state) => {
        if (this.#controller === controller && state) this.#set(state);
      })
      .catch(() => {
        if (this.#controller === controller) this.#set({ status: 'failed', kind: 'network' }); // the code could not be loaded
      });
  }

  #set(state: FeedState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
