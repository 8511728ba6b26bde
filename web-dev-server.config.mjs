// `npm start`: serves the demo from source with live reload. TypeScript is
// compiled on the fly by esbuild, the same way the tests run.
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { feedMiddleware } from './tests/support/feed-middleware.mjs';

export default {
  rootDir: '.',
  // No browser is opened (machines without a display); the printed address redirects to the demo.
  open: false,
  watch: true,
  nodeResolve: { exportConditions: ['development'] },
  // The demo's sidebar cloud reads a Blogger-shaped feed served from the test fixtures.
  middleware: [
    function demoIndex(ctx, next) {
      if (ctx.path === '/') return ctx.redirect('/demo/');
      return next();
    },
    // The configurator is a page of the website (npm run site builds site/ from the built bundle).
    function siteNotBuilt(ctx, next) {
      if (!ctx.path.startsWith('/site/') || existsSync('site/index.html')) return next();
      ctx.type = 'html';
      ctx.body =
        '<!doctype html><meta charset="utf-8"><title>Site not built</title><p>The configurator is part of the website. Run <code>npm run build &amp;&amp; npm run site</code>, then reload this page.</p>';
    },
    feedMiddleware,
  ],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  port: Number(process.env.PORT ?? 8000),
};
