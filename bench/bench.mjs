// `npm run bench`: what the widgets cost a page, measured in real Chromium
// (playwright-core and Lighthouse driving the system Chrome/Chromium), beside
// the floor they are compared with and the goals. Prints tables and writes
// bench/results.json. `npm run bench -- --check` exits 1 when a budget in
// bench/budgets.json is exceeded: sizes always, timings only as ratios (a
// shared machine's absolute timings are too noisy to fail a build on).
// Needs `npm run build` first (it measures cdn/). BENCH_RUNS sets the runs (default 5).
import { createServer } from 'node:http';
import { readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants as zlibConstants } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { chromium } from 'playwright-core';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { cdnPlugins } from '../rollup.config.mjs';
import { closure, measure, measureFiles } from '../scripts/bytes.mjs';
import { findChrome } from '../scripts/find-chrome.mjs';
import { feedMiddleware } from '../tests/support/feed-middleware.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 5));
const check = process.argv.includes('--check');
const budgets = JSON.parse(readFileSync(new URL('./budgets.json', import.meta.url), 'utf8'));
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => sorted(xs)[Math.floor(xs.length / 2)];
const stats = (xs) => ({ median: median(xs), min: sorted(xs)[0], max: sorted(xs).at(-1), runs: xs.length });
const shuffle = (xs) =>
  xs
    .map((x) => [Math.random(), x])
    .sort((a, b) => a[0] - b[0])
    .map(([, x]) => x);
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
const ms = (n) => `${Math.round(n)} ms`;
const range = (s, f = ms) => `${f(s.median)} (${f(s.min)}–${f(s.max)})`;
const results = {
  date: new Date().toISOString(),
  machine: {},
  bytes: {},
  render: {},
  cloud: {},
  scale: {},
  memory: {},
  keystroke: {},
  layout: {},
  lighthouse: {},
};

if (!existsSync(join(ROOT, 'cdn/freelancer-widgets.js'))) {
  console.error('bench: cdn/ is missing; run npm run build first.');
  process.exit(1);
}

// ---------- Bytes: what a page loads for each CDN entry, and the floors and peers ----------
async function bundle(input) {
  const build = await rollup({ input, plugins: cdnPlugins(), onwarn() {} });
  const { output } = await build.generate({ format: 'es', inlineDynamicImports: true });
  return Buffer.from(output.map((o) => o.code ?? '').join('\n'));
}
const entry = (name) => measureFiles(join(ROOT, 'cdn'), [...closure(join(ROOT, 'cdn'), name)]);
results.bytes = {
  'freelancer-widgets.js (all four)': entry('freelancer-widgets.js'),
  'royalty-tier-calc.js': entry('royalty-tier-calc.js'),
  'tax-withholding-table.js': entry('tax-withholding-table.js'),
  'fiverr-level-meter.js': entry('fiverr-level-meter.js'),
  'tag-cloud.js': entry('tag-cloud.js'),
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

// ---------- A static server: the repository, generated pages, the feed stand-in ----------
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
};
const generated = new Map();
const compressed = new Map();
/** A file's bytes as brotli, made once per file and content. */
const brotli = (file, body) => {
  const key = `${file}:${body.length}`;
  if (!compressed.has(key)) compressed.set(key, brotliCompressSync(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }));
  return compressed.get(key);
};
/*
 * The Blogger-like post loads the widget script as from a CDN: another origin, reached after a new
 * connection (DNS, TCP, TLS, request: about four round trips of a phone network). The server holds the
 * script this long, so the post is painted before the widgets start, as on a real blog, and Lighthouse
 * counts their work as blocking time after the first paint instead of folding it into a later one.
 */
const CDN_DELAY_MS = 300;
const post = readFileSync(join(ROOT, 'demo/blogger.html'), 'utf8').replace(
  '../src/cdn/freelancer-widgets.ts',
  '/cdn/freelancer-widgets.js?cdn',
);
/*
 * The Blogger-like post four ways, for Lighthouse: without the widgets, pasted bare, with the reservation
 * CSS, and without the widgets but with one Intl number format made after load: the browser's ICU
 * start-up that any page formatting a number pays once, in one task no script can split (the floor
 * under the widgets' TBT).
 */
