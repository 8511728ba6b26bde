// Done = the static page parsed (declarative shadow DOM included) and its first frame painted (double rAF, then a task).
requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => (window.__done = performance.now()), 0)));
