import { expect, fixture, html as fixtureHtml, waitUntil } from '@open-wc/testing';
import { css, html, LitElement } from 'lit';
import { DocumentStyles } from '../../src/internal/document-styles.js';

/* A widget's styles in whichever document it is, and the rules it makes at run time. */

class StyledHost extends LitElement {
  static override styles = css`
    :host {
      display: block;
      outline-offset: 7px;
    }
  `;
  readonly documentStyles = new DocumentStyles(this);

  protected override createRenderRoot() {
    return this.documentStyles.renderRoot(() => super.createRenderRoot());
  }

  protected override render() {
    return html`<p>host</p>`;
  }
}
customElements.define('fw-styled-host', StyledHost);

describe('document styles (internal/document-styles.ts)', () => {
  it('adds run-time rules and keeps them across a change', async () => {
    const el = await fixture<StyledHost>(fixtureHtml`<fw-styled-host></fw-styled-host>`);
    const p = el.shadowRoot!.querySelector('p')!;
    el.documentStyles.setExtraCss('p { letter-spacing: 3px; }');
    expect(getComputedStyle(p).letterSpacing).to.equal('3px');
    el.documentStyles.setExtraCss('p { letter-spacing: 5px; }');
    expect(getComputedStyle(p).letterSpacing).to.equal('5px');
    expect(getComputedStyle(el).outlineOffset).to.equal('7px'); // the class's own styles stay
  });

  it('a widget moved into an iframe keeps its styles, built in that document', async () => {
    const frame = await fixture<HTMLIFrameElement>(fixtureHtml`<iframe></iframe>`);
    const doc = frame.contentDocument!;
    const el = await fixture<StyledHost>(fixtureHtml`<fw-styled-host></fw-styled-host>`);
    el.documentStyles.setExtraCss('p { letter-spacing: 4px; }');
    doc.body.append(doc.adoptNode(el));
    const view = doc.defaultView!;
    await waitUntil(() => view.getComputedStyle(el).outlineOffset === '7px', 'styled in the iframe');
    expect(view.getComputedStyle(el.shadowRoot!.querySelector('p')!).letterSpacing).to.equal('4px');
    for (const sheet of el.shadowRoot!.adoptedStyleSheets)
      expect(sheet instanceof (view as typeof globalThis).CSSStyleSheet).to.equal(true);
  });

  it('a widget first connected in an iframe’s document is styled there from its first render', async () => {
    const frame = await fixture<HTMLIFrameElement>(fixtureHtml`<iframe></iframe>`);
    const doc = frame.contentDocument!;
    const el = document.createElement('fw-styled-host') as StyledHost;
    doc.body.append(el); // adopted into the iframe's document before it ever rendered
    await el.updateComplete;
    expect(doc.defaultView!.getComputedStyle(el).outlineOffset).to.equal('7px');
  });
});
