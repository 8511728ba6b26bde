import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/fiverr-level-meter/fiverr-level-meter.js';
import type { FiverrLevelMeter } from '../../src/components/fiverr-level-meter/fiverr-level-meter.js';
import type { LevelResult as LevelChangeDetail } from '../../src/core/fiverr-levels.js';
import { $, BROKEN, record, text, typeInto, useLocale } from '../support/helpers.js';
import { captureWarnings, PAGE_PROBLEMS } from '../support/console.js';

const meters = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[role="meter"]')].map((m) => ({
    now: m.getAttribute('aria-valuenow'),
    max: m.getAttribute('aria-valuemax'),
    text: m.getAttribute('aria-valuetext'),
  }));

describe('<fiverr-level-meter>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => {
    warnings.stop();
    return useLocale('en');
  });

  it('a new seller under the classic rules: New, everything of Level 1 to do', async () => {
    const el = await fixture<FiverrLevelMeter>(html`<fiverr-level-meter rules="classic"></fiverr-level-meter>`);
    expect(el.getAttribute('level')).to.equal('new');
    expect($(el, '.badge').textContent).to.equal('New');
    expect(text(el)).to.contain('Toward Level 1');
    expect(text(el)).to.contain('Still missing: 60 more days, 10 more orders, $400.00 more, +4.7 rating, +90 percentage points');
    expect(text(el)).not.to.match(BROKEN);
  });

  it('a Level 1 seller short of Level 2: meters with aria values and gaps in each unit', async () => {
    const el = await fixture<FiverrLevelMeter>(
      html`<fiverr-level-meter
        rules="classic"
        days-active="140"
        orders="47"
        earnings="1850"
        rating="4.8"
        response-rate="96"
        completion-rate="92"
        on-time-rate="100"
      ></fiverr-level-meter>`,
    );
    expect(el.level).to.equal('level-1');
    expect(el.getAttribute('level')).to.equal('level-1');
    const m = meters(el);
    expect(m[0]).to.deep.equal({ now: '120', max: '120', text: '140 / 120 — Met' });
    expect(m[1]).to.deep.equal({ now: '47', max: '50', text: '47 / 50 — 3 more orders' });
    expect(m[2]).to.deep.equal({ now: '1850', max: '2000', text: '$1,850.00 / $2,000.00 — $150.00 more' });
    expect(m[3].text).to.equal('4.8 / 4.7 — Met');
    expect(text(el)).to.contain('Still missing: 3 more orders, $150.00 more.');
    // Pass and fail are told in words and a mark, not by colour alone.
    expect(
      [...el.shadowRoot!.querySelectorAll('.criterion .state')].map((s) => s.textContent!.trim().replace(/\s+/g, ' ')),
    ).to.include.members(['✓ Met', '✗ 3 more orders']);
    expect(text(el)).to.contain('At risk of dropping');
    expect(text(el)).to.contain('Order completion (%): 92% is close to the 90% your level needs.');
    expect(el.result).to.deep.equal({
      level: 'level-1',
      nextLevel: 'level-2',
      unmet: [
        { criterion: 'orders', value: 47, required: 50 },
        { criterion: 'earnings', value: 1850, required: 2000 },
      ],
    });
  });

  it('Level 2 and Top Rated, with the manual review noted', async () => {
    const el = await fixture<FiverrLevelMeter>(
      html`<fiverr-level-meter
        rules="classic"
        days-active="200"
        orders="120"
        earnings="25000"
        rating="4.8"
        response-rate="100"
        completion-rate="100"
        on-time-rate="100"
      ></fiverr-level-meter>`,
    );
    expect(el.level).to.equal('top-rated');
    expect(text(el)).to.contain('This is the highest level.');
    expect(text(el)).to.contain('Top Rated also needs a manual review by Fiverr.');
    el.rating = 4.7;
    await el.updateComplete;
    expect(el.level).to.equal('level-2');
    expect(text(el)).to.contain('Still missing: +0.1 rating.');
  });

  it('speaks Indonesian', async () => {
    await useLocale('id');
    const el = await fixture<FiverrLevelMeter>(
      html`<fiverr-level-meter
        rules="classic"
        days-active="140"
        orders="47"
        earnings="1850"
        rating="4.8"
        response-rate="96"
        completion-rate="95"
        on-time-rate="100"
      ></fiverr-level-meter>`,
    );
    expect($(el, '.badge').textContent).to.equal('Level 1');
    expect(text(el)).to.contain('Menuju Level 2');
    expect(text(el)).to.contain('Masih kurang: 3 pesanan lagi, US$150,00 lagi.');
    expect(meters(el)[2].text).to.equal('US$1.850,00 / US$2.000,00 — US$150,00 lagi');
    expect(text(el)).to.contain('Keuntungan tiap level');
    expect(text(el)).to.contain('New');
    expect(text(el)).not.to.contain('Penjual Baru'); // Fiverr's own level names, untranslated
  });

  it('types numbers (Indonesian formats too) and fires level-change with the detail', async () => {
    await useLocale('id');
    const el = await fixture<FiverrLevelMeter>(
      html`<fiverr-level-meter
        rules="classic"
        days-active="140"
        orders="47"
        earnings="1850"
        rating="4,8"
        response-rate="96"
        completion-rate="95"
        on-time-rate="100"
      ></fiverr-level-meter>`,
    );
    const events = record<LevelChangeDetail>(el, 'level-change');
    // rating="4,8" is not plain number syntax: a message, and the default (0) is used.
    expect($(el, '#rating-msg').textContent).to.equal('Ini bukan angka.');
    await typeInto(el, '#rating', '4,8');
    await typeInto(el, '#orders', '50');
    await typeInto(el, '#earnings', '2.000');
    expect(events.at(-1)?.detail).to.deep.equal({ level: 'level-2', nextLevel: 'top-rated', unmet: events.at(-1)!.detail.unmet });
    expect(el.getAttribute('level')).to.equal('level-2');
    expect(events.every((e) => e.bubbles && e.composed)).to.equal(true);
  });

  it('does not fire on attribute changes', async () => {
    const el = await fixture<FiverrLevelMeter>(html`<fiverr-level-meter></fiverr-level-meter>`);
    const events = record(el, 'level-change');
    el.setAttribute('orders', '12');
    el.rules = 'classic';
    await el.updateComplete;
    expect(events).to.have.length(0);
  });

  it('rejects out-of-range values with messages', async () => {
    const el = await fixture<FiverrLevelMeter>(
      html`<fiverr-level-meter rating="6" response-rate="120" orders="-2" days-active="abc" rules="2025"></fiverr-level-meter>`,
    );
    expect($(el, '#rating-msg').textContent).to.equal('Must be at most 5.');
    expect($(el, '#responseRate-msg').textContent).to.equal('Must be at most 100.');
    expect($(el, '#orders-msg').textContent).to.equal('Must not be negative.');
    // days-active has no input under the (default) 2024 rules: one short line here, the details in the console.
    expect(text(el)).to.contain(PAGE_PROBLEMS.en);
    await warnings.said(
      '<fiverr-level-meter> days-active="abc": it is not a number (write plain numbers: 0.35, 2500). The default is used.',
    );
    await warnings.said('<fiverr-level-meter> rules="2025": use one of: 2024, classic. The default is used.');
    expect(el.level).to.equal('new');
    expect(text(el)).not.to.match(BROKEN);
  });

  it('2024 rules: the reported targets of Level 1 and 2, marked as reported; the Top Rated requirements', async () => {
    const el = await fixture<FiverrLevelMeter>(html`<fiverr-level-meter rules="2024" success-score="9" rating="4.9"></fiverr-level-meter>`);
    expect(el.level).to.equal('new');
    expect(text(el)).to.contain('Fiverr does not publish the targets for Level 1 and Level 2: these are the ones freelancers report.');
    expect(text(el)).to.contain('0 / 5 · reported');
    expect(text(el)).to.contain('Still missing: +80 percentage points, 5 more orders, 3 more clients, $400.00 more.');
    expect(text(el)).not.to.contain('Not published');
    expect(el.shadowRoot!.querySelector('#completionRate')).to.equal(null); // not a 2024 criterion
    el.currentLevel = 'level-2';
    el.orders = 38;
    el.uniqueClients = 22;
    el.earnings = 9200;
    el.responseRate = 100;
    await el.updateComplete;
    expect(el.level).to.equal('level-2');
    expect(text(el)).to.contain('Toward Top Rated');
    expect(text(el)).to.contain('Still missing: 2 more orders.'); // unique clients and earnings are no longer criteria
    expect(meters(el).find((m) => m.max === '9')?.text).to.equal('9 / 9 — Met');
  });

  it('readonly shows results only, and passes axe', async () => {
    const el = await fixture<FiverrLevelMeter>(html`<fiverr-level-meter readonly orders="12" rating="9"></fiverr-level-meter>`);
    expect(el.shadowRoot!.querySelector('input, select')).to.equal(null);
    expect(text(el)).to.contain(PAGE_PROBLEMS.en);
    await warnings.said('<fiverr-level-meter> rating="9": it must be at most 5. The default is used.');
    await expect(el).to.be.accessible();
  });

  it('passes axe with inputs and drop risks, in both languages', async () => {
    const el = await fixture<FiverrLevelMeter>(
      html`<fiverr-level-meter
        rules="classic"
        days-active="140"
        orders="60"
        earnings="2500"
        rating="4.75"
        response-rate="91"
        completion-rate="92"
        on-time-rate="100"
      ></fiverr-level-meter>`,
    );
    await expect(el).to.be.accessible();
    await useLocale('id');
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
