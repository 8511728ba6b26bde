import { executeServerCommand } from '@web/test-runner-commands';
import { expect, fixture, html as fixtureHtml, waitUntil } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { CustomStates } from '../../src/internal/custom-states.js';
import { PageScheme, pageIsDark, type Theme } from '../../src/internal/page-scheme.js';

/*
 * The page's colours on their own, on a small host: which pages count as
 * dark, when the widget looks again, the theme override, and custom states.
 */

const osScheme = (value: 'light' | 'dark') =>
  executeServerCommand('emulate-media-features', { features: [{ name: 'prefers-color-scheme', value }] });

class SchemeHost extends LitElement {
  static override properties = { theme: {} };
  theme: Theme = 'auto';
  readonly states = new CustomStates(this);
  readonly scheme = new PageScheme(this, this.states, () => this.theme);

  protected override render() {
    return html`<p>host</p>`;
  }
}
customElements.define('fw-scheme-host', SchemeHost);

const dark = (el: Element) => el.matches(':state(dark)');

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

  it('reads the colour syntaxes themes use today, as the browser computes them (oklch, lab, color(), exponents)', async () => {
    // Each inside a page of the other scheme: a background it could not read would hand the decision to that page.
    const on = async (inner: string, outer: string) => {
      const probe = await inside(inner);
      probe.parentElement!.parentElement!.setAttribute('style', outer);
      return pageIsDark(probe);
    };
    const white = 'background: #ffffff';
    const black = 'background: #000000';
    expect(await on('background: oklch(20% 0.02 250)', white)).to.equal(true);
    expect(await on('background: oklch(96% 0.01 90)', black)).to.equal(false);
    expect(await on('background: oklab(0.25 0.01 -0.02)', white)).to.equal(true);
    expect(await on('background: lab(15% 5 -10)', white)).to.equal(true);
    expect(await on('background: lch(97% 2 90)', black)).to.equal(false);
    expect(await on('background: color(srgb 0.0000001 0.05 0.08)', white)).to.equal(true); // computed as 1.00000e-7
    expect(await on('background: color(display-p3 0.1 0.1 0.12)', white)).to.equal(true);
    expect(await on('background: color(display-p3 0.95 0.95 0.93)', black)).to.equal(false);
    expect(await on('background: color-mix(in oklab, #123 50%, #000)', white)).to.equal(true);
    // See-through in any syntax: the page behind decides.
    expect(await on('background: oklch(20% 0.02 250 / 0.3)', white)).to.equal(false);
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
  it('with no background anywhere, follows <meta name="color-scheme"> as the browser does (its canvas follows it)', async () => {
    const probe = await inside('');
    const meta = document.createElement('meta');
    meta.name = 'color-scheme';
    try {
      meta.content = 'light dark';
      document.head.append(meta);
      await osScheme('dark');
      expect(pageIsDark(probe)).to.equal(true);
      await osScheme('light');
      expect(pageIsDark(probe)).to.equal(false);
      meta.content = 'dark';
      expect(pageIsDark(probe)).to.equal(true);
      meta.content = 'only light';
      await osScheme('dark');
      expect(pageIsDark(probe)).to.equal(false);
      // The page's own CSS color-scheme wins over the meta, as in the browser.
      meta.content = 'dark';
      document.documentElement.setAttribute('style', 'color-scheme: light');
      expect(pageIsDark(probe)).to.equal(false);
    } finally {
      meta.remove();
      document.documentElement.removeAttribute('style');
    }
  });
});

describe('page scheme (internal/page-scheme.ts)', () => {
  it('sets :state(dark) on a dark page and looks again when the theme toggles the body', async () => {
    const el = await fixture<SchemeHost>(fixtureHtml`<fw-scheme-host></fw-scheme-host>`);
    expect(dark(el)).to.equal(false);
    try {
      document.body.classList.add('fw-dark-body');
      document.body.setAttribute('style', 'background: #111');
      await waitUntil(() => dark(el), 'dark once the body turns dark');
    } finally {
      document.body.classList.remove('fw-dark-body');
      document.body.removeAttribute('style');
    }
    await waitUntil(() => !dark(el), 'light again');
  });

  it('the theme setting overrides the page at once, both ways', async () => {
    const wrap = await fixture<HTMLElement>(fixtureHtml`<div><fw-scheme-host></fw-scheme-host></div>`);
    wrap.setAttribute('style', 'background: #111');
    const el = wrap.querySelector('fw-scheme-host') as SchemeHost;
    el.scheme.detect();
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
    const el = await fixture<SchemeHost>(fixtureHtml`<fw-scheme-host></fw-scheme-host>`);
    el.states.set('ready', true);
    expect(el.matches(':state(ready)')).to.equal(true);
    el.states.set('ready', false);
    expect(el.matches(':state(ready)')).to.equal(false);
  });
});
