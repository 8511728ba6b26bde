import { countryName, formatDate } from '../../core/format.js';
import { CAVEATS, NO_TREATY_PERCENT, US_TERRITORIES } from '../../core/treaty-rates.js';
import type { Withholding } from '../../core/withholding.js';
import { activeLocale } from '../../internal/locale-state.js';
import type { Note } from '../../internal/notes.js';
import * as m from './special-cases.messages.js';

/*
 * What the tax table says beyond a W-8BEN at a treaty rate — the W-9 of a US
 * person, a country without a treaty or one whose treaty ended, film & TV the
 * table gives no rate for, Greece's 30, Italy's 5%, the US territories, a
 * treaty changed since the 2019 table: a chunk the table loads only for
 * those cases (tax-withholding-table.component.ts, `#isSpecial`). A table for
 * Indonesia, and every other country with a treaty rate, never carries these
 * words.
 */

/** What a US person is told: by their own status, or by living in the United States. */
export function w9(w: Withholding): string {
  return w.usPerson ? m.usPersonByStatus() : m.usPerson(countryName(w.country, activeLocale()));
}

/** The sentence under the table when no treaty rate lowers the tax; `undefined` when one does. */
export function noReduction(w: Withholding, tin: string): string | undefined {
  const name = countryName(w.country, activeLocale());
  if (!w.treaty.listed) return m.noFilmRate(name);
  if (!w.treaty.hasTreaty) return w.treaty.change ? m.treatyNotApplied(tin) : m.noTreaty(name, tin);
  if (w.treaty.percent >= NO_TREATY_PERCENT) return m.noReducedRate(name, tin);
  return undefined;
}

/* The W-8BEN notes speak of non-US contributors only: a US person gives a W-9. */
const w8 = (w: Withholding) => w.form === 'W-8BEN';

/** The notes of these cases, after the table's own. */
export const NOTES: readonly Note<Withholding>[] = [
  { id: 'italy', text: m.italy, when: (w) => w8(w) && CAVEATS.includes(w.country) },
  {
    id: 'territory',
    text: (w) => m.territory(countryName(w.country, activeLocale())),
    when: (w) => w8(w) && US_TERRITORIES.includes(w.country),
  },
  { id: 'change', text: changeText, when: (w) => w8(w) && w.treaty.change !== undefined },
];

function changeText(w: Withholding): string {
  const change = w.treaty.change;
  if (!change) return '';
  const date = formatDate(change.from, activeLocale());
  switch (change.kind) {
    case 'protocol':
      return m.changeProtocol(date);
    case 'new':
      return m.changeNew(date);
    case 'terminated':
      return m.changeTerminated(date);
    case 'suspended':
      return m.changeSuspended(date);
  }
}
