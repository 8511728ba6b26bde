import { CHECKED, type Source } from './sources.js';

/**
 * Fiverr seller level systems, as data (docs/sources.md, "Fiverr seller levels").
 *
 * `2024`: the current system, since 14 Feb 2024, evaluated daily with a grace
 * period before a drop. Fiverr publishes the Top Rated review requirements
 * (Help Center, "Top Rated freelancers"). The targets for Level 1 and Level 2
 * are not in the Help Center: Fiverr shows each freelancer their own on the
 * Level overview page, and freelancers and guides report the same numbers
 * consistently. Those reported targets are shipped here, each marked
 * `reported`, and a freelancer's own targets replace them (fiverr-levels.ts).
 *
 * `classic`: retired (fiverr-classic.ts), kept apart: a widget loads it only
 * when a reader or a page asks for it.
 */
export type LevelId = 'new' | 'level-1' | 'level-2' | 'top-rated';
export type RulesId = 'classic' | '2024';

export type Metric =
  | 'daysActive'
  | 'orders'
  | 'earnings'
  | 'rating'
  | 'responseRate'
  | 'completionRate'
  | 'onTimeRate'
  | 'warnings'
  | 'successScore'
  | 'uniqueClients';

export interface Criterion {
  metric: Metric;
  /** Inclusive minimum. */
  min?: number;
  /** Inclusive maximum (warnings). */
  max?: number;
  /** Extra words for the criterion, e.g. the warnings window. */
  note?: string;
  /** A target freelancers report, not one Fiverr publishes (see `RuleSet.reported`). */
  reported?: boolean;
}

export interface LevelRule {
  id: LevelId;
  criteria: readonly Criterion[];
  /** Top Rated is also granted by a person at Fiverr, never by numbers alone. */
  manualReview?: boolean;
}

export interface RuleSet {
  id: RulesId;
  /** The metrics a freelancer fills in for this system, in display order. */
  metrics: readonly Metric[];
  levels: readonly LevelRule[];
  source: Source;
  /** Where the `reported` targets come from, when the rule set has any. */
  reported?: Source;
  /** How close to a minimum (in the metric's unit) counts as at risk of dropping. */
  margins: Partial<Record<Metric, number>>;
}

/*
 * At-risk margins: one decimal of rating and a few points of a rate are what a
 * single bad order can cost a freelancer with a few dozen reviews or orders.
 */
export const MARGINS: RuleSet['margins'] = {
  rating: 0.1,
  responseRate: 3,
  completionRate: 3,
  onTimeRate: 3,
  successScore: 1,
};

/** The six metrics a 2024 Level overview shows a target for, in its order. */
export const TARGET_METRICS = ['successScore', 'rating', 'responseRate', 'orders', 'uniqueClients', 'earnings'] as const;
export type TargetMetric = (typeof TARGET_METRICS)[number];

/* Reported targets (docs/sources.md, "The current system"), in TARGET_METRICS order. */
const reported = (targets: readonly number[]): Criterion[] =>
  TARGET_METRICS.map((metric, i) => ({ metric, min: targets[i], reported: true }));

export const RULES_2024: RuleSet = {
  id: '2024',
  metrics: ['successScore', 'rating', 'responseRate', 'orders', 'uniqueClients', 'earnings', 'warnings'],
  levels: [
    { id: 'new', criteria: [] },
    // Success score 5, rating 4.4, response rate 80%, 5 orders, 3 unique clients, US$400.
    { id: 'level-1', criteria: reported([5, 4.4, 80, 5, 3, 400]) },
    // Success score 7, rating 4.6, response rate 90%, 20 orders, 10 unique clients, US$2,000.
    { id: 'level-2', criteria: reported([7, 4.6, 90, 20, 10, 2000]) },
    {
      id: 'top-rated',
      manualReview: true,
      // Level 2 (the climb below), then these four. The 2024 version of the page also asked for
      // 20 unique clients and $10,000 earned; the current one no longer does (docs/sources.md).
      criteria: [
        { metric: 'successScore', min: 9 },
        { metric: 'rating', min: 4.7 },
        { metric: 'responseRate', min: 90 },
        { metric: 'orders', min: 40 },
      ],
    },
  ],
  source: {
    title: 'Fiverr Help Center, “Top Rated freelancers”',
    url: 'https://help.fiverr.com/hc/en-us/articles/15140188560913',
    asOf: '2024-02-14',
    checked: CHECKED,
  },
  reported: {
    title: 'Fiverr Help Center, “Fiverr’s new level system” (the Level overview); targets as freelancers and guides report them',
    url: 'https://help.fiverr.com/hc/en-us/articles/360010560118',
    asOf: '2024-02-14',
    checked: CHECKED,
  },
  margins: MARGINS,
};

/** The rule sets in the order a reader chooses from: the current one first. */
export const RULES_IDS: readonly RulesId[] = ['2024', 'classic'];

export interface Perks {
  /** Active gig limit; `gigsAlt` is the figure another source gives. */
  gigs: number;
  gigsAlt?: number;
  /** Days before earnings clear for withdrawal. */
  clearanceDays: number;
  /** `disputed`: one source says yes at this level, another not until the next. */
  promotedGigs: boolean | 'disputed';
}

/**
 * What each level unlocks. UNVERIFIED — Fiverr publishes no single table and
 * sources conflict, so the widget shows every figure with a note
 * (docs/sources.md, "What a level unlocks"): gig limits 7/10/20/30 (the seed
 * post; others say 15 for Level 2 and 20 for Top Rated); clearance 14 days, 7
 * for Top Rated (secondary sources); Promoted Gigs from Level 1 (secondary),
 * from Level 2 according to the seed post.
 */
export const PERKS: Record<LevelId, Perks> = {
  new: { gigs: 7, clearanceDays: 14, promotedGigs: false },
  'level-1': { gigs: 10, clearanceDays: 14, promotedGigs: 'disputed' },
  'level-2': { gigs: 20, gigsAlt: 15, clearanceDays: 14, promotedGigs: true },
  'top-rated': { gigs: 30, gigsAlt: 20, clearanceDays: 7, promotedGigs: true },
};

export const LEVEL_ORDER: readonly LevelId[] = ['new', 'level-1', 'level-2', 'top-rated'];
