// After the manifest: the framework and editor integrations, generated from
// custom-elements.json by the wc-toolkit generators (run by `npm run analyze`):
// JSX, Vue and Svelte types in types/, VS Code custom data and JetBrains
// web-types at the package root. Generated files are committed: CI checks a
// build leaves them unchanged.
import { readFileSync, writeFileSync } from 'node:fs';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateSvelteTypes } from 'custom-element-svelte-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
// Types are imported from the package root's declarations (dist/index.d.ts): the classes and the event details.
const types = { outdir: 'types', globalTypePath: '../dist/index.js', hideLogs: true };
generateJsxTypes(manifest, { ...types, fileName: 'jsx-integration.d.ts' });
generateVuejsTypes(manifest, { ...types, fileName: 'vue.d.ts' });
generateSvelteTypes(manifest, { ...types, fileName: 'svelte.d.ts' });
// The Svelte generator writes for Svelte 4 and for a JSX that Svelte does not have. For Svelte 5: events as
// `onroyalty-change` attributes too, no JSX types, `svelteHTML` made global (declared in a module it
// augments nothing), and Svelte 5's own element map (svelte/elements) typed as well.
const svelte = readFileSync('types/svelte.d.ts', 'utf8')
  .replace(/^(\s*)["']on:([\w-]+)["']\?: (.*);$/gm, "$1'on:$2'?: $3;\n$1'on$2'?: $3;")
  .replace(/JSX\.Element/g, 'unknown')
  .replace(/JSX\.CSSProperties/g, 'string');
writeFileSync(
  'types/svelte.d.ts',
  svelte.replace(
    /declare namespace svelteHTML \{([\s\S]*?)\n\}\s*$/,
    "declare global {\n  namespace svelteHTML {$1\n  }\n}\n\ndeclare module 'svelte/elements' {\n  interface SvelteHTMLElements extends CustomElements {}\n}\n",
  ),
);
generateVsCodeCustomElementData(manifest, {
  outdir: '.',
  htmlFileName: 'vscode.html-custom-data.json',
  cssFileName: 'vscode.css-custom-data.json',
  hideLogs: true,
});
generateJetBrainsWebTypes(manifest, { outdir: '.', webTypesFileName: 'web-types.json', packageJson: true, hideLogs: true });
