import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { BLOGGER_FEED_PATH, DEFAULT_MAX_POSTS, FeedError, fetchLabelCounts, type FeedErrorKind } from '../../core/blogger-feed.js';
import { formatNumber } from '../../core/format.js';
import { mergeTags, type TagCount } from '../../core/keywords.js';
import { INTL_TAG } from '../../core/locale.js';
import { parseAttrNumber, type NumberRule } from '../../core/parse.js';
import { DEFAULT_HREF, isSafeHref, tagHref } from '../../core/tag-links.js';
import { DEFAULT_MAX_SIZE, DEFAULT_MIN_SIZE, weighTags, type TagSort } from '../../core/tag-weights.js';
import { VERSION } from '../../internal/define.js';
import { activeLocale } from '../../internal/locale-state.js';
import { attributeText, reasonText } from '../../internal/messages.js';
import { notices } from '../../internal/fields.js';
import { baseStyles } from '../../styles/base.styles.js';
import { tagCloudStyles } from './tag-cloud.styles.js';

/** A tag as rendered. `href` is `null` when links are off (an unsafe template). */
export interface CloudItem {
  name: string;
  count: number;
  /** Font size, percent. */
  size: number;
  href: string | null;
}

export interface TagSelectDetail {
  tag: string;
  count: number;
  href: string;
}

/* A reader waits this long for the blog's feed before the inline keywords are shown for good. */
const DEFAULT_FEED_TIMEOUT_MS = 6000;

/* Font sizes below 10% are unreadable and above 1000% break any sidebar. */
const SIZE_RULE: NumberRule = { min: 10, max: 1000 };
const COUNT_RULE: NumberRule = { min: 0, max: 100_000, integer: true };
/* A blog with more than 100,000 posts would need 1,000 feed requests: not something a sidebar should do. */
const POSTS_RULE: NumberRule = { min: 1, max: 100_000, integer: true };

type FeedState =
  { status: 'idle' } | { status: 'loading' } | { status: 'done'; tags: TagCount[] } | { status: 'failed'; kind: FeedErrorKind | 'bad-url' };

/**
 * A post's keyword line, or the blog's labels counted from its Blogger feed,
 * as a weighted, accessible cloud of links. Nothing is dropped for lack of
 * room; every link's accessible name carries its count.
 *
 * The keyword line inside the element (comma- or newline-separated) stays
 * readable before the script runs and for crawlers; once upgraded the cloud
 * replaces it on screen.
 *
 * @summary A weighted, accessible cloud of keywords or Blogger labels.
 * @tagname tag-cloud
 *
 * @attr {string} tags - Keywords as an attribute (comma- or newline-separated), used instead of the element's text.
 * @attr {string} src - `blogger` for this blog's own feed, or a Blogger JSON feed URL (same-origin or CORS): counts each post's labels.
 * @attr {number} max-posts - How many posts to read from the feed at most. Default `500`.
 * @attr {string} href - Link template; `{tag}` is replaced by the URL-encoded tag. Only relative or http(s) links. Default `/search/label/{tag}`.
 * @attr {"alpha"|"count"|"none"} sort - Alphabetical (the page language's collation), by count, or as given. Default `alpha`.
 * @attr {number} max - Keep the N most frequent, then sort; `0` keeps all. Default `0`.
 * @attr {number} min-size - Font size of the least frequent tag, percent. Default `80`.
 * @attr {number} max-size - Font size of the most frequent tag, percent. Default `160`.
 * @attr {boolean} show-count - Show each tag's count.
 *
 * @fires {CustomEvent<TagSelectDetail>} tag-select - When a reader follows a tag link. Cancelable: `preventDefault()` stops the navigation. Detail: `{ tag, count, href }`.
 *
 * @csspart base - The cloud's container.
 * @csspart list - The list of tags.
 * @csspart tag - Each tag link (or text, when links are off).
 * @csspart count - Each visible count.
 * @csspart note - The loading and failure notes.
 *
 * @cssproperty [--fw-accent=#0b6bcb] - Tag text and focus ring.
 * @cssproperty [--fw-subtle=#f3f5f9] - Tag background.
 * @cssproperty [--fw-muted=#5b6474] - Counts and notes.
 * @cssproperty [--fw-radius=12px] - Tag corner radius (halved).
 * @cssproperty [--fw-font=inherit] - Font family; the page's by default.
 */
