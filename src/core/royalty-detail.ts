import { decToNumber, type Dec } from './decimal.js';
import type { AgencyId } from './agencies.js';
import type { RoyaltyProjection } from './royalty.js';

/*
 * What `<royalty-tier-calc>` hands a page (its `royalty-change` detail and
 * `result`): the projection's numbers and, when the reader's other agencies
 * are shown, each one's year, the combined year and its US part, as plain
 * numbers (exact, not rounded). Apart from royalty.ts and agencies.ts, which
 * it joins.
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
  /** Shutterstock's year. */
  yearTotal: number;
  months: RoyaltyMonth[];
  /**
   * The royalties US tax is withheld from (W-8BEN): Shutterstock's year plus
   * that of every other US agency shown, not Freepik's. What a linked
   * `<tax-withholding-table>` takes.
   */
  usYearTotal: number;
  /** The other agencies shown (`compare`), in the reader's order; an agency whose numbers are missing is left out. */
  agencies?: AgencyYear[];
  /** Shutterstock's year plus every agency shown. */
  combinedYearTotal?: number;
}

/** One other agency's year in the `royalty-change` detail: USD as numbers, exact. */
export interface AgencyYear {
  agency: AgencyId;
  name: string;
  /** A US company: its royalties count in `usYearTotal`. */
  usPayer: boolean;
  /** The average price per licence used (agencies that pay a share of the price), USD. */
  price?: number;
  /** The reader's own average per download (Freepik), USD. */
  perDownload?: number;
  /** Licences per month used. */
  monthlyDownloads: number;
  yearTotal: number;
  /** Its year less Shutterstock's. */
  difference: number;
  months: { month: number; earnings: number }[];
}

/** The numbers of a projection as the `royalty-change` detail carries them (exact, not rounded); no other agency. */
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
    usYearTotal: decToNumber(p.yearTotal),
  };
}

/** An agency's projection as the detail carries it. */
export function agencyYear(
  agency: { id: string; name: string; usPayer: boolean },
  used: { price?: number; perDownload?: number; monthlyDownloads: number },
  p: RoyaltyProjection,
  shutterstock: Dec,
): AgencyYear {
  return {
    agency: agency.id as AgencyId,
    name: agency.name,
    usPayer: agency.usPayer,
    ...used,
    yearTotal: decToNumber(p.yearTotal),
    difference: decToNumber(p.yearTotal - shutterstock),
    months: p.months.map((m) => ({ month: m.month, earnings: decToNumber(m.earnings) })),
  };
}
