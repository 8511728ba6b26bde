import { expect } from '@open-wc/testing';
import { defineElement, VERSION } from '../../src/internal/define.js';

class First extends HTMLElement {
  static fwVersion = '0.9.0';
}
class Second extends HTMLElement {
  static fwVersion = VERSION;
}

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

describe('guarded define', () => {
  it('knows its own version (generated from package.json at build time)', () => {
    expect(VERSION).to.match(/^\d+\.\d+\.\d+/);
  });

  it('defines a tag, and defining the same class again is silent', () => {
    const warnings = captureWarnings(() => {
      defineElement('fw-define-a', First);
      defineElement('fw-define-a', First);
    });
    expect(customElements.get('fw-define-a')).to.equal(First);
    expect(warnings).to.deep.equal([]);
  });

  it('another version holding the tag keeps it; one warning names both versions', () => {
    const warnings = captureWarnings(() => {
      expect(() => defineElement('fw-define-a', Second)).not.to.throw();
      defineElement('fw-define-a', Second); // the same copy again: no second warning
    });
    expect(customElements.get('fw-define-a')).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(`freelancer-widgets ${VERSION}`);
    expect(warnings[0]).to.contain('freelancer-widgets 0.9.0');
    expect(warnings[0]).to.contain('<fw-define-a>');
  });

  it('a class from another library holding the tag never makes it throw', () => {
    class Foreign extends HTMLElement {}
    customElements.define('fw-define-b', Foreign);
    expect(() => defineElement('fw-define-b', Second)).not.to.throw();
    expect(customElements.get('fw-define-b')).to.equal(Foreign);
  });
});
