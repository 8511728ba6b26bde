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

/**
 * The internal event a widget fires (bubbling, composed) when it joins a page:
 * the page's language watcher (localize-setup.ts) then looks at the `lang`
 * around it. An event, not a shared module, so it works across separately
 * loaded CDN files; not part of the public API.
 */
export const WIDGET_CONNECTED = 'fw-connected';

/** Tells the page's language watcher, if there is one, that `widget` has joined the page. */
export function announceWidget(widget: Element): void {
  widget.dispatchEvent(new Event(WIDGET_CONNECTED, { bubbles: true, composed: true }));
}
