import { LEVEL_ORDER, RULES_2024, RULES_IDS, type RuleSet, type TargetMetric } from '../../core/fiverr-rules.js';
import { type Note } from '../../internal/notes.js';
import { choiceSetting, numberSetting, optionalNumber, shareSetting, themeSetting } from '../../internal/settings.js';
import * as m from './fiverr-level-meter.messages.js';

// The settings table of <fiverr-level-meter> (read by internal/settings.ts) and the notes it shows, as data.

/*
 * The settings. Ratings are Fiverr's 0–5 stars, rates percent, the success
 * score Fiverr's 1–10; the upper bounds on counts and money are sanity limits
 * far beyond any freelancer, not rules. The current system is the default.
 */
const count = (max: number) => numberSetting({ min: 0, max, integer: true }, 0);
const percent = () => numberSetting({ min: 0, max: 100 }, 0);
export const SETTINGS = {
  theme: themeSetting(),
  rules: choiceSetting(RULES_IDS, '2024'),
  currentLevel: choiceSetting(LEVEL_ORDER, 'new'),
  daysActive: count(100_000),
  orders: count(10_000_000),
  earnings: numberSetting({ min: 0, max: 1_000_000_000 }, 0),
  rating: numberSetting({ min: 0, max: 5 }, 0),
  responseRate: percent(),
  completionRate: percent(),
  onTimeRate: percent(),
  warnings: count(1000),
  successScore: optionalNumber({ min: 1, max: 10 }),
  uniqueClients: count(10_000_000),
  // The targets of the reader's own Level overview (2024), for the level after the one they hold: none by default.
  targetSuccessScore: optionalNumber({ min: 1, max: 10 }),
  targetRating: optionalNumber({ min: 0, max: 5 }),
  targetResponseRate: optionalNumber({ min: 0, max: 100 }),
  targetOrders: optionalNumber({ min: 0, max: 10_000_000, integer: true }),
  targetUniqueClients: optionalNumber({ min: 0, max: 10_000_000, integer: true }),
  targetEarnings: optionalNumber({ min: 0, max: 1_000_000_000 }),
  share: shareSetting(),
};
type Key = keyof typeof SETTINGS;
/** What a reader can change, and a share link can hold: everything but the page's own settings. */
export const SHARED = (Object.keys(SETTINGS) as Key[]).filter((key) => key !== 'theme' && key !== 'share');

/** The setting that holds the reader's own target for each Level overview metric. */
export const TARGET_KEYS = {
  successScore: 'targetSuccessScore',
  rating: 'targetRating',
  responseRate: 'targetResponseRate',
  orders: 'targetOrders',
  uniqueClients: 'targetUniqueClients',
  earnings: 'targetEarnings',
} as const satisfies Record<TargetMetric, keyof typeof SETTINGS>;

/**
 * A level system as the meter shows it: its rules, the notes under them, how
 * the level reached is introduced (the retired system in the past tense) and
 * when levels are checked. The current one is here; the classic one is a chunk
 * loaded on request (classic-rules.ts).
 */
export interface RuleView {
  rules: RuleSet;
  notes: readonly Note<null>[];
  /** "Under the classic rules your numbers would have qualified for"; none for the current system (its words depend on the level held). */
  reached?: () => string;
  checked: () => string;
}

export const CURRENT_RULES: RuleView = {
  rules: RULES_2024,
  notes: [{ id: 'top-rated-earlier', text: m.topRatedEarlier }],
  checked: m.checked2024,
};
/* Every perk is unverified (docs/sources.md, "What a level unlocks"): each conflict is named. */
export const PERK_NOTES: readonly Note<null>[] = [
  { id: 'perks-unverified', text: () => `* ${m.perksUnverified()}` },
  { id: 'perks-gigs', text: m.perksGigs },
  { id: 'perks-promoted', text: m.perksPromoted },
];
