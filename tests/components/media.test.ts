/*
 * Dark scheme, forced colors and print, for all four widgets, by emulating
 * each media feature in the real browser.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../support/define-all.js';
import { rendered } from '../support/helpers.js';

type Feature = { name: string; value: string };
const emulate = (features: Feature[], media: string | null = null) => executeServerCommand('emulate-media-features', { features, media });

async function page() {
  return rendered(
    await fixture(
      html`<div>
        <royalty-tier-calc monthly-downloads="100"></royalty-tier-calc>
        <tax-withholding-table></tax-withholding-table>
        <fiverr-level-meter
          rules="classic"
          orders="20"
          days-active="90"
          earnings="500"
          rating="4.8"
          response-rate="95"
          completion-rate="95"
          on-time-rate="95"
        ></fiverr-level-meter>
        <tag-cloud tags="microstock, npwp, npwp"></tag-cloud>
      </div>`,
    ),
  );
}
const part = (host: Element, selector = '[part="base"]') => host.shadowRoot!.querySelector(selector) as HTMLElement;
const all = (wrap: Element) => [...wrap.children] as HTMLElement[];
/** What a system colour keyword computes to right now, via a probe element. */
function systemColor(keyword: string): string {
  const probe = document.createElement('span');
  probe.style.color = keyword;
  probe.style.forcedColorAdjust = 'none'; // the system colour itself, not what forced colours make of it
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

describe('media features', () => {
  afterEach(() =>
    emulate([
      { name: 'prefers-color-scheme', value: 'light' },
      { name: 'forced-colors', value: 'none' },
    ]),
  );

  it('a dark OS does not turn the widgets dark on a light page: colours follow the page', async () => {
    await emulate([{ name: 'prefers-color-scheme', value: 'dark' }]);
    const wrap = await page();
    for (const el of all(wrap)) expect(getComputedStyle(part(el)).backgroundColor, el.localName).to.equal('rgb(255, 255, 255)');
  });

  it('light scheme by default', async () => {
    const wrap = await page();
    expect(getComputedStyle(part(all(wrap)[0])).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('forced colors: system colours, visible borders, meters and the key figure stay readable', async () => {
    await emulate([{ name: 'forced-colors', value: 'active' }]);
    const wrap = await page();
    const canvasText = systemColor('CanvasText');
    for (const el of all(wrap).slice(0, 3)) {
      const style = getComputedStyle(part(el));
      expect(style.borderTopStyle, el.localName).to.equal('solid');
      expect(style.borderTopColor, el.localName).to.equal(canvasText);
    }
    const key = part(all(wrap)[0], '.stat.key');
    expect(getComputedStyle(key).backgroundColor).to.equal(systemColor('Highlight'));
    const fill = part(all(wrap)[2], '.fill');
    expect(getComputedStyle(fill).fill).to.equal(systemColor('Highlight'));
    expect(getComputedStyle(part(all(wrap)[3], 'a')).borderTopColor).to.equal(systemColor('LinkText'));
  });

  it('print: forms are hidden, results stay, cards do not break across pages', async () => {
    await emulate([], 'print');
    const wrap = await page();
    for (const el of all(wrap).slice(0, 3)) {
      expect(getComputedStyle(part(el, '.fields')).display, el.localName).to.equal('none');
      expect(getComputedStyle(part(el)).breakInside, el.localName).to.equal('avoid');
    }
    expect(getComputedStyle(part(all(wrap)[0], 'table')).display).to.equal('table');
    await emulate([], null);
  });
});
