// What a CDN file is made of, from its source map: the minified bytes that
// came from each part (Lit, @lit/localize, the strings of each language, CSS,
// core, data, widget code). Shared by `npm run size` and `npm run bench`.
// Brotli does not split over parts; each part's compressed share is estimated
// as its share of the minified bytes.
import { readFileSync } from 'node:fs';
import { decode } from '@jridgewell/sourcemap-codec';

/*
 * Which part a source file belongs to, first match wins. Paths are dist/ (tsc output), build/one-language/<lang>/
 * (the one-language compile, whose messages files hold that language's words) or node_modules/.
 */
const MESSAGES = /\.messages\.js$|internal\/messages\.js$/;
const PARTS = [
  ['Lit', /node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//],
  ['@lit/localize', /node_modules\/@lit\/localize\//],
  ['strings: Indonesian', /generated\/locales\/|one-language\/id\/.*(\.messages\.js$|internal\/messages\.js$)/],
  ['strings: English', MESSAGES],
  ['CSS', /styles\.js$|styles\/tokens\.js$/],
  ['data tables', /core\/(treaty-rates|countries|royalty-tables|fiverr-rules|sources)\.js$/],
  ['core', /core\//],
  ['shared widget code', /internal\//],
  ['widget code', /components\//],
  ['entry', /entries\//],
];

/** Minified bytes per part of `file` (a .js with a .js.map beside it). */
export function anatomy(file) {
  const code = readFileSync(file, 'utf8');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const partOf = map.sources.map((s) => PARTS.find(([, re]) => re.test(s.replaceAll('\\', '/')))?.[0] ?? 'other');
  const lines = code.split('\n');
  const bytes = {};
  decode(map.mappings).forEach((segments, line) => {
    const text = lines[line] ?? '';
    segments.forEach((seg, i) => {
      const end = i + 1 < segments.length ? segments[i + 1][0] : text.length;
      const part = seg.length > 1 ? partOf[seg[1]] : 'other';
      bytes[part] = (bytes[part] ?? 0) + Buffer.byteLength(text.slice(seg[0], end));
    });
  });
  return bytes;
}
