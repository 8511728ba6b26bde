// `npm run bench`: what the widgets cost, side by side with the floor and peers,
// in real Chromium (playwright-core driving the system Chrome/Chromium).
// Prints tables and writes bench/results.json. `npm run bench -- --check`
// exits 1 when a budget in bench/budgets.json is exceeded.
// Needs `npm run build` first (it measures cdn/).
import { createServer } from 'node:http';
import { readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { chromium } from 'playwright-core';
import { cdnPlugins } from '../rollup.config.mjs';
import { measure, measureFiles } from '../scripts/bytes.mjs';
import { findChrome } from '../scripts/find-chrome.mjs';
import { feedMiddleware } from '../tests/support/feed-middleware.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const check = process.argv.includes('--check');
const budgets = JSON.parse(readFileSync(new URL('./budgets.json', import.meta.url), 'utf8'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
const ms = (n) => `${n.toFixed(1)} ms`;
const results = { date: new Date().toISOString(), machine: null, bytes: {}, render: {}, scale: {}, memory: {}, keystroke: {}, layout: {} };

if (!existsSync(join(ROOT, 'cdn/freelancer-widgets.js'))) {
  console.error('bench: cdn/ is missing; run npm run build first.');
  process.exit(1);
}

// ---------- Bytes ----------
async function bundle(input) {
  const build = await rollup({ input, plugins: cdnPlugins(), onwarn() {} });
  const { output } = await build.generate({ format: 'es' });
  return Buffer.from(output.map((o) => o.code ?? '').join('\n'));
}
const bytes = {
  'freelancer-widgets.js (all four)': measureFiles(join(ROOT, 'cdn'), ['freelancer-widgets.js']),
  'royalty-tier-calc.js': measureFiles(join(ROOT, 'cdn'), ['royalty-tier-calc.js']),
  'tax-withholding-table.js': measureFiles(join(ROOT, 'cdn'), ['tax-withholding-table.js']),
  'fiverr-level-meter.js': measureFiles(join(ROOT, 'cdn'), ['fiverr-level-meter.js']),
  'tag-cloud.js': measureFiles(join(ROOT, 'cdn'), ['tag-cloud.js']),
  'floor: Lit alone': measure(await bundle(join(ROOT, 'bench/floor/lit.js'))),
  'floor: Lit + @lit/localize': measure(await bundle(join(ROOT, 'bench/floor/lit-localize.js'))),
  'peer: jQuery 3 + jQCloud 2 (JS + CSS)': [
    'node_modules/jquery/dist/jquery.min.js',
    'node_modules/jqcloud2/dist/jqcloud.min.js',
    'node_modules/jqcloud2/dist/jqcloud.min.css',
  ]
    .map((f) => measure(readFileSync(join(ROOT, f))))
    .reduce((a, s) => ({ min: a.min + s.min, gzip: a.gzip + s.gzip, brotli: a.brotli + s.brotli })),
  'peer: Shoelace progress-bar + input': measure(await bundle(join(ROOT, 'bench/floor/shoelace.js'))),
};
results.bytes = bytes;

// ---------- A static server for the pages ----------
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
};
const generated = new Map();
const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname.startsWith('/feed/') || url.pathname === '/feeds/posts/summary') {
    const ctx = {
      path: url.pathname,
      url: req.url,
      query: Object.fromEntries(url.searchParams),
      set() {},
      status: 200,
      body: '',
      type: '',
    };
    await feedMiddleware(ctx, async () => {});
    res.writeHead(ctx.status, { 'content-type': 'application/json' });
    return res.end(ctx.body);
  }
  if (generated.has(url.pathname)) {
    res.writeHead(200, { 'content-type': 'text/html' });
    return res.end(generated.get(url.pathname));
  }
  const file = normalize(join(ROOT, decodeURIComponent(url.pathname)));
  if (!file.startsWith(ROOT) || !existsSync(file) || statSync(file).isDirectory()) {
    res.writeHead(404);
    return res.end();
  }
  let body = readFileSync(file);
  // The Blogger-like demo post, with the built bundle instead of the sources.
  if (url.pathname === '/demo/blogger.html')
    body = body.toString().replace('../src/cdn/freelancer-widgets.ts', '/cdn/freelancer-widgets.js');
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  res.end(body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: findChrome(),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
results.machine = `${browser.version()} · ${process.platform} ${process.arch} · Node ${process.version}`;
const fresh = async (viewport = { width: 1280, height: 900 }) => {
  const context = await browser.newContext({ viewport });
  return { context, page: await context.newPage() };
};

// ---------- Render: four widgets vs the same DOM as static HTML (declarative shadow DOM) ----------
{
  const { context, page } = await fresh();
  await page.goto(`${base}/bench/pages/four.html`);
  await page.waitForFunction(() => window.__done);
  // Serialize the rendered page, shadow roots included, with each shadow root's styles inlined.
  const staticHtml = await page.evaluate(() => {
    const hosts = [...document.querySelectorAll('royalty-tier-calc, tax-withholding-table, fiverr-level-meter, tag-cloud')];
    for (const host of hosts) {
      const css = host.shadowRoot.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n');
      const style = document.createElement('style');
      style.textContent = css;
      host.shadowRoot.prepend(style);
    }
    for (const s of document.querySelectorAll('script')) s.remove();
    return '<!doctype html>\n' + document.documentElement.getHTML({ shadowRoots: hosts.map((h) => h.shadowRoot) });
  });
  generated.set('/bench/static-floor.html', staticHtml.replace('</body>', '<script src="/bench/pages/measure-static.js"></script></body>'));
  await context.close();
  const times = { widgets: [], script: [], floor: [] };
  for (let i = 0; i < RUNS; i++) {
    for (const kind of ['widgets', 'floor']) {
      const { context: c, page: p } = await fresh();
      await p.goto(`${base}${kind === 'widgets' ? '/bench/pages/four.html' : '/bench/static-floor.html'}`);
      await p.waitForFunction(() => window.__done);
      const t = await p.evaluate(() => ({ done: window.__done, start: window.__scriptStart ?? 0 }));
      times[kind].push(t.done);
      if (kind === 'widgets') times.script.push(t.done - t.start);
      await c.close();
    }
  }
  results.render = {
    runs: RUNS,
    widgetsMs: median(times.widgets),
    scriptToRenderedMs: median(times.script),
    staticFloorMs: median(times.floor),
    ratio: median(times.widgets) / median(times.floor),
  };
}

// ---------- Scale: the cloud against jQCloud, many widgets, memory ----------
{
  const { context, page } = await fresh();
  await page.goto(`${base}/bench/pages/scale.html`);
  await page.waitForFunction(() => customElements.get('tag-cloud') && window.jQuery?.fn?.jQCloud);
  for (const n of [200, 5000]) {
    const r = await page.evaluate(
      async ({ n, runs }) => {
        const words = Array.from({ length: n }, (_, i) => ({ name: `label ${i}`, count: 1 + ((i * 7919) % 97) }));
        const stage = document.getElementById('stage');
        const frame = () => new Promise((res) => requestAnimationFrame(() => res()));
        const ours = [];
        const theirs = [];
        let placed = 0;
        for (let k = 0; k < runs; k++) {
          stage.replaceChildren();
          await frame();
          let t = performance.now();
          const cloud = document.createElement('tag-cloud');
          cloud.tags = words;
          stage.append(cloud);
          await cloud.updateComplete;
          void cloud.offsetHeight; // layout included
          ours.push(performance.now() - t);
          stage.replaceChildren();
          const box = document.createElement('div');
          box.style.width = '760px';
          box.style.height = '500px';
          stage.append(box);
          await frame();
          t = performance.now();
          await new Promise((done) =>
            window.jQuery(box).jQCloud(
              words.map((w) => ({ text: w.name, weight: w.count })),
              { delay: 0, autoResize: false, afterCloudRender: done },
            ),
          );
          theirs.push(performance.now() - t);
          placed = [...box.querySelectorAll('span')].filter((s) => s.style.display !== 'none').length;
        }
        const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
        return { oursMs: med(ours), jqcloudMs: med(theirs), oursShown: n, jqcloudShown: placed };
      },
      { n, runs: Math.max(5, Math.floor(RUNS / 3)) },
    );
    results.scale[`tags${n}`] = { ...r, ratio: r.oursMs / r.jqcloudMs };
  }
  for (const n of [100, 1000]) {
    results.scale[`widgets${n}`] = await page.evaluate(async (n) => {
      const stage = document.getElementById('stage');
      stage.replaceChildren();
      await new Promise((r) => requestAnimationFrame(() => r()));
      const tags = ['royalty-tier-calc', 'tax-withholding-table', 'fiverr-level-meter', 'tag-cloud'];
      const t = performance.now();
      const els = Array.from({ length: n }, (_, i) => {
        const el = document.createElement(tags[i % 4]);
        if (el.localName === 'tag-cloud') el.tags = 'microstock, npwp, npwp, fiverr';
        return el;
      });
      stage.append(...els);
      await Promise.all(els.map((e) => e.updateComplete));
      void stage.offsetHeight; // layout included
      const ms = performance.now() - t;
      stage.replaceChildren();
      return { ms, perWidgetMs: ms / n };
    }, n);
  }
  const cdp = await context.newCDPSession(page);
  for (const tag of ['royalty-tier-calc', 'tax-withholding-table', 'fiverr-level-meter', 'tag-cloud']) {
    await cdp.send('HeapProfiler.collectGarbage');
    const before = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    await page.evaluate(async (tag) => {
      const stage = document.getElementById('stage');
      const els = Array.from({ length: 100 }, () => document.createElement(tag));
      stage.append(...els);
      await Promise.all(els.map((e) => e.updateComplete));
    }, tag);
    await cdp.send('HeapProfiler.collectGarbage');
    const after = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    results.memory[tag] = { heapFor100Bytes: after - before, perWidgetBytes: (after - before) / 100 };
    await page.evaluate(() => document.getElementById('stage').replaceChildren());
  }
  await context.close();
}

// ---------- A reader's keystroke to the updated result ----------
{
  const { context, page } = await fresh();
  await page.goto(`${base}/bench/pages/four.html`);
  await page.waitForFunction(() => window.__done);
  for (const [tag, field, event] of [
    ['royalty-tier-calc', 'monthlyDownloads', 'royalty-change'],
    ['tax-withholding-table', 'gross', 'withholding-change'],
    ['fiverr-level-meter', 'orders', 'level-change'],
  ]) {
    await page.evaluate(
      ({ tag, field, event }) => {
        window.__lat = [];
        const el = document.querySelector(tag);
        const input = el.shadowRoot.getElementById(field);
        input.value = '';
        input.focus();
        let down = 0;
        input.addEventListener('keydown', (e) => (down = e.timeStamp), { capture: true });
        // The result is on screen when the next frame after the event is drawn.
        el.addEventListener(event, () => requestAnimationFrame(() => window.__lat.push(performance.now() - down)));
      },
      { tag, field, event },
    );
    for (let i = 0; i < 20; i++) {
      await page.keyboard.type(String((i % 9) + 1));
      await page.waitForFunction((n) => window.__lat.length >= n, i + 1);
      if (i % 5 === 4) await page.keyboard.press('Backspace');
    }
    const lat = await page.evaluate(() => window.__lat);
    results.keystroke[tag] = { medianMs: median(lat), maxMs: Math.max(...lat), samples: lat.length };
  }
  await context.close();
}

// ---------- Layout: CLS and long tasks on the Blogger-like demo post ----------
for (const viewport of [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
]) {
  const { context, page } = await fresh(viewport);
  await page.addInitScript(() => {
    window.__cls = 0;
    window.__long = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => !e.hadRecentInput && (window.__cls += e.value))).observe({
      type: 'layout-shift',
      buffered: true,
    });
    new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push(e.duration))).observe({
      type: 'longtask',
      buffered: true,
    });
  });
  await page.goto(`${base}/demo/blogger.html`, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  const r = await page.evaluate(() => ({ cls: window.__cls, longTasks: window.__long.length, longestMs: Math.max(0, ...window.__long) }));
  results.layout[`${viewport.width}px`] = r;
  await context.close();
}

