// `npm run site`: the project's website, built into site/ (not committed): home, configurator, the
// bloggers' guide and the widget reference, in Indonesian (first) and English. Every URL in it is
// relative, so it works from any static host under any sub-path; it loads the widgets from its own copy
// of cdn/ (snippets show the jsDelivr URL). Needs `npm run build` first. Published by
// .github/workflows/pages.yml.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { marked } from 'marked';
import { toHtml } from './reference.mjs';
import { buildSnippet, elementHtml, readReserve } from '../site-src/snippet.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'site');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
const reference = JSON.parse(readFileSync(join(ROOT, 'xliff/reference.id.json'), 'utf8'));
const REPO = pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
if (!existsSync(join(ROOT, 'cdn/freelancer-widgets.js'))) throw new Error('site: cdn/ is missing; run npm run build first.');

/** The pages, per language: where each lives (relative to site/). */
const PAGES = {
  id: { home: 'index.html', configurator: 'konfigurator.html', guide: 'panduan.html', reference: 'referensi.html' },
  en: { home: 'en/index.html', configurator: 'en/configurator.html', guide: 'en/guide.html', reference: 'en/reference.html' },
};
const WORDS = {
  id: {
    home: 'Beranda',
    configurator: 'Konfigurator',
    guide: 'Panduan',
    reference: 'Referensi',
    other: 'English',
    title: 'Widget untuk blog freelancer dan microstock',
    pitch:
      'Ganti tabel statis dan baris kata kunci panjang di artikelmu dengan alat yang bisa langsung dipakai pembaca: kalkulator level Shutterstock, potongan pajak AS dengan dan tanpa NPWP, meter level Fiverr, dan awan tag. Bahasa Indonesia dan Inggris, cukup tempel di tampilan HTML Blogger.',
    start: 'Buka konfigurator',
    read: 'Baca panduan',
    paste: 'Atau tempel ini di tampilan HTML artikel:',
    calc: 'Kalkulator royalti Shutterstock',
    calcText: 'Level 1–6 dari jumlah unduhan setahun, dihitung seperti bracket pajak dan kembali ke level 1 setiap Januari.',
    tax: 'Potongan pajak AS: dengan dan tanpa NPWP',
    taxText: 'Terhubung ke kalkulator di atas: mengikuti total setahunnya. 10% dengan NPWP, 30% tanpa.',
    fiverr: 'Meter level Fiverr',
    fiverrText: 'Syarat Top Rated yang berlaku sekarang, apa yang masih kurang, dan risiko turun level.',
    cloud: 'Awan tag',
    cloudText: 'Baris kata kunci di akhir artikel, menjadi awan tautan yang bisa dipakai pembaca layar.',
    footer: 'Lisensi MIT. Tidak ada akun, tidak ada pelacakan: satu-satunya permintaan dari widget adalah feed Blogger milik awan tag.',
  },
  en: {
    home: 'Home',
    configurator: 'Configurator',
    guide: 'Guide',
    reference: 'Reference',
    other: 'Bahasa Indonesia',
    title: 'Widgets for freelancing and microstock blogs',
    pitch:
      'Turn the static tables and long keyword lines of your posts into tools readers use: a Shutterstock level calculator, US withholding with and without NPWP, a Fiverr level meter and a tag cloud. Indonesian and English, pasted in Blogger’s HTML view.',
    start: 'Open the configurator',
    read: 'Read the guide',
    paste: 'Or paste this in the post’s HTML view:',
    calc: 'Shutterstock royalty calculator',
    calcText: 'Levels 1–6 by the year’s downloads, crossed like tax brackets, back to level 1 every January.',
    tax: 'US withholding: with and without NPWP',
    taxText: 'Linked to the calculator above: it follows its year’s total. 10% with NPWP, 30% without.',
    fiverr: 'Fiverr level meter',
    fiverrText: 'Top Rated as Fiverr publishes it today, what is still missing, and what would drop a level.',
    cloud: 'Tag cloud',
    cloudText: 'The keyword line at the end of a post, as a cloud of links that screen readers can use.',
    footer: 'MIT licence. No account, no tracking: the only request a widget makes is the tag cloud’s Blogger feed.',
  },
};

const escape = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const up = (path) => '../'.repeat(path.split('/').length - 1);
const relative = (from, to) => `${up(from)}${to}`;
const other = (lang) => (lang === 'id' ? 'en' : 'id');

function layout({ lang, page, title, body, widgets = false }) {
  const path = PAGES[lang][page];
  // A page shows the widgets with the bundle of its language, as a post should; the configurator with both,
  // so its preview can speak the language chosen for the post.
  const bundle = page === 'configurator' ? 'cdn/freelancer-widgets.js' : `cdn/${lang}/freelancer-widgets.js`;
  const w = WORDS[lang];
  const nav = ['home', 'configurator', 'guide', 'reference']
    .map((p) => `<a href="${relative(path, PAGES[lang][p])}"${p === page ? ' aria-current="page"' : ''}>${w[p]}</a>`)
    .join('');
  const otherPath = PAGES[other(lang)][page];
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escape(title)} · freelancer-widgets</title>
    <meta name="description" content="${escape(w.pitch)}" />
    <link rel="icon" href="data:," />
    <link rel="alternate" hreflang="${other(lang)}" href="${relative(path, otherPath)}" />
    <link rel="stylesheet" href="${relative(path, 'assets/site.css')}" />
