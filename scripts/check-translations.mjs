// Part of `npm run lint`: every message in the sources has an Indonesian
// translation in xliff/id.xlf, the file holds no message the sources lost,
// and every translation uses the words of docs/glossary.md.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { allKeys } from './reference.mjs';

const xliff = readFileSync('xliff/id.xlf', 'utf8');
const units = new Map([...xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map((m) => [m[1], m[2]]));
const used = new Set();
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'generated') walk(path);
    } else if (path.endsWith('.ts')) {
      for (const m of readFileSync(path, 'utf8').matchAll(/\{\s*id:\s*'([a-z]\d+)',?\s*\}/g)) used.add(m[1]);
    }
  }
})('src');

const problems = [];
for (const id of used) {
  const unit = units.get(id);
  if (!unit) problems.push(`${id}: used in src/ but not in xliff/id.xlf (run npm run localize:extract)`);
  else if (!/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(unit)) problems.push(`${id}: no Indonesian <target>`);
}
for (const id of units.keys()) if (!used.has(id)) problems.push(`${id}: in xliff/id.xlf but no longer used (run npm run localize:extract)`);
// The glossary: | English | Indonesian | note | — a message whose English has the term uses the word.
const plain = (xml) => xml.replace(/<x [^>]*\/>/g, ' ').replace(/&[a-z]+;/g, ' ');
const glossary = [...readFileSync('docs/glossary.md', 'utf8').matchAll(/^\| ([^|]+?) +\| ([^|]+?) +\|/gm)]
  .map((m) => [m[1].trim(), m[2].trim()])
  .filter(([en]) => en !== 'English' && !/^-+$/.test(en));
if (glossary.length < 10) problems.push(`docs/glossary.md: read only ${glossary.length} terms; has its table changed shape?`);
for (const [id, unit] of units) {
  const source = plain(/<source>([\s\S]*?)<\/source>/.exec(unit)?.[1] ?? '');
  const target = plain(/<target>([\s\S]*?)<\/target>/.exec(unit)?.[1] ?? '').toLowerCase();
  for (const [terms, word] of glossary) {
    for (const en of terms.split(/,\s*/)) {
      const term = new RegExp(`\\b${en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i');
      if (term.test(source) && !target.includes(word.toLowerCase()))
        problems.push(`${id}: "${en}" is "${word}" in Indonesian (docs/glossary.md)`);
    }
  }
  // @lit/localize keeps entities in a target as written: "&amp;" would reach the reader. Write the character, or words.
  const rawTarget = /<target>([\s\S]*?)<\/target>/.exec(unit)?.[1] ?? '';
  if (/&[a-z#0-9]+;/i.test(rawTarget.replace(/<x [^>]*\/>/g, ''))) problems.push(`${id}: an entity in the target is shown as written`);
  // "Tarif" is a tax word: the royalty calculator (ids r…) never uses it for a royalty.
  if (id.startsWith('r') && /tarif/i.test(target)) problems.push(`${id}: "tarif" is for tax only, see docs/glossary.md`);
}

if (problems.length) {
  console.error(`Translations:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Translations: ${used.size} messages, all translated, ${glossary.length} glossary terms used consistently.`);

// The reference's Indonesian: every element, attribute, property, event, part and token custom-elements.json documents.
const reference = JSON.parse(readFileSync('xliff/reference.id.json', 'utf8'));
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const wanted = allKeys(manifest);
const missing = [...new Set(wanted)].filter((key) => !reference[key]);
const stale = Object.keys(reference).filter((key) => key !== '_note' && !wanted.includes(key));
if (missing.length || stale.length) {
  console.error(
    `xliff/reference.id.json:${missing.map((k) => `\n  no Indonesian for ${k}`).join('')}${stale.map((k) => `\n  ${k} is no longer documented`).join('')}`,
  );
  process.exit(1);
}
console.log(`Reference: ${wanted.length} documented names, all with an Indonesian description.`);
