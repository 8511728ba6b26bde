import { dec, div, max, percentOf, times, toCents, type Dec } from './decimal.js';
import type { Tier } from './royalty-tables.js';

/*
 * Shutterstock royalties, modelled like tax brackets: the n-th download of
 * the calendar year earns max(price × rate(level of n), minimum), where the
 * level of n is the one whose range holds n. A month that crosses a threshold
 * is split; earlier downloads are never repriced; counts restart on 1 January.
 */

export interface RoyaltyInput {
  tiers: readonly Tier[];
  /** Average price the buyer paid per license, USD. */
  price: number;
  /** Floor per download, USD. */
  minimum: number;
  monthlyDownloads: number;
  /** Downloads already made this calendar year before `startMonth` (or, when counts never reset, ever). */
  downloadsToDate: number;
  /** 1 = January … 12 = December; the projection runs to December. */
  startMonth: number;
  /**
   * Whether the count starts again at 0 every 1 January (Shutterstock's levels: the default). An agency
   * whose floors step up by lifetime licences never resets (agencies.ts).
   */
  countsReset?: boolean;
}

export interface MonthProjection {
  month: number;
  downloads: number;
  /** Level (1-based) reached at the end of the month. */
  level: number;
  earnings: Dec;
  /** Earnings from `startMonth` to the end of this month. */
  cumulative: Dec;
  /** Download count of the year at the end of the month. */
  yearDownloads: number;
}

export interface RoyaltyProjection {
  /** Level (1-based) holding `downloadsToDate`, i.e. where the reader stands now. */
  levelNow: number;
  percentNow: number;
  /** What one download earns at `levelNow`. */
  perDownloadNow: Dec;
  /** Downloads still needed to reach the next level; `null` at the top level. */
  toNextLevel: number | null;
  months: MonthProjection[];
  /** Level at the end of December. */
  level: number;
  percent: number;
  /** What one download earns at `level`. */
  perDownload: Dec;
  yearTotal: Dec;
  yearDownloads: number;
  /** Earnings as a percent of what buyers paid for the projected downloads. */
  effectivePercent: Dec;
  /** True when `startMonth` is January: last year's count does not carry over. */
  resetInJanuary: boolean;
}

/** The 1-based level whose range holds the `count`-th download (0 counts as the first level). */
export function levelFor(tiers: readonly Tier[], count: number): number {
  let level = 1;
  for (let i = 1; i < tiers.length; i++) if (count >= tiers[i].from) level = i + 1;
  return level;
}

/** What one download earns at a level: max(price × rate, minimum), the level's own minimum where it has one. */
export function perDownloadAt(tiers: readonly Tier[], level: number, price: Dec, minimum: Dec): Dec {
  const tier = tiers[level - 1];
  return max(percentOf(price, dec(tier.percent)), tier.minimum === undefined ? minimum : dec(tier.minimum));
}

/**
 * Earnings of the `first`-th through `last`-th downloads of a year (1-based,
 * inclusive), split at every threshold crossed.
 */
export function earningsForRange(tiers: readonly Tier[], first: number, last: number, price: Dec, minimum: Dec): Dec {
  let total = 0n;
  if (last < first) return total;
  for (let i = 0; i < tiers.length; i++) {
    const lo = Math.max(first, tiers[i].from);
    const hi = Math.min(last, i + 1 < tiers.length ? tiers[i + 1].from - 1 : Infinity);
    if (hi >= lo) total += times(perDownloadAt(tiers, i + 1, price, minimum), hi - lo + 1);
  }
  return total;
}

/** Projects the year from `startMonth` to December. Inputs must be validated (whole, non-negative). */
export function projectYear(input: RoyaltyInput): RoyaltyProjection {
  const { tiers, monthlyDownloads } = input;
  const price = dec(input.price);
  const minimum = dec(input.minimum);
  const startMonth = Math.min(12, Math.max(1, Math.trunc(input.startMonth)));
  const resetInJanuary = startMonth === 1 && input.countsReset !== false;
  const toDate = resetInJanuary ? 0 : input.downloadsToDate;

  const months: MonthProjection[] = [];
  let count = toDate;
  let yearTotal = 0n;
  for (let month = startMonth; month <= 12; month++) {
    const earnings = earningsForRange(tiers, count + 1, count + monthlyDownloads, price, minimum);
    count += monthlyDownloads;
    yearTotal += earnings;
    months.push({
      month,
      downloads: monthlyDownloads,
      level: levelFor(tiers, count),
      earnings,
      cumulative: yearTotal,
      yearDownloads: count,
    });
  }

  const levelNow = levelFor(tiers, toDate);
  const level = levelFor(tiers, count);
  const projectedDownloads = count - toDate;
  const paid = times(price, projectedDownloads);
  return {
    levelNow,
    percentNow: tiers[levelNow - 1].percent,
    perDownloadNow: perDownloadAt(tiers, levelNow, price, minimum),
    toNextLevel: levelNow < tiers.length ? tiers[levelNow].from - toDate : null,
    months,
    level,
    percent: tiers[level - 1].percent,
    perDownload: perDownloadAt(tiers, level, price, minimum),
    yearTotal,
    yearDownloads: count,
    effectivePercent: paid === 0n ? 0n : div(yearTotal * 100n, paid),
    resetInJanuary,
  };
}

/** A month as a reader sees it: whole cents that add up. */
export interface RoundedMonth {
  month: number;
  /** The month's share of the rounded total: this month's rounded running total less last month's. */
  earningsCents: bigint;
  /** The running total rounded to cents, once. */
  cumulativeCents: bigint;
}

/**
 * The months in whole cents such that the column sums to the total shown.
 * Rounding each month on its own can disagree with the rounded total: three
 * months of $2.004 show $2.00 each, $6.00 in all, while the year's $6.012 shows
 * as $6.01. Instead each running total is rounded once and a month shows the
 * difference, so the rows and the total agree exactly.
 */
export function roundedMonths(p: RoyaltyProjection): RoundedMonth[] {
  let previous = 0n;
  return p.months.map((m) => {
    const cumulativeCents = toCents(m.cumulative);
    const row = { month: m.month, earningsCents: cumulativeCents - previous, cumulativeCents };
    previous = cumulativeCents;
    return row;
  });
}
