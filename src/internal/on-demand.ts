/*
 * Code a widget shows only on request — the agency comparison, Fiverr's
 * classic rules — is a chunk beside the bundle, loaded the first time it is
 * asked for: a page pays only for what it shows. While it loads the widget
 * renders without it and is not complete (widget-element.ts holds
 * `:state(ready)` and `updateComplete` until the load settles). A chunk that
 * cannot be loaded (offline, a blocked CDN) is given up after a while, and the
 * widget says so where the feature would be.
 */

/* A chunk of a few kilobytes that has not come by then is not coming soon: the widget goes on without it. */
const LOAD_PATIENCE_MS = 10_000;

/*
 * The chunks loaded so far, by their loader: every widget of the page that
 * asks for one after it came has it at once (and a server that loaded them
 * first, `WidgetElement.preload()`, renders them whole). Modules, never
 * elements.
 */
const loaded = new Map<() => Promise<unknown>, unknown>();

/** Loads a chunk into the shared cache (for `preload()`). */
export async function preloadChunk(load: () => Promise<unknown>): Promise<void> {
  if (!loaded.has(load)) loaded.set(load, await load());
}

export class OnDemand<T> {
  #module?: T;
  #failed = false;
  #started = false;

  /**
   * `load` imports the chunk; `wait` holds the widget's completion until the promise given settles (and
   * updates it then); `update` updates it once more.
   */
  constructor(
    private readonly load: () => Promise<T>,
    private readonly wait: (loading: Promise<unknown>) => void,
    private readonly update: () => void,
  ) {}

  /** The loaded code; `undefined` while it loads (the first call starts the load) or when it could not be loaded. */
  get(): T | undefined {
    if (!this.#module && loaded.has(this.load)) this.#module = loaded.get(this.load) as T;
    if (!this.#started && !this.#module) {
      this.#started = true;
      const arrived = this.load().then((module) => {
        loaded.set(this.load, module);
        this.#module = module;
        if (!this.#failed) return;
        this.#failed = false; // late, but here: show it
        this.update();
      });
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<never>((_, reject) => (timer = setTimeout(reject, LOAD_PATIENCE_MS)));
      const settled = Promise.race([arrived, late]).then(
        () => clearTimeout(timer),
        () => {
          clearTimeout(timer);
          if (!this.#module) this.#failed = true;
        },
      );
      this.wait(settled);
    }
    return this.#module;
  }

  /** Whether the chunk could not be loaded. */
  get failed(): boolean {
    return this.#failed;
  }
}
