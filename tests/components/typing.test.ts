/*
 * Nothing the reader typed is lost: in every optional field of every widget
 * (and the groups folded around some of them), in English and Indonesian, a
 * reader types a digit, deletes it, and types again — with real key events —
 * and after every key the field still holds exactly what they typed, keeps
 * the focus, and its group stays open.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../support/define-all.js';
import { $, useLocale } from '../support/helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** The widgets, set so that every optional field shows, and those fields (by input id). */
const CASES: [string, () => TemplateResult, string[]][] = [
  ['royalty-tier-calc', () => html`<royalty-tier-calc></royalty-tier-calc>`, ['usdIdr']],
  [
    'royalty-tier-calc with its other agencies',
    () => html`<royalty-tier-calc compare="adobe-stock istock freepik" price="0.5"></royalty-tier-calc>`,
    [
      'adobeStockPrice',
      'adobeStockDownloads',
      'adobeStockLifetime',
      'istockPrice',
      'istockDownloads',
      'freepikPerDownload',
      'freepikDownloads',
    ],
  ],
  ['tax-withholding-table', () => html`<tax-withholding-table></tax-withholding-table>`, ['usdIdr']],
  [
    'fiverr-level-meter',
    () => html`<fiverr-level-meter></fiverr-level-meter>`,
    ['successScore', 'targetSuccessScore', 'targetRating', 'targetResponseRate', 'targetOrders', 'targetUniqueClients', 'targetEarnings'],
  ],
];

/** The typed keys, and what the field must show after each. */
const KEYS: ['type' | 'press', string, string][] = [
  ['type', '3', '3'],
  ['press', 'Backspace', ''],
  ['type', '30', '30'],
  ['press', 'Backspace', '3'],
  ['press', 'Backspace', ''],
  ['type', '4', '4'],
];

for (const lang of ['en', 'id'] as const) {
  describe(`typing, clearing and typing again keeps every field, its focus and its group (${lang})`, () => {
    before(() => useLocale(lang));
    after(() => useLocale('en'));

    for (const [what, template, ids] of CASES) {
      it(what, async () => {
        const el = await fixture<Widget>(template());
        for (const id of ids) {
          const input = $<HTMLInputElement>(el, `#${id}`);
          const group = input.closest('details');
          // A folded group is opened by the reader first, as they would.
          if (group && !group.open) {
            group.querySelector('summary')!.click();
            await el.updateComplete;
          }
          input.focus();
          input.select();
          await sendKeys({ press: 'Backspace' });
          await el.updateComplete;
          for (const [how, key, shown] of KEYS) {
            await sendKeys(how === 'type' ? { type: key } : { press: key });
            await el.updateComplete;
            const now = el.shadowRoot!.getElementById(id) as HTMLInputElement | null;
            expect(now, `${id} after ${key}: the same field`).to.equal(input);
            expect(input.value, `${id} after ${key}`).to.equal(shown);
            expect(el.shadowRoot!.activeElement, `${id} after ${key}: focus kept`).to.equal(input);
            if (group) expect(group.open, `${id} after ${key}: its group stays open`).to.equal(true);
          }
        }
      });
    }
  });
}
