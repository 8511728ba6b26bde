import { LitElement, type PropertyDeclarations } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { defineElement, VERSION } from './define.js';
import { FirstRender, type Prepare } from './first-render.js';
import { announceWidget } from './locale-state.js';
import { PageContext } from './page-context.js';
import { themeSetting } from './settings.js';

const THEME = themeSetting();

/**
 * What every widget is wired to and a controller cannot do for it: Lit's
 * `createRenderRoot`, `scheduleUpdate` and `getUpdateComplete` hooks handed to
 * the page context (styles in the widget's own document, page colours,
 * custom states) and to the first render in pieces; the library's version and
 * guarded define; updates when the language changes; and the signal a new
 * widget gives the page's language watcher. No behaviour of its own: each
 * widget keeps what is its own (settings, computations, templates).
 *
 * A subclass names the pieces its first render is cut into and the formatters
 * to build before the first (`pieces`, `prepare`: see first-render.ts), and
 * asks `this.shows(piece)` in `render()`; `Piece` types the names.
 */
export abstract class WidgetElement<Piece extends string = string> extends LitElement {
  /** The library version this class comes from; another copy on the page names it in its warning. */
  static readonly fwVersion = VERSION;
  /** The pieces of the widget's first render, in order; one piece renders it in one go. */
  protected static readonly pieces: readonly string[] = ['whole'];
  /** The `Intl` formatters the first piece uses, built one per turn before it (first-render.ts). */
  protected static readonly prepare: readonly Prepare[] = [];

  /** Defines `tag` for this class once; loading the library twice never throws (define.ts). */
  static define(this: CustomElementConstructor & { fwVersion?: string }, tag: string): void {
    defineElement(tag, this);
  }

  static override properties: PropertyDeclarations = { theme: {} };

  /** Colours: `auto` follows the page's background, `light` or `dark` override it. Default `auto`. */
  theme?: 'auto' | 'light' | 'dark';

  /** The widget's place in the page: its document's styles, the page's colours, its custom states. */
  protected readonly page = new PageContext(this, () => {
    const read = THEME.fromPage(this.theme ?? 'auto');
    return read.ok ? read.value : 'auto';
  });
  /** Its first render, a piece per turn; `:state(ready)` once every piece is shown. */
  protected readonly firstRender: FirstRender<Piece>;

  constructor() {
    super();
    const { pieces, prepare } = this.constructor as typeof WidgetElement;
    this.firstRender = new FirstRender(this, pieces as readonly Piece[], () => this.page.setState('ready', true), prepare);
    // Re-render when the language changes (what @localized() does, without a decorator).
    updateWhenLocaleChanges(this);
  }

  /** Whether `piece` of the first render shows yet (every piece, once the widget is complete). */
  protected shows(piece: Piece): boolean {
    return this.firstRender.shows(piece);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    announceWidget(this);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return this.page.renderRoot(() => super.createRenderRoot());
  }

  protected override async scheduleUpdate(): Promise<void> {
    await this.firstRender.beforeUpdate();
    super.scheduleUpdate();
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    await this.firstRender.whenComplete();
    return super.getUpdateComplete();
  }
}
