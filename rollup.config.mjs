// The CDN build: bundles compiled JavaScript (no TypeScript plugin needed, see
// docs/toolchain.md) with Lit's production build into self-contained, minified
// ES modules, one self-contained file per entry, in three kinds:
// - cdn/<name>.js from tsc's dist/: both languages, the language from the page
//   (@lit/localize's runtime mode);
// - cdn/id/<name>.js and cdn/en/<name>.js from build/one-language/<lang>/, which
//   `lit-localize build --config lit-localize.one-language.json` compiles once per
//   language (transform mode): that language's words only, no localization runtime.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ELEMENT_NAMES } from './dist/element-names.js';

// FW_VERSION and FW_CDN_DIR build a second copy that claims another version:
// the CDN tests load two versions on one page. Normal builds leave them unset.
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

/**
 * Every msg() call names its id (`{ id: 'r12' }`, checked by ESLint), so the
 * runtime never hashes a message to find it: drop the hashing code.
 */
const noMessageHashing = {
  name: 'no-message-hashing',
  load(id) {
    if (!id.replaceAll('\\', '/').endsWith('@lit/localize/internal/id-generation.js')) return null;
    return 'export const generateMsgId = () => "";';
  },
};

/**
 * A one-language bundle has its words compiled in: its chunks have no
 * strings to load beside them (internal/chunk-strings.ts), so each
 * `withStrings('name', loader)` is the loader alone — not even the chunk's
 * name is shipped — and the registry goes.
 */
const noChunkStrings = {
  name: 'no-chunk-strings',
  transform(code, id) {
    if (!id.replaceAll('\\', '/').includes('/build/one-language/') || !code.includes('withStrings(')) return null;
    // Padded to the same length: every column stays where the source map says.
    return { code: code.replace(/\bwithStrings\('[a-z-]+', /g, (call) => '('.padStart(call.length)), map: null };
  },
};

/**
 * The CDN maps point at the package's own dist/ files, which ship beside
 * cdn/ (jsDelivr and unpkg serve them): their text is left out of the maps,
 * which held every source four and five times over (the packed tarball grew
 * past its budget). Lit's sources, not in the package, stay in. The
 * one-language bundles (two more copies of every entry) carry no text at all:
 * their maps point at the per-language compile in build/ (not shipped: dist/
 * with the words put in) and Lit's production files (minified already), and
 * still name each file, line and function for a stack trace.
 */
const OURS = /^(\.\.\/)+dist\//;
const shippedSourcesByReference = {
  name: 'shipped-sources-by-reference',
  writeBundle(options, bundle) {
    for (const file of Object.values(bundle)) {
      if (file.type !== 'chunk') continue;
      const path = join(options.dir, `${file.fileName}.map`);
      const map = JSON.parse(readFileSync(path, 'utf8'));
      const oneLanguage = map.sources.some((source) => source.includes('build/one-language/'));
      map.sourcesContent = map.sources.map((source, i) => (oneLanguage || OURS.test(source) ? null : map.sourcesContent[i]));
      writeFileSync(path, JSON.stringify(map));
    }
  },
};

/*
 * One file per entry that holds everything a page needs at first: a page
 * loads exactly one file, and each compresses as a whole (chunks shared by
 * the entries would cost a request and compress worse).
 */
/** The plugins of every CDN build. */
const cdnPlugins = () => [
  versionOverride,
  noMessageHashing,
  noChunkStrings,
  // Production Lit: no "development" export condition, so no dev-mode checks or warnings.
  // Our own package.json's sideEffects speak of dist/ for npm users; every module of ours counts here.
  nodeResolve({ exportConditions: ['production', 'browser', 'import', 'default'], ignoreSideEffectsForRoot: true }),
  // Collapses the whitespace of html`` and css`` templates, which terser leaves alone.
  minifyHTML(),
  terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
  shippedSourcesByReference,
];

/** One entry of one kind: `lang` undefined for the language-from-the-page bundle. */
const build = (name, lang) => ({
  input: { [name]: lang ? `build/one-language/${lang}/entries/one-language/${name}.js` : `dist/entries/${name}.js` },
  // Code a widget needs only sometimes (the cloud's feed reader, share links, …) is a chunk beside it, loaded when needed.
  output: {
    dir: lang ? `${outDir}/${lang}` : outDir,
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    chunkFileNames: `chunks/${name}-[name]-[hash].js`,
  },
  plugins: cdnPlugins(),
});

const names = ['freelancer-widgets', ...ELEMENT_NAMES];
export default [undefined, 'id', 'en'].flatMap((lang) => names.map((name) => build(name, lang)));
