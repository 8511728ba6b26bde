// Server rendering in Node (`npm run test:ssr`, node:test, on tsc's output in dist/ — Node runs
// JavaScript): importing any entry never needs a window or a document, and every element renders with
// @lit-labs/ssr to declarative shadow DOM with its real content. The browser half (hydration) is
// tests/ssr/hydration.test.ts. Prints each widget's server HTML size.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';

const ENTRIES = [
  'index',
  'core/index',
  'localization',
  'react/index',
  'components/royalty-tier-calc/royalty-tier-calc',
  'components/tax-withholding-table/tax-withholding-table',
  'components/fiverr-level-meter/fiverr-level-meter',
  'components/tag-cloud/tag-cloud',
];

test('every entry imports in Node without a window or a document', async () => {
  assert.equal(typeof window, 'undefined');
  assert.equal(typeof document, 'undefined');
  for (const entry of ENTRIES) await import(`../../dist/${entry}.js`);
});

const CLASSES = {
  'royalty-tier-calc': 'RoyaltyTierCalc',
  'tax-withholding-table': 'TaxWithholdingTable',
  'fiverr-level-meter': 'FiverrLevelMeter',
  'tag-cloud': 'TagCloud',
};
/** [what, tag, template, a phrase of its server HTML] */
const WIDGETS = [
  [
    '<royalty-tier-calc>',
    'royalty-tier-calc',
    html`<royalty-tier-calc monthly-downloads="100" price="1" usd-idr="16250"></royalty-tier-calc>`,
    'Earnings January–December $317.50',
  ],
  [
    '<tax-withholding-table>',
    'tax-withholding-table',
    html`<tax-withholding-table gross="100"></tax-withholding-table>`,
    'With TIN (NPWP) lower tax 10% $10.00 $90.00',
  ],
  [
    '<fiverr-level-meter> with the classic rules (a chunk)',
    'fiverr-level-meter',
    html`<fiverr-level-meter rules="classic" orders="12"></fiverr-level-meter>`,
    'Toward Level 1',
  ],
  [
    '<royalty-tier-calc> with other agencies (a chunk)',
    'royalty-tier-calc',
    html`<royalty-tier-calc compare="adobe-stock istock"></royalty-tier-calc>`,
    'Adobe Stock, January–December $396.00',
  ],
  ['<tag-cloud>', 'tag-cloud', html`<tag-cloud tags="microstock, npwp, npwp" show-count></tag-cloud>`, 'npwp'],
];

for (const [what, tag, template, text] of WIDGETS) {
  test(`${what} renders on the server, whole`, async () => {
    const { [CLASSES[tag]]: widget } = await import(`../../dist/components/${tag}/${tag}.js`);
    await widget.preload(); // the parts shown on request (Fiverr's classic rules, the agencies) are chunks
    const out = collectResultSync(render(template));
    assert.match(out, new RegExp(`<${tag}[^>]*><template shadowroot(mode)?="open"`));
    const plain = out.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    assert.ok(plain.includes(text), `${what}: ${text}`);
    assert.ok(!/NaN|undefined|\[object|Loading…/.test(plain), what);
    console.log(`${what}: ${(Buffer.byteLength(out) / 1024).toFixed(1)} KB of server HTML`);
  });
}

test('the tax table renders its whole country list on the server', async () => {
  const out = collectResultSync(render(html`<tax-withholding-table country="IN"></tax-withholding-table>`));
  const options = out.match(/<option\b/g) ?? [];
  assert.ok(options.length >= 249, `${options.length} options`);
  assert.match(out, /<option[^>]*value="IN"[^>]*selected/);
});

test('the cloud renders its tags from the tags attribute, every one a link', async () => {
  const out = collectResultSync(render(html`<tag-cloud tags="microstock, npwp, w-8ben"></tag-cloud>`));
  assert.equal((out.match(/<a\b[^>]*part="tag"/g) ?? []).length, 3);
  assert.ok(!out.includes('No tags.'));
});