const postNone = post
  .replace(/<(royalty-tier-calc|tax-withholding-table|tag-cloud)\b[\s\S]*?<\/\1>/g, '')
  .replace(/\s*<script type="module" src="\/cdn\/freelancer-widgets.js\?cdn"><\/script>/, '');
generated.set('/bench/post-reserved.html', post);
generated.set('/bench/post-bare.html', post.replace(/\s*<link rel="stylesheet" href="..\/docs\/reserve.css" \/>/, ''));
generated.set('/bench/post-none.html', postNone);
generated.set(
  '/bench/post-icu.html',
  postNone.replace('</body>', `<script type="module">setTimeout(() => new Intl.NumberFormat('id-ID').format(1), 0);</script></body>`),
);
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
      res,
    };
    await feedMiddleware(ctx, async () => {});
    res.writeHead(ctx.status, { 'content-type': 'application/json' });
    return res.end(ctx.body);
  }
  if (generated.has(url.pathname)) {
    res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' });
    return res.end(generated.get(url.pathname));
  }
  const file = normalize(join(ROOT, decodeURIComponent(url.pathname)));
  if (!file.startsWith(ROOT) || !existsSync(file) || statSync(file).isDirectory()) {
    res.writeHead(404);
    return res.end();
  }
  if (url.searchParams.has('cdn')) await new Promise((r) => setTimeout(r, CDN_DELAY_MS));
  let body = readFileSync(file);
  if (url.pathname === '/demo/blogger.html') body = post;
  // Cacheable and compressed like a CDN file (jsDelivr and unpkg send brotli), so a reload measures a warm
  // page and Lighthouse's simulated network moves the bytes a reader's phone would receive.
  const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'max-age=600' };
  if (/\bbr\b/.test(req.headers['accept-encoding'] ?? '') && /^(text|application\/json)/.test(headers['content-type'])) {
    body = brotli(file, body);
    headers['content-encoding'] = 'br';
  }
  res.writeHead(200, headers);
  res.end(body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const CHROME = findChrome();
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS });
results.machine = {
  browser: `Chromium ${browser.version()}`,
  cpu: `${cpus().length} × ${cpus()[0]?.model?.trim() ?? 'unknown'}`,
  platform: `${process.platform} ${process.arch}`,
  node: process.version,
  loadBefore: loadavg()
    .map((l) => l.toFixed(2))
    .join(' '),
};
const fresh = async (viewport = { width: 1280, height: 900 }) => {
  const context = await browser.newContext({ viewport });
  return { context, page: await context.newPage() };
};
/** In the page: resolves after the next frame has been painted (double rAF, then a task). */
const PAINTED = `new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0))))`;
/**
 * In the page: `(root) => css`, a widget's shadow-root styles as one stylesheet text for its static copy,
 * with the rule that hides an incomplete widget never matching (a static copy has no `:state(ready)`).
 */
const STATIC_CSS = `(root) => root.adoptedStyleSheets
  .map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\\n'))
  .join('\\n')
  .replaceAll(':host(:not(:state(ready)))', ':host(.never)')`;

