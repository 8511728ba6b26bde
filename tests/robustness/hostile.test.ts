/*
 * Hostile data and state: text that breaks naive string code, lists too big
 * for a spread, values of the wrong type from frameworks, a linked source
 * that changes under the table, a language switch while the reader types —
 * and what a screen reader hears meanwhile.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { manualPauses } from '../support/manual-pauses.js';
import '../support/define-all.js';
import type { RoyaltyTierCalc } from '../../src/components/royalty-tier-calc/royalty-tier-calc.js';
import type { TagCloud } from '../../src/components/tag-cloud/tag-cloud.js';
import type { TaxWithholdingTable } from '../../src/components/tax-withholding-table/tax-withholding-table.js';
import { $, BROKEN, text, typeInto, useLocale, rendered } from '../support/helpers.js';
import { captureWarnings, PAGE_PROBLEMS } from '../support/console.js';

let errors: string[] = [];
const onError = (e: ErrorEvent) => errors.push(e.message);
beforeEach(() => {
  errors = [];
  window.addEventListener('error', onError);
});
afterEach(async () => {
  window.removeEventListener('error', onError);
  expect(errors).to.deep.equal([]);
  await useLocale('en');
});

describe('cloud text is handled as text', () => {
  it('an emoji at the 100-character cut is kept whole or left out whole, and its link encodes', async () => {
    const long = `${'a'.repeat(99)}😀 tail`;
    const el = await fixture<TagCloud>(html`<tag-cloud .tags=${[long]}></tag-cloud>`);
    expect(el.items[0].name).to.equal('a'.repeat(99));
    expect(el.items[0].href).to.equal(`/search/label/${'a'.repeat(99)}`);
  });

  it('a lone surrogate in a label becomes U+FFFD instead of blanking the cloud', async () => {
    const el = await fixture<TagCloud>(html`<tag-cloud .tags=${['broken \ud83d label', 'ok']}></tag-cloud>`);
    expect(el.items.map((i) => i.name)).to.deep.equal(['broken \ufffd label', 'ok']);
    expect(el.items[0].href).to.equal('/search/label/broken%20%EF%BF%BD%20label');
  });

  it('"café" typed in two Unicode forms is one tag', async () => {
    const el = await fixture<TagCloud>(html`<tag-cloud tags=${'caf\u00e9, cafe\u0301, Café'}></tag-cloud>`);
    expect(el.items).to.have.length(1);
    expect(el.items[0]).to.include({ name: 'caf\u00e9', count: 3 });
  });

  it('200,000 distinct tags: the 5,000 most frequent are shown, with a way to show all', async () => {
    const tags = Array.from({ length: 200_000 }, (_, i) => ({ name: `t${i}`, count: (i % 997) + 1 }));
    const el = await fixture<TagCloud>(html`<tag-cloud .tags=${tags}></tag-cloud>`);
    expect(el.items).to.have.length(5000);
    // The most frequent kept: the smallest count shown is near the top count (997).
    expect(el.items.reduce((m, i) => Math.min(m, i.count), Infinity)).to.be.at.least(970);
    expect(text(el)).to.contain('Showing the 5,000 most frequent of 200,000 tags.');
    $(el, 'button.more').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('a[part="tag"]')).to.have.length(200_000);
    expect(el.shadowRoot!.querySelectorAll('[role="list"]')).to.have.length(1);
  }).timeout(60_000);

  it('frameworks’ types: a URL for href, a Set or a generator for tags, a null-prototype object, NaN', async () => {
    const el = await fixture<TagCloud>(html`<tag-cloud></tag-cloud>`);
    el.href = new URL('https://example.com/t/{tag}') as unknown as string;
    el.tags = new Set(['microstock', 'npwp']);
    await el.updateComplete;
    expect(el.items.map((i) => i.href)).to.deep.equal(['https://example.com/t/microstock', 'https://example.com/t/npwp']);
    el.tags = (function* () {
      yield 'one';
      yield { name: 'two', count: 2 };
    })();
    await el.updateComplete;
    expect(el.items.map((i) => [i.name, i.count])).to.deep.equal([
      ['one', 1],
      ['two', 2],
    ]);
    const warnings = captureWarnings();
    el.tags = Object.create(null);
    el.max = Number.NaN;
    await el.updateComplete;
    expect(text(el)).to.contain(PAGE_PROBLEMS.en);
    await warnings.said(
      '<tag-cloud> tags: use a keyword line, or a list (array, Set) of names or { name, count }. The text inside the element is used.',
    );
    await warnings.said('<tag-cloud> max: it is not a number (write plain numbers: 0.35, 2500). The default is used.');
    warnings.stop();
    expect(text(el)).not.to.match(BROKEN);
  });
});

describe('page values of any size or type', () => {
  it('a 1 MB country or for value is shown nowhere in the widget, and quoted in 60 characters at most in the console', async () => {
    const warnings = captureWarnings();
    const huge = 'x'.repeat(1_000_000);
    const el = await fixture<TaxWithholdingTable>(html`<tax-withholding-table country=${huge} for=${huge}></tax-withholding-table>`);
    expect(text(el)).not.to.contain('xxxxxxxxxx');
    expect(text(el)).to.contain(PAGE_PROBLEMS.en);
    for (const attribute of ['country', 'for']) {
      const line = await warnings.said(`${attribute}="${'x'.repeat(60)}…"`);
      expect(line.length).to.be.below(250);
    }
    warnings.stop();
  });

  it('NaN, Infinity, objects and symbols set as properties are never shown', async () => {
    const el = await fixture<RoyaltyTierCalc>(html`<royalty-tier-calc></royalty-tier-calc>`);
    for (const value of [Number.NaN, Infinity, { a: 1 }, Object.create(null), Symbol('x'), [1, 2], () => 1]) {
      el.price = value as unknown as number;
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '#price').value).to.equal('');
      expect($(el, '#price-msg').textContent).to.match(/not a number|at most/);
      expect(text(el)).not.to.match(BROKEN);
      expect(el.result.yearTotal).to.equal(317.5); // the default $1 price
    }
  });
});

describe('the for link follows its source', () => {
  const linked = async () => {
    const wrap = await fixture(
      html`<div>
        <royalty-tier-calc id="src" monthly-downloads="100" price="1"></royalty-tier-calc>
        <tax-withholding-table for="src"></tax-withholding-table>
      </div>`,
    );
    await rendered(wrap);
    const table = wrap.querySelector('tax-withholding-table') as TaxWithholdingTable;
    await waitUntil(() => table.result.netWithTin === 285.75, 'linked to $317.50');
    return { wrap, table, calc: wrap.querySelector('royalty-tier-calc') as RoyaltyTierCalc };
  };

  it('follows a property a framework sets on the calculator, without a public event', async () => {
    const { table, calc } = await linked();
    const events: Event[] = [];
    calc.addEventListener('royalty-change', (e) => events.push(e));
    calc.monthlyDownloads = 1000;
    await waitUntil(() => table.result.netWithTin === 3629.25, 'follows $4,032.50');
    expect(events).to.have.length(0);
  });

  it('follows a new calculator that replaces the old one under the same id', async () => {
    const { wrap, table, calc } = await linked();
    const next = document.createElement('royalty-tier-calc');
    next.id = 'src';
    next.setAttribute('monthly-downloads', '10');
    calc.replaceWith(next);
    await waitUntil(() => table.result.netWithTin === 17.1, 'follows the new calculator ($19.00)');
    next.remove();
    await waitUntil(() => text(table).includes(PAGE_PROBLEMS.en), 'says when it is gone');
    expect(wrap.isConnected).to.equal(true);
  });

  it('a total beyond what the table takes is said, not silently replaced by $100', async () => {
    const { table, calc } = await linked();
    const warnings = captureWarnings();
    calc.monthlyDownloads = 10_000_000;
    calc.price = 10_000;
    await waitUntil(() => text(table).includes(PAGE_PROBLEMS.en), 'a notice');
    await warnings.said(
      /<tax-withholding-table> for="src": the linked calculator’s year total \(US\$[\d.e+]+\) is more than this table takes\. The table uses its own amount\./,
    );
    warnings.stop();
    expect(table.result.netWithTin).to.equal(90); // its own default amount, with the reason on screen
  });
});

describe('a linked total that is not a number', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.stop());
  /** Makes the calculator's `result` say `yearTotal: value` (or throw), as a foreign element under its name could. */
  const fake = (calc: Element, value: unknown, options: { missing?: boolean; throws?: boolean } = {}) =>
    Object.defineProperty(calc, 'result', {
      configurable: true,
      get: () => {
        if (options.throws) throw new Error('a foreign getter');
        return options.missing ? { level: 1 } : { level: 1, yearTotal: value };
      },
    });
  const CASES: [string, unknown, { missing?: boolean; throws?: boolean }?][] = [
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['a string', '317.5'],
    ['an object', { valueOf: () => 317.5 }],
    ['null', null],
    ['no yearTotal at all', undefined, { missing: true }],
  ];
  const settled = (el: { updateComplete: Promise<unknown> }) =>
    Promise.race([
      el.updateComplete,
      new Promise((_, reject) => setTimeout(() => reject(new Error('updateComplete never settled')), 3000)),
    ]);

  for (const [what, value, options] of CASES) {
    it(`a total that is ${what}: the table keeps its own amount with a short note, is ready, and settles`, async () => {
      const wrap = await fixture(html`<div><royalty-tier-calc id="src"></royalty-tier-calc></div>`);
      await rendered(wrap);
      const calc = wrap.querySelector('royalty-tier-calc') as RoyaltyTierCalc;
      fake(calc, value, options);
      const table = document.createElement('tax-withholding-table') as TaxWithholdingTable;
      table.htmlFor = 'src';
      wrap.append(table); // linked from its first render on
      await settled(table);
      expect(table.matches(':state(ready)')).to.equal(true);
      expect(text(table)).to.contain(PAGE_PROBLEMS.en);
      await warnings.said(
        '<tax-withholding-table> for="src": the linked calculator gave no usable total (not a finite number ≥ 0). The table uses its own amount.',
      );
      expect(text(table)).not.to.match(BROKEN);
      expect(table.result.netWithTin).to.equal(90); // its own $100
      // Later: the calculator gives a real total again, and the table follows it.
      delete (calc as unknown as Record<string, unknown>).result;
      calc.price = 2;
      await waitUntil(() => table.result.netWithTin === 571.5, 'follows $635.00');
      expect(text(table)).not.to.contain(PAGE_PROBLEMS.en);
    });
  }

  it('a result getter that throws is read as no total; nothing is thrown', async () => {
    const wrap = await fixture(html`<div><royalty-tier-calc id="src"></royalty-tier-calc></div>`);
    await rendered(wrap);
    const calc = wrap.querySelector('royalty-tier-calc') as RoyaltyTierCalc;
    fake(calc, 0, { throws: true });
    const table = document.createElement('tax-withholding-table') as TaxWithholdingTable;
    table.htmlFor = 'src';
    wrap.append(table);
    await settled(table);
    expect(table.matches(':state(ready)')).to.equal(true);
    expect(table.result.netWithTin).to.equal(90);
  });

  it('in Indonesian too', async () => {
    await useLocale('id');
    try {
      const wrap = await fixture(html`<div><royalty-tier-calc id="src"></royalty-tier-calc></div>`);
      await rendered(wrap);
      fake(wrap.querySelector('royalty-tier-calc')!, Number.NaN);
      const table = document.createElement('tax-withholding-table') as TaxWithholdingTable;
      table.htmlFor = 'src';
      wrap.append(table);
      await settled(table);
      expect(text(table)).to.contain(PAGE_PROBLEMS.id);
    } finally {
      await useLocale('en');
    }
  });
});

