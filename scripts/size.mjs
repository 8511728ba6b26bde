// `npm run size`, after size-limit (.size-limit.json holds every byte budget and fails the run when one
// is passed): what each CDN entry is made of, from its source map — minified bytes per part (Lit, CSS,
// strings of each language, core, widget code …) and each part's estimated share of the brotli bytes.
// Each entry is one self-contained file; chunks loaded only when needed (the feed reader, share links)
// are budgeted on their own.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { anatomy } from './anatomy.mjs';
import { measure } from './bytes.mjs';

/* size-limit's kB: 1,000 bytes. */
const KB = 1000;
const DIRS = process.argv[2] ? [process.argv[2]] : ['cdn', 'cdn/id', 'cdn/en'];
const TITLES = { cdn: 'both languages, the language from the page', 'cdn/id': 'Indonesian only', 'cdn/en': 'English only' };

for (const dir of DIRS) {
  if (!existsSync(dir)) {
    console.error(`size: ${dir}/ does not exist; run npm run build first.`);
    process.exit(1);
  }
  const entries = readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .sort();
  const rows = entries.map((entry) => ({ entry, ...measure(readFileSync(join(dir, entry))), parts: anatomy(join(dir, entry)) }));

  console.log(
    `\n${dir}/ (${TITLES[dir] ?? dir}): what each entry is made of (minified bytes from the source maps; brotli share estimated pro rata)`,
  );
  const parts = [...new Set(rows.flatMap((r) => Object.keys(r.parts)))].sort((a, b) => (rows[0].parts[b] ?? 0) - (rows[0].parts[a] ?? 0));
  console.log(`${'part'.padEnd(22)}${rows.map((r) => r.entry.replace('.js', '').slice(0, 14).padStart(16)).join('')}`);
  for (const part of parts) {
    const cells = rows.map((r) => {
      const min = r.parts[part] ?? 0;
      return `${(min / KB).toFixed(1)} · ${(((min / r.min) * r.brotli) / KB).toFixed(1)}`.padStart(16);
    });
    console.log(`${part.padEnd(22)}${cells.join('')}`);
  }
  console.log(
    `${'total'.padEnd(22)}${rows.map((r) => `${(r.min / KB).toFixed(1)} · ${(r.brotli / KB).toFixed(1)}`.padStart(16)).join('')}`,
  );
}
console.log('(each cell: kB minified · kB brotli, estimated; kB = 1,000 bytes, as size-limit counts)');
