import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../support/define-all.js';
import type { RoyaltyTierCalc } from '../../src/components/royalty-tier-calc/royalty-tier-calc.js';
import type { TaxWithholdingTable } from '../../src/components/tax-withholding-table/tax-withholding-table.js';
import type { RoyaltyResult } from '../../src/core/royalty-detail.js';
import { $, BROKEN, record, rendered, text, typeInto, useLocale } from '../support/helpers.js';
import { captureWarnings, PAGE_PROBLEMS } from '../support/console.js';

/*
 * The reader's portfolio (issue: every agency the seed names): Shutterstock beside Adobe Stock, iStock and
 * Freepik, each at the reader's own numbers, as a reader sees it, in English and Indonesian.
 */

const column = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)].map((c) => c.textContent!.trim());
const year = (el: RoyaltyTierCalc, agency: string) => el.result.agencies?.find((a) => a.agency === agency)?.yearTotal;

describe('<royalty-tier-calc compare> (the other agencies the reader sells at)', () => {
  afterEach(() => useLocale('en'));

  it('100 a month at $1 everywhere: Shutterstock $317.50, Adobe Stock $396.00, iStock $180.00; all of them, and their US part', async () => {
    const el = await fixture<RoyaltyTierCalc>(
      html`<royalty-tier-calc monthly-downloads="100" price="1" compare="adobe-stock istock"></royalty-tier-calc>`,
    );
    expect(el.result.yearTotal).to.equal(317.5);
    expect(year(el, 'adobe-stock')).to.equal(396);
    expect(year(el, 'istock')).to.equal(180);
    expect(el.result.combinedYearTotal).to.equal(893.5);
    expect(el.result.usYearTotal).to.equal(893.5); // all three are US payers
    expect(el.result.agencies?.[0]).to.deep.include({
      agency: 'adobe-stock',
      usPayer: true,
      price: 1,
      monthlyDownloads: 100,
      difference: 78.5,
    });
    const t = text(el);
    expect(t).to.contain('Adobe Stock, January–December $396.00 $78.50 more than Shutterstock');
    expect(t).to.contain('iStock, January–December $180.00 $137.50 less than Shutterstock');
    expect(t).to.contain('All agencies, January–December $893.50 from US agencies: $893.50');
    expect(column(el, 'th.agency')).to.deep.equal(['Adobe Stock', 'iStock']);
    expect(column(el, 'td.agency').slice(0, 2)).to.deep.equal(['$33.00', '$15.00']);
    expect(column(el, 'td.all')).to.have.length(12);
    // One second line on the chart, all agencies together: dashed, square points, named in words.
    expect(el.shadowRoot!.querySelectorAll('polyline.line.other')).to.have.length(1);
    expect(getComputedStyle($(el, 'polyline.line.other')).strokeDasharray).not.to.equal('none');
    expect(text($(el, '.legend'))).to.equal('Shutterstock All agencies');
    // Every note about an agency, built from its entry.
    expect(t).to.contain('Adobe Stock: 33% of the price for images, 35% for video; no levels, no January reset.');
    expect(t).to.contain(
      'Adobe Stock: on large subscription plans a licence earns at least $0.33, $0.36 from 1,000, $0.38 from 10,000, by your licences of all years (they never reset); applied when 33% of your average price is less than $0.33.',
    );
    expect(t).to.contain('Not included: Adobe’s Firefly Contributor bonus');
    expect(t).to.contain('iStock: 15% of the price for images, 20% for video');
    expect(t).to.contain('Adobe Stock’s price is taken to be Shutterstock’s: set its own.');
    expect(t).to.contain('A linked tax table takes the royalties from US agencies: Shutterstock, Adobe Stock, iStock.');
    expect(t).to.contain('Source: Adobe Help, “Getting paid” (Adobe Stock contributors: royalties), in force since June 2015');
    expect(t).to.contain('Source: Getty Images Contributor Support, “iStock Rate Card”');
    expect(t).not.to.contain('October 2016');
    expect(t).not.to.match(BROKEN);
    await expect(el).to.be.accessible();
  });

  it('Adobe at $0.50 from January by the reader’s lifetime licences: 0 → $402.00, 5,000 → $432.00, 9,500 → $446.00', async () => {
    for (const [lifetime, total] of [
      [0, 402],
      [5000, 432],
      [9500, 446],
    ]) {
      const el = await fixture<RoyaltyTierCalc>(
        html`<royalty-tier-calc compare="adobe-stock" adobe-stock-price="0.5" adobe-stock-lifetime=${lifetime}></royalty-tier-calc>`,
      );
      expect(year(el, 'adobe-stock'), `lifetime ${lifetime}`).to.equal(total);
    }
  });

  it('video, 10 a month at $20: Adobe Stock $840.00, iStock $480.00; no floor for video', async () => {
    const el = await fixture<RoyaltyTierCalc>(
      html`<royalty-tier-calc media="video" monthly-downloads="10" price="20" compare="adobe-stock istock"></royalty-tier-calc>`,
    );
    expect(year(el, 'adobe-stock')).to.equal(840);
    expect(year(el, 'istock')).to.equal(480);
    expect(text(el)).not.to.contain('on large subscription plans');
    expect(el.shadowRoot!.querySelector('#adobeStockLifetime')).to.equal(null); // no floor to step up
  });

  it('Freepik at the reader’s own $0.05 a download, 300 a month: $180.00, not counted as US royalties', async () => {
    const el = await fixture<RoyaltyTierCalc>(
      html`<royalty-tier-calc compare="freepik adobe-stock" freepik-per-download="0.05" freepik-downloads="300"></royalty-tier-calc>`,
    );
    expect(year(el, 'freepik')).to.equal(180);
    expect(el.result.agencies?.map((a) => a.agency)).to.deep.equal(['freepik', 'adobe-stock']); // the page's order
    expect(el.result.agencies?.[0]).to.deep.include({ usPayer: false, perDownload: 0.05, monthlyDownloads: 300 });
    expect(el.result.combinedYearTotal).to.equal(317.5 + 180 + 396);
    expect(el.result.usYearTotal).to.equal(317.5 + 396);
    expect(text(el)).to.contain('Freepik is not a US company: no US tax is withheld from what it pays.');
    expect(text(el)).to.contain('A linked tax table takes the royalties from US agencies: Shutterstock, Adobe Stock.');
  });

  it('Freepik without the reader’s average: left out, with one line saying why', async () => {
    const el = await fixture<RoyaltyTierCalc>(html`<royalty-tier-calc compare="freepik"></royalty-tier-calc>`);
    expect(el.result.agencies).to.deep.equal([]);
    expect(el.result.combinedYearTotal).to.equal(317.5);
    expect(text(el)).to.contain('Freepik is left out: it pays from a pool, so only your own average per download gives its year.');
    expect(text(el)).not.to.contain('All agencies,');
  });

  it('in Indonesian', async () => {
    await useLocale('id');
    const el = await fixture<RoyaltyTierCalc>(
      html`<royalty-tier-calc compare="adobe-stock istock freepik" freepik-per-download="0.05"></royalty-tier-calc>`,
    );
    const t = text(el);
    expect(t).to.contain('Adobe Stock, Januari–Desember US$396,00 US$78,50 lebih banyak dari Shutterstock');
    expect(t).to.contain('iStock, Januari–Desember US$180,00 US$137,50 lebih sedikit dari Shutterstock');
    expect(t).to.contain('Semua agensi, Januari–Desember');
    expect(t).to.contain('Adobe Stock: 33% dari harga untuk gambar, 35% untuk video; tanpa level, tanpa reset tiap Januari.');
    expect(t).to.contain('Freepik bukan perusahaan AS');
    expect(t).to.contain('Sumber: Adobe Help');
    expect(t).not.to.match(BROKEN);
  });

  it('the reader opens "Other agencies", picks two, gives each its own numbers; the event carries them', async () => {
    const el = await fixture<RoyaltyTierCalc>(html`<royalty-tier-calc></royalty-tier-calc>`);
    expect(el.result.agencies).to.equal(undefined);
    expect(el.result.usYearTotal).to.equal(317.5);
    const events = record<RoyaltyResult>(el, 'royalty-change');
    const group = $<HTMLDetailsElement>(el, 'details.group');
    expect(group.open).to.equal(false);
    $<HTMLElement>(el, 'details.group summary').click();
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.agencies input').length === 3, 'the agencies load when the group opens');
    const boxes = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('.agencies input')];
    boxes[0].click(); // Adobe Stock
    await el.updateComplete;
    expect(events.at(-1)?.detail.agencies?.map((a) => a.agency)).to.deep.equal(['adobe-stock']);
    el.shadowRoot!.querySelectorAll<HTMLInputElement>('.agencies input')[1].click(); // iStock
    await el.updateComplete;
    await typeInto(el, '#adobeStockPrice', '2');
    await typeInto(el, '#istockDownloads', '50');
    expect(year(el, 'adobe-stock')).to.equal(792);
    expect(year(el, 'istock')).to.equal(90); // 600 × $1 × 15%
    expect(events.at(-1)?.detail.agencies?.map((a) => a.yearTotal)).to.deep.equal([792, 90]);
    expect(text(el)).not.to.contain('Adobe Stock’s price is taken to be');
    expect(text(el)).to.contain('iStock’s price is taken to be Shutterstock’s');
    expect(group.open, 'the group stays open while the reader works in it').to.equal(true);
  });

  it('compare-price stays Adobe Stock’s price, shown in its field', async () => {
    const el = await fixture<RoyaltyTierCalc>(html`<royalty-tier-calc compare="adobe-stock" compare-price="2"></royalty-tier-calc>`);
    expect(year(el, 'adobe-stock')).to.equal(792);
    expect($<HTMLInputElement>(el, '#adobeStockPrice').value).to.equal('2');
    expect(text(el)).not.to.contain('is taken to be');
  });

  it('a linked tax table takes the US royalties across the agencies, and says so in its amount line', async () => {
    const wrap = await fixture(
      html`<div>
        <royalty-tier-calc id="portfolio" compare="adobe-stock freepik" freepik-per-download="0.05"></royalty-tier-calc>
        <tax-withholding-table for="portfolio"></tax-withholding-table>
      </div>`,
    );
    await rendered(wrap);
    const table = wrap.querySelector('tax-withholding-table') as TaxWithholdingTable;
    await waitUntil(() => table.result.netWithTin === 642.15, 'the table follows $713.50 ($317.50 + $396.00), not Freepik’s $60.00');
    expect(text(table)).to.contain(
      'Amount: the year’s royalties from US agencies in the calculator on this page (Shutterstock, Adobe Stock).',
    );
  });

  it('an agency we do not know: one short line, the console names it, nothing is compared', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<RoyaltyTierCalc>(html`<royalty-tier-calc compare="pond5"></royalty-tier-calc>`);
      expect(text(el)).to.contain(PAGE_PROBLEMS.en);
      await warnings.said('<royalty-tier-calc> compare="pond5": use one of: adobe-stock, istock, freepik. The default is used.');
      expect(el.result.agencies).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('.legend')).to.equal(null);
    } finally {
      warnings.stop();
    }
  });

  it('in a wide calculator every agency is a column of its own: each month one row, its cells side by side', async () => {
    const host = await fixture<HTMLElement>(
      html`<div style="width: 760px">
        <royalty-tier-calc compare="adobe-stock istock freepik" freepik-per-download="0.05"></royalty-tier-calc>
      </div>`,
    );
    const el = host.querySelector<RoyaltyTierCalc>('royalty-tier-calc')!;
    await el.updateComplete;
    const row = el.shadowRoot!.querySelector('[part="table"] tbody tr')!;
    const cells = [...row.children] as HTMLElement[];
    for (const cell of cells) expect(getComputedStyle(cell).display, cell.className).to.equal('table-cell');
    // One row: every cell starts on the same line as the month's.
    const top = cells[0].getBoundingClientRect().top;
    for (const cell of cells) expect(cell.getBoundingClientRect().top, cell.textContent!).to.equal(top);
    expect(cells.filter((c) => c.classList.contains('agency'))).to.have.length(3);
  });

  it('compare="none" (the first release’s default) compares nothing and loads nothing', async () => {
    const el = await fixture<RoyaltyTierCalc>(html`<royalty-tier-calc compare="none"></royalty-tier-calc>`);
    expect(el.result.agencies).to.equal(undefined);
    expect($<HTMLDetailsElement>(el, 'details.group').open).to.equal(false);
  });
});
