import { html, nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import { SHARE_FOLLOW, SHARE_PART, type ShareStatus, type SharingWidget } from './share-protocol.js';
import * as m from './share.messages.js';

/*
 * A reader shares a widget's result as a link to the same page whose fragment
 * holds the settings readers changed, widget by widget, in the page's own
 * notation: `#fw:calc.monthly-downloads=250&calc.price=0.5&royalty-tier-calc-2.compare=adobe-stock`
 * (share-link.ts makes and reads it). A fragment that does not start with
 * `fw:` (`#comments`, `#more`) is the page's own and left alone; nothing is
 * ever sent anywhere.
 *
 * This part is in every widget that shares: the button, what became of the
 * last share, and the widget's answers to the link code (its part of a link,
 * and taking its part of an opened one), given through events on the widget
 * itself so that separately loaded copies of the library work together.
 * Making a link and restoring one are a chunk of their own (share-link.ts),
 * loaded when the reader shares or when the page was opened from such a link:
 * other pages never carry them.
 */

/** What sharing needs of a widget's settings (settings.ts): its `share` setting among them. */
export interface SharedSettings {
  value(key: 'share'): unknown;
  changed(): [string, string][];
  restore(key: string, raw: string): boolean;
  attribute(key: string): string;
  readonly announcer: { say(text: string): void };
}

export type ShareHost = ReactiveElement & HTMLElement & { readonly?: boolean };

/** The chunk that makes and reads links, loaded on first need. */
const linkCode = () => import('./share-link.js');

/* Windows whose hash changes are followed: one listener per window, which holds no widget. */
const followed = new WeakSet<Window>();

/** Opened from a share link later (a hash change): every widget of the page is asked to take its part. */
function followHashChanges(view: Window): void {
  if (followed.has(view)) return;
  followed.add(view);
  view.addEventListener('hashchange', () => {
    if (view.location.hash.startsWith('#fw:')) void linkCode().then((link) => link.followAll(view.document));
  });
}

/**
 * The share action of one widget, and its part of a share link. `keys` are
 * the settings a reader can change (and a link can hold); the widget's
 * `share` setting says whether the page turned sharing off (`share="off"`: no
 * action, links ignored); `hold` keeps the widget's `updateComplete` until a
 * share or a restore has settled.
 */
export class ShareController implements ReactiveController, SharingWidget {
  status: ShareStatus = 'idle';
  /** The last link made, shown for copying by hand when neither sharing nor the clipboard works. */
  link = '';
  /** Whether an opened link held settings for this widget that could not be used. */
  unusable = false;
  /** The widget's changes in the last link made: the message about it goes once the reader changes those numbers. */
  #sharedPart = '';
  /** A share has just ended: after the next update, its result is said (and the link to copy selected). */
  #toSay = false;

  constructor(
    readonly host: ShareHost,
    readonly settings: SharedSettings,
    readonly keys: readonly string[],
    private readonly hold: (settled: Promise<unknown>) => void,
  ) {
    host.addController(this);
    host.addEventListener(SHARE_PART, (e) => (e as CustomEvent<[string, string][]>).detail.push(...this.changes()));
    host.addEventListener(SHARE_FOLLOW, () => this.#follow());
  }

  hostConnected(): void {
    const view = this.host.ownerDocument.defaultView;
    if (view) followHashChanges(view);
    this.#follow();
  }

  /** The link code's share has ended (share-link.ts): show what became of it. */
  shown(): void {
    this.#toSay = true;
    this.host.requestUpdate();
  }

  /** Once shown: said once in the widget's live region (the words beside the button, or the label of the link to copy). */
  hostUpdated(): void {
    if (!this.#toSay) return;
    this.#toSay = false;
    if (this.status === 'manual') this.host.renderRoot.querySelector<HTMLInputElement>('.share input')?.select();
    const said = this.said();
    if (said) this.settings.announcer.say(said);
  }

  /** Before each update: what became of the last share lasts until the reader changes what it holds. */
  hostUpdate(): void {
    if (this.status !== 'idle' && JSON.stringify(this.changes()) !== this.#sharedPart) this.status = 'idle';
  }

  get enabled(): boolean {
    return !this.host.readonly && this.settings.value('share') !== 'off';
  }

  /** Opened from a share link: this widget takes its part (share-link.ts), and is complete once it has. */
  #follow(): void {
    if (this.enabled && this.host.ownerDocument.defaultView?.location.hash.startsWith('#fw:'))
      this.hold(linkCode().then((link) => link.restore(this)));
  }

  #share(): void {
    this.hold(
      linkCode().then(async (link) => {
        this.#sharedPart = JSON.stringify(this.changes());
        await link.share(this);
      }),
    );
  }

  /** This widget's changes as `[attribute, value]` pairs of a link; none when sharing is off. */
  changes(): [string, string][] {
    if (!this.enabled) return [];
    return this.settings
      .changed()
      .filter(([key]) => this.keys.includes(key))
      .map(([key, value]) => [this.settings.attribute(key), value]);
  }

  /** What became of the last share, in words. */
  said(): string {
    return this.status === 'copied' ? m.copied() : this.status === 'shared' ? m.shared() : this.status === 'manual' ? m.copyThis() : '';
  }

  /**
   * The share button and what became of the last share, shown beside it (and said once in the widget's
   * live region: `hostUpdated`); nothing where sharing is off or the widget is read-only.
   */
  render(): TemplateResult | typeof nothing {
    if (!this.enabled) return nothing;
    return html`<div class="share" part="share">
      <button type="button" @click=${() => this.#share()}>${m.shareResult()}</button>
      ${
        this.status === 'manual'
          ? html`<label
              >${m.copyThis()} <input readonly .value=${this.link} @focus=${(e: Event) => (e.target as HTMLInputElement).select()}
            /></label>`
          : html`<span class="said">${this.said()}</span>`
      }
    </div>`;
  }

  /** A short notice when an opened link held settings for this widget that could not be used. */
  notice(): string[] {
    return this.unusable ? [m.unusable()] : [];
  }
}
