/*
 * XSS: payloads of the OWASP cheat-sheet kind in keywords, feed labels, the
 * href template and every string attribute of every widget. None may run
 * (checked with a global flag the payloads set), none may become markup, and
 * no link may point anywhere but a relative or http(s) URL.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { payloadEventsPassed } from '../support/payload-events.js';
import '../support/define-all.js';
import { documented, settable } from '../support/manifest.js';
import { ELEMENT_NAMES } from '../../src/element-names.js';

/* Shared with the test server, which serves them as Blogger labels (/feed/xss). */
const PAYLOADS: string[] = await (await fetch('/tests/fixtures/xss-payloads.json')).json();

declare global {
  interface Window {
    __xss?: unknown;
  }
}

const DANGEROUS =
  'script, img, svg, iframe, object, embed, form, base, meta, style:not([data-lit]), template, math, details, input[autofocus], body';

function assertClean(el: Element, label: string): void {
  const root = el.shadowRoot!;
  expect(window.__xss, `${label}: a payload ran`).to.equal(undefined);
  // Our own shadow DOM never contains these elements; a payload that became markup would.
  // Ours: the chart and meters' SVG, and the folded group of optional fields (<details class="group">, no other attribute).
  const ours = (node: Element) =>
    node.closest('svg[role="img"], .meter') !== null ||
    (node.matches('details.group') && node.getAttributeNames().every((n) => n === 'class' || n === 'open'));
  for (const node of root.querySelectorAll(DANGEROUS)) {
    expect(ours(node), `${label}: <${node.localName}> in the shadow DOM`).to.equal(true);
  }
  for (const a of root.querySelectorAll('a')) {
    const href = a.getAttribute('href') ?? '';
    expect(/^\s*[a-z][a-z0-9+.-]*:/i.test(href) && !/^https?:/i.test(href.trim()), `${label}: href ${href}`).to.equal(false);
  }
  for (const node of root.querySelectorAll('*')) {
    for (const attr of node.getAttributeNames()) expect(attr.startsWith('on'), `${label}: ${attr} on <${node.localName}>`).to.equal(false);
  }
}

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

describe('XSS', () => {
  beforeEach(() => delete window.__xss);

  it(`has at least 30 payloads (${PAYLOADS.length})`, () => {
    expect(PAYLOADS.length).to.be.at.least(30);
  });

  it('keywords in the element text and in tags are shown as text', async () => {
    const line = PAYLOADS.join('\n');
    const el = await fixture(html`<tag-cloud></tag-cloud>`);
    el.textContent = line;
    await waitUntil(() => (el as unknown as { items: unknown[] }).items.length >= 30, 'the new keywords are read');
    assertClean(el, 'light DOM keywords');
    expect((el as unknown as { items: unknown[] }).items.length).to.be.at.least(30);
    for (const payload of PAYLOADS) {
      el.setAttribute('tags', payload);
      await (el as unknown as Widget).updateComplete;
      assertClean(el, `tags=${payload}`);
    }
  });

  it('feed labels are shown as text and linked safely', async () => {
    const el = await fixture(html`<tag-cloud src="/feed/xss/feeds/posts/summary" show-count></tag-cloud>`);
    await waitUntil(() => (el as unknown as { items: unknown[] }).items.length >= PAYLOADS.length - 5, 'labels loaded', { timeout: 5000 });
    expect((el as unknown as { items: { name: string }[] }).items.map((i) => i.name)).to.include(PAYLOADS[1]);
    assertClean(el, 'feed labels');
  });

  it('href templates: only relative or http(s) links, payloads encoded', async () => {
    const el = await fixture(html`<tag-cloud tags="microstock, npwp"></tag-cloud>`);
    const warn = console.warn;
    console.warn = () => {};
    try {
      for (const payload of PAYLOADS) {
        for (const template of [payload, `${payload}{tag}`, `/search/{tag}?q=${payload}`]) {
          el.setAttribute('href', template);
          await (el as unknown as Widget).updateComplete;
          assertClean(el, `href=${template}`);
        }
      }
    } finally {
      console.warn = warn;
    }
  });

  // Every attribute custom-elements.json documents; src is left out: a payload there is a same-origin path
  // the cloud really requests (the feed tests cover src).
  for (const tag of ELEMENT_NAMES) {
    it(`every attribute of <${tag}>`, async () => {
      const d = (await documented()).find((w) => w.tagName === tag)!;
      const attributes = settable(d)
        .map((a) => a.name)
        .filter((name) => name !== 'src');
      expect(attributes.length).to.be.at.least(4);
      const wrap = await fixture(html`<div></div>`);
      const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
      wrap.append(el);
      for (const attribute of attributes) {
        for (const payload of PAYLOADS) {
          el.setAttribute(attribute, payload);
          await el.updateComplete;
          assertClean(el, `${tag} ${attribute}=${payload}`);
        }
        el.removeAttribute(attribute);
      }
      // A payload that would run does so on an image's error or a toggle: wait until ours have had theirs.
      await payloadEventsPassed();
      expect(window.__xss).to.equal(undefined);
    });
  }
});
