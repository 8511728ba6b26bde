import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { evaluateLevel, levelDetail, type SellerMetrics } from '../../src/core/fiverr-levels.js';
import { LEVEL_ORDER, RULES_2024 } from '../../src/core/fiverr-rules.js';
import { CLASSIC_RULES } from '../../src/core/fiverr-classic.js';

const zero: SellerMetrics = {
  daysActive: 0,
  orders: 0,
  earnings: 0,
  rating: 0,
  responseRate: 0,
  completionRate: 0,
  onTimeRate: 0,
  warnings: 0,
  successScore: null,
  uniqueClients: 0,
};
const level1: SellerMetrics = {
  ...zero,
  daysActive: 60,
  orders: 10,
  earnings: 400,
  rating: 4.7,
  responseRate: 90,
  completionRate: 90,
  onTimeRate: 90,
};
const level2: SellerMetrics = { ...level1, daysActive: 120, orders: 50, earnings: 2000 };
const topRated: SellerMetrics = { ...level2, daysActive: 180, orders: 100, earnings: 20000, rating: 4.8 };

describe('core: Fiverr classic levels', () => {
  it('a new seller is New Seller and needs everything of Level One', () => {
    const e = evaluateLevel(zero, CLASSIC_RULES);
    expect(e.level).to.equal('new');
    expect(e.nextLevel).to.equal('level-1');
    expect(e.unmet.map((u) => u.metric)).to.deep.equal([
      'daysActive',
      'orders',
      'earnings',
      'rating',
      'responseRate',
      'completionRate',
      'onTimeRate',
    ]);
    expect(e.atRisk).to.deep.equal([]);
  });

  it('thresholds are inclusive: exactly 4.7 and exactly 90% qualify', () => {
    expect(evaluateLevel(level1, CLASSIC_RULES).level).to.equal('level-1');
    expect(evaluateLevel(level2, CLASSIC_RULES).level).to.equal('level-2');
    expect(evaluateLevel(topRated, CLASSIC_RULES).level).to.equal('top-rated');
  });

  const below: [keyof SellerMetrics, number][] = [
    ['daysActive', 59],
    ['orders', 9],
    ['earnings', 399.99],
    ['rating', 4.69],
    ['responseRate', 89.9],
    ['completionRate', 89],
    ['onTimeRate', 89],
    ['warnings', 1],
  ];
  for (const [metric, value] of below) {
    it(`one short of Level One on ${metric} (${value}) stays New Seller`, () => {
      const e = evaluateLevel({ ...level1, [metric]: value }, CLASSIC_RULES);
      expect(e.level).to.equal('new');
      expect(e.unmet.map((u) => u.metric)).to.deep.equal([metric]);
    });
  }

  it('gives gaps in each criterion’s own unit', () => {
    const e = evaluateLevel({ ...level1, orders: 47, earnings: 1850, rating: 4.6, daysActive: 130 }, CLASSIC_RULES);
    expect(e.level).to.equal('new'); // 4.6 fails Level One too
    const e2 = evaluateLevel({ ...level1, orders: 47, earnings: 1850, daysActive: 130 }, CLASSIC_RULES);
    expect(e2.level).to.equal('level-1');
    const gap = Object.fromEntries(e2.next.map((r) => [r.metric, r.gap]));
    expect(gap).to.deep.include({ orders: 3, earnings: 150, daysActive: 0, rating: 0 });
    const e3 = evaluateLevel({ ...topRated, rating: 4.7 }, CLASSIC_RULES);
    expect(e3.level).to.equal('level-2');
    expect(e3.unmet).to.deep.equal([{ metric: 'rating', value: 4.7, required: 4.8, kind: 'min', basis: 'official', met: false, gap: 0.1 }]);
    expect(e3.manualReview).to.equal(true);
  });

  it('flags current-level criteria within the margin as at risk', () => {
    const e = evaluateLevel({ ...level2, rating: 4.75, responseRate: 95, completionRate: 91, onTimeRate: 100 }, CLASSIC_RULES);
    expect(e.level).to.equal('level-2');
    expect(e.atRisk.map((r) => r.metric)).to.deep.equal(['rating', 'completionRate']);
  });

  it('a warning in the window costs the level', () => {
    const e = evaluateLevel({ ...level2, warnings: 1 }, CLASSIC_RULES);
    expect(e.level).to.equal('new');
    expect(e.warningRisk).to.equal(true);
    expect(e.unmet.find((u) => u.metric === 'warnings')).to.deep.include({ gap: 1, note: '30' });
  });

  it('gives the event detail', () => {
    expect(levelDetail(evaluateLevel({ ...level1, orders: 9 }, CLASSIC_RULES))).to.deep.equal({
      level: 'new',
      nextLevel: 'level-1',
      unmet: [{ criterion: 'orders', value: 9, required: 10 }],
    });
    expect(levelDetail(evaluateLevel(topRated, CLASSIC_RULES))).to.deep.equal({ level: 'top-rated', nextLevel: null, unmet: [] });
  });
});

