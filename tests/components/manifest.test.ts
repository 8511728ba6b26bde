/*
 * The manifest (custom-elements.json, the reference bloggers and editors read)
 * against the elements themselves: every part an element renders and every
 * token its CSS reads is documented, and nothing else is; and removing any
 * attribute brings back the element's defaults without a message.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement, TemplateResult } from 'lit';
import '../support/define-all.js';
import { documented, settable } from '../support/manifest.js';

type Widget = LitElement & { result?: unknown; items?: unknown };

/* Configurations that between them show every part of each element. */
const SHOWN: Record<string, TemplateResult[]> = {
  'royalty-tier-calc': [html`<royalty-tier-calc></royalty-tier-calc>`],
  'tax-withholding-table': [
    html`<div>
      <royalty-tier-calc id="manifest-calc"></royalty-tier-calc><tax-withholding-table for="manifest-calc"></tax-withholding-table>
    </div>`,
  ],
  'fiverr-level-meter': [html`<fiverr-level-meter rules="classic" orders="20" rating="4.8"></fiverr-level-meter>`],
  'tag-cloud': [html`<tag-cloud show-count tags="microstock, npwp, npwp"></tag-cloud>`, html`<tag-cloud></tag-cloud>`],
};

/** A value each attribute cannot use (or, for `tags`, any keyword line). */
function junk(attribute: string): string {
  return attribute === 'tags' ? 'x, y' : attribute === 'for' ? 'no-such-calculator' : 'javascript:alert(1)';
}

const messages = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('.notice, .msg, [part="from"]')].map((n) => n.textContent!.trim()).filter(Boolean);

describe('custom-elements.json documents the elements as they are', () => {
  it('documents the four elements', async () => {
    expect((await documented()).map((d) => d.tagName).sort()).to.deep.equal([
      'fiverr-level-meter',
      'royalty-tier-calc',
      'tag-cloud',
      'tax-withholding-table',
    ]);
  });

  for (const tag of Object.keys(SHOWN)) {
    it(`<${tag}>: the parts it renders are the parts documented`, async () => {
      const d = (await documented()).find((x) => x.tagName === tag)!;
      const rendered = new Set<string>();
      for (const template of SHOWN[tag]) {
        const root = await fixture<Widget>(template);
        const el = (root.localName === tag ? root : root.querySelector(tag)) as Widget;
        await el.updateComplete;
        for (const node of el.shadowRoot!.querySelectorAll('[part]'))
          node
            .getAttribute('part')!
            .split(/\s+/)
            .forEach((p) => rendered.add(p));
      }
      expect([...rendered].sort()).to.deep.equal(d.cssParts.map((p) => p.name).sort());
    });

    it(`<${tag}>: the --fw-* tokens its CSS reads are the ones documented, with the defaults the CSS uses`, async () => {
      const d = (await documented()).find((x) => x.tagName === tag)!;
      const styles = (customElements.get(tag) as unknown as typeof LitElement).elementStyles;
      const css = styles.map((s) => ('cssText' in s ? s.cssText : '')).join('\n');
      const read = new Set([...css.matchAll(/var\(--_([a-z-]+)\)/g)].map((m) => `--fw-${m[1]}`));
      expect([...read].sort()).to.deep.equal(d.cssProperties.map((p) => p.name).sort());
      for (const p of d.cssProperties) expect(css, p.name).to.contain(`var(${p.name},${p.default})`);
    });

    it(`<${tag}>: removing any attribute brings the defaults back, without a message`, async () => {
      const d = (await documented()).find((x) => x.tagName === tag)!;
      const fresh = await fixture<Widget>(`<${tag}></${tag}>`);
      const defaults = JSON.stringify(fresh.result ?? fresh.items);
      for (const { name, type } of settable(d)) {
        const el = await fixture<Widget>(`<${tag}></${tag}>`);
        el.setAttribute(name, junk(name));
        await el.updateComplete;
        // What it was given is unusable and said so (a keyword line and a boolean are always usable).
        if (name !== 'tags' && type?.text !== 'boolean') expect(messages(el), `${tag} ${name}=junk`).not.to.deep.equal([]);
        el.removeAttribute(name);
        await el.updateComplete;
        expect(messages(el), `${tag} after removing ${name}`).to.deep.equal([]);
        expect(JSON.stringify(el.result ?? el.items), `${tag} after removing ${name}`).to.equal(defaults);
      }
    });
  }
});
