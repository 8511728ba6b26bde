import { html, nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

/*
 * A reader shares a widget's result as a link to the same page whose fragment
 * holds the settings readers changed, widget by widget, in the page's own
 * notation: `#fw:calc.monthly-downloads=250&calc.price=0.5&royalty-tier-calc-2.compare=adobe-stock`
 * (share-link.ts makes and reads it). A fragment that does not start with
 * `fw:` (`#comments`, `#more`) is the page's own and left alone; nothing is
 * ever sent anywhere.
 *
 * This part is in every widget that shares: the button, what became of the
 * last share, the widget's own part of a link. Making a link and restoring
 * one are a chunk of their own (share-link.ts), loaded when the reader shares
 * or when the page was opened from such a link: other pages never carry them.
 */

/** What sharing needs of a widget's settings (settings.ts). */
export interface SharedSettings {
  changed(): [string, string][];
  restore(key: string, raw: string): boolean;
  attribute(key: string): string;
  readonly announcer: { say(text: string): void };
}

export type ShareHost = ReactiveElement & HTMLElement & { readonly?: boolean };

/** The chunk that makes and reads links, loaded on first need. */
const linkCode = () => import('./share-link.js');

/**
 * The share action of one widget, and its part of a share link. `keys` are
 * the settings a reader can change (and a link can hold); `off` says whether
 * the page turned sharing off (`share="off"`: no action, links ignored).
 */
export class ShareController implements ReactiveController {
  status: 'idle' | 'copied' | 'shared' | 'manual' = 'idle';
  /** The last link made, shown for copying by hand when neither sharing nor the clipboard works. */
  link = '';
  /** Whether an opened link held settings for this widget that could not be used. */
  unusable = false;

  constructor(
    readonly host: ShareHost,
    readonly settings: SharedSettings,
    readonly keys: readonly string[],
    private readonly off: () => boolean,
  ) {
    host.addController(this);
    // Every widget of any loaded copy offers its part under this name: the sharing widget gathers them (share-link.ts).
    (host as HTMLElement & { fwSharePart?: () => string }).fwSharePart = () => this.part();
  }

  hostConnected(): void {
    this.#follow();
    window.addEventListener('hashchange', this.#follow);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.#follow);
  }

  get enabled(): boolean {
    return !this.host.readonly && !this.off();
  }

  /** Opened from a share link (now, or later on this page): this widget takes its part. */
  readonly #follow = (): void => {
    if (this.enabled && globalThis.location?.hash.startsWith('#fw:')) void linkCode().then((link) => link.restore(this));
  };

  /** The widget's address in a share link: its id, else its tag and its place among the page's widgets of that tag. */
  address(): string {
    const host = this.host;
    if (host.id) return host.id;
    return `${host.localName}-${[...(host.getRootNode() as Document | ShadowRoot).querySelectorAll(host.localName)].indexOf(host) + 1}`;
  }

  /** This widget's changes as link parameters (`calc.price=0.5&…`); empty when there are none. */
  part(): string {
    if (!this.enabled) return '';
    const id = this.address();
    const params = new URLSearchParams();
    for (const [key, value] of this.settings.changed())
      if (this.keys.includes(key)) params.set(`${id}.${this.settings.attribute(key)}`, value);
    return params.toString();
  }

  /**
   * The share button and what became of the last share, shown beside it (and said once in the widget's
   * live region by share-link.ts); nothing where sharing is off or the widget is read-only.
   */
  render(): TemplateResult | typeof nothing {
    if (!this.enabled) return nothing;
    const said =
      this.status === 'copied' ? msg('Link copied.', { id: 's1' }) : this.status === 'shared' ? msg('Link shared.', { id: 's2' }) : '';
    return html`<div class="share" part="share">
      <button type="button" @click=${() => void linkCode().then((link) => link.share(this))}>${msg('Share result', { id: 's3' })}</button>
      <span class="said">${said}</span>
      ${
        this.status === 'manual'
          ? html`<label
              >${msg('Copy this link:', { id: 's4' })}
              <input readonly .value=${this.link} @focus=${(e: Event) => (e.target as HTMLInputElement).select()}
            /></label>`
          : nothing
      }
    </div>`;
  }

  /** A short notice when an opened link held settings for this widget that could not be used. */
  notice(): string[] {
    return this.unusable ? [msg('Some settings in this link could not be used.', { id: 's5' })] : [];
  }
}
