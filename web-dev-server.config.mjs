// `npm start`: serves the demo from source with live reload. TypeScript is
// compiled on the fly by esbuild, the same way the tests run.
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
    feedMiddleware,
  ],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  port: Number(process.env.PORT ?? 8000),
};
