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
const cdp = await ctx.newCDPSession(page);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await page.evaluate(async () => { const w = Array.from({ length: 5000 }, (_, i) => ({ name: `label ${i}`, count: 1 + ((i * 7919) % 97) })); for (let k=0;k<2;k++){ const c = document.createElement('tag-cloud'); c.tags = w; document.getElementById('stage').replaceChildren(c); await c.updateComplete; await new Promise(r=>requestAnimationFrame(()=>setTimeout(r,0)));} });
await cdp.send('Profiler.start');
const t = await page.evaluate(async () => { const w = Array.from({ length: 5000 }, (_, i) => ({ name: `label ${i}`, count: 1 + ((i * 7919) % 97) })); const s=performance.now(); const c = document.createElement('tag-cloud'); c.tags = w; document.getElementById('stage').replaceChildren(c); await c.updateComplete; await new Promise(r=>requestAnimationFrame(()=>setTimeout(r,0))); return performance.now()-s; });
const { profile } = await cdp.send('Profiler.stop');
console.log('ms', t.toFixed(1));
const { TraceMap, originalPositionFor } = await import('@jridgewell/trace-mapping');
const tm = new TraceMap(JSON.parse(readFileSync('cdn/tag-cloud.js.map', 'utf8')));
const byId = new Map(profile.nodes.map((n) => [n.id, n])); const self = new Map();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const agg = {};
for (const [id, us] of self) { const f = byId.get(id).callFrame; let k = `${f.functionName||'(anon)'} ${f.url.split('/').pop()}:${f.columnNumber}`; if (f.url.endsWith('tag-cloud.js')) { const p = originalPositionFor(tm, { line: f.lineNumber + 1, column: f.columnNumber }); k = `${f.functionName||'(anon)'} ${p.source?.replace('../','')}:${p.line}`; } agg[k] = (agg[k] ?? 0) + us / 1000; }
console.log(Object.entries(agg).sort((a, b) => b[1] - a[1]).slice(0, 22).map(([k, v]) => `${v.toFixed(1)}ms ${k}`).join('\n'));
await browser.close(); server.close();
