import { msg } from '@lit/localize';

/* The words <fiverr-level-meter> says only of the retired classic rules (ids `f…`; Indonesian in xliff/id.xlf), in their chunk. */

export const wouldHaveQualified = () => msg('Under the classic rules your numbers would have qualified for', { id: 'f71' });
export const checkedClassic = () =>
  msg('Levels were checked on the 15th of each month: failing one standard dropped a freelancer a level.', { id: 'f93' });
export const retired = () =>
  msg('Retired: Fiverr replaced this system on 14 February 2024; the old badges were shown until 14 March 2024.', { id: 'f77' });
export const classicRating = () =>
  msg('These are the numbers published from about 2019 to 2024; at launch in January 2018 the minimum rating was 4.8.', { id: 'f78' });
export const classicTopRated = () =>
  msg('Top Rated: rating 4.8 per fiverr.com/levels (some posts say 4.7); the warnings window is quoted as 60 days and as 30.', {
    id: 'f79',
  });
