// Serves the CDN fixture pages under /tests/cdn/fixtures/csp-* with the strict
// Content-Security-Policy a hardened blog would send.
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

export async function cspMiddleware(ctx, next) {
  await next();
  if (/^\/tests\/cdn\/fixtures\/csp[^/]*\.html$/.test(ctx.path)) ctx.set('Content-Security-Policy', STRICT_CSP);
}
