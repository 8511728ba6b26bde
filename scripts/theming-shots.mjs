// The theming screenshots in docs/images/: the four widgets in a Blogger-like post with a 300 px sidebar,
// on a light-grey page while the reader's OS is dark, and on a dark page while the OS is light. They show
// that the widgets follow the page, not the OS. Usage: npm run build, then node scripts/theming-shots.mjs
// Uses the system Chrome/Chromium (scripts/find-chrome.mjs); serves cdn/ from disk, nothing else is fetched.
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChrome } from './find-chrome.mjs';
import { ELEMENT_SELECTOR } from '../dist/element-names.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'docs/images');
mkdirSync(OUT, { recursive: true });

/* Colours of common Blogger themes: a light-grey page with white posts, and a dark theme. */
const PAGES = {
  'theming-light-page-dark-os': { os: 'dark', page: '#eeeeee', post: '#ffffff', text: '#222222' },
  'theming-dark-page-light-os': { os: 'light', page: '#121212', post: '#1e1e1e', text: '#e6e6e6' },
};

const post = ({ page, post: card, text }) => `<!doctype html><html lang="id"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{margin:0;background:${page};color:${text};font:17px/1.6 Georgia,serif}
.blog{display:grid;grid-template-columns:minmax(0,1fr) 300px;gap:24px;max-width:1100px;margin:0 auto;padding:24px}
article,aside section{background:${card};padding:24px;border-radius:4px}
aside section{padding:16px;margin-bottom:24px;font-size:15px}
h1{font-size:26px;margin:0 0 8px}h3{margin:0 0 8px;font:700 14px/1.4 sans-serif;text-transform:uppercase;letter-spacing:.08em}
</style></head><body><div class="blog"><main><article>
<h1>Seberpengaruh apa per-level-an di shutterstock?</h1>
<p>Misalnya, jika kamu berada di Level 1 dan menjual satu gambar dengan harga $1, kamu hanya akan mendapat $0.15. Di Level 4, $0.30.</p>
<royalty-tier-calc id="calc" start-month="10" downloads-to-date="2400" monthly-downloads="300" price="1" usd-idr="16250" readonly></royalty-tier-calc>
<p>Tanpa NPWP di formulir W-8BEN, Shutterstock memotong 30%; dengan NPWP, hanya 10%:</p>
<tax-withholding-table for="calc" usd-idr="16250" readonly></tax-withholding-table>
</article></main><aside>
<section><h3>Level Fiverr-ku</h3><fiverr-level-meter rules="2024" current-level="level-2" success-score="9" rating="4.9" response-rate="92" unique-clients="14" earnings="7400" orders="31" readonly></fiverr-level-meter></section>
<section><h3>Label</h3><tag-cloud show-count>microstock, npwp shutterstock, pajak shutterstock, w-8ben shutterstock, passive income, microstock, fiverr, shutterstock level, npwp shutterstock, microstock</tag-cloud></section>
</aside></div>
<script type="module" src="/cdn/freelancer-widgets.js"></script></body></html>`;

const browser = await chromium.launch({ executablePath: findChrome(), args: ['--no-sandbox', '--disable-gpu'] });
for (const [name, colours] of Object.entries(PAGES)) {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, colorScheme: colours.os });
  await page.route('http://post.local/**', (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') return route.fulfill({ contentType: 'text/html', body: post(colours) });
    return route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(ROOT, path)) });
  });
  await page.goto('http://post.local/', { waitUntil: 'networkidle' });
  await page.waitForFunction(
    (selector) => [...document.querySelectorAll(selector)].every((e) => e.matches(':state(ready)')),
    ELEMENT_SELECTOR,
  );
  await page.screenshot({ path: join(OUT, `${name}.jpg`), type: 'jpeg', quality: 72, fullPage: true });
  if (process.env.PNG_TOO) await page.screenshot({ path: join(process.env.PNG_TOO, `${name}.png`), fullPage: true });
  console.log(`docs/images/${name}.jpg`);
  await page.close();
}
await browser.close();
