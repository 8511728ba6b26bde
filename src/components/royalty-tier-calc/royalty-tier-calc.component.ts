import { html, nothing, type PropertyValues } from 'lit';
import { dec, type Dec } from '../../core/decimal.js';
import { formatCents, formatIdr, formatNumber, formatPercent, formatUsd, formatUsdExact, monthName } from '../../core/format.js';
import { DEFAULT_TIERS, type Tier } from '../../core/royalty-tables.js';
import { projectYear, roundedMonths, type RoyaltyProjection } from '../../core/royalty.js';
import { royaltyDetail, type RoyaltyResult } from '../../core/royalty-detail.js';
import { FieldGroups, numberField, selectField } from '../../internal/fields.js';
import { activeLocale } from '../../internal/locale-state.js';
import { renderNotes, renderSource } from '../../internal/notes.js';
import { dataTable } from '../../internal/data-table.js';
import { widgetFrame } from '../../internal/frame.js';
import { loadingText, partFailedText, sourceLabel } from '../../internal/messages.js';
import { Settings, type Diagnosis } from '../../internal/settings.js';
import { WidgetElement } from '../../internal/widget-element.js';
import { withStrings } from '../../internal/chunk-strings.js';
import { baseStyles } from '../../styles/base.styles.js';
import { formStyles } from '../../styles/form.styles.js';
import { statStyles, tableStyles } from '../../styles/results.styles.js';
import { royaltyChart } from './royalty-chart.js';
import * as m from './royalty-tier-calc.messages.js';
import { royaltyStyles } from './royalty-tier-calc.styles.js';
import { SETTINGS, SHARED, Key, NOTES, comparing } from './royalty-tier-calc.settings.js';
import type { Comparison } from './agency-comparison.js';
import { stat } from './stat.js';
import { ShareController } from '../../internal/share.js';
import { shareStyles } from '../../styles/share.styles.js';
import type { Locale } from '../../core/locale.js';

/* The comparison with other agencies: a chunk loaded when asked for (agency-comparison.ts). */
const loadComparison = withStrings('agency-comparison', () => import('./agency-comparison.js'));

/* The first render's pieces (internal/first-render.ts). */
const PIECES = ['figures', 'inputs', 'chart', 'sources'] as const;
type Piece = (typeof PIECES)[number];

/**
 * Shutterstock contributor earnings by level, month by month: the royalty
 * levels 1–6 by calendar-year downloads, crossed like tax brackets and reset
 * every January, with the year's total in dollars and Rupiah.
 *
 * Light-DOM content (e.g. the post's static level table) shows until the
 * script runs and stays for crawlers; once upgraded the widget replaces it.
 *
 * @summary Shutterstock royalty level calculator with a month-by-month projection.
 * @tagname royalty-tier-calc
 *
 *
 * @fires {RoyaltyResult} royalty-change - When the reader changes an input. Detail: `{ level, rate, perDownload, yearTotal, months, usYearTotal }` (USD numbers; `usYearTotal` is what US tax is withheld from), and, when other agencies are shown, `agencies: [{ agency, name, usPayer, price or perDownload, monthlyDownloads, yearTotal, difference, months }]` and `combinedYearTotal`. Not fired for attribute or property changes.
 *
 * @csspart base - The widget's card.
 * @csspart field - Each labelled input.
 * @csspart input - Each input and select.
 * @csspart results - The summary figures.
 * @csspart chart - The SVG chart of cumulative earnings.
 * @csspart table - The month-by-month table.
 * @csspart share - The share action ("Share result") and what became of it.
 *
 * @cssproperty --fw-accent
 * @cssproperty --fw-on-accent
 * @cssproperty --fw-text
 * @cssproperty --fw-muted
 * @cssproperty --fw-surface
 * @cssproperty --fw-subtle
 * @cssproperty --fw-border
 * @cssproperty --fw-field-border
 * @cssproperty --fw-danger
 * @cssproperty --fw-focus
 * @cssproperty --fw-radius
 * @cssproperty --fw-font
 */
