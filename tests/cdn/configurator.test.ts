/*
 * The configurator (demo/configurator.html): its snippets are escaped, leave
 * out what the widget rejects, and work when pasted into a plain page with the
 * built CDN bundle.
 */
import { expect, waitUntil } from '@open-wc/testing';
// @ts-expect-error: a plain JS module of the demo, without types
import { buildSnippet, CDN_URL } from '../../demo/snippet.js';

async function frame(src: { url?: string; html?: string }): Promise<HTMLIFrameElement> {
  const f = document.createElement('iframe');
  f.width = '1200';
  f.height = '900';
  if (src.url) f.src = src.url;
  else f.srcdoc = src.html!;
  document.body.append(f);
  await new Promise((r) => f.addEventListener('load', r, { once: true }));
  return f;
}

describe('configurator snippets', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('escapes attribute values and text, and writes keywords on one line', () => {
    const html: string = buildSnippet({
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
    expect(html).to.equal(
      `<script type="module" src="${CDN_URL}"></script>\n` +
        '<tag-cloud href="/search?q={tag}&amp;x=&quot;1&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" show-count>microstock, &lt;b&gt;npwp&lt;/b&gt;, passive income</tag-cloud>\n',
    );
    expect(() => buildSnippet({ tag: 'div onload=x', attributes: [] })).to.throw();
  });

  it('marks what the widget rejects, leaves it out, and the snippet works in a plain page', async () => {
    const f = await frame({ url: '/demo/configurator.html' });
    const doc = f.contentDocument!;
    await waitUntil(() => doc.documentElement.dataset.ready === 'true', 'rendered', { timeout: 8000 });
    const type = async (id: string, value: string) => {
      const input = doc.getElementById(id) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
      await new Promise((r) => setTimeout(r, 100));
    };
    await type('f-monthly-downloads', 'seratus');
    await type('f-price', '0.35');
    expect(doc.getElementById('f-monthly-downloads')!.getAttribute('aria-invalid')).to.equal('true');
    const snippet = (doc.getElementById('snippet') as HTMLTextAreaElement).value;
    expect(snippet).not.to.contain('monthly-downloads');
    expect(snippet).to.contain('price="0.35"');
    // Paste it into a plain page, with the locally built bundle instead of jsDelivr.
    const page = `<!doctype html><html lang="en"><head><script src="/tests/cdn/fixtures/probe.js"></script></head><body>${snippet.replace(CDN_URL, '/cdn/freelancer-widgets.js')}</body></html>`;
    const pasted = await frame({ html: page });
    const calc = pasted.contentDocument!.querySelector('royalty-tier-calc') as HTMLElement & { updateComplete: Promise<unknown> };
    await waitUntil(() => Boolean(calc.shadowRoot?.querySelector('[part="base"]')), 'rendered', { timeout: 8000 });
    await calc.updateComplete;
    expect(calc.shadowRoot!.textContent).to.contain('$');
    expect((pasted.contentWindow as any).__probe.errors).to.deep.equal([]);
  });

  it('every widget’s starter snippet renders when pasted', async () => {
    const f = await frame({ url: '/demo/configurator.html' });
    const doc = f.contentDocument!;
    await waitUntil(() => doc.documentElement.dataset.ready === 'true', 'rendered', { timeout: 8000 });
    for (const tag of ['royalty-tier-calc', 'tax-withholding-table', 'fiverr-level-meter', 'tag-cloud']) {
      const radio = doc.querySelector(`input[value="${tag}"]`) as HTMLInputElement;
      radio.checked = true;
      radio.dispatchEvent(new Event('change'));
      await new Promise((r) => setTimeout(r, 150));
      const snippet = (doc.getElementById('snippet') as HTMLTextAreaElement).value;
      expect(snippet, tag).to.contain(`<${tag}`);
      const pasted = await frame({ html: `<!doctype html><html lang="id"><head><script src="/tests/cdn/fixtures/probe.js"></script></head><body>${snippet.replace(CDN_URL, '/cdn/freelancer-widgets.js')}</body></html>` });
      const el = pasted.contentDocument!.querySelector(tag) as HTMLElement;
      await waitUntil(() => Boolean(el.shadowRoot?.querySelector('[part="base"]')), 'rendered', { timeout: 8000 });
      expect((pasted.contentWindow as any).__probe.errors, tag).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('.notice'), tag).to.equal(null);
      pasted.remove();
    }
  });
});
