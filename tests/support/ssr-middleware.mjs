// Server-rendered pages for the hydration tests (tests/ssr/hydration.test.ts): /ssr/<tag>.html holds the
// widget rendered by @lit-labs/ssr in this (Node) process from dist/, then the client scripts that hydrate it.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';

/* The widgets as a server renders them: attributes only (a server has no light DOM text for the cloud). */
export const SERVER_RENDERED = {
  'royalty-tier-calc': html`<royalty-tier-calc monthly-downloads="100" price="1" usd-idr="16250"></royalty-tier-calc>`,
  'tax-withholding-table': html`<tax-withholding-table gross="100" country="IN"></tax-withholding-table>`,
  'fiverr-level-meter': html`<fiverr-level-meter rules="classic" orders="12" rating="4.8"></fiverr-level-meter>`,
  'tag-cloud': html`<tag-cloud tags="microstock, npwp, npwp, w-8ben" show-count href="#{tag}"></tag-cloud>`,
};

export async function ssrMiddleware(ctx, next) {
  const m = /^\/ssr\/([a-z-]+)\.html$/.exec(ctx.path);
  if (!m || !(m[1] in SERVER_RENDERED)) return next();
  const tag = m[1];
  await import(`../../dist/components/${tag}/${tag}.js`);
  const widget = await collectResult(render(SERVER_RENDERED[tag]));
  ctx.type = 'text/html';
  ctx.body = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><script src="/tests/cdn/fixtures/probe.js"></script></head>
  <body>
    ${widget}
    <script type="module" src="/tests/ssr/hydrate.js?tag=${tag}"></script>
  </body>
</html>`;
}
