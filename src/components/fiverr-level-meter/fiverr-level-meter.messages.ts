import { msg, str } from '@lit/localize';
import type { LevelId, Metric } from '../../core/fiverr-rules.js';

/* The words of <fiverr-level-meter> (message ids `f…`; Indonesian in xliff/id.xlf). */

export const title = () => msg('Your Fiverr level', { id: 'f81' });
export const lead = () =>
  msg(
    'Fill in the numbers your Level overview on Fiverr shows: see which level they qualify for, what is still missing and what could make you drop.',
    {
      id: 'f82',
    },
  );

/** Fiverr's own level names, the same in every language (as on Fiverr's Indonesian pages). */
export function levelName(level: LevelId): string {
  switch (level) {
    case 'new':
      return msg('New', { id: 'f65' });
    case 'level-1':
      return msg('Level 1', { id: 'f2' });
    case 'level-2':
      return msg('Level 2', { id: 'f3' });
    case 'top-rated':
      return msg('Top Rated', { id: 'f4' });
  }
}

export function metricLabel(metric: Metric): string {
  switch (metric) {
    case 'daysActive':
      return msg('Days as a freelancer', { id: 'f83' });
    case 'orders':
      return msg('Completed orders', { id: 'f6' });
    case 'earnings':
      return msg('Earnings (US$)', { id: 'f7' });
    case 'rating':
      return msg('Rating (0–5)', { id: 'f8' });
    case 'responseRate':
      return msg('Response rate (%)', { id: 'f9' });
    case 'completionRate':
      return msg('Order completion (%)', { id: 'f10' });
    case 'onTimeRate':
      return msg('On-time delivery (%)', { id: 'f11' });
    case 'warnings':
      return msg('Warnings', { id: 'f12' });
    case 'successScore':
      return msg('Success score (1–10)', { id: 'f13' });
    case 'uniqueClients':
      return msg('Unique clients', { id: 'f14' });
  }
}

/** What is missing, in the criterion's own unit: "3 more orders", "+0.1 rating". `n` and `usd` are formatted already. */
export function gap(metric: Metric, n: string, usd: string): string {
  switch (metric) {
    case 'daysActive':
      return msg(str`${n} more days`, { id: 'f18' });
    case 'orders':
      return msg(str`${n} more orders`, { id: 'f19' });
    case 'earnings':
      return msg(str`${usd} more`, { id: 'f20' });
    case 'rating':
      return msg(str`+${n} rating`, { id: 'f21' });
    case 'responseRate':
    case 'completionRate':
    case 'onTimeRate':
      return msg(str`+${n} percentage points`, { id: 'f22' });
    case 'successScore':
      return msg(str`+${n} success score`, { id: 'f23' });
    case 'uniqueClients':
      return msg(str`${n} more clients`, { id: 'f24' });
    case 'warnings':
      return msg(str`${n} warnings too many`, { id: 'f25' });
  }
}

export const met = () => msg('Met', { id: 'f16' });
export const enterValue = () => msg('Enter your value', { id: 'f17' });
export const notEntered = (label: string) => msg(str`${label} not entered`, { id: 'f96' });
export const noneMet = () => msg('None — met', { id: 'f33' });
export const mustBeNone = (value: string, days: string) => msg(str`${value} — must be none in ${days} days`, { id: 'f34' });

export const rulesLabel = () => msg('Level system', { id: 'f26' });
export const rules2024 = () => msg('Current (since 2024)', { id: 'f68' });
export const rulesClassic = () => msg('Classic (before 2024)', { id: 'f69' });
export const heldLevel = () => msg('Level you hold now', { id: 'f88' });

export const yourLevel = () => msg('Your level', { id: 'f52' });
export const qualifyFor = () => msg('Your numbers qualify for', { id: 'f53' });
export const manualReviewToo = () => msg('Top Rated also needs a manual review by Fiverr.', { id: 'f54' });
export const toward = (level: string) => msg(str`Toward ${level}`, { id: 'f55' });
export const reportedHint = () =>
  msg(
    'Fiverr does not publish the targets for Level 1 and Level 2: these are the ones freelancers report. Your Level overview shows your own targets; type them in below and they are used instead.',
    { id: 'f84' },
  );
export const ownHint = (level: string) => msg(str`The targets for ${level} are yours, from your Level overview.`, { id: 'f85' });
export const targetsLegend = (level: string) => msg(str`Your targets for ${level} (optional, from your Level overview)`, { id: 'f86' });
export const reportedTag = () => msg('reported', { id: 'f91' });
export const levelOverview = () => msg('About the Level overview (Fiverr Help Center)', { id: 'f95' });
export const ownTag = () => msg('your target', { id: 'f92' });
export const aboveHeld = (level: string) =>
  msg(str`Your Level overview shows ${level}; Fiverr checks every day, so the new level should follow.`, { id: 'f89' });
export const belowHeld = (level: string) =>
  msg(str`You hold ${level}: below its targets you keep it only through the grace period (see below).`, { id: 'f90' });
export const stillMissing = (list: string) => msg(str`Still missing: ${list}.`, { id: 'f57' });
export const allMet = () => msg('Every target is met.', { id: 'f87' });
export const manualReview = () => msg('Top Rated is granted after a manual review by Fiverr.', { id: 'f59' });
export const highest = () => msg('This is the highest level.', { id: 'f60' });

export const atRisk = () => msg('At risk of dropping', { id: 'f40' });
export const below = (label: string, value: string, required: string) =>
  msg(str`${label}: ${value} is below the ${required} your level needs.`, { id: 'f35' });
export const close = (label: string, value: string, required: string) =>
  msg(str`${label}: ${value} is close to the ${required} your level needs.`, { id: 'f36' });
export const warningsRisk = () => msg('Policy warnings can cost you a level after review.', { id: 'f37' });
export const checked2024 = () => msg('Levels are checked daily, with a grace period before a drop.', { id: 'f39' });

export const perksCaption = () => msg('What each level unlocks', { id: 'f43' });
export const levelHead = () => msg('Level', { id: 'f44' });
export const gigsHead = () => msg('Active gigs', { id: 'f45' });
export const clearanceHead = () => msg('Days until earnings clear', { id: 'f72' });
export const promotedHead = () => msg('Promoted Gigs', { id: 'f47' });
export const days = (n: number) => msg(str`${n} days`, { id: 'f48' });
export const yes = () => msg('Yes', { id: 'f41' });
export const no = () => msg('No', { id: 'f42' });
export const unclear = () => msg('Unclear', { id: 'f73' });

export const perksUnverified = () =>
  msg('Fiverr publishes no single table of these perks: every figure here comes from secondary sources. Check your Level overview.', {
    id: 'f94',
  });
export const perksGigs = () => msg('Active gigs: some sources give 15 for Level 2 and 20 for Top Rated.', { id: 'f75' });
export const perksPromoted = () =>
  msg('Promoted Gigs: from Level 1 according to Fiverr’s help pages as quoted elsewhere; from Level 2 according to some blog posts.', {
    id: 'f76',
  });

export const topRatedEarlier = () =>
  msg(
    'The 2024 version of Fiverr’s Top Rated page also asked for 20 unique clients and US$10,000 earned; the current page lists neither.',
    {
      id: 'f80',
    },
  );
