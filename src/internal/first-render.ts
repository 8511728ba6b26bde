import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Locale } from '../core/locale.js';
import { activeLocale } from './locale-state.js';

/*
 * A widget's first render comes in pieces (its figures, its inputs, its chart
 * and table, its sources), each in a task of its own, so no single task
 * blocks the reader's phone: PageSpeed counts every task over 50 ms against
 * the post, and a whole calculator takes 80–180 ms on its 4× slower phone
 * (npm run bench). Before the first piece, the `Intl` formatters it uses are
 * built one per task too: the first of a page starts the browser's ICU
 * (25–60 ms), a task nothing can split.
 *
 * Every widget takes its own turns. Nothing is shared between widgets (no
 * page-wide queue): a widget whose render throws, or that waits on something
 * that never comes, holds up no other. A widget is hidden by the reservation
 * CSS (docs/reserve.css) until it is complete, so its pieces are not painted
 * one by one; `:state(ready)` marks it complete (widget-element.ts).
 *
 * On the server (and when hydrating server-rendered HTML) everything renders
 * at once: the HTML must be complete, and hydration must see what the server
 * rendered.
 */

/** What the first render needs from the browser: a new task. Tests hand it their own. */
export interface Scheduler {
  /** Resolves in a new task. Never rejects. */
  nextTask(): Promise<void>;
}

/*
 * `scheduler.yield()` puts the widget's next piece ahead of other queued tasks
 * while still letting input and rendering in between. A page may carry a
 * polyfill that throws or whose promise never settles: past this wait the
 * piece goes on anyway, and the page's widgets use timeouts from then on.
 */
const YIELD_PATIENCE_MS = 100;
let yieldUsable = true;

function yieldToBrowser(): Promise<unknown> | undefined {
  if (!yieldUsable) return undefined;
  try {
    const scheduler = (globalThis as { scheduler?: { yield?: () => unknown } }).scheduler;
    return typeof scheduler?.yield === 'function' ? Promise.resolve(scheduler.yield()) : undefined;
  } catch {
    yieldUsable = false;
    return undefined;
  }
}

/** The browser's: `scheduler.yield()` where it works, else a zero timeout. */
export const browserScheduler: Scheduler = {
  nextTask: () =>
    new Promise<void>((resolve) => {
      const yielded = yieldToBrowser();
      if (!yielded) {
        setTimeout(resolve, 0);
        return;
      }
      const giveUp = setTimeout(() => {
        yieldUsable = false;
        resolve();
      }, YIELD_PATIENCE_MS);
      const done = () => {
        clearTimeout(giveUp);
        resolve();
      };
      yielded.then(done, () => {
        yieldUsable = false;
        done();
      });
    }),
};

/** Builds one `Intl` formatter a first piece uses, in the widgets' current locale. */
export type Prepare = (locale: Locale) => unknown;

/**
 * One widget's first render, in named pieces (`['figures', 'inputs', 'chart', 'sources']`):
 * the host renders a piece once `shows(name)` says so, and calls `beforeUpdate()` from its `scheduleUpdate()`.
 */
export class FirstRender<Piece extends string = string> implements ReactiveController {
  /** The index of the last piece shown so far (-1: nothing yet). */
  #shown: number;
  readonly #last: number;
  /** True while rendering over server-rendered HTML (the first update of a hydrating element), and on the server. */
  #fromServer = isServer;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly pieces: readonly Piece[],
    private readonly prepare: readonly Prepare[] = [],
    private readonly scheduler: Scheduler = browserScheduler,
  ) {
    host.addController(this);
    this.#last = Math.max(0, pieces.length - 1);
    this.#shown = isServer ? this.#last : -1;
  }

  /** Whether piece `name` renders now. */
  shows(name: Piece): boolean {
    return this.pieces.indexOf(name) <= this.#shown;
  }

  /** Whether every piece has been shown. */
  get complete(): boolean {
    return this.#shown >= this.#last;
  }

  /** Whether this render must match what a server renders (the server itself, or hydration). */
  get matchesServer(): boolean {
    return this.#fromServer;
  }

  /** Everything shows from now on (after a failed render: there is nothing left to spread). */
  finish(): void {
    this.#shown = this.#last;
  }

  /**
   * For the host's `scheduleUpdate()`: until the render is complete, each
   * update waits for a task of its own and shows one more piece (a hydrating
   * element shows everything at once). Never rejects, never waits for long.
   */
  async beforeUpdate(): Promise<void> {
    if (this.complete) return;
    if (this.#shown < 0) {
      if (this.host.shadowRoot?.firstChild) {
        this.#shown = this.#last; // server-rendered: hydrate it whole
        this.#fromServer = true;
        return;
      }
      for (const step of this.prepare) {
        await this.scheduler.nextTask();
        try {
          step(activeLocale());
        } catch {
          // A formatter this browser cannot build: the render that needs it fails, and the widget shows its error state.
        }
      }
    }
    await this.scheduler.nextTask();
    this.#shown++;
  }

  hostUpdated(): void {
    if (!isServer) this.#fromServer = false;
    // The next piece, in a task of its own (beforeUpdate). Asked for after this update, not during it
    // (Lit warns of updates requested inside one), before anyone awaiting it resumes.
    if (!this.complete) queueMicrotask(() => this.host.requestUpdate());
  }
}
