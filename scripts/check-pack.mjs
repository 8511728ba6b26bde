// Before a release (`prepack`) and in CI: the package a user would install is complete and works.
// 1. publint: package.json's fields and `exports` point at files the tarball has, in formats that match.
// 2. @arethetypeswrong/cli: every entry resolves to its types for ESM and bundler users (the package is
//    ESM only: CommonJS `require` is not offered, so its resolutions are not checked).
// 3. What no tool knows: the tarball holds what users and docs name (dist/, cdn/, types/, the manifest,
//    the editor data), nothing from src/ or tests/, and stays under its budget.
// 4. Installed into a fresh project, it type-checks a React 19 app (tags in JSX and @lit/react
//    components, tsc --strict), a Vue 3 app (vue-tsc) and plain TypeScript.
// 5. `npm publish --dry-run` accepts it.
// Scripts are not run again inside (no recursion through prepack).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { ELEMENT_NAMES } from '../dist/element-names.js';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
/*
 * The packed tarball measured 771 KB (2026-11-26), 911 KB once this release's features were in (the CDN maps
 * held every source of dist/ again, five times), 678 KB since those maps point at dist/ instead (2026-12-02,
 * rollup.config.mjs), 1,286 KB with the one-language bundles (cdn/id/, cdn/en/: two more copies of every
 * entry and chunk, their maps without any source text; 2026-12-06). The budget leaves room for a release's
 * growth, not for a stray folder.
 */
const PACKED_BUDGET_KB = 1400;
const npm = (...args) => execFileSync('npm', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const problems = [];

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const linted = await publint({ pkgDir: ROOT, pack: 'npm', strict: true });
for (const message of linted.messages) problems.push(`publint: ${formatMessage(message, pkg) ?? message.code}`);

const [pack] = JSON.parse(npm('pack', '--dry-run', '--json', '--ignore-scripts'));
const files = new Set(pack.files.map((f) => f.path));
const REQUIRED = [
  'dist/index.js',
  'dist/index.d.ts',
  'dist/core/index.js',
  'dist/localization.js',
  'dist/react/index.js',
  'dist/react/index.d.ts',
  'cdn/freelancer-widgets.js',
  'types/jsx.d.ts',
  'types/jsx-integration.d.ts',
  'types/vue.d.ts',
  'types/svelte.d.ts',
  'custom-elements.json',
  'web-types.json',
  'vscode.html-custom-data.json',
  'README.md',
  'LICENSE',
  'CHANGELOG.md',
];
for (const tag of ELEMENT_NAMES) {
  REQUIRED.push(`cdn/${tag}.js`, `dist/components/${tag}/${tag}.js`, `dist/components/${tag}/${tag}.d.ts`, `dist/localization/${tag}.js`);
}
for (const f of REQUIRED) if (!files.has(f)) problems.push(`missing from the package: ${f}`);
for (const f of files) if (/^(src|tests|demo|bench|site|node_modules)\//.test(f)) problems.push(`should not be in the package: ${f}`);
if (pack.size / 1024 > PACKED_BUDGET_KB)
  problems.push(`the tarball is ${(pack.size / 1024).toFixed(0)} KB, over its budget of ${PACKED_BUDGET_KB} KB`);

// A fresh project with the packed package installed (its dependencies linked from this repository's node_modules).
const dir = mkdtempSync(join(tmpdir(), 'fw-app-'));
try {
  const tarball = npm('pack', '--ignore-scripts', '--pack-destination', dir).trim().split('\n').pop();
  try {
    execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules/@arethetypeswrong/cli/dist/index.js'), join(dir, tarball), '--profile', 'esm-only', '--format', 'ascii'],
      { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
  } catch (error) {
    problems.push(`@arethetypeswrong/cli found wrong types:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  }
  const modules = join(dir, 'node_modules');
  mkdirSync(join(modules, 'freelancer-widgets'), { recursive: true });
  execFileSync('tar', ['-xzf', join(dir, tarball), '-C', join(modules, 'freelancer-widgets'), '--strip-components=1']);
  for (const dep of ['lit', 'lit-html', 'lit-element', '@lit', '@types', 'react', 'vue', '@vue', 'svelte', 'csstype']) {
    mkdirSync(join(modules, dep, '..'), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules', dep), join(modules, dep));
  }
  cpSync(join(ROOT, 'tests/types'), join(dir, 'app'), { recursive: true });
  writeFileSync(
    join(dir, 'app/tsconfig.json'),
    readFileSync(join(ROOT, 'tests/types/tsconfig.json'), 'utf8').replace('"types": []', '"types": [], "skipLibCheck": false'),
  );
  const tsc = (project, bin = 'typescript/bin/tsc') =>
    execFileSync(process.execPath, [join(ROOT, 'node_modules', bin), '-p', project], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  for (const [name, run] of [
    ['React 19 and plain TypeScript (tsc --strict)', () => tsc('app/tsconfig.json')],
    ['Vue 3 (vue-tsc)', () => tsc('app/vue/tsconfig.json', 'vue-tsc/bin/vue-tsc.js')],
  ]) {
    try {
      run();
    } catch (error) {
      problems.push(`a fresh ${name} app does not type-check against the package:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

try {
  npm('publish', '--dry-run', '--ignore-scripts', '--tag', 'check');
} catch (error) {
  problems.push(`npm publish --dry-run refused the package:\n${error.stderr ?? error.message}`);
}

if (problems.length) {
  console.error(`Package check:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `Package check: publint and @arethetypeswrong find nothing; ${files.size} files, ${(pack.size / 1024).toFixed(0)} KB packed (budget ${PACKED_BUDGET_KB} KB); installed, it type-checks React 19, Vue 3 and plain TypeScript apps; npm publish --dry-run accepts it.`,
);
