import type { CSSResultOrNative, LitElement, ReactiveController } from 'lit';

/*
 * A widget's styles in the document it sits in. Lit adopts constructed
 * stylesheets made in the main document; a widget connected in, or moved
 * into, another document (an iframe) needs its own copies there, or its
 * styles are lost (and the first adoption throws). Also holds the rules a
 * widget makes at run time (the cloud's font sizes), as a constructed sheet:
 * no inline styles (strict CSP).
 */

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

/** The styles of one widget, in whichever document it is (see the top of this file). */
export class DocumentStyles implements ReactiveController {
  #styledFor?: Document;
  #extra = '';
  #extraSheet?: CSSStyleSheet;

  constructor(private readonly host: LitElement) {
    host.addController(this);
  }

  /** The render root, styled for the widget's document. `make` is Lit's own `createRenderRoot`, used in the main document. */
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
}
