// Marks when the widget script is about to start (the line before the module tag).
window.__scriptStart = performance.now();
