import { CHECKED, type Source } from './sources.js';

/**
 * Shutterstock contributor level tables, as data (docs/sources.md, "Shutterstock
 * contributor levels"). Counts are downloads licensed in the current calendar
 * year and reset on 1 January; images and videos are counted separately.
 */
export type Media = 'image' | 'video';

export const MEDIA: readonly Media[] = ['image', 'video'];

/** One level: it applies from the `from`-th download of the year (the first level starts at 0). */
export interface Tier {
  from: number;
  /** Royalty in percent of the price Shutterstock receives. */
  percent: number;
  /** A floor of its own per download, USD, instead of the projection's (an agency whose floor steps up by lifetime licences). */
  minimum?: number;
}

export interface TierTable {
  tiers: readonly Tier[];
  source: Source;
}

/** Shutterstock's own payouts page and help article; levels in force since 1 June 2020. */
export const SHUTTERSTOCK: Source = {
  title: 'Shutterstock, “How much will I be paid as a contributor?” and the contributor payouts page',
  url: 'https://submit.shutterstock.com/payouts',
  asOf: '2020-06-01',
  checked: CHECKED,
};

export const IMAGE_TIERS: TierTable = {
  tiers: [
    { from: 0, percent: 15 },
    { from: 101, percent: 20 },
    { from: 251, percent: 25 },
    { from: 501, percent: 30 },
    { from: 2501, percent: 35 },
    { from: 25001, percent: 40 },
  ],
  source: SHUTTERSTOCK,
};

/** Same rates, lower thresholds: videos graduate on their own counter. */
export const VIDEO_TIERS: TierTable = {
  tiers: [
    { from: 0, percent: 15 },
    { from: 11, percent: 20 },
    { from: 51, percent: 25 },
    { from: 251, percent: 30 },
    { from: 5001, percent: 35 },
    { from: 25001, percent: 40 },
  ],
  source: SHUTTERSTOCK,
};

export const DEFAULT_TIERS: Record<Media, TierTable> = {
  image: IMAGE_TIERS,
  video: VIDEO_TIERS,
};

/**
 * Floor per download in USD. Images: Shutterstock raises a smaller royalty to
 * $0.10 (the help article above). Video: no official minimum was found, so
 * none — the widget says so (docs/sources.md).
 */
export const DEFAULT_MINIMUM: Record<Media, number> = { image: 0.1, video: 0 };

export type TiersReason = 'empty' | 'garbage' | 'not-from-zero' | 'unsorted' | 'duplicate' | 'rate-out-of-range' | 'too-many';

export type TiersParsed = { ok: true; tiers: Tier[] } | { ok: false; reason: TiersReason; at?: string };

/* A table longer than this is a paste accident, not a level system. */
const MAX_TIERS = 20;
const ENTRY = /^(\d{1,9})\s*:\s*(\d{1,3}(?:\.\d{1,4})?)\s*%?$/;

/**
 * Reads the `tiers` attribute: `"from:percent,…"`, e.g.
 * `"0:15,101:20,251:25"`. Returns the table or the first reason it is unusable.
 */
export function parseTiers(text: string): TiersParsed {
  const parts = String(text ?? '')
    .split(/[,;\n]/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return { ok: false, reason: 'empty' };
  if (parts.length > MAX_TIERS) return { ok: false, reason: 'too-many' };
  const tiers: Tier[] = [];
  for (const part of parts) {
    const m = ENTRY.exec(part);
    if (!m) return { ok: false, reason: 'garbage', at: part };
    const tier = { from: Number(m[1]), percent: Number(m[2]) };
    if (tier.percent > 100) return { ok: false, reason: 'rate-out-of-range', at: part };
    const previous = tiers[tiers.length - 1];
    if (previous && tier.from === previous.from) return { ok: false, reason: 'duplicate', at: part };
    if (previous && tier.from < previous.from) return { ok: false, reason: 'unsorted', at: part };
    tiers.push(tier);
  }
  if (tiers[0].from !== 0) return { ok: false, reason: 'not-from-zero', at: parts[0] };
  return { ok: true, tiers };
}
