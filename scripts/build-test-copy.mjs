// Builds a second CDN copy that claims another version (9.9.9-test) into
// cdn-test/v9/, so the CDN tests can load two versions on one page.
import { execSync } from 'node:child_process';
execSync('rollup -c rollup.config.mjs --silent', {
  stdio: 'inherit',
  env: { ...process.env, FW_VERSION: '9.9.9-test', FW_CDN_DIR: 'cdn-test/v9' },
});
