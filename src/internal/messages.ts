import { msg, str } from '@lit/localize';
import type { Reason, NumberRule } from '../core/parse.js';
import { formatNumber } from '../core/format.js';
import type { Locale } from '../core/locale.js';

/*
 * Messages every widget shows (ids `x…`). Each widget's own messages live in
 * its `<tag>.messages.ts`.
 */

/**
 * The locale the widgets' strings are in right now, as a message: `en` in the
 * English source, `id` in the Indonesian catalogue. Reading it through `msg()`
 * ties number formats and parsing to exactly the catalogue the text comes
 * from, so another @lit/localize app on the page can never switch one without
 * the other (see locale-state.ts).
 */
export const localeMarker = () => msg('en', { id: 'x0' });

/** The reader-facing sentence for a number that cannot be used. */
export function reasonText(reason: Reason, rule: NumberRule, locale: Locale): string {
  switch (reason) {
    case 'empty':
      return msg('Enter a number.', { id: 'x1' });
    case 'not-a-number':
      return msg('This is not a number.', { id: 'x2' });
    case 'ambiguous':
      return msg('Write decimals with a point (0.35) and thousands with a comma (1,500).', { id: 'x3' });
    case 'negative':
      return msg('Must not be negative.', { id: 'x4' });
    case 'not-integer':
      return msg('Enter a whole number.', { id: 'x5' });
    case 'too-small': {
      const min = formatNumber(rule.min ?? 0, locale);
      return rule.minExclusive ? msg(str`Must be more than ${min}.`, { id: 'x6' }) : msg(str`Must be at least ${min}.`, { id: 'x7' });
    }
    case 'too-large':
      return msg(str`Must be at most ${formatNumber(rule.max ?? Number.MAX_SAFE_INTEGER, locale)}.`, { id: 'x8' });
  }
}

/** The one line a widget shows when settings of its page cannot be used; the console says which (diagnostics.ts). */
export const pageProblemsText = () =>
  msg('Some settings of this widget cannot be used, so defaults are shown. The browser console says which.', { id: 'x25' });

/** What a widget that could not be shown says in its place (widget-element.ts); the console says why. */
export const failedText = () => msg('This part of the page could not be shown in this browser.', { id: 'x24' });

/** Where a part shown on request stands while its code loads (internal/on-demand.ts). */
export const loadingText = () => msg('Loading…', { id: 'x26' });
/** …and when its code could not be loaded. */
export const partFailedText = () => msg('This part could not be loaded. Check the connection and reload the page.', { id: 'x27' });

/** The heading of a widget's source line. */
export const sourceLabel = () => msg('Source', { id: 'x13' });
