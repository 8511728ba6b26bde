import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '../../src/localization.js';
import { ELEMENT_SELECTOR as WIDGETS } from '../../src/element-names.js';

/** The text a reader sees in an element's shadow root, whitespace collapsed. */
export function text(el: Element | null | undefined): string {
  const root = (el as HTMLElement | null)?.shadowRoot ?? el;
  return (root?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Words that must never reach a reader. */
export const BROKEN = /NaN|undefined|Infinity|\[object|null/;

/** One element inside a widget's shadow root. */
export function $<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = el.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in <${el.localName}>`);
  return found;
}

/** Replaces an input's text the way a reader does: focus, select all, type with real key events. */
export async function typeInto(el: Element, selector: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, selector);
  input.focus();
  input.select();
  if (value === '') await sendKeys({ press: 'Backspace' });
  else await sendKeys({ type: value });
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

/** Switches the widgets' language and waits until every widget on the page has re-rendered. */
export async function useLocale(tag: 'en' | 'id'): Promise<void> {
  await setLocale(tag);
  const widgets = [...document.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(WIDGETS)];
  await Promise.all(widgets.map((w) => w.updateComplete));
}

/** Collects the events of one type an element fires. */
export function record<T>(el: EventTarget, type: string): CustomEvent<T>[] {
  const seen: CustomEvent<T>[] = [];
  el.addEventListener(type, (e) => seen.push(e as CustomEvent<T>));
  return seen;
}

/** Waits until every widget in `root` (and `root` itself) has rendered completely: first renders come a piece at a time. */
export async function rendered<T extends Element>(root: T): Promise<T> {
  const widgets = [root, ...root.querySelectorAll(WIDGETS)] as (Element & { updateComplete?: Promise<unknown> })[];
  await Promise.all(widgets.map((w) => w.updateComplete));
  return root;
}
