// The CDN build: bundles tsc's output in dist/ (no TypeScript plugin needed,
// see TOOLCHAIN.md) with Lit's production build into self-contained, minified
// ES modules. Shared code lands in hashed chunks next to the entries.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

const TAGS = ['royalty-tier-calc', 'tax-withholding-table', 'fiverr-level-meter', 'tag-cloud'];

// FW_VERSION and FW_CDN_DIR build a second copy that claims another version:
// the CDN tests load two versions on one page (issue 7). Normal builds leave them unset.
const version = process.env.FW_VERSION;
const outDir = process.env.FW_CDN_DIR ?? 'cdn';

/** Rewrites the generated version constant for a test copy. */
const versionOverride = {
  name: 'version-override',
  transform(code, id) {
    if (!version || !id.endsWith('/generated/version.js')) return null;
    return { code: `export const VERSION = ${JSON.stringify(version)};\n`, map: null };
  },
};

export default {
  input: Object.fromEntries([['freelancer-widgets', 'dist/cdn/freelancer-widgets.js'], ...TAGS.map((t) => [t, `dist/cdn/${t}.js`])]),
  output: {
    dir: outDir,
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  // Production Lit: no "development" export condition, so no dev-mode checks or warnings.
  plugins: [
    versionOverride,
    nodeResolve({ exportConditions: ['production', 'browser', 'import', 'default'] }),
    // Collapses the whitespace of html`` and css`` templates, which terser leaves alone.
    minifyHTML(),
    terser({
      ecma: 2022,
      module: true,
      compress: { passes: 2, unsafe_arrows: true },
      format: { comments: false },
    }),
  ],
  onwarn(warning, warn) {
    if (warning.code === 'THIS_IS_UNDEFINED') return; // tslib-style helpers in dependencies
    warn(warning);
  },
};
