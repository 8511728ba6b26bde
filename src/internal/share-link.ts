import { ELEMENT_SELECTOR } from '../element-names.js';
import { SHARE_FOLLOW, SHARE_PART, type SharingWidget } from './share-protocol.js';

/*
 * Making and reading share links (see share.ts), loaded only when a reader
 * shares or the page was opened from such a link. A link carries what every
 * widget of the page changed, the sharing widget's part first (a linked tax
 * table reopens with its calculator), each under the widget's address:
 * `calc.monthly-downloads=250`. Opening it, each widget takes its own part
 * through its settings, as if the reader had typed it (same limits, same
 * messages); the first named scrolls into view, nobody takes focus.
 *
 * A widget's address is its id when no other widget of the page has it — give
 * every widget an id (the configurator does), and a link survives an edited
 * post. Without one (or with an id two widgets share), it is its tag and its
 * place among all the page's widgets of that tag, those inside other
 * components' shadow roots included, in tree order: `tax-withholding-table-2`.
 * An address is everything before the last dot of a link's name (attribute
 * names have none), so an id may hold any character, dots included.
 */

const PREFIX = 'fw:';
/* A real link holds a few dozen settings; a longer fragment is not ours to read. */
const MAX_FRAGMENT = 2000;

/** The `fw:` part of the page's fragment, as key/value pairs; nothing when the fragment is the page's own or too long. */
function linkParams(hash: string): URLSearchParams | undefined {
  const fragment = hash.replace(/^#/, '');
  if (!fragment.startsWith(PREFIX) || fragment.length > MAX_FRAGMENT) return undefined;
  return new URLSearchParams(fragment.slice(PREFIX.length));
}

/** Every widget of the page, in tree order, those inside shadow roots (at any depth) included. */
function widgetsOf(root: Document | ShadowRoot, found: Element[] = []): Element[] {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode() as Element | null; node; node = walker.nextNode() as Element | null) {
    if (node.matches(ELEMENT_SELECTOR)) found.push(node);
    if (node.shadowRoot) widgetsOf(node.shadowRoot, found);
  }
  return found;
}

/** The address of `widget` among the page's `widgets` (see the top of this file). */
function addressOf(widget: Element, widgets: readonly Element[]): string {
  if (widget.id && widgets.filter((w) => w.id === widget.id).length === 1) return widget.id;
  const same = widgets.filter((w) => w.localName === widget.localName);
  return `${widget.localName}-${same.indexOf(widget) + 1}`;
}

/** A link's name as `[address, attribute]`: the attribute after the last dot. */
function split(name: string): [string, string] {
  const dot = name.lastIndexOf('.');
  return [name.slice(0, dot), name.slice(dot + 1)];
}

/** Takes a widget's part of the page's share link; anything unusable in it is skipped and noted once. */
export function restore(c: SharingWidget): void {
  const params = linkParams(c.host.ownerDocument.defaultView?.location.hash ?? '');
  if (!params || !c.enabled) return;
  const mine = addressOf(c.host, widgetsOf(c.host.ownerDocument));
  const byAttribute = new Map(c.keys.map((key) => [c.settings.attribute(key), key]));
  let named = false;
  let unusable = false;
  for (const [name, value] of params) {
    const [address, attribute] = split(name);
    if (address !== mine) continue;
    named = true;
    const key = byAttribute.get(attribute);
    if (!key || !c.settings.restore(key, value)) unusable = true;
  }
  if (!named) return;
  c.unusable = unusable;
  c.host.requestUpdate();
  if (split([...params.keys()][0] ?? '')[0] === mine) {
    void c.host.updateComplete.then(() => requestAnimationFrame(() => c.host.scrollIntoView({ block: 'start' })));
  }
}

/** A link opened later on the page (a hash change): every widget, of any loaded copy, takes its part. */
export function followAll(doc: Document): void {
  for (const widget of widgetsOf(doc)) widget.dispatchEvent(new Event(SHARE_FOLLOW));
}

/** The link to this page with every widget's changes, the sharing widget's first. */
function makeLink(c: SharingWidget): string {
  const doc = c.host.ownerDocument;
  const widgets = widgetsOf(doc);
  const params = new URLSearchParams();
  for (const widget of [c.host, ...widgets.filter((w) => w !== c.host)]) {
    const changes: [string, string][] = [];
    widget.dispatchEvent(new CustomEvent(SHARE_PART, { detail: changes }));
    const address = addressOf(widget, widgets);
    for (const [attribute, value] of changes) params.set(`${address}.${attribute}`, value);
  }
  const page = (doc.defaultView?.location.href ?? '').replace(/#.*$/, '');
  const parts = params.toString();
  return parts ? `${page}#${PREFIX}${parts}` : page;
}

/** The system share sheet on a phone (WhatsApp, Telegram …), else the clipboard, else the link shown to copy by hand. */
export async function share(c: SharingWidget): Promise<void> {
  c.link = makeLink(c);
  const nav = navigator as Navigator & { share?: (data: ShareData) => Promise<void> };
  try {
    if (matchMedia('(pointer: coarse)').matches && nav.share) {
      await nav.share({ title: document.title, url: c.link });
      c.status = 'shared';
    } else {
      await navigator.clipboard.writeText(c.link);
      c.status = 'copied';
    }
  } catch (error) {
    // The reader closed the share sheet: nothing to say. Anything else: the link, selected, to copy by hand.
    c.status = (error as DOMException)?.name === 'AbortError' ? 'idle' : 'manual';
  }
  c.shown();
}
