import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
const ROOT = '/work/main';
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  let file = join(ROOT, decodeURIComponent(url.pathname));
  if (!existsSync(file) || statSync(file).isDirectory()) { res.writeHead(404); return res.end(); }
  let body = readFileSync(file);
  if (url.pathname === '/demo/blogger.html') body = body.toString().replace('../src/cdn/freelancer-widgets.ts', '/cdn/freelancer-widgets.js');
  res.writeHead(200, { 'content-type': { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json':'application/json', '.map':'application/json' }[extname(file)] ?? 'application/octet-stream' });
  res.end(body);
});
await new Promise((r) => server.listen(0, r));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const ctx = await browser.newContext({ viewport: { width: 390, height: 900 } });
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.goto(`${base}/demo/blogger.html`, { waitUntil: 'networkidle' });
await page.waitForTimeout(500);
const { profile } = await cdp.send('Profiler.stop');
await browser.close(); server.close();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas;
profile.samples.forEach((id, i) => { self.set(id, (self.get(id) ?? 0) + (dt[i] ?? 0)); });
const agg = {};
for (const [id, us] of self) {
  const n = byId.get(id); const f = n.callFrame;
  const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
  agg[key] = (agg[key] ?? 0) + us / 1000;
}
const { TraceMap, originalPositionFor } = await import("@jridgewell/trace-mapping"); const tm = new TraceMap(JSON.parse(readFileSync("cdn/freelancer-widgets.js.map","utf8"))); const agg2 = {}; for (const [k,v] of Object.entries(agg)) { const m = /freelancer-widgets.js:0:(\d+)/.exec(k); let kk = k; if (m) { const p = originalPositionFor(tm, { line: 1, column: Number(m[1]) }); kk = `${k.split(" ")[0]} ${p.source?.replace("../","")}:${p.line}`; } agg2[kk] = (agg2[kk] ?? 0) + v; } console.log(Object.entries(agg2).sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(1)}ms ${k}`).join('\n'));
