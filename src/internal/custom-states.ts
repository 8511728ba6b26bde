/**
 * A widget's custom states (`:state(ready)`, `:state(dark)`, `:state(error)`),
 * which the page's CSS and our own styles can match without the widget adding
 * anything to the page's markup. Kept in the element's `ElementInternals`.
 */
export class CustomStates {
  #internals?: ElementInternals;

  constructor(host: HTMLElement) {
    try {
      this.#internals = host.attachInternals();
    } catch {
      // Another script took the internals, or the browser has none: the states' styles simply do not apply.
    }
  }

  /** Sets or clears `state`. */
  set(state: string, on: boolean): void {
    try {
      if (on) this.#internals?.states.add(state);
      else this.#internals?.states.delete(state);
    } catch {
      // A browser without custom states (CustomStateSet): as above.
    }
  }
}