export class RoyaltyTierCalc extends WidgetElement<Piece> {
  static override styles = [baseStyles, formStyles, statStyles, tableStyles, shareStyles, royaltyStyles];
  protected static override readonly pieces = PIECES;
  protected static override readonly chunks = [loadComparison];
  protected static override readonly prepare = [
    (locale: Locale) => formatNumber(0, locale),
    (locale: Locale) => formatUsd(dec(0), locale),
    (locale: Locale) => monthName(1, locale),
  ];
  static override properties = {
    media: {},
    monthlyDownloads: { attribute: 'monthly-downloads' },
    price: {},
    downloadsToDate: { attribute: 'downloads-to-date' },
    startMonth: { attribute: 'start-month' },
    minimum: {},
    tiers: {},
    usdIdr: { attribute: 'usd-idr' },
    compare: {},
    comparePrice: { attribute: 'compare-price' },
    adobeStockPrice: { attribute: 'adobe-stock-price' },
    istockPrice: { attribute: 'istock-price' },
    adobeStockDownloads: { attribute: 'adobe-stock-downloads' },
    istockDownloads: { attribute: 'istock-downloads' },
    freepikDownloads: { attribute: 'freepik-downloads' },
    adobeStockLifetime: { attribute: 'adobe-stock-lifetime' },
    freepikPerDownload: { attribute: 'freepik-per-download' },
    share: {},
    readonly: { type: Boolean, reflect: true },
    level: { type: Number, reflect: true },
  };

  /** Which level table: `image` or `video` (counted separately). Default `image`. */
  media?: 'image' | 'video';
  /** Downloads expected per month, a whole number ≥ 0. Default `100`. */
  monthlyDownloads?: number | string;
  /** Average price the buyer paid per license, USD. Default `1`. */
  price?: number | string;
  /** Downloads already made this calendar year before `start-month`. Default `0`. */
  downloadsToDate?: number | string;
  /** First month of the projection, 1–12; it runs to December. Default `1`. */
  startMonth?: number | string;
  /** Floor per download, USD. Default `0.10` for images, `0` for video. */
  minimum?: number | string;
  /** Custom level table, `"from:percent,…"`, e.g. `"0:15,101:20,251:25"`. Default: Shutterstock's table for `media`. */
  tiers?: string;
  /** Rupiah per US dollar; turns on Rupiah amounts. No default (a built-in rate would go stale). */
  usdIdr?: number | string;
  /**
   * The other agencies the reader sells at, space-separated: `adobe-stock`, `istock`, `freepik`. Each one's year
   * is shown beside Shutterstock's for the reader's own numbers there, with all of them together. Also a reader
   * control ("Other agencies you sell at"). Default none.
   */
  compare?: string;
  /** Adobe Stock's average price per licence, USD (its first name; `adobe-stock-price` wins). Default: the Shutterstock `price`, an assumption the widget names. */
  comparePrice?: number | string;
  /** Adobe Stock's own average price per licence, USD. Default: the Shutterstock `price`, an assumption the widget names. */
  adobeStockPrice?: number | string;
  /** iStock's own average price per licence, USD. Default: the Shutterstock `price`, an assumption the widget names. */
  istockPrice?: number | string;
  /** Licences per month at Adobe Stock. Default: `monthly-downloads`. */
  adobeStockDownloads?: number | string;
  /** Licences per month at iStock. Default: `monthly-downloads`. */
  istockDownloads?: number | string;
  /** Downloads per month at Freepik. Default: `monthly-downloads`. */
  freepikDownloads?: number | string;
  /** The reader's Adobe Stock licences before the projection, all years: its minimum per licence steps up at 1,000 and 10,000 and never resets. Default `0`. */
  adobeStockLifetime?: number | string;
  /** The reader's own average per Freepik download, USD, from their Freepik dashboard (Freepik pays from a pool: no price gives it). Without it Freepik is left out, with a line saying why. No default. */
  freepikPerDownload?: number | string;
  /** `off` hides the share action (and ignores share links). Default `on`. */
  share?: 'on' | 'off';
  /** Show results only, for the attribute values. */
  readonly = false;
  /** The level at the end of the projection (1–6), reflected for styling. Read-only. */
  level = 1;

  #settings = new Settings(this, SETTINGS, { event: 'royalty-change', summary: () => this.#summary() });
  #share = new ShareController(this, this.#settings, SHARED, (work) => this.holdUntil(work));
  #groups = new FieldGroups(this);
  #projection?: RoyaltyProjection;
  /** The comparison with other agencies: a chunk loaded when asked for (agency-comparison.ts). */
  #comparisonCode = this.onDemand(loadComparison);
  /** The other agencies shown, once their chunk is in. */
  #comparison?: Comparison;

