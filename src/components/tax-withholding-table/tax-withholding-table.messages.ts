import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';

/* The words of <tax-withholding-table> (message ids `t…`; Indonesian in xliff/id.xlf). */

export const title = () => msg('US tax on your royalties: with and without a TIN (NPWP)', { id: 't46' });
export const lead = () =>
  msg(
    'Shutterstock and other US agencies withhold US tax from royalties paid to non-US contributors. A TIN on your W-8BEN form lowers it to your country’s treaty rate.',
    { id: 't23' },
  );

export const countryLabel = () => msg('Country of tax residence', { id: 't1' });
export const searchLabel = () => msg('Search countries', { id: 't2' });
export const searchPlaceholder = () => msg('Search…', { id: 't3' });
export const grossLabel = () => msg('Royalties before tax', { id: 't4' });
export const grossHint = () => msg('US$', { id: 't5' });
export const mediaLabel = () => msg('What you sell', { id: 't6' });
export const images = () => msg('Images and other media', { id: 't7' });
export const video = () => msg('Video', { id: 't8' });
export const shareLabel = () => msg('Sales to US buyers', { id: 't9' });
export const shareHint = () => msg('percent; only these are taxed', { id: 't10' });
export const rateLabel = () => msg('Rupiah per US$', { id: 't11' });
export const rateHint = () => msg('optional, e.g. 16250', { id: 't12' });

export const fromCalculator = () => msg('Amount: the year’s total from the royalty calculator on this page.', { id: 't15' });
/** The same when the calculator shows other agencies: what US tax is withheld from, and from whom. */
export const fromAgencies = (agencies: string) =>
  msg(str`Amount: the year’s royalties from US agencies in the calculator on this page (${agencies}).`, { id: 't71' });
export const npwp = () => msg('NPWP', { id: 't17' });
export const aTin = () => msg('a TIN', { id: 't18' });
/** At the start of a sentence. */
export const aTinSubject = () => msg('A TIN', { id: 't58' });
export const withNpwp = () => msg('With TIN (NPWP)', { id: 't19' });
export const usPersonLabel = () => msg('I am a US citizen or US resident', { id: 't69' });
export const withTin = () => msg('With TIN', { id: 't20' });
export const withoutTin = () => msg('Without TIN', { id: 't30' });
export const lowerTax = () => msg('lower tax', { id: 't21' });
export const caption = (gross: string) => msg(str`Withholding on ${gross} of royalties`, { id: 't24' });
export const formHead = () => msg('W-8BEN', { id: 't25' });
export const rateHead = () => msg('Tax rate', { id: 't49' });
export const withheldHead = () => msg('Withheld', { id: 't27' });
export const receiveHead = () => msg('You receive', { id: 't28' });

export const noTreaty = (name: string, tin: string) =>
  msg(str`${name} has no tax treaty with the US for this income: 30% is withheld with or without ${tin}.`, { id: 't40' });
export const treatyNotApplied = (tin: string) =>
  msg(str`30% is withheld with or without ${tin}: the treaty does not apply now (see below).`, { id: 't50' });
export const nothingWithheld = () => msg('No sales to US buyers: nothing is withheld.', { id: 't41' });
export const noDifference = (tin: string) => msg(str`${tin} makes no difference here.`, { id: 't42' });
export const withheldLess = (tin: string, amount: TemplateResult, gross: string) =>
  msg(html`With ${tin}, ${amount} less is withheld of every ${gross}.`, { id: 't63' });
export const notFinal = () =>
  msg(
    'Withholding is not always the final tax: at home it can be credited against your income tax (in Indonesia, PPh Pasal 24), and too much withheld can be claimed back from the IRS on a US tax return, so the difference in the end may be smaller.',
    { id: 't73' },
  );
export const noFilmRate = (name: string) =>
  msg(str`The treaty table lists no film & TV rate for ${name}: 30% applies unless the agency applies another article of the treaty.`, {
    id: 't68',
  });
export const hedge = () =>
  msg('These are estimates. Check your agency’s tax centre or a tax adviser (in Indonesia, a konsultan pajak) before you rely on them.', {
    id: 't67',
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
export const onlyUsSales = (part: string, gross: string) =>
  msg(str`Only sales to US buyers are taxed: ${part} of ${gross}.`, { id: 't31' });
export const allUsSales = () =>
  msg('This assumes every sale was to a US buyer. Only sales to US buyers are taxed, so with buyers elsewhere less is withheld.', {
    id: 't52',
  });
export const treatyNeedsTin = () =>
  msg('The treaty rate needs a W-8BEN with your TIN (line 6a, foreign TIN). Without one the agency must withhold 30%.', { id: 't60' });
export const nik = () =>
  msg(
    'For Indonesian tax residents the TIN is the NPWP. Since 1 July 2024 (PMK 136/2023) the 16-digit NIK serves as the NPWP, once it has been validated with the tax office (DJP). The old 15-digit NPWP stayed usable beside it until 31 December 2024 (PER-6/PJ/2024); Coretax has run since 1 January 2025.',
    { id: 't78' },
  );
export const services = () =>
  msg('Fiverr and other service income for work done outside the US is not US royalty income and is not withheld.', { id: 't34' });
export const spt = () =>
  msg('Report foreign income in your SPT Tahunan; tax withheld abroad can be credited (PPh Pasal 24).', { id: 't35' });
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
export const sourceExtra = () => msg('Later changes are applied from the day they took effect. Not tax advice.', { id: 't45' });
