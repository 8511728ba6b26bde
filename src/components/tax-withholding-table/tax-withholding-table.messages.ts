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

export const nothingWithheld = () => msg('No sales to US buyers: nothing is withheld.', { id: 't41' });
export const noDifference = (tin: string) => msg(str`${tin} makes no difference here.`, { id: 't42' });
export const withheldLess = (tin: string, amount: TemplateResult, gross: string) =>
  msg(html`With ${tin}, ${amount} less is withheld of every ${gross}.`, { id: 't63' });
export const notFinal = () =>
  msg(
    'Withholding is not always the final tax: at home it can be credited against your income tax (in Indonesia, PPh Pasal 24), and too much withheld can be claimed back from the IRS on a US tax return, so the difference in the end may be smaller.',
    { id: 't73' },
  );
export const hedge = () =>
  msg('These are estimates. Check your agency’s tax centre or a tax adviser (in Indonesia, a konsultan pajak) before you rely on them.', {
    id: 't67',
  });
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
export const sourceExtra = () => msg('Later changes are applied from the day they took effect. Not tax advice.', { id: 't45' });
