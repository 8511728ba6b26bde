// The snippet a blogger pastes: escaped, no handlers, keywords on one line, the reservation CSS read from
// docs/reserve.css for the chosen widgets only. Pure functions, run in Node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CDN_URL, buildSnippet, elementHtml, keywordLine, readReserve, reserveStyle } from '../../site-src/snippet.js';

const reserveCss = readFileSync(new URL('../../docs/reserve.css', import.meta.url), 'utf8');

test('attribute values and text are escaped, handlers and odd names dropped, keywords on one line', () => {
  const html = elementHtml({
    tag: 'tag-cloud',
    attributes: [
      ['href', '/search?q={tag}&x="1"><script>alert(1)</script>'],
      ['show-count', true],
      ['sort', ''],
      ['onclick', 'alert(1)'],
      ['bad name', 'x'],
    ],
    text: 'microstock,\n<b>npwp</b>\n\n  passive   income ',
  });
  assert.equal(html, '<tag-cloud href="/search?q={tag}&amp;x=&quot;1&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" show-count>microstock, &lt;b&gt;npwp&lt;/b&gt;, passive income</tag-cloud>');
  assert.throws(() => elementHtml({ tag: 'div onload=x' }));
  assert.equal(keywordLine(' a ,\r\nb,, c\n'), 'a, b, c');
});

test('the reservation heights are those of docs/reserve.css, desktop and phone', () => {
  const heights = readReserve(reserveCss);
  assert.deepEqual(Object.keys(heights).sort(), ['fiverr-level-meter', 'royalty-tier-calc', 'tax-withholding-table']);
  for (const [tag, [desktop, phone]] of Object.entries(heights)) {
    assert.ok(reserveCss.includes(`${tag}:is(:not(:defined), :not(:state(ready))) { min-height: var(--fw-reserve, ${desktop}em); }`), tag);
    assert.ok(phone > desktop, `${tag}: a phone stacks the widget taller`);
  }
});

test('a post: the script once, the reservation for the widgets in it only, then the widgets in order', () => {
  const heights = readReserve(reserveCss);
  const snippet = buildSnippet({
    elements: [
      { tag: 'royalty-tier-calc', attributes: [['id', 'calc-1']] },
      { tag: 'tax-withholding-table', attributes: [['for', 'calc-1']] },
      { tag: 'tag-cloud', text: 'a, b' },
    ],
    heights,
  });
  const lines = snippet.split('\n');
  assert.equal(lines[0], `<script type="module" src="${CDN_URL}"></script>`);
  assert.match(lines[1], /^<style>.*<\/style>$/);
  assert.ok(lines[1].includes(`min-height:var(--fw-reserve,${heights['royalty-tier-calc'][0]}em)`));
  assert.ok(lines[1].includes(`@media (max-width:600px){royalty-tier-calc`));
  assert.ok(!lines[1].includes('fiverr-level-meter') && !lines[1].includes('tag-cloud'), 'only the widgets of this post');
  assert.deepEqual(lines.slice(2), ['<royalty-tier-calc id="calc-1"></royalty-tier-calc>', '<tax-withholding-table for="calc-1"></tax-withholding-table>', '<tag-cloud>a, b</tag-cloud>', '']);
  assert.equal(reserveStyle(['tag-cloud'], heights), '', 'a cloud needs no reservation');
});
