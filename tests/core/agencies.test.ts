import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ADOBE_STOCK, AGENCIES, projectAgency } from '../../src/core/agencies.js';
import { comparisonDetail } from '../../src/core/royalty-detail.js';
import { decToNumber } from '../../src/core/decimal.js';
import { IMAGE_TIERS } from '../../src/core/royalty-tables.js';
import { projectYear } from '../../src/core/royalty.js';

const year = { monthlyDownloads: 100, downloadsToDate: 0, startMonth: 1 };

describe('core: comparing agencies (Adobe Stock)', () => {
  it('100 images a month at $1: Shutterstock $317.50, Adobe Stock $396.00 (33%, no levels)', () => {
    const shutterstock = projectYear({ tiers: IMAGE_TIERS.tiers, price: 1, minimum: 0.1, ...year });
    const adobe = projectAgency(ADOBE_STOCK, 'image', { price: 1, ...year });
    expect(decToNumber(shutterstock.yearTotal)).to.equal(317.5);
    expect(decToNumber(adobe.yearTotal)).to.equal(396);
    expect(adobe.months.map((m) => decToNumber(m.earnings))).to.deep.equal(Array(12).fill(33));
    expect(comparisonDetail('adobe-stock', 1, adobe, shutterstock.yearTotal)).to.deep.include({
      yearTotal: 396,
      difference: 78.5,
      price: 1,
    });
  });

  it('video, 10 clips a month at $20: Adobe Stock $840.00 (35%)', () => {
    const adobe = projectAgency(ADOBE_STOCK, 'video', { price: 20, monthlyDownloads: 10, downloadsToDate: 0, startMonth: 1 });
    expect(decToNumber(adobe.yearTotal)).to.equal(840);
  });

  it('a cheap licence earns the minimum for the lifetime downloads before the projection: $0.33, then $0.36 from 1,000, $0.38 from 10,000', () => {
    // $0.50 × 33% = $0.165, raised to the minimum.
    expect(decToNumber(projectAgency(ADOBE_STOCK, 'image', { price: 0.5, ...year }).yearTotal)).to.equal(396);
    const from = (downloadsToDate: number) =>
      decToNumber(projectAgency(ADOBE_STOCK, 'image', { price: 0.5, monthlyDownloads: 100, downloadsToDate, startMonth: 7 }).yearTotal);
    expect([from(999), from(1000), from(10000)]).to.deep.equal([198, 216, 228]); // 600 downloads from July
    // From January the count starts at zero; video has no published minimum.
    expect(
      decToNumber(
        projectAgency(ADOBE_STOCK, 'image', { price: 0.5, monthlyDownloads: 100, downloadsToDate: 5000, startMonth: 1 }).yearTotal,
      ),
    ).to.equal(396);
    expect(decToNumber(projectAgency(ADOBE_STOCK, 'video', { price: 0.5, ...year }).yearTotal)).to.equal(210);
  });

  it('every agency is data of the same shape, with an https source', () => {
    for (const [id, agency] of Object.entries(AGENCIES)) {
      expect(agency.source.url, id).to.match(/^https:\/\//);
      for (const media of ['image', 'video'] as const) {
        expect(agency.percent[media], `${id} ${media}`).to.be.within(0, 100);
        const from = agency.minimum[media].map((m) => m.from);
        expect(from, `${id} ${media}: floors from 0, in order`).to.deep.equal([...from].sort((a, b) => a - b));
        if (from.length) expect(from[0]).to.equal(0);
      }
    }
  });

  it('property: the compared year never falls as downloads or the price grow', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 1, max: 2000 }).map((c) => c / 100),
        fc.constantFrom('image' as const, 'video' as const),
        (downloads, more, price, media) => {
          const at = (n: number, p: number) =>
            projectAgency(ADOBE_STOCK, media, { price: p, monthlyDownloads: n, downloadsToDate: 0, startMonth: 1 }).yearTotal;
          return at(downloads + more, price) >= at(downloads, price) && at(downloads, price + 1) >= at(downloads, price);
        },
      ),
      { numRuns: 300, seed: 41 },
    );
  });
});
