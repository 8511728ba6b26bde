import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { dec, decToString, type Dec } from '../../src/core/decimal.js';
import { IMAGE_TIERS, VIDEO_TIERS, parseTiers } from '../../src/core/royalty-tables.js';
import { earningsForRange, levelFor, perDownloadAt, projectYear } from '../../src/core/royalty.js';
import { royaltyDetail } from '../../src/core/royalty-detail.js';

const img = IMAGE_TIERS.tiers;
const vid = VIDEO_TIERS.tiers;
const s = (d: Dec) => decToString(d);

describe('core: Shutterstock levels', () => {
  const imageEdges: [number, number][] = [
    [0, 1],
    [1, 1],
    [100, 1],
    [101, 2],
    [250, 2],
    [251, 3],
    [500, 3],
    [501, 4],
    [2500, 4],
    [2501, 5],
    [25000, 5],
    [25001, 6],
    [10_000_000, 6],
  ];
  for (const [n, level] of imageEdges) it(`image download ${n} is level ${level}`, () => expect(levelFor(img, n)).to.equal(level));

  const videoEdges: [number, number][] = [
    [10, 1],
    [11, 2],
    [50, 2],
    [51, 3],
    [250, 3],
    [251, 4],
    [5000, 4],
    [5001, 5],
    [25000, 5],
    [25001, 6],
  ];
  for (const [n, level] of videoEdges) it(`video download ${n} is level ${level}`, () => expect(levelFor(vid, n)).to.equal(level));

  it('pays the seed example: a $1 image earns $0.15 at level 1 and $0.30 at level 4', () => {
    expect(s(perDownloadAt(img, 1, dec(1), dec('0.10')))).to.equal('0.15');
    expect(s(perDownloadAt(img, 4, dec(1), dec('0.10')))).to.equal('0.3');
  });

  it('applies the floor: $0.50 at 15% earns $0.10, not $0.075', () => {
    expect(s(perDownloadAt(img, 1, dec('0.5'), dec('0.10')))).to.equal('0.1');
    expect(s(perDownloadAt(vid, 1, dec('0.5'), dec(0)))).to.equal('0.075');
  });

  it('splits a range at each threshold, like brackets', () => {
    // Downloads 1–300 at $1: 100 × 0.15 + 150 × 0.20 + 50 × 0.25 = 57.50
    expect(s(earningsForRange(img, 1, 300, dec(1), dec('0.1')))).to.equal('57.5');
    // 101st alone is level 2; 100th alone is level 1.
    expect(s(earningsForRange(img, 101, 101, dec(1), dec('0.1')))).to.equal('0.2');
    expect(s(earningsForRange(img, 100, 100, dec(1), dec('0.1')))).to.equal('0.15');
    expect(s(earningsForRange(img, 5, 4, dec(1), dec('0.1')))).to.equal('0');
  });

  it('projects a year month by month, with a month crossing two thresholds', () => {
    const p = projectYear({ tiers: img, price: 1, minimum: 0.1, monthlyDownloads: 300, downloadsToDate: 0, startMonth: 1 });
    expect(p.months).to.have.length(12);
    expect(s(p.months[0].earnings)).to.equal('57.5'); // 100@15% + 150@20% + 50@25%
    expect(p.months[0].level).to.equal(3);
    expect(s(p.months[1].earnings)).to.equal('80'); // 200@25% + 100@30%
    expect(p.months[1].level).to.equal(4);
    expect(p.yearDownloads).to.equal(3600);
    expect(p.level).to.equal(5);
    // 100×.15 + 150×.20 + 250×.25 + 2000×.30 + 1100×.35 = 15 + 30 + 62.5 + 600 + 385
    expect(s(p.yearTotal)).to.equal('1092.5');
    expect(s(p.perDownload)).to.equal('0.35');
    expect(p.levelNow).to.equal(1);
    expect(p.toNextLevel).to.equal(101);
    expect(s(p.effectivePercent)).to.equal(s((dec('1092.5') * 100n * 10n ** 10n) / dec(3600)));
  });

  it('starts later in the year from the downloads so far', () => {
    const p = projectYear({ tiers: img, price: 1, minimum: 0.1, monthlyDownloads: 100, downloadsToDate: 450, startMonth: 10 });
    expect(p.months.map((m) => m.month)).to.deep.equal([10, 11, 12]);
    expect(p.levelNow).to.equal(3);
    expect(p.toNextLevel).to.equal(51);
    // 451–500 at 25% (50 × 0.25) + 501–550 at 30% (50 × 0.30) = 27.50; then 2 × 100 × 0.30
    expect(s(p.months[0].earnings)).to.equal('27.5');
    expect(s(p.yearTotal)).to.equal('87.5');
    expect(p.level).to.equal(4);
  });

  it('resets every January: last year’s count does not carry into a January start', () => {
    const december = projectYear({ tiers: img, price: 1, minimum: 0.1, monthlyDownloads: 3000, downloadsToDate: 30000, startMonth: 12 });
    expect(december.levelNow).to.equal(6);
    const january = projectYear({ tiers: img, price: 1, minimum: 0.1, monthlyDownloads: 50, downloadsToDate: 30000, startMonth: 1 });
    expect(january.resetInJanuary).to.equal(true);
    expect(january.levelNow).to.equal(1);
    expect(s(january.months[0].earnings)).to.equal('7.5');
  });

  it('reports the top level with nothing further to reach', () => {
    const p = projectYear({ tiers: img, price: 2, minimum: 0.1, monthlyDownloads: 0, downloadsToDate: 30000, startMonth: 6 });
    expect(p.toNextLevel).to.equal(null);
    expect(s(p.perDownloadNow)).to.equal('0.8');
    expect(s(p.yearTotal)).to.equal('0');
    expect(s(p.effectivePercent)).to.equal('0');
  });

  it('gives the event detail in USD numbers', () => {
    const p = projectYear({ tiers: img, price: 1, minimum: 0.1, monthlyDownloads: 100, downloadsToDate: 0, startMonth: 12 });
    expect(royaltyDetail(p)).to.deep.equal({
      level: 1,
      rate: 0.15,
      perDownload: 0.15,
      yearTotal: 15,
      months: [{ month: 12, downloads: 100, level: 1, earnings: 15 }],
      usYearTotal: 15, // Shutterstock is a US payer: its whole year
    });
  });

  it('uses a custom table', () => {
    const t = parseTiers('0:10, 11:50');
    expect(t.ok).to.equal(true);
    if (!t.ok) return;
    expect(s(earningsForRange(t.tiers, 1, 20, dec(1), dec(0)))).to.equal('6'); // 10×0.10 + 10×0.50
  });

  it('parses and rejects custom level tables with reasons', () => {
    expect(parseTiers('0:15,101:20,251:25,501:30,2501:35,25001:40')).to.deep.equal({ ok: true, tiers: img.map((t) => ({ ...t })) });
    expect(parseTiers('0:15%; 101:20.5')).to.deep.equal({
      ok: true,
      tiers: [
        { from: 0, percent: 15 },
        { from: 101, percent: 20.5 },
      ],
    });
    expect(parseTiers('')).to.deep.equal({ ok: false, reason: 'empty' });
    expect(parseTiers('0:15,50:20,20:25')).to.deep.include({ ok: false, reason: 'unsorted' });
    expect(parseTiers('0:15,50:20,50:25')).to.deep.include({ ok: false, reason: 'duplicate' });
    expect(parseTiers('0:15,50:120')).to.deep.include({ ok: false, reason: 'rate-out-of-range' });
    expect(parseTiers('1:15,50:20')).to.deep.include({ ok: false, reason: 'not-from-zero' });
    expect(parseTiers('zero:fifteen')).to.deep.include({ ok: false, reason: 'garbage' });
    expect(parseTiers('0:-5')).to.deep.include({ ok: false, reason: 'garbage' });
    expect(parseTiers(Array.from({ length: 21 }, (_, i) => `${i}:1`).join(','))).to.deep.include({ ok: false, reason: 'too-many' });
  });
});

