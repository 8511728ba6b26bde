// Before `npm test`: the CDN tests load the built bundles. Builds what is
// missing or older than the sources, and nothing else: after `npm run build`
// (as in CI) only the second copy the two-versions test needs is built, once.
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
const built = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);

const sources = Math.max(newest('src'), newest('xliff'));
const oldest = Math.min(...['cdn/freelancer-widgets.js', 'cdn/id/freelancer-widgets.js', 'cdn/en/freelancer-widgets.js'].map(built));
if (oldest < sources) {
  console.log('Building dist/ and cdn/ (both kinds) for the CDN tests…');
  execSync('npm run build:tsc && npm run build:one-language && npm run build:cdn', { stdio: 'inherit' });
}
if (built('cdn-test/v9/freelancer-widgets.js') < built('cdn/freelancer-widgets.js')) {
  console.log('Building the second copy for the two-versions test…');
  execSync('npm run build:cdn-test', { stdio: 'inherit' });
}
