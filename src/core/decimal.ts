/**
 * Exact decimal arithmetic for money. A `Dec` is a bigint count of 10^-10
 * dollars: ten decimal places hold every price × percent product we compute
 * (prices to 6 places × rates to 4 places) without rounding, so sums of
 * thousands of items never drift. Rounding happens once, for display
 * (`toCents`), never in between.
 */
export type Dec = bigint;

const SCALE = 10;
const ONE = 10n ** BigInt(SCALE);
const PLAIN = /^([+-])?(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

/**
 * Converts a finite number or plain decimal string to a `Dec`. Numbers go
 * through their shortest string form, so `0.1` is exactly one tenth.
 * Digits beyond the tenth place are rounded half away from zero; anything that
 * is not a finite plain number gives 0 (callers validate first — see parse.ts).
 */
export function dec(value: number | string | bigint): Dec {
  if (typeof value === 'bigint') return value * ONE;
  if (typeof value === 'number' && !Number.isFinite(value)) return 0n;
  const match = PLAIN.exec(String(value).trim());
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) return 0n;
  const [, sign, whole, fraction = '', exponent = '0'] = match;
  const exp = Number(exponent);
  if (!Number.isSafeInteger(exp) || Math.abs(exp) > 400) return 0n;
  const digits = BigInt((whole || '0') + fraction || '0');
  const shift = SCALE + exp - fraction.length;
  const magnitude = shift >= 0 ? digits * 10n ** BigInt(shift) : divRound(digits, 10n ** BigInt(-shift));
  return sign === '-' ? -magnitude : magnitude;
}

/** Integer division rounding half away from zero (the way people round money). */
export function divRound(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const q = (n + d / 2n) / d;
  return negative ? -q : q;
}

/** `a × b` for two `Dec`s. */
export function mul(a: Dec, b: Dec): Dec {
  return divRound(a * b, ONE);
}

/** `amount × percent / 100`, e.g. `percentOf(dec(1), dec(15))` is $0.15. */
export function percentOf(amount: Dec, percent: Dec): Dec {
  return divRound(amount * percent, ONE * 100n);
}

/** `a / b` rounded to the tenth decimal place; 0 when `b` is 0. */
export function div(a: Dec, b: Dec): Dec {
  return b === 0n ? 0n : divRound(a * ONE, b);
}

/** `amount × count` for a whole number of items. */
export function times(amount: Dec, count: number): Dec {
  return amount * BigInt(Math.trunc(count));
}

export function max(a: Dec, b: Dec): Dec {
  return a > b ? a : b;
}

/** Rounds to whole cents (half away from zero), the one rounding a reader sees. */
export function toCents(amount: Dec): bigint {
  return divRound(amount, ONE / 100n);
}

/** Rounds to a whole number of units (e.g. Rupiah). */
export function toWhole(amount: Dec): bigint {
  return divRound(amount, ONE);
}

/** The exact value as a plain decimal string without trailing zeros ("0.225", "-3", "1500.5"). */
export function decToString(amount: Dec): string {
  const negative = amount < 0n;
  const digits = (negative ? -amount : amount).toString().padStart(SCALE + 1, '0');
  const whole = digits.slice(0, -SCALE);
  const fraction = digits.slice(-SCALE).replace(/0+$/, '');
  return (negative ? '-' : '') + whole + (fraction ? `.${fraction}` : '');
}

/** A `Dec` as a JS number for event details and properties (the nearest double to the exact value). */
export function decToNumber(amount: Dec): number {
  return Number(decToString(amount));
}

/** Whole cents as a plain decimal string with two places, e.g. 3n → "0.03", -1050n → "-10.50". */
export function centsToString(cents: bigint): string {
  const negative = cents < 0n;
  const digits = (negative ? -cents : cents).toString().padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}
