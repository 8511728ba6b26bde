/*
 * The built CDN bundle (cdn/, made by `npm test`'s pretest) in real pages, as
 * bloggers paste it: elements already in the HTML, a hostile theme, the
 * script twice or in two versions, a strict CSP, and layout shift.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../support/define-all.js';
import { ELEMENT_NAMES } from '../../src/element-names.js';

interface Probe {
  errors: string[];
  warnings: string[];
  violations: string[];
  cls: number;
  shifts: number[];
  /** Adds the layout shifts of frames already drawn that the observer has not delivered yet. */
  flush(): void;
}
type FrameWindow = Window & typeof globalThis & { __probe: Probe };

/** Opens a fixture page in an iframe and waits until its widgets have rendered. */
async function openPage(name: string, width = 1024, height = 800): Promise<{ win: FrameWindow; doc: Document; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = String(height);
  frame.src = `/tests/cdn/fixtures/${name}`;
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  const win = frame.contentWindow as FrameWindow;
  const doc = frame.contentDocument as Document;
  const widgets = () => [...doc.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>(ELEMENT_NAMES.join(','))];
  await waitUntil(() => widgets().every((w) => w.shadowRoot?.querySelector('[part="base"]')), 'rendered', { timeout: 8000 });
  await Promise.all(widgets().map((w) => w.updateComplete));
  await drawn(win);
  return { win, doc, frame };
}

/** Resolves once the page has drawn what it holds now: two frames (the next one renders, the one after starts after it). */
const drawn = (win: Window) =>
  new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(r)));

/** What a reader sees (innerText follows the layout: block boundaries become line breaks). */
const shadowText = (doc: Document, tag: string) =>
  ((doc.querySelector(tag)?.shadowRoot?.querySelector('[part="base"]') as HTMLElement | null)?.innerText ?? '').replace(/\s+/g, ' ');

