import { decToNumber, type Dec } from './decimal.js';
import type { AgencyId } from './agencies.js';
import type { RoyaltyProjection } from './royalty.js';

/*
 * What `<royalty-tier-calc>` hands a page (its `royalty-change` detail and
 * `result`): the projection's numbers, and the comparison with another
 * agency, as plain numbers (exact, not rounded). Apart from royalty.ts and
 * agencies.ts, which it joins: the agency's projection is made by
 * royalty.ts's projectYear.
 */

/** One month of the `royalty-change` detail (USD as numbers). */
export interface RoyaltyMonth {
  month: number;
  downloads: number;
  level: number;
  earnings: number;
}

/** The `royalty-change` event detail and `<royalty-tier-calc>.result`: USD as numbers, the rate as a fraction. */
export interface RoyaltyResult {
  level: number;
  rate: number;
  perDownload: number;
  yearTotal: number;
  months: RoyaltyMonth[];
  /** The same downloads at another agency, when the calculator compares (core/agencies.ts). */
  compare?: Comparison;
}

/** The numbers of a projection as the `royalty-change` event detail carries them (exact, not rounded). */
export function royaltyDetail(p: RoyaltyProjection): RoyaltyResult {
  return {
    level: p.level,
    rate: p.percent / 100,
    perDownload: decToNumber(p.perDownload),
    yearTotal: decToNumber(p.yearTotal),
    months: p.months.map((m) => ({
      month: m.month,
      downloads: m.downloads,
      level: m.level,
      earnings: decToNumber(m.earnings),
    })),
  };
}

/** The comparison in the `royalty-change` detail: USD as numbers, exact. */
export interface Comparison {
  agency: AgencyId;
  /** The average price used for that agency, USD. */
  price: number;
  yearTotal: number;
  /** Its year less Shutterstock's. */
  difference: number;
  months: { month: number; earnings: number }[];
}

/** The comparison as the detail carries it. */
export function comparisonDetail(agency: AgencyId, price: number, p: RoyaltyProjection, shutterstock: Dec): Comparison {
  return {
    agency,
    price,
    yearTotal: decToNumber(p.yearTotal),
    difference: decToNumber(p.yearTotal - shutterstock),
    months: p.months.map((m) => ({ month: m.month, earnings: decToNumber(m.earnings) })),
  };
}
