import type { CSSResultOrNative, LitElement, ReactiveController } from 'lit';

/*
 * What a widget takes from the page it sits in: its colour scheme and its
 * document.
 *
 * Scheme: most blog themes are light-only while many readers' phones are in
 * dark mode, so the widgets follow the page, not the OS. The page is dark when
 * the nearest ancestor with an opaque background is dark, or, with none, when
 * the page's `color-scheme` makes the canvas dark. It is checked on connect and
 * again whenever the page's root, body or head change (a theme's dark toggle),
 * or the OS scheme does (themes that follow it). `theme="light|dark"` on the
 * element overrides it. The result is the custom state `:state(dark)`, which
 * the base styles turn into the dark palette — no attribute is added to the
 * page's markup.
 *
 * Document: Lit adopts constructed stylesheets made in the main document; a
 * widget connected in, or moved into, another document (an iframe) needs its
 * own copies there, or its styles are lost (and the first adoption throws).
 */

type Rgba = [number, number, number, number];

/** A computed colour as rgba; `undefined` for a format this does not read (then the next ancestor decides). */
function parseColor(value: string): Rgba | undefined {
  const rgb = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(value);
  if (rgb) return [Number(rgb[1]) / 255, Number(rgb[2]) / 255, Number(rgb[3]) / 255, rgb[4] === undefined ? 1 : Number(rgb[4])];
  const srgb = /^color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)(?: \/ ([\d.]+))?\)$/.exec(value);
  if (srgb) return [Number(srgb[1]), Number(srgb[2]), Number(srgb[3]), srgb[4] === undefined ? 1 : Number(srgb[4])];
  return undefined;
}

/** WCAG relative luminance. */
function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/* Below this luminance black text has less contrast than white text: the background is dark. */
const DARK_LUMINANCE = 0.179;
/* A background this opaque decides what the reader sees behind the widget. */
const OPAQUE = 0.5;

const parentOf = (node: Element): Element | null => node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);

/** Whether the page behind `el` is dark. */
export function pageIsDark(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  for (let node = parentOf(el); node; node = parentOf(node)) {
    const color = parseColor(view.getComputedStyle(node).backgroundColor);
    if (color && color[3] >= OPAQUE) return luminance(color) < DARK_LUMINANCE;
  }
  // No ancestor paints a background: the canvas shows, dark when the page's color-scheme makes it so.
  const scheme = view.getComputedStyle(el.ownerDocument.documentElement).colorScheme;
  if (!/dark/.test(scheme)) return false;
  return !/light/.test(scheme) || view.matchMedia('(prefers-color-scheme: dark)').matches;
}

/* One watcher per document, shared by every widget in it. */
const watchers = new WeakMap<Document, Set<PageContext>>();

function watch(doc: Document, context: PageContext): void {
  let members = watchers.get(doc);
  if (!members) {
    const set = new Set<PageContext>();
    members = set;
    watchers.set(doc, set);
    let queued = false;
    const recheck = () => {
      if (queued) return;
      queued = true;
      // Now, and once more after a theme's colour transition has ended.
      requestAnimationFrame(() => {
        queued = false;
        set.forEach((c) => c.detect());
        setTimeout(() => set.forEach((c) => c.detect()), 400);
      });
    };
    const observer = new MutationObserver(recheck);
    for (const node of [doc.documentElement, doc.head, doc.body]) {
      if (node) observer.observe(node, { attributes: true, childList: node === doc.head });
    }
    doc.defaultView?.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', recheck);
  }
  members.add(context);
}

/* Copies of a widget's styles made in another document, built once per document. */
const copies = new WeakMap<Document, Map<CSSResultOrNative | string, CSSStyleSheet>>();

function cssText(style: CSSResultOrNative | string): string {
  if (typeof style === 'string') return style;
  return 'cssText' in style ? style.cssText : [...style.cssRules].map((r) => r.cssText).join('\n');
}

