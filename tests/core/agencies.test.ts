import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  ADOBE_STOCK,
  AGENCIES,
  FREEPIK,
  ISTOCK,
  SHUTTERSTOCK_AGENCY,
  projectAgency,
  subscriptionFloors,
  type Agency,
} from '../../src/core/agencies.js';
import { agencyYear } from '../../src/core/royalty-detail.js';
import { decToNumber } from '../../src/core/decimal.js';
import { IMAGE_TIERS } from '../../src/core/royalty-tables.js';
import { projectYear } from '../../src/core/royalty.js';

/* The figures the issue names (docs/sources.md, "Other agencies"), exact in dollars. */
const year = (agency: Agency, input: Partial<Parameters<typeof projectAgency>[1]>) =>
  decToNumber(projectAgency(agency, { media: 'image', price: 1, monthlyDownloads: 100, startMonth: 1, ...input })!.yearTotal);

/* Shutterstock's year for the same reader: 100 images a month at $1 from January. */
const shutterstockAt1 = () =>
  projectYear({ tiers: IMAGE_TIERS.tiers, price: 1, minimum: 0.1, monthlyDownloads: 100, downloadsToDate: 0, startMonth: 1 });

describe('core: the agencies as data (agencies.ts)', () => {
  it('100 a month at $1 (every price $1): Shutterstock $317.50, Adobe Stock $396.00, iStock $180.00', () => {
    const shutterstock = shutterstockAt1();
    expect(decToNumber(shutterstock.yearTotal)).to.equal(317.5);
    expect(year(ADOBE_STOCK, {})).to.equal(396);
    expect(year(ISTOCK, {})).to.equal(180);
  });

  it('the floors apply to low prices only, as on large subscription plans: at $0.50 (33% = $0.165) but not at $1 (33% = $0.33)', () => {
    expect(subscriptionFloors(ADOBE_STOCK.model, 'image', 0.5)).to.have.length(3);
    expect(subscriptionFloors(ADOBE_STOCK.model, 'image', 0.99)).to.have.length(3);
    expect(subscriptionFloors(ADOBE_STOCK.model, 'image', 1)).to.equal(undefined);
    expect(subscriptionFloors(ADOBE_STOCK.model, 'video', 0.5)).to.equal(undefined);
    expect(subscriptionFloors(ISTOCK.model, 'image', 0.5)).to.equal(undefined);
  });

  it('Adobe at $0.50, 100 a month from January, by lifetime licences: 0 → $402.00, 5,000 → $432.00, 9,500 → $446.00', () => {
    // $0.50 × 33% = $0.165, raised to the floor of each licence's lifetime count: 1,000 at $0.33 then 200 at $0.36.
    expect(year(ADOBE_STOCK, { price: 0.5, lifetime: 0 })).to.equal(402);
    expect(year(ADOBE_STOCK, { price: 0.5, lifetime: 5000 })).to.equal(432);
    // 500 at $0.36 (licences 9,501–10,000), then 700 at $0.38.
    expect(year(ADOBE_STOCK, { price: 0.5, lifetime: 9500 })).to.equal(446);
  });

  it('a month that crosses 1,000 lifetime licences is split, like a level: earlier licences keep their floor', () => {
    const p = projectAgency(ADOBE_STOCK, { media: 'image', price: 0.5, monthlyDownloads: 100, startMonth: 1, lifetime: 950 })!;
    // January: licences 951–1,000 at $0.33 (50) and 1,001–1,050 at $0.36 (50) = $16.50 + $18.00.
    expect(decToNumber(p.months[0].earnings)).to.equal(34.5);
    expect(decToNumber(p.months[1].earnings)).to.equal(36);
  });

  it('Adobe’s floor counts lifetime licences, never this year’s Shutterstock downloads, and never resets in January', () => {
    // Starting in July changes nothing but the months: the floor still comes from the lifetime count.
    expect(year(ADOBE_STOCK, { price: 0.5, startMonth: 7, lifetime: 5000 })).to.equal(216); // 600 at $0.36
    expect(year(ADOBE_STOCK, { price: 0.5, startMonth: 7 })).to.equal(198); // 600 at $0.33
  });

  it('video, 10 a month at $20: Adobe Stock $840.00 (35%, no floor), iStock $480.00 (20%)', () => {
    const video = { media: 'video' as const, price: 20, monthlyDownloads: 10 };
    expect(year(ADOBE_STOCK, video)).to.equal(840);
    expect(year(ISTOCK, video)).to.equal(480);
    // No published floor for video: a cheap clip earns its share only.
    expect(year(ADOBE_STOCK, { media: 'video', price: 0.5 })).to.equal(210);
  });

  it('Freepik at the reader’s own $0.05 a download, 300 a month: $180.00; without an average, no year', () => {
    expect(year(FREEPIK, { perDownload: 0.05, monthlyDownloads: 300 })).to.equal(180);
    expect(projectAgency(FREEPIK, { media: 'image', price: 1, monthlyDownloads: 300, startMonth: 1 })).to.equal(undefined);
    expect(FREEPIK.usPayer).to.equal(false);
  });

  it('the detail of an agency’s year: exact numbers, the difference from Shutterstock, whether it is a US payer', () => {
    const shutterstock = shutterstockAt1();
    const adobe = projectAgency(ADOBE_STOCK, { media: 'image', price: 1, monthlyDownloads: 100, startMonth: 1 })!;
    expect(agencyYear(ADOBE_STOCK, { price: 1, monthlyDownloads: 100 }, adobe, shutterstock.yearTotal)).to.deep.equal({
      agency: 'adobe-stock',
      name: 'Adobe Stock',
      usPayer: true,
      price: 1,
      monthlyDownloads: 100,
      yearTotal: 396,
      difference: 78.5,
      months: Array.from({ length: 12 }, (_, i) => ({ month: i + 1, earnings: 33 })),
    });
  });

  it('every agency is data of one shape: a pay model, a US-payer flag, an https source with its dates', () => {
    for (const agency of [SHUTTERSTOCK_AGENCY, ...Object.values(AGENCIES)] as Agency[]) {
      expect(agency.source.url, agency.id).to.match(/^https:\/\//);
      expect(agency.source.asOf, agency.id).to.match(/^\d{4}-\d{2}(-\d{2})?$/);
      expect(['levels', 'flat', 'pool']).to.include(agency.model.kind);
      if (agency.model.kind !== 'flat') continue;
      for (const media of ['image', 'video'] as const) {
        expect(agency.model.percent[media], `${agency.id} ${media}`).to.be.within(0, 100);
        const from = (agency.model.floors?.[media] ?? []).map((f) => f.from);
        expect(from, `${agency.id} ${media}: floors from 0, in order`).to.deep.equal([...from].sort((a, b) => a - b));
        if (from.length) expect(from[0]).to.equal(0);
      }
    }
    // Adobe Stock's rate has applied since Adobe Stock launched (June 2015), not "October 2016".
    expect(ADOBE_STOCK.source.asOf).to.equal('2015-06');
  });

  it('another agency is one entry: a flat 50% agency projects with no code of its own', () => {
    const pond: Agency = { ...ISTOCK, id: 'another', name: 'Another', model: { kind: 'flat', percent: { image: 50, video: 40 } } };
    expect(year(pond, {})).to.equal(600);
  });

  it('property: an agency’s year never falls as licences, the lifetime count, the average or the price grow (the price: while the floors apply or not at both)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 1, max: 2000 }).map((c) => c / 100),
        fc.integer({ min: 0, max: 20000 }),
        fc.constantFrom('image' as const, 'video' as const),
        fc.constantFrom(ADOBE_STOCK, ISTOCK, FREEPIK),
        (downloads, more, price, lifetime, media, agency) => {
          const at = (n: number, p: number, l: number) =>
            projectAgency(agency, { media, price: p, perDownload: p, monthlyDownloads: n, startMonth: 1, lifetime: l })!.yearTotal;
          const base = at(downloads, price, lifetime);
          // Floors apply only to low prices (large subscription plans): crossing that line is a step the figures
          // themselves take ($0.50 → $402.00, $1 → $396.00), so the price is compared on one side of it.
          const floorsAt = (p: number) => agency.model.kind === 'flat' && subscriptionFloors(agency.model, media, p) !== undefined;
          const higher = price + 0.5;
          const priceHolds = floorsAt(higher) !== floorsAt(price) || at(downloads, higher, lifetime) >= base;
          return at(downloads + more, price, lifetime) >= base && at(downloads, price, lifetime + more) >= base && priceHolds;
        },
      ),
      { numRuns: 300, seed: 41 },
    );
  });
});
