// The CDN tests' blog posts: one post body (tests/cdn/fixtures/post-body.html)
// served in several pages that differ only in their <head> and how the script
// arrives. /tests/cdn/fixtures/<name>.html for each name below; csp-post is
// sent with the strict CSP header by csp-middleware.mjs.
import { readFileSync } from 'node:fs';

const read = (name) => readFileSync(new URL(`../cdn/fixtures/${name}`, import.meta.url), 'utf8');
/* The post of the seed blog, and one holding the cases readers bring (issue 22). */
const BODIES = { post: read('post-body.html'), cases: read('cases-body.html'), agencies: read('agencies-body.html') };
const SCRIPT = '<script type="module" src="/cdn/freelancer-widgets.js"></script>';
/** A one-language bundle (cdn/<lang>/…), all four or one widget's. */
const ONE_LANGUAGE = (lang, name = 'freelancer-widgets') => `<script type="module" src="/cdn/${lang}/${name}.js"></script>`;
const RESERVE = '<link rel="stylesheet" href="/docs/reserve.css" />';
/** A script run before the bundle that breaks part of the browser (break-*.js). */
const BREAK = (what) => `<script src="./break-${what}.js"></script>`;
const AFTER_PAINT = '<script type="module" src="./after-paint.js"></script>';

/** name → [lang, title, extra head lines, script line, body (the seed post by default)] */
export const POST_PAGES = {
  'post-id': ['id', 'A post (id)', [], SCRIPT],
  'post-en': ['en', 'A post (en)', [], SCRIPT],
  'csp-post': ['id', 'A post under a strict Content-Security-Policy', [RESERVE], SCRIPT],
  'theme-post': ['id', 'A post under an aggressive Blogger-like theme', ['<link rel="stylesheet" href="./blogger-theme.css" />'], SCRIPT],
  'other-localize': [
    'id',
    'Another @lit/localize app on the page',
    ['<script type="module" src="./other-localize-app.js"></script>'],
    SCRIPT,
  ],
  'cases-id': ['id', 'Reader cases (id)', [], SCRIPT, 'cases'],
  // The reader's portfolio: the other agencies, a chunk each bundle loads when asked.
  'agencies-en': ['en', 'Other agencies (en, both-language bundle)', [], SCRIPT, 'agencies'],
  'agencies-id': ['id', 'Other agencies (id, Indonesian bundle)', [], ONE_LANGUAGE('id'), 'agencies'],
  // A one-language bundle speaks its language whatever the page's lang says.
  'id-bundle-en-page': ['en', 'The Indonesian bundle on a page that says en', [], ONE_LANGUAGE('id')],
  'en-bundle-id-page': ['id', 'The English bundle on a page that says id', [], ONE_LANGUAGE('en')],
  'id-single-files': [
    'en',
    "Each widget's own Indonesian file",
    [],
    ONE_LANGUAGE('id', 'royalty-tier-calc') +
      ONE_LANGUAGE('id', 'tax-withholding-table') +
      ONE_LANGUAGE('id', 'fiverr-level-meter') +
      ONE_LANGUAGE('id', 'tag-cloud'),
  ],
  // Failure stays local: a browser or page that breaks part of the platform.
  'broken-display-names': ['id', 'A browser without Intl.DisplayNames', [RESERVE, BREAK('display-names')], SCRIPT],
  'broken-yield': ['id', 'A scheduler.yield polyfill that never settles', [RESERVE, BREAK('yield')], SCRIPT],
  'broken-rupiah': ['id', 'A browser that cannot format Rupiah', [RESERVE, BREAK('rupiah')], SCRIPT],
  'broken-rupiah-id-bundle': ['id', 'The same, with the Indonesian bundle', [RESERVE, BREAK('rupiah')], ONE_LANGUAGE('id')],
  'cases-en': ['en', 'Reader cases (en)', [], SCRIPT, 'cases'],
  'layout-plain': ['id', 'Layout shift, no reservation CSS', ['<link rel="stylesheet" href="./layout.css" />'], AFTER_PAINT],
  'layout-reserved': [
    'id',
    'Layout shift, with the reservation CSS',
    ['<link rel="stylesheet" href="./layout.css" />', '<link rel="stylesheet" href="/docs/reserve.css" />'],
    AFTER_PAINT,
  ],
};

export function postPage(name) {
  const [lang, title, head, script, bodyName = 'post'] = POST_PAGES[name];
  const body = BODIES[bodyName];
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <script src="./probe.js"></script>
    ${head.join('\n    ')}
  </head>
  <body>
${body}
    ${script}
  </body>
</html>
`;
}

export async function postPagesMiddleware(ctx, next) {
  const m = /^\/tests\/cdn\/fixtures\/([a-z-]+)\.html$/.exec(ctx.path);
  if (!m || !(m[1] in POST_PAGES)) return next();
  ctx.type = 'text/html';
  ctx.body = postPage(m[1]);
}
