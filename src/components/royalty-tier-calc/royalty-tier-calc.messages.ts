import { msg, str } from '@lit/localize';

/* The words of <royalty-tier-calc> (message ids `r…`; Indonesian in xliff/id.xlf). */

export const title = () => msg('Your Shutterstock earnings by level', { id: 'r18' });
export const lead = () =>
  msg(
    'Levels count the downloads of each calendar year and start again at level 1 every 1 January. A download earns the rate of the level it falls in.',
    { id: 'r19' },
  );

export const mediaLabel = () => msg('Media', { id: 'r11' });
export const images = () => msg('Images', { id: 'r12' });
export const video = () => msg('Video', { id: 'r13' });
export const monthlyLabel = () => msg('Downloads per month', { id: 'r1' });
export const priceLabel = () => msg('Average price per license', { id: 'r2' });
export const priceHint = () => msg('US$ the buyer paid', { id: 'r3' });
export const fromMonth = () => msg('From month', { id: 'r10' });
export const toDateLabel = () => msg('Downloads so far this year', { id: 'r4' });
export const toDateHint = () => msg('before the first month below', { id: 'r5' });
export const minimumLabel = () => msg('Minimum per download', { id: 'r6' });
export const minimumHint = () => msg('US$; a smaller royalty is raised to it', { id: 'r52' });
export const rateLabel = () => msg('Rupiah per US$', { id: 'r8' });
export const rateHint = () => msg('optional, e.g. 16250', { id: 'r9' });

export const level = (n: number) => msg(str`Level ${n}`, { id: 'r16' });
export const period = (from: string, to: string) => msg(str`${from}–${to}`, { id: 'r17' });
export const levelNow = () => msg('Level now', { id: 'r20' });
export const royaltyWord = () => msg('royalty', { id: 'r21' });
export const perDownloadNow = () => msg('Per download now', { id: 'r22' });
export const toNext = () => msg('To the next level', { id: 'r23' });
export const topLevel = () => msg('Top level', { id: 'r24' });
export const downloadsToLevel = (n: number) => msg(str`downloads to level ${n}`, { id: 'r25' });
export const earningsFor = (period: string) => msg(str`Earnings ${period}`, { id: 'r26' });
export const levelByDecember = () => msg('Level by December', { id: 'r27' });
export const perDownload = () => msg('per download', { id: 'r28' });
export const effectiveRate = () => msg('Effective rate', { id: 'r29' });
export const ofPaid = () => msg('of what buyers paid', { id: 'r30' });

export const chartName = () => msg('Chart: cumulative earnings by month; the table below lists the same numbers.', { id: 'r35' });
export const tableCaption = () => msg('Month by month', { id: 'r36' });
export const monthHead = () => msg('Month', { id: 'r37' });
export const downloadsHead = () => msg('Downloads', { id: 'r38' });
export const levelHead = () => msg('Level reached', { id: 'r39' });
export const earningsHead = () => msg('Earnings', { id: 'r40' });
export const totalHead = () => msg('Total so far', { id: 'r41' });

export const customTable = () => msg('custom level table set by this page.', { id: 'r32' });
export const notePlan = () => msg('Earnings depend on each buyer’s plan and license; this uses your average price.', { id: 'r34' });
export const noteVideoMinimum = () =>
  msg('We found no published minimum per video download, so none is applied unless you set one.', { id: 'r56' });
export const noteOutside = () =>
  msg(
    'Not included: Shutterstock’s Contributor Fund (payouts for licensing contributors’ work as AI training data) and revenue-share programmes; they are paid apart from level royalties.',
    { id: 'r57' },
  );
export const noteRounding = () => msg('Amounts are exact and rounded to the cent only for display.', { id: 'r54' });
/** The folded group that holds the other agencies (their fields come with the comparison chunk). */
export const otherAgencies = () => msg('Other agencies you sell at', { id: 'r73' });