describe('core: Fiverr 2024 levels', () => {
  const tr2024: SellerMetrics = {
    ...zero,
    successScore: 9,
    rating: 4.7,
    responseRate: 90,
    orders: 40,
    uniqueClients: 20,
    earnings: 10000,
    currentLevel: 'level-2',
  };

  /* The reported targets (docs/sources.md): Level 1 and Level 2, exactly. */
  const L1: SellerMetrics = { ...zero, successScore: 5, rating: 4.4, responseRate: 80, orders: 5, uniqueClients: 3, earnings: 400 };
  const L2: SellerMetrics = { ...zero, successScore: 7, rating: 4.6, responseRate: 90, orders: 20, uniqueClients: 10, earnings: 2000 };

  it('Level 1 and Level 2 use the reported targets, each marked as reported; thresholds are inclusive', () => {
    expect(evaluateLevel(L1, RULES_2024).level).to.equal('level-1');
    expect(evaluateLevel(L2, RULES_2024).level).to.equal('level-2');
    const e = evaluateLevel(zero, RULES_2024);
    expect(e.next.map((r) => [r.metric, r.required, r.basis])).to.deep.equal([
      ['successScore', 5, 'reported'],
      ['rating', 4.4, 'reported'],
      ['responseRate', 80, 'reported'],
      ['orders', 5, 'reported'],
      ['uniqueClients', 3, 'reported'],
      ['earnings', 400, 'reported'],
    ]);
    for (const [metric, value] of [
      ['successScore', 4],
      ['rating', 4.39],
      ['responseRate', 79.9],
      ['orders', 4],
      ['uniqueClients', 2],
      ['earnings', 399.99],
    ] as const) {
      const short = evaluateLevel({ ...L1, [metric]: value }, RULES_2024);
      expect(short.level, metric).to.equal('new');
      expect(short.unmet.map((u) => u.metric)).to.deep.equal([metric]);
    }
  });

  it('a New freelancer learns what is missing for Level 1, in each criterion’s unit (never “unknown”)', () => {
    const e = evaluateLevel({ ...zero, currentLevel: 'new', orders: 3, uniqueClients: 1, earnings: 100 }, RULES_2024);
    expect(e.level).to.equal('new');
    expect(e.nextLevel).to.equal('level-1');
    expect(e.unmet.map((u) => [u.metric, u.gap])).to.deep.equal([
      ['successScore', null], // not entered
      ['rating', 4.4],
      ['responseRate', 80],
      ['orders', 2],
      ['uniqueClients', 2],
      ['earnings', 300],
    ]);
  });

  it('the freelancer’s own targets win for the level after the one they hold, and are marked as theirs', () => {
    const own = { orders: 8, earnings: 500 };
    const e = evaluateLevel(L1, RULES_2024, own);
    expect(e.level).to.equal('new'); // 5 orders and $400 fall short of their own 8 and $500
    expect(e.unmet.map((u) => [u.metric, u.required, u.basis, u.gap])).to.deep.equal([
      ['orders', 8, 'own', 3],
      ['earnings', 500, 'own', 100],
    ]);
    expect(e.next.find((r) => r.metric === 'rating')?.basis).to.equal('reported');
    // Holding Level 1, the targets on their Level overview are for Level 2.
    const holding = evaluateLevel({ ...L1, currentLevel: 'level-1' }, RULES_2024, { orders: 8, rating: 4.5 });
    expect(holding.level).to.equal('level-1');
    expect(holding.next.find((r) => r.metric === 'orders')).to.deep.include({ required: 8, basis: 'own' });
    expect(holding.next.find((r) => r.metric === 'earnings')).to.deep.include({ required: 2000, basis: 'reported' });
  });

  it('holding a level the numbers no longer reach: its shortfalls are what could make the freelancer drop', () => {
    const e = evaluateLevel({ ...L2, rating: 4.5, currentLevel: 'level-2' }, RULES_2024);
    expect([e.level, e.held]).to.deep.equal(['level-1', 'level-2']);
    expect(e.atRisk.map((r) => [r.metric, r.met])).to.deep.equal([
      ['successScore', true], // 7: within one point of the 7 Level 2 needs
      ['rating', false],
      ['responseRate', true], // 90: within 3 points of 90
    ]);
  });

  it('Top Rated: Level 2, then the four Help Center requirements', () => {
    const e = evaluateLevel({ ...tr2024, orders: 39, successScore: 8 }, RULES_2024);
    expect(e.level).to.equal('level-2');
    expect(e.nextLevel).to.equal('top-rated');
    expect(e.unmet.map((u) => [u.metric, u.gap, u.basis])).to.deep.equal([
      ['successScore', 1, 'official'],
      ['orders', 1, 'official'],
    ]);
    expect(evaluateLevel({ ...tr2024, uniqueClients: 9 }, RULES_2024).level).to.equal('level-1'); // not Level 2: 10 clients reported
  });

  it('Top Rated review requirements are inclusive and need a manual review', () => {
    const e = evaluateLevel(tr2024, RULES_2024);
    expect(e.level).to.equal('top-rated');
    expect(e.manualReview).to.equal(true);
    expect(evaluateLevel({ ...tr2024, rating: 4.69 }, RULES_2024).level).to.equal('level-2');
    expect(evaluateLevel({ ...tr2024, successScore: null }, RULES_2024).unmet[0]).to.deep.include({
      metric: 'successScore',
      value: null,
      gap: null,
    });
  });

  it('warnings are a risk, not a published criterion', () => {
    const e = evaluateLevel({ ...tr2024, warnings: 2 }, RULES_2024);
    expect(e.level).to.equal('top-rated');
    expect(e.warningRisk).to.equal(true);
  });
});

