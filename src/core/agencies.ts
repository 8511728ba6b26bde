import type { Media } from './royalty-tables.js';
import { projectYear, type RoyaltyInput, type RoyaltyProjection } from './royalty.js';
import { CHECKED, type Source } from './sources.js';

/*
 * Other agencies to compare Shutterstock with, as data (docs/sources.md,
 * "Adobe Stock"): a flat royalty by media and the floor per licence by the
 * contributor's lifetime downloads, projected by the same rule as
 * Shutterstock's levels (projectYear). A third agency is one more entry here,
 * not more code.
 */

export interface Agency {
  name: string;
  /** Royalty in percent of what the buyer paid, by media: one rate, no levels, no January reset. */
  percent: Record<Media, number>;
  /** The floor per licence, USD, from a number of lifetime downloads on; none where the list is empty. */
  minimum: Record<Media, readonly { from: number; usd: number }[]>;
  source: Source;
  /** Where the floors come from, when they are secondary. */
  minimumSource?: Source;
}

/**
 * Adobe Stock: 33% of what the buyer paid for photos, vectors and
 * illustrations, 35% for video, no levels and no January reset (Adobe Help,
 * "Getting paid"). On large subscription plans a licence earns at least
 * $0.33, $0.36 from 1,000 lifetime downloads, $0.38 from 10,000 (secondary,
 * consistent across guides); no published floor for video.
 */
export const ADOBE_STOCK: Agency = {
  name: 'Adobe Stock',
  percent: { image: 33, video: 35 },
  minimum: {
    image: [
      { from: 0, usd: 0.33 },
      { from: 1000, usd: 0.36 },
      { from: 10000, usd: 0.38 },
    ],
    video: [],
  },
  source: {
    title: 'Adobe Help, “Getting paid” (Adobe Stock contributors: royalties)',
    url: 'https://helpx.adobe.com/stock/contributor/help/getting-paid.html',
    asOf: '2016-10',
    checked: CHECKED,
  },
  minimumSource: {
    title: 'Xpiks, “How much Adobe Stock pays contributors”',
    url: 'https://xpiksapp.com/blog/how-much-adobe-stock-pays-contributors/',
    asOf: '2025-06-24',
    checked: CHECKED,
  },
};

export const AGENCIES = { 'adobe-stock': ADOBE_STOCK } as const;
export type AgencyId = keyof typeof AGENCIES;
export const AGENCY_IDS = Object.keys(AGENCIES) as AgencyId[];

/**
 * The same downloads at another agency, at its own average price: its year,
 * month by month. The floor is the one for the downloads counted before the
 * projection (the downloads so far this year, none from January): the
 * projection does not raise it within the year.
 */
export function projectAgency(agency: Agency, media: Media, input: Omit<RoyaltyInput, 'tiers' | 'minimum'>): RoyaltyProjection {
  const before = input.startMonth === 1 ? 0 : input.downloadsToDate;
  const floor = agency.minimum[media].filter((m) => m.from <= before).at(-1)?.usd ?? 0;
  return projectYear({ ...input, tiers: [{ from: 0, percent: agency.percent[media] }], minimum: floor });
}
