// Done = the static page parsed (declarative shadow DOM included) and its first frame painted: navigation → ms.
requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => (window.__done = performance.now()), 0)));
