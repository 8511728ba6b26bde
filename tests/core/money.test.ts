import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { dec, decToString, percentOf, times, toCents, centsToString, divRound } from '../../src/core/decimal.js';
import { formatIdr, formatNumber, formatPercent, formatUsd, monthName } from '../../src/core/format.js';
import { normalizeLocale } from '../../src/core/locale.js';

const NBSP = '\u00a0';

describe('core: exact money', () => {
  it('adds 0.1 and 0.2 to exactly 0.3 and shows $0.30', () => {
    const sum = dec(0.1) + dec(0.2);
    expect(decToString(sum)).to.equal('0.3');
    expect(formatUsd(sum, 'en')).to.equal('$0.30');
  });

  it('sums thousands of $0.075 items and rounds once', () => {
    let total = 0n;
    for (let i = 0; i < 3333; i++) total += dec('0.075');
    expect(decToString(total)).to.equal('249.975');
    expect(formatUsd(total, 'en')).to.equal('$249.98'); // a float loop gives 249.97499999…
    expect(formatUsd(times(dec('0.075'), 3333), 'en')).to.equal('$249.98');
  });

  it('reads numbers, decimal strings and exponents exactly', () => {
    expect(decToString(dec('1500.25'))).to.equal('1500.25');
    expect(decToString(dec(1e-7))).to.equal('0.0000001');
    expect(decToString(dec('-3'))).to.equal('-3');
    expect(decToString(dec('2.5e3'))).to.equal('2500');
    expect(dec('abc')).to.equal(0n);
    expect(dec(Number.NaN)).to.equal(0n);
  });

  it('rounds half away from zero, once', () => {
    expect(toCents(dec('0.005'))).to.equal(1n);
    expect(toCents(dec('0.0049999'))).to.equal(0n);
    expect(toCents(dec('-0.005'))).to.equal(-1n);
    expect(divRound(5n, 2n)).to.equal(3n);
    expect(centsToString(3n)).to.equal('0.03');
    expect(centsToString(-1050n)).to.equal('-10.50');
  });

  it('computes percentages exactly: $1 at 15% is $0.15, at 30% $0.30', () => {
    expect(decToString(percentOf(dec(1), dec(15)))).to.equal('0.15');
    expect(decToString(percentOf(dec(1), dec(30)))).to.equal('0.3');
    expect(decToString(percentOf(dec('0.35'), dec(15)))).to.equal('0.0525');
  });

  it('matches a decimal reference over 10,000 random sums', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 99_999_999 }), { minLength: 1, maxLength: 50 }), (cents) => {
        // Reference: integer cents. Subject: the same amounts as decimal strings through Dec.
        const reference = cents.reduce((a, c) => a + BigInt(c), 0n);
        const total = cents.reduce((a, c) => a + dec(centsToString(BigInt(c))), 0n);
        return toCents(total) === reference;
      }),
      { numRuns: 10_000, seed: 20261126 },
    );
  });
});

describe('core: formatting', () => {
  it('formats dollars with cents in both locales', () => {
    expect(formatUsd(dec('0.15'), 'id')).to.equal('US$0,15');
    expect(formatUsd(dec('1234.5'), 'id')).to.equal('US$1.234,50');
    expect(formatUsd(dec('1234.5'), 'en')).to.equal('$1,234.50');
  });

  it('formats Rupiah without decimals', () => {
    expect(formatIdr(dec('1'), 16250.4, 'id')).to.equal(`Rp${NBSP}16.250`);
    expect(formatIdr(dec('0.5'), 32501, 'id')).to.equal(`Rp${NBSP}16.251`);
    expect(formatIdr(dec('150'), 16250, 'en')).to.equal(`IDR${NBSP}2,437,500`);
  });

  it('formats percents and counts', () => {
    expect(formatPercent(dec(10), 'id')).to.equal('10%');
    expect(formatPercent(dec('27.45'), 'en')).to.equal('27.5%');
    expect(formatPercent(dec('27.45'), 'id')).to.equal('27,5%');
    expect(formatNumber(1500, 'id')).to.equal('1.500');
    expect(formatNumber(1500, 'en')).to.equal('1,500');
  });

  it('names months in the locale', () => {
    expect(monthName(3, 'id')).to.equal('Maret');
    expect(monthName(8, 'en', 'short')).to.equal('Aug');
  });

  it('maps language tags to the two locales', () => {
    for (const tag of ['id', 'id-ID', 'in', 'ID', 'in-ID', 'id_ID']) expect(normalizeLocale(tag), tag).to.equal('id');
    for (const tag of ['en', 'en-GB', 'ms', '', null, undefined, 'ind']) expect(normalizeLocale(tag), String(tag)).to.equal('en');
  });
});
