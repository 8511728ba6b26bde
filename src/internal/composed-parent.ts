/**
 * The element above `node` as the page is drawn: its parent, or the host of
 * the shadow root it sits in (a widget inside another component); `null` at
 * the top. What the page's colours (page-scheme.ts) and its `lang`
 * (localize-setup.ts) are looked up along.
 */
export function composedParent(node: Element): Element | null {
  return node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
}
