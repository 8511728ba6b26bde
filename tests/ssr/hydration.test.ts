/*
 * Server rendering, the browser half: each widget rendered by @lit-labs/ssr in
 * Node (tests/support/ssr-middleware.mjs) hydrates without a mismatch, keeps
 * what the server showed, and works for the reader afterwards.
 */
import { expect, waitUntil } from '@open-wc/testing';

type Widget = HTMLElement & { updateComplete: Promise<unknown>; result?: { yearTotal?: number; netWithTin?: number } };
interface Probe {
  errors: string[];
  warnings: string[];
}

async function open(tag: string) {
  const frame = document.createElement('iframe');
  frame.src = `/ssr/${tag}.html`;
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  const win = frame.contentWindow as Window & typeof globalThis & { __probe: Probe; __before: number };
  await waitUntil(() => win.customElements.get(tag), `${tag} defined`, { timeout: 8000 });
  const el = frame.contentDocument!.querySelector(tag) as Widget;
  await el.updateComplete;
  return { frame, win, el };
}
const hydrationProblems = (p: Probe) =>
  [...p.errors, ...p.warnings].filter((m) => !m.includes('Lit is in dev mode') && !m.includes('multiple versions'));
const typeInto = async (el: Widget, id: string, value: string) => {
  const input = el.shadowRoot!.getElementById(id) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
};

describe('server-rendered widgets hydrate', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('<royalty-tier-calc>: same content, no mismatch, inputs work afterwards', async () => {
    const { win, el } = await open('royalty-tier-calc');
    expect(win.__before).to.be.greaterThan(1000); // the server sent the whole widget
    expect(el.shadowRoot!.textContent).to.contain('$317.50');
    expect(hydrationProblems(win.__probe)).to.deep.equal([]);
    await typeInto(el, 'monthlyDownloads', '250');
    expect(el.result!.yearTotal).to.equal(882.5); // 3,000 downloads at $1
    expect(el.shadowRoot!.textContent).to.contain('$882.50');
  });

  it('<tax-withholding-table>: its country list arrives with the page and still works', async () => {
    const { win, el } = await open('tax-withholding-table');
    const select = el.shadowRoot!.getElementById('country') as HTMLSelectElement;
    await waitUntil(() => select.options.length === 249, 'the full list');
    expect(select.value).to.equal('IN');
    expect(hydrationProblems(win.__probe)).to.deep.equal([]);
    select.value = 'ID';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.result!.netWithTin).to.equal(90);
  });

  it('<fiverr-level-meter>: no mismatch, inputs work afterwards', async () => {
    const { win, el } = await open('fiverr-level-meter');
    expect(el.shadowRoot!.textContent).to.contain('Toward Level 1');
    expect(hydrationProblems(win.__probe)).to.deep.equal([]);
    await typeInto(el, 'orders', '10');
    expect(el.shadowRoot!.textContent).to.contain('10 / 10');
  });

  it('<tag-cloud>: its tags from the server, no mismatch, links still fire tag-select', async () => {
    const { win, el } = await open('tag-cloud');
    const links = () => [...el.shadowRoot!.querySelectorAll('a[part="tag"]')] as HTMLAnchorElement[];
    expect(links().map((a) => a.getAttribute('href'))).to.deep.equal(['#microstock', '#npwp', '#w-8ben']);
    expect(hydrationProblems(win.__probe)).to.deep.equal([]);
    const seen: string[] = [];
    el.addEventListener('tag-select', (e) => seen.push((e as CustomEvent<{ tag: string }>).detail.tag));
    links()[1].click();
    expect(seen).to.deep.equal(['npwp']);
  });
});
