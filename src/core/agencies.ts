import { dec, percentOf } from './decimal.js';
import { SHUTTERSTOCK, type Media } from './royalty-tables.js';
import { projectYear, type RoyaltyProjection } from './royalty.js';
import { CHECKED_AGENCIES, type Source } from './sources.js';

/*
 * The agencies a contributor can spread the same work over (docs/sources.md,
 * "Other agencies"), each described by how it pays:
 * - `levels`: a share that rises with this calendar year's downloads and
 *   resets every January — Shutterstock (royalty-tables.ts, royalty.ts);
 * - `flat`: one share of what the buyer paid, by media, with no levels and no
 *   reset; optionally a floor per licence that steps up with the
 *   contributor's lifetime licences, never reset — Adobe Stock, iStock;
 * - `pool`: a share of a subscription pool, so no price gives a licence's
 *   amount; the contributor's own average per download from their dashboard
 *   does — Freepik.
 * Every text the calculator shows about an agency (its name, rates, floors,
 * notes, source) is built from its entry here and its strings
 * (components/royalty-tier-calc/agency-comparison.messages.ts): another
 * agency is one entry and its strings. (Pond5 would be one: 50% for images,
 * 40% for video, non-exclusive; it is left out while its contributor
 * agreement, with Pond5 Media Ireland Limited since 22 February 2023, leaves
 * unclear whether US withholding applies: docs/sources.md.)
 */

/** A floor per licence, from a number of lifetime licences before it on. */
export interface Floor {
  /** Lifetime licences already made (the first floor starts at 0). */
  from: number;
  usd: number;
}

export type PayModel =
  | { kind: 'levels' }
  | { kind: 'flat'; percent: Record<Media, number>; floors?: Partial<Record<Media, readonly Floor[]>> }
  | { kind: 'pool' };

export interface Agency<M extends PayModel = PayModel> {
  id: string;
  name: string;
  /** A US company: US tax is withheld from its royalties on sales to US buyers (W-8BEN, the tax table). */
  usPayer: boolean;
  model: M;
  source: Source;
  /** Where the floors come from, when they are secondary. */
  floorSource?: Source;
}

/** Shutterstock, the calculator's own agency: levels by this year's downloads (royalty-tables.ts). */
export const SHUTTERSTOCK_AGENCY: Agency<{ kind: 'levels' }> = {
  id: 'shutterstock',
  name: 'Shutterstock',
  usPayer: true,
  model: { kind: 'levels' },
  source: SHUTTERSTOCK,
};

/**
 * Adobe Stock: 33% of what the buyer paid for photos, vectors and
 * illustrations, 35% for video, since Adobe Stock launched in June 2015 (Adobe
 * Help, "Getting paid"; the date: selling-stock.com, 16 June 2015). On large
 * subscription plans a standard licence earns at least $0.33, $0.36 from
 * 1,000 lifetime licences, $0.38 from 10,000 (secondary, consistent across
 * guides); no floor for video.
 */
export const ADOBE_STOCK: Agency<Extract<PayModel, { kind: 'flat' }>> = {
  id: 'adobe-stock',
  name: 'Adobe Stock',
  usPayer: true,
  model: {
    kind: 'flat',
    percent: { image: 33, video: 35 },
    floors: {
      image: [
        { from: 0, usd: 0.33 },
        { from: 1000, usd: 0.36 },
        { from: 10000, usd: 0.38 },
      ],
    },
  },
  source: {
    title: 'Adobe Help, “Getting paid” (Adobe Stock contributors: royalties)',
    url: 'https://helpx.adobe.com/stock/contributor/help/getting-paid.html',
    asOf: '2015-06',
    checked: CHECKED_AGENCIES,
  },
  floorSource: {
    title: 'Xpiks, “How much Adobe Stock pays contributors”',
    url: 'https://xpiksapp.com/blog/how-much-adobe-stock-pays-contributors/',
    asOf: '2025-06-24',
    checked: CHECKED_AGENCIES,
  },
};

/**
 * iStock (Getty Images), non-exclusive contributors: 15% for photos and
 * illustrations, 20% for video, of the net price, whatever their downloads
 * (iStock Rate Card, effective 1 January 2020). Exclusive contributors earn
 * 25–45% by yearly targets that are published every year: not shipped.
 */
