import { LOCALE_STATUS_EVENT, type LocaleStatusEventDetail } from '@lit/localize';
import { normalizeLocale, type Locale } from '../core/locale.js';

/*
 * The locale the widgets format numbers and read input in. It follows
 * @lit/localize: whoever configures it (our localization.js, the CDN entry or
 * the host app) announces each switch with a `lit-localize-status` event, and
 * the strings and the number formats change together. Unconfigured, it is
 * English, matching `msg()`'s English source strings.
 */
let active: Locale = 'en';

if (typeof window !== 'undefined') {
  window.addEventListener(LOCALE_STATUS_EVENT, (event) => {
    const detail = (event as CustomEvent<LocaleStatusEventDetail>).detail;
    if (detail.status === 'ready') active = normalizeLocale(detail.readyLocale);
  });
}

export function activeLocale(): Locale {
  return active;
}
