/*
 * Money exactness: core results against an independent decimal reference
 * (plain bigint arithmetic in hundredths of a cent), over more than 10,000
 * random cases. The reference shares no code with src/core.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { dec, decToString } from '../../src/core/decimal.js';
import { IMAGE_TIERS, VIDEO_TIERS } from '../../src/core/royalty-tables.js';
import { earningsForRange, levelFor } from '../../src/core/royalty.js';
import { withholding } from '../../src/core/withholding.js';

/** Hundredths of a cent as a plain decimal dollar string: 123456n → "12.3456". */
function units(value: bigint): string {
  const s = value.toString().padStart(5, '0');
  return `${s.slice(0, -4)}.${s.slice(-4)}`.replace(/\.?0+$/, '') || '0';
}
const halfUp = (n: bigint, d: bigint) => (n + d / 2n) / d;

describe('money exactness against a decimal reference', () => {
  it('royalty earnings over 10,000 random ranges', () => {
    let runs = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(IMAGE_TIERS.tiers, VIDEO_TIERS.tiers),
        fc.integer({ min: 0, max: 200_000 }), // price in cents, up to $2,000
        fc.constantFrom(0, 10), // floor in cents
        fc.integer({ min: 1, max: 30_000 }),
        fc.integer({ min: 0, max: 120 }),
        (tiers, priceCents, floorCents, first, length) => {
          runs++;
          let reference = 0n;
          for (let n = first; n <= first + length; n++) {
            const percent = BigInt(tiers[levelFor(tiers, n) - 1].percent);
            const earned = BigInt(priceCents) * percent; // cents × percent = hundredths of a cent
            const floor = BigInt(floorCents) * 100n;
            reference += earned > floor ? earned : floor;
          }
          const price = dec(`${Math.floor(priceCents / 100)}.${String(priceCents % 100).padStart(2, '0')}`);
          const minimum = dec(`0.${String(floorCents).padStart(2, '0')}`);
          return decToString(earningsForRange(tiers, first, first + length, price, minimum)) === units(reference);
        },
      ),
      { numRuns: 10_000, seed: 42 },
    );
    expect(runs).to.equal(10_000);
  });

  it('withholding over 10,000 random amounts, shares and countries', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 10 }), // gross in cents
        fc.integer({ min: 0, max: 100 }),
        fc.constantFrom(['ID', 10], ['IN', 15], ['TH', 5], ['DE', 0], ['VN', 30], ['CN', 10], ['EG', 15]),
        (grossCents, share, [country, percent]) => {
          const g = BigInt(grossCents);
          const us = halfUp(g * BigInt(share), 100n);
          const withheld = halfUp(us * BigInt(percent), 100n);
          const w = withholding({ gross: grossCents / 100, country: country as string, usShare: share, on: '2026-11-26' });
          return w.gross === g && w.usSource === us && w.withTin.withheld === withheld && w.withTin.net === g - withheld;
        },
      ),
      { numRuns: 10_000, seed: 43 },
    );
  });
});