function sheetIn(doc: Document, style: CSSResultOrNative | string): CSSStyleSheet | undefined {
  const View = doc.defaultView as (Window & typeof globalThis) | null;
  if (!View) return undefined; // a document that is never rendered
  let map = copies.get(doc);
  if (!map) copies.set(doc, (map = new Map()));
  let sheet = map.get(style);
  if (!sheet) {
    sheet = new View.CSSStyleSheet();
    sheet.replaceSync(cssText(style));
    map.set(style, sheet);
  }
  return sheet;
}

export type Theme = 'auto' | 'light' | 'dark';

/** The scheme and document of one widget (see the top of this file). */
export class PageContext implements ReactiveController {
  #theme: Theme = 'auto';
  #internals?: ElementInternals;
  #styledFor?: Document;
  #extra = '';
  #extraSheet?: CSSStyleSheet;

  /** `theme` is the widget's setting, read before each update. */
  constructor(
    private readonly host: LitElement,
    private readonly theme: () => Theme,
  ) {
    host.addController(this);
    try {
      this.#internals = host.attachInternals();
    } catch {
      // Another script took the internals: the widget stays light.
    }
  }

  /**
   * The render root, styled for the document the widget is in. `make` is
   * Lit's own `createRenderRoot`, used in the main document.
   */
  renderRoot(make: () => HTMLElement | DocumentFragment): HTMLElement | DocumentFragment {
    if (this.host.ownerDocument === globalThis.document) {
      this.#styledFor = globalThis.document;
      return make();
    }
    const ctor = this.host.constructor as typeof LitElement;
    const root = this.host.shadowRoot ?? this.host.attachShadow(ctor.shadowRootOptions);
    this.#restyle(root);
    return root;
  }

  hostConnected(): void {
    const root = this.host.shadowRoot;
    if (root && this.#styledFor !== this.host.ownerDocument) this.#restyle(root);
    watch(this.host.ownerDocument, this);
    this.detect();
  }

  hostDisconnected(): void {
    watchers.get(this.host.ownerDocument)?.delete(this);
  }

  /** Before each update: a changed `theme` applies at once. */
  hostUpdate(): void {
    const theme = this.theme();
    if (theme === this.#theme) return;
    this.#theme = theme;
    this.detect();
  }

  /** Adds rules made at run time (the cloud's font sizes), in the widget's document. */
  setExtraCss(css: string): void {
    if (css === this.#extra) return;
    this.#extra = css;
    const root = this.host.shadowRoot;
    if (!root) return;
    if (this.#extraSheet && this.#styledFor === this.host.ownerDocument) this.#extraSheet.replaceSync(css);
    else this.#restyle(root);
  }

  #restyle(root: ShadowRoot): void {
    const doc = this.host.ownerDocument;
    const styles = (this.host.constructor as typeof LitElement).elementStyles;
    const main = doc === globalThis.document;
    const sheets = styles.map((s) => (main ? (s instanceof CSSStyleSheet ? s : s.styleSheet) : sheetIn(doc, s)));
    this.#extraSheet = undefined;
    if (this.#extra) {
      const View = (doc.defaultView ?? undefined) as (Window & typeof globalThis) | undefined;
      this.#extraSheet = View ? new View.CSSStyleSheet() : undefined;
      this.#extraSheet?.replaceSync(this.#extra);
      sheets.push(this.#extraSheet);
    }
    root.adoptedStyleSheets = sheets.filter((s): s is CSSStyleSheet => s !== undefined);
    this.#styledFor = doc;
  }

  /** Sets or clears a custom state of the host (`:state(ready)` once a widget has rendered completely). */
  setState(state: string, on: boolean): void {
    try {
      if (on) this.#internals?.states.add(state);
      else this.#internals?.states.delete(state);
    } catch {
      // A browser without custom states: the state's styles simply do not apply.
    }
  }

  /** Looks at the page again and sets `:state(dark)`. */
  detect(): void {
    this.setState('dark', this.#theme === 'dark' || (this.#theme === 'auto' && this.host.isConnected && pageIsDark(this.host)));
  }
}