export const ISTOCK: Agency<Extract<PayModel, { kind: 'flat' }>> = {
  id: 'istock',
  name: 'iStock',
  usPayer: true,
  model: { kind: 'flat', percent: { image: 15, video: 20 } },
  source: {
    title: 'Getty Images Contributor Support, “iStock Rate Card”',
    url: 'https://contributors.gettyimages.com/article_public.aspx?article_id=5210',
    asOf: '2020-01-01',
    checked: CHECKED_AGENCIES,
  },
};

/**
 * Freepik (Spain, not a US payer): for each subscriber and month, 50% of the
 * subscriber's net revenue is shared among the files they downloaded (icon 1,
 * photo, vector and PSD 3, video 12), since August 2022 (Freepik contributor
 * FAQ, "Pay per download and RPI"). No price gives a download's amount.
 */
export const FREEPIK: Agency<{ kind: 'pool' }> = {
  id: 'freepik',
  name: 'Freepik',
  usPayer: false,
  model: { kind: 'pool' },
  source: {
    title: 'Freepik Contributor FAQ, “Pay per download and RPI”',
    url: 'https://support.freepik.com/s/article/Pay-per-download-and-RPI?language=en_US',
    asOf: '2022-08',
    checked: CHECKED_AGENCIES,
  },
};

/** The agencies the calculator puts beside Shutterstock, in the order a reader picks from. */
export const AGENCIES = { 'adobe-stock': ADOBE_STOCK, istock: ISTOCK, freepik: FREEPIK } as const;
export type AgencyId = keyof typeof AGENCIES;
export const AGENCY_IDS = Object.keys(AGENCIES) as AgencyId[];

/**
 * The floors a flat agency applies at this price, if any. Adobe Stock's
 * floors apply to licences on large subscription plans, whose low price puts
 * 33% under the first floor: the calculator knows only the reader's average
 * price, so it applies them when its share comes to less than the first
 * floor (at $0.50, 33% is $0.165: the floors apply; at $1, $0.33: they do not).
 */
export function subscriptionFloors(model: Extract<PayModel, { kind: 'flat' }>, media: Media, price: number): readonly Floor[] | undefined {
  const floors = model.floors?.[media];
  if (!floors?.length) return undefined;
  return percentOf(dec(price), dec(model.percent[media])) < dec(floors[0].usd) ? floors : undefined;
}

/** What an agency's year is projected from: the reader's own numbers at that agency. */
export interface AgencyInput {
  media: Media;
  /** Average price a buyer paid per licence at this agency, USD (flat models). */
  price: number;
  /** Licences per month at this agency. */
  monthlyDownloads: number;
  /** 1 = January … 12 = December; the projection runs to December. */
  startMonth: number;
  /** Lifetime licences at this agency before the projection: floors step up with them and never reset. */
  lifetime?: number;
  /** The contributor's own average per download (pool models), USD. */
  perDownload?: number;
}

/**
 * An agency's year, month by month, by the same bracket rule as
 * Shutterstock's levels (royalty.ts): a flat share with its floors as brackets
 * of lifetime licences, never reset (a month that crosses 1,000 lifetime
 * licences is split); a pool at the reader's own average per download.
 * `undefined` when the reader's numbers cannot give it (a pool without an
 * average, or Shutterstock, which the calculator projects with its own table).
 */
export function projectAgency(agency: Agency, input: AgencyInput): RoyaltyProjection | undefined {
  const { model } = agency;
  const year = { monthlyDownloads: input.monthlyDownloads, startMonth: input.startMonth, minimum: 0 };
  if (model.kind === 'pool') {
    if (input.perDownload === undefined) return undefined;
    return projectYear({ ...year, tiers: [{ from: 0, percent: 100 }], price: input.perDownload, downloadsToDate: 0 });
  }
  if (model.kind !== 'flat') return undefined;
  const percent = model.percent[input.media];
  const floors = subscriptionFloors(model, input.media, input.price) ?? [{ from: 0, usd: 0 }];
  // A floor "from 1,000 lifetime licences" applies to the 1,001st licence on: the brackets count from 1.
  const tiers = floors.map((f) => ({ from: f.from === 0 ? 0 : f.from + 1, percent, minimum: f.usd }));
  return projectYear({ ...year, tiers, price: input.price, downloadsToDate: input.lifetime ?? 0, countsReset: false });
}
