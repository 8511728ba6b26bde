import type { ReactiveController, ReactiveElement } from 'lit';

/*
 * The two signals a widget gives about its result. The public event
 * (`royalty-change`, `withholding-change`, `level-change`) follows a change
 * the reader made, never one the page made — as a native input's `change`
 * does — with the widget's `result` as its detail. The internal
 * RESULT_UPDATED follows every update, whatever caused it, so a linked
 * widget keeps up (linked-source.ts).
 */

/**
 * The internal event a widget fires on itself after every update, whatever
 * caused it (the reader, an attribute, a framework setting a property).
 * Not bubbling and not part of the public API: it lets a linked widget follow
 * its source without a public event for changes the reader did not make
 * (linked-source.ts). An event, not a shared module, so it works across
 * separately loaded CDN files.
 */
export const RESULT_UPDATED = 'fw-result';

/** `answering`: the update answers a reader's change and slow parts follow (widget-element.ts): followers wait for that. */
type Host = ReactiveElement & { readonly result?: unknown; readonly answering?: boolean };

export class ResultEvents implements ReactiveController {
  constructor(
    private readonly host: Host,
    /** The widget's public event; none for a widget without one. */
    private readonly event?: string,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    // A linked widget follows the update after the answer to a keystroke, not the answer itself: the frame
    // that answers the reader stays small (widget-element.ts, readerChanged).
    if (!this.host.answering) this.host.dispatchEvent(new Event(RESULT_UPDATED));
  }

  /** The reader changed something: the public event, once the widget shows the new result. */
  readerChanged(): void {
    const { event } = this;
    if (!event) return;
    void this.host.updateComplete.then(() =>
      this.host.dispatchEvent(new CustomEvent(event, { detail: this.host.result, bubbles: true, composed: true })),
    );
  }
}