// ---------- Render: four widgets vs the same DOM as static HTML with declarative shadow DOM ----------
{
  const { context, page } = await fresh();
  await page.goto(`${base}/bench/pages/four.html`);
  await page.waitForFunction(() => window.__done);
  // Serialize the rendered page, shadow roots included, each with its styles inlined and every input's
  // value and each select's choice written as HTML, so the static page shows exactly the same.
  const staticHtml = await page.evaluate((STATIC_CSS) => {
    const staticCss = eval(STATIC_CSS);
    const hosts = [...document.querySelectorAll('royalty-tier-calc, tax-withholding-table, fiverr-level-meter, tag-cloud')];
    for (const host of hosts) {
      const root = host.shadowRoot;
      for (const input of root.querySelectorAll('input')) input.setAttribute('value', input.value);
      for (const option of root.querySelectorAll('option')) option.toggleAttribute('selected', option.selected);
      const style = document.createElement('style');
      style.textContent = staticCss(root);
      root.prepend(style);
    }
    for (const s of document.querySelectorAll('script')) s.remove();
    return '<!doctype html>\n' + document.documentElement.getHTML({ shadowRoots: hosts.map((h) => h.shadowRoot) });
  }, STATIC_CSS);
  generated.set('/bench/static-floor.html', staticHtml.replace('</body>', '<script src="/bench/pages/measure-static.js"></script></body>'));
  await context.close();
  const times = { widgets: { cold: [], warm: [] }, floor: { cold: [], warm: [] } };
  for (let i = 0; i < RUNS; i++) {
    for (const kind of shuffle(['widgets', 'floor'])) {
      const { context: c, page: p } = await fresh();
      const url = `${base}${kind === 'widgets' ? '/bench/pages/four.html' : '/bench/static-floor.html'}`;
      for (const temperature of ['cold', 'warm']) {
        if (temperature === 'cold') await p.goto(url);
        else await p.reload();
        await p.waitForFunction(() => window.__done);
        times[kind][temperature].push(await p.evaluate(() => window.__done));
      }
      await c.close();
    }
  }
  results.render = {
    widgets: { cold: stats(times.widgets.cold), warm: stats(times.widgets.warm) },
    floor: { cold: stats(times.floor.cold), warm: stats(times.floor.warm) },
  };
  for (const t of ['cold', 'warm'])
    results.render[`ratio${t[0].toUpperCase()}${t.slice(1)}`] = median(times.widgets[t]) / median(times.floor[t]);
}

