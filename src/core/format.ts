import { centsToString, dec, decToString, divRound, mul, toCents, toWhole, type Dec } from './decimal.js';
import { INTL_TAG, type Locale } from './locale.js';

/*
 * Display formatting. Amounts arrive exact (`Dec`) and are rounded once, here,
 * then handed to Intl.NumberFormat as decimal strings, which it formats exactly
 * (no float in between). Each formatter is built the first time it is used and
 * kept: building one costs far more than using it (the first one of a locale
 * loads its data), and calculators re-render on every keystroke.
 */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(`n${locale}${JSON.stringify(options)}`, () => new Intl.NumberFormat(INTL_TAG[locale], options));
}

// Intl accepts exact decimal strings at run time (ES2023); TypeScript's lib types lag behind.
type Exact = number & string;
const exact = (s: string) => s as Exact;

/* A price × rate has at most six decimals in practice ($1.75 × 15% = $0.2625); more are rounded. */
const EXACT_DIGITS = 6;

/*
 * Few formatters, each built once: the first one of a locale costs several
 * milliseconds (npm run bench), so dollars rounded to cents and exact dollars
 * share one (at least two decimals, up to six: cents are given with two), and
 * counts, rates and percentages share another.
 */
const usd = (locale: Locale) =>
  numberFormat(locale, { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: EXACT_DIGITS });
const plain = (locale: Locale) => numberFormat(locale, { maximumFractionDigits: EXACT_DIGITS });

/** US dollars with cents: "$1,234.50" (en) or "US$1.234,50" (id). */
export function formatUsd(amount: Dec, locale: Locale): string {
  return formatCents(toCents(amount), locale);
}

/** Whole cents as dollars: the figure a reader sees, already rounded once. */
export function formatCents(cents: bigint, locale: Locale): string {
  return usd(locale).format(exact(centsToString(cents)));
}

/**
 * A small amount with the precision it needs, never rounded to cents: a
 * per-download royalty of $0.175 shows "$0.175", not "$0.18", so it agrees
 * with the totals computed from it.
 */
export function formatUsdExact(amount: Dec, locale: Locale): string {
  return usd(locale).format(exact(decToString(amount)));
}

/** A dollar amount in Rupiah without decimals: "Rp 16.250" (id) or "IDR 16,250" (en); `usd × usdIdr` rounded once, to whole Rupiah. */
export function formatIdr(usd: Dec, usdIdr: number, locale: Locale): string {
  const rupiah = mul(usd, dec(usdIdr));
  return numberFormat(locale, {
    style: 'currency',
    currency: 'IDR',
    minimumFractionDigits: 0,
    maximumFractionDigits: 0,
  }).format(exact(toWhole(rupiah).toString()));
}

/**
 * A percentage given in percent units, to one decimal: `formatPercent(dec(27.5), 'id')` → "27,5%".
 * Both locales write the sign right after the number, as Intl's percent style does.
 */
export function formatPercent(percent: Dec, locale: Locale): string {
  const tenths = divRound(percent, 1_000_000_000n); // Dec has ten decimals: this keeps one
  return `${plain(locale).format(exact(decToString(tenths * 1_000_000_000n)))}%`;
}

/** A count or plain number with the locale's grouping, to at most `maximumFractionDigits` decimals: 1500 → "1,500" / "1.500". */
export function formatNumber(value: number, locale: Locale, maximumFractionDigits = EXACT_DIGITS): string {
  const rounded = maximumFractionDigits < EXACT_DIGITS ? Number(value.toFixed(maximumFractionDigits)) : value;
  return plain(locale).format(rounded);
}

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(`d${locale}${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(INTL_TAG[locale], { ...options, timeZone: 'UTC' }));
}

/** A month's name in the locale: `monthName(3, 'id')` → "Maret", `monthName(3, 'en', 'short')` → "Mar". */
export function monthName(month: number, locale: Locale, width: 'long' | 'short' = 'long'): string {
  return dateFormat(locale, { month: width }).format(Date.UTC(2024, Math.min(12, Math.max(1, month)) - 1, 15));
}

/**
 * A source date in the locale: `2020-06-01` → "1 June 2020" / "1 Juni 2020";
 * `2019-02` (a month only) → "February 2019" / "Februari 2019".
 */
export function formatDate(iso: string, locale: Locale): string {
  const [year, month = 1, day] = iso.split('-').map(Number);
  const options: Intl.DateTimeFormatOptions = day ? { day: 'numeric', month: 'long', year: 'numeric' } : { month: 'long', year: 'numeric' };
  return dateFormat(locale, options).format(Date.UTC(year, month - 1, day ?? 1));
}

/**
 * A country's name in the reader's language, from its ISO code: `countryName('US', 'id')` → "Amerika Serikat".
 * A browser without `Intl.DisplayNames` (Safari before 14.1) shows the code ("US"): a table still reads.
 */
export function countryName(code: string, locale: Locale): string {
  let names = regionNames.get(locale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([INTL_TAG[locale]], { type: 'region', fallback: 'code' });
    } catch {
      names = null;
    }
    regionNames.set(locale, names);
  }
  return names?.of(code) ?? code;
}
const regionNames = new Map<Locale, Intl.DisplayNames | null>();
