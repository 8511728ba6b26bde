/*
 * Real blog pages: light and dark pages whatever the reader's OS says, the
 * grey post backgrounds themes use, a 62.5% root font size, a 300 px sidebar,
 * 200% text on a 320 px phone, a reader's text-spacing override, hostile
 * inherited styles and another document. Every widget is checked with axe in
 * each, and every text it draws is measured against what is behind it.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../support/define-all.js';
import { backgroundOf, contrast, parseColor, textContrast } from '../support/contrast.js';
import { rendered } from '../support/helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };
const emulateScheme = (value: 'light' | 'dark') =>
  executeServerCommand('emulate-media-features', { features: [{ name: 'prefers-color-scheme', value }] });

/* Configurations that show most of what each widget can draw: notices, risks, Rupiah, badges, counts. */
const WIDGETS: Record<string, TemplateResult> = {
  'royalty-tier-calc': html`<royalty-tier-calc monthly-downloads="100" usd-idr="16250" tiers="oops"></royalty-tier-calc>`,
  'tax-withholding-table': html`<tax-withholding-table usd-idr="16250" us-share="60" media="film"></tax-withholding-table>`,
  'fiverr-level-meter': html`<fiverr-level-meter
    rules="classic"
    days-active="140"
    orders="47"
    earnings="1850"
    rating="4.8"
    response-rate="96"
    completion-rate="92"
    on-time-rate="100"
    current-level="nope"
  ></fiverr-level-meter>`,
  'tag-cloud': html`<tag-cloud show-count tags="microstock, npwp, npwp, w-8ben, passive income" href="#{tag}"></tag-cloud>`,
};
const LIGHT_PAGES = ['#ffffff', '#fafafa', '#f5f5f5', '#eeeeee', '#eceff1'];
const DARK_PAGES = ['#121212', '#1e1e1e'];

async function onPage(tag: string, background: string, extra = ''): Promise<Widget> {
  const wrap = await fixture(html`<div class="page" style="background:${background};padding:16px;${extra}">${WIDGETS[tag]}</div>`);
  await rendered(wrap);
  const el = wrap.firstElementChild as Widget;
  await el.updateComplete;
  return el;
}

/** Every element of a widget that holds text of its own, with its computed style. */
function texts(el: Element): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')].filter(
    (n) =>
      !n.closest('.visually-hidden') &&
      getComputedStyle(n).visibility !== 'hidden' &&
      n.getClientRects().length > 0 &&
      [...n.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim()),
  );
}
const large = (n: Element) => {
  const s = getComputedStyle(n);
  const px = parseFloat(s.fontSize);
  return px >= 24 || (px >= 18.66 && Number(s.fontWeight) >= 700);
};
const role = (n: Element) => `${n.localName}${n.classList.length ? `.${[...n.classList].join('.')}` : ''}`;
const isDark = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('[part="base"]')!).colorScheme === 'dark';

