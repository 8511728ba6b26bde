import { configureLocalization } from '@lit/localize';
import { normalizeLocale, type Locale } from '../core/locale.js';
import { ELEMENT_SELECTOR } from '../element-names.js';
import { composedParent } from './composed-parent.js';
import { registerChunkStrings, type Templates } from './chunk-strings.js';
import { WIDGET_CONNECTED } from './locale-state.js';

export type { Templates };

let controls: ReturnType<typeof configureLocalization> | undefined;
let configured = false;
/* One object for all the Indonesian strings given so far: @lit/localize keeps a reference to it, so the
   strings of a widget whose localization module is imported later are found too. */
const indonesian: Templates = {};

/**
 * Adds Indonesian strings and configures @lit/localize the first time (runtime mode, English source):
 * all the strings for the full bundle, one widget's (and the shared ones) for a per-widget entry; `chunks`
 * says where the strings of that widget's chunks are, loaded with them (chunk-strings.ts). If the
 * host page configured @lit/localize first, its setLocale() controls the widgets and this warns once
 * instead of throwing.
 */
export function setupLocalization(templates: Templates, chunks: Parameters<typeof registerChunkStrings>[0] = {}): void {
  Object.assign(indonesian, templates);
  registerChunkStrings(chunks, (more) => Object.assign(indonesian, more));
  if (configured) return;
  configured = true;
  const loaded = Promise.resolve({ templates: indonesian as never });
  try {
    controls = configureLocalization({ sourceLocale: 'en', targetLocales: ['id'], loadLocale: () => loaded });
  } catch {
    console.warn('freelancer-widgets: @lit/localize is already configured on this page; its setLocale() controls the widgets language.');
  }
}

/** The widgets' current language. */
export function getLocale(): Locale {
  return normalizeLocale(controls?.getLocale());
}

/** Switches every widget on the page to a language (any tag: `id`, `id-ID`, `in`, `en-GB` …). */
export async function setLocale(tag: string): Promise<void> {
  await controls?.setLocale(normalizeLocale(tag));
}

/*
 * One language per page. @lit/localize has one active locale for the whole
 * page (msg() takes no locale), so the widgets cannot each speak their own
 * `lang` without working around it. The rule, the same in the README and both
 * guides: the page's widget language is the nearest `lang` of the first widget
 * in document order (on the widget itself, on an element around it, else on
 * `<html>`). It is looked at again whenever a `lang` attribute changes
 * anywhere on the page or a widget joins it; when widgets would ask for
 * different languages, the first one wins and the console says so, once.
 */

/*
 * Widgets that announced themselves (internal/locale-state.ts): those inside another app's shadow root too.
 * Held weakly: a widget removed from the page is collectable at once, whether or not a later walk prunes it.
 */
const joined = new Set<WeakRef<Element>>();

/** The nearest `lang` of an element, through shadow roots; `null` when none is set. */
function langOf(el: Element): string | null {
  for (let node: Element | null = el; node; node = composedParent(node)) {
    if (node.hasAttribute('lang')) return node.getAttribute('lang');
  }
  return null;
}

/** The widgets of a document: those in its own tree in document order, then those that joined from shadow roots. */
function widgetsOf(root: Document): Element[] {
  const light = [...root.querySelectorAll(ELEMENT_SELECTOR)];
  const inTree = new Set(light);
  const others: Element[] = [];
  for (const ref of joined) {
    const w = ref.deref();
    if (!w?.isConnected || (w.ownerDocument === root && inTree.has(w))) {
      // Gone, or found already (it joined again, or moved into the page's own tree): one entry per widget.
      joined.delete(ref);
    } else if (w.ownerDocument === root) {
      inTree.add(w);
      others.push(w);
    }
  }
  return light.concat(others);
}

/** The page's language from its widgets (`widgetsOf`): the nearest `lang` of the first one, else `<html lang>`. */
function localeOf(root: Document, widgets: readonly Element[]): Locale {
  return normalizeLocale(widgets[0] ? langOf(widgets[0]) : root.documentElement.getAttribute('lang'));
}

/** The page's language as the widgets read it: the nearest `lang` of the first widget, else `<html lang>`. */
export function detectLocale(root: Document = document): Locale {
  return localeOf(root, widgetsOf(root));
}

const warned = new WeakSet<Document>();

/** Says once per page, in the console, when widgets sit in different languages' `lang`. */
function warnIfMixed(root: Document, widgets: readonly Element[], chosen: Locale): void {
  if (warned.has(root)) return;
  const asked = new Set(widgets.map((w) => normalizeLocale(langOf(w))));
  if (asked.size < 2) return;
  warned.add(root);
  console.warn(
    `freelancer-widgets: widgets sit in different languages (${[...asked].join(', ')}); one language per page: "${chosen}", ` +
      `the nearest lang of the first widget. Put one lang around them all, or on <html>.`,
  );
}

/** The page's language now (one walk over its widgets), warning once when they disagree. */
function readPage(root: Document): Locale {
  const widgets = widgetsOf(root);
  const locale = localeOf(root, widgets);
  warnIfMixed(root, widgets, locale);
  return locale;
}

const followed = new WeakMap<Document, { last: Locale }>();

/**
 * Sets the widgets' language from the page now (see the rule above), and again
 * whenever it changes: a `lang` attribute set or changed anywhere in the page,
 * or a widget joining it. A language set with `setLocale()` stays until the
 * page's own language changes.
 */
export function followPageLanguage(root: Document = document): Promise<void> {
  const last = readPage(root);
  let state = followed.get(root);
  if (!state) {
    const watched = { last };
    state = watched;
    followed.set(root, watched);
    let queued = false;
    const recheck = () => {
      if (queued) return;
      queued = true;
      queueMicrotask(() => {
        queued = false;
        const now = readPage(root);
        if (now === watched.last) return;
        watched.last = now;
        void setLocale(now);
      });
    };
    if (typeof MutationObserver !== 'undefined') {
      new MutationObserver(recheck).observe(root.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    root.addEventListener(WIDGET_CONNECTED, (event) => {
      // Only a widget in a shadow root needs remembering: querySelectorAll finds the others.
      const widget = event.composedPath()[0] as Element;
      if (widget.getRootNode() !== root) joined.add(new WeakRef(widget));
      recheck();
    });
  }
  state.last = last;
  return setLocale(last);
}
