import { configureLocalization } from '@lit/localize';
import { normalizeLocale, type Locale } from '../core/locale.js';

/** Indonesian strings, keyed by message id (see src/generated/locales). */
export type Templates = Record<string, unknown>;

let controls: ReturnType<typeof configureLocalization> | undefined;

/**
 * Configures @lit/localize once (runtime mode, English source) with the
 * Indonesian strings given: all of them for the full bundle, one widget's for
 * a single-widget CDN file. If the host page configured @lit/localize first,
 * its setLocale() controls the widgets and this warns instead of throwing.
 */
export function setupLocalization(templates: Templates): void {
  if (controls) return;
  const indonesian = Promise.resolve({ templates: templates as never });
  try {
    controls = configureLocalization({ sourceLocale: 'en', targetLocales: ['id'], loadLocale: () => indonesian });
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
