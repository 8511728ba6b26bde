// Writes every widget snippet the README and the guides show, from one builder: the configurator's
// (site-src/snippet.js), with docs/reserve.css's heights. So every snippet a blogger copies carries the
// reservation style — pasted without it, a post's text jumps when the widgets appear (Lighthouse CLS 0.15 on
// the Blogger-like post, "needs improvement" in Search Console; 0 with it) — and the copies never drift from
// reserve.css. A Markdown file marks a snippet with `<!-- snippet: name -->` before its ```html fence, and
// the reservation CSS itself with `<!-- snippet: reserve.css -->` before a ```css fence.
// Run by `npm run build` (CI fails when the result differs from what is committed); `--check` only checks.
import { readFileSync, writeFileSync } from 'node:fs';
import { buildSnippet, readReserve } from '../site-src/snippet.js';

/* Each file's snippets carry the bundle of its readers' posts: the guides' languages; the README's, Indonesian (most posts). */
const FILES = { 'README.md': 'id', 'docs/embedding.md': 'en', 'docs/embedding.id.md': 'id' };
const reserveCss = readFileSync('docs/reserve.css', 'utf8');
const heights = readReserve(reserveCss);

const el = (tag, attributes = {}) => ({ tag, attributes: Object.entries(attributes) });

/** The snippets, by name. `page: true` shows a whole HTML page around the widgets. */
const SNIPPETS = {
  post: {
    elements: [
      el('royalty-tier-calc', { id: 'calc', 'monthly-downloads': '100', price: '1', 'usd-idr': '16250' }),
      el('tax-withholding-table', { id: 'tax', for: 'calc', 'usd-idr': '16250' }),
    ],
  },
  page: {
    page: true,
    elements: [
      el('fiverr-level-meter', {
        id: 'fiverr',
        rules: '2024',
        'current-level': 'level-2',
        'success-score': '9',
        rating: '4.9',
        'response-rate': '100',
        orders: '38',
      }),
    ],
  },
  'fiverr-targets': {
    elements: [
      el('fiverr-level-meter', {
        id: 'fiverr',
        'current-level': 'level-1',
        orders: '18',
        'unique-clients': '9',
        earnings: '1500',
        'target-orders': '25',
      }),
    ],
  },
  'us-person': { elements: [el('tax-withholding-table', { id: 'tax', country: 'ID', 'us-person': true })] },
  compare: {
    elements: [
      el('royalty-tier-calc', {
        id: 'calc',
        'monthly-downloads': '100',
        price: '1',
        compare: 'adobe-stock istock freepik',
        'adobe-stock-price': '1.2',
        'adobe-stock-lifetime': '2500',
        'freepik-per-download': '0.04',
      }),
      el('tax-withholding-table', { id: 'tax', for: 'calc' }),
    ],
  },
};

function render({ elements, page }, lang) {
  const snippet = buildSnippet({ elements, heights, lang }).trimEnd();
  if (!page) return snippet;
  // A whole page: the script and the style in the head, the widgets in the body.
  const [script, style, ...widgets] = snippet.split('\n');
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '  <head>',
    '    <meta charset="utf-8" />',
    `    ${script}`,
    `    ${style}`,
    '  </head>',
    '  <body>',
    ...widgets.map((w) => `    ${w}`),
    '  </body>',
    '</html>',
  ].join('\n');
}

const MARKED = /(<!-- snippet: ([\w.-]+) -->\n(?:<!-- prettier-ignore -->\n)?```(html|css)\n)[\s\S]*?\n```/g;
const check = process.argv.includes('--check');
const stale = [];
for (const [file, lang] of Object.entries(FILES)) {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(MARKED, (_, head, name, fence) => {
    if (name === 'reserve.css') return `${head}${reserveCss.trimEnd()}\n\`\`\``;
    if (!SNIPPETS[name] || fence !== 'html') throw new Error(`${file}: no snippet "${name}" (${fence})`);
    return `${head}${render(SNIPPETS[name], lang)}\n\`\`\``;
  });
  if (next === text) continue;
  if (check) stale.push(file);
  else writeFileSync(file, next);
}
if (stale.length) {
  console.error(`Snippets out of date in ${stale.join(', ')}: run node scripts/snippets.mjs.`);
  process.exit(1);
}
