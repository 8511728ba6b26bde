import { aTimeout, expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { finiteNumber, LinkedSource, resultField } from '../../src/internal/linked-source.js';
import { RESULT_UPDATED } from '../../src/internal/result-events.js';

/*
 * The link between widgets on its own: a small source with a `result` and a
 * follower taking its `total`, in every order and change a page can make.
 */

class Source extends LitElement {
  static override properties = { total: { type: Number } };
  total = 0;
  get result(): unknown {
    return { total: this.total };
  }
  protected override updated(): void {
    this.dispatchEvent(new Event(RESULT_UPDATED));
  }
}
customElements.define('fw-link-source', Source);

class Follower extends LitElement {
  static override properties = { for: {} };
  for = '';
  changes = 0;
  readonly link = new LinkedSource<number | undefined>(
    this,
    'fw-link-source',
    (result) => finiteNumber(resultField(result, 'total')),
    () => this.changes++,
  );
  protected override willUpdate(): void {
    this.link.follow(this.for);
  }
  protected override render() {
    return html`${this.link.status}:${String(this.link.value)}`;
  }
}
customElements.define('fw-link-follower', Follower);

/** Time for mutation observers, `whenDefined` and the source's update to reach the follower. */
const settle = async (el: Follower) => {
  await aTimeout(0);
  await el.updateComplete;
};

describe('linked source (internal/linked-source.ts)', () => {
  it('follows a source before or after it in the page, and every update of it', async () => {
    const wrap = await fixture(fixtureHtml`<div>
      <fw-link-follower for="s1"></fw-link-follower>
      <fw-link-source id="s1" total="5"></fw-link-source>
    </div>`);
    const follower = wrap.querySelector('fw-link-follower') as Follower;
    const source = wrap.querySelector('fw-link-source') as Source;
    await settle(follower);
    expect([follower.link.status, follower.link.value]).to.deep.equal(['linked', 5]);
    source.total = 7.25;
    await source.updateComplete;
    await settle(follower);
    expect(follower.link.value).to.equal(7.25);
    expect(follower.shadowRoot!.textContent).to.contain('linked:7.25');
  });

  it('waits for a source added later, and for one replaced by another element with the id', async () => {
    const wrap = await fixture(fixtureHtml`<div><fw-link-follower for="s2"></fw-link-follower></div>`);
    const follower = wrap.querySelector('fw-link-follower') as Follower;
    await settle(follower);
    expect(follower.link.status).to.equal('missing');
    const first = Object.assign(document.createElement('fw-link-source') as Source, { id: 's2', total: 1 });
    wrap.append(first);
    await settle(follower);
    expect([follower.link.status, follower.link.value]).to.deep.equal(['linked', 1]);
    const second = Object.assign(document.createElement('fw-link-source') as Source, { total: 2 });
    first.remove();
    second.id = 's2';
    wrap.append(second);
    await settle(follower);
    expect(follower.link.value).to.equal(2);
    first.total = 99; // the old source no longer counts
    await first.updateComplete;
    await settle(follower);
    expect(follower.link.value).to.equal(2);
  });

  it('an element of the wrong kind under the id is "wrong", and no value; unlinking is "none"', async () => {
    const wrap = await fixture(fixtureHtml`<div>
      <div id="s3"></div>
      <fw-link-follower for="s3"></fw-link-follower>
    </div>`);
    const follower = wrap.querySelector('fw-link-follower') as Follower;
    await settle(follower);
    expect([follower.link.status, follower.link.value]).to.deep.equal(['wrong', undefined]);
    follower.for = '';
    await settle(follower);
    expect(follower.link.status).to.equal('none');
  });

  it('takes nothing from a source whose result is not a finite number or whose getter throws', async () => {
    const wrap = await fixture(fixtureHtml`<div>
      <fw-link-source id="s4" total="3"></fw-link-source>
      <fw-link-follower for="s4"></fw-link-follower>
    </div>`);
    const follower = wrap.querySelector('fw-link-follower') as Follower;
    const source = wrap.querySelector('fw-link-source') as Source;
    await settle(follower);
    expect(follower.link.value).to.equal(3);
    for (const bad of [Number.NaN, Infinity, '4' as unknown as number]) {
      source.total = bad;
      await source.updateComplete;
      await settle(follower);
      expect(follower.link.value).to.equal(undefined);
    }
    Object.defineProperty(source, 'result', {
      get() {
        throw new Error('foreign getter');
      },
    });
    source.dispatchEvent(new Event(RESULT_UPDATED));
    await settle(follower);
    expect(follower.link.value).to.equal(undefined);
  });

  it('calls onChange only when the taken value changes', async () => {
    const wrap = await fixture(fixtureHtml`<div>
      <fw-link-source id="s5" total="3"></fw-link-source>
      <fw-link-follower for="s5"></fw-link-follower>
    </div>`);
    const follower = wrap.querySelector('fw-link-follower') as Follower;
    const source = wrap.querySelector('fw-link-source') as Source;
    await settle(follower);
    const before = follower.changes;
    source.requestUpdate();
    await source.updateComplete;
    await settle(follower);
    expect(follower.changes).to.equal(before);
    source.total = 4;
    await source.updateComplete;
    await settle(follower);
    expect(follower.changes).to.equal(before + 1);
  });

  it('lets go of the source when the follower leaves the page', async () => {
    const wrap = await fixture(fixtureHtml`<div>
      <fw-link-source id="s6" total="3"></fw-link-source>
      <fw-link-follower for="s6"></fw-link-follower>
    </div>`);
    const follower = wrap.querySelector('fw-link-follower') as Follower;
    const source = wrap.querySelector('fw-link-source') as Source;
    await settle(follower);
    follower.remove();
    const changes = follower.changes;
    source.total = 8;
    await source.updateComplete;
    await aTimeout(0);
    expect(follower.changes).to.equal(changes);
    expect(follower.link.value).to.equal(undefined);
  });

  it('finiteNumber and resultField take only what is safe', () => {
    expect([1.5, 0, -2, Number.NaN, Infinity, -Infinity, '3', null, undefined, {}].map(finiteNumber)).to.deep.equal([
      1.5,
      0,
      -2,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(resultField({ total: 1 }, 'total')).to.equal(1);
    expect(resultField(null, 'total')).to.equal(undefined);
    expect(resultField('text', 'length')).to.equal(undefined);
    expect(resultField(42, 'total')).to.equal(undefined);
  });
});
