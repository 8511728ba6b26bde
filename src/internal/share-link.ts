import type { ReactiveElement } from 'lit';
import { ELEMENT_SELECTOR } from '../element-names.js';

/*
 * Making and reading share links (see share.ts), loaded only when a reader
 * shares or the page was opened from such a link. A widget is addressed by
 * its id, or, without one, by its tag and position (`tax-withholding-table-2`,
 * the second table of the page). A link carries what every widget of the page
 * changed, the sharing widget's part first: a linked tax table reopens with
 * its calculator. Opening it, each widget takes its own part through its
 * settings, as if the reader had typed it (same limits, same messages); the
 * first named scrolls into view, nobody takes focus.
 */

/** What a widget's share controller offers this chunk (share.ts): no import back, so no circle. */
interface ShareController {
  readonly host: ReactiveElement & HTMLElement;
  readonly settings: {
    restore(key: string, raw: string): boolean;
    attribute(key: string): string;
    readonly announcer: { say(text: string): void };
  };
  readonly keys: readonly string[];
  readonly enabled: boolean;
  status: 'idle' | 'copied' | 'shared' | 'manual';
  link: string;
  unusable: boolean;
  /** The widget's own part of a link, and its address in one. */
  part(): string;
  address(): string;
}

/** A widget of any loaded copy, with its part of a share link. */
interface Sharing extends Element {
  fwSharePart?: () => string;
}

const PREFIX = 'fw:';
/* A real link holds a few dozen settings; a longer fragment is not ours to read. */
const MAX_FRAGMENT = 2000;

/** The `fw:` part of the page's fragment, as key/value pairs; nothing when the fragment is the page's own or too long. */
function linkParams(hash: string): URLSearchParams | undefined {
  const fragment = hash.replace(/^#/, '');
  if (!fragment.startsWith(PREFIX) || fragment.length > MAX_FRAGMENT) return undefined;
  return new URLSearchParams(fragment.slice(PREFIX.length));
}

/** Takes a widget's part of the page's share link; anything unusable in it is skipped and noted once. */
export function restore(c: ShareController): void {
  const params = linkParams(globalThis.location?.hash ?? '');
  if (!params || !c.enabled) return;
  const prefix = `${c.address()}.`;
  const byAttribute = new Map(c.keys.map((key) => [c.settings.attribute(key), key]));
  let mine = false;
  let unusable = false;
  for (const [name, value] of params) {
    if (!name.startsWith(prefix)) continue;
    mine = true;
    const key = byAttribute.get(name.slice(prefix.length));
    if (!key || !c.settings.restore(key, value)) unusable = true;
  }
  if (!mine) return;
  c.unusable = unusable;
  c.host.requestUpdate();
  if ([...params.keys()][0]?.startsWith(prefix)) {
    void c.host.updateComplete.then(() => requestAnimationFrame(() => c.host.scrollIntoView({ block: 'start' })));
  }
}

/** The link to this page with every widget's changes, the sharing widget's first. */
function makeLink(c: ShareController): string {
  const others = [...document.querySelectorAll<Sharing>(ELEMENT_SELECTOR)]
    .filter((el) => el !== c.host)
    .map((el) => el.fwSharePart?.() ?? '');
  const parts = [c.part(), ...others].filter(Boolean).join('&');
  const page = location.href.replace(/#.*$/, '');
  return parts ? `${page}#${PREFIX}${parts}` : page;
}

/** The system share sheet on a phone (WhatsApp, Telegram …), else the clipboard, else the link shown to copy by hand. */
export async function share(c: ShareController): Promise<void> {
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
    if ((error as DOMException)?.name !== 'AbortError') c.status = 'manual';
  }
  c.host.requestUpdate();
  await c.host.updateComplete;
  if (c.status === 'manual') c.host.renderRoot.querySelector<HTMLInputElement>('.share input')?.select();
  // Said once in the widget's live region: the words shown beside the button (or the label of the link to copy).
  const said = c.host.renderRoot.querySelector('.share .said, .share label')?.textContent?.trim();
  if (said) c.settings.announcer.say(said);
}
