// Done = every widget defined and rendered completely, and that frame painted (double rAF, then a task).
const tags = ['royalty-tier-calc', 'tax-withholding-table', 'fiverr-level-meter', 'tag-cloud'];
await Promise.all(tags.map((t) => customElements.whenDefined(t)));
await Promise.all([...document.querySelectorAll(tags.join(','))].map((el) => el.updateComplete));
await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0))));
window.__done = performance.now();
