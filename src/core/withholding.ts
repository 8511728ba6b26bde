import { centsToString, dec, percentOf, toCents } from './decimal.js';
import type { Media } from './royalty-tables.js';
import {
  BACKUP_WITHHOLDING_PERCENT,
  NO_TREATY_PERCENT,
  TREATY_CHANGES,
  TREATY_RATES,
  US_PERSON_COUNTRIES,
  type TreatyChange,
} from './treaty-rates.js';

/*
 * US withholding on a non-US contributor's royalties (W-8BEN). Only sales to
 * US buyers are US-source and withheld. With a TIN on the W-8BEN (the NPWP for
 * an Indonesian) the treaty rate applies; without one, 30%. A US person (a US
 * citizen or US resident wherever they live) gives a W-9 instead: nothing
 * withheld with a TIN, 24% backup withholding without. Status decides, not
 * the country of residence: living in a US territory does not by itself make
 * one a US person.
 * docs/sources.md, "US withholding".
 */

/** The tax form a contributor gives the agency. */
export type TaxForm = 'W-8BEN' | 'W-9';

export interface TreatyRate {
  country: string;
  /** Treaty rate in percent with a TIN. */
  percent: number;
  hasTreaty: boolean;
  /**
   * `false` when the treaty table gives no rate for this income (film & TV
   * for Egypt, Greece, Norway, Pakistan, Switzerland, Trinidad & Tobago):
   * 30% applies unless the agency applies another article of the treaty.
   */
  listed: boolean;
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
    return { country: code, percent, hasTreaty: percent < NO_TREATY_PERCENT, listed: true, change };
  }
  if (!row) return { country: code, percent: NO_TREATY_PERCENT, hasTreaty: false, listed: true };
  const rate = media === 'video' ? row[1] : row[0];
  return { country: code, percent: rate ?? NO_TREATY_PERCENT, hasTreaty: true, listed: rate !== null };
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
  /** A US citizen or US resident: a W-9 whatever the country of residence. */
  usPerson?: boolean;
}

export interface WithholdingRow {
  percent: number;
  /** Amounts in whole cents: withheld + net = gross exactly. */
  withheld: bigint;
  net: bigint;
}

export interface Withholding {
  country: string;
  /** `W-9` for US persons (by status, or by living in the United States): no treaty table applies. */
  form: TaxForm;
  /** Whether the reader said they are a US citizen or US resident. */
  usPerson: boolean;
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
  const form: TaxForm = input.usPerson || US_PERSON_COUNTRIES.includes(treaty.country) ? 'W-9' : 'W-8BEN';
  const gross = toCents(dec(input.gross));
  const usSource = toCents(percentOf(gross * 10n ** 8n, dec(input.usShare ?? 100)));
  const withTin = row(gross, usSource, form === 'W-9' ? 0 : treaty.percent);
  const withoutTin = row(gross, usSource, form === 'W-9' ? BACKUP_WITHHOLDING_PERCENT : NO_TREATY_PERCENT);
  return {
    country: treaty.country,
    form,
    usPerson: Boolean(input.usPerson),
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

/** The `withholding-change` event detail and `<tax-withholding-table>.result`: USD as numbers, rates as fractions. */
export interface WithholdingResult {
  country: string;
  /** `W-8BEN`, or `W-9` for US persons (then "without TIN" is 24% backup withholding). */
  form: TaxForm;
  rateWithTin: number;
  rateWithoutTin: number;
  withheldWithTin: number;
  withheldWithoutTin: number;
  netWithTin: number;
  netWithoutTin: number;
}

/** The numbers of a result as the `withholding-change` event detail carries them. */
export function withholdingDetail(w: Withholding): WithholdingResult {
  return {
    country: w.country,
    form: w.form,
    rateWithTin: w.withTin.percent / 100,
    rateWithoutTin: w.withoutTin.percent / 100,
    withheldWithTin: usd(w.withTin.withheld),
    withheldWithoutTin: usd(w.withoutTin.withheld),
    netWithTin: usd(w.withTin.net),
    netWithoutTin: usd(w.withoutTin.net),
  };
}
