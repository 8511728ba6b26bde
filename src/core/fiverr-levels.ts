import { LEVEL_ORDER, type Criterion, type LevelId, type LevelRule, type Metric, type RuleSet, type TargetMetric } from './fiverr-rules.js';

/** A freelancer's numbers. `successScore` is `null` when the freelancer has not entered one. */
export type SellerMetrics = Record<Exclude<Metric, 'successScore'>, number> & {
  successScore: number | null;
  /**
   * The level the freelancer holds now (their Level overview), under the 2024
   * rules: their own targets are for the level after it, and a shortfall
   * against it is what could make them drop. Default `new`.
   */
  currentLevel?: LevelId;
};

/** The targets a freelancer's Level overview shows for their next level; each one replaces the reported target. */
export type OwnTargets = Partial<Record<TargetMetric, number>>;

/** Where a requirement comes from: Fiverr's own page, what freelancers report, or the freelancer's own Level overview. */
export type Basis = 'official' | 'reported' | 'own';

export interface CriterionResult {
  metric: Metric;
  value: number | null;
  required: number;
  kind: 'min' | 'max';
  basis: Basis;
  met: boolean;
  /** How far from the requirement, in the metric's own unit (0 when met, `null` when the value is not entered). */
  gap: number | null;
  note?: string;
}

export interface LevelEvaluation {
  rules: RuleSet['id'];
  /** The highest level whose every requirement is met, climbing in order. */
  level: LevelId;
  /** The level the freelancer holds (2024; the same as `level` for classic). */
  held: LevelId;
  nextLevel: LevelId | null;
  /** Every requirement of the next level, met or not. */
  next: CriterionResult[];
  /** The next level's requirements that are not met. */
  unmet: CriterionResult[];
  /** The requirements of the level held (or reached, if higher) that fail or sit within the rule set's margin. */
  atRisk: CriterionResult[];
  /** Top Rated is granted after a manual review by Fiverr, numbers alone are not enough. */
  manualReview: boolean;
  /** Policy warnings on record (they cost a level under `classic`, and can under `2024`). */
  warningRisk: boolean;
}

/* Removes float noise from a difference (4.7 − 4.6 = 0.10000000000000053). */
const clean = (x: number): number => Math.round(x * 1e6) / 1e6;

function check(c: Criterion, m: SellerMetrics, basis: Basis): CriterionResult {
  const value = m[c.metric];
  const kind = c.max !== undefined ? 'max' : 'min';
  const required = (kind === 'max' ? c.max : c.min) ?? 0;
  const base = { metric: c.metric, value, required, kind, basis, ...(c.note ? { note: c.note } : {}) } as const;
  if (value === null) return { ...base, met: false, gap: null };
  const met = kind === 'max' ? value <= required : value >= required;
  return { ...base, met, gap: met ? 0 : clean(kind === 'max' ? value - required : required - value) };
}

/** A level's requirements, with the freelancer's own targets in place of the reported ones. */
function criteriaOf(level: LevelRule, own: OwnTargets | undefined, m: SellerMetrics): CriterionResult[] {
  return level.criteria.map((c) => {
    const target = own?.[c.metric as TargetMetric];
    if (target !== undefined) return check({ ...c, min: target }, m, 'own');
    return check(c, m, c.reported ? 'reported' : 'official');
  });
}

/**
 * The highest level whose every requirement is met (inclusive thresholds),
 * with what the next level still needs and what puts the level held at risk.
 * Levels are climbed in order: a level counts only when all below it do.
 * `own` holds the targets of the freelancer's Level overview, which are for
 * the level after the one held (2024 rules only).
 */
export function evaluateLevel(metrics: SellerMetrics, rules: RuleSet, own?: OwnTargets): LevelEvaluation {
  const heldIndex = rules.id === '2024' ? Math.max(0, LEVEL_ORDER.indexOf(metrics.currentLevel ?? 'new')) : 0;
  const ownFor = (i: number) => (i === heldIndex + 1 ? own : undefined);
  const results = rules.levels.map((l, i) => criteriaOf(l, ownFor(i), metrics));
  let levelIndex = 0;
  for (let i = 1; i < rules.levels.length && results[i].every((r) => r.met); i++) levelIndex = i;
  const next = results[levelIndex + 1] ?? [];
  const riskIndex = Math.max(levelIndex, heldIndex);
  const atRisk = results[riskIndex].filter((r) => {
    if (!r.met) return true;
    const margin = rules.margins[r.metric];
    return r.kind === 'min' && margin !== undefined && clean((r.value as number) - r.required) < margin;
  });
  const nextRule = rules.levels[levelIndex + 1];
  return {
    rules: rules.id,
    level: rules.levels[levelIndex].id,
    held: rules.levels[heldIndex].id,
    nextLevel: nextRule?.id ?? null,
    next,
    unmet: next.filter((r) => !r.met),
    atRisk,
    manualReview: Boolean(nextRule?.manualReview || rules.levels[levelIndex].manualReview),
    warningRisk: metrics.warnings > 0,
  };
}

/** One unmet criterion of the `level-change` detail. */
export interface UnmetCriterion {
  criterion: Metric;
  value: number | null;
  required: number;
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
    unmet: e.unmet.map((r) => ({ criterion: r.metric, value: r.value, required: r.required })),
  };
}
