// The website (`npm run site`, then `npm run test:site`; node:test driving the system Chromium with
// playwright-core): served by a plain static server under a sub-path, as on GitHub Pages, every page loads
// with no failed request and no error; and the configurator's main flow — a calculator and a tax table
// linked to it, copied, pasted into a plain Blogger-like page — gives a page where the table follows the
// calculator and nothing shifts (CLS ≤ 0.01 at 390 px).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findChrome } from '../../scripts/find-chrome.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SITE = join(ROOT, 'site');
const SUB = '/freelancer-widgets/'; // as on https://<user>.github.io/freelancer-widgets/
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json' };
const PAGES = ['index.html', 'konfigurator.html', 'panduan.html', 'referensi.html', 'en/index.html', 'en/configurator.html', 'en/guide.html', 'en/reference.html'];
let server;
let base;
let browser;
const pasted = new Map(); // generated pages: path → HTML

before(async () => {
  assert.ok(existsSync(join(SITE, 'index.html')), 'site/ is built (npm run site)');
  server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (pasted.has(url.pathname)) {
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.end(pasted.get(url.pathname));
    }
    if (!url.pathname.startsWith(SUB)) {
      res.writeHead(404);
      return res.end();
    }
    const file = normalize(join(SITE, decodeURIComponent(url.pathname.slice(SUB.length)) || 'index.html'));
    if (!file.startsWith(SITE) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404);
      return res.end();
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: findChrome(), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
});
after(async () => {
  await browser?.close();
  server?.close();
});

