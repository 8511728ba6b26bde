import { executeServerCommand } from '@web/test-runner-commands';
import { expect, fixture, html as fixtureHtml, nextFrame } from '@open-wc/testing';
import { css, html, LitElement } from 'lit';
import { PageContext, pageIsDark, type Theme } from '../../src/internal/page-context.js';

/*
 * The page context on its own, on a small host: which pages count as dark,
 * when it looks again, the theme override, custom states, and styles in
 * another document.
 */

const osScheme = (value: 'light' | 'dark') =>
  executeServerCommand('emulate-media-features', { features: [{ name: 'prefers-color-scheme', value }] });

class ContextHost extends LitElement {
  static override styles = css`
    :host {
      display: block;
      outline-offset: 7px;
    }
  `;
  static override properties = { theme: {} };
  theme: Theme = 'auto';
  readonly page = new PageContext(this, () => this.theme);

  protected override createRenderRoot() {
    return this.page.renderRoot(() => super.createRenderRoot());
  }

  protected override render() {
    return html`<p>host</p>`;
  }
}
customElements.define('fw-context-host', ContextHost);

const dark = (el: Element) => el.matches(':state(dark)');
/** Two frames and the watcher's follow-up check (after a theme's colour transition, 400 ms). */
const rechecked = () => new Promise((r) => setTimeout(r, 450));

describe('page colours (pageIsDark)', () => {
  afterEach(() => osScheme('light'));

  const inside = async (outer: string) => {
    const wrap = await fixture<HTMLElement>(fixtureHtml`<div></div>`);
    wrap.setAttribute('style', outer); // test markup only; the widgets never write inline styles
    const probe = document.createElement('span');
    wrap.append(probe);
    return probe;
  };

  it('reads the nearest opaque background: dark, light, and grey by WCAG luminance', async () => {
    expect(pageIsDark(await inside('background: #121212'))).to.equal(true);
    expect(pageIsDark(await inside('background: #ffffff'))).to.equal(false);
    expect(pageIsDark(await inside('background: #eeeeee'))).to.equal(false);
    expect(pageIsDark(await inside('background: rgb(80 80 80)'))).to.equal(true);
  });

  it('looks past backgrounds a reader sees through (alpha under 0.5)', async () => {
    const probe = await inside('background: rgba(255, 255, 255, 0.3)');
    const outer = probe.parentElement!.parentElement!;
    outer.setAttribute('style', 'background: #101010');
    expect(pageIsDark(probe)).to.equal(true);
  });

  it('with no background anywhere, follows the page’s color-scheme (and the OS only when the page allows both)', async () => {
    const probe = await inside('');
    const root = document.documentElement;
    try {
      root.setAttribute('style', 'color-scheme: dark');
      await osScheme('light');
      expect(pageIsDark(probe)).to.equal(true);
      root.setAttribute('style', 'color-scheme: light dark');
      expect(pageIsDark(probe)).to.equal(false);
      await osScheme('dark');
      expect(pageIsDark(probe)).to.equal(true);
      root.removeAttribute('style');
      expect(pageIsDark(probe)).to.equal(false); // a page without color-scheme is light whatever the OS says
    } finally {
      root.removeAttribute('style');
    }
  });
});

describe('page context (internal/page-context.ts)', () => {
  it('sets :state(dark) on a dark page and looks again when the theme toggles the body', async () => {
    const el = await fixture<ContextHost>(fixtureHtml`<fw-context-host></fw-context-host>`);
    expect(dark(el)).to.equal(false);
    try {
      document.body.classList.add('fw-dark-body');
      document.body.setAttribute('style', 'background: #111');
      await rechecked();
      expect(dark(el)).to.equal(true);
    } finally {
      document.body.classList.remove('fw-dark-body');
      document.body.removeAttribute('style');
    }
    await rechecked();
    expect(dark(el)).to.equal(false);
  });

  it('the theme setting overrides the page at once, both ways', async () => {
    const wrap = await fixture<HTMLElement>(fixtureHtml`<div><fw-context-host></fw-context-host></div>`);
    wrap.setAttribute('style', 'background: #111');
    const el = wrap.querySelector('fw-context-host') as ContextHost;
    el.page.detect();
    expect(dark(el)).to.equal(true);
    el.theme = 'light';
    await el.updateComplete;
    expect(dark(el)).to.equal(false);
    el.theme = 'dark';
    wrap.removeAttribute('style');
    await el.updateComplete;
    expect(dark(el)).to.equal(true);
    el.theme = 'auto';
    await el.updateComplete;
    expect(dark(el)).to.equal(false);
  });

  it('sets and clears other custom states', async () => {
    const el = await fixture<ContextHost>(fixtureHtml`<fw-context-host></fw-context-host>`);
    el.page.setState('ready', true);
    expect(el.matches(':state(ready)')).to.equal(true);
    el.page.setState('ready', false);
    expect(el.matches(':state(ready)')).to.equal(false);
  });

  it('adds run-time rules and keeps them across a change', async () => {
    const el = await fixture<ContextHost>(fixtureHtml`<fw-context-host></fw-context-host>`);
    const p = el.shadowRoot!.querySelector('p')!;
    el.page.setExtraCss('p { letter-spacing: 3px; }');
    expect(getComputedStyle(p).letterSpacing).to.equal('3px');
    el.page.setExtraCss('p { letter-spacing: 5px; }');
    expect(getComputedStyle(p).letterSpacing).to.equal('5px');
    expect(getComputedStyle(el).outlineOffset).to.equal('7px'); // the class's own styles stay
  });

  it('a widget moved into an iframe keeps its styles, built in that document', async () => {
    const frame = await fixture<HTMLIFrameElement>(fixtureHtml`<iframe></iframe>`);
    const doc = frame.contentDocument!;
    const el = await fixture<ContextHost>(fixtureHtml`<fw-context-host></fw-context-host>`);
    el.page.setExtraCss('p { letter-spacing: 4px; }');
    doc.body.append(doc.adoptNode(el));
    await nextFrame();
    const view = doc.defaultView!;
    expect(view.getComputedStyle(el).outlineOffset).to.equal('7px');
    expect(view.getComputedStyle(el.shadowRoot!.querySelector('p')!).letterSpacing).to.equal('4px');
    for (const sheet of el.shadowRoot!.adoptedStyleSheets)
      expect(sheet instanceof (view as typeof globalThis).CSSStyleSheet).to.equal(true);
  });

  it('a widget first connected in an iframe’s document is styled there from its first render', async () => {
    const frame = await fixture<HTMLIFrameElement>(fixtureHtml`<iframe></iframe>`);
    const doc = frame.contentDocument!;
    const el = document.createElement('fw-context-host') as ContextHost;
    doc.body.append(el); // adopted into the iframe's document before it ever rendered
    await el.updateComplete;
    expect(doc.defaultView!.getComputedStyle(el).outlineOffset).to.equal('7px');
  });
});