describe('CDN bundle on a blog post', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('the bundle is Lit’s production build', async () => {
    const code = await (await fetch('/cdn/freelancer-widgets.js')).text();
    expect(code).not.to.contain('Lit is in dev mode');
    expect(code).to.contain('customElements');
  });

  it('carries the Blogger feed reader only in the chunk a cloud with `src` loads', async () => {
    for (const entry of ['freelancer-widgets', 'tag-cloud']) {
      const code = await (await fetch(`/cdn/${entry}.js`)).text();
      // The feed's code, not its Indonesian words (…-id-cloud-feed-…, chunk-strings.ts).
      const chunk = /["'](\.\/chunks\/[^"']*(?<!-id)-cloud-feed-[^"']*\.js)["']/.exec(code)?.[1];
      expect(chunk, `${entry}.js imports the feed chunk`).to.be.a('string');
      const reader = await (await fetch(new URL(chunk as string, new URL(`/cdn/${entry}.js`, location.href)))).text();
      // The paging parameter exists only in core/blogger-feed.ts.
      expect(code, entry).not.to.contain('start-index');
      expect(reader, `${entry}'s feed chunk`).to.contain('start-index');
    }
  });

  for (const [lang, expected] of [
    ['id', { calc: 'Penghasilan Januari–Desember US$317,50 ≈ Rp 5.159.375', tax: 'Dengan NPWP, potongan pajak untuk setiap US$317,50 berkurang US$63,50', fiverr: 'Menuju Level 2', cloud: 'Kata kunci' }],
    ['en', { calc: 'Earnings January–December $317.50 ≈ IDR 5,159,375', tax: 'With NPWP, $63.50 (≈ IDR 1,031,875) less is withheld of every $317.50.', fiverr: 'Toward Level 2', cloud: 'Keywords' }],
  ] as const) {
    it(`upgrades the four widgets already in a lang="${lang}" page, in that language`, async () => {
      const { win, doc } = await openPage(`post-${lang}.html`);
      expect(shadowText(doc, 'royalty-tier-calc')).to.contain(expected.calc);
      expect(shadowText(doc, 'tax-withholding-table')).to.contain(expected.tax);
      expect(shadowText(doc, 'fiverr-level-meter')).to.contain(expected.fiverr);
      expect(doc.querySelector('tag-cloud')!.shadowRoot!.querySelector('[role="list"]')!.getAttribute('aria-label')).to.equal(expected.cloud);
      expect(win.__probe.errors).to.deep.equal([]);
      expect(win.__probe.warnings).to.deep.equal([]);
    });
  }

  for (const [lang, expected, wrong] of [
    [
      'en',
      {
        'new-freelancer': ['Toward Level 1', 'Still missing: Success score (1–10) not entered, +4.4 rating, +80 percentage points, 2 more orders, 2 more clients, $300.00 more.', '3 / 5 · reported'],
        'own-targets': ['18 / 25 · your target', 'The targets for Level 2 are yours'],
        'us-citizen': ['US citizens and US residents give a W-9, not a W-8BEN, wherever they live.', 'These are estimates.'],
        'us-resident': ['give a W-9, not a W-8BEN'],
        'swiss-video': ['The treaty table lists no film & TV rate for Switzerland: 30% applies unless the agency applies another article of the treaty.'],
        italy: ['The 5% seen elsewhere is the treaty rate for equipment rental (and software), or the copyright rate of the 1984 treaty'],
        npwp: ['With NPWP, $63.50 less is withheld of every $317.50.', 'PPh Pasal 24', '(line 6a, foreign TIN)', 'until 31 December 2024 (PER-6/PJ/2024); Coretax has run since 1 January 2025.', 'claimed back from the IRS on a US tax return', 'revised February 2019'],
        video: ['We found no published minimum per video download', 'Not included: Shutterstock’s Contributor Fund'],
      },
      /Not published|saves you|disputed|line 6[^a]|30 June 2024|The treaty rate needs a W-8BEN[^]*wherever they live|until Coretax started|including those of US territories/,
    ],
    [
      'id',
      {
        'new-freelancer': ['Menuju Level 1', '2 pesanan lagi, 2 klien lagi, US$300,00 lagi.', '3 / 5 · laporan freelancer'],
        'own-targets': ['18 / 25 · targetmu', 'Target untuk Level 2 adalah targetmu sendiri'],
        'us-citizen': ['Warga negara dan penduduk AS mengisi W-9, bukan W-8BEN, di mana pun mereka tinggal.', 'konsultan pajak'],
        'us-resident': ['mengisi W-9, bukan W-8BEN'],
        'swiss-video': ['Tabel perjanjian pajak tidak mencantumkan tarif pajak film dan TV untuk Swiss'],
        italy: ['tarif perjanjian untuk sewa peralatan (dan software)'],
        npwp: ['Dengan NPWP, potongan pajak untuk setiap US$317,50 berkurang US$63,50.', 'PPh Pasal 24', '(baris 6a, foreign TIN)', 'sampai 31 Desember 2024 (PER-6/PJ/2024); Coretax berlaku sejak 1 Januari 2025.', 'diminta kembali ke IRS', 'revisi Februari 2019'],
        video: ['Kami tidak menemukan royalti minimum per unduhan video', 'Tidak termasuk: Contributor Fund Shutterstock'],
      },
      /\bpenjual\b|hemat|diperdebatkan|dasbor kamu|TIN \(NPWP\)|&amp;|dilaporkan|\bkurang US\$|sampai Coretax berjalan/,
    ],
  ] as const) {
    it(`the cases readers bring give the corrected answers on the minified bundle (${lang})`, async () => {
      const { win, doc } = await openPage(`cases-${lang}.html`);
      for (const [id, phrases] of Object.entries(expected)) {
        const said = ((doc.getElementById(id)?.shadowRoot?.querySelector('[part="base"]') as HTMLElement | null)?.innerText ?? '').replace(/\s+/g, ' ');
        for (const phrase of phrases) expect(said, `#${id}`).to.contain(phrase);
        expect(said, `#${id}`).not.to.match(wrong);
      }
      expect(doc.getElementById('new-freelancer')!.getAttribute('level')).to.equal('new');
      expect(win.__probe.errors).to.deep.equal([]);
    });
  }

  it('share: a reader types, shares, opens the link in a new page, and sees the same numbers; the linked table follows', async () => {
    const { win, doc } = await openPage('post-en.html');
    const copied: string[] = [];
    Object.defineProperty(win.navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void copied.push(t) } });
    const calc = doc.querySelector('royalty-tier-calc') as HTMLElement & { updateComplete: Promise<unknown>; result: { yearTotal: number } };
    for (const [field, value] of [
      ['#monthlyDownloads', '250'],
      ['#price', '0.5'],
    ]) {
      const input = calc.shadowRoot!.querySelector<HTMLInputElement>(field)!;
      input.value = value;
      input.dispatchEvent(new win.Event('input', { bubbles: true, composed: true }));
      await calc.updateComplete;
    }
    calc.shadowRoot!.querySelector<HTMLButtonElement>('[part="share"] button')!.click();
    await waitUntil(() => copied.length === 1, 'the link is copied');
    const link = new URL(copied[0]);
    expect(link.pathname).to.equal('/tests/cdn/fixtures/post-en.html');
    expect(decodeURIComponent(link.hash)).to.equal('#fw:calc.monthly-downloads=250&calc.price=0.5');
    // Opened in a new page: the same numbers, as if the reader had typed them; the table follows its calculator.
    const reopened = await openPage(`post-en.html${link.hash}`);
    const again = reopened.doc.querySelector('royalty-tier-calc') as typeof calc;
    const table = reopened.doc.querySelector('tax-withholding-table') as HTMLElement & { result: { netWithTin: number } };
    await waitUntil(() => table.result.netWithTin === 399.37, 'the table follows $443.75');
    expect(again.result.yearTotal).to.equal(443.75);
    expect(again.shadowRoot!.querySelector<HTMLInputElement>('#monthlyDownloads')!.value).to.equal('250');
    expect(reopened.win.__probe.errors).to.deep.equal([]);
  });

  it('the minified bundle draws the same words, spaces included, as the source', async () => {
    const { doc } = await openPage('post-en.html');
    // The same widgets built from the source, on this page (the tax table linked to its calculator here too).
    const copies = document.createElement('div');
    for (const pasted of doc.querySelectorAll(ELEMENT_NAMES.join(','))) {
      const copy = document.createElement(pasted.localName);
      for (const { name, value } of pasted.attributes) copy.setAttribute(name, value);
      copy.textContent = pasted.textContent;
      copies.append(copy);
    }
    document.body.append(copies);
    try {
      await waitUntil(() => [...copies.children].every((c) => c.matches(':state(ready)')), 'source copies rendered');
      const words = (el: Element) => (el.shadowRoot!.querySelector('[part="base"]') as HTMLElement).innerText.replace(/\s+/g, ' ');
      for (const copy of copies.children) {
        const [built, fromSource] = [words(doc.querySelector(copy.localName)!), words(copy)];
        let at = 0; // the first difference, shown with its surroundings
        while (at < built.length && built[at] === fromSource[at]) at++;
        expect(built.slice(Math.max(0, at - 40), at + 40), copy.localName).to.equal(fromSource.slice(Math.max(0, at - 40), at + 40));
      }
    } finally {
      copies.remove();
    }
  });

  for (const width of [320, 390]) {
    it(`fits a ${width}px phone: nothing wider than the screen, tables without sideways scrolling`, async () => {
      const { win, doc } = await openPage('post-id.html', width, 800);
      const page = doc.documentElement;
      expect(page.scrollWidth, 'page').to.be.at.most(win.innerWidth);
      for (const tag of ELEMENT_NAMES) {
        const root = doc.querySelector(tag)!.shadowRoot!;
        for (const wrap of root.querySelectorAll('.table-wrap')) expect(wrap.scrollWidth - wrap.clientWidth, `${tag} table`).to.be.at.most(0);
      }
    });
  }

  it('survives an aggressive Blogger theme and inherits only the font on purpose', async () => {
    const { win, doc } = await openPage('theme-post.html');
    const calc = doc.querySelector('royalty-tier-calc')!;
    const base = calc.shadowRoot!.querySelector('[part="base"]')!;
    const style = win.getComputedStyle(base);
    expect(style.fontFamily).to.contain('Georgia'); // the page's font, on purpose
    expect(style.textTransform).to.equal('none');
    expect(style.letterSpacing).to.equal('normal');
    expect(style.textAlign).to.equal('start');
    expect(style.textIndent).to.equal('0px');
    expect(style.lineHeight).to.not.equal(win.getComputedStyle(doc.body).lineHeight);
    const td = calc.shadowRoot!.querySelector('td')!;
    expect(win.getComputedStyle(td).borderTopStyle).to.equal('none');
    const input = calc.shadowRoot!.querySelector('input')!;
    expect(win.getComputedStyle(input).backgroundColor).to.not.equal('rgb(255, 255, 0)');
    expect(input.getBoundingClientRect().width).to.be.greaterThan(100);
    const li = doc.querySelector('tag-cloud')!.shadowRoot!.querySelector('[role="listitem"]')!;
    expect(win.getComputedStyle(li, '::before').content).to.equal('none');
    expect(win.__probe.errors).to.deep.equal([]);
  });

  it('another @lit/localize app switching its own locale changes neither our words nor how we read numbers', async () => {
    const { win, doc } = await openPage('other-localize.html');
    await (win as unknown as { otherApp: { setLocale: (l: string) => Promise<void> } }).otherApp.setLocale('fr');
    const calc = doc.querySelector('royalty-tier-calc') as HTMLElement & { updateComplete: Promise<unknown>; result: { yearTotal: number } };
    await calc.updateComplete;
    const price = calc.shadowRoot!.getElementById('price') as HTMLInputElement;
    price.value = '0,5';
    price.dispatchEvent(new Event('input'));
    await calc.updateComplete;
    expect(calc.shadowRoot!.getElementById('price-msg')!.textContent).to.equal('');
    expect(shadowText(doc, 'royalty-tier-calc')).to.contain('Harga rata-rata per lisensi');
    expect(shadowText(doc, 'royalty-tier-calc')).to.contain('US$');
    expect(calc.result.yearTotal).to.equal(161.25); // 100 a month at $0.50, read as Indonesian "0,5"
    expect(win.__probe.errors).to.deep.equal([]);
  });

  it('renders all four under a strict Content-Security-Policy with no violation', async () => {
    const { win, doc } = await openPage('csp-post.html');
    for (const tag of ELEMENT_NAMES) expect(doc.querySelector(tag)!.shadowRoot!.querySelector('[part="base"]'), tag).not.to.equal(null);
    expect(shadowText(doc, 'tax-withholding-table')).to.contain('US$285,75');
    // The cloud's sizes come from a constructed stylesheet, allowed under style-src 'self'.
    const tags = doc.querySelector('tag-cloud')!.shadowRoot!.querySelectorAll('a');
    expect(tags.length).to.equal(5);
    expect(win.__probe.violations).to.deep.equal([]);
    expect(win.__probe.errors).to.deep.equal([]);
  });

  it('the same script twice, then a copy built as another version: no error, the widgets work, one warning', async () => {
    const { win, doc } = await openPage('two-versions.html');
    expect(shadowText(doc, 'royalty-tier-calc')).to.contain('$317.50');
    expect(doc.querySelector('tag-cloud')!.shadowRoot!.querySelectorAll('a')).to.have.length(2);
    expect(win.__probe.errors).to.deep.equal([]);
    expect(win.__probe.warnings).to.have.length(1);
    expect(win.__probe.warnings[0]).to.contain('freelancer-widgets 9.9.9-test');
    expect(win.__probe.warnings[0]).to.contain('freelancer-widgets 1.0.0');
  });

  it('a single-widget file and the full bundle together: no error, everything renders', async () => {
    const { win, doc } = await openPage('single-plus-full.html');
    expect(shadowText(doc, 'royalty-tier-calc')).to.contain('US$317,50');
    expect(doc.querySelector('tag-cloud')!.shadowRoot!.querySelectorAll('a')).to.have.length(2);
    expect(win.__probe.errors).to.deep.equal([]);
    expect(win.__probe.warnings.length).to.be.at.most(1);
  });
});

