import { aTimeout, expect, fixture, html as fixtureHtml, oneEvent } from '@open-wc/testing';
import { html, LitElement, type PropertyValues } from 'lit';
import { checkField, numberField, selectField } from '../../src/internal/fields.js';
import { RESULT_UPDATED } from '../../src/internal/result-events.js';
import { choiceSetting, flagSetting, numberSetting, optionalNumber, Settings } from '../../src/internal/settings.js';
import { captureWarnings, PAGE_PROBLEMS } from '../support/console.js';
import { manualPauses } from '../support/manual-pauses.js';

/*
 * The settings controller on its own, on a small host of four settings —
 * not through a widget: what the page gives, what the reader types, drafts,
 * messages, the public event, the live region, share-link values.
 */

const TABLE = {
  count: numberSetting({ min: 0, integer: true }, 10),
  rate: optionalNumber({ min: 0 }),
  kind: choiceSetting(['a', 'b'] as const, 'a'),
  flag: flagSetting(),
};

class SettingsHost extends LitElement {
  static override properties = { count: {}, rate: {}, kind: {}, flag: { attribute: 'flag-on' } };
  count?: unknown;
  rate?: unknown;
  kind?: unknown;
  flag?: unknown;
  readonly settings: Settings<typeof TABLE> = new Settings(this, TABLE, {
    event: 'host-change',
    summary: () => `count ${String(this.settings.value('count'))}`,
  });

  get result() {
    return { count: this.settings.value('count'), kind: this.settings.value('kind') };
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.settings.read(changed);
  }

  protected override render() {
    const s = this.settings;
    return html`${numberField(s, 'count', 'Count')} ${numberField(s, 'rate', 'Rate')}
    ${selectField(s, 'kind', 'Kind', [
      { value: 'a', label: 'A' },
      { value: 'b', label: 'B' },
    ])}
    ${checkField(s, 'flag', 'Flag')} ${s.notices((key) => key === 'count' || key === 'rate')} ${s.announcer.region()}`;
  }
}
customElements.define('fw-settings-host', SettingsHost);

const input = (el: SettingsHost, id: string) => el.shadowRoot!.getElementById(id) as HTMLInputElement;

