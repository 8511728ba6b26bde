/*
 * A reader's keystroke is answered first (internal/widget-element.ts,
 * readerChanged): the frame after the key shows the field and the key figures;
 * the slow parts — the calculator's month table, the tax table's notes, the
 * Fiverr meter's risks and perks — and a linked tax table follow right after
 * that frame. `updateComplete` and the public change event wait for all of it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../support/define-all.js';
import { $ } from '../support/helpers.js';
import type { RoyaltyTierCalc } from '../../src/components/royalty-tier-calc/royalty-tier-calc.js';
import type { TaxWithholdingTable } from '../../src/components/tax-withholding-table/tax-withholding-table.js';
import type { FiverrLevelMeter } from '../../src/components/fiverr-level-meter/fiverr-level-meter.js';

/** The reader's input, as the browser reports it (a real key press would do the same). */
function input(el: Element, id: string, text: string): void {
  const field = $<HTMLInputElement>(el, `#${id}`);
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
}

/** The next animation frame: the answering update has run (in the input's microtasks), the slow parts have not. */
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

const textOf = (el: Element, selector: string) => ($(el, selector).textContent ?? '').replace(/\s+/g, ' ').trim();

describe('a keystroke is answered first, the slow parts right after', () => {
  it('the calculator: key figures at once; its month table and the linked tax table after the frame', async () => {
    const host = await fixture<HTMLElement>(
      html`<div>
        <royalty-tier-calc id="answer-calc" monthly-downloads="100" price="1"></royalty-tier-calc>
        <tax-withholding-table for="answer-calc"></tax-withholding-table>
      </div>`,
    );
    const calc = host.querySelector<RoyaltyTierCalc>('royalty-tier-calc')!;
    const table = host.querySelector<TaxWithholdingTable>('tax-withholding-table')!;
    await Promise.all([calc.updateComplete, table.updateComplete]);
    const events: unknown[] = [];
    calc.addEventListener('royalty-change', (e) => events.push((e as CustomEvent).detail));
    const tableBefore = textOf(calc, '[part="table"]');
    expect(table.result.netWithTin).to.equal(285.75); // $317.50 less 10%

    input(calc, 'monthlyDownloads', '200');
    await nextFrame();
    expect(textOf(calc, '[part="results"]'), 'the key figures answer the key').to.contain('$677.50');
    expect(textOf(calc, '[part="table"]'), 'the month table follows after the frame').to.equal(tableBefore);
    expect(table.result.netWithTin, 'the linked table follows after the frame').to.equal(285.75);
    expect(events, 'the change event comes once everything shows').to.deep.equal([]);

    await calc.updateComplete;
    await table.updateComplete;
    expect(textOf(calc, '[part="table"]')).not.to.equal(tableBefore);
    expect(textOf(calc, '[part="table"]')).to.contain('677.50');
    expect(table.result.netWithTin).to.equal(609.75); // $677.50 less 10%
    expect(events).to.have.length(1);
  });

  it('the tax table: the table and the saving at once; the notes after the frame', async () => {
    const el = await fixture<TaxWithholdingTable>(html`<tax-withholding-table us-share="50"></tax-withholding-table>`);
    const notesBefore = textOf(el, '.notes');
    expect(notesBefore).to.contain('$50.00 of $100.00');
    input(el, 'gross', '300');
    await nextFrame();
    expect(textOf(el, '[part="saving"]')).to.contain('$30.00 less is withheld of every $300.00');
    expect(textOf(el, '.notes')).to.equal(notesBefore);
    await el.updateComplete;
    expect(textOf(el, '.notes')).to.contain('$150.00 of $300.00');
  });

  it('the Fiverr meter: the level and what is missing at once; the risks and perks after the frame', async () => {
    const el = await fixture<FiverrLevelMeter>(
      html`<fiverr-level-meter current-level="level-1" days-active="200" orders="12" earnings="500" rating="4.8"></fiverr-level-meter>`,
    );
    const perksBefore = $(el, '[part="perks"]');
    input(el, 'orders', '3');
    await nextFrame();
    expect($(el, '[part="perks"]'), 'the perks table is the same one, untouched').to.equal(perksBefore);
    await el.updateComplete;
    expect(el.result.level).to.equal('new');
    expect($(el, '[part="perks"] [aria-current="true"] th').textContent).to.contain('New');
  });
});
