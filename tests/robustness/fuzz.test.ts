/*
 * Fuzzing every attribute of every widget with fast-check: arbitrary and
 * adversarial strings and numbers, set as attributes, as properties and typed
 * into the inputs. Never an exception, never NaN/undefined/Infinity/[object
 * in what a reader sees, and always a message for input that is not a number.
 * Seeded: a failure prints the seed and the shrunk counterexample.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/cdn/freelancer-widgets.js';

const SEED = 20261126;
const BROKEN = /NaN|undefined|Infinity|\[object/;
type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** Widgets and their numeric attributes (property name, attribute name). */
const NUMERIC: Record<string, [string, string][]> = {
  'royalty-tier-calc': [
    ['monthlyDownloads', 'monthly-downloads'],
    ['price', 'price'],
    ['downloadsToDate', 'downloads-to-date'],
    ['startMonth', 'start-month'],
    ['minimum', 'minimum'],
    ['usdIdr', 'usd-idr'],
  ],
  'tax-withholding-table': [
    ['gross', 'gross'],
    ['usShare', 'us-share'],
    ['usdIdr', 'usd-idr'],
  ],
  'fiverr-level-meter': [
    ['daysActive', 'days-active'],
    ['orders', 'orders'],
    ['earnings', 'earnings'],
    ['rating', 'rating'],
    ['responseRate', 'response-rate'],
    ['completionRate', 'completion-rate'],
    ['onTimeRate', 'on-time-rate'],
    ['warnings', 'warnings'],
    ['successScore', 'success-score'],
    ['uniqueClients', 'unique-clients'],
  ],
  'tag-cloud': [
    ['maxPosts', 'max-posts'],
    ['max', 'max'],
    ['minSize', 'min-size'],
    ['maxSize', 'max-size'],
  ],
};
/** Attributes with a fixed set of words, and free text. */
const WORDS: Record<string, string[]> = {
  'royalty-tier-calc': ['media', 'tiers'],
  'tax-withholding-table': ['country', 'media', 'for'],
  'fiverr-level-meter': ['rules', 'current-level'],
  'tag-cloud': ['tags', 'sort', 'href'],
};

/** Strings people and pages really produce, plus noise. */
const adversarial = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    '',
    ' ',
    '\t\n',
    '-0',
    '+5',
    '-3',
    '1e3',
    '1e999',
    '-1e999',
    '1e-999',
    '0x10',
    '0b1',
    'NaN',
    'Infinity',
    '-Infinity',
    'null',
    'undefined',
    '[object Object]',
    '1,500',
    '1.500',
    '0,35',
    'Rp16.250',
    'US$ 1,5',
    '16.250,5',
    '٣',
    '１２',
    '½',
    '💰',
    '<b>1</b>',
    '"><img src=x>',
    '9'.repeat(400),
    '1'.repeat(5000),
    '0.1'.repeat(50),
  ),
  fc.double().map(String),
  fc.integer().map(String),
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String),
);
const PLAIN = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?\s*$/i;

function shown(el: Element): string {
  const base = el.shadowRoot?.querySelector('[part="base"]') as HTMLElement | null;
  return base?.innerText ?? '';
}
function hasMessage(el: Element): boolean {
  return Boolean(el.shadowRoot?.querySelector('.notice, .msg:not(:empty)'));
}

let errors: string[] = [];
const onError = (e: ErrorEvent) => errors.push(e.message);

describe('fuzzing (fast-check, seed ' + SEED + ')', () => {
  let cases = 0;
  before(() => window.addEventListener('error', onError));
  after(() => {
    window.removeEventListener('error', onError);
    console.log(`fuzz: ${cases} cases`);
    expect(cases).to.be.at.least(1000);
  });

  for (const tag of Object.keys(NUMERIC)) {
    it(`<${tag}>: numbers as attributes, properties and typed text`, async () => {
      const wrap = await fixture(html`<div></div>`);
      const el = document.createElement(tag) as Widget;
      wrap.append(el);
      await el.updateComplete;
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...NUMERIC[tag]),
          adversarial,
          fc.constantFrom('attribute', 'property', 'typed'),
          async ([prop, attr], value, how) => {
            cases++;
            errors = [];
            if (how === 'attribute') el.setAttribute(attr, value);
            else if (how === 'property')
              (el as unknown as Record<string, unknown>)[prop] = Number.isNaN(Number(value)) ? value : Number(value);
            else {
              const input = el.shadowRoot!.getElementById(prop) as HTMLInputElement | null;
              if (!input) return true; // a field this configuration does not show
              input.value = value;
              input.dispatchEvent(new Event('input'));
            }
            await el.updateComplete;
            const text = shown(el);
            // What the reader typed may be quoted back in a message; everything else must be clean.
            if (errors.length || BROKEN.test(value ? text.split(value.trim()).join('') : text)) return false;
            // Not a plain number: the reader is told. (Out-of-range plain numbers are told too, per field rules.)
            if (how === 'attribute' && !PLAIN.test(value) && !hasMessage(el)) return false;
            el.removeAttribute(attr);
            const input = el.shadowRoot!.getElementById(prop) as HTMLInputElement | null;
            if (how === 'typed' && input) {
              input.value = '';
              input.dispatchEvent(new Event('input'));
            }
            (el as unknown as Record<string, unknown>)[prop] = undefined;
            await el.updateComplete;
            return true;
          },
        ),
        { numRuns: 260, seed: SEED },
      );
    });

    it(`<${tag}>: word and text attributes`, async () => {
      const wrap = await fixture(html`<div></div>`);
      const el = document.createElement(tag) as Widget;
      wrap.append(el);
      const warn = console.warn;
      console.warn = () => {};
      try {
        await fc.assert(
          fc.asyncProperty(fc.constantFrom(...WORDS[tag]), adversarial, async (attr, value) => {
            cases++;
            errors = [];
            el.setAttribute(attr, value);
            await el.updateComplete;
            const ok = errors.length === 0 && !/NaN|Infinity|\[object Object\]/.test(shown(el).replace(value, ''));
            el.removeAttribute(attr);
            await el.updateComplete;
            return ok;
          }),
          { numRuns: 60, seed: SEED },
        );
      } finally {
        console.warn = warn;
      }
    });
  }
});
