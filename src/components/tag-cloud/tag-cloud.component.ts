import { html, nothing, type PropertyValues } from 'lit';
import { formatNumber } from '../../core/format.js';
import { mergeTags, type TagCount } from '../../core/keywords.js';
import { INTL_TAG, type Locale } from '../../core/locale.js';
import { tagHref } from '../../core/tag-links.js';
import { sortTags, weighTags, type CloudItem, type TagSelectDetail } from '../../core/tag-weights.js';
import { activeLocale } from '../../internal/locale-state.js';
import { Settings } from '../../internal/settings.js';
import { WidgetElement } from '../../internal/widget-element.js';
import { withStrings } from '../../internal/chunk-strings.js';
import { baseStyles } from '../../styles/base.styles.js';
import { CHUNK, indexOf, listNodes, listTemplates, type ListItem } from './cloud-list.js';
import type { FeedArgs, FeedTask } from './cloud-feed.js';
import type { FeedState } from './feed-fetch.js';
import { loadingText, partFailedText } from '../../internal/messages.js';
import * as m from './tag-cloud.messages.js';
import { tagCloudStyles } from './tag-cloud.styles.js';
import { DEFAULT_FEED_TIMEOUT_MS, SHOWN_AT_FIRST, SETTINGS } from './tag-cloud.settings.js';
/* The feed of a cloud with `src`: a chunk (cloud-feed.ts, with feed-fetch.ts). */
const loadFeed = withStrings('cloud-feed', () => import('./cloud-feed.js'));

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
 *
 * @fires {TagSelectDetail} tag-select - When a reader follows a tag link. Cancelable: `preventDefault()` stops the navigation. Detail: `{ tag, count, href }`.
 *
 * @csspart base - The cloud's container.
 * @csspart list - The list of tags.
 * @csspart tag - Each tag link (or text, when links are off).
 * @csspart count - Each visible count.
 * @csspart note - The loading, failure and "showing N of M" notes.
 *
 * @cssproperty --fw-accent
 * @cssproperty --fw-text
 * @cssproperty --fw-muted
 * @cssproperty --fw-surface
 * @cssproperty --fw-border
 * @cssproperty --fw-danger
 * @cssproperty --fw-focus
 * @cssproperty --fw-radius
 * @cssproperty --fw-font
 */
export class TagCloud extends WidgetElement {
  static override styles = [baseStyles, tagCloudStyles];
  protected static override readonly chunks = [loadFeed];
  protected static override readonly prepare = [
    (locale: Locale) => formatNumber(0, locale),
    (locale: Locale) => sortTags([], 'alpha', INTL_TAG[locale]), // builds the collator
  ];
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

  /** Keywords, comma- or newline-separated, used instead of the element's text. As a property also any list (array, `Set`, iterable) of names or `{ name, count }`. */
  tags?: string | Iterable<string | { name: string; count: number }>;
  /** `blogger` for this blog's own feed, or a Blogger JSON feed URL (same-origin or CORS): counts each post's labels. */
  src?: string | URL;
  /** How many posts to read from the feed at most. Default `500`. */
  maxPosts?: number | string;
  /** Link template; `{tag}` is replaced by the URL-encoded tag. Only relative or http(s) links. Default `/search/label/{tag}`. */
  href?: string | URL;
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
  feedTimeout: number = DEFAULT_FEED_TIMEOUT_MS;

  #settings = new Settings(this, SETTINGS);
  /** The feed of a cloud with `src` (cloud-feed.ts), made once its chunk is in. */
  #feed?: FeedTask;
  #feedCode = this.onDemand(loadFeed);
  #light = '';
  #lightObserver?: MutationObserver;
  #rendered: CloudItem[] = [];
  #inputs?: readonly unknown[];
  /** The list's nodes and what they were built from. */
  #list?: { key: unknown[]; nodes: DocumentFragment };
  #total = 0;
  #showAll = false;
  #fromFeed = false;
  #tagsUnusable = false;

  /** The tags as rendered: `[{ name, count, size, href }]`. */
  get items(): CloudItem[] {
    if (!this.hasUpdated) this.#compute(new Map());
    return this.#rendered.map((t) => ({ ...t }));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readLightText();
    // The keyword line may be edited (or streamed in by the parser) after upgrade.
    this.#lightObserver = new MutationObserver(() => this.#readLightText());
    this.#lightObserver.observe(this, { childList: true, characterData: true, subtree: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#lightObserver?.disconnect();
  }

