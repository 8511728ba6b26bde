// Before `npm test`: the CDN tests load the built bundle, so build dist/ and
// cdn/ when they are missing or older than the sources (a fresh clone, or
// edits since the last build). Skipped when everything is current.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(dir) {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const built =
  existsSync('cdn/freelancer-widgets.js') && existsSync('cdn-test/v9/freelancer-widgets.js')
    ? statSync('cdn/freelancer-widgets.js').mtimeMs
    : 0;
if (built < newest('src')) {
  console.log('Building dist/ and cdn/ for the CDN tests…');
  execSync('npm run build:tsc && npm run build:cdn && npm run build:cdn-test', { stdio: 'inherit' });
}