describe('what a screen reader hears', () => {
  const live = (el: Element) => $(el, '.live');

  it('one polite live region, present and empty from the first render: nothing is said on load', async () => {
    const el = await fixture<RoyaltyTierCalc>(html`<royalty-tier-calc></royalty-tier-calc>`);
    expect(el.shadowRoot!.querySelectorAll('[role="status"], [aria-live]')).to.have.length(1);
    expect(live(el).getAttribute('role')).to.equal('status');
    expect(live(el).textContent).to.equal('');
  });

  it('typing a valid "1,500.50" says no passing error, then the result once the reader pauses', async () => {
    const el = await fixture<RoyaltyTierCalc>(html`<royalty-tier-calc monthly-downloads="250"></royalty-tier-calc>`);
    const heard: string[] = [];
    new MutationObserver(() => heard.push(live(el).textContent!)).observe(live(el), {
      childList: true,
      characterData: true,
      subtree: true,
    });
    await typeInto(el, '#price', '1,500.50');
    await waitUntil(() => heard.length > 0, 'the result is announced', { timeout: 3000 });
    expect(heard).to.deep.equal([`Earnings January–December ${$(el, '.stat.key dd').textContent!.trim().split(' ')[0]}`]);
  });

  it('an error is announced once when it appears, not again while it stays', async () => {
    const el = await fixture<RoyaltyTierCalc>(html`<royalty-tier-calc></royalty-tier-calc>`);
    const heard: string[] = [];
    new MutationObserver(() => heard.push(live(el).textContent!)).observe(live(el), {
      childList: true,
      characterData: true,
      subtree: true,
    });
    // The reader's pauses end when the test says so (tests/support/manual-pauses.ts).
    const pauses = manualPauses();
    try {
      await typeInto(el, '#monthlyDownloads', '12abc');
      pauses.end();
      await waitUntil(() => heard.length === 1, 'the error is announced');
      expect(heard).to.deep.equal(['This is not a number.']);
      // The error stays while the reader goes on typing: after the next pause it is not said again.
      await typeInto(el, '#monthlyDownloads', '12abcd');
      pauses.end();
      // Then they fix it and hear the result: had the error been said again, it would stand between the two.
      await typeInto(el, '#monthlyDownloads', '12');
      pauses.end();
      await waitUntil(() => heard.length >= 2, 'the result after the fix');
      expect(heard).to.deep.equal(['This is not a number.', 'Earnings January–December $23.80']);
    } finally {
      pauses.restore();
    }
  });
});

describe('switching the page’s language while the reader types', () => {
  it('the draft is re-read in the new language: the value stays, the text is rewritten, results and message agree', async () => {
    const el = await fixture<RoyaltyTierCalc>(html`<royalty-tier-calc monthly-downloads="1"></royalty-tier-calc>`);
    await typeInto(el, '#price', '1,500.5');
    const before = el.result.yearTotal;
    await useLocale('id');
    expect($<HTMLInputElement>(el, '#price').value).to.equal('1.500,5');
    expect($(el, '#price-msg').textContent).to.equal('');
    expect(el.result.yearTotal).to.equal(before);
    await typeInto(el, '#price', '2,5');
    expect(el.result.perDownload).to.equal(0.375);
  });
});
