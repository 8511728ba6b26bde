import { chromium } from 'playwright-core';
const [url, width, scheme, lang, out, selector] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
page.on('pageerror', (e) => console.error('pageerror', e.message));
await page.addInitScript((l) => localStorage.setItem('fw-demo-lang', l), lang);
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(300);
const els = await page.$$(selector ?? 'main royalty-tier-calc, main tax-withholding-table, main fiverr-level-meter, main tag-cloud');
let i = 0;
for (const el of els) {
  await el.screenshot({ path: `${out}-${i++}.png` });
}
console.log(i);
await browser.close();
