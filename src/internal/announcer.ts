import { html, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';

/*
 * A widget's one polite live region. Inputs link their messages with
 * aria-describedby, not live regions: a reader typing "1,500.50" key by key
 * must not hear every passing message. The announcer speaks once, after a
 * pause in typing — a new problem once, otherwise the key result when it
 * changed since it was last said — or at once for what a button did.
 */

/* How long the reader must pause typing before the live region speaks: long enough to finish a number
   typed at a phone's pace (about 3 keys a second), short enough to answer before they look away. */
export const ANNOUNCE_PAUSE_MS = 900;

/**
 * The timer of every announcer's pause. Tests put a manual one in its place
 * (tests/support/manual-pauses.ts) to end a pause when they choose: what is
 * said after a pause, and what is not, is then checked without waiting.
 */
export const pauseTimer = {
  start: (speak: () => void): unknown => setTimeout(speak, ANNOUNCE_PAUSE_MS),
  cancel: (timer: unknown): void => clearTimeout(timer as ReturnType<typeof setTimeout>),
};

export interface AnnouncerOptions {
  /** The key result as one sentence ("Earnings Jan–Dec $443.75"). */
  summary?: () => string;
  /** What the reader typed that cannot be used, if anything: said instead of the result, once. */
  problem?: () => string | undefined;
}

export class Announcer implements ReactiveController {
  #timer: unknown;
  #said?: string;
  #lastProblem?: string;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: AnnouncerOptions = {},
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    pauseTimer.cancel(this.#timer);
  }

  /** The region: present and empty from the first render, so its first message is heard. */
  region(): TemplateResult {
    return html`<p class="live visually-hidden" role="status"></p>`;
  }

  /** The reader typed: speak after a pause, unless they type again first. */
  afterPause(): void {
    pauseTimer.cancel(this.#timer);
    this.#timer = pauseTimer.start(() => this.#speak());
  }

  /** Says `text` now (what became of a share). */
  say(text: string): void {
    this.#write(text);
  }

  #speak(): void {
    const problem = this.options.problem?.();
    const text = problem ? (problem === this.#lastProblem ? undefined : problem) : this.options.summary?.();
    this.#lastProblem = problem;
    if (text && text !== this.#said) this.#write(text);
  }

  #write(text: string): void {
    const region = this.host.renderRoot.querySelector('.live');
    if (!region) return;
    region.textContent = text;
    this.#said = text;
  }
}
