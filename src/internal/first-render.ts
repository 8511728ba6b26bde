import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Locale } from '../core/locale.js';
import { activeLocale } from './locale-state.js';

/*
 * A page's widgets first render a piece at a time, each piece in a task of
 * its own, so no single task blocks the reader's phone (PageSpeed counts every
 * task over 50 ms against the post). Module evaluation, then each widget's
 * first pieces, then their later pieces, take turns in one queue shared by
 * every widget on the page; between batches of turns the queue yields to the
 * browser's other tasks (input, rendering) but does not wait for a frame: a
 * widget is hidden until it is complete, so painting its pieces one by one
 * would show nothing and only make it later (waiting a frame per batch, the
 * four widgets completed 1.8–2.3× later than static HTML when warm; without,
 * 1.35–1.6×, with fewer long tasks and less blocking time; npm run bench). While a
 * widget is not complete it lacks the `:state(ready)` custom state, which the
 * reservation CSS (docs/reserve.css) uses to hold its room.
 *
 * On the server (and when hydrating server-rendered HTML) everything renders
 * at once: the HTML must be complete, and hydration must see what the server
 * rendered.
 */

/*
 * Script time one batch of turns may take before the queue yields: 4 × this
 * (PageSpeed's mobile CPU slowdown) plus the layout stays near the 50 ms a
 * task may take.
 */
const BUDGET_MS = 8;
/*
 * A page with dozens of widgets (a test page, a widget gallery) would take
 * hundreds of small tasks: past this many turns waiting, the queue works in
 * batches of up to 40 ms, and widgets render whole.
 */
const CROWD = 16;
const CROWD_BUDGET_MS = 40;

/** Resolves in a new task (`scheduler.yield()` where it exists). */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** A turn: called when it starts, with the function to call when its work is done. */
type Turn = (done: () => void) => void;
const queue: Turn[] = [];
let pumping = false;

/* A turn that never says it is done (its element gone) does not hold the others up longer than this. */
const TURN_TIMEOUT_MS = 200;

/**
 * Runs `work` in a turn of the page's shared queue and resolves when it is
 * done: turns run in time-sliced batches, each in a task of its own. `work` gets the
 * function to call when it has finished (its render may end later, in a
 * microtask: the budget counts it).
 */
export function inTurn(work: (done: () => void) => void): void {
  queue.push(work);
  if (pumping) return;
  pumping = true;
  void (async () => {
    while (queue.length) {
      const crowd = queue.length > CROWD;
      await nextTask();
      const start = performance.now();
      const budget = crowd ? CROWD_BUDGET_MS : BUDGET_MS;
      do {
        const next = queue.shift() as Turn;
        await new Promise<void>((done) => {
          next(done);
          setTimeout(done, TURN_TIMEOUT_MS);
        });
      } while (queue.length && performance.now() - start < budget);
    }
    pumping = false;
  })();
}

export class FirstRender implements ReactiveController {
  /** The last piece shown so far (-1: nothing yet). */
  #shown: number;
  #done?: Promise<void>;
  #resolveDone?: () => void;
  #waiting = false;
  /** True while rendering over server-rendered HTML (the first update of a hydrating element), and on the server. */
  #fromServer = isServer;
  /** Ends the current turn: called after the update it started. */
  #endTurn?: () => void;

  /**
   * `last` is the number of the widget's last piece (0 when it renders in one
   * go); `onComplete` runs once, after the update that showed it. `prepare`
   * builds, one step per turn, the `Intl` formatters the first piece uses: the
   * first of each kind in a page costs 2–10 ms (the very first, which starts
   * the browser's ICU, 25–60 ms; npm run bench), too much to share a turn
   * with a render. They are the cached formatters the render then uses, so
   * each is still built once; a step whose formatter exists costs nothing.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly last: number,
    private readonly onComplete: () => void,
    private readonly prepare: readonly ((locale: Locale) => unknown)[] = [],
  ) {
    host.addController(this);
    this.#shown = isServer ? last : -1;
    this.#done = new Promise((resolve) => (this.#resolveDone = resolve));
  }

  /** Whether piece `n` renders now. */
  shows(n: number): boolean {
    return n <= this.#shown;
  }

  /** Whether this render must match what a server renders (the server itself, or hydration). */
  get matchesServer(): boolean {
    return this.#fromServer;
  }

  get complete(): boolean {
    return this.#shown >= this.last;
  }

  /** For the host's `scheduleUpdate()`: the first update waits for its turn (a hydrating one shows everything at once). */
  async beforeUpdate(): Promise<void> {
    if (this.#shown >= 0) return;
    if (this.host.shadowRoot?.firstChild) {
      this.#shown = this.last; // server-rendered: hydrate it whole
      this.#fromServer = true;
      return;
    }
    for (const step of this.prepare) {
      await new Promise<void>((next) =>
        inTurn((done) => {
          step(activeLocale());
          done();
          next();
        }),
      );
    }
    await new Promise<void>((start) =>
      inTurn((done) => {
        this.#endTurn = done;
        start();
      }),
    );
    this.#shown = queue.length > CROWD ? this.last : 0;
  }

  /** For the host's `getUpdateComplete()`: resolves once every piece has rendered. */
  whenComplete(): Promise<void> {
    return this.#done as Promise<void>;
  }

  hostUpdated(): void {
    if (this.#shown < 0) return;
    if (!isServer) this.#fromServer = false;
    this.#endTurn?.();
    this.#endTurn = undefined;
    if (this.#shown < this.last) {
      if (this.#waiting) return; // an update the reader caused meanwhile: the next piece is already asked for
      this.#waiting = true;
      inTurn((done) => {
        this.#waiting = false;
        this.#endTurn = done;
        this.#shown++;
        this.host.requestUpdate();
      });
    } else if (this.#resolveDone) {
      this.#resolveDone();
      this.#resolveDone = undefined;
      this.onComplete();
    }
  }
}
