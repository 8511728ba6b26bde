import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
const ROOT = '/work/main';
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/c.html') { res.writeHead(200, {'content-type':'text/html'}); return res.end(`<!doctype html><html lang="id"><body style="font:16px system-ui"><div id=stage style="width:760px"></div><script type=module src=/cdn/tag-cloud.js></script></body></html>`); }
  let file = join(ROOT, decodeURIComponent(url.pathname));
  if (!existsSync(file) || statSync(file).isDirectory()) { res.writeHead(404); return res.end(); }
  res.writeHead(200, { 'content-type': { '.js': 'text/javascript' }[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((r) => server.listen(0, r));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
await page.goto(`${base}/c.html`);
await page.waitForFunction(() => customElements.get('tag-cloud'));
const r = await page.evaluate(async () => {
  const words = Array.from({ length: 5000 }, (_, i) => ({ name: `label ${i}`, count: 1 + ((i * 7919) % 97) }));
  const stage = document.getElementById('stage');
  const painted = () => new Promise((res) => requestAnimationFrame(() => setTimeout(res, 0)));
  const times = [];
  for (let k = 0; k < 7; k++) {
    stage.replaceChildren(); await painted();
    const t = performance.now();
    const cloud = document.createElement('tag-cloud');
    cloud.tags = words; stage.append(cloud);
    await cloud.updateComplete; await painted();
    times.push(performance.now() - t);
  }
  return times.map((x) => +x.toFixed(1));
});
console.log(r);
await browser.close(); server.close();
