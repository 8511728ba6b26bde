import { configureLocalization } from '@lit/localize';
import { normalizeLocale, type Locale } from '../core/locale.js';

/** Indonesian strings, keyed by message id (see src/generated/locales). */
export type Templates = Record<string, unknown>;

let controls: ReturnType<typeof configureLocalization> | undefined;
let configured = false;
/* One object for all the Indonesian strings given so far: @lit/localize keeps a reference to it, so the
   strings of a widget whose localization module is imported later are found too. */
const indonesian: Templates = {};

/**
 * Adds Indonesian strings and configures @lit/localize the first time (runtime mode, English source):
 * all the strings for the full bundle, one widget's (and the shared ones) for a per-widget entry. If the
 * host page configured @lit/localize first, its setLocale() controls the widgets and this warns once
 * instead of throwing.
 */
export function setupLocalization(templates: Templates): void {
  Object.assign(indonesian, templates);
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

const WIDGET_TAGS = 'royalty-tier-calc, tax-withholding-table, fiverr-level-meter, tag-cloud';

/** The page's language as the widgets read it: the nearest `lang` of the first widget, else `<html lang>`. */
export function detectLocale(root: Document = document): Locale {
  const first = root.querySelector(WIDGET_TAGS);
  const holder = first?.closest('[lang]') ?? root.documentElement;
  return normalizeLocale(holder.getAttribute('lang'));
}

let observer: MutationObserver | undefined;

/** Sets the language from the page now, and again whenever `<html lang>` changes. */
export function followPageLanguage(root: Document = document): Promise<void> {
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => void setLocale(detectLocale(root)));
    observer.observe(root.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }
  return setLocale(detectLocale(root));
}