export class TagCloud extends LitElement {
  static override styles = [baseStyles, tagCloudStyles];
  static readonly fwVersion = VERSION;
  static override properties = {
    tags: {},
    src: {},
    maxPosts: { attribute: 'max-posts' },
    href: {},
    sort: {},
    max: {},
    minSize: { attribute: 'min-size' },
    maxSize: { attribute: 'max-size' },
    showCount: { type: Boolean, attribute: 'show-count', reflect: true },
    feedTimeout: { attribute: false },
  };

  constructor() {
    super();
    // Re-render when the language changes (what @localized() does, without a decorator).
    updateWhenLocaleChanges(this);
  }

  /** Keywords, comma- or newline-separated, used instead of the element's text. As a property also `string[]` or `{ name, count }[]`. */
  tags?: string | readonly (string | TagCount)[];
  /** `blogger` for this blog's own feed, or a Blogger JSON feed URL (same-origin or CORS): counts each post's labels. */
  src?: string;
  /** How many posts to read from the feed at most. Default `500`. */
  maxPosts?: number | string;
  /** Link template; `{tag}` is replaced by the URL-encoded tag. Only relative or http(s) links. Default `/search/label/{tag}`. */
  href?: string;
  /** Alphabetical (the page language's collation), by count, or as given. Default `alpha`. */
  sort?: 'alpha' | 'count' | 'none';
  /** Keep the N most frequent, then sort; `0` keeps all. Default `0`. */
  max?: number | string;
  /** Font size of the least frequent tag, percent. Default `80`. */
  minSize?: number | string;
  /** Font size of the most frequent tag, percent. Default `160`. */
  maxSize?: number | string;
  /** Show each tag's count. */
  showCount = false;
  /** Milliseconds to wait for the feed before showing the inline keywords for good. Default 6000. */
  feedTimeout = DEFAULT_FEED_TIMEOUT_MS;

  #feedState: FeedState = { status: 'idle' };
  #light = '';

