// Screenshots of a page at phone and desktop widths, light and dark, in
// Indonesian and English, to look at what a reader sees. Usage:
//   node scripts/screenshots.mjs http://localhost:8000/demo/ [outDir]
// Uses the system Chrome/Chromium (CHROME_PATH overrides); never downloads a browser.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { findChrome } from './find-chrome.mjs';

const url = process.argv[2] ?? 'http://localhost:8000/demo/';
const out = process.argv[3] ?? '.screenshots';
const only = process.env.SHOTS; // e.g. "390-light-id"
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: findChrome(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
for (const width of [390, 1280]) {
  for (const scheme of ['light', 'dark']) {
    for (const lang of ['id', 'en']) {
      const name = `${width}-${scheme}-${lang}`;
      if (only && !only.split(',').includes(name)) continue;
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme, deviceScaleFactor: 1 });
      page.on('pageerror', (e) => console.error(name, 'pageerror', e.message));
      page.on('console', (m) => m.type() === 'error' && console.error(name, 'console', m.text()));
      await page.addInitScript((l) => localStorage.setItem('fw-demo-lang', l), lang);
      await page.goto(url, { waitUntil: 'networkidle' });
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${out}/${name}.png`, fullPage: true });
      await page.close();
      console.log(`${out}/${name}.png`);
    }
  }
}
await browser.close();
