// In the page, for bench/static-floor.mjs: a widget's DOM frozen into static HTML with declarative shadow DOM.

/** A shadow root's styles as one stylesheet, with the rule that hides an incomplete widget never matching. */
function staticCss(root) {
  return root.adoptedStyleSheets
    .map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n'))
    .join('\n')
    .replaceAll(':host(:not(:state(ready)))', ':host(.never)');
}

window.__freeze = {
  /** The whole page, every widget's shadow root written out with its styles and its inputs' values. */
  page(selector) {
    const hosts = [...document.querySelectorAll(selector)];
    for (const host of hosts) {
      const root = host.shadowRoot;
      for (const input of root.querySelectorAll('input')) input.setAttribute('value', input.value);
      for (const option of root.querySelectorAll('option')) option.toggleAttribute('selected', option.selected);
      const style = document.createElement('style');
      style.textContent = staticCss(root);
      root.prepend(style);
    }
    for (const s of document.querySelectorAll('script')) s.remove();
    return '<!doctype html>\n' + document.documentElement.getHTML({ shadowRoots: hosts.map((h) => h.shadowRoot) });
  },
  /** One widget as a fragment: a holder with its shadow root as a declarative template. */
  fragment(el) {
    return `<div><template shadowrootmode="open"><style>${staticCss(el.shadowRoot)}</style>${el.shadowRoot.innerHTML}</template></div>`;
  },
};
