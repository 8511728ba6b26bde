// Bytes of a file as served: minified (as is), gzip -9 and brotli quality 11.
// Shared by `npm run size` and `npm run bench`.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export function measure(bytes) {
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** A JS file and every relative module it imports, transitively (paths relative to `root`). */
export function closure(root, file, seen = new Set()) {
  if (seen.has(file) || !existsSync(join(root, file))) return seen;
  seen.add(file);
  const code = readFileSync(join(root, file), 'utf8');
  for (const m of code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["'](\.\.?\/[^"']+)["']/g)) {
    closure(root, normalize(join(dirname(file), m[1])), seen);
  }
  return seen;
}

/** The sum of each file measured separately (as a browser downloads them). */
export function measureFiles(root, files) {
  return files
    .map((f) => measure(readFileSync(join(root, f))))
    .reduce((a, s) => ({ min: a.min + s.min, gzip: a.gzip + s.gzip, brotli: a.brotli + s.brotli }), { min: 0, gzip: 0, brotli: 0 });
}