/** The reader types `text` into the field `id`, as a browser reports it. */
async function type(el: SettingsHost, id: string, text: string): Promise<void> {
  input(el, id).value = text;
  input(el, id).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

const live = (el: SettingsHost) => el.shadowRoot!.querySelector('.live')!.textContent;
const notices = (el: SettingsHost) => [...el.shadowRoot!.querySelectorAll('.notice')].map((p) => p.textContent);

describe('settings (internal/settings.ts)', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.stop());

  it('falls back to each default when the page gives nothing', async () => {
    const el = await fixture<SettingsHost>(fixtureHtml`<fw-settings-host></fw-settings-host>`);
    expect(el.settings.value('count')).to.equal(10);
    expect(el.settings.value('rate')).to.equal(undefined);
    expect(el.settings.value('kind')).to.equal('a');
    expect(el.settings.value('flag')).to.equal(false);
    expect(input(el, 'count').value).to.equal('10');
    expect(input(el, 'rate').value).to.equal('');
    expect(notices(el)).to.deep.equal([]);
  });

  it('reads attributes and properties of any type; what cannot be used falls back, with its message', async () => {
    const el = await fixture<SettingsHost>(fixtureHtml`<fw-settings-host count="25" kind=" b " flag-on></fw-settings-host>`);
    expect([el.settings.value('count'), el.settings.value('kind'), el.settings.value('flag')]).to.deep.equal([25, 'b', true]);
    el.count = Number.NaN;
    el.kind = new Set(['b']);
    await el.updateComplete;
    expect(el.settings.value('count')).to.equal(10);
    expect(el.settings.problem('count')).to.deep.equal({ reason: 'not-a-number', rule: { min: 0, integer: true } });
    expect(input(el, 'count').getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.getElementById('count-msg')!.textContent).to.equal('This is not a number.');
    // A choice has no inline message: one short line in the widget, and the console names the attribute and says what to write.
    expect(el.settings.value('kind')).to.equal('a');
    expect(notices(el)).to.have.length(1);
    expect(notices(el)[0]).to.contain(PAGE_PROBLEMS.en);
    expect(await warnings.said('<fw-settings-host>', 'kind:', 'use one of: a, b', 'The default is used.')).to.not.contain('[object');
  });

  it('says each page mistake in the console once, however often the widget renders', async () => {
    const el = await fixture<SettingsHost>(fixtureHtml`<fw-settings-host id="h" kind="c"></fw-settings-host>`);
    await warnings.said('<fw-settings-host id="h"> kind="c": use one of: a, b. The default is used.');
    el.requestUpdate();
    await el.updateComplete;
    el.setAttribute('count', '12');
    await el.updateComplete;
    await aTimeout(0); // the chunk is loaded by now: a second warning would be written at once (this proves it is not)
    expect(warnings.lines.filter((l) => l.includes('kind="c"'))).to.have.length(1);
  });

  it("a reader's change updates the value and fires the one event with the result; a page change does not", async () => {
    const el = await fixture<SettingsHost>(fixtureHtml`<fw-settings-host></fw-settings-host>`);
    const events: unknown[] = [];
    el.addEventListener('host-change', (e) => events.push((e as CustomEvent).detail));
    el.setAttribute('kind', 'b');
    await el.updateComplete;
    await aTimeout(0);
    expect(events).to.deep.equal([]);
    const fired = oneEvent(el, 'host-change');
    await type(el, 'count', '1,500');
    expect((await fired).detail).to.deep.equal({ count: 1500, kind: 'b' });
    expect(events).to.have.length(1);
  });

  it('a draft that cannot be used keeps the last good value and every character typed', async () => {
    const el = await fixture<SettingsHost>(fixtureHtml`<fw-settings-host></fw-settings-host>`);
    await type(el, 'count', '12');
    await type(el, 'count', '12x');
    expect(el.settings.value('count')).to.equal(12);
    expect(el.settings.problem('count')).to.deep.equal({ reason: 'not-a-number', rule: { min: 0, integer: true } });
    expect(el.shadowRoot!.getElementById('count-msg')!.textContent).to.equal('This is not a number.');
    expect(notices(el), 'what the reader typed is said beside the field only').to.deep.equal([]);
    expect(input(el, 'count').value).to.equal('12x');
    await type(el, 'count', '-3');
    expect(el.settings.value('count')).to.equal(12);
    expect(input(el, 'count').value).to.equal('-3');
  });

  it('an attribute changed after the first render replaces the reader’s draft; a cleared optional field is undefined', async () => {
    const el = await fixture<SettingsHost>(fixtureHtml`<fw-settings-host rate="2"></fw-settings-host>`);
    await type(el, 'count', '12');
    el.setAttribute('count', '30');
    await el.updateComplete;
    expect(el.settings.value('count')).to.equal(30);
    expect(input(el, 'count').value).to.equal('30');
    await type(el, 'rate', '   ');
    expect(el.settings.value('rate')).to.equal(undefined);
    expect(el.settings.problem('rate')).to.equal(undefined);
  });

  it('changed() lists what the reader changed and can use, in the page’s notation', async () => {
    const el = await fixture<SettingsHost>(fixtureHtml`<fw-settings-host rate="2"></fw-settings-host>`);
    expect(el.settings.changed()).to.deep.equal([]);
    await type(el, 'count', '1,500');
    await type(el, 'rate', '');
    input(el, 'flag').click();
    await el.updateComplete;
    expect(el.settings.changed()).to.deep.equal([
      ['count', '1500'],
      ['rate', ''],
      ['flag', 'true'],
    ]);
    await type(el, 'count', 'many');
    expect(el.settings.changed().map(([key]) => key)).to.deep.equal(['rate', 'flag']);
  });

  it('restore() takes a link’s value as a draft the first render’s attributes do not drop, and refuses what cannot be used', async () => {
    const el = document.createElement('fw-settings-host') as SettingsHost;
    el.setAttribute('count', '25');
    expect(el.settings.restore('count', '7')).to.equal(true);
    expect(el.settings.restore('kind', 'c')).to.equal(false);
    expect(el.settings.restore('rate', '-1')).to.equal(false);
    expect(el.settings.restore('rate', '0.5')).to.equal(true);
    const parent = await fixture(fixtureHtml`<div></div>`);
    parent.append(el);
    await el.updateComplete;
    expect(el.settings.value('count')).to.equal(7);
    expect(el.settings.value('rate')).to.equal(0.5);
    expect(input(el, 'rate').value).to.equal('0.5');
    expect(el.settings.value('kind')).to.equal('a');
  });

  it('knows each property’s attribute from the Lit declaration', async () => {
    const el = await fixture<SettingsHost>(fixtureHtml`<fw-settings-host></fw-settings-host>`);
    expect(el.settings.attribute('flag')).to.equal('flag-on');
    expect(el.settings.attribute('count')).to.equal('count');
  });

  it('signals every update to linked widgets, whatever caused it', async () => {
    const el = await fixture<SettingsHost>(fixtureHtml`<fw-settings-host></fw-settings-host>`);
    let signals = 0;
    el.addEventListener(RESULT_UPDATED, () => signals++);
    el.setAttribute('count', '3');
    await el.updateComplete;
    await type(el, 'count', '4');
    expect(signals).to.equal(2);
  });

  it('a mistyped setting name does not compile', async () => {
    const el = await fixture<SettingsHost>(fixtureHtml`<fw-settings-host></fw-settings-host>`);
    // The compiler is the test (npm run typecheck): each line fails to compile without its directive.
    // @ts-expect-error -- 'cuont' is not in the table
    expect(() => numberField(el.settings, 'cuont', 'Count')).to.throw(TypeError);
    // @ts-expect-error -- nor is 'knid'
    expect(() => el.settings.value('knid')).to.throw(TypeError);
  });
});