${widgets ? `    <link rel="stylesheet" href="${relative(path, 'assets/reserve.css')}" />\n    <script type="module" src="${relative(path, bundle)}"></script>\n` : ''}  </head>
  <body>
    <header class="top">
      <a class="brand" href="${relative(path, PAGES[lang].home)}">freelancer-widgets</a>
      <nav aria-label="${lang === 'id' ? 'Menu' : 'Site'}">${nav}<a class="lang" href="${relative(path, otherPath)}" hreflang="${other(lang)}" lang="${other(lang)}">${w.other}</a></nav>
    </header>
    <main>
${body}
    </main>
    <footer>${escape(w.footer)} · <a href="${REPO}">GitHub</a> · <a href="https://www.npmjs.com/package/freelancer-widgets">npm</a> · v${pkg.version}</footer>
  </body>
</html>
`;
}

function home(lang) {
  const w = WORDS[lang];
  const path = PAGES[lang].home;
  // The pair shown live is the one in the snippet, written as the configurator writes it (with the reservation CSS).
  const [calc, table] = [
    {
      tag: 'royalty-tier-calc',
      attributes: [
        ['id', 'calc'],
        ['monthly-downloads', '100'],
        ['price', '1'],
        ['usd-idr', '16250'],
      ],
    },
    {
      tag: 'tax-withholding-table',
      attributes: [
        ['for', 'calc'],
        ['usd-idr', '16250'],
      ],
    },
  ];
  const snippet = buildSnippet({
    elements: [calc, table],
    lang,
    heights: readReserve(readFileSync(join(ROOT, 'docs/reserve.css'), 'utf8')),
  }).trimEnd();
  return layout({
    lang,
    page: 'home',
    title: w.title,
    widgets: true,
    body: `<section class="hero">
  <h1>${escape(w.title)}</h1>
  <p>${escape(w.pitch)}</p>
  <p class="cta"><a class="button" href="${relative(path, PAGES[lang].configurator)}">${w.start}</a><a class="button secondary" href="${relative(path, PAGES[lang].guide)}">${w.read}</a></p>
  <p>${escape(w.paste)}</p>
  <pre><code>${escape(snippet)}</code></pre>
</section>
<section class="showcase">
  <h2>${escape(w.calc)}</h2><p>${escape(w.calcText)}</p>
  ${elementHtml(calc)}
  <h2>${escape(w.tax)}</h2><p>${escape(w.taxText)}</p>
  ${elementHtml(table)}
  <div class="grid">
    <div><h2>${escape(w.fiverr)}</h2><p>${escape(w.fiverrText)}</p>
    <fiverr-level-meter current-level="level-2" success-score="9" rating="4.9" response-rate="96" orders="38"></fiverr-level-meter></div>
    <div><h2>${escape(w.cloud)}</h2><p>${escape(w.cloudText)}</p>
    <tag-cloud show-count href="#">Shutterstock indonesia, cara daftar shutterstock, npwp shutterstock, pajak shutterstock, tax form shutterstock, w-8ben shutterstock, npwp microstock, penghasilan dolar shutterstock, potongan pajak shutterstock, npwp shutterstock, passive income shutterstock, npwp dan royalti</tag-cloud></div>
  </div>
</section>`,
  });
}

function configurator(lang) {
  const path = PAGES[lang].configurator;
  const t = (key) => `<span data-i18n="${key}"></span>`;
  return layout({
    lang,
    page: 'configurator',
    title: WORDS[lang].configurator,
    widgets: true,
    body: `<div class="configurator" id="configurator" data-manifest="${relative(path, 'custom-elements.json')}" data-reference="${relative(path, 'assets/reference.id.json')}" data-reserve="${relative(path, 'assets/reserve.css')}">
  <h1>${WORDS[lang].configurator}</h1>
  <p class="intro" data-i18n="intro"></p>
  <h2 class="visually-hidden">${t('add')}</h2>
  <div class="adders" id="adders"></div>
  <div class="layout">
    <section class="panel" aria-labelledby="post-title">
      <h2 id="post-title" data-i18n="post"></h2>
      <ol id="post"></ol>
      <form id="settings" class="settings" novalidate aria-label="${lang === 'id' ? 'Pengaturan' : 'Settings'}"><div id="fields"></div></form>
    </section>
    <section class="panel output" aria-labelledby="preview-title">
      <h2 id="preview-title" data-i18n="preview"></h2>
      <fieldset class="post-language"><legend data-i18n="postLanguage"></legend>
        <label><input type="radio" name="lang" value="id"${lang === 'id' ? ' checked' : ''} /> ${t('langId')}</label>
        <label><input type="radio" name="lang" value="en"${lang === 'en' ? ' checked' : ''} /> ${t('langEn')}</label>
        <label><input type="radio" name="lang" value="both" /> ${t('langBoth')}</label>
        <p class="help" data-i18n="langHelp"></p>
      </fieldset>
      <div class="preview-controls">
        <fieldset><legend data-i18n="preview"></legend>
          <label><input type="radio" name="width" value="phone" checked /> ${t('phone')}</label>
          <label><input type="radio" name="width" value="desktop" /> ${t('desktop')}</label>
        </fieldset>
        <fieldset><legend data-i18n="preview"></legend>
          <label><input type="radio" name="page" value="light" checked /> ${t('light')}</label>
          <label><input type="radio" name="page" value="dark" /> ${t('dark')}</label>
        </fieldset>
      </div>
      <div id="preview" class="preview phone"></div>
      <h2 id="snippet-title" data-i18n="snippet"></h2>
      <p class="help" data-i18n="paste"></p>
      <textarea id="snippet" readonly rows="8" spellcheck="false" aria-labelledby="snippet-title"></textarea>
      <p class="actions"><button type="button" id="copy" data-i18n="copy"></button><span id="copied" role="status"></span></p>
      <ul id="problems"></ul>
      <details class="load">
        <summary data-i18n="load"></summary>
        <p class="help" data-i18n="loadHelp"></p>
        <label class="visually-hidden" for="paste-in" data-i18n="load"></label>
        <textarea id="paste-in" rows="5" spellcheck="false"></textarea>
        <p class="actions"><button type="button" id="load" data-i18n="loadButton"></button><span id="load-status" role="status"></span></p>
      </details>
    </section>
  </div>
