/*
 * The seed examples and every fact corrected in 1.0.0, as a reader sees them,
 * each naming its source (docs/sources.md has them all).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../support/define-all.js';
import type { FiverrLevelMeter } from '../../src/components/fiverr-level-meter/fiverr-level-meter.js';
import type { RoyaltyTierCalc } from '../../src/components/royalty-tier-calc/royalty-tier-calc.js';
import type { TaxWithholdingTable } from '../../src/components/tax-withholding-table/tax-withholding-table.js';
import { $, text, useLocale } from '../support/helpers.js';

const cells = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)].map((c) => c.textContent!.trim());
const dollars = (s: string) => Math.round(Number(s.replace(/[^\d.]/g, '')) * 100);

describe('seed examples (the blog posts this project grew from)', () => {
  afterEach(() => useLocale('en'));

  it('a $1 image earns $0.15 at level 1 and $0.30 at level 4 (Shutterstock, "How much will I be paid")', async () => {
    const el = await fixture<RoyaltyTierCalc>(html`<royalty-tier-calc price="1" monthly-downloads="100"></royalty-tier-calc>`);
    expect(text(el)).to.contain('Per download now $0.15');
    expect(text(el)).to.contain('Level by December Level 4 $0.30 per download');
  });

  it('250 downloads a month at $0.50 earn $443.75 in a year (Shutterstock levels, $0.10 minimum)', async () => {
    const el = await fixture<RoyaltyTierCalc>(html`<royalty-tier-calc price="0.5" monthly-downloads="250"></royalty-tier-calc>`);
    expect(el.result.yearTotal).to.equal(443.75);
    expect(text(el)).to.contain('Earnings January–December $443.75');
  });

  it('$100 of royalties: $90 with NPWP, $70 without (US–Indonesia treaty, Article 13; IRS Table 1)', async () => {
    const el = await fixture<TaxWithholdingTable>(html`<tax-withholding-table gross="100"></tax-withholding-table>`);
    expect(cells(el, 'td.net')).to.deep.equal(['$90.00', '$70.00']);
  });
});

describe('facts corrected in 1.0.0', () => {
  afterEach(() => useLocale('en'));

  it('the Fiverr meter uses the current rules by default and the classic ones in the past tense, with their dates (Fiverr Help Center; Fiverr Community forum)', async () => {
    const current = await fixture<FiverrLevelMeter>(html`<fiverr-level-meter></fiverr-level-meter>`);
    expect(text(current)).to.contain('Source: Fiverr Help Center, “Top Rated freelancers”, in force since February 14, 2024');
    expect(text(current)).to.contain('The 2024 version of Fiverr’s Top Rated page also asked for 20 unique clients and US$10,000 earned');
    const classic = await fixture<FiverrLevelMeter>(
      html`<fiverr-level-meter
        rules="classic"
        orders="20"
        days-active="90"
        earnings="500"
        rating="4.9"
        response-rate="100"
        completion-rate="100"
        on-time-rate="100"
        warnings="1"
      ></fiverr-level-meter>`,
    );
    const t = text(classic);
    expect(t).to.contain('in force January 15, 2018 – February 14, 2024');
    expect(t).to.contain('Retired: Fiverr replaced this system on 14 February 2024; the old badges were shown until 14 March 2024.');
    expect(t).to.contain('at launch in January 2018 the minimum rating was 4.8');
    expect(t).to.contain('Under the classic rules your numbers would have qualified for');
    expect(t).not.to.contain('Levels are checked on the 15th');
  });

  it('Top Rated needs success score, rating, response rate and 40 orders, not unique clients or earnings (“Top Rated freelancers”)', async () => {
    const el = await fixture<FiverrLevelMeter>(
      html`<fiverr-level-meter
        current-level="level-2"
        success-score="9"
        rating="4.7"
        response-rate="90"
        orders="40"
        unique-clients="0"
        earnings="0"
      ></fiverr-level-meter>`,
    );
    expect(el.level).to.equal('top-rated');
  });

  it('every perk is marked unverified, and the Promoted Gigs conflict is named (secondary sources; the seed post)', async () => {
    const el = await fixture<FiverrLevelMeter>(html`<fiverr-level-meter></fiverr-level-meter>`);
    const t = text(el);
    expect(t).to.contain('every figure here comes from secondary sources');
    expect(t).to.contain(
      'Promoted Gigs: from Level 1 according to Fiverr’s help pages as quoted elsewhere; from Level 2 according to some blog posts.',
    );
    expect(cells(el, 'tbody tr:nth-child(2) td')[2]).to.equal('Unclear*');
  });

  for (const code of ['US', 'PR', 'GU', 'VI', 'AS', 'MP', 'UM']) {
    it(`${code}: a W-9 message, not a W-8BEN table (IRS: US persons give a W-9)`, async () => {
      const el = await fixture<TaxWithholdingTable>(html`<tax-withholding-table country=${code}></tax-withholding-table>`);
      expect(el.shadowRoot!.querySelector('table')).to.equal(null);
      expect(text(el)).to.contain('give a W-9, not a W-8BEN');
      expect(el.result).to.include({ form: 'W-9', rateWithTin: 0, rateWithoutTin: 0.24 });
    });
  }

  it('Russia: suspended from 16 August 2024, not "no treaty" (IRS Announcement 2024-26); dates in the reader’s language', async () => {
    const el = await fixture<TaxWithholdingTable>(html`<tax-withholding-table country="RU"></tax-withholding-table>`);
    expect(text(el)).to.contain('The treaty is suspended for amounts paid since August 16, 2024: 30% applies.');
    expect(text(el)).not.to.contain('has no tax treaty');
    await useLocale('id');
    expect(text(el)).to.contain('ditangguhkan untuk pembayaran sejak 16 Agustus 2024');
    expect(text(el)).to.contain(
      'Sumber: IRS, Tax Treaty Table 1 (Rev. February 2019), income codes 12 and 11, berlaku sejak Februari 2019; dicek 26 November 2026.',
    );
  });

  it('NIK as NPWP: full use from 1 July 2024 under PMK 136/2023, once validated (Kementerian Keuangan)', async () => {
    const el = await fixture<TaxWithholdingTable>(html`<tax-withholding-table></tax-withholding-table>`);
    expect(text(el)).to.contain('Since 1 July 2024 (PMK 136/2023) the 16-digit NIK serves as the NPWP, once it has been validated');
    expect(text(el)).not.to.contain('July 2022');
  });

  it('read-only with the 100% default share says only US buyers are taxed (IRS: only US-source income is withheld)', async () => {
    const el = await fixture<TaxWithholdingTable>(html`<tax-withholding-table readonly></tax-withholding-table>`);
    expect(text(el)).to.contain('This assumes every sale was to a US buyer. Only sales to US buyers are taxed');
  });

  it('a per-download royalty shows the precision it needs: $0.175, not $0.18', async () => {
    const el = await fixture<RoyaltyTierCalc>(
      html`<royalty-tier-calc price="0.7" monthly-downloads="200" start-month="12" downloads-to-date="300"></royalty-tier-calc>`,
    );
    // Downloads 301–500 of the year are level 3: 25% of $0.70 = $0.175 each, $35.00 for 200.
    expect(text(el)).to.contain('Per download now $0.175');
    expect(text(el)).to.contain('Earnings December $35.00');
  });

  it('the monthly column adds up to the total shown (exact amounts, rounded once)', async () => {
    // A video at $0.0536 earns $0.00804 (15%), $0.01072 (20%) …: each month's rounding alone would drift.
    const el = await fixture<RoyaltyTierCalc>(
      html`<royalty-tier-calc media="video" price="0.0536" monthly-downloads="97"></royalty-tier-calc>`,
    );
    const months = cells(el, 'tbody td:nth-child(4)').map(dollars);
    const total = dollars($(el, '.stat.key dd').textContent!);
    expect(months.reduce((a, b) => a + b, 0)).to.equal(total);
    expect(text(el)).to.contain('Amounts are exact and rounded to the cent only for display.');
  });

  it('video: no official minimum, and the widget says so (Shutterstock publishes none)', async () => {
    const el = await fixture<RoyaltyTierCalc>(html`<royalty-tier-calc media="video"></royalty-tier-calc>`);
    expect(text(el)).to.contain('Shutterstock publishes no minimum per video download');
    expect(text(el)).to.contain(
      'Source: Shutterstock, “How much will I be paid as a contributor?” and the contributor payouts page, in force since June 1, 2020; checked November 26, 2026.',
    );
  });

  it('downloads-to-date with a January start is said to be unused, not silently ignored (Shutterstock: levels reset on 1 January)', async () => {
    const el = await fixture<RoyaltyTierCalc>(html`<royalty-tier-calc downloads-to-date="300"></royalty-tier-calc>`);
    expect(text(el)).to.contain('downloads-to-date is not used: the projection starts in January');
    const later = await fixture<RoyaltyTierCalc>(html`<royalty-tier-calc downloads-to-date="300" start-month="7"></royalty-tier-calc>`);
    expect(text(later)).not.to.contain('is not used');
    expect(later.result.level).to.be.greaterThan(1);
  });
});
