// The CDN tests' blog posts: one post body (tests/cdn/fixtures/post-body.html)
// served in several pages that differ only in their <head> and how the script
// arrives. /tests/cdn/fixtures/<name>.html for each name below; csp-post is
// sent with the strict CSP header by csp-middleware.mjs.
import { readFileSync } from 'node:fs';

const read = (name) => readFileSync(new URL(`../cdn/fixtures/${name}`, import.meta.url), 'utf8');
/* The post of the seed blog, and one holding the cases readers bring (issue 22). */
const BODIES = { post: read('post-body.html'), cases: read('cases-body.html') };
const SCRIPT = '<script type="module" src="/cdn/freelancer-widgets.js"></script>';
const AFTER_PAINT = '<script type="module" src="./after-paint.js"></script>';

/** name → [lang, title, extra head lines, script line, body (the seed post by default)] */
export const POST_PAGES = {
  'post-id': ['id', 'A post (id)', [], SCRIPT],
  'post-en': ['en', 'A post (en)', [], SCRIPT],
  'csp-post': ['id', 'A post under a strict Content-Security-Policy', ['<link rel="stylesheet" href="/docs/reserve.css" />'], SCRIPT],
  'theme-post': ['id', 'A post under an aggressive Blogger-like theme', ['<link rel="stylesheet" href="./blogger-theme.css" />'], SCRIPT],
  'other-localize': [
    'id',
    'Another @lit/localize app on the page',
    ['<script type="module" src="./other-localize-app.js"></script>'],
    SCRIPT,
  ],
  'cases-id': ['id', 'Reader cases (id)', [], SCRIPT, 'cases'],
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
