import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import type { Locale } from '../../src/core/locale.js';
import { FirstRender } from '../../src/internal/first-render.js';

/* A widget in two pieces whose first render needs two prepared formatters: what each step and render saw, in order. */
const log: string[] = [];

class PiecedWidget extends LitElement {
  #first = new FirstRender(this, 1, () => log.push('complete'), [
    (locale: Locale) => log.push(`prepare a ${locale}`),
    (locale: Locale) => log.push(`prepare b ${locale}`),
  ]);

  protected override async scheduleUpdate(): Promise<void> {
    await this.#first.beforeUpdate();
    super.scheduleUpdate();
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    await this.#first.whenComplete();
    return super.getUpdateComplete();
  }

  protected override render() {
    log.push(`render ${this.#first.shows(1) ? 'whole' : 'first piece'}`);
    return html`<p>piece 0</p>
      ${this.#first.shows(1) ? html`<p>piece 1</p>` : ''}`;
  }
}
customElements.define('fw-pieced-widget', PiecedWidget);

describe('first render in turns', () => {
  beforeEach(() => (log.length = 0));

  it('builds the prepared formatters one step at a time, in the current locale, before the first piece', async () => {
    const el = await fixture<PiecedWidget>(fixtureHtml`<fw-pieced-widget></fw-pieced-widget>`);
    await el.updateComplete;
    expect(log).to.deep.equal(['prepare a en', 'prepare b en', 'render first piece', 'render whole', 'complete']);
    expect(el.shadowRoot?.querySelectorAll('p')).to.have.length(2);
  });

  it('prepares nothing again for a later update', async () => {
    const el = await fixture<PiecedWidget>(fixtureHtml`<fw-pieced-widget></fw-pieced-widget>`);
    await el.updateComplete;
    log.length = 0;
    el.requestUpdate();
    await el.updateComplete;
    expect(log).to.deep.equal(['render whole']);
  });
});
