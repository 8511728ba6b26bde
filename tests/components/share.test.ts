/*
 * Sharing a result by link (internal/share.ts): the action in each calculator, the link it makes, and a
 * link opened: restored as reader input, for each widget its own part, hostile fragments harmless.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../support/define-all.js';
import type { FiverrLevelMeter } from '../../src/components/fiverr-level-meter/fiverr-level-meter.js';
import type { RoyaltyTierCalc } from '../../src/components/royalty-tier-calc/royalty-tier-calc.js';
import type { TaxWithholdingTable } from '../../src/components/tax-withholding-table/tax-withholding-table.js';
import { $, BROKEN, record, rendered, text, typeInto, useLocale } from '../support/helpers.js';

declare global {
  interface Window {
    __xss?: unknown;
  }
}

/** The page's fragment, set as a reader's browser would have it when opening a link. */
const openAt = (fragment: string) => history.replaceState(null, '', `${location.pathname}${location.search}${fragment}`);

/** Stubs what the share action uses: the clipboard, the share sheet, and whether the pointer is coarse (a phone). */
function stubSharing({
  phone = false,
  share,
  clipboard,
}: {
  phone?: boolean;
  share?: (d: ShareData) => Promise<void>;
  clipboard?: (t: string) => Promise<void>;
}) {
  const copied: string[] = [];
  const shared: ShareData[] = [];
  const nav = navigator as unknown as Record<string, unknown>;
  const originals = {
    share: nav.share,
    clipboard: Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard'),
    matchMedia: window.matchMedia,
  };
  nav.share = share ? (d: ShareData) => (shared.push(d), share(d)) : undefined;
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: (t: string) => (copied.push(t), clipboard ? clipboard(t) : Promise.resolve()) },
  });
  window.matchMedia = ((q: string) => ({
    matches: q === '(pointer: coarse)' ? phone : originals.matchMedia.call(window, q).matches,
  })) as typeof matchMedia;
  const restore = () => {
    nav.share = originals.share;
    delete (navigator as unknown as { clipboard?: unknown }).clipboard;
    window.matchMedia = originals.matchMedia;
  };
  return { copied, shared, restore };
}

const fragmentOf = (link: string) => decodeURIComponent(link.slice(link.indexOf('#')));

