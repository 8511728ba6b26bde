import { ELEMENT_NAMES, ELEMENT_SELECTOR } from '/dist/element-names.js';

// After the next frame has been painted (double rAF, then a task): every bench page's "done" for a load,
// where the first frame may come before the work (the same for the widgets and their floor).
export const painted = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0))));

/**
 * After the frame that shows a change made now: the task after the next animation frame runs once that
 * frame's style, layout and paint are done. What a reader's input waits for (as Event Timing's duration).
 */
export const nextPaint = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

/** The widgets on the page, once every one is defined and rendered completely. */
export async function widgetsComplete() {
  await Promise.all(ELEMENT_NAMES.map((t) => customElements.whenDefined(t)));
  const els = [...document.querySelectorAll(ELEMENT_SELECTOR)];
  await Promise.all(els.map((el) => el.updateComplete));
  return els;
}

/** The same labels for the cloud and its floors: `n` names with repeatable counts. */
export const words = (n) => Array.from({ length: n }, (_, i) => ({ name: `label ${i}`, count: 1 + ((i * 7919) % 97) }));

/** The `n` query parameter of the page. */
export const n = Number(new URLSearchParams(location.search).get('n') ?? 5000);
