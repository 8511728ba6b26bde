import { captureWarnings, PAGE_PROBLEMS } from '../support/console.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../support/define-all.js';
import type { RoyaltyTierCalc } from '../../src/components/royalty-tier-calc/royalty-tier-calc.js';
import type { TaxWithholdingTable } from '../../src/components/tax-withholding-table/tax-withholding-table.js';
import type { RoyaltyResult } from '../../src/core/royalty-detail.js';
import { $, BROKEN, record, rendered, text, typeInto, useLocale } from '../support/helpers.js';

const column = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)].map((c) => c.textContent!.trim());

describe('<royalty-tier-calc compare> (Shutterstock beside Adobe Stock)', () => {
  afterEach(() => useLocale('en'));

  it('100 images a month at $1: Shutterstock $317.50, Adobe Stock $396.00, the difference, month by month and on the chart', async () => {
    const el = await fixture<RoyaltyTierCalc>(
      html`<royalty-tier-calc monthly-downloads="100" price="1" compare="adobe-stock"></royalty-tier-calc>`,
    );
    expect(el.result.yearTotal).to.equal(317.5);
    expect(el.result.compare).to.deep.equal({
      agency: 'adobe-stock',
      price: 1,
      yearTotal: 396,
      difference: 78.5,
      months: Array.from({ length: 12 }, (_, i) => ({ month: i + 1, earnings: 33 })),
    });
    expect(text(el)).to.contain('Adobe Stock, January–December $396.00 $78.50 more than Shutterstock');
    expect(column(el, 'th.compare')).to.deep.equal(['Adobe Stock']);
    expect(column(el, 'td.compare')).to.deep.equal(Array(12).fill('$33.00'));
    // The second series: dashed, square points, named in a legend (not told by colour alone).
    expect(el.shadowRoot!.querySelectorAll('polyline.line.other')).to.have.length(1);
    expect(getComputedStyle($(el, 'polyline.line.other')).strokeDasharray).not.to.equal('none');
    expect(getComputedStyle($(el, 'path.dot.other')).strokeLinecap).to.equal('square');
    expect(text($(el, '.legend'))).to.equal('Shutterstock Adobe Stock');
    expect(text(el)).to.contain('Adobe Stock: 33% for images, 35% for video, no levels, no January reset.');
    expect(text(el)).to.contain('A linked tax table takes Shutterstock’s total.');
    expect(text(el)).to.contain('Adobe Stock’s price is taken to be Shutterstock’s: set its own.');
    expect(text(el)).to.contain('Source: Adobe Help, “Getting paid” (Adobe Stock contributors: royalties)');
    expect(text(el)).not.to.match(BROKEN);
    await expect(el).to.be.accessible();
  });

  it('video, 10 clips a month at $20: Adobe Stock $840.00 (35%), no image minimum note', async () => {
    const el = await fixture<RoyaltyTierCalc>(
      html`<royalty-tier-calc media="video" monthly-downloads="10" price="20" compare="adobe-stock"></royalty-tier-calc>`,
    );
    expect(el.result.compare?.yearTotal).to.equal(840);
    expect(text(el)).to.contain('Adobe Stock, January–December $840.00');
    expect(text(el)).not.to.contain('Minimum per licence');
  });

  it('in Indonesian', async () => {
    await useLocale('id');
    const el = await fixture<RoyaltyTierCalc>(html`<royalty-tier-calc compare="adobe-stock"></royalty-tier-calc>`);
    expect(text(el)).to.contain('Adobe Stock, Januari–Desember US$396,00 US$78,50 lebih banyak dari Shutterstock');
    expect(text(el)).to.contain('Adobe Stock: 33% untuk gambar, 35% untuk video, tanpa level');
    expect(text(el)).to.contain('Sumber: Adobe Help');
  });

  it('the reader turns it on and gives Adobe Stock its own price; the event carries the comparison', async () => {
    const el = await fixture<RoyaltyTierCalc>(html`<royalty-tier-calc></royalty-tier-calc>`);
    expect(el.result.compare).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('#comparePrice')).to.equal(null);
    const events = record<RoyaltyResult>(el, 'royalty-change');
    const select = $<HTMLSelectElement>(el, '#compare');
    select.value = 'adobe-stock';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await el.updateComplete;
    expect(events.at(-1)?.detail.compare?.yearTotal).to.equal(396);
    await typeInto(el, '#comparePrice', '2');
    expect(el.result.compare).to.deep.include({ price: 2, yearTotal: 792, difference: 474.5 });
    expect(text(el)).not.to.contain('is taken to be Shutterstock’s');
  });

  it('a linked tax table keeps following Shutterstock’s total', async () => {
    const wrap = await fixture(
      html`<div>
        <royalty-tier-calc id="both" compare="adobe-stock"></royalty-tier-calc>
        <tax-withholding-table for="both"></tax-withholding-table>
      </div>`,
    );
    await rendered(wrap);
    const table = wrap.querySelector('tax-withholding-table') as TaxWithholdingTable;
    expect(table.result.netWithTin).to.equal(285.75); // $317.50 less 10%, not Adobe's $396
  });

  it('an unknown agency is a notice, and nothing is compared', async () => {
    const el = await fixture<RoyaltyTierCalc>(html`<royalty-tier-calc compare="istock" compare-price="-3"></royalty-tier-calc>`);
    const warnings = captureWarnings();
    expect(text(el)).to.contain(PAGE_PROBLEMS.en);
    await warnings.said('<royalty-tier-calc> compare="istock": use one of: none, adobe-stock. The default is used.');
    warnings.stop();
    expect(el.result.compare).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('.legend')).to.equal(null);
  });
});
