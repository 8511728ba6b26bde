import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a linked calculator offers: a current `result` and an event when the reader changes it. */
interface Source<T> extends HTMLElement {
  result?: T;
}

/**
 * Follows another element by id — `<tax-withholding-table for="calc">` follows
 * `<royalty-tier-calc id="calc">`. Works in either DOM order, when the source
 * is added later by script, and before or after the source's tag is defined:
 * until the element is there and upgraded it watches the document; then it
 * takes the source's `result` at once and on each of its events.
 */
export class LinkedSource<T> implements ReactiveController {
  /** The source's latest result, or `undefined` while it is missing. */
  value?: T;
  /** `missing` when no element has the id, `wrong` when it is not the expected tag. */
  status: 'none' | 'linked' | 'missing' | 'wrong' = 'none';
  private id = '';
  private source?: Source<T>;
  private observer?: MutationObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly tag: string,
    private readonly eventName: string,
    private readonly onValue: (value: T) => void,
  ) {
    host.addController(this);
  }

  /** Points the link at another id ('' to unlink). */
  follow(id: string | null | undefined): void {
    const next = String(id ?? '').trim();
    if (next === this.id && this.host.isConnected) return;
    this.id = next;
    this.detach();
    if (this.host.isConnected) this.attach();
  }

  hostConnected(): void {
    this.attach();
  }

  hostDisconnected(): void {
    this.detach();
  }

  private readonly handle = (event: Event) => {
    this.take((event as CustomEvent<T>).detail);
  };

  private take(value: T | undefined): void {
    if (value === undefined) return;
    this.value = value;
    this.onValue(value);
    this.host.requestUpdate();
  }

  private attach(): void {
    if (!this.id) {
      this.status = 'none';
      return;
    }
    const root = this.host.getRootNode() as Document | ShadowRoot;
    const found = root.getElementById?.(this.id) as Source<T> | null;
    if (found && found.localName === this.tag) {
      this.status = 'linked';
      this.source = found;
      found.addEventListener(this.eventName, this.handle);
      // Defined already or later: either way its first result is ready after its first update.
      void customElements.whenDefined(this.tag).then(async () => {
        await (found as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
        if (this.source === found) this.take(found.result);
      });
      return;
    }
    this.status = found ? 'wrong' : 'missing';
    this.host.requestUpdate();
    // Watch for the element to appear (a script adding it, or the parser reaching it).
    this.observer = new MutationObserver(() => {
      const el = root.getElementById?.(this.id);
      if (el && el !== found) {
        this.detach();
        this.attach();
      }
    });
    this.observer.observe(root instanceof Document ? root.documentElement : root, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['id'],
    });
  }

  private detach(): void {
    this.source?.removeEventListener(this.eventName, this.handle);
    this.source = undefined;
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
