import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { composedParent } from './composed-parent.js';
import type { CustomStates } from './custom-states.js';

/*
 * A widget's colour scheme follows the page, not the OS: most blog themes are
 * light-only while many readers' phones are in dark mode. The page is dark
 * when the nearest ancestor with an opaque background is dark, or, with none,
 * when the page's `color-scheme` (CSS, or `<meta name="color-scheme">`)
 * makes the canvas dark. It is checked on connect and again whenever the
 * page's root or body attributes or head's children change (a theme's dark
 * toggle, a meta added), or the OS scheme does (themes that follow it).
 * `theme="light|dark"` on the element overrides it. The result is the custom
 * state `:state(dark)`, which the base styles turn into the dark palette — no
 * attribute is added to the page's markup.
 */

/** WCAG 2 relative luminance of sRGB-encoded channels (0–1). */
function srgbLuminance(r: number, g: number, b: number): number {
  const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * A computed background colour as its luminance (CIE Y, 0–1) and opacity, in
 * the syntaxes Chromium computes a theme's colours to: `rgb()`/`rgba()`,
 * `color(srgb …)` and `color(display-p3 …)` (read as sRGB: the same transfer
 * curve, primaries that barely move Y), `oklab()`/`oklch()` (Y = L³, exact
 * for greys: Ottosson 2020) and `lab()`/`lch()` (Y from L* by CIE 15's
 * inverse; below L* 8, where it turns linear, everything is dark anyway),
 * with exponents (`1.00000e-7`) and `none`. `undefined` for anything else:
 * then the next ancestor decides.
 */
function readColor(value: string): { luminance: number; alpha: number } | undefined {
  const call = /^(\w+)\((?:(srgb|display-p3) )?([^/]*?)(?:\s*\/\s*(\S+))?\)$/.exec(value);
  if (!call) return undefined;
  const [, fn, space, body, alphaText] = call;
  const [a, b, c, d] = body.split(/[\s,]+/).map((t) => (t === 'none' ? 0 : Number(t)));
  const alpha = Number(alphaText ?? d ?? 1);
  const luminance = fn.startsWith('rgb')
    ? srgbLuminance(a / 255, b / 255, c / 255)
    : space
      ? srgbLuminance(a, b, c)
      : fn.startsWith('ok')
        ? a ** 3
        : fn === 'lab' || fn === 'lch'
          ? ((a + 16) / 116) ** 3
          : NaN;
  // Three channels and an opacity, every one a number (NaN from any word this does not read).
  return Number.isFinite(luminance + alpha + c) ? { luminance, alpha } : undefined;
}

/* Below this luminance black text has less contrast than white text: the background is dark. */
const DARK_LUMINANCE = 0.179;
/* A background this opaque decides what the reader sees behind the widget. */
const OPAQUE = 0.5;
/* A theme's colour transition (dark toggles animate) has ended by then: look once more. */
const AFTER_TRANSITION_MS = 400;

/** Whether the page behind `el` is dark. */
export function pageIsDark(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  for (let node = composedParent(el); node; node = composedParent(node)) {
    const color = readColor(view.getComputedStyle(node).backgroundColor);
    if (color && color.alpha >= OPAQUE) return color.luminance < DARK_LUMINANCE;
  }
  // No ancestor paints a background: the canvas shows, dark when the page's color-scheme makes it so —
  // its CSS `color-scheme`, else (`normal`) its <meta name="color-scheme">, as the browser reads them.
  const doc = el.ownerDocument;
  let scheme = view.getComputedStyle(doc.documentElement).colorScheme;
  if (scheme === 'normal') scheme = doc.querySelector('meta[name="color-scheme" i]')?.getAttribute('content') ?? '';
  if (!/dark/.test(scheme)) return false;
  return !/light/.test(scheme) || view.matchMedia('(prefers-color-scheme: dark)').matches;
}

/* One watcher per document, shared by the widgets connected in it (a widget leaves it on disconnect). */
const watchers = new WeakMap<Document, Set<PageScheme>>();

function watch(doc: Document, scheme: PageScheme): void {
  let members = watchers.get(doc);
  if (!members) {
    const set = new Set<PageScheme>();
    members = set;
    watchers.set(doc, set);
    let queued = false;
    const recheck = () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        set.forEach((s) => s.detect());
        setTimeout(() => set.forEach((s) => s.detect()), AFTER_TRANSITION_MS);
      });
    };
    const observer = new MutationObserver(recheck);
    for (const node of [doc.documentElement, doc.head, doc.body]) {
      if (node) observer.observe(node, { attributes: true, childList: node === doc.head });
    }
    doc.defaultView?.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', recheck);
  }
  members.add(scheme);
}

export type Theme = 'auto' | 'light' | 'dark';

/** The colour scheme of one widget (see the top of this file): sets its `:state(dark)`. */
export class PageScheme implements ReactiveController {
  #theme: Theme = 'auto';

  /** `theme` is the widget's setting, read before each update. */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly states: CustomStates,
    private readonly theme: () => Theme,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
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

  /** Looks at the page again and sets `:state(dark)`. */
  detect(): void {
    const theme = this.#theme;
    this.states.set('dark', theme === 'dark' || (theme === 'auto' && this.host.isConnected && pageIsDark(this.host)));
  }
}
