import { LEVEL_ORDER, type Criterion, type LevelId, type Metric, type RuleSet } from './fiverr-rules.js';

/** A seller's numbers. `successScore` is `null` when the seller has not entered one. */
export type SellerMetrics = Record<Exclude<Metric, 'successScore'>, number> & {
  successScore: number | null;
  /**
   * The level the seller's dashboard shows. Used only where a level's numbers
   * are not published (2024 Level 1 and 2): there the numbers cannot decide,
   * so the seller's word does.
   */
  currentLevel?: LevelId;
};

export interface CriterionResult {
  metric: Metric;
  value: number | null;
  /** `null` when Fiverr has not published the requirement. */
  required: number | null;
  kind: 'min' | 'max';
  /** `null` when it cannot be known (requirement not published). */
  met: boolean | null;
  /** How far from the requirement, in the metric's own unit (0 when met, `null` when unknown). */
  gap: number | null;
  note?: string;
}

export interface LevelEvaluation {
  rules: RuleSet['id'];
  level: LevelId;
  nextLevel: LevelId | null;
  /** Every criterion of the next level, met or not. */
  next: CriterionResult[];
  /** The next level's criteria that are known to be unmet. */
  unmet: CriterionResult[];
  /** The current level's criteria that fail or sit within the rule set's margin. */
  atRisk: CriterionResult[];
  /** True when the next level needs numbers Fiverr does not publish. */
  nextUnpublished: boolean;
  /** Top Rated is granted after a manual review by Fiverr, numbers alone are not enough. */
  manualReview: boolean;
  /** Policy warnings on record (they cost a level under `classic`, and can under `2024`). */
  warningRisk: boolean;
}

/* Removes float noise from a difference (4.7 − 4.6 = 0.10000000000000053). */
const clean = (x: number): number => Math.round(x * 1e6) / 1e6;

function check(c: Criterion, m: SellerMetrics): CriterionResult {
  const value = m[c.metric];
  const kind = c.max !== undefined ? 'max' : 'min';
  const required = kind === 'max' ? (c.max as number) : (c.min ?? null);
  const base = {
    metric: c.metric,
    value,
    required,
    kind,
    ...(c.note ? { note: c.note } : {}),
  } as const;
  if (required === null) return { ...base, met: null, gap: null };
  if (value === null) return { ...base, met: false, gap: null };
  const met = kind === 'max' ? value <= required : value >= required;
  return {
    ...base,
    met,
    gap: met ? 0 : clean(kind === 'max' ? value - required : required - value),
  };
}

function reached(index: number, results: CriterionResult[], m: SellerMetrics): boolean {
  if (results.some((r) => r.met === false)) return false;
  // Unpublished numbers cannot be checked: the level the seller's dashboard shows decides.
  if (results.some((r) => r.met === null)) return LEVEL_ORDER.indexOf(m.currentLevel ?? 'new') >= index;
  return true;
}

/**
 * The highest level whose every criterion is met (inclusive thresholds), with
 * what the next level still needs and what puts the current one at risk.
 * Levels are climbed in order: a level counts only when all below it do.
 */
export function evaluateLevel(metrics: SellerMetrics, rules: RuleSet): LevelEvaluation {
  let levelIndex = 0;
  for (let i = 1; i < rules.levels.length; i++) {
    const results = rules.levels[i].criteria.map((c) => check(c, metrics));
    if (!reached(i, results, metrics)) break;
    levelIndex = i;
  }
  const nextRule = rules.levels[levelIndex + 1];
  const next = nextRule ? nextRule.criteria.map((c) => check(c, metrics)) : [];
  const atRisk = rules.levels[levelIndex].criteria
    .map((c) => check(c, metrics))
    .filter((r) => {
      if (r.met === false) return true;
      const margin = rules.margins[r.metric];
      return r.met === true && r.kind === 'min' && margin !== undefined && clean((r.value as number) - (r.required as number)) < margin;
    });
  const manual = Boolean(nextRule?.manualReview || rules.levels[levelIndex].manualReview);
  return {
    rules: rules.id,
    level: rules.levels[levelIndex].id,
    nextLevel: nextRule?.id ?? null,
    next,
    unmet: next.filter((r) => r.met === false),
    atRisk,
    nextUnpublished: next.some((r) => r.met === null),
    manualReview: manual,
    warningRisk: metrics.warnings > 0,
  };
}

/** One unmet criterion of the `level-change` detail. */
export interface UnmetCriterion {
  criterion: Metric;
  value: number | null;
  required: number | null;
}

/** The `level-change` event detail and `<fiverr-level-meter>.result`. */
export interface LevelResult {
  level: LevelId;
  nextLevel: LevelId | null;
  unmet: UnmetCriterion[];
}

/** The `level-change` event detail. */
export function levelDetail(e: LevelEvaluation): LevelResult {
  return {
    level: e.level,
    nextLevel: e.nextLevel,
    unmet: e.unmet.map((r) => ({
      criterion: r.metric,
      value: r.value,
      required: r.required,
    })),
  };
}
