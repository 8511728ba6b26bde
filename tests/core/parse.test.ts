import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseAttrNumber, parseTypedNumber, type Parsed } from '../../src/core/parse.js';

const ok = (value: number): Parsed => ({ ok: true, value });
const no = (reason: string) => ({ ok: false, reason });

describe('core: attribute numbers (plain syntax)', () => {
  const cases: [unknown, object, Parsed | object][] = [
    ['0.35', {}, ok(0.35)],
    ['2500', {}, ok(2500)],
    [' 100 ', {}, ok(100)],
    ['1e3', {}, ok(1000)],
    [42, {}, ok(42)],
    ['', {}, no('empty')],
    ['   ', {}, no('empty')],
    ['abc', {}, no('not-a-number')],
    ['12abc', {}, no('not-a-number')],
    ['0,35', {}, no('not-a-number')],
    ['-3', { min: 0 }, no('negative')],
    ['-3', {}, no('negative')],
    ['1e999', {}, no('too-large')],
    [Infinity, {}, no('too-large')],
    [Number.NaN, {}, no('not-a-number')],
    ['1.5', { integer: true }, no('not-integer')],
    ['13', { min: 1, max: 12 }, no('too-large')],
    ['0', { min: 1, max: 12 }, no('too-small')],
    ['0', { min: 0, minExclusive: true }, no('too-small')],
    ['<b>5</b>', {}, no('not-a-number')],
    [null, {}, no('empty')],
    [{}, {}, no('not-a-number')],
  ];
  for (const [raw, rule, expected] of cases) {
    it(`${JSON.stringify(raw)} ${JSON.stringify(rule)} → ${JSON.stringify(expected)}`, () => {
      expect(parseAttrNumber(raw, rule)).to.deep.equal(expected);
    });
  }
});

describe('core: typed numbers in the reader’s locale', () => {
  const cases: [string, 'en' | 'id', object, Parsed | object][] = [
    ['0,35', 'id', {}, ok(0.35)],
    ['1.500', 'id', {}, ok(1500)],
    ['1.500.000', 'id', {}, ok(1500000)],
    ['Rp16.250', 'id', {}, ok(16250)],
    ['Rp 16.250', 'id', {}, ok(16250)],
    ['16.250,5', 'id', {}, ok(16250.5)],
    ['US$0,15', 'id', {}, ok(0.15)],
    ['1000', 'id', {}, ok(1000)],
    ['30%', 'id', {}, ok(30)],
    [',5', 'id', {}, ok(0.5)],
    ['0.35', 'id', {}, no('ambiguous')],
    ['1,500', 'id', {}, no('ambiguous')],
    ['1.50', 'id', {}, no('ambiguous')],
    ['1,500.25', 'en', {}, ok(1500.25)],
    ['1,500', 'en', {}, ok(1500)],
    ['0.35', 'en', {}, ok(0.35)],
    ['$1,234.5', 'en', {}, ok(1234.5)],
    ['0,35', 'en', {}, no('ambiguous')],
    ['1.500', 'en', {}, no('ambiguous')],
    ['16.250,5', 'en', {}, no('ambiguous')],
    ['', 'en', {}, no('empty')],
    ['abc', 'id', {}, no('not-a-number')],
    ['12abc', 'en', {}, no('not-a-number')],
    ['1e999', 'en', {}, no('not-a-number')],
    ['-3', 'id', { min: 0 }, no('negative')],
    ['−3', 'en', { min: 0 }, no('negative')],
    ['Rp -5', 'id', {}, no('negative')],
    ['1,5', 'id', { integer: true }, no('not-integer')],
    ['9999999999999999', 'en', {}, no('too-large')],
    ['<script>', 'en', {}, no('not-a-number')],
    ['1 500', 'en', {}, no('not-a-number')],
  ];
  for (const [raw, locale, rule, expected] of cases) {
    it(`${locale} "${raw}" → ${JSON.stringify(expected)}`, () => {
      expect(parseTypedNumber(raw, locale, rule)).to.deep.equal(expected);
    });
  }

  it('never returns NaN or throws, for any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.constantFrom('en' as const, 'id' as const), (s, locale) => {
        const typed = parseTypedNumber(s, locale, { min: 0 });
        const attr = parseAttrNumber(s, { min: 0 });
        for (const r of [typed, attr]) if (r.ok && !Number.isFinite(r.value)) return false;
        return true;
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it('reads back what the locale formatter writes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 12 }),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom('en' as const, 'id' as const),
        (whole, cents, locale) => {
          const value = whole + cents / 100;
          const text = new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-US', { maximumFractionDigits: 2 }).format(value);
          const r = parseTypedNumber(text, locale);
          // A two-decimal fraction never looks like a thousands group, so it is never ambiguous.
          return r.ok && r.value === Number(text.replace(locale === 'id' ? /\./g : /,/g, '').replace(',', '.'));
        },
      ),
      { numRuns: 1000, seed: 11 },
    );
  });
});
