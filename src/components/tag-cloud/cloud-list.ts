import { html, nothing, type TemplateResult } from 'lit';

/*
 * The cloud's list, in chunks of 200 tags (a chunk off screen is not laid
 * out: `content-visibility`). One markup, made two ways:
 * - as Lit templates, for the server and for the first render of
 *   server-rendered HTML (hydration must see the same templates);
 * - as DOM nodes cloned from a few prototypes, everywhere else: a template
 *   instance per tag made 5,000 tags cost about 140 ms of script, the nodes
 *   cost a third of that (npm run bench).
 * Both are checked against each other by tests/components/tag-cloud.test.ts.
 * Text goes in as text nodes and attributes: nothing is parsed as HTML.
 */

/** A tag as the list shows it. */
export interface ListItem {
  name: string;
  /** Font size class, percent. */
  size: number;
  href: string | null;
  /** The count as a formatted number ("1.500"). */
  count: string;
  /** The count in words for the accessible name ("1.500 artikel"). */
  label: string;
}

export const CHUNK = 200;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

function itemTemplate(t: ListItem, showCount: boolean): TemplateResult {
  // The count is in every tag's accessible name, as words ("microstock, 2 posts"). Without a visible
  // count an aria-label carries it (nothing more to lay out); with one, the number is hidden from
  // readers and the words are a visually hidden span.
  if (!showCount && t.href !== null) {
    return html`<span role="listitem"
      ><a class="tag s${t.size}" part="tag" href=${t.href} aria-label="${t.name}, ${t.label}">${t.name}</a></span
    >`;
  }
  const body = html`${t.name}${showCount ? html`<span class="count" part="count" aria-hidden="true">${t.count}</span>` : nothing}<span
      class="visually-hidden"
      >, ${t.label}</span
    >`;
  return t.href === null
    ? html`<span role="listitem"><span class="tag s${t.size}" part="tag">${body}</span></span>`
    : html`<span role="listitem"><a class="tag s${t.size}" part="tag" href=${t.href}>${body}</a></span>`;
}

/** Which tag a node of the list belongs to: its index, from its chunk's and its own place (one lookup per click). */
export function indexOf(node: Element): number {
  const item = node.closest('[role="listitem"]');
  const chunk = item?.parentElement;
  if (!item || !chunk?.parentElement) return -1;
  const at = (el: Element) => Array.prototype.indexOf.call(el.parentElement?.children ?? [], el) as number;
  return at(chunk) * CHUNK + at(item);
}

/** The chunks as Lit templates. */
export function listTemplates(items: readonly ListItem[], showCount: boolean): TemplateResult[] {
  return chunks(items).map((chunk) => html`<div class="chunk" role="none">${chunk.map((t) => itemTemplate(t, showCount))}</div>`);
}

function element(doc: Document, tag: string, attributes: Record<string, string>): HTMLElement {
  const el = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}

/** The chunks as DOM nodes, in `doc`. */
export function listNodes(doc: Document, items: readonly ListItem[], showCount: boolean): DocumentFragment {
  const item = element(doc, 'span', { role: 'listitem' });
  const link = element(doc, 'a', { part: 'tag' });
  const plain = element(doc, 'span', { part: 'tag' });
  const count = element(doc, 'span', { class: 'count', part: 'count', 'aria-hidden': 'true' });
  const words = element(doc, 'span', { class: 'visually-hidden' });
  const fragment = doc.createDocumentFragment();
  for (const chunk of chunks(items)) {
    const box = element(doc, 'div', { class: 'chunk', role: 'none' });
    for (const t of chunk) {
      const wrapper = item.cloneNode() as HTMLElement;
      const tag = (t.href === null ? plain : link).cloneNode() as HTMLElement;
      tag.className = `tag s${t.size}`;
      tag.textContent = t.name;
      if (t.href !== null) tag.setAttribute('href', t.href);
      if (!showCount && t.href !== null) tag.setAttribute('aria-label', `${t.name}, ${t.label}`);
      else {
        if (showCount) tag.append(Object.assign(count.cloneNode() as HTMLElement, { textContent: t.count }));
        tag.append(Object.assign(words.cloneNode() as HTMLElement, { textContent: `, ${t.label}` }));
      }
      wrapper.append(tag);
      box.append(wrapper);
    }
    fragment.append(box);
  }
  return fragment;
}
