import type { Locale } from './locale.js';

/**
 * Why a value cannot be used. Widgets turn each reason into a localized
 * message next to the field; the core never throws and never returns NaN.
 */
export type Reason = 'empty' | 'not-a-number' | 'ambiguous' | 'negative' | 'not-integer' | 'too-small' | 'too-large';

export type Parsed = { ok: true; value: number } | { ok: false; reason: Reason };

/** What a field accepts. Bounds are inclusive unless `minExclusive`. */
export interface NumberRule {
  min?: number;
  max?: number;
  minExclusive?: boolean;
  integer?: boolean;
}

/*
 * 15 significant digits is what a double holds exactly; more than that in
 * what a person typed is a typo or a paste, not a real amount.
 */
const MAX_DIGITS = 15;
const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

const fail = (reason: Reason): Parsed => ({ ok: false, reason });

/** Applies a rule's sign, integer and range checks to a number already read. */
export function checkRule(value: number, rule: NumberRule = {}): Parsed {
  if (!Number.isFinite(value)) return fail(value < 0 && (rule.min ?? 0) >= 0 ? 'negative' : 'too-large');
  if (value < 0 && (rule.min === undefined || rule.min >= 0)) return fail('negative');
  if (rule.integer && !Number.isInteger(value)) return fail('not-integer');
  if (rule.min !== undefined && (rule.minExclusive ? value <= rule.min : value < rule.min)) return fail('too-small');
  if (rule.max !== undefined && value > rule.max) return fail('too-large');
  return { ok: true, value: value === 0 ? 0 : value }; // no -0 shown to a reader
}

/**
 * Reads an attribute or property value: plain HTML/JS number syntax only
 * (`0.35`, `2500`, `1e3`), whatever the page's language. Numbers pass through.
 */
export function parseAttrNumber(raw: unknown, rule: NumberRule = {}): Parsed {
  if (typeof raw === 'number') return Number.isNaN(raw) ? fail('not-a-number') : checkRule(raw, rule);
  if (typeof raw !== 'string') return fail(raw === null || raw === undefined ? 'empty' : 'not-a-number');
  const text = raw.trim();
  if (text === '') return fail('empty');
  if (!PLAIN_NUMBER.test(text)) return fail('not-a-number');
  return checkRule(Number(text), rule);
}

const SEPARATORS: Record<Locale, { group: string; decimal: string }> = {
  en: { group: ',', decimal: '.' },
  id: { group: '.', decimal: ',' },
};
const OTHER: Record<Locale, Locale> = { en: 'id', id: 'en' };

/* Currency signs and units a reader may type around the number: "Rp16.250", "US$ 1,5", "30%". */
const AFFIX_BEFORE = /^(?:rp\.?|idr|usd|us\$|\$)\s*/i;
const AFFIX_AFTER = /\s*(?:%|idr|usd|rupiah|dollars?)$/i;

function escape(ch: string): string {
  return ch === '.' ? '\\.' : ch;
}

/** Reads digits written with the given separators; `undefined` when they don't fit. */
function readWithSeparators(body: string, locale: Locale): number | undefined {
  const { group, decimal } = SEPARATORS[locale];
  const g = escape(group);
  const d = escape(decimal);
  // Whole part: plain digits, or 1–3 digits then groups of exactly three ("1.500.000").
  const pattern = new RegExp(`^(?:(\\d{1,3}(?:${g}\\d{3})+|\\d+)(?:${d}(\\d+))?|${d}(\\d+))$`);
  const m = pattern.exec(body);
  if (!m) return undefined;
  const whole = (m[1] ?? '0').split(group).join('');
  const fraction = m[2] ?? m[3] ?? '';
  if ((whole + fraction).replace(/^0+/, '').length > MAX_DIGITS) return Infinity;
  return Number(fraction ? `${whole}.${fraction}` : whole);
}

/**
 * Reads what a person typed, in their language: Indonesian `0,35`, `1.500`
 * (= 1500), `Rp16.250`, `16.250,5`; English `0.35`, `1,500.25`. Input that
 * only makes sense in the other language's convention (Indonesian `0.35`,
 * English `1,5`), or that reads differently in each (`1,500`, `1.500` as a
 * decimal) is `ambiguous`: the reader gets a hint, never a guess.
 */
export function parseTypedNumber(raw: string, locale: Locale, rule: NumberRule = {}): Parsed {
  let text = String(raw ?? '')
    .trim()
    .replace(/\u00a0|\u202f/g, ' ');
  if (text === '') return fail('empty');
  let negative = false;
  if (/^[-\u2212]/.test(text)) {
    negative = true;
    text = text.slice(1).trim();
  } else if (text.startsWith('+')) {
    text = text.slice(1).trim();
  }
  text = text.replace(AFFIX_BEFORE, '').replace(AFFIX_AFTER, '');
  if (/^[-\u2212]/.test(text) && !negative) {
    negative = true; // "Rp -5"
    text = text.slice(1).trim();
  }
  if (text === '') return fail('not-a-number');
  // "1,500" (id) or "1.500" (en): a decimal mark before exactly three digits is
  // how the other language groups thousands, so one reading would be a guess.
  if (new RegExp(`^[1-9]\\d{0,2}${escape(SEPARATORS[locale].decimal)}\\d{3}$`).test(text)) return fail('ambiguous');
  const value = readWithSeparators(text, locale);
  if (value === undefined) {
    return fail(readWithSeparators(text, OTHER[locale]) === undefined ? 'not-a-number' : 'ambiguous');
  }
  return checkRule(negative ? -value : value, rule);
}
