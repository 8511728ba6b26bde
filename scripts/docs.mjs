// Writes docs/reference.md from custom-elements.json (scripts/reference.mjs, the renderer the site uses
// too), so the reference bloggers read never drifts from the code. Run by `npm run build`.
import { readFileSync, writeFileSync } from 'node:fs';
import { toMarkdown } from './reference.mjs';

const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));
const head = [
  '# Widget reference',
  '',
  'Generated from `custom-elements.json` by `scripts/docs.mjs` (run by `npm run build`). Do not edit by hand:',
  'change the JSDoc in `src/components/*/*.component.ts`.',
  '',
  '',
].join('\n');
writeFileSync(new URL('../docs/reference.md', import.meta.url), head + toMarkdown(manifest));