/* The lowest ratio measured per text role, per scheme: printed for the record (the closing note's table). */
const measured = new Map<string, number>();
after(() => {
  const rows = [...measured].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}: ${v.toFixed(2)}`);
  console.log(`contrast, lowest per text role:\n${rows.join('\n')}`);
});

function checkContrast(el: Element, scheme: string): void {
  for (const n of texts(el)) {
    const ratio = textContrast(n);
    const need = large(n) ? 3 : 4.5;
    expect(ratio, `${el.localName} ${role(n)} "${n.textContent!.trim().slice(0, 30)}" (${scheme})`).to.be.at.least(need);
    const key = `${scheme} ${el.localName} ${role(n)}`;
    measured.set(key, Math.min(measured.get(key) ?? Infinity, ratio));
  }
  // UI parts (WCAG 1.4.11): input borders and the focus ring against the surface, 3:1.
  const surface = backgroundOf(el.shadowRoot!.querySelector('[part="base"]')!);
  for (const input of el.shadowRoot!.querySelectorAll('input, select')) {
    const border = parseColor(getComputedStyle(input).borderTopColor)!;
    expect(contrast(border, surface), `${el.localName} input border (${scheme})`).to.be.at.least(3);
  }
  const link = el.shadowRoot!.querySelector('a, input');
  if (link) {
    (link as HTMLElement).focus();
    const ring = parseColor(getComputedStyle(link).outlineColor)!;
    expect(contrast(ring, surface), `${el.localName} focus ring (${scheme})`).to.be.at.least(3);
  }
}

describe('colours follow the page, not the reader’s OS', () => {
  afterEach(() => emulateScheme('light'));

  for (const tag of Object.keys(WIDGETS)) {
    it(`<${tag}> is light on every light page with the OS in dark mode, dark on dark pages with the OS in light mode; axe and contrast in each`, async () => {
      await emulateScheme('dark');
      for (const bg of LIGHT_PAGES) {
        const el = await onPage(tag, bg);
        expect(isDark(el), `${bg} page`).to.equal(false);
        checkContrast(el, 'light');
        await expect(el).to.be.accessible();
      }
      await emulateScheme('light');
      for (const bg of DARK_PAGES) {
        const el = await onPage(tag, bg);
        expect(isDark(el), `${bg} page`).to.equal(true);
        checkContrast(el, 'dark');
        await expect(el).to.be.accessible();
      }
    });
  }

  it('a dark page that only declares color-scheme: dark (no background) turns the widgets dark', async () => {
    const el = await onPage('royalty-tier-calc', 'transparent');
    expect(isDark(el)).to.equal(false);
    document.documentElement.style.colorScheme = 'dark';
    try {
      const next = await onPage('royalty-tier-calc', 'transparent');
      expect(isDark(next)).to.equal(true);
    } finally {
      document.documentElement.style.colorScheme = '';
    }
  });

  it('follows a theme’s dark toggle after the page has loaded', async () => {
    const el = await onPage('tax-withholding-table', '');
    const style = document.createElement('style');
    style.textContent = 'body.dark-mode .page { background: #121212 }';
    document.head.append(style);
    try {
      expect(isDark(el)).to.equal(false);
      document.body.classList.add('dark-mode');
      await waitUntil(() => isDark(el), 'dark after the toggle');
      document.body.classList.remove('dark-mode');
      await waitUntil(() => !isDark(el), 'light again');
    } finally {
      style.remove();
    }
  });

  it('theme="light|dark" overrides the page, and --fw-* tokens still win', async () => {
    const wrap = await fixture(
      html`<div style="background:#121212;--fw-accent:#b5179e">
        <royalty-tier-calc theme="light"></royalty-tier-calc>
        <tag-cloud theme="dark" tags="a"></tag-cloud>
      </div>`,
    );
    await rendered(wrap);
    const [calc, cloud] = [...wrap.children] as Widget[];
    await calc.updateComplete;
    expect(isDark(calc)).to.equal(false);
    expect(getComputedStyle(calc.shadowRoot!.querySelector('.stat.key')!).backgroundColor).to.equal('rgb(181, 23, 158)');
    const white = await fixture(html`<div style="background:#fff"><tag-cloud theme="dark" tags="a"></tag-cloud></div>`);
    await rendered(white);
    expect(isDark(white.firstElementChild!)).to.equal(true);
    expect(isDark(cloud)).to.equal(true);
  });
});

describe('layout follows the widget’s own width', () => {
  it('a 300 px sidebar on a 1280 px desktop gets the phone layout; nothing scrolls sideways at 280 px', async () => {
    for (const width of [300, 280]) {
      for (const tag of Object.keys(WIDGETS)) {
        const el = await onPage(tag, '#fff', `width:${width}px;box-sizing:border-box;padding:0`);
        const base = el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
        expect(base.scrollWidth, `${tag} at ${width}px`).to.be.at.most(base.clientWidth);
        for (const wrap of el.shadowRoot!.querySelectorAll('.table-wrap'))
          expect(wrap.scrollWidth - wrap.clientWidth, `${tag} table at ${width}px`).to.be.at.most(0);
        const fields = el.shadowRoot!.querySelector('.fields');
        if (fields) expect(getComputedStyle(fields).gridTemplateColumns.split(' ')).to.have.length(1);
      }
    }
    const calc = await onPage('royalty-tier-calc', '#fff', 'width:300px;padding:0');
    expect(getComputedStyle(calc.shadowRoot!.querySelector('td.downloads')!).display).to.equal('none');
    const wide = await onPage('royalty-tier-calc', '#fff', 'width:760px;padding:0');
    expect(getComputedStyle(wide.shadowRoot!.querySelector('td.downloads')!).display).to.equal('table-cell');
  });
});

/** Another document: an iframe of the given width, loaded with `body` (the widgets' tags stay this window's). */
async function frame(body = '<body></body>', width = 300): Promise<HTMLIFrameElement> {
  const f = document.createElement('iframe');
  f.width = String(width);
  f.height = '800';
  f.style.border = '0';
  f.srcdoc = `<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width"></head>${body}</html>`;
  document.body.append(f);
  await new Promise((r) => f.addEventListener('load', r, { once: true }));
  return f;
}