/** A page with its problems recorded: errors, failed requests, answers ≥ 400. */
async function open(url, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`));
  await page.goto(url, { waitUntil: 'networkidle' });
  return { context, page, problems };
}

for (const path of PAGES) {
  test(`${path} loads under a sub-path with no failed request and no error`, async () => {
    const { context, page, problems } = await open(`${base}${SUB}${path}`);
    if (path.includes('index') || path.includes('konfigurator') || path.includes('configurator')) {
      await page.waitForFunction(() => [...document.querySelectorAll('royalty-tier-calc, tax-withholding-table')].every((e) => e.shadowRoot?.querySelector('[part="base"]')));
    }
    const links = await page.evaluate(() => [...document.querySelectorAll('a[href], link[href], script[src]')].map((a) => a.getAttribute('href') ?? a.getAttribute('src')));
    const absoluteInternal = links.filter((href) => href.startsWith('/'));
    assert.deepEqual(absoluteInternal, [], 'relative URLs only');
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('on a 390 px phone, light and dark, no page scrolls sideways and the site follows the OS scheme', async () => {
  for (const colorScheme of ['light', 'dark']) {
    for (const path of PAGES) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme });
      const page = await context.newPage();
      await page.goto(`${base}${SUB}${path}`, { waitUntil: 'networkidle' });
      await page.waitForTimeout(200);
      const { scrollWidth, background } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, background: getComputedStyle(document.documentElement).backgroundColor }));
      assert.ok(scrollWidth <= 390, `${path} ${colorScheme}: ${scrollWidth} px wide`);
      const [r] = background.match(/\d+/g).map(Number);
      assert.ok(colorScheme === 'dark' ? r < 60 : r > 200, `${path} ${colorScheme}: background ${background}`);
      await context.close();
    }
  }
});

test('configurator: calculator + linked tax table → copy → paste into a plain Blogger-like page', async () => {
  const { context, page, problems } = await open(`${base}${SUB}en/configurator.html`);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  await page.waitForFunction(() => document.getElementById('configurator').dataset.ready === 'true');
  // The starting post is a calculator and a tax table linked to it; set the calculator's downloads.
  await page.locator('#post .name').first().click();
  await page.locator('input[id$="-monthly-downloads"]').fill('250');
  await page.waitForFunction(() => document.getElementById('snippet').value.includes('monthly-downloads="250"'));
  await page.locator('#copy').click();
  await page.waitForFunction(() => document.getElementById('copied').textContent.length > 0);
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  // The English configurator writes the English bundle: one language, whatever the blog's lang says.
  assert.match(snippet, /^<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/freelancer-widgets@1\/cdn\/en\/freelancer-widgets\.js"><\/script>\n<style>/);
  assert.equal(snippet.match(/<script/g).length, 1, 'the script once');
  assert.match(snippet, /<royalty-tier-calc id="calc-1"[^>]*monthly-downloads="250"/);
  assert.match(snippet, /<tax-withholding-table id="tax-1" for="calc-1"/); // every widget has an id: share links name it
  assert.ok(!/ on[a-z]+=/.test(snippet), 'no inline event handlers');
  assert.deepEqual(problems, []);
  await context.close();

  // Pasted into a plain post (with the site's copy of the bundle instead of jsDelivr), on a phone.
  const post = `<!doctype html><html lang="id"><head><meta name="viewport" content="width=device-width, initial-scale=1"><style>body{margin:0 auto;max-width:760px;padding:16px;font:16px/1.6 Georgia,serif}</style></head><body>
<h1>Seberpengaruh apa per-level-an di shutterstock?</h1><p>${'Sebagai seorang microstocker, kita tentu paham betul bahwa membangun penghasilan pasif dari situs microstock bukan sekadar soal meng-upload gambar. '.repeat(3)}</p>
${snippet.replace('https://cdn.jsdelivr.net/npm/freelancer-widgets@1/cdn/en/freelancer-widgets.js', `${SUB}cdn/en/freelancer-widgets.js`)}
<p id="after">Share:</p></body></html>`;
  pasted.set('/pasted-post.html', post);
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const p = await phone.newPage();
  await p.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((l) => l.getEntries().forEach((e) => !e.hadRecentInput && (window.__cls += e.value))).observe({ type: 'layout-shift', buffered: true });
  });
  await p.goto(`${base}/pasted-post.html`, { waitUntil: 'networkidle' });
  await p.waitForFunction(() => document.querySelector('tax-withholding-table')?.result?.netWithTin === 794.25); // $882.50 − 10%
  await p.evaluate(() => Promise.all([...document.querySelectorAll('royalty-tier-calc, tax-withholding-table')].map((e) => e.updateComplete)));
  await p.waitForTimeout(300);
  const cls = await p.evaluate(() => window.__cls);
  assert.ok(cls <= 0.01, `CLS ${cls}`);
  // The table follows what the reader types in the calculator.
  const input = p.locator('royalty-tier-calc').locator('#monthlyDownloads');
  await input.fill('1000');
  await p.waitForFunction(() => document.querySelector('tax-withholding-table').result.netWithTin === 3629.25); // $4,032.50 − 10%
  await phone.close();
});

test('configurator: a snippet pasted back is edited again, and what a widget rejects is left out', async () => {
  const { context, page, problems } = await open(`${base}${SUB}konfigurator.html`);
  await page.waitForFunction(() => document.getElementById('configurator').dataset.ready === 'true');
  await page.locator('details.load summary').click();
  await page.locator('#paste-in').fill('<p>x</p><tag-cloud show-count onclick="alert(1)">microstock,\nnpwp</tag-cloud><fiverr-level-meter rules="classic" orders="seratus"></fiverr-level-meter>');
  await page.locator('#load').click();
  await page.waitForFunction(() => document.querySelectorAll('#post li').length === 2);
  await page.waitForFunction(() => document.getElementById('snippet').value.includes('<fiverr-level-meter'));
  const snippet = await page.locator('#snippet').inputValue();
  assert.match(snippet, /<tag-cloud id="cloud-1" show-count>microstock, npwp<\/tag-cloud>/);
  assert.ok(!snippet.includes('onclick'));
  assert.ok(!snippet.includes('seratus'), 'the unusable value is left out');
  assert.match(snippet, /<fiverr-level-meter id="fiverr-1" rules="classic"><\/fiverr-level-meter>/);
  assert.ok(!snippet.includes('<style>') || !/tag-cloud:is/.test(snippet), 'the cloud needs no reservation');
  assert.deepEqual(problems, []);
  await context.close();
});

test('configurator: a pasted snippet of 150 widgets is read back whole, and the preview is built once', async () => {
  const { context, page, problems } = await open(`${base}${SUB}en/configurator.html`);
  await page.waitForFunction(() => document.getElementById('configurator').dataset.ready === 'true');
  // 150 widgets of every kind: 38 calculators, each followed by the tax table linked to it, meters and clouds between.
  const widgets = [];
  for (let i = 1; widgets.length < 150; i++) {
    widgets.push(`<royalty-tier-calc id="c${i}" monthly-downloads="${i * 10}"></royalty-tier-calc>`, `<tax-withholding-table for="c${i}"></tax-withholding-table>`);
    widgets.push(`<fiverr-level-meter orders="${i}"></fiverr-level-meter>`, `<tag-cloud>microstock, npwp ${i}</tag-cloud>`);
  }
  await page.locator('details.load summary').click();
  await page.locator('#paste-in').fill(widgets.slice(0, 150).join('\n'));
  // Count every widget element the configurator creates while it reads the paste (the live preview).
  await page.evaluate(() => {
    window.__created = 0;
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (n.localName?.includes('-')) window.__created++;
    }).observe(document.getElementById('preview'), { childList: true });
  });
  await page.locator('#load').click();
  await page.waitForFunction(() => document.getElementById('configurator').dataset.loaded === '150');
  assert.equal(await page.locator('#post li').count(), 150);
  await page.waitForFunction(() => (document.getElementById('snippet').value.match(/<\/[a-z]+-[a-z-]+>/g) ?? []).length === 150, null, {
    timeout: 30_000,
  });
  const snippet = await page.locator('#snippet').inputValue();
  assert.match(snippet, /<royalty-tier-calc id="c38" monthly-downloads="380"><\/royalty-tier-calc>\n<tax-withholding-table id="tax-38" for="c38">/);
  assert.equal(snippet.match(/<tag-cloud id="cloud-\d+">/g).length, 37);
  // Drawn once: one preview of 150 widgets (drawing it again for each widget read made 11,325).
  assert.equal(await page.evaluate(() => window.__created), 150);
  assert.deepEqual(problems, []);
  await context.close();
});

test('configurator: offers the share setting and the other agencies, each with its own numbers once picked', async () => {
  const { context, page, problems } = await open(`${base}${SUB}en/configurator.html`);
  await page.waitForFunction(() => document.getElementById('configurator').dataset.ready === 'true');
  await page.locator('#post .name').first().click();
  assert.deepEqual(await page.locator('fieldset[id$="-compare"] input').evaluateAll((o) => o.map((x) => x.value)), ['adobe-stock', 'istock', 'freepik']);
  assert.deepEqual(await page.locator('select[id$="-share"] option').evaluateAll((o) => o.map((x) => x.value)), ['', 'on', 'off']);
  assert.equal(await page.locator('input[id$="-istock-price"]').count(), 0); // an agency's numbers only once it is picked
  await page.locator('fieldset[id$="-compare"] input[value="adobe-stock"]').check();
  await page.locator('fieldset[id$="-compare"] input[value="freepik"]').check();
  await page.locator('input[id$="-adobe-stock-price"]').fill('0.5');
  await page.locator('input[id$="-adobe-stock-lifetime"]').fill('5000');
  await page.locator('input[id$="-freepik-per-download"]').fill('abc');
  await page.waitForFunction(() => document.getElementById('snippet').value.includes('adobe-stock-lifetime="5000"'));
  const snippet = await page.locator('#snippet').inputValue();
  assert.match(snippet, /<royalty-tier-calc id="calc-1"[^>]* compare="adobe-stock freepik" adobe-stock-price="0.5" adobe-stock-lifetime="5000"/);
  // What the widget cannot use is marked with its words and left out of the snippet.
  await page.waitForFunction(() => document.querySelector('[id$="-freepik-per-download-error"]')?.textContent.includes('not in the snippet'));
  assert.doesNotMatch(await page.locator('#snippet').inputValue(), /freepik-per-download/);
  assert.deepEqual(problems, []);
  await context.close();
});
