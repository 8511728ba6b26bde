import { msg, str } from '@lit/localize';
import type { Reason, NumberRule } from '../core/parse.js';
import { formatNumber } from '../core/format.js';
import { cutText } from '../core/keywords.js';
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

/* A value quoted back to the blogger is cut: a 1 MB attribute must not fill the page. */
const QUOTE_LENGTH = 40;

/** A page value as quoted in a notice: strings only (cut at 40 characters), never `[object …]`, `NaN` or a symbol. */
export function quote(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const text = raw.replace(/\s+/g, ' ').trim();
  const cut = cutText(text, QUOTE_LENGTH);
  return cut.length < text.length ? `${cut}…` : cut;
}

/** "The media setting "film" is not usable: Use image or video. The default is used." */
export function settingNotice(attribute: string, raw: unknown, problem: string): string {
  const given = quote(raw);
  return given === undefined
    ? msg(str`The ${attribute} setting is not usable: ${problem} The default is used.`, { id: 'x9' })
    : msg(str`The ${attribute} setting “${given}” is not usable: ${problem} The default is used.`, { id: 'x10' });
}

/** For a text setting given something other than text (an object, a number, a symbol). */
export const notTextText = () => msg('Write it as text.', { id: 'x11' });

/** For any setting that is one of a few words (`media`, `theme`, `sort` …): the words, as the page writes them. */
export const useOneOf = (options: readonly string[]) => msg(str`Use one of: ${options.join(', ')}.`, { id: 'x23' });

/** What a widget that could not be shown says in its place (widget-element.ts); the console says why. */
export const failedText = () => msg('This calculator could not be shown in this browser.', { id: 'x24' });

/** The heading of a widget's source line. */
export const sourceLabel = () => msg('Source', { id: 'x13' });
