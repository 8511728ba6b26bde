// @web/test-runner: every test runs in real headless Chromium (the system's
// Chrome or Chromium, found by chrome-launcher; CHROME_PATH overrides).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { cspMiddleware } from './tests/support/csp-middleware.mjs';
import { feedMiddleware } from './tests/support/feed-middleware.mjs';
import { postPagesMiddleware } from './tests/support/post-pages.mjs';
import { ssrMiddleware } from './tests/support/ssr-middleware.mjs';
import { countReporter } from './tests/support/count-reporter.mjs';
import { mediaFeaturesPlugin } from './tests/support/media-plugin.mjs';

const asRoot = process.getuid?.() === 0 || Boolean(process.env.CI);

export default {
  files: ['tests/**/*.test.ts', 'tests/**/*.test.html'],
  // Lit's development build in tests: its warnings catch mistakes the production build hides.
  nodeResolve: { exportConditions: ['development'] },
  // es2022, not 'auto': with 'auto' esbuild leaves decorators for Chrome to parse (docs/toolchain.md, trap 2).
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), mediaFeaturesPlugin()],
  middleware: [cspMiddleware, feedMiddleware, postPagesMiddleware, ssrMiddleware],
  browsers: [
    chromeLauncher({
      launchOptions: {
        args: [
          ...(asRoot ? ['--no-sandbox'] : []),
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          // Two test pages run at once; the one in the background must still get
          // animation frames and timers (fixture() waits for a frame).
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
          // gc() for the tests that prove a removed widget is collectable at once (tests/internal/collectable.test.ts).
          '--js-flags=--expose-gc',
        ],
      },
    }),
  ],
  // Lit announces its dev build in every file; that is expected in tests, not news.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  // One page at a time: a background page gets no animation frames in headless Chrome,
  // which fixture() and the layout-shift checks need.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  coverage: true,
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/generated/**'],
    report: true,
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcov'],
  },
  reporters: [defaultReporter(), countReporter()],
};