await browser.close();
server.close();

// ---------- Report ----------
console.log(`\nfreelancer-widgets benchmark · ${results.date.slice(0, 10)} · ${results.machine} · median of ${RUNS} runs\n`);
console.log('Bytes'.padEnd(42) + 'min'.padStart(11) + 'gzip'.padStart(11) + 'brotli'.padStart(11) + '  × Lit+localize');
const floor = bytes['floor: Lit + @lit/localize'].brotli;
for (const [name, b] of Object.entries(bytes)) {
  console.log(
    name.padEnd(42) + kb(b.min).padStart(11) + kb(b.gzip).padStart(11) + kb(b.brotli).padStart(11) + `  ${(b.brotli / floor).toFixed(2)}×`,
  );
}
const R = results.render;
console.log(`\nRender (navigation → all four updated and drawn)`);
console.log(
  `  widgets ${ms(R.widgetsMs)} (script start → rendered ${ms(R.scriptToRenderedMs)}) · static DSD floor ${ms(R.staticFloorMs)} · ratio ${R.ratio.toFixed(2)}× (goal ≤ 1.5×)`,
);
console.log('\nScale');
for (const n of [200, 5000]) {
  const s = results.scale[`tags${n}`];
  console.log(
    `  <tag-cloud> ${n} tags: ${ms(s.oursMs)}, all ${s.oursShown} shown · jQCloud ${ms(s.jqcloudMs)}, ${s.jqcloudShown} shown · ratio ${s.ratio.toFixed(2)}×${n === 5000 ? ' (goal ≤ 50 ms)' : ''}`,
  );
}
for (const n of [100, 1000])
  console.log(
    `  ${n} widgets on one page: ${ms(results.scale[`widgets${n}`].ms)} (${results.scale[`widgets${n}`].perWidgetMs.toFixed(2)} ms each)`,
  );