describe('announcer (internal/announcer.ts)', () => {
  // A pause ends when the test says so (tests/support/manual-pauses.ts): no clock to wait for.
  let pauses: ReturnType<typeof manualPauses>;
  beforeEach(() => (pauses = manualPauses()));
  afterEach(() => pauses.restore());

  it('speaks the result once the reader pauses, not key by key; a problem once; then the result again', async () => {
    const el = await fixture<SettingsHost>(fixtureHtml`<fw-settings-host></fw-settings-host>`);
    expect(live(el)).to.equal('');
    await type(el, 'count', '1');
    await type(el, 'count', '12');
    expect(live(el), 'nothing while the reader may still be typing').to.equal('');
    expect(pauses.pending(), 'one pause, restarted by each key').to.equal(1);
    pauses.end();
    expect(live(el)).to.equal('count 12');
    await type(el, 'count', '12x');
    pauses.end();
    expect(live(el)).to.equal('This is not a number.');
    // The same problem again is not said twice.
    el.shadowRoot!.querySelector('.live')!.textContent = '';
    await type(el, 'count', '12xy');
    pauses.end();
    expect(live(el)).to.equal('');
    await type(el, 'count', '13');
    pauses.end();
    expect(live(el)).to.equal('count 13');
  });

  it('says a message at once, and nothing after the widget left the page', async () => {
    const el = await fixture<SettingsHost>(fixtureHtml`<fw-settings-host></fw-settings-host>`);
    el.settings.announcer.say('Link copied');
    expect(live(el)).to.equal('Link copied');
    await type(el, 'count', '5');
    expect(pauses.pending()).to.equal(1);
    el.remove();
    expect(pauses.pending(), 'leaving the page cancels the pause').to.equal(0);
    pauses.end();
    expect(live(el)).to.equal('Link copied');
  });
});
