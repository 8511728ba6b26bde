import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
const ROOT = '/work/main';
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  let file = join(ROOT, decodeURIComponent(url.pathname));
  if (url.pathname === '/h.html') { res.writeHead(200, {'content-type':'text/html'}); return res.end(`<!doctype html><html lang="${url.searchParams.get('lang')}"><head><meta name=viewport content="width=device-width"><style>body{margin:0;font:16px/1.6 system-ui,sans-serif}.col{width:${url.searchParams.get('w')}px;padding:0}</style></head><body><div class=col>
<royalty-tier-calc id="calc" monthly-downloads="100" price="1" usd-idr="16250"></royalty-tier-calc>
<tax-withholding-table for="calc" usd-idr="16250"></tax-withholding-table>
<fiverr-level-meter></fiverr-level-meter>
<tag-cloud>Shutterstock indonesia, cara daftar shutterstock, npwp shutterstock, pajak shutterstock, w-8ben shutterstock</tag-cloud>
</div><script type=module src=/cdn/freelancer-widgets.js></script></body></html>`); }
  if (!existsSync(file) || statSync(file).isDirectory()) { res.writeHead(404); return res.end(); }
  res.writeHead(200, { 'content-type': { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json':'application/json' }[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((r) => server.listen(0, r));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const lang of ['id', 'en']) for (const w of [288, 300, 358, 390, 600, 700, 760]) {
  const page = await (await browser.newContext({ viewport: { width: Math.max(w + 32, 360), height: 900 } })).newPage();
  await page.goto(`${base}/h.html?w=${w}&lang=${lang}`);
  await page.waitForFunction(() => [...document.querySelectorAll('royalty-tier-calc,tax-withholding-table,fiverr-level-meter,tag-cloud')].every((e) => e.updateComplete && e.shadowRoot?.querySelector('.live, [part=list]')));
  await page.evaluate(() => Promise.all([...document.querySelectorAll('royalty-tier-calc,tax-withholding-table,fiverr-level-meter,tag-cloud')].map((e) => e.updateComplete)));
  const h = await page.evaluate(() => [...document.querySelectorAll('royalty-tier-calc,tax-withholding-table,fiverr-level-meter,tag-cloud')].map((e) => +(e.getBoundingClientRect().height / 16).toFixed(1)));
  console.log(lang, w, JSON.stringify(h));
}
await browser.close(); server.close();