  /**
   * What the `royalty-change` detail would be now: with the other agencies
   * once their chunk is in (`updateComplete` waits for it when `compare` asks
   * for them at first).
   */
  get result(): RoyaltyResult {
    if (!this.#projection) this.#compute(new Map());
    return { ...royaltyDetail(this.#p), ...this.#comparison?.detail() };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#compute(changed);
  }

  #compute(changed: ReadonlyMap<PropertyKey, unknown>): void {
    const s = this.#settings;
    s.read(changed);
    this.#projection = projectYear({
      tiers: this.#tiers,
      price: s.value('price'),
      minimum: s.value('minimum'),
      monthlyDownloads: s.value('monthlyDownloads'),
      downloadsToDate: s.value('downloadsToDate'),
      startMonth: s.value('startMonth'),
    });
    // The comparison's code is wanted when the page or reader names agencies, or the reader opens their group.
    const wanted = comparing(s.value('compare'));
    const code = wanted || this.#groups.isOpen('agencies') ? this.#comparisonCode.get() : undefined;
    this.#comparison = code?.compare(s, this.#projection, s.value('media'));
    this.level = this.#projection.level;
  }

  get #tiers(): readonly Tier[] {
    return this.#settings.value('tiers') ?? DEFAULT_TIERS[this.#settings.value('media')].tiers;
  }

  get #p(): RoyaltyProjection {
    return this.#projection as RoyaltyProjection;
  }

  #money(amount: Dec): string {
    return formatUsd(amount, activeLocale());
  }

  #rupiah(amount: Dec): string | undefined {
    const rate = this.#settings.value('usdIdr');
    return rate === undefined ? undefined : formatIdr(amount, rate, activeLocale());
  }

  /** "January–December", or "December" alone. */
  #period(): string {
    const locale = activeLocale();
    const first = this.#p.months[0]?.month ?? 12;
    return first === 12 ? monthName(12, locale) : m.period(monthName(first, locale), monthName(12, locale));
  }

  /** The sentence a screen reader hears after the reader stops typing. */
  #summary(): string {
    return `${m.earningsFor(this.#period())} ${this.#money(this.#p.yearTotal)}`;
  }

  /** In pieces on the first render (internal/first-render.ts): the figures, the inputs, the chart and table, the sources. */
  protected override render() {
    return widgetFrame(
      m.title(),
      m.lead(),
      html`${this.#renderNotices()} ${this.readonly || !this.shows('inputs') ? nothing : this.#renderInputs()} ${this.#renderSummary()}
      ${
        this.shows('chart')
          ? this.afterAnswer('chart', () => html`${this.#p.months.length ? this.#renderChart() : nothing} ${this.#renderTable()}`)
          : nothing
      }
      ${this.shows('sources') ? html`${this.#share.render()} ${this.#renderSources()}` : nothing} ${this.#settings.announcer.region()}`,
    );
  }

  /** Inputs the reader sees; `downloads-to-date` only when the projection starts after January. */
  #inputKeys(): Set<Key> {
    const keys = new Set<Key>(['monthlyDownloads', 'price', 'minimum', 'usdIdr']);
    if (this.#settings.value('startMonth') > 1) keys.add('downloadsToDate');
    // Each picked agency's numbers have fields in its group, once the comparison is in.
    for (const key of this.#comparison?.fieldKeys ?? []) keys.add(key);
    return this.readonly ? new Set() : keys;
  }

  #renderNotices() {
    const s = this.#settings;
    // A count given for a January start would be silently ignored: say so instead.
    const unused: Diagnosis[] =
      s.value('startMonth') === 1 && s.value('downloadsToDate') > 0
        ? [{ attribute: 'downloads-to-date', given: this.downloadsToDate, problem: { reason: 'to-date-unused' } }]
        : [];
    const shown = this.#inputKeys();
    return s.notices((key) => shown.has(key), [...unused, ...(this.#comparison?.diagnoses() ?? [])], this.#share.notice());
  }

  #renderInputs() {
    const s = this.#settings;
    const locale = activeLocale();
    const months = Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: monthName(i + 1, locale) }));
    return html`<div class="fields">
      ${selectField(s, 'media', m.mediaLabel(), [
        { value: 'image', label: m.images() },
        { value: 'video', label: m.video() },
      ])}
      ${numberField(s, 'monthlyDownloads', m.monthlyLabel())} ${numberField(s, 'price', m.priceLabel(), m.priceHint())}
      ${selectField(s, 'startMonth', m.fromMonth(), months)}
      ${this.#inputKeys().has('downloadsToDate') ? numberField(s, 'downloadsToDate', m.toDateLabel(), m.toDateHint()) : nothing}
      ${numberField(s, 'minimum', m.minimumLabel(), m.minimumHint())} ${numberField(s, 'usdIdr', m.rateLabel(), m.rateHint())}
      ${this.#groups.render('agencies', m.otherAgencies(), comparing(s.value('compare')), this.#renderAgencyFields())}
    </div>`;
  }

  /** The other agencies' fields, from their chunk once the group is open; a line while it loads, or if it cannot be loaded. */
  #renderAgencyFields() {
    const c = this.#comparison;
    if (c) return c.fields();
    if (!this.#groups.isOpen('agencies')) return nothing;
    return html`<p class="hint">${this.#comparisonCode.failed ? partFailedText() : loadingText()}</p>`;
  }

  #renderSummary() {
    const locale = activeLocale();
    const p = this.#p;
    const idr = this.#rupiah(p.yearTotal);
    const next =
      p.toNextLevel === null
        ? m.topLevel()
        : html`${formatNumber(p.toNextLevel, locale)} <span class="sub">${m.downloadsToLevel(p.levelNow + 1)}</span>`;
    return html`<dl class="stats" part="results">
      ${stat(m.levelNow(), html`${m.level(p.levelNow)} <span class="sub">${formatPercent(dec(p.percentNow), locale)} ${m.royaltyWord()}</span>`)}
      ${stat(m.perDownloadNow(), formatUsdExact(p.perDownloadNow, locale))} ${stat(m.toNext(), next)}
      ${stat(m.earningsFor(this.#period()), html`${this.#money(p.yearTotal)} ${idr ? html`<span class="sub">≈ ${idr}</span>` : nothing}`, 'key')}
      ${stat(m.levelByDecember(), html`${m.level(p.level)} <span class="sub">${formatUsdExact(p.perDownload, locale)} ${m.perDownload()}</span>`)}
      ${stat(m.effectiveRate(), html`${formatPercent(p.effectivePercent, locale)} <span class="sub">${m.ofPaid()}</span>`)}
      ${this.#comparison?.tiles(this.#period(), (usd) => this.#rupiah(usd)) ?? nothing}
    </dl>`;
  }

  #renderChart() {
    const locale = activeLocale();
    const p = this.#p;
    return html`<figure class="chart" part="chart">
      ${royaltyChart(
        p.months,
        { month: (month) => monthName(month, locale, 'short'), level: (l) => `L${l}` },
        p.levelNow,
        m.chartName(),
        this.#comparison?.series(),
      )}
    </figure>`;
  }

  #renderTable() {
    const locale = activeLocale();
    const rate = this.#settings.value('usdIdr');
    const rounded = roundedMonths(this.#p);
    const c = this.#comparison;
    const rupiah = (usd: Dec) => (rate === undefined ? nothing : html`<span class="sub">${formatIdr(usd, rate, locale)}</span>`);
    return dataTable(
      'table',
      m.tableCaption(),
      [
        { label: m.monthHead() },
        { label: m.downloadsHead(), class: 'downloads' },
        { label: m.levelHead(), class: 'level' },
        { label: m.earningsHead() },
        { label: m.totalHead() },
        ...(c?.columns() ?? []),
      ],
      this.#p.months.map(
        (month, i) =>
          html`<tr>
            <th scope="row"><abbr title=${monthName(month.month, locale)}>${monthName(month.month, locale, 'short')}</abbr></th>
            <td class="downloads">${formatNumber(month.downloads, locale)}</td>
            <td class="level">${m.level(month.level)}</td>
            <td>${formatCents(rounded[i].earningsCents, locale)}</td>
            <td>${formatCents(rounded[i].cumulativeCents, locale)}${rupiah(month.cumulative)}</td>
            ${c?.cells(i) ?? nothing}
          </tr>`,
      ),
    );
  }

  #renderSources() {
    const media = this.#settings.value('media');
    const custom = this.#settings.value('tiers') !== undefined;
    return html`${renderNotes(NOTES, media)}
    ${custom ? html`<p class="source">${sourceLabel()}: ${m.customTable()}</p>` : renderSource(DEFAULT_TIERS[media].source, activeLocale())}
    ${this.#comparison?.notes() ?? nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'royalty-tier-calc': RoyaltyTierCalc;
  }
  interface GlobalEventHandlersEventMap {
    'royalty-change': CustomEvent<RoyaltyResult>;
  }
}
