import { DEFAULT_MINIMUM, MEDIA, parseTiers, type Media, type Tier } from '../../core/royalty-tables.js';
import { type Note } from '../../internal/notes.js';
import { choiceSetting, numberSetting, optionalNumber, shareSetting, textSetting, themeSetting } from '../../internal/settings.js';
import * as m from './royalty-tier-calc.messages.js';

// The settings table of <royalty-tier-calc> (read by internal/settings.ts) and the notes it shows, as data.

/*
 * The settings, in reading order (`minimum`'s default depends on `media`).
 * Bounds are sanity limits far above real use that keep every total exact and
 * readable: Shutterstock's top contributors license well under a million
 * files a month, no single license costs over $10,000, and the Rupiah has been
 * 2,000–17,000 to the dollar since 1998. Defaults are the documented ones
 * (docs/reference.md).
 */
const PRICE = { min: 0, minExclusive: true, max: 10_000 };
const COUNT = { min: 0, max: 10_000_000, integer: true };
export const SETTINGS = {
  theme: themeSetting(),
  media: choiceSetting<Media>(MEDIA, 'image'),
  monthlyDownloads: numberSetting(COUNT, 100),
  price: numberSetting({ min: 0, max: 10_000 }, 1),
  startMonth: numberSetting({ min: 1, max: 12, integer: true }, 1),
  downloadsToDate: numberSetting({ min: 0, max: 120_000_000, integer: true }, 0),
  minimum: numberSetting({ min: 0, max: 10_000 }, (v) => DEFAULT_MINIMUM[v.media as Media]),
  tiers: textSetting<readonly Tier[] | undefined>((text) => {
    const parsed = parseTiers(text);
    return parsed.ok ? { ok: true, value: parsed.tiers } : { ok: false, problem: { reason: `tiers-${parsed.reason}` } };
  }, undefined),
  usdIdr: optionalNumber({ min: 0, minExclusive: true, max: 1_000_000 }),
  // The other agencies, as the page writes them ("adobe-stock istock"): read and checked by the comparison
  // chunk (agency-comparison.ts), which a calculator loads only when asked to compare.
  compare: textSetting((text) => ({ ok: true, value: text.trim() }), ''),
  // Each agency's own numbers (docs/sources.md, "Other agencies"). Empty prices and counts: Shutterstock's,
  // an assumption the notes say; `compare-price` is Adobe Stock's price under its first name.
  comparePrice: optionalNumber(PRICE),
  adobeStockPrice: { ...optionalNumber(PRICE), fallback: (v: Readonly<Record<string, unknown>>) => v.comparePrice as number | undefined },
  istockPrice: optionalNumber(PRICE),
  adobeStockDownloads: optionalNumber(COUNT),
  istockDownloads: optionalNumber(COUNT),
  freepikDownloads: optionalNumber(COUNT),
  // Adobe Stock's floors step up at 1,000 and 10,000 lifetime licences; ten times the yearly bound above.
  adobeStockLifetime: numberSetting({ min: 0, max: 1_200_000_000, integer: true }, 0),
  // A Freepik download earns cents: its average, from the reader's dashboard, has no default.
  freepikPerDownload: optionalNumber({ min: 0, minExclusive: true, max: 100 }),
  share: shareSetting(),
};
export type Key = keyof typeof SETTINGS;

/** What a reader can change, and a share link can hold. */
export const SHARED: readonly Key[] = [
  'media',
  'monthlyDownloads',
  'price',
  'startMonth',
  'downloadsToDate',
  'minimum',
  'usdIdr',
  'compare',
  'comparePrice',
  'adobeStockPrice',
  'istockPrice',
  'adobeStockDownloads',
  'istockDownloads',
  'freepikDownloads',
  'adobeStockLifetime',
  'freepikPerDownload',
];

export const NOTES: readonly Note<Media>[] = [
  { id: 'plan', text: m.notePlan },
  { id: 'video-minimum', text: m.noteVideoMinimum, when: (media) => media === 'video' },
  { id: 'outside', text: m.noteOutside },
  { id: 'rounding', text: m.noteRounding },
];

/** Whether the page or reader asked for other agencies (`compare`): anything but empty or the old `none`. */
export const comparing = (compare: string): boolean => compare !== '' && compare !== 'none';
