import { msg, str } from '@lit/localize';
import type { Reason, NumberRule } from '../core/parse.js';
import { formatNumber } from '../core/format.js';
import type { Locale } from '../core/locale.js';

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

/** "Attribute monthly-downloads: …" — for values set in the page's HTML rather than typed. */
export function attributeText(attribute: string, text: string): string {
  return msg(str`The ${attribute} setting is not usable: ${text} The default is used.`, { id: 'x9' });
}
