import { type Withholding } from '../../core/withholding.js';
import { COUNTRY_CODES } from '../../core/countries.js';
import { MEDIA, type Media } from '../../core/royalty-tables.js';
import { type Note } from '../../internal/notes.js';
import {
  choiceSetting,
  flagSetting,
  numberSetting,
  optionalNumber,
  shareSetting,
  textSetting,
  themeSetting,
} from '../../internal/settings.js';
import * as m from './tax-withholding-table.messages.js';

// The settings table of <tax-withholding-table> (read by internal/settings.ts) and the notes it shows, as data.

/*
 * The settings. A billion dollars of royalties is no one's year; shares are
 * percent; the Rupiah bound catches typos of several digits. Indonesia is the
 * default country: the seed posts' readers.
 */
export const SETTINGS = {
  theme: themeSetting(),
  gross: numberSetting({ min: 0, max: 1_000_000_000 }, 100),
  country: choiceSetting(COUNTRY_CODES, 'ID', { reason: 'country' }, (text) => text.trim().toUpperCase()),
  media: choiceSetting<Media>(MEDIA, 'image'),
  usShare: numberSetting({ min: 0, max: 100 }, 100),
  usdIdr: optionalNumber({ min: 0, minExclusive: true, max: 1_000_000 }),
  htmlFor: textSetting((text) => ({ ok: true, value: text.trim() }), ''),
  usPerson: flagSetting(),
  share: shareSetting(),
};
type Key = keyof typeof SETTINGS;
export const INPUTS: ReadonlySet<Key> = new Set(['gross', 'usShare', 'usdIdr', 'usPerson']);
/** What a reader can change, and a share link can hold. */
export const SHARED: readonly Key[] = ['gross', 'country', 'media', 'usShare', 'usdIdr', 'usPerson'];

interface NoteContext {
  w: Withholding;
  usd: (cents: bigint) => string;
}
/* The W-8BEN notes speak of non-US contributors only: a US person gives a W-9. */
const w8 = (c: NoteContext) => c.w.form === 'W-8BEN';
const indonesia = (c: NoteContext) => w8(c) && c.w.country === 'ID';
export const NOTES: readonly Note<NoteContext>[] = [
  { id: 'us-share', text: (c) => m.onlyUsSales(c.usd(c.w.usSource), c.usd(c.w.gross)), when: (c) => c.w.usSource < c.w.gross },
  { id: 'all-us', text: m.allUsSales, when: (c) => c.w.gross > 0n && c.w.usSource === c.w.gross },
  { id: 'tin', text: m.treatyNeedsTin, when: w8 },
  { id: 'nik', text: m.nik, when: indonesia },
  { id: 'services', text: m.services },
  { id: 'spt', text: m.spt, when: indonesia },
];
