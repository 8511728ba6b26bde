import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Locale } from '../core/locale.js';
import { activeLocale } from './locale-state.js';

/*
 * A page's widgets first render a piece at a time, each piece in a turn of
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

/** What the queue needs from the browser; tests hand it their own. */
export interface Scheduler {
  /** Resolves in a new task. */
  nextTask(): Promise<void>;
  /** Milliseconds, for the batch budget. */
  now(): number;
  /** Runs `fn` after `ms` (a turn that never ends). */
  later(fn: () => void, ms: number): void;
}

/** The browser's: `scheduler.yield()` where it exists, else a zero timeout. */
export const browserScheduler: Scheduler = {
  nextTask() {
    const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
    return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
  },
  now: () => performance.now(),
  later: (fn, ms) => void setTimeout(fn, ms),
};

export interface QueueLimits {
  /**
   * Script time after which a batch of turns starts no other turn but
   * yields. A piece renders in 5–11 ms here, 20–45 ms on PageSpeed's phone
   * (4× slower): a second piece in the same task makes it a long one. At 8 ms
   * two pieces often shared a task (Lighthouse TBT median 132 ms on the
   * Blogger-like post); at 3 ms only the small steps do (85 ms; npm run bench).
   */
  budgetMs: number;
  /**
   * A page with dozens of widgets (a test page, a widget gallery) would take
   * hundreds of small tasks: past this many turns waiting, the queue works in
   * batches of up to `crowdBudgetMs`, and widgets render whole.
   */
  crowd: number;
  crowdBudgetMs: number;
  /** A turn that never says it is done (its element gone) does not hold the others up longer than this. */
  turnTimeoutMs: number;
}

const LIMITS: QueueLimits = { budgetMs: 3, crowd: 16, crowdBudgetMs: 40, turnTimeoutMs: 200 };

/** A turn: called when it starts, with the function to call when its work is done (its render may end later, in a microtask). */
export type Turn = (done: () => void) => void;

/** Turns run in time-sliced batches, each batch in a task of its own (see the top of this file). */
export class TurnQueue {
  #turns: Turn[] = [];
  #pumping = false;

  constructor(
    private readonly scheduler: Scheduler = browserScheduler,
    private readonly limits: QueueLimits = LIMITS,
  ) {}

  /** Whether so many turns wait that widgets should render whole. */
  get crowded(): boolean {
    return this.#turns.length > this.limits.crowd;
  }

  /** Runs `work` in a turn of its own, after the turns already waiting. */
  add(work: Turn): void {
    this.#turns.push(work);
    if (this.#pumping) return;
    this.#pumping = true;
    void this.#pump();
  }

  async #pump(): Promise<void> {
    const { scheduler, limits } = this;
    while (this.#turns.length) {
      await scheduler.nextTask();
      // Turns added while the queue waited count: a crowd formed meanwhile gets the larger batch.
      const budget = this.crowded ? limits.crowdBudgetMs : limits.budgetMs;
      const start = scheduler.now();
      do {
        const next = this.#turns.shift() as Turn;
        await new Promise<void>((done) => {
          next(done);
          scheduler.later(done, limits.turnTimeoutMs);
        });
      } while (this.#turns.length && scheduler.now() - start < budget);
    }
    this.#pumping = false;
  }
}

/** The queue every widget of the page shares. */
export const pageQueue = new TurnQueue();

/** Runs `work` in a turn of the page's shared queue. */
export function inTurn(work: Turn): void {
  pageQueue.add(work);
}

/** Builds one `Intl` formatter a first piece uses, in the widgets' current locale. */
export type Prepare = (locale: Locale) => unknown;

/**
 * One widget's first render, in named pieces (`['figures', 'inputs', 'chart', 'sources']`):
 * the host renders a piece once `shows(name)` says so.
 */
export class FirstRender<Piece extends string = string> implements ReactiveController {
  /** The index of the last piece shown so far (-1: nothing yet). */
  #shown: number;
  readonly #last: number;
  #done?: Promise<void>;
  #resolveDone?: () => void;
  #waiting = false;
  /** True while rendering over server-rendered HTML (the first update of a hydrating element), and on the server. */
  #fromServer = isServer;
  /** Ends the current turn: called after the update it started. */
  #endTurn?: () => void;

  /**
   * `onComplete` runs once, after the update that showed the last piece.
   * `prepare` builds, one step per turn, the `Intl` formatters the first
   * piece uses: the first of each kind in a page costs 2–10 ms (the very
   * first, which starts the browser's ICU, 25–60 ms; npm run bench), too much
   * to share a turn with a render. They are the cached formatters the render
   * then uses, so each is still built once; a step whose formatter exists
   * costs nothing.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly pieces: readonly Piece[],
    private readonly onComplete: () => void,
    private readonly prepare: readonly Prepare[] = [],
    private readonly queue: TurnQueue = pageQueue,
  ) {
    host.addController(this);
    this.#last = Math.max(0, pieces.length - 1);
    this.#shown = isServer ? this.#last : -1;
    this.#done = new Promise((resolve) => (this.#resolveDone = resolve));
  }

  /** Whether piece `name` renders now. */
  shows(name: Piece): boolean {
    return this.pieces.indexOf(name) <= this.#shown;
  }

  /** Whether this render must match what a server renders (the server itself, or hydration). */
  get matchesServer(): boolean {
    return this.#fromServer;
  }

  /** For the host's `scheduleUpdate()`: the first update waits for its turn (a hydrating one shows everything at once). */
  async beforeUpdate(): Promise<void> {
    if (this.#shown >= 0) return;
    if (this.host.shadowRoot?.firstChild) {
      this.#shown = this.#last; // server-rendered: hydrate it whole
      this.#fromServer = true;
      return;
    }
    for (const step of this.prepare) {
      await this.#turn((done) => {
        step(activeLocale());
        done();
      });
    }
    await this.#turn((done) => (this.#endTurn = done));
    this.#shown = this.queue.crowded ? this.#last : 0;
  }

  /** Resolves once `work` has started in a turn of its own. */
  #turn(work: Turn): Promise<void> {
    return new Promise((started) =>
      this.queue.add((done) => {
        work(done);
        started();
      }),
    );
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
    if (this.#shown < this.#last) {
      if (this.#waiting) return; // an update the reader caused meanwhile: the next piece is already asked for
      this.#waiting = true;
      this.queue.add((done) => {
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