describe('share a result', () => {
  afterEach(async () => {
    openAt('');
    await useLocale('en');
  });

  it('each calculator has a share action; none when readonly or share="off", and the cloud has none', async () => {
    for (const tag of ['royalty-tier-calc', 'tax-withholding-table', 'fiverr-level-meter']) {
      const on = await fixture(`<${tag}></${tag}>`);
      expect(text($(on, '[part="share"] button')), tag).to.equal('Share result');
      for (const off of [`<${tag} readonly></${tag}>`, `<${tag} share="off"></${tag}>`]) {
        expect((await fixture(off)).shadowRoot!.querySelector('[part="share"]'), off).to.equal(null);
      }
    }
    expect((await fixture('<tag-cloud>npwp</tag-cloud>')).shadowRoot!.querySelector('[part="share"]')).to.equal(null);
    await useLocale('id');
    expect(text($(await fixture('<royalty-tier-calc></royalty-tier-calc>'), '[part="share"] button'))).to.equal('Bagikan hasil');
  });

  it('copies a link to this page holding only what the reader changed, and says so (visible and announced)', async () => {
    const stub = stubSharing({});
    try {
      const el = await fixture<RoyaltyTierCalc>(html`<royalty-tier-calc id="calc"></royalty-tier-calc>`);
      await typeInto(el, '#monthlyDownloads', '250');
      $(el, '[part="share"] button').click();
      await waitUntil(() => text($(el, '[part="share"] .said')) !== '', 'feedback shown');
      expect(stub.copied).to.have.length(1);
      expect(stub.copied[0].startsWith(location.href.replace(/#.*$/, ''))).to.equal(true);
      expect(fragmentOf(stub.copied[0])).to.equal('#fw:calc.monthly-downloads=250');
      expect(text($(el, '[part="share"] .said'))).to.equal('Link copied.');
      expect(text($(el, '.live[role="status"]'))).to.equal('Link copied.'); // announced in the widget's one live region
      expect(stub.copied[0].length).to.be.below(2000);
    } finally {
      stub.restore();
    }
  });

  it('on a phone it opens the share sheet; a cancelled sheet says nothing', async () => {
    const stub = stubSharing({ phone: true, share: () => Promise.resolve() });
    try {
      const el = await fixture<TaxWithholdingTable>(html`<tax-withholding-table></tax-withholding-table>`);
      $<HTMLInputElement>(el, '#usPerson').click();
      await el.updateComplete;
      $(el, '[part="share"] button').click();
      await waitUntil(() => stub.shared.length === 1, 'the share sheet opened');
      await waitUntil(() => text($(el, '[part="share"] .said')) !== '', 'feedback shown');
      expect(fragmentOf(String(stub.shared[0].url))).to.equal('#fw:tax-withholding-table-1.us-person=true');
      expect(stub.copied).to.deep.equal([]);
      expect(text($(el, '[part="share"] .said'))).to.equal('Link shared.');
    } finally {
      stub.restore();
    }
    const cancelled = stubSharing({ phone: true, share: () => Promise.reject(new DOMException('cancelled', 'AbortError')) });
    try {
      const el = await fixture<TaxWithholdingTable>(html`<tax-withholding-table></tax-withholding-table>`);
      $(el, '[part="share"] button').click();
      await el.updateComplete; // the chunk loads and the sheet is cancelled: a share holds the widget's updateComplete
      expect(cancelled.shared).to.have.length(1);
      expect(text($(el, '[part="share"]'))).to.equal('Share result');
      expect(text($(el, '.live'))).to.equal('');
    } finally {
      cancelled.restore();
    }
  });

  it('when neither the share sheet nor the clipboard works, shows the link selected, ready to copy', async () => {
    const stub = stubSharing({ clipboard: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) });
    try {
      const el = await fixture<FiverrLevelMeter>(html`<fiverr-level-meter id="me"></fiverr-level-meter>`);
      await typeInto(el, '#orders', '3');
      $(el, '[part="share"] button').click();
      await el.updateComplete;
      const input = $<HTMLInputElement>(el, '[part="share"] input');
      expect(fragmentOf(input.value)).to.equal('#fw:me.orders=3');
      expect([input.selectionStart, input.selectionEnd]).to.deep.equal([0, input.value.length]);
      expect(text($(el, '[part="share"] label'))).to.contain('Copy this link:');
      expect(text($(el, '.live[role="status"]'))).to.equal('Copy this link:'); // announced once, in the live region
      // The message lasts until the reader changes what the link holds.
      await typeInto(el, '#orders', '4');
      expect(el.shadowRoot!.querySelector('[part="share"] input')).to.equal(null);
    } finally {
      stub.restore();
    }
  });

  it('a link carries every widget’s changes, the sharing widget’s first', async () => {
    const stub = stubSharing({});
    try {
      const wrap = await fixture(
        html`<div>
          <royalty-tier-calc id="calc"></royalty-tier-calc>
          <tax-withholding-table for="calc"></tax-withholding-table>
        </div>`,
      );
      await rendered(wrap);
      const [calc, table] = [wrap.querySelector('royalty-tier-calc')!, wrap.querySelector('tax-withholding-table')!];
      await typeInto(calc, '#price', '0.5');
      await typeInto(table, '#usShare', '60');
      $(table, '[part="share"] button').click();
      await waitUntil(() => stub.copied.length === 1, 'copied');
      expect(fragmentOf(stub.copied[0])).to.equal('#fw:tax-withholding-table-1.us-share=60&calc.price=0.5');
    } finally {
      stub.restore();
    }
  });
});

describe('open a shared link', () => {
  afterEach(async () => {
    openAt('');
    await useLocale('en');
  });

  it('restores the settings as reader input: the inputs show them, limits apply, the linked table follows, no event, no focus taken', async () => {
    const scrolled: Element[] = [];
    const scroll = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    try {
      openAt('#fw:calc.monthly-downloads=250&calc.price=0.5&table.country=MY&calc.compare=adobe-stock');
      const wrap = await fixture(
        html`<div>
          <royalty-tier-calc id="calc"></royalty-tier-calc>
          <tax-withholding-table id="table" for="calc"></tax-withholding-table>
        </div>`,
      );
      const calc = wrap.querySelector('royalty-tier-calc') as RoyaltyTierCalc;
      const table = wrap.querySelector('tax-withholding-table') as TaxWithholdingTable;
      const events = record(calc, 'royalty-change');
      await rendered(wrap);
      await waitUntil(() => table.result.country === 'MY' && table.result.netWithTin === 1045.62, 'the link is taken');
      await calc.updateComplete;
      expect(calc.result.yearTotal).to.equal(443.75); // 250 a month at $0.50
      expect(calc.result.agencies?.[0].yearTotal).to.equal(1050); // Adobe Stock: 1,000 at $0.33, then 2,000 at $0.36 (lifetime floors)
      expect($<HTMLInputElement>(calc, '#monthlyDownloads').value).to.equal('250');
      expect($<HTMLInputElement>(calc, '#price').value).to.equal('0.5');
      // The table takes the US royalties, Shutterstock's $443.75 and Adobe Stock's $1,050.00; Malaysia: no treaty, 30% in whole cents.
      expect(table.result).to.include({ country: 'MY', withheldWithTin: 448.13, netWithTin: 1045.62 });
      expect(events).to.deep.equal([]);
      expect(document.activeElement).to.equal(document.body);
      await waitUntil(() => scrolled.length > 0, 'the first widget named scrolls into view');
      expect(scrolled).to.deep.equal([calc]); // the first widget named, once
      expect(text(calc)).not.to.contain('could not be used');
    } finally {
      Element.prototype.scrollIntoView = scroll;
    }
  });

  it('the link’s values win over the widget’s own attributes (the post’s numbers), and a later attribute change still replaces them', async () => {
    openAt('#fw:calc.monthly-downloads=250');
    const el = await fixture<RoyaltyTierCalc>(html`<royalty-tier-calc id="calc" monthly-downloads="100" price="0.5"></royalty-tier-calc>`);
    await waitUntil(() => el.result.months[0].downloads === 250, 'the link is taken');
    el.monthlyDownloads = 10; // the page changes it later: that replaces the reader's value, as when typing
    await el.updateComplete;
    expect(el.result.months[0].downloads).to.equal(10);
  });

  it('an Indonesian reader sees the values in their own notation (0,5), read back exactly', async () => {
    await useLocale('id');
    openAt('#fw:calc.price=0.5&calc.monthly-downloads=1500');
    const el = await fixture<RoyaltyTierCalc>(html`<royalty-tier-calc id="calc"></royalty-tier-calc>`);
    await waitUntil(() => $<HTMLInputElement>(el, '#price').value === '0,5', 'the link is taken');
    expect($<HTMLInputElement>(el, '#monthlyDownloads').value).to.equal('1.500');
    expect(el.result.months[0].downloads).to.equal(1500);
  });

  it('widgets without an id are addressed by their place: the second table takes its own part only', async () => {
    openAt('#fw:tax-withholding-table-2.country=MY');
    const wrap = await fixture(
      html`<div><tax-withholding-table></tax-withholding-table><tax-withholding-table></tax-withholding-table></div>`,
    );
    await rendered(wrap);
    const [first, second] = [...wrap.querySelectorAll('tax-withholding-table')] as TaxWithholdingTable[];
    await waitUntil(() => second.result.country === 'MY', 'the second table takes its part');
    await first.updateComplete; // a widget opened from a link is complete once it has read it
    expect([first.result.country, second.result.country]).to.deep.equal(['ID', 'MY']);
  });

  it('id-less widgets in other components’ shadow roots each have their own place: a link changes one only', async () => {
    openAt('#fw:royalty-tier-calc-2.price=2');
    const wrap = await fixture(html`<div><span></span><span></span></div>`);
    const calcs = [...wrap.children].map((host) => {
      const calc = document.createElement('royalty-tier-calc') as RoyaltyTierCalc;
      host.attachShadow({ mode: 'open' }).append(calc);
      return calc;
    });
    await Promise.all(calcs.map((c) => c.updateComplete));
    expect(calcs.map((c) => c.result.yearTotal)).to.deep.equal([317.5, 635]);
  });

  it('ids with any characters round-trip and never touch another widget (“a” and “a.b”)', async () => {
    const stub = stubSharing({});
    try {
      const odd = 'x y&z=1#ä.b';
      const wrap = await fixture(
        html`<div><royalty-tier-calc id="a"></royalty-tier-calc><royalty-tier-calc id=${odd}></royalty-tier-calc></div>`,
      );
      const [a, b] = [...wrap.children] as RoyaltyTierCalc[];
      await Promise.all([a.updateComplete, b.updateComplete]);
      await typeInto(b, '#price', '2');
      $(b, '[part="share"] button').click();
      await b.updateComplete;
      expect(stub.copied).to.have.length(1);
      wrap.remove(); // the same post, opened again: no other widget holds these ids
      openAt(stub.copied[0].slice(stub.copied[0].indexOf('#')));
      const again = await fixture(
        html`<div><royalty-tier-calc id="a"></royalty-tier-calc><royalty-tier-calc id=${odd}></royalty-tier-calc></div>`,
      );
      const [a2, b2] = [...again.children] as RoyaltyTierCalc[];
      await Promise.all([a2.updateComplete, b2.updateComplete]);
      expect([a2.result.yearTotal, b2.result.yearTotal]).to.deep.equal([317.5, 635]);
      expect(text(a2)).not.to.contain('could not be used');
      again.remove();
      openAt('#fw:a.b.price=3');
      const dotted = await fixture(
        html`<div><royalty-tier-calc id="a"></royalty-tier-calc><royalty-tier-calc id="a.b"></royalty-tier-calc></div>`,
      );
      const [da, db] = [...dotted.children] as RoyaltyTierCalc[];
      await Promise.all([da.updateComplete, db.updateComplete]);
      expect([da.result.yearTotal, db.result.yearTotal]).to.deep.equal([317.5, 952.5]);
      expect(text(da)).not.to.contain('could not be used');
    } finally {
      stub.restore();
    }
  });

  it('one hash-change listener for the page, not one per widget; no property is added to the element', async () => {
    const added: string[] = [];
    const add = window.addEventListener;
    window.addEventListener = function (this: Window, type: string, ...rest: unknown[]) {
      added.push(type);
      return (add as (...a: unknown[]) => void).call(this, type, ...rest);
    } as typeof window.addEventListener;
    try {
      const wrap = await fixture(html`<div>${Array.from({ length: 5 }, () => html`<fiverr-level-meter></fiverr-level-meter>`)}</div>`);
      await rendered(wrap);
      expect(added.filter((t) => t === 'hashchange')).to.deep.equal([]);
      expect(Object.keys(wrap.firstElementChild!).filter((k) => /share/i.test(k))).to.deep.equal([]);
    } finally {
      window.addEventListener = add;
    }
  });

  it('a link opened later on the same page (hashchange) is taken too', async () => {
    const el = await fixture<FiverrLevelMeter>(html`<fiverr-level-meter id="m"></fiverr-level-meter>`);
    location.hash = '#fw:m.orders=5&m.rating=4.4&m.success-score=5&m.response-rate=80&m.unique-clients=3&m.earnings=400';
    await waitUntil(() => el.level === 'level-1', 'the link opened later is taken');
  });

  it('share="off" and readonly widgets ignore links', async () => {
    openAt('#fw:a.price=3&b.price=3');
    const off = await fixture<RoyaltyTierCalc>(html`<royalty-tier-calc id="a" share="off"></royalty-tier-calc>`);
    const ro = await fixture<RoyaltyTierCalc>(html`<royalty-tier-calc id="b" readonly></royalty-tier-calc>`);
    expect([off.result.yearTotal, ro.result.yearTotal]).to.deep.equal([317.5, 317.5]);
  });

  it('the page’s own anchors (#comments, #more) are left alone: nothing changes, nothing is said', async () => {
    for (const anchor of ['#comments', '#more', '#fw', '#fwcalc.price=3', '#calc.price=3']) {
      openAt(anchor);
      const el = await fixture<RoyaltyTierCalc>(html`<royalty-tier-calc id="calc"></royalty-tier-calc>`);
      expect(el.result.yearTotal, anchor).to.equal(317.5);
      expect(el.shadowRoot!.querySelector('.notice'), anchor).to.equal(null);
      expect(location.hash, anchor).to.equal(anchor);
    }
  });

  const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
  for (const [what, fragment] of [
    ['a script', `#fw:calc.price=${encodeURIComponent(payload)}`],
    ['100 KB', `#fw:calc.price=${'9'.repeat(100_000)}`],
    ['broken encoding', '#fw:calc.price=%E0%A4%A&calc.monthly-downloads=%FF%FE'],
    ['unknown names', '#fw:calc.tiers=0:90&calc.theme=dark&calc.share=off&calc.readonly=true&calc.x=1'],
    ['another widget’s values', '#fw:calc.country=MY&calc.orders=5&calc.us-person=true'],
    ['values beyond the limits', '#fw:calc.monthly-downloads=-5&calc.price=1e999&calc.start-month=13&calc.media=audio'],
    ['a flood of names', `#fw:${Array.from({ length: 400 }, (_, i) => `calc.x${i}=1`).join('&')}`],
  ] as const) {
    it(`a hostile link (${what}) changes nothing a reader could not type, shows at most a short notice, never throws`, async () => {
      openAt(fragment);
      const errors: unknown[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.error);
      window.addEventListener('error', onError);
      try {
        const el = await fixture<RoyaltyTierCalc>(html`<royalty-tier-calc id="calc"></royalty-tier-calc>`);
        await el.updateComplete; // complete once the link code has read the link
        expect(el.result.yearTotal).to.equal(317.5); // the defaults: nothing usable was in the link
        expect(window.__xss).to.equal(undefined);
        expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
        expect(text(el)).not.to.match(BROKEN);
        const notices = [...el.shadowRoot!.querySelectorAll('.notice')].map((n) => text(n));
        expect(notices.length).to.be.at.most(1);
        if (notices.length) expect(notices[0]).to.equal('Some settings in this link could not be used.');
        expect(errors).to.deep.equal([]);
        expect(el.shadowRoot!.querySelector<HTMLInputElement>('#price')!.value.length).to.be.below(50);
      } finally {
        window.removeEventListener('error', onError);
      }
    });
  }
});
