import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/royalty-tier-calc/royalty-tier-calc.js';
import type { RoyaltyTierCalc } from '../../src/components/royalty-tier-calc/royalty-tier-calc.js';
import type { RoyaltyResult as RoyaltyChangeDetail } from '../../src/core/royalty-detail.js';
import { $, BROKEN, record, text, typeInto, useLocale } from '../support/helpers.js';
import { captureWarnings, PAGE_PROBLEMS } from '../support/console.js';

const NBSP = '\u00a0';

describe('<royalty-tier-calc>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => {
    warnings.stop();
    return useLocale('en');
  });

  it('shows the seed example in English: $0.15 per download at level 1, and the year', async () => {
    const el = await fixture<RoyaltyTierCalc>(html`<royalty-tier-calc monthly-downloads="100" price="1"></royalty-tier-calc>`);
    const t = text(el);
    expect(t).to.contain('Level now Level 1 15% royalty');
    expect(t).to.contain('Per download now $0.15');
    expect(t).to.contain('To the next level 101 downloads to level 2');
    // 100×.15 + 100×.20 + (50×.20 + 50×.25) + 2×100×.25 + 7×100×.30 = 317.50
    expect(t).to.contain('Earnings January–December $317.50');
    expect(t).to.contain('Level by December Level 4 $0.30 per download');
    expect(t).to.contain('Effective rate 26.5%');
    expect(el.getAttribute('level')).to.equal('4');
    expect($(el, 'tbody').querySelectorAll('tr')).to.have.length(12);
    expect(t).not.to.match(BROKEN);
  });

  it('speaks Indonesian with Indonesian formats and Rupiah', async () => {
    await useLocale('id');
    const el = await fixture<RoyaltyTierCalc>(
      html`<royalty-tier-calc monthly-downloads="100" price="1" usd-idr="16250"></royalty-tier-calc>`,
    );
    const t = text(el);
    expect(t).to.contain('Per unduhan saat ini US$0,15');
    expect(t).to.contain('Penghasilan Januari–Desember US$317,50 ≈ Rp 5.159.375');
    expect($(el, '.key .sub').textContent).to.equal(`≈ Rp${NBSP}5.159.375`);
    expect(t).to.contain('Royalti efektif 26,5%');
    expect(t).to.contain('Sumber:');
    expect($(el, 'tbody tr th abbr').getAttribute('title')).to.equal('Januari');
    expect($(el, 'tbody tr th').textContent).to.equal('Jan');
  });

  it('reads typed Indonesian numbers: "1.000" is a thousand and "0,35" is 0.35, and fires royalty-change', async () => {
    await useLocale('id');
    const el = await fixture<RoyaltyTierCalc>(html`<royalty-tier-calc></royalty-tier-calc>`);
    const events = record<RoyaltyChangeDetail>(el, 'royalty-change');
    await typeInto(el, '#monthlyDownloads', '1.000');
    // 12,000 downloads at $1: 15 + 30 + 62.5 + 600 + 9,500 × 0.35
    expect(text(el)).to.contain('US$4.032,50');
    expect(events.at(-1)?.detail.yearTotal).to.equal(4032.5);
    expect(events.at(-1)?.detail.level).to.equal(5);
    await typeInto(el, '#price', '0,35');
    // 0.35 × 15% = 0.0525 is under the $0.10 floor: levels 1–2 earn the floor.
    expect(events.at(-1)?.detail.perDownload).to.equal(0.1225);
    expect(events.at(-1)?.detail.months).to.have.length(12);
    expect(events.at(-1)?.bubbles && events.at(-1)?.composed).to.equal(true);
    expect(el.result).to.deep.equal(events.at(-1)?.detail);
  });

  it('keeps typed junk in the field with a message, and the last valid value in the results', async () => {
    const el = await fixture<RoyaltyTierCalc>(html`<royalty-tier-calc></royalty-tier-calc>`);
    await typeInto(el, '#monthlyDownloads', '12abc');
    // Keys arrive one by one: "12" was the last valid value (12 a month: 100 × 0.15 + 44 × 0.20).
    const total = 23.8;
    expect($<HTMLInputElement>(el, '#monthlyDownloads').value).to.equal('12abc');
    expect($(el, '#monthlyDownloads-msg').textContent).to.equal('This is not a number.');
    expect($(el, '#monthlyDownloads').getAttribute('aria-invalid')).to.equal('true');
    expect(el.result.yearTotal).to.equal(total);
    await typeInto(el, '#monthlyDownloads', '-3');
    expect($(el, '#monthlyDownloads-msg').textContent).to.equal('Must not be negative.');
    await typeInto(el, '#price', '0,35');
    expect($(el, '#price-msg').textContent).to.equal('Write decimals with a point (0.35) and thousands with a comma (1,500).');
    expect(text(el)).not.to.match(BROKEN);
  });

  it('does not fire royalty-change when attributes or properties change', async () => {
    const el = await fixture<RoyaltyTierCalc>(html`<royalty-tier-calc></royalty-tier-calc>`);
    const events = record(el, 'royalty-change');
    el.setAttribute('monthly-downloads', '500');
    el.price = 2;
    await el.updateComplete;
    expect(events).to.have.length(0);
    expect(el.result.months[0].downloads).to.equal(500);
  });

  it('shows messages for bad attributes and uses the defaults', async () => {
    const el = await fixture<RoyaltyTierCalc>(
      html`<royalty-tier-calc
        monthly-downloads="seratus"
        price="-1"
        start-month="13"
        tiers="0:15,50:20,20:25"
        media="foto"
        usd-idr="0"
      ></royalty-tier-calc>`,
    );
    const t = text(el);
    expect($<HTMLInputElement>(el, '#monthlyDownloads').value).to.equal('seratus');
    expect($(el, '#monthlyDownloads-msg').textContent).to.equal('This is not a number.');
    expect($(el, '#price-msg').textContent).to.equal('Must not be negative.');
    expect($(el, '#usdIdr-msg').textContent).to.equal('Must be more than 0.');
    // Settings without an input of their own: one short line for the reader, the details for the blogger in the console.
    expect($(el, '.notices').textContent?.trim()).to.equal(
      'Some settings of this widget cannot be used, so defaults are shown. The browser console says which.',
    );
    await warnings.said(
      '<royalty-tier-calc> tiers="0:15,50:20,20:25": levels must be listed from the lowest count up. The default is used.',
    );
    await warnings.said('<royalty-tier-calc> media="foto": use one of: image, video. The default is used.');
    await warnings.said('<royalty-tier-calc> start-month="13": it must be at most 12. The default is used.');
    expect(t).to.contain('$317.50'); // defaults: 100 a month at $1
    expect(t).not.to.match(BROKEN);
  });

  it('readonly shows results only, with attribute messages', async () => {
    const el = await fixture<RoyaltyTierCalc>(html`<royalty-tier-calc readonly monthly-downloads="1e999" price="2"></royalty-tier-calc>`);
    expect(el.shadowRoot!.querySelector('input, select')).to.equal(null);
    expect(text(el)).to.contain(PAGE_PROBLEMS.en);
    await warnings.said('<royalty-tier-calc> monthly-downloads="1e999": it must be at most 10,000,000. The default is used.');
    expect(text(el)).to.contain('$635.00');
    await expect(el).to.be.accessible();
  });

  it('uses the video table with no floor', async () => {
    const el = await fixture<RoyaltyTierCalc>(
      html`<royalty-tier-calc media="video" monthly-downloads="20" price="0.5" start-month="12" downloads-to-date="5"></royalty-tier-calc>`,
    );
    // downloads 6–25 of the year: 6–10 at 15% (5 × 0.075), 11–25 at 20% (15 × 0.10)
    expect(el.result.yearTotal).to.equal(1.875);
    expect(el.result.level).to.equal(2);
    expect(text(el)).to.contain('To the next level 6 downloads to level 2');
  });

  it('takes a custom level table', async () => {
    const el = await fixture<RoyaltyTierCalc>(
      html`<royalty-tier-calc tiers="0:10,11:50" minimum="0" monthly-downloads="20" start-month="12"></royalty-tier-calc>`,
    );
    expect(el.result.yearTotal).to.equal(6);
    expect(text(el)).to.contain('custom level table');
  });

  it('switches media from the select and keeps the downloads-so-far field for later months', async () => {
    const el = await fixture<RoyaltyTierCalc>(html`<royalty-tier-calc start-month="6" downloads-to-date="240"></royalty-tier-calc>`);
    expect($<HTMLInputElement>(el, '#downloadsToDate').value).to.equal('240');
    const events = record<RoyaltyChangeDetail>(el, 'royalty-change');
    const select = $<HTMLSelectElement>(el, '#media');
    select.value = 'video';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => events.length > 0, 'the change event');
    expect(events).to.have.length(1);
    expect(events[0].detail.level).to.equal(4); // 240 + 7 × 100 = 940 video downloads: level 4 (251–5,000)
    expect(el.getAttribute('level')).to.equal('4');
  });

  it('draws the chart with an accessible name and marks level steps', async () => {
    const el = await fixture<RoyaltyTierCalc>(html`<royalty-tier-calc monthly-downloads="100"></royalty-tier-calc>`);
    const svg = $(el, 'svg');
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.contain('cumulative earnings');
    expect(el.shadowRoot!.querySelectorAll('.step')).to.have.length(3);
    expect([...el.shadowRoot!.querySelectorAll('.step-label')].map((s) => s.textContent)).to.deep.equal(['L2', 'L3', 'L4']);
    expect(el.shadowRoot!.querySelector('[style]')).to.equal(null);
  });

  it('passes axe in both languages', async () => {
    const el = await fixture<RoyaltyTierCalc>(html`<royalty-tier-calc usd-idr="16250"></royalty-tier-calc>`);
    await expect(el).to.be.accessible();
    await useLocale('id');
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