console.log('\nMemory (JS heap after GC, 100 of each)');
for (const [tag, m] of Object.entries(results.memory))
  console.log(`  ${tag.padEnd(24)} ${kb(m.heapFor100Bytes).padStart(10)} · ${kb(m.perWidgetBytes)} each`);
console.log('\nKeystroke → result drawn (median of 20; goal ≤ 16 ms)');
for (const [tag, k] of Object.entries(results.keystroke)) console.log(`  ${tag.padEnd(24)} ${ms(k.medianMs)} (max ${ms(k.maxMs)})`);
console.log('\nLayout on the Blogger-like demo post (goal: no long task)');
for (const [w, l] of Object.entries(results.layout))
  console.log(`  ${w.padEnd(8)} CLS ${l.cls.toFixed(4)} · long tasks ${l.longTasks} (longest ${ms(l.longestMs)})`);
writeFileSync(new URL('./results.json', import.meta.url), JSON.stringify(results, null, 2) + '\n');
console.log('\nWritten to bench/results.json');

if (check) {
  const failures = [];
  const over = (name, value, limit) => value > limit && failures.push(`${name}: ${value.toFixed(2)} > ${limit}`);
  over('all four, brotli KB', bytes['freelancer-widgets.js (all four)'].brotli / 1024, budgets.allFourBrotliKB);
  over('render ratio', R.ratio, budgets.renderRatio);
  over('5,000 tags ms', results.scale.tags5000.oursMs, budgets.tags5000Ms);
  for (const [tag, k] of Object.entries(results.keystroke)) over(`keystroke ${tag} ms`, k.medianMs, budgets.keystrokeMs);
  for (const [w, l] of Object.entries(results.layout)) {
    over(`CLS ${w}`, l.cls, budgets.cls);
    over(`long tasks ${w}`, l.longTasks, budgets.longTasks);
  }
  if (failures.length) {
    console.error(`\nbench --check: over budget (bench/budgets.json):\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  console.log('\nbench --check: within every budget in bench/budgets.json');
}