describe('one language per bundle (cdn/id/, cdn/en/)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  /** A file's text, and the text of the chunks it names (the chunks carry no language's words either). */
  const files = async (path: string) => {
    const code = await (await fetch(path)).text();
    const chunks = [...code.matchAll(/["'](\.\/chunks\/[^"']+\.js)["']/g)].map((m) => new URL(m[1], new URL(path, location.href)).href);
    return [code, ...(await Promise.all(chunks.map(async (c) => (await fetch(c)).text())))].join('\n');
  };

  for (const name of ['freelancer-widgets', ...ELEMENT_NAMES]) {
    it(`cdn/id/${name}.js and cdn/en/${name}.js carry their own language only, and no localization runtime`, async () => {
      const id = await files(`/cdn/id/${name}.js`);
      const en = await files(`/cdn/en/${name}.js`);
      // The tag cloud's words are its own; the calculators share the share button's.
      const [ownId, ownEn] = name === 'tag-cloud' ? ['Kata kunci', 'Keywords'] : ['Bagikan hasil', 'Share result'];
      expect(id, 'Indonesian words in the Indonesian file').to.contain(ownId);
      expect(id, 'English words in the Indonesian file').not.to.contain(ownEn);
      expect(en, 'English words in the English file').to.contain(ownEn);
      expect(en, 'Indonesian words in the English file').not.to.contain(ownId);
      for (const code of [id, en]) {
        expect(code).not.to.contain('lit-localize-status'); // the runtime's event: no runtime
        expect(code).not.to.contain('Lit is in dev mode');
      }
    });
  }

  it('the Indonesian bundle speaks Indonesian on a page whose lang says English', async () => {
    const { win, doc } = await openPage('id-bundle-en-page.html');
    expect(shadowText(doc, 'royalty-tier-calc')).to.contain('Penghasilan Januari–Desember US$317,50');
    expect(shadowText(doc, 'tax-withholding-table')).to.contain('Dengan NPWP');
    expect(doc.querySelector('tag-cloud')!.shadowRoot!.querySelector('[role="list"]')!.getAttribute('aria-label')).to.equal('Kata kunci');
    // Numbers are read as the bundle's language writes them: "0,5" is a half.
    const calc = doc.querySelector('royalty-tier-calc') as HTMLElement & { updateComplete: Promise<unknown>; result: { yearTotal: number } };
    const price = calc.shadowRoot!.getElementById('price') as HTMLInputElement;
    price.value = '0,5';
    price.dispatchEvent(new win.Event('input'));
    await calc.updateComplete;
    expect(calc.result.yearTotal).to.equal(161.25);
    expect(win.__probe.errors).to.deep.equal([]);
    expect(win.__probe.warnings).to.deep.equal([]);
  });

  it('the English bundle speaks English on a page whose lang says Indonesian', async () => {
    const { win, doc } = await openPage('en-bundle-id-page.html');
    expect(shadowText(doc, 'royalty-tier-calc')).to.contain('Earnings January–December $317.50');
    expect(shadowText(doc, 'fiverr-level-meter')).to.contain('Toward Level 2');
    expect(win.__probe.errors).to.deep.equal([]);
  });

  it('each widget’s own one-language file: the four together, in Indonesian, with no error', async () => {
    const { win, doc } = await openPage('id-single-files.html');
    expect(shadowText(doc, 'royalty-tier-calc')).to.contain('US$317,50');
    expect(shadowText(doc, 'tax-withholding-table')).to.contain('Dengan NPWP');
    expect(win.__probe.errors).to.deep.equal([]);
  });
});

