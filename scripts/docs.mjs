// Writes docs/reference.md from custom-elements.json: every widget's
// attributes, properties, events, CSS parts and custom properties, so the
// reference bloggers read never drifts from the code. Run by `npm run build`.
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));
const cell = (text) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ');
const out = [
  '# Widget reference',
  '',
  'Generated from `custom-elements.json` by `scripts/docs.mjs` (run by `npm run build`). Do not edit by hand:',
  'change the JSDoc in `src/components/*/*.component.ts`.',
  '',
];
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
declarations.sort((a, b) => a.tagName.localeCompare(b.tagName));
for (const d of declarations) {
  out.push(`## \`<${d.tagName}>\``, '', d.summary ?? '', '', (d.description ?? '').trim(), '');
  if (d.attributes?.length) {
    out.push('| attribute | type | description |', '| --- | --- | --- |');
    for (const a of d.attributes) out.push(`| \`${a.name}\` | \`${cell(a.type?.text)}\` | ${cell(a.description)} |`);
    out.push('');
  }
  const props = (d.members ?? []).filter((m) => m.kind === 'field' && !m.attribute && !m.static);
  if (props.length) {
    out.push('| property (no attribute) | type | description |', '| --- | --- | --- |');
    for (const p of props)
      out.push(`| \`${p.name}\` | \`${cell(p.type?.text)}\` | ${cell(p.description)}${p.readonly ? ' Read-only.' : ''} |`);
    out.push('');
  }
  if (d.events?.length) {
    out.push('| event | description |', '| --- | --- |');
    for (const e of d.events) out.push(`| \`${e.name}\` | ${cell(e.description)} |`);
    out.push('');
  }
  if (d.cssParts?.length) {
    out.push('| CSS part | description |', '| --- | --- |');
    for (const p of d.cssParts) out.push(`| \`::part(${p.name})\` | ${cell(p.description)} |`);
    out.push('');
  }
  if (d.cssProperties?.length) {
    out.push('| CSS custom property | default | description |', '| --- | --- | --- |');
    for (const p of d.cssProperties) out.push(`| \`${p.name}\` | \`${cell(p.default)}\` | ${cell(p.description)} |`);
    out.push('');
  }
}
writeFileSync(new URL('../docs/reference.md', import.meta.url), out.join('\n').replace(/\n{3,}/g, '\n\n'));
