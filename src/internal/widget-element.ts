import { html, LitElement, render, type PropertyDeclarations } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { afterNextPaint } from './after-paint.js';
import { CustomStates } from './custom-states.js';
import { defineElement, VERSION } from './define.js';
import { DocumentStyles } from './document-styles.js';
import { FirstRender, type Prepare } from './first-render.js';
import { announceWidget } from './locale-state.js';
import { failedText } from './messages.js';
import { OnDemand, preloadChunk } from './on-demand.js';
import { PageScheme } from './page-scheme.js';
import { themeSetting } from './settings.js';

const THEME = themeSetting();
const ignore = () => undefined;

/**
 * The wiring every widget shares and a controller cannot give it, in one
 * thin base class (as Shoelace's ShoelaceElement): Lit's `createRenderRoot`
 * (styles in the widget's own document), `scheduleUpdate` (the first render
 * in pieces, first-render.ts), `performUpdate` (a widget whose update throws
 * shows its own short error state instead), `getUpdateComplete` (which also
 * waits for the pieces and for code loaded on demand); the custom states
 * (`:state(ready)`, `:state(dark)`, `:state(error)`), the page's colours, the
 * library's version and guarded define, updates when the language changes,
 * and the signal a new widget gives the page's language watcher. Each widget
 * keeps what is its own: settings, computations, templates.
 *
 * A subclass names the pieces its first render is cut into and the formatters
 * to build before the first (`pieces`, `prepare`), and asks
 * `this.shows(piece)` in `render()`; `Piece` types the names. It renders its
 * slow parts through `afterAnswer()`: the frame that answers a reader's
 * keystroke shows the field and the key figures, and the slow parts follow
 * right after it is painted (see `readerChanged`).
 */
export abstract class WidgetElement<Piece extends string = string> extends LitElement {
  /** The library version this class comes from; another copy on the page names it in its warning. */
  static readonly fwVersion = VERSION;
  /** The pieces of the widget's first render, in order; one piece renders it in one go. */
  protected static readonly pieces: readonly string[] = ['whole'];
  /** The `Intl` formatters the first piece uses, each built in a task of its own before it (first-render.ts). */
  protected static readonly prepare: readonly Prepare[] = [];

  /** The chunks this widget loads on demand (the loaders its `onDemand` calls use), for `preload()`. */
  protected static readonly chunks: readonly (() => Promise<unknown>)[] = [];

  /**
   * Loads every part this widget shows only on request (the agency comparison, Fiverr's classic rules), so
   * that widgets rendered afterwards have them at once: await it before server rendering with
   * `@lit-labs/ssr`, which renders synchronously.
   */
  static async preload(): Promise<void> {
    await Promise.all(this.chunks.map(preloadChunk));
  }

  /** Defines `tag` for this class once; loading the library twice never throws (define.ts). */
  static define(this: CustomElementConstructor & { fwVersion?: string }, tag: string): void {
    defineElement(tag, this);
  }

  static override properties: PropertyDeclarations = { theme: {} };

  /** Colours: `auto` follows the page's background, `light` or `dark` override it. Default `auto`. */
  theme?: 'auto' | 'light' | 'dark';

  /** The widget's custom states, matched by `:state(…)` in CSS. */
  protected readonly states = new CustomStates(this);
  /** Its styles in whichever document it is, and rules made at run time. */
  protected readonly documentStyles = new DocumentStyles(this);
  /** Its first render, a piece per task. */
  protected readonly firstRender: FirstRender<Piece>;
  /** Code asked for on demand and still loading (on-demand.ts): the widget is not complete until it is in. */
  readonly #loading = new Set<Promise<unknown>>();
  /** Whether the widget is complete: every piece shown, nothing loading (`:state(ready)`). */
  #ready = false;
  /** Whether the update under way answers a reader's change: slow parts keep what they show until after the paint. */
  #answering = false;
  /** What each slow part (`afterAnswer`) rendered last. */
  readonly #kept = new Map<string, unknown>();
  /** The update that brings the slow parts up to date, once the answering frame is painted. */
  #catchUp?: Promise<void>;

