import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
const ROOT = '/work/main';
const page_ = process.argv[2] ?? '/demo/blogger.html';
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  let file = join(ROOT, decodeURIComponent(url.pathname));
  if (!existsSync(file) || statSync(file).isDirectory()) { res.writeHead(404); return res.end(); }
  let body = readFileSync(file);
  if (url.pathname === '/demo/blogger.html') body = body.toString().replace('../src/cdn/freelancer-widgets.ts', '/cdn/freelancer-widgets.js');
  res.writeHead(200, { 'content-type': { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json':'application/json' }[extname(file)] ?? 'application/octet-stream' });
  res.end(body);
});
await new Promise((r) => server.listen(0, r));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const ctx = await browser.newContext({ viewport: { width: 390, height: 900 } });
const page = await ctx.newPage();
await browser.startTracing(page, { path: '/tmp/perf/trace.json', categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'] });
await page.goto(`${base}${page_}`, { waitUntil: 'networkidle' });
await page.waitForTimeout(800);
await browser.stopTracing();
await browser.close(); server.close();
// Analyze: top-level tasks > 10ms on the main thread, with their children totals
const t = JSON.parse(readFileSync('/tmp/perf/trace.json', 'utf8'));
const ev = (t.traceEvents ?? t).filter((e) => e.ph === 'X' && e.dur);
const main = ev.find((e) => e.name === 'ParseHTML')?.tid;
const tasks = ev.filter((e) => e.tid === main && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.dur > 8000);
for (const task of tasks) {
  const kids = ev.filter((e) => e.tid === main && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e !== task);
  const sum = {};
  for (const k of kids) if (['EvaluateScript','v8.compile','FunctionCall','UpdateLayoutTree','Layout','ParseHTML','Paint','PrePaint','v8.compileModule','v8.evaluateModule','RunMicrotasks','TimerFire','FireAnimationFrame','EventDispatch','ParseAuthorStyleSheet','HitTest','Commit','Layerize'].includes(k.name)) sum[k.name] = (sum[k.name] ?? 0) + k.dur / 1000;
  console.log(`task @${((task.ts - tasks[0].ts)/1000).toFixed(0)}ms ${(task.dur / 1000).toFixed(1)}ms`, Object.entries(sum).map(([k, v]) => `${k}:${v.toFixed(1)}`).join(' '));
}
