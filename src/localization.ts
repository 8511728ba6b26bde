/**
 * freelancer-widgets/localization.js — opt-in language setup.
 *
 * Importing this module configures @lit/localize (runtime mode, English
 * source, Indonesian strings bundled) and sets the language from the page:
 * the nearest `lang` of the first widget, else `<html lang>`. `id`, `id-ID`
 * and the legacy `in` mean Indonesian; anything else English. Later changes
 * to `<html lang>` switch the widgets already on the page. The CDN bundle
 * imports it; npm users import it only if their app does not configure
 * @lit/localize itself (it may be configured once per page).
 */
import { configureLocalization } from '@lit/localize';
import { normalizeLocale, type Locale } from './core/locale.js';
import { templates } from './generated/locales/id.js';

export type { Locale };

/* The Indonesian strings are a static import: a CDN file cannot load siblings by absolute path. */
const indonesian = Promise.resolve({ templates });

let controls: ReturnType<typeof configureLocalization> | undefined;
try {
  controls = configureLocalization({ sourceLocale: 'en', targetLocales: ['id'], loadLocale: () => indonesian });
} catch {
  // The host page configured @lit/localize already; it owns the language.
  console.warn('freelancer-widgets: @lit/localize is already configured on this page; its setLocale() controls the widgets language.');
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

/** Sets the language from the page now and again whenever `<html lang>` changes. */
export function followPageLanguage(root: Document = document): Promise<void> {
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => void setLocale(detectLocale(root)));
    observer.observe(root.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }
  return setLocale(detectLocale(root));
}

if (typeof document !== 'undefined') void followPageLanguage();
