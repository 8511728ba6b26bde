import { VERSION } from '../generated/version.js';
import { inTurn } from './first-render.js';

/** What a class of ours carries so another copy can name its version. */
interface Versioned {
  fwVersion?: string;
}

/*
 * What has been warned about: another copy of this library once (not once per tag: its four tags meet ours
 * together), another library's element once per tag.
 */
const warned = new Set<string>();

/**
 * Defines a custom element once. Loading the library twice, or two versions
 * of it, must never throw (bloggers paste the script tag in a post and again
 * in a gadget): if another class already holds the tag it keeps it, and the
 * console says which versions met.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor & Versioned): void {
  const registry = globalThis.customElements;
  if (!registry) return; // not a browser (SSR, tests in Node)
  const existing = registry.get(tag) as (CustomElementConstructor & Versioned) | undefined;
  if (existing === ctor) return;
  if (!existing) {
    try {
      registry.define(tag, ctor);
      return;
    } catch {
      // Lost a race with another copy defining the same tag: fall through and report it.
    }
  }
  const theirs = (registry.get(tag) as Versioned | undefined)?.fwVersion;
  const key = theirs === undefined ? `tag ${tag}` : `version ${theirs}`;
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(
    `freelancer-widgets ${ctor.fwVersion ?? VERSION}: <${tag}> is already defined by ` +
      (theirs === undefined
        ? 'another library; keeping that one.'
        : `freelancer-widgets ${theirs}; keeping that one. Load our script once.`),
  );
}

export { VERSION };

/**
 * Defines the CDN bundle's tags one turn at a time (internal/first-render.ts):
 * defining a tag upgrades every element of it on the page at once, and the
 * four together make one long task on a phone.
 */
export function defineInTurns(tags: Record<string, CustomElementConstructor & Versioned>): void {
  // The Intl formatters a widget needs are built in turns of their own just before its first render
  // (FirstRender's `prepare`), the first of them starting the browser's ICU.
  for (const [tag, ctor] of Object.entries(tags)) {
    inTurn((done) => {
      defineElement(tag, ctor);
      done();
    });
  }
}
