import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import '../support/define-all.js';
import { ELEMENT_NAMES } from '../../src/element-names.js';

/*
 * A widget removed from the page is collectable at once: nothing page-wide
 * (the language watcher, the page's colours, the share links' hash listener,
 * the feed loads, the chunks' cache) holds a disconnected widget. Each case
 * makes a widget, lets it render completely, removes it and drops every
 * reference the test had, then forces garbage collection (Chromium's
 * `--js-flags=--expose-gc`, web-test-runner.config.mjs) until the WeakRef is
 * empty — a condition waited for, never a fixed time.
 */

const gc = (globalThis as { gc?: () => void }).gc;

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** Makes a widget from `markup` in `host`, lets it complete, removes it, and returns only a WeakRef to it. */
async function madeAndRemoved(host: ParentNode, markup: TemplateResult | null, tag: string): Promise<WeakRef<Element>> {
  const holder = document.createElement('div');
  if (markup) render(markup, holder);
  else holder.append(document.createElement(tag));
  host.append(holder);
  const el = holder.querySelector(tag) as Widget;
  await el.updateComplete;
  holder.remove();
  return new WeakRef(el);
}

/*
 * Collectable once its last tasks have run: a chunk's load that settles, a scheduled piece that was already
 * queued. On a loaded machine those take a moment; what this proves is that nothing holds the widget for good.
 */
const UNTIL = { interval: 50, timeout: 15_000 };

const collected = (ref: WeakRef<Element>) => () => {
  gc!();
  return ref.deref() === undefined;
};

describe('a removed widget is collectable at once', () => {
  it('the browser gives the tests gc()', () => {
    expect(gc).to.be.a('function');
  });

  // null markup: the bare element, made with createElement
  const cases: [string, string, TemplateResult | null][] = [
    ...ELEMENT_NAMES.map((tag): [string, string, null] => [tag, `<${tag}>`, null]),
    ['royalty-tier-calc', 'with compare', html`<royalty-tier-calc compare="adobe-stock istock"></royalty-tier-calc>`],
    [
      'tax-withholding-table',
      'linked to a calculator, Italy',
      html`<royalty-tier-calc id="collect-calc"></royalty-tier-calc
        ><tax-withholding-table for="collect-calc" country="IT"></tax-withholding-table>`,
    ],
    ['fiverr-level-meter', 'classic rules', html`<fiverr-level-meter rules="classic"></fiverr-level-meter>`],
    ['tag-cloud', 'a feed that never answers', html`<tag-cloud src="/feed/slow/feeds/posts/summary">microstock</tag-cloud>`],
  ];
  for (const [tag, what, markup] of cases) {
    const name = what.startsWith('<') ? what : `<${tag}> ${what}`;
    it(name, async function () {
      this.timeout(20_000);
      const host = await fixture<HTMLElement>(html`<div></div>`);
      const ref = await madeAndRemoved(host, markup, tag);
      await waitUntil(collected(ref), `${name} is still held after it left the page`, UNTIL);
    });
  }

  it('a widget in another component’s shadow root (the language watcher remembers those) too', async function () {
    this.timeout(20_000);
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const ref = await madeAndRemoved(shadow, html`<royalty-tier-calc></royalty-tier-calc>`, 'royalty-tier-calc');
    await waitUntil(collected(ref), 'a widget from a shadow root is still held', UNTIL);
  });
});
