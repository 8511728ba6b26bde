import { msg, str } from '@lit/localize';

/*
 * The words of the calculator's comparison with other agencies (message ids
 * `r…`; Indonesian in xliff/id.xlf), in the comparison chunk. Agency names
 * are proper names from core/agencies.ts, the same in every language; every
 * sentence about an agency takes its name and numbers from there.
 */

/* Fields, one set per agency the reader picked. */
export const priceLabel = (agency: string) => msg(str`${agency} average price`, { id: 'r61' });
export const sameAs = (shutterstock: string) => msg(str`empty: the same as at ${shutterstock}`, { id: 'r74' });
export const downloadsLabel = (agency: string) => msg(str`${agency} licences per month`, { id: 'r75' });
export const lifetimeLabel = (agency: string) => msg(str`${agency} licences in earlier years`, { id: 'r76' });
export const lifetimeHint = () => msg('all of them, before the first month below: its minimum per licence rises with them', { id: 'r77' });
export const perDownloadLabel = (agency: string) => msg(str`${agency}: your average per download`, { id: 'r78' });
export const perDownloadHint = (agency: string) => msg(str`US$, from your ${agency} dashboard`, { id: 'r79' });

/* Results. */
export const earningsAt = (agency: string, period: string) => msg(str`${agency}, ${period}`, { id: 'r63' });
export const moreThan = (amount: string, shutterstock: string) => msg(str`${amount} more than ${shutterstock}`, { id: 'r80' });
export const lessThan = (amount: string, shutterstock: string) => msg(str`${amount} less than ${shutterstock}`, { id: 'r81' });
export const allAgencies = () => msg('All agencies', { id: 'r82' });
export const fromUsAgencies = (amount: string) => msg(str`from US agencies: ${amount}`, { id: 'r83' });
export const leftOutPool = (agency: string) =>
  msg(str`${agency} is left out: it pays from a pool, so only your own average per download gives its year.`, { id: 'r84' });

/* Notes, built from each agency's entry. */
export const noteFlat = (agency: string, image: string, video: string) =>
  msg(str`${agency}: ${image} of the price for images, ${video} for video; no levels, no January reset.`, { id: 'r85' });
export const noteFloors = (agency: string, list: string, percent: string, first: string) =>
  msg(
    str`${agency}: on large subscription plans a licence earns at least ${list}, by your licences of all years (they never reset); applied when ${percent} of your average price is less than ${first}.`,
    { id: 'r95' },
  );
/** One floor after the first, in the list above: "US$0.36 from 1,000". */
export const floorFrom = (amount: string, licences: string) => msg(str`${amount} from ${licences}`, { id: 'r87' });
export const noteSamePrice = (agency: string, shutterstock: string) =>
  msg(str`${agency}’s price is taken to be ${shutterstock}’s: set its own.`, { id: 'r88' });
export const notePool = (agency: string) =>
  msg(
    str`${agency} pays from a pool: half of what each subscriber pays in a month is shared among the files they downloaded, so a download earns a different amount each month.`,
    { id: 'r89' },
  );
export const noteNotUs = (agency: string) =>
  msg(str`${agency} is not a US company: no US tax is withheld from what it pays.`, { id: 'r90' });
export const noteTaxTable = (payers: string) =>
  msg(str`A linked tax table takes the royalties from US agencies: ${payers}.`, { id: 'r91' });

/* What only one agency's note says (core/agencies.ts has the why and the source). */
export const noteAdobeFirefly = () =>
  msg('Not included: Adobe’s Firefly Contributor bonus (for content used to train Adobe’s generative AI), paid apart from royalties.', {
    id: 'r92',
  });
export const noteIstockExclusive = () =>
  msg('iStock: the rates for non-exclusive contributors; exclusive contributors earn 25–45% by yearly download targets.', {
    id: 'r93',
  });
export const noteFreepikWeights = () =>
  msg('Freepik counts a photo, vector or PSD download as 3, a video as 12 and an icon as 1.', { id: 'r94' });
