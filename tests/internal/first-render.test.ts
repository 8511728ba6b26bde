import { aTimeout, expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { html } from 'lit';
import type { Locale } from '../../src/core/locale.js';
import { TurnQueue, type Scheduler } from '../../src/internal/first-render.js';
import { WidgetElement } from '../../src/internal/widget-element.js';

/* What each step and render saw, in order, with the task it ran in. */
const log: string[] = [];

const PIECES = ['head', 'body'] as const;

/** A widget in two pieces whose first render needs two prepared formatters: the test host is a real widget. */
class PiecedWidget extends WidgetElement<(typeof PIECES)[number]> {
  protected static override readonly pieces = PIECES;
  protected static override readonly prepare = [
    (locale: Locale) => log.push(`prepare a ${locale}`),
    (locale: Locale) => log.push(`prepare b ${locale}`),
  ];
  /** Busy time per render, to make each piece a long task of its own. */
  busyMs = 0;
  /** Throws in the second piece, so its update never completes. */
  failSecond = false;
  /** Called while the first piece renders. */
  onFirstPiece?: () => void;

  protected override render() {
    const whole = this.firstRender.shows('body');
    log.push(`render ${whole ? 'whole' : 'first piece'}`);
    if (whole && this.failSecond) throw new Error('piece failed');
    if (!whole) this.onFirstPiece?.();
    const until = performance.now() + this.busyMs;
    while (performance.now() < until) {
      /* a render that takes time */
    }
    return html`<p>piece 0</p>
      ${whole ? html`<p>piece 1</p>` : ''}`;
  }
}
PiecedWidget.define('fw-pieced-widget');

type Pieced = PiecedWidget & { updateComplete: Promise<boolean> };
const ready = (el: Element) => el.matches(':state(ready)');

describe('first render in turns (a widget on the base class)', () => {
  beforeEach(() => (log.length = 0));

  it('builds the prepared formatters one step at a time, in the current locale, before the first piece', async () => {
    const el = await fixture<Pieced>(fixtureHtml`<fw-pieced-widget></fw-pieced-widget>`);
    await el.updateComplete;
    expect(log).to.deep.equal(['prepare a en', 'prepare b en', 'render first piece', 'render whole']);
    expect(el.shadowRoot?.querySelectorAll('p')).to.have.length(2);
    expect(ready(el)).to.equal(true);
  });

  it('prepares nothing again for a later update', async () => {
    const el = await fixture<Pieced>(fixtureHtml`<fw-pieced-widget></fw-pieced-widget>`);
    await el.updateComplete;
    log.length = 0;
    el.requestUpdate();
    await el.updateComplete;
    expect(log).to.deep.equal(['render whole']);
  });

  it('renders each piece in a task of its own: no long task holds two pieces', async () => {
    const tasks: number[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration)));
    observer.observe({ type: 'longtask' });
    const el = document.createElement('fw-pieced-widget') as Pieced;
    el.busyMs = 60; // each piece alone is a long task (over 50 ms); two in one task would take over 120
    document.body.append(el);
    await el.updateComplete;
    await aTimeout(50); // long task entries arrive after the task
    observer.disconnect();
    el.remove();
    expect(tasks.filter((d) => d >= 60).length, `long tasks: ${tasks.map(Math.round).join(', ')} ms`).to.be.at.least(2);
    expect(Math.max(...tasks)).to.be.below(115);
  });

  it('renders every widget whole when more turns wait than a crowd (a page of dozens)', async () => {
    const host = document.createElement('div');
    for (let i = 0; i < 24; i++) host.append(document.createElement('fw-pieced-widget'));
    document.body.append(host);
    await Promise.all([...host.children].map((w) => (w as Pieced).updateComplete));
    host.remove();
    // While more than 16 turns wait, a widget's first render is whole: of 24 widgets, only those whose turn
    // comes once 16 or fewer wait render in pieces (17 here; all 24 without the crowd rule).
    const inPieces = log.filter((l) => l === 'render first piece').length;
    expect(inPieces, `${inPieces} widgets rendered in pieces`).to.be.at.most(17);
    expect(log.filter((l) => l === 'render whole').length).to.equal(24);
  });

  it('a widget removed mid-render still completes, and the page’s queue goes on', async () => {
    const el = document.createElement('fw-pieced-widget') as Pieced;
    el.onFirstPiece = () => el.remove();
    document.body.append(el);
    await el.updateComplete;
    expect(el.isConnected).to.equal(false);
    expect(log).to.include.members(['render first piece', 'render whole']);
    expect(ready(el)).to.equal(true);
    const next = await fixture<Pieced>(fixtureHtml`<fw-pieced-widget></fw-pieced-widget>`);
    await next.updateComplete;
    expect(ready(next)).to.equal(true);
  });

  it('a piece whose render throws holds its turn only until the turn times out; the next widget completes', async () => {
    const broken = document.createElement('fw-pieced-widget') as Pieced;
    broken.failSecond = true;
    const errors: unknown[] = [];
    const onError = (e: PromiseRejectionEvent) => {
      errors.push(e.reason);
      e.preventDefault();
    };
    window.addEventListener('unhandledrejection', onError);
    document.body.append(broken);
    const next = document.createElement('fw-pieced-widget') as Pieced;
    document.body.append(next);
    const start = performance.now();
    await next.updateComplete;
    window.removeEventListener('unhandledrejection', onError);
    broken.remove();
    next.remove();
    expect(ready(next)).to.equal(true);
    expect(ready(broken)).to.equal(false);
    expect(performance.now() - start).to.be.below(2000);
  });
});