describe('theme layouts around the widget', () => {
  /* Themes put the post in a grid or a flex row, and bloggers put widgets in table cells and floats. */
  const LAYOUTS: Record<string, string> = {
    'grid column (1fr)': '<div style="display:grid;grid-template-columns:1fr"><article id="slot"></article></div>',
    'grid column in nested paddings':
      '<div style="display:grid;grid-template-columns:1fr;padding:0 20px"><article style="padding:0 24px"><div id="slot"></div></article></div>',
    'flex row': '<div style="display:flex"><article id="slot"></article></div>',
    'flex row, widget as item': '<div style="display:flex" id="slot"></div>',
    'table cell': '<table><tr><td id="slot"></td></tr></table>',
    float: '<div style="float:left" id="slot"></div>',
  };
  async function inFrame(width: number, layout: string, tag: string): Promise<{ doc: Document; el: Widget }> {
    const f = await frame(`<body style="margin:0;padding:16px">${layout}</body>`, width);
    const el = document.createElement(tag) as Widget;
    el.setAttribute('usd-idr', '16250');
    f.contentDocument!.getElementById('slot')!.append(el);
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot?.querySelector('[part="base"]'), tag);
    return { doc: f.contentDocument!, el };
  }
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('on a 390 px phone the widget fits the column in a grid, a flex row, a table cell and a float: nothing scrolls sideways', async () => {
    for (const [name, layout] of Object.entries(LAYOUTS)) {
      for (const tag of Object.keys(WIDGETS)) {
        const { doc, el } = await inFrame(390, layout, tag);
        expect(doc.documentElement.scrollWidth, `${tag} in a ${name}`).to.be.at.most(390);
        expect(el.getBoundingClientRect().right, `${tag} in a ${name}`).to.be.at.most(
          doc.getElementById('slot')!.getBoundingClientRect().right + 0.5,
        );
      }
    }
  });

  it('on a desktop the widget sized by its content (a table cell, a float) is a comfortable card, not a sliver', async () => {
    for (const name of ['table cell', 'float', 'flex row, widget as item']) {
      const { el } = await inFrame(1280, LAYOUTS[name], 'royalty-tier-calc');
      expect(el.getBoundingClientRect().width, name).to.be.at.least(600);
    }
  });
});

describe('sizes do not depend on the root font size', () => {
  afterEach(() => (document.documentElement.style.fontSize = ''));

  it('with html { font-size: 62.5% } no widget text is under 12 px', async () => {
    document.documentElement.style.fontSize = '62.5%';
    for (const tag of Object.keys(WIDGETS)) {
      const el = await onPage(tag, '#fff', 'font-size:1rem'); // a theme that forgot to set the post's size back
      for (const n of texts(el)) expect(parseFloat(getComputedStyle(n).fontSize), `${tag} ${role(n)}`).to.be.at.least(12);
    }
  });

  it('200% text on a 320 px phone: the chart’s month labels thin out instead of overlapping', async () => {
    for (const size of [16, 32]) {
      const el = await onPage('royalty-tier-calc', '#fff', `width:320px;font-size:${size}px;padding:0`);
      const labels = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.ticks .m')]
        .filter((m) => getComputedStyle(m).visibility !== 'hidden')
        .map((m) => m.getBoundingClientRect());
      expect(labels.length, `${size}px`).to.be.within(3, 12);
      for (let i = 1; i < labels.length; i++) expect(labels[i].left, `${size}px label ${i}`).to.be.at.least(labels[i - 1].right);
    }
  });

  it('200% text on a 320 px phone: level marks of neighbouring months (L2 in February, L3 in March) do not overlap', async () => {
    for (const [size, width] of [
      [16, 320],
      [32, 320],
      [32, 390],
      [16, 640],
    ]) {
      const el = await onPage('royalty-tier-calc', '#fff', `width:${width}px;font-size:${size}px;padding:0`);
      // The text's own box (a Range), not the label's: a block label is as wide as its column, its text may overflow it.
      const box = (m: Element) => {
        const range = document.createRange();
        range.selectNodeContents(m);
        return range.getBoundingClientRect();
      };
      const marks = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.ticks .step-label')].map((m) => [m.textContent, box(m)] as const);
      expect(marks.map(([t]) => t)).to.deep.equal(['L2', 'L3', 'L4']); // 100 a month: February, March, June
      for (let i = 0; i < marks.length; i++) {
        for (let j = i + 1; j < marks.length; j++) {
          const [a, b] = [marks[i][1], marks[j][1]];
          const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
          expect(overlap, `${size}px text, ${width}px: ${marks[i][0]} and ${marks[j][0]}`).to.equal(false);
        }
      }
    }
  });
});

