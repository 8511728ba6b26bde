// Part of `npm run lint`: every message in the sources has an Indonesian
// translation in xliff/id.xlf, and the file holds no message the sources lost.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

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
if (problems.length) {
  console.error(`Translations:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Translations: ${used.size} messages, all translated.`);