describe('the other agencies on the minified bundles (the comparison chunk)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  type Calc = HTMLElement & { result: { yearTotal: number; usYearTotal: number; agencies?: { agency: string; yearTotal: number; usPayer: boolean }[] } };
  const years = (doc: Document, id: string) =>
    Object.fromEntries(((doc.getElementById(id) as Calc).result.agencies ?? []).map((a) => [a.agency, a.yearTotal]));

  for (const [lang, words] of [
    ['en', { adobe: 'Adobe Stock, January–December $396.00', istock: 'iStock, January–December $180.00', all: 'All agencies, January–December $893.50', amount: 'Amount: the year’s royalties from US agencies in the calculator on this page (Shutterstock, Adobe Stock, iStock).' }],
    ['id', { adobe: 'Adobe Stock, Januari–Desember US$396,00', istock: 'iStock, Januari–Desember US$180,00', all: 'Semua agensi, Januari–Desember US$893,50', amount: 'Jumlah: royalti setahun dari agensi AS di kalkulator halaman ini (Shutterstock, Adobe Stock, iStock).' }],
  ] as const) {
    it(`every figure, exact, as a reader sees it (${lang})`, async () => {
      const { win, doc } = await openPage(`agencies-${lang}.html`);
      const said = (id: string) => ((doc.getElementById(id)!.shadowRoot!.querySelector('[part="base"]') as HTMLElement).innerText ?? '').replace(/\s+/g, ' ');
      expect((doc.getElementById('portfolio') as Calc).result.yearTotal).to.equal(317.5);
      expect(years(doc, 'portfolio')).to.deep.equal({ 'adobe-stock': 396, istock: 180 });
      for (const phrase of [words.adobe, words.istock, words.all]) expect(said('portfolio')).to.contain(phrase);
      expect([years(doc, 'adobe-0'), years(doc, 'adobe-5000'), years(doc, 'adobe-9500')]).to.deep.equal([
        { 'adobe-stock': 402 },
        { 'adobe-stock': 432 },
        { 'adobe-stock': 446 },
      ]);
      expect(years(doc, 'video')).to.deep.equal({ 'adobe-stock': 840, istock: 480 });
      const freepik = doc.getElementById('freepik') as Calc;
      expect(years(doc, 'freepik')).to.deep.equal({ freepik: 180 });
      expect(freepik.result.usYearTotal).to.equal(317.5); // Freepik is not a US payer
      const table = doc.getElementById('portfolio-tax') as HTMLElement & { result: { netWithTin: number } };
      await waitUntil(() => table.result.netWithTin === 804.15, 'the table takes the US royalties: $893.50 less 10%');
      expect(said('portfolio-tax')).to.contain(words.amount);
      expect(win.__probe.errors).to.deep.equal([]);
      expect(win.__probe.warnings).to.deep.equal([]);
    });
  }

  it('a calculator without compare carries none of it: the agencies live in a chunk of their own', async () => {
    // The agencies' data, and their words in the bundle's language.
    for (const [path, words] of [
      ['/cdn/freelancer-widgets.js', ['xpiksapp', 'article_id=5210', 'Firefly Contributor bonus (for content']],
      ['/cdn/id/freelancer-widgets.js', ['xpiksapp', 'article_id=5210', 'Firefly']],
      ['/cdn/en/royalty-tier-calc.js', ['xpiksapp', 'article_id=5210', 'Firefly']],
    ] as const) {
      const code = await (await fetch(path)).text();
      const chunk = /["'](\.\/chunks\/[^"']*(?<!-id)-agency-comparison-[^"']*\.js)["']/.exec(code)?.[1];
      expect(chunk, `${path} names the comparison chunk`).to.be.a('string');
      const comparison = await (await fetch(new URL(chunk as string, new URL(path, location.href)))).text();
      for (const word of words) {
        expect(code, `${path}: ${word}`).not.to.contain(word);
        expect(comparison, `${path}'s chunk: ${word}`).to.contain(word);
      }
    }
  });

  it('the both-language bundle loads a chunk’s Indonesian words with the chunk, not with the page', async () => {
    const code = await (await fetch('/cdn/freelancer-widgets.js')).text();
    for (const [feature, word] of [
      ['agency-comparison', 'Firefly Contributor dari Adobe'],
      ['classic-rules', 'Seandainya aturan klasik'],
      ['special-cases', 'tidak punya perjanjian pajak'],
      ['cloud-feed', 'Blog ini belum punya label'],
    ]) {
      const chunk = new RegExp(`["'](\\./chunks/[^"']*-id-${feature}-[^"']*\\.js)["']`).exec(code)?.[1];
      expect(chunk, `the bundle names the Indonesian words of ${feature}`).to.be.a('string');
      const strings = await (await fetch(new URL(chunk as string, new URL('/cdn/freelancer-widgets.js', location.href)))).text();
      expect(code, feature).not.to.contain(word);
      expect(strings, feature).to.contain(word);
    }
  });
});