describe('inherited styles from the theme', () => {
  it('text fill, white-space, writing mode, text-transform and letter-spacing on a post wrapper do not reach the widget', async () => {
    const hostile =
      '-webkit-text-fill-color:transparent;white-space:nowrap;writing-mode:vertical-rl;text-transform:uppercase;letter-spacing:0.3em;word-spacing:1em;text-indent:3em;font-style:italic;text-align:justify;width:600px;height:auto';
    for (const tag of Object.keys(WIDGETS)) {
      const el = await onPage(tag, '#fff', hostile);
      const title = el.shadowRoot!.querySelector('.title, [part="tag"]') as HTMLElement;
      const s = getComputedStyle(title);
      expect(s.webkitTextFillColor, tag).to.equal(s.color);
      expect([s.whiteSpace, s.writingMode, s.textTransform, s.letterSpacing, s.fontStyle], tag).to.deep.equal([
        'normal',
        'horizontal-tb',
        'none',
        'normal',
        'normal',
      ]);
      expect(el.getBoundingClientRect().width, tag).to.be.greaterThan(300);
    }
  });

  it('a reader’s WCAG 1.4.12 text-spacing override applies, and nothing is clipped or overlaps', async () => {
    const style = document.createElement('style');
    style.textContent =
      '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
    document.head.append(style);
    try {
      for (const tag of Object.keys(WIDGETS)) {
        const el = await onPage(tag, '#fff', 'width:390px;padding:0');
        const base = el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
        expect(getComputedStyle(base).letterSpacing, tag).to.equal(
          `${(parseFloat(getComputedStyle(base).fontSize) * 0.12).toFixed(2).replace(/\.?0+$/, '')}px`,
        );
        expect(base.scrollWidth, tag).to.be.at.most(base.clientWidth);
        for (const n of texts(el)) {
          const s = getComputedStyle(n);
          if (s.overflow !== 'visible' && !n.classList.contains('table-wrap'))
            expect(n.scrollHeight, `${tag} ${role(n)}`).to.be.at.most(n.clientHeight + 1);
        }
      }
    } finally {
      style.remove();
    }
  });
});

describe('other documents', () => {
  it('a widget moved into an iframe’s document keeps its styles', async () => {
    const el = await onPage('royalty-tier-calc', '#fff');
    const f = await frame();
    try {
      f.contentDocument!.body.append(el);
      await el.updateComplete;
      const base = el.shadowRoot!.querySelector('[part="base"]')!;
      const view = f.contentWindow!;
      expect(view.getComputedStyle(base).borderTopStyle).to.equal('solid');
      expect(view.getComputedStyle(base).backgroundColor).to.equal('rgb(255, 255, 255)');
      document.body.append(el); // and back
      await el.updateComplete;
      expect(getComputedStyle(base).borderTopStyle).to.equal('solid');
    } finally {
      f.remove();
      el.remove();
    }
  });

  it('a widget first connected inside an iframe renders, styled, without an error', async () => {
    const f = await frame();
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    try {
      for (const tag of Object.keys(WIDGETS)) {
        const el = document.createElement(tag) as Widget;
        f.contentDocument!.body.append(el);
        await el.updateComplete;
        const base = el.shadowRoot!.querySelector('[part="base"]')!;
        expect(f.contentWindow!.getComputedStyle(base).display, tag).to.equal('flow-root');
      }
      const cloud = f.contentDocument!.querySelector('tag-cloud') as Widget & { tags: string };
      cloud.tags = 'a, b, b';
      await cloud.updateComplete;
      expect(f.contentWindow!.getComputedStyle(cloud.shadowRoot!.querySelectorAll('a')[1]).fontSize).to.not.equal(
        f.contentWindow!.getComputedStyle(cloud.shadowRoot!.querySelectorAll('a')[0]).fontSize,
      );
    } finally {
      window.removeEventListener('error', onError);
      f.remove();
    }
    expect(errors).to.deep.equal([]);
  });
});
