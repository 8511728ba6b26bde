import { DEFAULT_MINIMUM, MEDIA, parseTiers, type Media, type Tier } from '../../core/royalty-tables.js';
import { type Note } from '../../internal/notes.js';
import { ADOBE_STOCK, AGENCY_IDS, type Agency, type AgencyId } from '../../core/agencies.js';
import { dec } from '../../core/decimal.js';
import { formatPercent } from '../../core/format.js';
import { activeLocale } from '../../internal/locale-state.js';
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
export const SETTINGS = {
  theme: themeSetting(),
  media: choiceSetting<Media>(MEDIA, 'image'),
  monthlyDownloads: numberSetting({ min: 0, max: 10_000_000, integer: true }, 100),
  price: numberSetting({ min: 0, max: 10_000 }, 1),
  startMonth: numberSetting({ min: 1, max: 12, integer: true }, 1),
  downloadsToDate: numberSetting({ min: 0, max: 120_000_000, integer: true }, 0),
  minimum: numberSetting({ min: 0, max: 10_000 }, (v) => DEFAULT_MINIMUM[v.media as Media]),
  tiers: textSetting<readonly Tier[] | undefined>((text) => {
    const parsed = parseTiers(text);
    return parsed.ok ? { ok: true, value: parsed.tiers } : { ok: false, problem: { reason: `tiers-${parsed.reason}` } };
  }, undefined),
  usdIdr: optionalNumber({ min: 0, minExclusive: true, max: 1_000_000 }),
  compare: choiceSetting<'none' | AgencyId>(['none', ...AGENCY_IDS], 'none'),
  // Empty: the Shutterstock price, an assumption the notes say (docs/sources.md, "Adobe Stock").
  comparePrice: optionalNumber({ min: 0, minExclusive: true, max: 10_000 }),
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
];

/** What the notes under the results look at. */
interface NoteContext {
  media: Media;
  /** The agency compared with, if any, and whether its price is assumed to be Shutterstock's. */
  compare?: Agency;
  samePrice: boolean;
}
const percent = (n: number) => formatPercent(dec(n), activeLocale());
export const NOTES: readonly Note<NoteContext>[] = [
  { id: 'plan', text: m.notePlan },
  { id: 'video-minimum', text: m.noteVideoMinimum, when: (c) => c.media === 'video' },
  { id: 'outside', text: m.noteOutside },
  {
    id: 'compare',
    text: ({ compare: a }) => m.noteFlat(a!.name, percent(a!.percent.image), percent(a!.percent.video)),
    when: (c) => Boolean(c.compare),
  },
  { id: 'compare-price', text: (c) => m.noteSamePrice(c.compare!.name), when: (c) => Boolean(c.compare && c.samePrice) },
  {
    id: 'compare-minimum',
    text: m.noteAdobeMinimum,
    when: (c) => c.compare === ADOBE_STOCK && c.media === 'image',
    source: ADOBE_STOCK.minimumSource,
  },
  { id: 'rounding', text: m.noteRounding },
];
