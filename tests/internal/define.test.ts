import { expect } from '@open-wc/testing';
import { defineElement, VERSION } from '../../src/internal/define.js';

/*
 * Each test uses tags and versions of its own, so the tests pass in any order
 * and alone (`it.only`): the once-only warnings are keyed by who holds a tag.
 */

function captureWarnings(run: () => void): string[] {
  const warn = console.warn;
  const seen: string[] = [];
  console.warn = (...args: unknown[]) => seen.push(args.join(' '));
  try {
    run();
  } finally {
    console.warn = warn;
  }
  return seen;
}

/** A class of another loaded copy of this library, of `version`. */
const copyOf = (version: string) =>
  class extends HTMLElement {
    static fwVersion = version;
  };

describe('guarded define', () => {
  it('knows its own version (generated from package.json at build time)', () => {
    expect(VERSION).to.match(/^\d+\.\d+\.\d+/);
  });

  it('defines a tag, and defining the same class again is silent', () => {
    const Ours = copyOf(VERSION);
    const warnings = captureWarnings(() => {
      defineElement('fw-define-same', Ours);
      defineElement('fw-define-same', Ours);
    });
    expect(customElements.get('fw-define-same')).to.equal(Ours);
    expect(warnings).to.deep.equal([]);
  });

  it('another version holding the tags keeps them; one warning for all its tags names both versions', () => {
    const Theirs = copyOf('0.9.0');
    customElements.define('fw-define-old-a', Theirs);
    customElements.define('fw-define-old-b', class extends Theirs {});
    const Ours = copyOf(VERSION);
    const warnings = captureWarnings(() => {
      expect(() => defineElement('fw-define-old-a', Ours)).not.to.throw();
      defineElement('fw-define-old-a', Ours); // the same copy again: no second warning
      defineElement('fw-define-old-b', class extends Ours {}); // its other tag: no second warning
    });
    expect(customElements.get('fw-define-old-a')).to.equal(Theirs);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(`freelancer-widgets ${VERSION}`);
    expect(warnings[0]).to.contain('freelancer-widgets 0.9.0');
    expect(warnings[0]).to.contain('<fw-define-old-a>');
    expect(warnings[0]).to.contain('Load our script once.');
  });

  it('a class from another library holding the tag never makes it throw, and the warning says so', () => {
    class Foreign extends HTMLElement {}
    customElements.define('fw-define-foreign', Foreign);
    const warnings = captureWarnings(() => {
      expect(() => defineElement('fw-define-foreign', copyOf(VERSION))).not.to.throw();
    });
    expect(customElements.get('fw-define-foreign')).to.equal(Foreign);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<fw-define-foreign> is already defined by another library');
    expect(warnings[0]).not.to.contain('freelancer-widgets another library');
  });

  it('a registry that refuses for another reason (a broken patch) is said to be that, once per tag; the element keeps its fallback', () => {
    const define = customElements.define;
    const errors: string[] = [];
    const error = console.error;
    customElements.define = () => {
      throw new DOMException('a broken polyfill', 'NotSupportedError');
    };
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    const holder = document.createElement('div');
    holder.append(Object.assign(document.createElement('fw-define-refused'), { textContent: 'the fallback' }));
    document.body.append(holder);
    try {
      const warnings = captureWarnings(() => {
        expect(() => defineElement('fw-define-refused', copyOf(VERSION))).not.to.throw();
        defineElement('fw-define-refused', copyOf(VERSION)); // again: no second line
      });
      expect(warnings, 'no claim that another library owns the tag').to.deep.equal([]);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain('<fw-define-refused> could not be defined: NotSupportedError: a broken polyfill');
      expect(holder.textContent).to.equal('the fallback');
    } finally {
      customElements.define = define;
      console.error = error;
      holder.remove();
    }
  });

  it('defining outside a browser registry is a no-op, not an error', () => {
    const registry = Object.getOwnPropertyDescriptor(globalThis, 'customElements');
    Object.defineProperty(globalThis, 'customElements', { value: undefined, configurable: true });
    try {
      expect(() => defineElement('fw-define-none', copyOf(VERSION))).not.to.throw();
    } finally {
      if (registry) Object.defineProperty(globalThis, 'customElements', registry);
    }
    expect(customElements.get('fw-define-none')).to.equal(undefined);
  });
});
