import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { composedParent } from './composed-parent.js';
import type { CustomStates } from './custom-states.js';

/*
 * A widget's colour scheme follows the page, not the OS: most blog themes are
 * light-only while many readers' phones are in dark mode. The page is dark
 * when the nearest ancestor with an opaque background is dark, or, with none,
 * when the page's `color-scheme` makes the canvas dark. It is checked on
 * connect and again whenever the page's root, body or head change (a theme's
 * dark toggle), or the OS scheme does (themes that follow it).
 * `theme="light|dark"` on the element overrides it. The result is the custom
 * state `:state(dark)`, which the base styles turn into the dark palette — no
 * attribute is added to the page's markup.
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
/* A theme's colour transition (dark toggles animate) has ended by then: look once more. */
const AFTER_TRANSITION_MS = 400;

/** Whether the page behind `el` is dark. */
export function pageIsDark(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  for (let node = composedParent(el); node; node = composedParent(node)) {
    const color = parseColor(view.getComputedStyle(node).backgroundColor);
    if (color && color[3] >= OPAQUE) return luminance(color) < DARK_LUMINANCE;
  }
  // No ancestor paints a background: the canvas shows, dark when the page's color-scheme makes it so.
  const scheme = view.getComputedStyle(el.ownerDocument.documentElement).colorScheme;
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
