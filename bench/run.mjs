// `npm run bench`, step 2 (after bench/static-floor.mjs): the field's tools, one after another, and a summary.
// - tachometer (bench/tachometer/*.json): timings with 95% confidence intervals, each page against its floor;
//   results in bench/results/<name>.json.
// - Lighthouse CI (bench/lighthouserc.json): PageSpeed's mobile audit of the Blogger-like post, 5 runs per
//   variant, asserting its budgets; reports in bench/results/lighthouse/.
// - bench/keystroke-phone.mjs: a reader typing real keys on a phone profile, the slowest key of each widget
//   (Event Timing, as INP counts it), asserted against its budget; results in bench/results/keystroke-phone.json.
// `npm run bench -- render cloud` runs only those tachometer configs; `-- lighthouse` only Lighthouse CI;
// `-- phone-keys` only the typing bench.
// Exits non-zero when a tool fails or a Lighthouse assertion does. Needs Chrome or Chromium and its driver
// (Debian: apt install chromium chromium-driver); see README "Performance".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { findChrome } from '../scripts/find-chrome.mjs';

const CONFIGS = ['render', 'cloud', 'scale'];
const OTHERS = ['phone-keys', 'lighthouse'];
const asked = process.argv.slice(2);
const chosen = asked.length ? asked : [...CONFIGS, ...OTHERS];
const unknown = chosen.filter((name) => !OTHERS.includes(name) && !CONFIGS.includes(name));
if (unknown.length) throw new Error(`Unknown bench ${unknown.join(', ')}: use ${[...CONFIGS, ...OTHERS].join(', ')}.`);

mkdirSync('bench/results', { recursive: true });
const env = { ...process.env, CHROME_PATH: findChrome() };
const run = (args) => spawnSync('npx', args, { stdio: 'inherit', env }).status === 0;
let failed = false;

for (const name of CONFIGS.filter((c) => chosen.includes(c))) {
  failed ||= !run(['tach', '--config', `bench/tachometer/${name}.json`, '--json-file', `bench/results/${name}.json`]);
}
if (chosen.includes('phone-keys')) failed ||= spawnSync('node', ['bench/keystroke-phone.mjs'], { stdio: 'inherit', env }).status !== 0;
if (chosen.includes('lighthouse')) failed ||= !run(['lhci', 'autorun', '--config=bench/lighthouserc.json']);

// One table of what was measured: tachometer's mean with its 95% interval; Lighthouse's median run.
const ms = (x) => `${x.toFixed(1)} ms`;
console.log('\nSummary');
for (const name of CONFIGS.filter((c) => chosen.includes(c))) {
  try {
    for (const b of JSON.parse(readFileSync(`bench/results/${name}.json`, 'utf8')).benchmarks)
      console.log(`  ${b.name}: ${ms(b.mean.low)} – ${ms(b.mean.high)}`);
  } catch {
    console.log(`  ${name}: no result`);
  }
}
if (chosen.includes('phone-keys')) {
  try {
    const { results, budgetMs } = JSON.parse(readFileSync('bench/results/keystroke-phone.json', 'utf8'));
    for (const r of results)
      console.log(`  keystroke on a phone, ${r.widget}: slowest of ${r.keys} keys ${r.slowestMs} ms (budget ${budgetMs} ms)`);
  } catch {
    console.log('  phone-keys: no result');
  }
}
if (chosen.includes('lighthouse')) {
  const dir = 'bench/results/lighthouse';
  const manifest = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8'));
  for (const entry of manifest.filter((m) => m.isRepresentativeRun)) {
    const { audits, categories } = JSON.parse(readFileSync(entry.jsonPath, 'utf8'));
    const page = entry.url.split('/').pop();
    console.log(
      `  Lighthouse ${page} (median of ${readdirSync(dir).length && 5} runs): score ${Math.round(categories.performance.score * 100)}, ` +
        `TBT ${Math.round(audits['total-blocking-time'].numericValue)} ms, CLS ${audits['cumulative-layout-shift'].numericValue.toFixed(3)}, ` +
        `LCP ${(audits['largest-contentful-paint'].numericValue / 1000).toFixed(2)} s`,
    );
  }
}
process.exit(failed ? 1 : 0);
