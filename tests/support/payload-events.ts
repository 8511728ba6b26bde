/**
 * Resolves once the asynchronous events an XSS payload's handler would run on
 * have happened to elements of our own: an image whose `src=x` fails to load
 * (`onerror`), and a `<details>` that opens (`ontoggle`). A payload that had
 * become such an element before this was called would have run by then: a
 * condition to wait for instead of a fixed time.
 */
export async function payloadEventsPassed(): Promise<void> {
  const image = new Image();
  const failed = new Promise((resolve) => image.addEventListener('error', resolve, { once: true }));
  image.src = 'x';
  const details = document.createElement('details');
  document.body.append(details);
  const toggled = new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
  details.open = true;
  await Promise.all([failed, toggled]);
  details.remove();
}
