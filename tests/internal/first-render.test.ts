import { aTimeout, expect, fixture, html as fixtureHtml, waitUntil } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import type { Locale } from '../../src/core/locale.js';
import { FirstRender, type Scheduler } from '../../src/internal/first-render.js';
import { WidgetElement } from '../../src/internal/widget-element.js';

/*
 * The first render in pieces, and the base class's promises around it: each
 * piece in a task of its own (driven here by a scheduler the test holds, not
 * by timing), nothing shared between widgets, a failed render local to its
 * widget, `updateComplete` that always settles, and code loaded on demand.
 */

/* What each step and render saw, in order. */
const log: string[] = [];

/** A scheduler the test drives: a task starts when the test says so. */
function manualScheduler() {
  const waiting: (() => void)[] = [];
  const scheduler: Scheduler = { nextTask: () => new Promise<void>((resolve) => waiting.push(resolve)) };
  return {
    scheduler,
    /** Starts the tasks asked for so far, and lets what they start run (Lit's updates are microtasks). */
    async task() {
      waiting.splice(0).forEach((go) => go());
      await aTimeout(0);
    },
    get waiting() {
      return waiting.length;
    },
  };
}

const PIECES = ['head', 'body', 'foot'] as const;
let manual = manualScheduler();

/** A small Lit host wired as the base class wires a widget, with the test's scheduler. */
class DrivenHost extends LitElement {
  readonly first = new FirstRender(
    this,
    PIECES,
    [(locale: Locale) => log.push(`prepare a ${locale}`), (locale: Locale) => log.push(`prepare b ${locale}`)],
    manual.scheduler,
  );

  protected override async scheduleUpdate(): Promise<void> {
    await this.first.beforeUpdate();
    super.scheduleUpdate();
  }

  protected override render() {
    const shown = PIECES.filter((p) => this.first.shows(p));
    log.push(`render ${shown.join('+')}`);
    return html`${shown.map((p) => html`<p>${p}</p>`)}`;
  }
}
customElements.define('fw-driven-host', DrivenHost);

describe('FirstRender: a piece per task', () => {
  beforeEach(() => {
    log.length = 0;
    manual = manualScheduler();
  });

  it('builds each prepared formatter in a task of its own, then renders one more piece per task', async () => {
    const el = document.createElement('fw-driven-host') as DrivenHost;
    document.body.append(el);
    await aTimeout(0);
    expect(log, 'nothing runs in the task that connects the widget').to.deep.equal([]);
    await manual.task();
    expect(log).to.deep.equal(['prepare a en']);
    await manual.task();
    expect(log).to.deep.equal(['prepare a en', 'prepare b en']);
    await manual.task();
    expect(log.at(-1)).to.equal('render head');
    await manual.task();
    expect(log.at(-1)).to.equal('render head+body');
    expect(el.first.complete).to.equal(false);
    await manual.task();
    expect(log.at(-1)).to.equal('render head+body+foot');
    expect(el.first.complete).to.equal(true);
    expect(manual.waiting, 'a complete render asks for no more tasks').to.equal(0);
    el.requestUpdate();
    await el.updateComplete;
    expect(log.at(-1), 'a later update renders whole at once').to.equal('render head+body+foot');
    expect(log.filter((l) => l.startsWith('prepare'))).to.have.length(2);
    el.remove();
  });

  it('two widgets take turns of their own: one that never gets its task holds the other up in nothing', async () => {
    const a = document.createElement('fw-driven-host') as DrivenHost;
    document.body.append(a);
    await aTimeout(0);
    // a waits for a task that never comes; b gets a scheduler of its own that runs.
    manual = manualScheduler();
    const b = document.createElement('fw-driven-host') as DrivenHost;
    document.body.append(b);
    await aTimeout(0);
    for (let i = 0; i < 5; i++) await manual.task();
    expect(b.first.complete).to.equal(true);
    expect(a.first.complete).to.equal(false);
    a.remove();
    b.remove();
  });

  it('a reader’s update during the first render shows one more piece, never skips the task', async () => {
    const el = document.createElement('fw-driven-host') as DrivenHost;
    document.body.append(el);
    await aTimeout(0);
    for (let i = 0; i < 3; i++) await manual.task();
    expect(log.at(-1)).to.equal('render head');
    el.requestUpdate(); // an attribute set meanwhile: coalesces with the next piece's update
    await aTimeout(0);
    expect(log.at(-1)).to.equal('render head');
    await manual.task();
    expect(log.at(-1)).to.equal('render head+body');
    el.remove();
  });
});

/** A real widget on the base class: three pieces, a switch to make a piece throw. */
class PiecedWidget extends WidgetElement<(typeof PIECES)[number]> {
  protected static override readonly pieces = PIECES;
  static override properties = { ...WidgetElement.properties, fail: { type: Boolean } };
  /** Throws in the second piece, and in every later render while set. */
  fail = false;
  /** Code asked for on demand, with a load the test resolves. */
  readonly extra = this.onDemand(() => extraLoad());

