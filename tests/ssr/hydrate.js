// Client side of a server-rendered page: Lit's hydration support first, then the widget's module.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

const tag = new URL(import.meta.url).searchParams.get('tag');
window.__before = document.querySelector(tag).shadowRoot.innerHTML.length; // what the server sent
await import(`../../dist/components/${tag}/${tag}.js`);