  #readLightText(): void {
    this.#light = this.textContent ?? '';
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#compute(changed);
  }

  #compute(changed: ReadonlyMap<PropertyKey, unknown>): void {
    const s = this.#settings;
    s.read(changed);
    if (s.value('src') !== undefined && !this.#feed) {
      const code = this.#feedCode.get();
      if (code) this.#feed = new code.FeedTask(this, () => this.#feedArgs());
    }
    const state = this.#feedState;
    const feed = state.status === 'done' ? state.tags : [];
    this.#fromFeed = feed.length > 0;
    const linksOn = !s.problem('href');
    // What the tags are made from: the same inputs give the same (identical) list, so the list's
    // nodes are not built again for an update that changed something else (a note, the language of a label).
    const inputs = [
      this.#fromFeed ? feed : this.#given(),
      s.value('minSize'),
      s.value('maxSize'),
      s.value('max') || (this.#showAll ? 0 : SHOWN_AT_FIRST),
      s.value('sort'),
      activeLocale(),
      linksOn && s.value('href'),
    ] as const;
    if (this.#inputs && inputs.every((v, i) => v === this.#inputs?.[i])) return;
    this.#inputs = inputs;
    const [given, minSize, maxSize, max, sort, locale, template] = inputs;
    const tags = Array.isArray(given) && this.#fromFeed ? (given as TagCount[]) : mergeTags(given);
    this.#total = tags.length;
    const weighted = weighTags(tags, { minSize, maxSize, max, sort, collation: INTL_TAG[locale] });
    this.#rendered = weighted.map((t) => ({ ...t, href: template === false ? null : tagHref(template, t.name) }));
  }

  /** What the feed is asked for: its URL ('' for none), `max-posts`, the time allowed. */
  #feedArgs(): FeedArgs {
    const timeout = typeof this.feedTimeout === 'number' && this.feedTimeout >= 0 ? this.feedTimeout : DEFAULT_FEED_TIMEOUT_MS;
    return [this.#settings.value('src') ?? '', this.#settings.value('maxPosts'), timeout];
  }

  /** The feed now: loading while its code or its labels come. */
  get #feedState(): FeedState {
    if (this.#feed) return this.#feed.state;
    return this.#settings.value('src') === undefined ? { status: 'idle' } : { status: 'loading' };
  }

  /** The keywords given on the page: the `tags` property or attribute (any list), else the element's text. */
  #given(): unknown {
    const given = this.tags;
    const usable = typeof given === 'string' || (typeof given === 'object' && given !== null && Symbol.iterator in given);
    this.#tagsUnusable = given !== undefined && given !== null && !usable;
    return usable ? given : this.#light;
  }

  /* One listener for the whole cloud: 5,000 tags should not mean 5,000 closures. */
  #onClick(event: MouseEvent): void {
    const link = (event.target as Element).closest?.('a[part="tag"]');
    const item = link ? this.#rendered[indexOf(link)] : undefined;
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
    // Never under 12px, whatever the page's size: the smallest tag stays readable.
    this.documentStyles.setExtraCss(sizes.map((size) => `.s${size}{font-size:max(12px,${size}%)}`).join(''));
  }

  protected override render() {
    const loading = this.#feedState.status === 'loading';
    return html`<div part="base" class="base" aria-busy=${loading ? 'true' : 'false'}>
      ${this.#settings.notices(() => false, this.#tagsUnusable ? [{ attribute: 'tags', problem: { reason: 'tags-unusable' } }] : [])}
      ${this.#renderNote()}
      ${this.#rendered.length ? this.#renderCloud() : loading ? nothing : html`<p class="note" part="note">${m.noTags()}</p>`}
      ${this.#renderMore()}
    </div>`;
  }

  /** The note about the feed, from the feed's chunk (a line of its own while that chunk loads, or if it cannot be). */
  #renderNote() {
    if (this.#settings.value('src') === undefined) return nothing;
    const code = this.#feedCode.get();
    const text = code
      ? code.feedNote(this.#feedState, this.#fromFeed, this.#rendered.length > 0)
      : this.#feedCode.failed
        ? partFailedText()
        : loadingText();
    return text ? html`<p class="note" part="note">${text}</p>` : nothing;
  }

  #renderCloud() {
    const showCount = this.showCount;
    return html`<div
      class="cloud ${this.#rendered.length > CHUNK ? 'chunked' : ''}"
      role="list"
      part="list"
      aria-label=${this.#fromFeed ? m.labels() : m.keywords()}
      @click=${this.#onClick}
    >
      ${this.firstRender.matchesServer ? listTemplates(this.#listItems(), showCount) : this.#listNodes(showCount)}
    </div>`;
  }

  /** The tags with their counts in the reader's words. */
  #listItems(): ListItem[] {
    const locale = activeLocale();
    // Counts are posts for feed labels and given counts, mentions for a keyword line.
    const unit = this.#fromFeed || (typeof this.tags === 'object' && this.tags !== null) ? m.posts : m.mentions;
    const words = new Map<number, [string, string]>(); // a count's words are worked out once per count
    return this.#rendered.map((t) => {
      let said = words.get(t.count);
      if (!said) {
        const n = formatNumber(t.count, locale);
        said = [n, unit(n)];
        words.set(t.count, said);
      }
      return { name: t.name, size: t.size, href: t.href, count: said[0], label: said[1] };
    });
  }

  /** The list as nodes, built again only when the tags or how they are shown change. */
  #listNodes(showCount: boolean): DocumentFragment {
    const key = [this.#rendered, showCount, activeLocale(), this.#fromFeed];
    if (!this.#list || key.some((k, i) => k !== this.#list?.key[i])) {
      this.#list = { key, nodes: listNodes(this.ownerDocument, this.#listItems(), showCount) };
    }
    return this.#list.nodes;
  }

  /** "Showing the 5,000 most frequent of 200,000 tags. [Show all 200,000]" when a cloud is too big to show at once. */
  #renderMore() {
    if (this.#showAll || this.#settings.value('max') || this.#total <= this.#rendered.length) return nothing;
    const locale = activeLocale();
    const all = formatNumber(this.#total, locale);
    const showAll = () => {
      this.#showAll = true;
      this.requestUpdate();
    };
    return html`<p class="note" part="note">
      ${m.showingSome(formatNumber(this.#rendered.length, locale), all)}
      <button type="button" class="more" @click=${showAll}>${m.showAll(all)}</button>
    </p>`;
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
