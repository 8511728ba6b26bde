import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { TREATY_RATES } from '../../src/core/treaty-rates.js';
import { treatyRate, withholding, withholdingDetail } from '../../src/core/withholding.js';

const NOW = '2026-11-26';

describe('core: US treaty rates', () => {
  const cases: [string, 'image' | 'video', number, boolean][] = [
    ['ID', 'image', 10, true],
    ['IN', 'image', 15, true],
    ['TH', 'image', 5, true],
    ['DE', 'image', 0, true],
    ['VN', 'image', 30, false],
    ['MY', 'image', 30, false],
    ['SG', 'image', 30, false],
    ['RU', 'image', 30, false],
    ['HU', 'image', 30, false],
    ['ES', 'image', 0, true],
    ['CL', 'image', 10, true],
    ['IT', 'image', 0, true],
    ['CA', 'image', 0, true],
    ['CA', 'video', 10, true],
    ['EG', 'video', 30, true],
    ['AT', 'video', 10, true],
  ];
  for (const [country, media, percent, hasTreaty] of cases) {
    it(`${country} ${media}: ${percent}%`, () => {
      const r = treatyRate(country, media, NOW);
      expect(r.percent).to.equal(percent);
      if (country !== 'EG') expect(r.hasTreaty).to.equal(hasTreaty);
    });
  }

  it('applies later changes by date only', () => {
    expect(treatyRate('ES', 'image', '2019-11-26').percent).to.equal(5);
    expect(treatyRate('ES', 'image', '2019-11-27').percent).to.equal(0);
    expect(treatyRate('HU', 'image', '2023-12-31').percent).to.equal(0);
    expect(treatyRate('HU', 'image', '2024-01-01').percent).to.equal(30);
    expect(treatyRate('RU', 'image', '2024-08-15').percent).to.equal(0);
    expect(treatyRate('RU', 'image', '2024-08-16').percent).to.equal(30);
    expect(treatyRate('CL', 'image', '2024-01-31').percent).to.equal(30);
    expect(treatyRate('CL', 'image', '2024-02-01').change?.kind).to.equal('new');
  });

  it('accepts lower-case codes and treats unknown ones as no treaty', () => {
    expect(treatyRate('id', 'image', NOW).percent).to.equal(10);
    expect(treatyRate('ZZ', 'image', NOW)).to.deep.equal({ country: 'ZZ', percent: 30, hasTreaty: false, listed: true });
  });

  it('film & TV where the table prints n/a: 30%, and marked as not listed (never a "treaty rate" of 30%)', () => {
    for (const code of ['CH', 'NO', 'EG', 'PK', 'TT']) {
      expect(treatyRate(code, 'video', NOW), code).to.deep.include({ percent: 30, hasTreaty: true, listed: false });
      expect(treatyRate(code, 'image', NOW).listed, code).to.equal(true);
    }
    // Greece: the table prints 30 for film & TV — listed, and no reduction.
    expect(treatyRate('GR', 'video', NOW)).to.deep.include({ percent: 30, hasTreaty: true, listed: true });
    expect(treatyRate('IT', 'video', NOW)).to.deep.include({ percent: 8, listed: true });
  });
});

describe('core: withholding', () => {
  it('a US person gives a W-9 whatever the country of residence: nothing withheld with a TIN, 24% backup without', () => {
    const w = withholding({ gross: 100, country: 'ID', usPerson: true, on: NOW });
    expect([w.form, w.usPerson, w.withTin.withheld, w.withoutTin.withheld]).to.deep.equal(['W-9', true, 0n, 2400n]);
    expect(withholding({ gross: 100, country: 'ID', on: NOW }).form).to.equal('W-8BEN');
    expect(withholding({ gross: 100, country: 'US', on: NOW })).to.deep.include({ form: 'W-9', usPerson: false });
    // Living in a US territory does not make one a US person: a resident who is not a citizen gives a W-8BEN (no treaty: 30%).
    expect(withholding({ gross: 100, country: 'PR', on: NOW })).to.deep.include({ form: 'W-8BEN', usPerson: false });
    expect(withholding({ gross: 100, country: 'PR', usPerson: true, on: NOW }).form).to.equal('W-9');
  });

  it('Indonesia, $100: keeps $90 with NPWP and $70 without', () => {
    const w = withholding({ gross: 100, country: 'ID', on: NOW });
    expect(w.withTin).to.deep.equal({ percent: 10, withheld: 1000n, net: 9000n });
    expect(w.withoutTin).to.deep.equal({ percent: 30, withheld: 3000n, net: 7000n });
    expect(w.difference).to.equal(2000n);
    expect(withholdingDetail(w)).to.deep.equal({
      country: 'ID',
      form: 'W-8BEN',
      rateWithTin: 0.1,
      rateWithoutTin: 0.3,
      withheldWithTin: 10,
      withheldWithoutTin: 30,
      netWithTin: 90,
      netWithoutTin: 70,
    });
  });

  it('withholds only the US share', () => {
    const w = withholding({ gross: 100, country: 'ID', usShare: 40, on: NOW });
    expect(w.usSource).to.equal(4000n);
    expect(w.withTin.withheld).to.equal(400n);
    expect(w.withTin.net).to.equal(9600n);
    expect(w.withoutTin.net).to.equal(8800n);
  });

  it('rounds withholding to whole cents and keeps the sum exact', () => {
    const w = withholding({ gross: 0.225, country: 'IN', on: NOW }); // gross rounds to $0.23
    expect(w.gross).to.equal(23n);
    expect(w.withTin.withheld + w.withTin.net).to.equal(23n);
    expect(w.withTin.withheld).to.equal(3n); // 15% of 23¢ = 3.45¢
  });

  it('uses the film & TV column for video', () => {
    expect(withholding({ gross: 100, country: 'CA', media: 'video', on: NOW }).withTin.percent).to.equal(10);
    expect(withholding({ gross: 100, country: 'CA', media: 'image', on: NOW }).withTin.percent).to.equal(0);
  });

  it('no treaty: 30% in both rows and no difference', () => {
    const w = withholding({ gross: 250, country: 'VN', on: NOW });
    expect(w.withTin.percent).to.equal(30);
    expect(w.difference).to.equal(0n);
  });

  it('properties: withheld + net = gross, the TIN never costs more', () => {
    const codes = [...Object.keys(TREATY_RATES), 'VN', 'MY', 'ZZ'];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 11 }),
        fc.constantFrom(...codes),
        fc.constantFrom('image' as const, 'video' as const),
        fc.integer({ min: 0, max: 100 }),
        (cents, country, media, usShare) => {
          const w = withholding({ gross: cents / 100, country, media, usShare, on: NOW });
          return (
            w.withTin.withheld + w.withTin.net === w.gross &&
            w.withoutTin.withheld + w.withoutTin.net === w.gross &&
            w.gross === BigInt(cents) &&
            w.withTin.percent <= w.withoutTin.percent &&
            w.withTin.withheld <= w.usSource &&
            w.difference >= 0n
          );
        },
      ),
      { numRuns: 2000, seed: 13 },
    );
  });
});