  constructor() {
    super();
    const { pieces, prepare } = this.constructor as typeof WidgetElement;
    new PageScheme(this, this.states, () => {
      const read = THEME.fromPage(this.theme ?? 'auto');
      return read.ok ? read.value : 'auto';
    });
    this.firstRender = new FirstRender(this, pieces as readonly Piece[], prepare);
    this.addController({ hostUpdated: () => this.#settle() });
    // Re-render when the language changes (what @localized() does, without a decorator).
    updateWhenLocaleChanges(this);
  }

  /** Whether `piece` of the first render shows yet (every piece, once the widget is complete). */
  protected shows(piece: Piece): boolean {
    return this.firstRender.shows(piece);
  }

  /** Code this widget shows only on request, loaded the first time `get()` asks for it (on-demand.ts). */
  protected onDemand<T>(load: () => Promise<T>): OnDemand<T> {
    return new OnDemand(
      load,
      (loading) => this.#waitFor(loading),
      () => this.requestUpdate(),
    );
  }

  /**
   * A reader changed a setting (settings.ts). INP counts a keystroke until
   * the next frame is painted, and on a phone a whole calculator with its
   * table, chart and linked table takes longer than a keystroke should: the
   * next update shows the field and the key figures, keeps the slow parts
   * (`afterAnswer`) as they are, and brings them — and what follows this
   * widget (a linked tax table) — up to date right after that frame. The
   * widget is complete (`updateComplete`, the public change event) only then.
   * @internal
   */
  readerChanged(): void {
    this.#answering = true;
    if (!this.#catchUp) {
      const catchUp = afterNextPaint().then(() => {
        this.#answering = false; // the update this asks for renders everything
        this.#catchUp = undefined;
      });
      this.#catchUp = catchUp;
      this.#waitFor(catchUp);
    }
    this.requestUpdate();
  }

  /** Whether the update under way answers a reader's change (what follows this widget waits for the next). @internal */
  get answering(): boolean {
    return this.#answering;
  }

  /**
   * A slow part of the widget (a month table, a chart, a list of notes):
   * rendered now, except in the update that answers a reader's change, which
   * shows what it showed last (the same template again: Lit changes nothing)
   * until the update right after the paint (`readerChanged`).
   */
  protected afterAnswer(part: string, render: () => unknown): unknown {
    if (this.#answering && this.#kept.has(part)) return this.#kept.get(part);
    const shown = render();
    this.#kept.set(part, shown);
    return shown;
  }

  /** Holds the widget's completion (`updateComplete`, `:state(ready)` at first) until `work` settles, then updates it. */
  protected holdUntil(work: Promise<unknown>): void {
    this.#waitFor(work);
  }

  #waitFor(loading: Promise<unknown>): void {
    const settled: Promise<unknown> = loading.then(ignore, ignore).then(() => {
      this.#loading.delete(settled);
      this.requestUpdate();
    });
    this.#loading.add(settled);
  }

  /** After each update that rendered: complete once every piece is shown and nothing is loading. */
  #settle(): void {
    this.states.set('error', false);
    if (this.#ready || !this.firstRender.complete || this.#loading.size) return;
    this.#ready = true;
    this.states.set('ready', true);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    announceWidget(this);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return this.documentStyles.renderRoot(() => super.createRenderRoot());
  }

  protected override async scheduleUpdate(): Promise<void> {
    await this.firstRender.beforeUpdate();
    super.scheduleUpdate();
  }

  /**
   * An update that throws (a formatter this browser lacks, data no one
   * expected) leaves this widget in a short error state, visible and
   * complete; no other widget is touched, and `updateComplete` resolves. The
   * next update that succeeds replaces it.
   */
  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (error) {
      this.#fail(error);
    }
  }

  #fail(error: unknown): void {
    console.error(`freelancer-widgets: <${this.localName}> could not be shown.`, error);
    this.firstRender.finish();
    try {
      render(html`<div part="base" class="base failed" role="alert">${failedText()}</div>`, this.renderRoot, this.renderOptions);
    } catch {
      // Not even that renders (no render root): the light-DOM fallback content stays.
    }
    this.states.set('error', true);
    this.#ready = true;
    this.states.set('ready', true);
  }

  /**
   * Resolves once the widget is complete: Lit's own update promise, awaited
   * again while the first render's pieces or code loaded on demand follow (a
   * reader who picks the classic Fiverr rules gets their result with it).
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (!this.#ready || this.#loading.size) {
      if (this.isUpdatePending) result = await super.getUpdateComplete();
      else if (this.#loading.size) await Promise.all(this.#loading);
      else break;
    }
    return result;
  }
}
