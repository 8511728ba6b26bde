import { VERSION } from '../generated/version.js';

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
 * console says which versions met. A registry that refuses for another reason
 * (a page's broken polyfill or patch) is said to be what it is, once per tag:
 * the element then stays as the page wrote it, its fallback content showing.
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
    } catch (error) {
      // Lost a race with another copy defining the same tag: reported below. Anything else: said as it is.
      if (!registry.get(tag)) {
        if (warned.has(`failed ${tag}`)) return;
        warned.add(`failed ${tag}`);
        console.error(`freelancer-widgets ${ctor.fwVersion ?? VERSION}: <${tag}> could not be defined: ${String(error)}`);
        return;
      }
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
