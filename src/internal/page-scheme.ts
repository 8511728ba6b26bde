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

/** sRGB-encoded channel (0–1) to linear light. */
const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

/**
 * The relative luminance (WCAG; CIE Y, 0–1) of a colour space's channels, as
 * the browser computes them. Perceptual spaces give it from their lightness
 * (exact for greys, close enough for a light/dark call); display-p3 is read
 * as sRGB (the same transfer curve; its primaries barely move Y). The
 * weights are WCAG 2's (sRGB primaries); CIE L* gives Y by CIE 15's inverse
 * (κ = 24389/27 ≈ 903.3 below L* = κε = 8); OKLab's L is the cube root of Y
 * for greys (Ottosson 2020).
 */
const LUMINANCE: Record<string, (c: number[]) => number> = {
  rgb: ([r, g, b]) => LUMINANCE.srgb([r / 255, g / 255, b / 255]),
  rgba: (c) => LUMINANCE.rgb(c),
  srgb: ([r, g, b]) => 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b),
  'display-p3': (c) => LUMINANCE.srgb(c),
  'srgb-linear': ([r, g, b]) => 0.2126 * r + 0.7152 * g + 0.0722 * b,
  oklab: ([l]) => l ** 3,
  oklch: ([l]) => l ** 3,
  lab: ([l]) => (l > 8 ? ((l + 16) / 116) ** 3 : l / 903.3),
  lch: ([l]) => LUMINANCE.lab([l]),
  xyz: ([, y]) => y,
  'xyz-d65': ([, y]) => y,
  'xyz-d50': ([, y]) => y,
};

/**
 * A computed background colour as its luminance and opacity — `rgb(…)`,
 * `rgba(…)`, `color(<space> …)`, `oklab()`, `oklch()`, `lab()`, `lch()`, with
 * exponents (`1.00000e-7`) and `none` as the browser writes them; `undefined`
 * for anything else (then the next ancestor decides).
 */
function readColor(value: string): { luminance: number; alpha: number } | undefined {
  const call = /^([a-z-]+)\((?:(srgb|srgb-linear|display-p3|xyz|xyz-d50|xyz-d65) )?([^/]*?)(?:\s*\/\s*(\S+))?\)$/.exec(value);
  if (!call) return undefined;
  const [, fn, space, body, alphaText] = call;
  const values = body
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((t) => (t === 'none' ? 0 : Number(t)));
  const toLuminance = LUMINANCE[fn === 'color' ? (space ?? '') : fn];
  if (!toLuminance || values.length < 3) return undefined;
  const alpha = alphaText === undefined ? (values[3] ?? 1) : alphaText === 'none' ? 0 : Number(alphaText);
  const luminance = toLuminance(values);
  return [luminance, alpha, ...values].every(Number.isFinite) ? { luminance, alpha } : undefined;
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
