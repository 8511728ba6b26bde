// Done = every widget defined and updated, and the next frame drawn.
const tags = ['royalty-tier-calc', 'tax-withholding-table', 'fiverr-level-meter', 'tag-cloud'];
await Promise.all(tags.map((t) => customElements.whenDefined(t)));
await Promise.all([...document.querySelectorAll(tags.join(','))].map((el) => el.updateComplete));
await new Promise((r) => requestAnimationFrame(() => r()));
window.__done = performance.now();
