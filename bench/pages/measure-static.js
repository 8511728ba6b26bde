// Done = the static page parsed (declarative shadow DOM included) and the next frame drawn.
requestAnimationFrame(() => {
  window.__done = performance.now();
});
