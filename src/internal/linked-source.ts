import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { RESULT_UPDATED } from './result-events.js';

/*
 * A widget that follows another (the tax table its calculator, `for`): loaded
 * only by a widget that links, with the code that reads what the other hands
 * over (tax-withholding-table/linked-total.ts).
 */

/** What a linked source offers: a current `result`, of whatever shape the element under that name gives. */
interface Source extends HTMLElement {
  result?: unknown;
  updateComplete?: Promise<unknown>;
}

/**
 * What another element hands over is not trusted: an element of another
 * library may hold the tag name, and any script may set a result. The one
 * guard for every number a widget takes from another element: a finite
 * number passes; `NaN`, `Infinity`, strings, objects and the rest are
 * `undefined` (never fed to `BigInt`, `Intl` or a reader's eyes).
 */
export function finiteNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** `result[key]` of a source's result, whatever the result is; a getter that throws is caught by LinkedSource. */
export function resultField(result: unknown, key: string): unknown {
  return result !== null && typeof result === 'object' ? (result as Record<string, unknown>)[key] : undefined;
}

/**
 * Follows another element by id — `<tax-withholding-table for="calc">` follows
 * `<royalty-tier-calc id="calc">`. Works in either DOM order, when the source
 * is added later by script, before or after its tag is defined, and when it is
 * replaced by a new element with the same id: the document is watched for as
 * long as the link is wanted. The host gets `select(result)` at once and after
 * every update of the source.
 */
export class LinkedSource<V> implements ReactiveController {
  /** The selected part of the source's latest result, or `undefined` while there is no source. */
  value?: V;
  /** `missing` when no element has the id, `wrong` when it is not the expected tag. */
  status: 'none' | 'linked' | 'missing' | 'wrong' = 'none';
  #id = '';
  #source?: Source;
  #observer?: MutationObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly tag: string,
    private readonly select: (result: unknown) => V,
    private readonly onChange: () => void,
    /** Whether two selected values are the same (a change the host need not follow). */
    private readonly same: (a: V, b: V | undefined) => boolean = Object.is,
    /** Holds the host's completion until a source found on the page has handed over its first result. */
    private readonly hold?: (first: Promise<unknown>) => void,
  ) {
    host.addController(this);
  }

  /** Points the link at another id ('' to unlink). */
  follow(id: string): void {
    if (id === this.#id) return;
    this.#id = id;
    this.#detach();
    if (this.host.isConnected) this.#attach();
  }

  hostConnected(): void {
    this.#attach();
  }

  hostDisconnected(): void {
    this.#detach();
  }

  readonly #take = (): void => {
    let value: V;
    try {
      const result = this.#source?.result;
      if (result === undefined) return;
      value = this.select(result);
    } catch {
      return; // a foreign element whose result getter throws: nothing to take
    }
    if (this.same(value, this.value)) return;
    this.value = value;
    this.onChange();
    this.host.requestUpdate();
  };

  #attach(): void {
    if (!this.#id) {
      this.status = 'none';
      return;
    }
    const root = this.host.getRootNode() as Document | ShadowRoot;
    this.#link(root);
    // Keep watching: the source may appear later, or be replaced by another element with the id.
    this.#observer = new MutationObserver(() => {
      if (root.getElementById(this.#id) !== (this.#source ?? null)) this.#link(root);
    });
    this.#observer.observe(root instanceof Document ? root.documentElement : root, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['id'],
    });
  }

  #link(root: Document | ShadowRoot): void {
    this.#source?.removeEventListener(RESULT_UPDATED, this.#take);
    const found = root.getElementById(this.#id) as Source | null;
    const previous = this.status;
    if (found && found.localName === this.tag) {
      this.status = 'linked';
      this.#source = found;
      found.addEventListener(RESULT_UPDATED, this.#take);
      // Defined already or later: either way its first result is ready after its first update.
      const first = customElements
        .whenDefined(this.tag)
        .then(() => found.updateComplete)
        .then(() => {
          if (this.#source === found) this.#take();
        });
      // A source already defined answers soon: the host is complete with its result (one not defined yet may never be).
      if (customElements.get(this.tag)) this.hold?.(first);
      return;
    }
    this.#source = undefined;
    this.status = found ? 'wrong' : 'missing';
    if (this.value !== undefined || previous !== this.status) {
      this.value = undefined;
      this.host.requestUpdate();
    }
  }

  #detach(): void {
    this.#source?.removeEventListener(RESULT_UPDATED, this.#take);
    this.#source = undefined;
    this.value = undefined;
    this.#observer?.disconnect();
    this.#observer = undefined;
  }
}