// ---------- The cloud against jQCloud; many widgets; memory ----------
{
  const measureCloud = async (n, runs) => {
    const { context, page } = await fresh();
    await page.goto(`${base}/bench/pages/scale.html`);
    await page.waitForFunction(() => customElements.get('tag-cloud') && window.jQuery?.fn?.jQCloud);
    const r = await page.evaluate(
      async ({ n, runs, PAINTED, STATIC_CSS }) => {
        const painted = () => eval(PAINTED);
        const staticCss = eval(STATIC_CSS);
        const words = Array.from({ length: n }, (_, i) => ({ name: `label ${i}`, count: 1 + ((i * 7919) % 97) }));
        const stage = document.getElementById('stage');
        const ours = [];
        const theirs = [];
        const statics = [];
        let staticHtml;
        let placed = 0;
        for (let k = 0; k < runs; k++) {
          stage.replaceChildren();
          await painted();
          let t = performance.now();
          const cloud = document.createElement('tag-cloud');
          cloud.tags = words;
          stage.append(cloud);
          await cloud.updateComplete;
          await painted();
          ours.push(performance.now() - t);
          // The floor: the same cloud as static HTML (declarative shadow DOM, its styles inlined), parsed and painted.
          if (!staticHtml) {
            const root = cloud.shadowRoot;
            staticHtml = `<div><template shadowrootmode="open"><style>${staticCss(root)}</style>${root.innerHTML}</template></div>`;
          }
          stage.replaceChildren();
          await painted();
          t = performance.now();
          const holder = document.createElement('div');
          holder.setHTMLUnsafe(staticHtml);
          stage.append(holder);
          await painted();
          statics.push(performance.now() - t);
          stage.replaceChildren();
          const box = document.createElement('div');
          box.style.width = '760px';
          box.style.height = '500px';
          stage.append(box);
          await painted();
          t = performance.now();
          await new Promise((done) =>
            window.jQuery(box).jQCloud(
              words.map((w) => ({ text: w.name, weight: w.count })),
              { delay: 0, autoResize: false, afterCloudRender: done },
            ),
          );
          await painted();
          theirs.push(performance.now() - t);
          placed = [...box.querySelectorAll('span')].filter((s) => s.style.display !== 'none').length;
        }
        return { ours, theirs, statics, oursShown: n, jqcloudShown: placed };
      },
      { n, runs, PAINTED, STATIC_CSS },
    );
    await context.close();
    return r;
  };
  for (const n of [200, 5000]) {
    const cold = { ours: [], theirs: [] };
    const warm = { ours: [], theirs: [], statics: [] };
    let shown;
    for (let i = 0; i < RUNS; i++) {
      const r = await measureCloud(n, 3);
      cold.ours.push(r.ours[0]);
      cold.theirs.push(r.theirs[0]);
      warm.ours.push(...r.ours.slice(1));
      warm.theirs.push(...r.theirs.slice(1));
      warm.statics.push(...r.statics.slice(1));
      shown = r;
    }
    results.cloud[`tags${n}`] = {
      ours: { cold: stats(cold.ours), warm: stats(warm.ours) },
      jqcloud: { cold: stats(cold.theirs), warm: stats(warm.theirs) },
      staticHtml: { warm: stats(warm.statics) },
      oursShown: shown.oursShown,
      jqcloudShown: shown.jqcloudShown,
      ratioWarm: median(warm.ours) / median(warm.theirs),
      toStaticWarm: median(warm.ours) / median(warm.statics),
    };
  }
  const { context, page } = await fresh();
  await page.goto(`${base}/bench/pages/scale.html`);
  await page.waitForFunction(() => customElements.get('tag-cloud'));
  for (const n of [100, 1000]) {
    results.scale[`widgets${n}`] = await page.evaluate(
      async ({ n, PAINTED }) => {
        const stage = document.getElementById('stage');
        stage.replaceChildren();
        await eval(PAINTED);
        const tags = ['royalty-tier-calc', 'tax-withholding-table', 'fiverr-level-meter', 'tag-cloud'];
        const t = performance.now();
        const els = Array.from({ length: n }, (_, i) => {
          const el = document.createElement(tags[i % 4]);
          if (el.localName === 'tag-cloud') el.tags = 'microstock, npwp, npwp, fiverr';
          return el;
        });
        stage.append(...els);
        await Promise.all(els.map((e) => e.updateComplete));
        await eval(PAINTED);
        const took = performance.now() - t;
        stage.replaceChildren();
        return { ms: took, perWidgetMs: took / n };
      },
      { n, PAINTED },
    );
  }
  const cdp = await context.newCDPSession(page);
  for (const tag of ['royalty-tier-calc', 'tax-withholding-table', 'fiverr-level-meter', 'tag-cloud']) {
    await cdp.send('HeapProfiler.collectGarbage');
    const before = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    await page.evaluate(async (tag) => {
      const els = Array.from({ length: 100 }, () => document.createElement(tag));
      document.getElementById('stage').append(...els);
      await Promise.all(els.map((e) => e.updateComplete));
    }, tag);
    await cdp.send('HeapProfiler.collectGarbage');
    const after = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    results.memory[tag] = { perWidgetBytes: (after - before) / 100 };
    await page.evaluate(() => document.getElementById('stage').replaceChildren());
  }
  await context.close();
}

// ---------- A reader's keystroke to the result drawn ----------
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
        // Drawn: after the frame that follows the event has been painted.
        el.addEventListener(event, () =>
          requestAnimationFrame(() => requestAnimationFrame(() => window.__lat.push(performance.now() - down))),
        );
      },
      { tag, field, event },
    );
    for (let i = 0; i < 20; i++) {
      await page.keyboard.type(String((i % 9) + 1));
      await page.waitForFunction((n) => window.__lat.length >= n, i + 1);
      if (i % 5 === 4) await page.keyboard.press('Backspace');
    }
    results.keystroke[tag] = stats(await page.evaluate(() => window.__lat));
  }
  await context.close();
}

