import { normalizeLocale, type Locale } from '../core/locale.js';
import { localeMarker } from './messages.js';

/**
 * The locale the widgets format numbers and read input in: the locale their
 * text is in, read through `msg()` (messages.ts, `localeMarker`). One source
 * of truth for text, parsing and formatting alike.
 *
 * Whoever configures @lit/localize decides it: our CDN entry or
 * localization.js, or a host app that configures it itself (and loads our
 * catalogue). An app with its own copy of @lit/localize on the same page
 * switches its own copy only: its `lit-localize-status` events no longer
 * change how our widgets read "0,5" while their words stay Indonesian.
 * Unconfigured, it is English, matching the English source strings.
 */
export function activeLocale(): Locale {
  return normalizeLocale(localeMarker());
}
