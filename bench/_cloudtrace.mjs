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
const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await ctx.newPage();
await page.goto(`${base}/c.html`);
await page.waitForFunction(() => customElements.get('tag-cloud'));
await page.evaluate(async () => { const w = Array.from({ length: 5000 }, (_, i) => ({ name: `label ${i}`, count: 1 + ((i * 7919) % 97) })); const c = document.createElement('tag-cloud'); c.tags = w; document.getElementById('stage').replaceChildren(c); await c.updateComplete; await new Promise(r=>requestAnimationFrame(()=>setTimeout(r,0))); document.getElementById('stage').replaceChildren(); await new Promise(r=>requestAnimationFrame(()=>setTimeout(r,0)));});
await browser.startTracing(page, { path: '/tmp/perf/ctrace.json', categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
const t = await page.evaluate(async () => { const w = Array.from({ length: 5000 }, (_, i) => ({ name: `label ${i}`, count: 1 + ((i * 7919) % 97) })); const s=performance.now(); const c = document.createElement('tag-cloud'); c.tags = w; document.getElementById('stage').replaceChildren(c); await c.updateComplete; await new Promise(r=>requestAnimationFrame(()=>setTimeout(r,0))); return performance.now()-s; });
await browser.stopTracing();
console.log('ms', t.toFixed(1));
const tr = JSON.parse(readFileSync('/tmp/perf/ctrace.json', 'utf8'));
const ev = (tr.traceEvents ?? tr).filter((e) => e.ph === 'X' && e.dur > 500);
const sum = {}; for (const e of ev) if (['UpdateLayoutTree','Layout','Paint','PrePaint','FunctionCall','RunMicrotasks','TimerFire','Commit','Layerize','RecalculateStyles','ParseAuthorStyleSheet','HitTest'].includes(e.name)) sum[e.name] = (sum[e.name] ?? 0) + e.dur/1000;
console.log(Object.entries(sum).map(([k,v])=>`${k}:${v.toFixed(1)}`).join(' '));
await browser.close(); server.close();
