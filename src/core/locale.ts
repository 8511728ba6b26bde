/**
 * The two languages the widgets speak. Everything in `core` that formats or
 * parses takes one of these explicitly, so the core never looks at the DOM.
 */
export type Locale = 'en' | 'id';

/** The BCP 47 tag handed to `Intl` for each locale (Rupiah and dollar formats differ). */
export const INTL_TAG: Record<Locale, string> = { en: 'en-US', id: 'id-ID' };

/**
 * Maps any language tag to a widget locale: `id`, `id-ID` and the legacy
 * `in` (still seen in Blogger templates' `<html lang>`) are Indonesian, anything else English.
 */
export function normalizeLocale(tag: string | null | undefined): Locale {
  const primary = String(tag ?? '')
    .trim()
    .toLowerCase()
    .split(/[-_]/)[0];
  return primary === 'id' || primary === 'in' ? 'id' : 'en';
}
