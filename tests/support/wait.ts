/** Waiting helpers for the browser tests (no side effects: the CDN tests import them too). */

/** Lets pending timers, microtasks and renders run. */
export function settle(ms = 0): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Polls until `check()` is true; throws after `ms`. */
export async function until(check: () => boolean, ms = 8000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await settle(20);
  }
}
