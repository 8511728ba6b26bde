import { centsToString, dec, percentOf, toCents, type Dec } from './decimal.js';
import type { Media } from './royalty-tables.js';
import { NO_TREATY_PERCENT, TREATY_CHANGES, TREATY_RATES, type TreatyChange } from './treaty-rates.js';

/*
 * US withholding on a non-US contributor's royalties (W-8BEN). Only sales to
 * US buyers are US-source and withheld. With a TIN on the W-8BEN (the NPWP for
 * an Indonesian) the treaty rate applies; without one, 30%.
 */

export interface TreatyRate {
  country: string;
  /** Treaty rate in percent with a TIN. */
  percent: number;
  hasTreaty: boolean;
  /** The later change applied on top of the 2019 table, if any. */
  change?: TreatyChange;
}

/** Today's date as `YYYY-MM-DD`, the default day rates are looked up for. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The treaty rate for a country, media column and day (ISO date). Unknown countries: no treaty, 30%. */
export function treatyRate(country: string, media: Media = 'image', on: string = today()): TreatyRate {
  const code = String(country).toUpperCase();
  const row = TREATY_RATES[code];
  const change = TREATY_CHANGES.filter((c) => c.country === code && c.from <= on).sort((a, b) => (a.from < b.from ? 1 : -1))[0];
  if (change) {
    const percent = media === 'video' ? (change.film ?? change.percent) : change.percent;
    return {
      country: code,
      percent,
      hasTreaty: percent < NO_TREATY_PERCENT,
      change,
    };
  }
  if (!row) return { country: code, percent: NO_TREATY_PERCENT, hasTreaty: false };
  const percent = media === 'video' ? (row[1] ?? NO_TREATY_PERCENT) : row[0];
  return { country: code, percent, hasTreaty: true };
}

export interface WithholdingInput {
  /** Royalties before withholding, USD. */
  gross: number;
  country: string;
  media?: Media;
  /** Percent of sales made to US buyers (0–100). */
  usShare?: number;
  /** Day the rates are looked up for (ISO date); today by default. */
  on?: string;
}

export interface WithholdingRow {
  percent: number;
  /** Amounts in whole cents: withheld + net = gross exactly. */
  withheld: bigint;
  net: bigint;
}

export interface Withholding {
  country: string;
  media: Media;
  treaty: TreatyRate;
  /** Gross and its US-source part, in whole cents. */
  gross: bigint;
  usSource: bigint;
  withTin: WithholdingRow;
  withoutTin: WithholdingRow;
  /** How much more is kept with a TIN, in cents. */
  difference: bigint;
}

function row(gross: bigint, usSource: bigint, percent: number): WithholdingRow {
  // The payer withholds whole cents; the net is what is left, so the two always add up.
  const withheld = toCents(percentOf(usSource * 10n ** 8n, dec(percent)));
  return { percent, withheld, net: gross - withheld };
}

/** Withholding with and without a TIN. Inputs must be validated (finite, non-negative, share 0–100). */
export function withholding(input: WithholdingInput): Withholding {
  const media = input.media ?? 'image';
  const treaty = treatyRate(input.country, media, input.on);
  const gross = toCents(dec(input.gross));
  const usSource = toCents(percentOf(gross * 10n ** 8n, dec(input.usShare ?? 100)));
  const withTin = row(gross, usSource, treaty.percent);
  const withoutTin = row(gross, usSource, NO_TREATY_PERCENT);
  return {
    country: treaty.country,
    media,
    treaty,
    gross,
    usSource,
    withTin,
    withoutTin,
    difference: withTin.net - withoutTin.net,
  };
}

const usd = (cents: bigint): number => Number(centsToString(cents));

/** The numbers of a result as the `withholding-change` event detail carries them (USD, rates as fractions). */
export function withholdingDetail(w: Withholding) {
  return {
    country: w.country,
    rateWithTin: w.withTin.percent / 100,
    rateWithoutTin: w.withoutTin.percent / 100,
    withheldWithTin: usd(w.withTin.withheld),
    withheldWithoutTin: usd(w.withoutTin.withheld),
    netWithTin: usd(w.withTin.net),
    netWithoutTin: usd(w.withoutTin.net),
  };
}

/** Cents back to an exact `Dec`, for formatting. */
export function centsToDec(cents: bigint): Dec {
  return dec(centsToString(cents));
}
