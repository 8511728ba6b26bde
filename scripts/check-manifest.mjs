// Part of `npm run lint`: custom-elements.json is valid against the Custom Elements Manifest schema, its
// module paths name files the package ships, every event's type is its detail (what type generators expect),
// and every attribute and public property has a type (the reference shows it; an untyped default shows nothing).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import { propertiesOnly } from './reference.mjs';

const require = createRequire(import.meta.url);
const schema = require('custom-elements-manifest/schema.json');
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
const problems = [];
if (!ajv.validate(schema, manifest)) problems.push(...ajv.errors.map((e) => `schema: ${e.instancePath} ${e.message}`));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
for (const mod of manifest.modules) {
  if (!mod.path.startsWith('dist/') || !mod.path.endsWith('.js')) problems.push(`${mod.path}: not a shipped file (dist/*.js)`);
  if (!pkg.files.some((f) => mod.path.startsWith(`${f}/`))) problems.push(`${mod.path}: not in package.json "files"`);
  for (const decl of mod.declarations ?? []) {
    for (const field of [...(decl.attributes ?? []), ...propertiesOnly(decl)]) {
      if (!field.type?.text) problems.push(`${decl.tagName} ${field.name}: no type (annotate the field)`);
    }
    for (const event of decl.events ?? []) {
      if (!event.type?.text || /CustomEvent/.test(event.type.text))
        problems.push(`${decl.tagName} ${event.name}: the type must be the detail, not the event`);
    }
  }
}
if (problems.length) {
  console.error(`custom-elements.json:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `custom-elements.json: valid, ${manifest.modules.length} modules, shipped paths, detail types, typed attributes and properties.`,
);