  /* Internal state that re-renders when it changes (ES private: not part of the element's API). */
  get #feed(): FeedState {
    return this.#feedState;
  }
  set #feed(value: FeedState) {
    this.#feedState = value;
    this.requestUpdate();
  }
  #rendered: CloudItem[] = [];
  #notices: string[] = [];
  #fromFeed = false;
  #controller?: AbortController;
  #loadedSrc?: string;
  #warnedHref?: string;
  #sizeSheet?: CSSStyleSheet;
  #sizeRules = '';
  #lightObserver?: MutationObserver;

  /** The tags as rendered: `[{ name, count, size, href }]`. */
  get items(): CloudItem[] {
    if (!this.hasUpdated) this.#compute();
    return this.#rendered.map((t) => ({ ...t }));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readLightText();
    // The keyword line may be edited (or streamed in by the parser) after upgrade.
    this.#lightObserver = new MutationObserver(() => this.#readLightText());
    this.#lightObserver.observe(this, {
      childList: true,
      characterData: true,
      subtree: true,
    });
    if (this.src && this.#loadedSrc !== this.src) void this.#load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#lightObserver?.disconnect();
    // Abort a feed still loading: nobody will see it. It is fetched again on reconnect.
    if (this.#feed.status === 'loading') {
      this.#controller?.abort();
      this.#loadedSrc = undefined;
    }
  }

  #readLightText(): void {
    this.#light = this.textContent ?? '';
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') && this.isConnected && this.#loadedSrc !== this.src) void this.#load();
    this.#compute();
  }

  #number(attribute: string, raw: unknown, rule: NumberRule, fallback: number): number {
    if (raw === undefined || raw === null) return fallback;
    const r = parseAttrNumber(raw, rule);
    if (r.ok) return r.value;
    this.#notices.push(attributeText(attribute, reasonText(r.reason, rule, activeLocale())));
    return fallback;
  }

  #compute(): void {
    this.#notices = [];
    const locale = activeLocale();
    const inline = mergeTags(this.tags !== undefined && this.tags !== null ? (this.tags as string | readonly unknown[]) : this.#light);
    const feed = this.#feed.status === 'done' ? this.#feed.tags : undefined;
    this.#fromFeed = feed !== undefined && feed.length > 0;
    const source = this.#fromFeed ? (feed as TagCount[]) : inline;
    const sort: TagSort = this.sort === 'count' || this.sort === 'none' || this.sort === 'alpha' ? this.sort : 'alpha';
    if (this.sort !== undefined && this.sort !== null && sort !== this.sort)
      this.#notices.push(attributeText('sort', msg('Use alpha, count or none.', { id: 'c1' })));
    const weighted = weighTags(source, {
      minSize: this.#number('min-size', this.minSize, SIZE_RULE, DEFAULT_MIN_SIZE),
      maxSize: this.#number('max-size', this.maxSize, SIZE_RULE, DEFAULT_MAX_SIZE),
      max: this.#number('max', this.max, COUNT_RULE, 0),
      sort,
      collation: INTL_TAG[locale],
    });
    this.#number('max-posts', this.maxPosts, POSTS_RULE, DEFAULT_MAX_POSTS); // for its message; #load reads it itself
    const template = this.href ?? DEFAULT_HREF;
    const linksOn = isSafeHref(template.split('{tag}').join('x'));
    if (!linksOn) {
      this.#notices.push(
        attributeText('href', msg('Links must be relative or start with http:// or https://; tags are shown without links.', { id: 'c2' })),
      );
      if (this.#warnedHref !== template) {
        this.#warnedHref = template;
        console.warn(`<tag-cloud>: refused href template ${JSON.stringify(template)}: only relative or http(s) links are allowed.`);
      }
    }
    this.#rendered = weighted.map((t) => ({
      ...t,
      href: linksOn ? tagHref(template, t.name) : null,
    }));
  }

  /** Reads the labels from the feed; on any failure the inline keywords stay, with a note. */
  async #load(): Promise<void> {
    this.#controller?.abort();
    this.#loadedSrc = this.src;
    const src = (this.src ?? '').trim();
    if (!src) {
      this.#feed = { status: 'idle' };
      return;
    }
    const url = src === 'blogger' ? BLOGGER_FEED_PATH : src;
    if (!isSafeHref(url)) {
      this.#feed = { status: 'failed', kind: 'bad-url' };
      return;
    }
    const controller = new AbortController();
    this.#controller = controller;
    const timer = setTimeout(() => controller.abort(new FeedError('timeout')), this.feedTimeout);
    this.#feed = { status: 'loading' };
    // Read here, not from the last render: a load can start before the first update.
    const posts = parseAttrNumber(this.maxPosts ?? DEFAULT_MAX_POSTS, POSTS_RULE);
    const maxPosts = posts.ok ? posts.value : DEFAULT_MAX_POSTS;
    const fetchJson = async (pageUrl: string): Promise<unknown> => {
      let response: Response;
      try {
        response = await fetch(pageUrl, {
          signal: controller.signal,
          headers: { Accept: 'application/json' },
        });
      } catch {
        throw controller.signal.aborted
          ? controller.signal.reason instanceof FeedError
            ? controller.signal.reason
            : new FeedError('aborted')
          : new FeedError('network');
      }
      if (!response.ok) throw new FeedError('http', String(response.status));
      try {
        return await response.json();
      } catch {
        throw controller.signal.aborted ? new FeedError('timeout') : new FeedError('json');
      }
    };
    try {
      const tags = await fetchLabelCounts(url, maxPosts, fetchJson);
      if (this.#controller === controller) this.#feed = { status: 'done', tags };
    } catch (error) {
      if (this.#controller !== controller) return; // superseded by a newer load
      const kind = error instanceof FeedError ? error.kind : 'network';
      if (kind === 'aborted') return;
      this.#feed = { status: 'failed', kind };
    } finally {
      clearTimeout(timer);
    }
  }

  /* One listener for the whole cloud: 5,000 tags should not mean 5,000 closures. */
  #onClick(event: MouseEvent): void {
    const link = (event.target as Element).closest?.('a[data-i]');
    const item = link ? this.#rendered[Number(link.getAttribute('data-i'))] : undefined;
    if (!item) return;
    const detail: TagSelectDetail = { tag: item.name, count: item.count, href: item.href ?? '' };
    const proceed = this.dispatchEvent(
      new CustomEvent<TagSelectDetail>('tag-select', { detail, bubbles: true, composed: true, cancelable: true }),
    );
    if (!proceed) event.preventDefault();
  }

  protected override updated(): void {
    // Sizes go into a constructed stylesheet, one rule per size used: no inline styles (strict CSP).
    const sizes = [...new Set(this.#rendered.map((t) => t.size))].sort((a, b) => a - b);
    const rules = sizes.map((s) => `.s${s}{font-size:${s}%}`).join('');
    if (rules === this.#sizeRules || !this.shadowRoot || typeof CSSStyleSheet === 'undefined') return;
    if (!this.#sizeSheet) {
      this.#sizeSheet = new CSSStyleSheet();
      this.shadowRoot.adoptedStyleSheets = [...this.shadowRoot.adoptedStyleSheets, this.#sizeSheet];
    }
    this.#sizeSheet.replaceSync(rules);
    this.#sizeRules = rules;
  }

  #failureText(kind: FeedErrorKind | 'bad-url'): string {
    switch (kind) {
      case 'timeout':
        return msg('The blog’s labels took too long to load.', { id: 'c3' });
      case 'bad-url':
        return msg('The feed address must be relative or start with http:// or https://.', { id: 'c4' });
      case 'not-blogger':
        return msg('The feed is not a Blogger feed.', { id: 'c5' });
      default:
        return msg('The blog’s labels could not be loaded.', { id: 'c6' });
    }
  }

  #renderNote() {
    const f = this.#feed;
    const hasInline = this.#rendered.length > 0 && !this.#fromFeed;
    if (f.status === 'loading')
      return html`<p class="note" part="note" role="status">${msg('Loading the blog’s labels…', { id: 'c7' })}</p>`;
    if (f.status === 'failed') {
      return html`<p class="note" part="note" role="status">
        ${this.#failureText(f.kind)} ${hasInline ? msg('Showing this post’s keywords instead.', { id: 'c8' }) : nothing}
      </p>`;
    }
    if (f.status === 'done' && !this.#fromFeed && this.src)
      return html`<p class="note" part="note" role="status">${msg('The blog has no labels yet.', { id: 'c9' })}</p>`;
    return nothing;
  }

  #renderItem(t: CloudItem, index: number, unit: (n: string) => string) {
    const n = formatNumber(t.count, activeLocale());
    // The count is in every tag's accessible name, as words ("microstock, 2 posts"). Without a
    // visible count an aria-label carries it: it costs nothing to lay out, which matters for
    // thousands of tags. With one, the visible number is hidden from readers and the words
    // are a visually hidden span, so the name still contains what is seen.
    if (this.showCount || t.href === null) {
      const body = html`${t.name}${this.showCount ? html`<span class="count" part="count" aria-hidden="true">${n}</span>` : nothing}<span
          class="visually-hidden"
          >, ${unit(n)}</span
        >`;
      return t.href === null
        ? html`<li><span class="tag s${t.size}" part="tag">${body}</span></li>`
        : html`<li><a class="tag s${t.size}" part="tag" href=${t.href} data-i=${index}>${body}</a></li>`;
    }
    return html`<li>
      <a class="tag s${t.size}" part="tag" href=${t.href} data-i=${index} aria-label="${t.name}, ${unit(n)}">${t.name}</a>
    </li>`;
  }

  protected override render() {
    const label = this.#fromFeed ? msg('Labels', { id: 'c12' }) : msg('Keywords', { id: 'c13' });
    // Counts are posts for feed labels and given counts, mentions for a keyword line.
    const posts = this.#fromFeed || Array.isArray(this.tags);
    const unit = (n: string) => (posts ? msg(str`${n} posts`, { id: 'c10' }) : msg(str`${n} mentions`, { id: 'c11' }));
    return html`<div part="base" class="base" aria-busy=${this.#feed.status === 'loading' ? 'true' : 'false'}>
      ${notices(this.#notices)} ${this.#renderNote()}
      ${
        this.#rendered.length
          ? html`<ul class="cloud" part="list" aria-label=${label} @click=${this.#onClick}>
              ${this.#rendered.map((t, i) => this.#renderItem(t, i, unit))}
            </ul>`
          : this.#feed.status === 'loading'
            ? nothing
            : html`<p class="note" part="note">${msg('No tags.', { id: 'c14' })}</p>`
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tag-cloud': TagCloud;
  }
  interface GlobalEventHandlersEventMap {
    'tag-select': CustomEvent<TagSelectDetail>;
  }
}
