import { centsToString, dec, decToString, divRound, mul, toCents, toWhole, type Dec } from './decimal.js';
import { INTL_TAG, type Locale } from './locale.js';

/*
 * Display formatting. Amounts arrive exact (`Dec`) and are rounded once, here,
 * then handed to Intl.NumberFormat as decimal strings, which it formats exactly
 * (no float in between). Formatters are cached: creating one costs far more
 * than using it, and calculators re-render on every keystroke.
 */
const cache = new Map<string, Intl.NumberFormat>();

function formatter(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = locale + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(INTL_TAG[locale], options);
    cache.set(key, f);
  }
  return f;
}

// Intl accepts exact decimal strings at run time (ES2023); TypeScript's lib types lag behind.
type Exact = number & string;
const exact = (s: string) => s as Exact;

/** US dollars with cents: "$1,234.50" (en) or "US$1.234,50" (id). */
export function formatUsd(amount: Dec, locale: Locale): string {
  return formatter(locale, { style: 'currency', currency: 'USD' }).format(exact(centsToString(toCents(amount))));
}

/** A dollar amount in Rupiah without decimals: "Rp 16.250" (id) or "IDR 16,250" (en); `usd × usdIdr` rounded once, to whole Rupiah. */
export function formatIdr(usd: Dec, usdIdr: number, locale: Locale): string {
  const rupiah = mul(usd, dec(usdIdr));
  return formatter(locale, {
    style: 'currency',
    currency: 'IDR',
    minimumFractionDigits: 0,
    maximumFractionDigits: 0,
  }).format(exact(toWhole(rupiah).toString()));
}

/** A percentage given in percent units: `formatPercent(dec(27.5), 'id')` → "27,5%". */
export function formatPercent(percent: Dec, locale: Locale, maximumFractionDigits = 1): string {
  return formatter(locale, { style: 'percent', maximumFractionDigits }).format(exact(decToString(divRound(percent, 100n))));
}

/** A count or plain number with the locale's grouping: 1500 → "1,500" / "1.500". */
export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 6): string {
  return formatter(locale, { maximumFractionDigits }).format(value);
}

/** A month's name in the locale: `monthName(3, 'id')` → "Maret", `monthName(3, 'en', 'short')` → "Mar". */
export function monthName(month: number, locale: Locale, width: 'long' | 'short' = 'long'): string {
  const key = `${locale}|${width}`;
  let f = monthCache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(INTL_TAG[locale], {
      month: width,
      timeZone: 'UTC',
    });
    monthCache.set(key, f);
  }
  return f.format(Date.UTC(2024, Math.min(12, Math.max(1, month)) - 1, 15));
}
const monthCache = new Map<string, Intl.DateTimeFormat>();