</div>
<script type="module" src="${relative(path, 'assets/configurator.js')}"></script>`,
  });
}

/** A markdown page of docs/, its links to other docs made site links (or GitHub links). */
function markdownPage(lang, page, file, title) {
  const path = PAGES[lang][page];
  const site = pkg.homepage;
  const links = {
    'reference.md': relative(path, PAGES[lang].reference),
    'embedding.md': relative(path, PAGES.en.guide),
    'embedding.id.md': relative(path, PAGES.id.guide),
  };
  const html = marked
    .parse(readFileSync(join(ROOT, 'docs', file), 'utf8'))
    .replace(/href="([^"]+)"/g, (_, href) => {
      if (links[href]) return `href="${links[href]}"`;
      if (href.startsWith(site)) return `href="${relative(path, href.slice(site.length))}"`;
      if (/^[a-z-]+\.md$/.test(href)) return `href="${REPO}/blob/main/docs/${href}"`;
      return `href="${href}"`;
    })
    .replace(/src="images\/([^"]+)"/g, (_, name) => `src="${relative(path, `assets/images/${name}`)}" loading="lazy"`);
  return layout({ lang, page, title, body: `<article class="prose">${html}</article>` });
}

function referencePage(lang) {
  const title = lang === 'id' ? 'Referensi widget' : 'Widget reference';
  const intro =
    lang === 'id'
      ? 'Dibuat dari custom-elements.json: setiap atribut, properti, event, bagian (part) dan properti CSS.'
      : 'Generated from custom-elements.json: every attribute, property, event, part and CSS custom property.';
  return layout({
    lang,
    page: 'reference',
    title,
    body: `<article class="prose"><h1>${title}</h1><p>${intro}</p>${toHtml(manifest, lang, reference)}</article>`,
  });
}

rmSync(OUT, { recursive: true, force: true });
const write = (path, text) => {
  mkdirSync(dirname(join(OUT, path)), { recursive: true });
  writeFileSync(join(OUT, path), text);
};
for (const lang of ['id', 'en']) {
  write(PAGES[lang].home, home(lang));
  write(PAGES[lang].configurator, configurator(lang));
  write(PAGES[lang].guide, markdownPage(lang, 'guide', lang === 'id' ? 'embedding.id.md' : 'embedding.md', WORDS[lang].guide));
  write(PAGES[lang].reference, referencePage(lang));
}
cpSync(join(ROOT, 'cdn'), join(OUT, 'cdn'), { recursive: true });
// The one list of tags, which assets/snippet.js imports from ../dist/ (as site-src/snippet.js does in the repository).
cpSync(join(ROOT, 'dist/element-names.js'), join(OUT, 'dist/element-names.js'));
// The agencies (and the pure core modules they import), which the configurator's compare field lists.
cpSync(join(ROOT, 'dist/core'), join(OUT, 'dist/core'), { recursive: true, filter: (path) => !/\.(d\.ts|map)$/.test(path) });
for (const f of ['site.css', 'configurator.js', 'snippet.js', 'i18n.js']) cpSync(join(ROOT, 'site-src', f), join(OUT, 'assets', f));
cpSync(join(ROOT, 'docs/reserve.css'), join(OUT, 'assets/reserve.css'));
cpSync(join(ROOT, 'docs/images'), join(OUT, 'assets/images'), { recursive: true });
cpSync(join(ROOT, 'xliff/reference.id.json'), join(OUT, 'assets/reference.id.json'));
cpSync(join(ROOT, 'custom-elements.json'), join(OUT, 'custom-elements.json'));
writeFileSync(join(OUT, '.nojekyll'), '');
console.log(`site/: ${Object.values(PAGES).flatMap(Object.values).join(', ')}`);
