import { msg, str } from '@lit/localize';

/* The tax table's words for the cases that are not a W-8BEN with a treaty rate (message ids `t…`; Indonesian in xliff/id.xlf), in their chunk. */

export const noTreaty = (name: string, tin: string) =>
  msg(str`${name} has no tax treaty with the US for this income: 30% is withheld with or without ${tin}.`, { id: 't40' });
export const treatyNotApplied = (tin: string) =>
  msg(str`30% is withheld with or without ${tin}: the treaty does not apply now (see below).`, { id: 't50' });
export const noFilmRate = (name: string) =>
  msg(str`The treaty table lists no film & TV rate for ${name}: 30% applies unless the agency applies another article of the treaty.`, {
    id: 't68',
  });
export const usPersonByStatus = () =>
  msg(
    'US citizens and US residents give a W-9, not a W-8BEN, wherever they live. No 30% is withheld; only without a TIN (SSN, ITIN or EIN) on the W-9 is 24% backup withholding taken.',
    { id: 't74' },
  );
export const usPerson = (name: string) =>
  msg(
    str`${name}: US residents give a W-9, not a W-8BEN. No 30% is withheld; only without a TIN (SSN, ITIN or EIN) on the W-9 is 24% backup withholding taken.`,
    { id: 't75' },
  );
/** Living in a US territory says nothing of status: who gives which form there. */
export const territory = (name: string) =>
  msg(
    str`${name}: a US citizen living there gives a W-9 (tick “I am a US citizen or US resident”); a resident who is not a US citizen gives a W-8BEN, as below.`,
    { id: 't76' },
  );
/** A treaty whose table prints 30% for this income (Greece, film & TV). */
export const noReducedRate = (name: string, tin: string) =>
  msg(str`The treaty with ${name} gives no reduced rate for film & TV: 30% is withheld with or without ${tin}.`, { id: 't77' });
export const italy = () =>
  msg(
    'Italy: 0% on copyright royalties (images) and 8% on film & TV in the IRS table. The 5% seen elsewhere is the treaty rate for equipment rental (and software), or the copyright rate of the 1984 treaty, replaced from 1 February 2010: neither applies to images or video today.',
    { id: 't79' },
  );
export const changeProtocol = (date: string) =>
  msg(str`A protocol to the treaty applies to amounts paid since ${date}, replacing the 2019 table’s rate.`, { id: 't54' });
export const changeNew = (date: string) =>
  msg(str`A new treaty applies to amounts paid since ${date}; the 2019 table does not have it yet.`, { id: 't55' });
export const changeTerminated = (date: string) =>
  msg(str`The US ended this treaty: 30% applies to amounts paid since ${date}.`, { id: 't56' });
export const changeSuspended = (date: string) =>
  msg(str`The treaty is suspended for amounts paid since ${date}: 30% applies.`, { id: 't57' });