describe('core: royalty properties', () => {
  const arb = {
    tiers: fc.constantFrom(img, vid),
    price: fc.integer({ min: 0, max: 100_000 }).map((c) => c / 100),
    minimum: fc.constantFrom(0, 0.1),
  };

  it('earnings never decrease as downloads grow', () => {
    fc.assert(
      fc.property(
        arb.tiers,
        arb.price,
        arb.minimum,
        fc.integer({ min: 0, max: 40_000 }),
        fc.integer({ min: 0, max: 5_000 }),
        (tiers, price, min, n, extra) => {
          const a = earningsForRange(tiers, 1, n, dec(price), dec(min));
          const b = earningsForRange(tiers, 1, n + extra, dec(price), dec(min));
          return b >= a;
        },
      ),
      { numRuns: 500, seed: 3 },
    );
  });

  it('the split sum equals a download-by-download sum', () => {
    fc.assert(
      fc.property(
        arb.tiers,
        arb.price,
        arb.minimum,
        fc.integer({ min: 1, max: 26_000 }),
        fc.integer({ min: 0, max: 600 }),
        (tiers, price, min, first, length) => {
          const p = dec(price);
          const m = dec(min);
          let oneByOne = 0n;
          for (let n = first; n <= first + length; n++) oneByOne += perDownloadAt(tiers, levelFor(tiers, n), p, m);
          return earningsForRange(tiers, first, first + length, p, m) === oneByOne;
        },
      ),
      { numRuns: 300, seed: 5 },
    );
  });

  it('a year equals the sum of its months and the months add up their downloads', () => {
    fc.assert(
      fc.property(
        arb.tiers,
        arb.price,
        fc.integer({ min: 0, max: 50_000 }),
        fc.integer({ min: 0, max: 30_000 }),
        fc.integer({ min: 1, max: 12 }),
        (tiers, price, monthly, toDate, start) => {
          const p = projectYear({ tiers, price, minimum: 0.1, monthlyDownloads: monthly, downloadsToDate: toDate, startMonth: start });
          const sum = p.months.reduce((a, m) => a + m.earnings, 0n);
          const first = start === 1 ? 0 : toDate;
          return sum === p.yearTotal && p.yearDownloads === first + monthly * (13 - start) && p.level >= p.levelNow;
        },
      ),
      { numRuns: 300, seed: 9 },
    );
  });
});