describe('failure is local: a page or browser that breaks part of the platform', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  type Widget = HTMLElement & { updateComplete: Promise<unknown> };
  /** Every widget settles (never pending), is complete and visible (the reservation CSS lets go). */
  const allSettle = async (win: FrameWindow, doc: Document) => {
    const widgets = [...doc.querySelectorAll<Widget>(ELEMENT_NAMES.join(','))];
    expect(widgets).to.have.length(4);
    await Promise.all(
      widgets.map((w) =>
        Promise.race([w.updateComplete, new Promise((_, reject) => setTimeout(() => reject(new Error(`${w.localName} never settled`)), 5000))]),
      ),
    );
    for (const w of widgets) {
      expect(w.matches(':state(ready)'), `${w.localName} ready`).to.equal(true);
      expect(win.getComputedStyle(w).visibility, `${w.localName} visible`).to.equal('visible');
      expect(w.getBoundingClientRect().height, `${w.localName} holds no empty room`).to.be.below(3000);
    }
    return widgets;
  };

  it('no Intl.DisplayNames (Safari before 14.1): all four render and settle; the table names countries by code', async () => {
    const { win, doc } = await openPage('broken-display-names.html');
    await allSettle(win, doc);
    expect(doc.querySelector('tax-withholding-table')!.matches(':state(error)')).to.equal(false);
    expect(shadowText(doc, 'tax-withholding-table')).to.contain('Dengan NPWP');
    expect(win.__probe.errors).to.deep.equal([]);
  });

  it('a scheduler.yield polyfill that never settles: the four are defined, render and settle', async () => {
    const { win, doc } = await openPage('broken-yield.html');
    await allSettle(win, doc);
    expect(shadowText(doc, 'royalty-tier-calc')).to.contain('US$317,50');
    expect(win.__probe.errors).to.deep.equal([]);
  });

  for (const page of ['broken-rupiah', 'broken-rupiah-id-bundle']) {
    it(`a formatter that throws (${page}): the widgets that need it show their own short error; the others are untouched`, async () => {
      const { win, doc } = await openPage(`${page}.html`);
      const widgets = await allSettle(win, doc);
      const failed = widgets.filter((w) => w.matches(':state(error)')).map((w) => w.localName);
      expect(failed).to.deep.equal(['royalty-tier-calc', 'tax-withholding-table']); // both show Rupiah (usd-idr)
      expect(shadowText(doc, 'royalty-tier-calc')).to.equal('Bagian ini tidak bisa ditampilkan di browser ini.');
      expect(shadowText(doc, 'fiverr-level-meter')).to.contain('Level 2');
      expect(doc.querySelector('tag-cloud')!.shadowRoot!.querySelectorAll('a')).to.have.length(5);
      expect(win.__probe.errors).to.deep.equal([]);
    });
  }
});

describe('CDN bundle: layout shift when the widgets upgrade', () => {
  it('the reservation CSS the docs show is the one measured here', async () => {
    const css = (await (await fetch('/docs/reserve.css')).text()).trim();
    const doc = await (await fetch('/docs/embedding.md')).text();
    expect(doc).to.contain(css);
  });

  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const [width, height] of [
    [390, 844],
    [1280, 900],
  ]) {
    it(`with the README's reservation CSS, CLS ≤ 0.01 at ${width}px; without it, the figure is reported`, async () => {
      // openPage returns once the widgets are complete and drawn; flush takes the shifts of those frames.
      const reserved = await openPage('layout-reserved.html', width, height);
      reserved.win.__probe.flush();
      const withCss = reserved.win.__probe.cls;
      reserved.frame.remove();
      const plain = await openPage('layout-plain.html', width, height);
      plain.win.__probe.flush();
      const without = plain.win.__probe.cls;
      console.log(`CLS at ${width}px: ${withCss.toFixed(4)} with reservation CSS, ${without.toFixed(4)} without`);
      expect(withCss).to.be.at.most(0.01);
    });
  }
});