// ---------- Long tasks and layout shift on the Blogger-like post, unthrottled ----------
for (const viewport of [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
]) {
  const longest = [];
  const counts = [];
  const cls = [];
  for (let i = 0; i < RUNS; i++) {
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
    await page.goto(`${base}/bench/post-reserved.html`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() =>
      [...document.querySelectorAll('royalty-tier-calc, tax-withholding-table, tag-cloud')].every((e) =>
        e.shadowRoot?.querySelector('[part="base"]'),
      ),
    );
    await page.waitForTimeout(500);
    const r = await page.evaluate(() => ({ cls: window.__cls, long: window.__long }));
    longest.push(Math.max(0, ...r.long));
    counts.push(r.long.length);
    cls.push(r.cls);
    await context.close();
  }
  results.layout[`${viewport.width}px`] = { longTasks: stats(counts), longestMs: stats(longest), cls: stats(cls) };
}
await browser.close();

// ---------- Lighthouse (mobile, simulated throttling), the post without, bare and reserved ----------
const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: ['--headless=new', ...FLAGS] });
const lh = { none: [], icu: [], bare: [], reserved: [] };
for (let i = 0; i < Math.max(3, Math.ceil(RUNS / 2)); i++) {
  for (const variant of shuffle(Object.keys(lh))) {
    const { lhr } = await lighthouse(`${base}/bench/post-${variant}.html`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    const a = lhr.audits;
    lh[variant].push({
      score: Math.round(lhr.categories.performance.score * 100),
      tbt: a['total-blocking-time'].numericValue,
      cls: a['cumulative-layout-shift'].numericValue,
      lcp: a['largest-contentful-paint'].numericValue,
    });
  }
}
await chrome.kill();
server.close();
for (const [variant, runs] of Object.entries(lh)) {
  results.lighthouse[variant] = Object.fromEntries(['score', 'tbt', 'cls', 'lcp'].map((k) => [k, stats(runs.map((r) => r[k]))]));
}
for (const variant of ['icu', 'bare', 'reserved']) {
  const v = results.lighthouse[variant];
  const none = results.lighthouse.none;
  v.delta = {
    score: v.score.median - none.score.median,
    tbt: v.tbt.median - none.tbt.median,
    cls: v.cls.median - none.cls.median,
    lcp: v.lcp.median - none.lcp.median,
  };
}
results.machine.loadAfter = loadavg()
  .map((l) => l.toFixed(2))
  .join(' ');

// ---------- Report ----------
const G = budgets.goals;
const M = results.machine;
console.log(`\nfreelancer-widgets benchmark · ${results.date.slice(0, 10)} · ${M.browser} · ${M.cpu} · ${M.platform} · Node ${M.node}`);
console.log(`load average before ${M.loadBefore}, after ${M.loadAfter} · medians (range) of ${RUNS} runs unless said\n`);
console.log('Bytes, what a page loads'.padEnd(44) + 'min'.padStart(11) + 'gzip'.padStart(11) + 'brotli'.padStart(11) + '  goal');
for (const [name, b] of Object.entries(results.bytes)) {
  const goal = budgets.bytes[name] ? `≤ ${budgets.bytes[name].toFixed(1)} KB ${b.brotli / 1024 <= budgets.bytes[name] ? '✓' : '✗'}` : '';
  console.log(name.padEnd(44) + kb(b.min).padStart(11) + kb(b.gzip).padStart(11) + kb(b.brotli).padStart(11) + `  ${goal}`);
}
const R = results.render;
console.log('\nRender: navigation → every widget complete and painted, against the same DOM as static HTML (declarative shadow DOM)');
for (const t of ['cold', 'warm'])
  console.log(
    `  ${t}: widgets ${range(R.widgets[t])} · static ${range(R.floor[t])} · ratio ${R[`ratio${t[0].toUpperCase()}${t.slice(1)}`].toFixed(2)}× (goal ≤ ${G.renderRatio}×)`,
  );
console.log('\n<tag-cloud> against jQCloud 2 (append → painted; cold = first in a fresh page)');
for (const n of [200, 5000]) {
  const c = results.cloud[`tags${n}`];
  console.log(
    `  ${n} tags: warm ${range(c.ours.warm)}, cold ${range(c.ours.cold)}, all ${c.oursShown} shown · the same as static HTML, warm ${range(c.staticHtml.warm)} (${c.toStaticWarm.toFixed(2)}×) · jQCloud warm ${range(c.jqcloud.warm)}, ${c.jqcloudShown} shown · ${(1 / c.ratioWarm).toFixed(1)}× faster`,
  );
}
console.log(
  `  goals for 5,000: warm ≤ ${G.tags5000WarmMs} ms, cold ≤ ${G.tags5000ColdMs} ms, ≥ ${G.fasterThanJqcloud}× faster than jQCloud`,
);
for (const n of [100, 1000])
  console.log(
    `  ${n} widgets on one page: ${ms(results.scale[`widgets${n}`].ms)} (${results.scale[`widgets${n}`].perWidgetMs.toFixed(2)} ms each)`,
  );
console.log('\nJS heap per widget (100 of each, after GC)');
for (const [tag, m] of Object.entries(results.memory)) console.log(`  ${tag.padEnd(24)} ${kb(m.perWidgetBytes)}`);
console.log(`\nKeystroke → result painted (20 keys; goal ≤ ${G.keystrokeMs} ms)`);
for (const [tag, k] of Object.entries(results.keystroke)) console.log(`  ${tag.padEnd(24)} ${range(k)}`);
console.log('\nThe Blogger-like post with the reservation CSS, unthrottled (goal: no task over 50 ms, CLS ≤ 0.01)');
for (const [w, l] of Object.entries(results.layout))
  console.log(
    `  ${w.padEnd(7)} long tasks ${range(l.longTasks, String)} · longest ${range(l.longestMs)} · CLS ${range(l.cls, (x) => x.toFixed(4))}`,
  );
console.log('\nLighthouse 12, mobile, simulated throttling');
for (const [variant, v] of Object.entries(results.lighthouse)) {
  const d = v.delta ? ` · Δ score ${v.delta.score}, TBT ${ms(v.delta.tbt)}, CLS ${v.delta.cls.toFixed(3)}, LCP ${ms(v.delta.lcp)}` : '';
  console.log(
    `  ${variant.padEnd(9)} score ${range(v.score, String)} · TBT ${range(v.tbt)} · CLS ${range(v.cls, (x) => x.toFixed(3))} · LCP ${range(v.lcp)}${d}`,
  );
}
console.log(`  (icu: the post without widgets plus one Intl.NumberFormat after load — the ICU start-up every widget page pays)`);
console.log(`  goals: reserved ≤ ${G.lighthouseScoreLost} point lost, TBT ≤ ${G.tbtMs} ms, CLS ≤ ${G.cls}; bare TBT ≤ ${G.tbtMs} ms`);
writeFileSync(new URL('./results.json', import.meta.url), JSON.stringify(results, null, 2) + '\n');
console.log('\nWritten to bench/results.json');

if (check) {
  const failures = [];
  const over = (name, value, limit) => value > limit && failures.push(`${name}: ${value.toFixed(2)} > ${limit}`);
  for (const [name, limit] of Object.entries(budgets.check.brotliKB)) over(`${name}, brotli KB`, results.bytes[name].brotli / 1024, limit);
  over('render ratio (warm)', R.ratioWarm, budgets.check.renderRatio);
  over('5,000 tags: ours / jQCloud (warm)', results.cloud.tags5000.ratioWarm, budgets.check.cloudToJqcloud);
  over('5,000 tags: ours / static HTML (warm)', results.cloud.tags5000.toStaticWarm, budgets.check.cloudToStatic);
  if (failures.length) {
    console.error(`\nbench --check: over budget (bench/budgets.json):\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  console.log('\nbench --check: within every budget in bench/budgets.json');
}