  protected override render() {
    if (this.fail && this.shows('body')) throw new Error('piece failed');
    return html`<p>head</p>
      ${this.shows('body') ? html`<p>body</p>` : ''} ${this.shows('foot') ? html`<p>foot</p>` : ''}
      ${this.hasAttribute('with-extra') ? html`<p class="extra">${this.extra.get() ?? (this.extra.failed ? 'failed' : 'loading')}</p>` : ''}`;
  }
}
PiecedWidget.define('fw-pieced-widget');

let extraLoad: () => Promise<string> = async () => 'extra';
type Pieced = PiecedWidget & { updateComplete: Promise<boolean> };
const ready = (el: Element) => el.matches(':state(ready)');
const failed = (el: Element) => el.matches(':state(error)');

describe('the base class: complete, ready, and failures that stay local', () => {
  it('updateComplete resolves once every piece is shown, with :state(ready)', async () => {
    const el = await fixture<Pieced>(fixtureHtml`<fw-pieced-widget></fw-pieced-widget>`);
    await el.updateComplete;
    expect(el.shadowRoot?.querySelectorAll('p')).to.have.length(3);
    expect(ready(el)).to.equal(true);
  });

  it('a widget whose render throws shows its own short error state, is ready and settles; the next widget completes', async () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const host = await fixture<HTMLElement>(fixtureHtml`<div>
        <fw-pieced-widget fail></fw-pieced-widget><fw-pieced-widget></fw-pieced-widget>
      </div>`);
      const [broken, next] = [...host.children] as Pieced[];
      expect(await broken.updateComplete).to.be.a('boolean');
      await next.updateComplete;
      expect(ready(broken) && failed(broken)).to.equal(true);
      expect(broken.shadowRoot?.querySelector('[part="base"].failed')?.textContent).to.contain('could not be shown');
      expect(ready(next) && !failed(next)).to.equal(true);
      expect(next.shadowRoot?.querySelectorAll('p')).to.have.length(3);
      expect(errors).to.have.length(1);
      // Once the cause is gone, the next update replaces the error state.
      broken.fail = false;
      await broken.updateComplete;
      expect(failed(broken)).to.equal(false);
      expect(broken.shadowRoot?.querySelectorAll('p')).to.have.length(3);
    } finally {
      console.error = original;
    }
  });

  it('a widget removed mid-render still completes', async () => {
    const el = document.createElement('fw-pieced-widget') as Pieced;
    document.body.append(el);
    await waitUntil(() => el.shadowRoot?.querySelector('p'), 'first piece');
    el.remove();
    await el.updateComplete;
    expect(ready(el)).to.equal(true);
  });

  it('waits for code on demand: ready and settled only once it is shown', async () => {
    let arrive: (value: string) => void = () => {};
    extraLoad = () => new Promise((resolve) => (arrive = resolve));
    const el = document.createElement('fw-pieced-widget') as Pieced;
    el.setAttribute('with-extra', '');
    document.body.append(el);
    let settled = false;
    void el.updateComplete.then(() => (settled = true));
    await waitUntil(() => el.shadowRoot?.querySelectorAll('p').length === 4, 'every piece, the extra still loading');
    expect(el.shadowRoot?.querySelector('.extra')?.textContent).to.equal('loading');
    await aTimeout(0);
    expect(settled || ready(el)).to.equal(false);
    arrive('extra code');
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('.extra')?.textContent).to.equal('extra code');
    expect(ready(el)).to.equal(true);
    el.remove();
  });

  it('code that cannot be loaded: the widget says so, and is ready', async () => {
    extraLoad = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const el = await fixture<Pieced>(fixtureHtml`<fw-pieced-widget with-extra></fw-pieced-widget>`);
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('.extra')?.textContent).to.equal('failed');
    expect(ready(el)).to.equal(true);
  });
});

describe('a page whose scheduler.yield is broken', () => {
  const global = globalThis as { scheduler?: { yield?: () => unknown } };
  let saved: typeof global.scheduler;
  before(() => (saved = global.scheduler));
  after(() => (global.scheduler = saved));

  it('a polyfill whose promise never settles: every widget still completes', async () => {
    global.scheduler = { yield: () => new Promise(() => {}) };
    const host = await fixture<HTMLElement>(
      fixtureHtml`<div><fw-pieced-widget></fw-pieced-widget><fw-pieced-widget></fw-pieced-widget></div>`,
    );
    for (const el of host.children as unknown as Pieced[]) await el.updateComplete;
    expect([...host.children].every(ready)).to.equal(true);
  });

  it('a polyfill that throws: every widget still completes', async () => {
    global.scheduler = {
      yield: () => {
        throw new Error('broken polyfill');
      },
    };
    const el = await fixture<Pieced>(fixtureHtml`<fw-pieced-widget></fw-pieced-widget>`);
    await el.updateComplete;
    expect(ready(el)).to.equal(true);
  });
});
