// `npm run size`: minified, gzip and brotli bytes of every cdn/ file and of the
// complete set of files a page loads for each entry (the entry and every chunk
// it imports, transitively). Fails when a budget is exceeded.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { closure, measure, measureFiles } from './bytes.mjs';

const CDN = process.argv[2] ?? 'cdn';
const KB = 1024;
/*
 * Three numbers per entry, brotli bytes of everything the entry loads:
 * - target: issue 2's budget (all four 22 KB, one widget 12 KB), with its goals
 *   (16 KB, 9 KB). NOT MET today: see the README's "Size" section. Reported.
 * - limit: what CI enforces, the measured size of 2026-11-26 plus ~4%, so a
 *   change that grows the bundle fails until it is justified here.
 * Lit + @lit/localize alone is 5.6 KB of each (measured with this build).
 */
const BUDGETS = {
  'freelancer-widgets.js': { limit: 26.5 * KB, target: 22 * KB, goal: 16 * KB },
  'royalty-tier-calc.js': { limit: 14.8 * KB, target: 12 * KB, goal: 9 * KB },
  'tax-withholding-table.js': { limit: 15.4 * KB, target: 12 * KB, goal: 9 * KB },
  'fiverr-level-meter.js': { limit: 15.3 * KB, target: 12 * KB, goal: 9 * KB },
  'tag-cloud.js': { limit: 11.5 * KB, target: 12 * KB, goal: 9 * KB },
};

if (!existsSync(CDN)) {
  console.error(`size: ${CDN}/ does not exist; run npm run build first.`);
  process.exit(1);
}

const chunks = existsSync(join(CDN, 'chunks')) ? readdirSync(join(CDN, 'chunks')).map((f) => `chunks/${f}`) : [];
const files = [...readdirSync(CDN), ...chunks].filter((f) => f.endsWith('.js')).sort();
const entries = files.filter((f) => !f.startsWith('chunks/'));
const fmt = (n) => `${(n / KB).toFixed(2)} KB`.padStart(10);
const rows = [];
let failed = false;

console.log('\nFiles');
console.log(`${'file'.padEnd(44)}${'min'.padStart(10)}${'gzip'.padStart(10)}${'brotli'.padStart(10)}`);
for (const f of files) {
  const s = measure(readFileSync(join(CDN, f)));
  console.log(`${f.padEnd(44)}${fmt(s.min)}${fmt(s.gzip)}${fmt(s.brotli)}`);
}

console.log('\nWhat a page loads for each entry (entry + its chunks, compressed separately as served)');
console.log(
  `${'entry'.padEnd(28)}${'files'.padStart(6)}${'min'.padStart(10)}${'gzip'.padStart(10)}${'brotli'.padStart(10)}${'limit'.padStart(10)}${'target'.padStart(10)}${'goal'.padStart(10)}  verdict`,
);
for (const entry of entries) {
  const set = [...closure(CDN, entry)];
  const total = measureFiles(CDN, set);
  const budget = BUDGETS[entry];
  if (!budget) throw new Error(`size: no budget for ${entry}`);
  const { limit, target, goal } = budget;
  const verdict =
    total.brotli > limit ? 'OVER LIMIT' : total.brotli > target ? 'over target' : total.brotli > goal ? 'within target' : 'within goal';
  if (total.brotli > limit) failed = true;
  rows.push({ entry, files: set.length, ...total, limit, target, goal });
  console.log(
    `${entry.padEnd(28)}${String(set.length).padStart(6)}${fmt(total.min)}${fmt(total.gzip)}${fmt(total.brotli)}${fmt(limit)}${fmt(target)}${fmt(goal)}  ${verdict}`,
  );
}
if (process.env.SIZE_JSON) console.log(JSON.stringify(rows));
if (failed) {
  console.error('\nsize: an entry is over its limit.');
  process.exit(1);
}
