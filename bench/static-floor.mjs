// `npm run bench`, step 1: what no benchmarking tool builds — the floor the widgets are measured against,
// and the pages Lighthouse CI serves. Needs `npm run build` first (it uses cdn/). Writes bench/generated/:
// - four-static.html: the four widgets of bench/pages/four.html, rendered, then frozen as static HTML with
//   declarative shadow DOM (their styles inlined, inputs' values written in): the same DOM a browser only
//   parses and paints. tachometer compares the live page with it (bench/tachometer.json).
// - cloud-<n>.html: a <tag-cloud> of n tags the same way, the floor under the 5,000-tag cloud.
// - reserve.json: each reserved widget's height with its default settings in the Blogger-like post's column,
//   in em of the post's text, at 1280 and 390 px, Indonesian and English (the larger is what docs/reserve.css
//   should hold); printed beside what reserve.css holds.
// - lh/: the Blogger-like post (demo/blogger.html) as a blogger pastes it — with the reservation CSS, bare,
//   and without the widgets — with its own copy of cdn/, for Lighthouse CI (bench/lighthouserc.json).
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';
import { chromium } from 'playwright-core';
import { findChrome } from '../scripts/find-chrome.mjs';
import { ELEMENT_SELECTOR } from '../dist/element-names.js';
import { readReserve } from '../site-src/snippet.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'bench/generated');
rmSync(OUT, { recursive: true, force: true });
mkdirSync(join(OUT, 'lh'), { recursive: true });
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
const RESERVED = ['royalty-tier-calc', 'tax-withholding-table', 'fiverr-level-meter'];
writeFileSync(
  join(OUT, 'heights.html'),
  `<!doctype html><html><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
<link rel="stylesheet" href="/demo/blogger.css" /></head><body><div class="blog"><main><article class="post">
${RESERVED.map((tag) => `<${tag}></${tag}>`).join('\n')}</article></main></div>
<script type="module">
document.documentElement.lang = new URLSearchParams(location.search).get('lang');
await import('/cdn/freelancer-widgets.js');
const els = [...document.querySelectorAll('${RESERVED.join(',')}')];
await Promise.all(els.map((el) => customElements.whenDefined(el.localName).then(() => el.updateComplete)));
window.__heights = Object.fromEntries(els.map((el) => [el.localName, el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).fontSize)]));
window.__done = true;
</script></body></html>`,
);

const server = await startDevServer({
  config: { rootDir: ROOT, port: 0, nodeResolve: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const base = `http://127.0.0.1:${server.server.address().port}`;
const browser = await chromium.launch({
  executablePath: findChrome(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
try {
  // The four widgets as static HTML.
  await page.goto(`${base}/bench/pages/four.html`);
  await page.waitForFunction(() => window.__done);
  await page.addScriptTag({ path: join(ROOT, 'bench/pages/freeze.js') });
  const four = await page.evaluate((selector) => window.__freeze.page(selector), ELEMENT_SELECTOR);
  writeFileSync(join(OUT, 'four-static.html'), four.replace('</body>', '<script src="/bench/pages/measure-static.js"></script></body>'));

  // The 5,000-tag cloud as static HTML: the cloud's shadow root, its styles inlined.
  for (const n of [5000]) {
    await page.goto(`${base}/bench/pages/cloud.html?n=${n}`);
    await page.waitForFunction(() => window.__done);
    await page.addScriptTag({ path: join(ROOT, 'bench/pages/freeze.js') });
    writeFileSync(join(OUT, `cloud-${n}.html`), await page.evaluate(() => window.__freeze.fragment(document.querySelector('tag-cloud'))));
  }

  // The reservation heights: the widgets with their defaults in the post's column, at both widths and languages.
  const heights = {};
  for (const [width, i] of [
    [1280, 0],
    [390, 1],
  ]) {
    for (const lang of ['id', 'en']) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${base}/bench/generated/heights.html?lang=${lang}`);
      await page.waitForFunction(() => window.__done);
      for (const [tag, em] of Object.entries(await page.evaluate(() => window.__heights)))
        (heights[tag] ??= [0, 0])[i] = Math.max(heights[tag][i], Math.ceil(em));
    }
  }
  writeFileSync(join(ROOT, 'bench/results/reserve.json'), JSON.stringify(heights, null, 2));
  const held = readReserve(readFileSync(join(ROOT, 'docs/reserve.css'), 'utf8'));
  for (const [tag, [desktop, phone]] of Object.entries(heights))
    console.log(`reserve ${tag}: measured ${desktop}em / ${phone}em (phone), docs/reserve.css ${held[tag]?.join('em / ')}em`);
} finally {
  await browser.close();
  await server.stop();
}

// The Blogger-like post for Lighthouse CI: the widgets from its own copy of the CDN files, the Indonesian
// script as the configurator writes it for this Indonesian post; the sidebar's cloud shows the blog's labels
// as keywords (Lighthouse's server has no feed).
const post = readFileSync(join(ROOT, 'demo/blogger.html'), 'utf8')
  .replace('../src/entries/freelancer-widgets.ts', './cdn/id/freelancer-widgets.js')
  .replace('../docs/reserve.css', './reserve.css')
  .replace(/\s*<script type="module" src="\.\/demo\.js"><\/script>/, '')
  .replace(
    /<tag-cloud src="[^"]*"([^>]*)><\/tag-cloud>/,
    '<tag-cloud$1>microstock, Shutterstock, NPWP, Fiverr, Passive Income</tag-cloud>',
  );
const withoutWidgets = post
  .replace(/<(royalty-tier-calc|tax-withholding-table|tag-cloud)\b[\s\S]*?<\/\1>/g, '')
  .replace(/\s*<script type="module" src="\.\/cdn\/id\/freelancer-widgets.js"><\/script>/, '');
writeFileSync(join(OUT, 'lh/post-reserved.html'), post);
writeFileSync(join(OUT, 'lh/post-bare.html'), post.replace(/\s*<link rel="stylesheet" href="\.\/reserve.css" \/>/, ''));
writeFileSync(join(OUT, 'lh/post-none.html'), withoutWidgets);
cpSync(join(ROOT, 'cdn'), join(OUT, 'lh/cdn'), { recursive: true });
cpSync(join(ROOT, 'demo/blogger.css'), join(OUT, 'lh/blogger.css'));
cpSync(join(ROOT, 'docs/reserve.css'), join(OUT, 'lh/reserve.css'));
console.log('bench/generated: four-static.html, cloud-5000.html, lh/post-{reserved,bare,none}.html');
