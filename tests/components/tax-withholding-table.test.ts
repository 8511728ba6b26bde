import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/royalty-tier-calc/royalty-tier-calc.js';
import '../../src/components/tax-withholding-table/tax-withholding-table.js';
import type { RoyaltyTierCalc } from '../../src/components/royalty-tier-calc/royalty-tier-calc.js';
import type { TaxWithholdingTable } from '../../src/components/tax-withholding-table/tax-withholding-table.js';
import type { WithholdingResult as WithholdingChangeDetail } from '../../src/core/withholding.js';
import { $, BROKEN, record, text, typeInto, useLocale, rendered } from '../support/helpers.js';
import { captureWarnings, PAGE_PROBLEMS } from '../support/console.js';

const rows = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) =>
    [...tr.children].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()),
  );

describe('<tax-withholding-table>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => {
    warnings.stop();
    return useLocale('en');
  });

  it('shows the seed table in money: $100 with NPWP keeps $90, without keeps $70', async () => {
    const el = await fixture<TaxWithholdingTable>(html`<tax-withholding-table></tax-withholding-table>`);
    expect(rows(el)).to.deep.equal([
      ['With TIN (NPWP) lower tax', '10%', '$10.00', '$90.00'],
      ['Without TIN', '30%', '$30.00', '$70.00'],
    ]);
    expect($(el, 'caption').textContent!.replace(/\s+/g, ' ').trim()).to.equal('Withholding on $100.00 of royalties · Indonesia');
    expect($(el, '.saving').textContent!.replace(/\s+/g, ' ').trim()).to.equal('With NPWP, $20.00 less is withheld of every $100.00.');
    expect(el.shadowRoot!.querySelectorAll('th[scope="col"]')).to.have.length(4);
    expect(text(el)).to.contain('IRS, Tax Treaty Table 1 (Rev. February 2019)');
    expect(text(el)).to.contain('SPT Tahunan');
    expect(text(el)).not.to.match(BROKEN);
  });

  it('speaks Indonesian with Rupiah', async () => {
    await useLocale('id');
    const el = await fixture<TaxWithholdingTable>(html`<tax-withholding-table usd-idr="16250"></tax-withholding-table>`);
    expect(rows(el)).to.deep.equal([
      ['Dengan NPWP (TIN) pajak lebih kecil', '10%', 'US$10,00', 'US$90,00Rp 1.462.500'],
      ['Tanpa TIN', '30%', 'US$30,00', 'US$70,00Rp 1.137.500'],
    ]);
    expect($(el, '.saving').textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Dengan NPWP, potongan pajak untuk setiap US$100,00 berkurang US$20,00 (≈ Rp 325.000).',
    );
    expect($<HTMLSelectElement>(el, '#country').selectedOptions[0].textContent).to.equal('Indonesia');
    $(el, '#country').focus(); // the full list is built when the reader opens it
    await el.updateComplete;
    expect([...$<HTMLSelectElement>(el, '#country').options].some((o) => o.textContent === 'Amerika Serikat')).to.equal(true);
  });

  it('other countries and media: India 15%, Thailand 5%, Germany 0%, Vietnam 30/30, Canada video 10%', async () => {
    const el = await fixture<TaxWithholdingTable>(html`<tax-withholding-table gross="200"></tax-withholding-table>`);
    const rateWith = async (country: string, media = 'image') => {
      el.country = country;
      el.media = media as 'image' | 'video';
      await el.updateComplete;
      return el.result.rateWithTin;
    };
    expect(await rateWith('IN')).to.equal(0.15);
    expect(await rateWith('th')).to.equal(0.05);
    expect(await rateWith('DE')).to.equal(0);
    expect(await rateWith('VN')).to.equal(0.3);
    expect(text(el)).to.contain('Vietnam has no tax treaty with the US for this income: 30% is withheld with or without a TIN.');
    expect(await rateWith('CA', 'video')).to.equal(0.1);
    expect(await rateWith('RU')).to.equal(0.3);
    expect(text(el)).to.contain('The treaty is suspended for amounts paid since August 16, 2024: 30% applies.');
    expect(text(el)).not.to.contain('Russia has no tax treaty');
  });

  it('types an amount and a share, and fires withholding-change', async () => {
    await useLocale('id');
    const el = await fixture<TaxWithholdingTable>(html`<tax-withholding-table></tax-withholding-table>`);
    const events = record<WithholdingChangeDetail>(el, 'withholding-change');
    await typeInto(el, '#gross', '1.250,50');
    expect(events.at(-1)?.detail).to.deep.equal({
      country: 'ID',
      form: 'W-8BEN',
      rateWithTin: 0.1,
      rateWithoutTin: 0.3,
      withheldWithTin: 125.05,
      withheldWithoutTin: 375.15,
      netWithTin: 1125.45,
      netWithoutTin: 875.35,
    });
    await typeInto(el, '#usShare', '40');
    expect(events.at(-1)?.detail.withheldWithTin).to.equal(50.02);
    expect(text(el)).to.contain('Hanya penjualan ke pembeli AS yang kena potongan pajak: US$500,20 dari US$1.250,50.');
    const select = $<HTMLSelectElement>(el, '#country');
    select.focus();
    await el.updateComplete;
    select.value = 'IN';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(events.at(-1)?.detail.country).to.equal('IN');
  });

  it('filters the country list as the reader searches', async () => {
    const el = await fixture<TaxWithholdingTable>(html`<tax-withholding-table></tax-withholding-table>`);
    // Only the chosen country until the reader opens the list: the 249 are built when first needed.
    expect($<HTMLSelectElement>(el, '#country').options.length).to.equal(1);
    $(el, '#country').focus();
    await el.updateComplete;
    expect($<HTMLSelectElement>(el, '#country').options.length).to.equal(249);
    await typeInto(el, '#country-filter', 'mal');
    const names = [...$<HTMLSelectElement>(el, '#country').options].map((o) => o.textContent);
    expect(names).to.include.members(['Malaysia', 'Malawi', 'Mali', 'Malta', 'Indonesia']); // the selected one stays
    expect(names.length).to.be.lessThan(10);
  });

  it('does not fire on attribute changes', async () => {
    const el = await fixture<TaxWithholdingTable>(html`<tax-withholding-table></tax-withholding-table>`);
    const events = record(el, 'withholding-change');
    el.setAttribute('gross', '500');
    el.setAttribute('country', 'IN');
    await el.updateComplete;
    expect(events).to.have.length(0);
    expect(el.result.netWithTin).to.equal(425);
  });

  it('shows messages for junk attributes and keeps working', async () => {
    const el = await fixture<TaxWithholdingTable>(
      html`<tax-withholding-table gross="1e999" country="ZZ" us-share="-5" media="film"></tax-withholding-table>`,
    );
    expect($(el, '#gross-msg').textContent).to.equal('Must be at most 1,000,000,000.');
    expect($(el, '#usShare-msg').textContent).to.equal('Must not be negative.');
    expect(text(el)).to.contain(PAGE_PROBLEMS.en);
    await warnings.said(
      '<tax-withholding-table> country="ZZ": use a two-letter country code (ISO 3166), such as ID, MY or US. The default is used.',
    );
    await warnings.said('<tax-withholding-table> media="film": use one of: image, video. The default is used.');
    expect(el.result.netWithTin).to.equal(90);
    expect(text(el)).not.to.match(BROKEN);
  });

  it('readonly shows the table only, with attribute messages', async () => {
    const el = await fixture<TaxWithholdingTable>(html`<tax-withholding-table readonly gross="abc" country="IN"></tax-withholding-table>`);
    expect(el.shadowRoot!.querySelector('input, select')).to.equal(null);
    expect(text(el)).to.contain(PAGE_PROBLEMS.en);
    await warnings.said('<tax-withholding-table> gross="abc": it is not a number (write plain numbers: 0.35, 2500). The default is used.');
    expect(el.result.netWithTin).to.equal(85);
    await expect(el).to.be.accessible();
  });

  it('passes axe', async () => {
    const el = await fixture<TaxWithholdingTable>(html`<tax-withholding-table usd-idr="16250" us-share="50"></tax-withholding-table>`);
    await expect(el).to.be.accessible();
  });
});