describe('core: Fiverr properties', () => {
  const metrics = fc.record({
    daysActive: fc.integer({ min: 0, max: 400 }),
    orders: fc.integer({ min: 0, max: 200 }),
    earnings: fc.integer({ min: 0, max: 30000 }),
    rating: fc.integer({ min: 0, max: 50 }).map((r) => r / 10),
    responseRate: fc.integer({ min: 0, max: 100 }),
    completionRate: fc.integer({ min: 0, max: 100 }),
    onTimeRate: fc.integer({ min: 0, max: 100 }),
    warnings: fc.integer({ min: 0, max: 3 }),
    successScore: fc.option(fc.integer({ min: 1, max: 10 }), { nil: null }),
    uniqueClients: fc.integer({ min: 0, max: 60 }),
    currentLevel: fc.constantFrom(...LEVEL_ORDER),
  });
  const keys = [
    'daysActive',
    'orders',
    'earnings',
    'rating',
    'responseRate',
    'completionRate',
    'onTimeRate',
    'successScore',
    'uniqueClients',
  ] as const;

  it('own targets equal to the reported ones change nothing; own targets of the Level overview never apply to the classic rules', () => {
    const reported = { successScore: 5, rating: 4.4, responseRate: 80, orders: 5, uniqueClients: 3, earnings: 400 };
    fc.assert(
      fc.property(metrics, (m) => {
        const asIs = evaluateLevel({ ...m, currentLevel: 'new' }, RULES_2024);
        const same = evaluateLevel({ ...m, currentLevel: 'new' }, RULES_2024, reported);
        const classic = evaluateLevel(m, CLASSIC_RULES, { orders: 1_000_000 });
        return asIs.level === same.level && classic.level === evaluateLevel(m, CLASSIC_RULES).level;
      }),
      { numRuns: 500, seed: 23 },
    );
  });

  it('improving any metric never lowers the level (both rule sets)', () => {
    fc.assert(
      fc.property(
        metrics,
        fc.constantFrom(...keys),
        fc.integer({ min: 1, max: 50 }),
        fc.constantFrom(CLASSIC_RULES, RULES_2024),
        (m, key, step, rules) => {
          const before = LEVEL_ORDER.indexOf(evaluateLevel(m, rules).level);
          const better = { ...m, [key]: (m[key] ?? 0) + step, warnings: Math.max(0, m.warnings - 1) };
          return LEVEL_ORDER.indexOf(evaluateLevel(better, rules).level) >= before;
        },
      ),
      { numRuns: 1000, seed: 17 },
    );
  });
});