/** A scheduler the test drives: tasks start when the test says so, time moves when a turn says so. */
function manualScheduler() {
  let clock = 0;
  let release: (() => void) | undefined;
  const timers: { at: number; fn: () => void }[] = [];
  const scheduler: Scheduler = {
    nextTask: () => new Promise<void>((resolve) => (release = resolve)),
    now: () => clock,
    later: (fn, ms) => void timers.push({ at: clock + ms, fn }),
  };
  return {
    scheduler,
    /** Starts the task the queue is waiting for, and lets its turns run. */
    async task() {
      const go = release;
      release = undefined;
      go?.();
      await aTimeout(0);
    },
    spend(ms: number) {
      clock += ms;
    },
    /** Moves time on and fires the timers that are due. */
    async wait(ms: number) {
      clock += ms;
      timers.filter((t) => t.at <= clock).forEach((t) => t.fn());
      await aTimeout(0);
    },
    get waiting() {
      return release !== undefined;
    },
  };
}

describe('the turn queue', () => {
  const LIMITS = { budgetMs: 8, crowd: 16, crowdBudgetMs: 40, turnTimeoutMs: 200 };

  it('runs turns in batches: a batch ends when its budget is spent, and the next waits for a new task', async () => {
    const s = manualScheduler();
    const queue = new TurnQueue(s.scheduler, LIMITS);
    const ran: number[] = [];
    let task = 0;
    for (let i = 0; i < 5; i++) {
      queue.add((done) => {
        ran.push(task);
        s.spend(5); // two 5 ms turns spend the 8 ms budget
        done();
      });
    }
    expect(ran).to.deep.equal([]); // nothing runs in the task that adds turns
    for (task = 1; task <= 3; task++) await s.task();
    expect(ran).to.deep.equal([1, 1, 2, 2, 3]);
    expect(s.waiting).to.equal(false);
  });

  it('works in larger batches while a crowd of turns waits', async () => {
    const s = manualScheduler();
    const queue = new TurnQueue(s.scheduler, LIMITS);
    const ran: number[] = [];
    let task = 1;
    for (let i = 0; i < 20; i++) {
      queue.add((done) => {
        ran.push(task);
        s.spend(5);
        done();
      });
    }
    await s.task();
    expect(ran.length).to.equal(8); // 40 ms of 5 ms turns
    expect(queue.crowded).to.equal(false); // 12 left: back to 8 ms batches
    task = 2;
    await s.task();
    expect(ran.length).to.equal(10);
  });

  it('moves on from a turn that never says it is done once its time is up', async () => {
    const s = manualScheduler();
    const queue = new TurnQueue(s.scheduler, LIMITS);
    const ran: string[] = [];
    queue.add(() => ran.push('stuck'));
    queue.add((done) => {
      ran.push('next');
      done();
    });
    await s.task();
    expect(ran).to.deep.equal(['stuck']);
    await s.wait(199);
    expect(ran).to.deep.equal(['stuck']);
    await s.wait(1);
    await s.task();
    expect(ran).to.deep.equal(['stuck', 'next']);
  });
});