describe('<tax-withholding-table for>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => {
    warnings.stop();
    return useLocale('en');
  });

  it('takes the calculator’s year total when the calculator comes first', async () => {
    const wrap = await fixture(
      html`<div>
        <royalty-tier-calc id="c1" monthly-downloads="100" price="1"></royalty-tier-calc>
        <tax-withholding-table for="c1"></tax-withholding-table>
      </div>`,
    );
    await rendered(wrap);
    const table = wrap.querySelector('tax-withholding-table') as TaxWithholdingTable;
    await table.updateComplete;
    expect(table.result.netWithTin).to.equal(285.75); // $317.50 − 10%
    expect(text(table)).to.contain('Amount: the year’s total from the royalty calculator on this page.');
  });

  it('takes it when the table comes first, and follows the reader’s changes in the calculator', async () => {
    const wrap = await fixture(
      html`<div>
        <tax-withholding-table for="c2"></tax-withholding-table>
        <royalty-tier-calc id="c2" monthly-downloads="100" price="1"></royalty-tier-calc>
      </div>`,
    );
    await rendered(wrap);
    const table = wrap.querySelector('tax-withholding-table') as TaxWithholdingTable;
    const calc = wrap.querySelector('royalty-tier-calc') as RoyaltyTierCalc;
    await table.updateComplete;
    expect(table.result.netWithTin).to.equal(285.75);
    const events = record(table, 'withholding-change');
    await typeInto(calc, '#monthlyDownloads', '1000');
    await table.updateComplete;
    expect(table.result.netWithTin).to.equal(3629.25); // $4,032.50 − 10%
    expect($<HTMLInputElement>(table, '#gross').value).to.equal('4,032.5');
    expect(events).to.have.length(0); // the table's own event is for its own reader input
  });

  it('finds a calculator added later by script', async () => {
    const wrap = await fixture(html`<div><tax-withholding-table for="late"></tax-withholding-table></div>`);
    await rendered(wrap);
    const table = wrap.querySelector('tax-withholding-table') as TaxWithholdingTable;
    expect(text(table)).to.contain(PAGE_PROBLEMS.en);
    await warnings.said(
      '<tax-withholding-table> for="late": no <royalty-tier-calc> with this id on the page. The table uses its own amount.',
    );
    const calc = document.createElement('royalty-tier-calc');
    calc.id = 'late';
    calc.setAttribute('monthly-downloads', '10');
    wrap.append(calc);
    await calc.updateComplete;
    await table.updateComplete;
    expect(table.result.netWithTin).to.equal(17.1); // 120 downloads: 100 × 0.15 + 20 × 0.20 = $19.00, less 10%
    expect(text(table)).not.to.contain(PAGE_PROBLEMS.en);
    expect(text(table)).to.contain('Amount: the year’s total from the royalty calculator on this page.');
  });

  it('a missing or wrong id is a quiet note, not an error', async () => {
    const wrap = await fixture(
      html`<div>
        <p id="not-a-calc"></p>
        <tax-withholding-table for="not-a-calc" gross="50"></tax-withholding-table>
      </div>`,
    );
    await rendered(wrap);
    const table = wrap.querySelector('tax-withholding-table') as TaxWithholdingTable;
    expect(text(table)).to.contain(PAGE_PROBLEMS.en);
    await warnings.said(
      '<tax-withholding-table> for="not-a-calc": the element with this id is not a <royalty-tier-calc>. The table uses its own amount.',
    );
    expect(table.result.netWithTin).to.equal(45);
  });
});
