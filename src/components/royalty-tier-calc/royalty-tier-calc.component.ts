import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { dec, mul, type Dec } from '../../core/decimal.js';
import { formatIdr, formatNumber, formatPercent, formatUsd, monthName } from '../../core/format.js';
import { DEFAULT_MINIMUM, DEFAULT_TIERS, parseTiers, type Media, type Tier, type TiersReason } from '../../core/royalty-tables.js';
import { projectYear, royaltyDetail, type RoyaltyProjection } from '../../core/royalty.js';
import { VERSION } from '../../internal/define.js';
import { numberInput, readField, selectInput, type FieldRead, type FieldSpec } from '../../internal/fields.js';
import { activeLocale } from '../../internal/locale-state.js';
import { attributeText, reasonText } from '../../internal/messages.js';
import { baseStyles } from '../../styles/base.styles.js';
import { CHART_VIEWBOX, royaltyChart } from './royalty-chart.js';
import { royaltyStyles } from './royalty-tier-calc.styles.js';

export type RoyaltyChangeDetail = ReturnType<typeof royaltyDetail>;

type NumberKey = 'monthlyDownloads' | 'price' | 'downloadsToDate' | 'startMonth' | 'minimum' | 'usdIdr';

/*
 * Bounds on what a reader can enter. They are sanity limits, far above real
 * use, that keep every total exact and readable: Shutterstock's top
 * contributors license well under a million files a month, and no single
 * license costs over $10,000.
 */
const FIELDS: Record<NumberKey, FieldSpec> = {
  monthlyDownloads: { rule: { min: 0, max: 10_000_000, integer: true }, fallback: 100 },
  price: { rule: { min: 0, max: 10_000 }, fallback: 1 },
  downloadsToDate: { rule: { min: 0, max: 120_000_000, integer: true }, fallback: 0 },
  startMonth: { rule: { min: 1, max: 12, integer: true }, fallback: 1 },
  minimum: { rule: { min: 0, max: 10_000 }, fallback: undefined },
  // Rupiah per dollar has been 2,000–17,000 since 1998; the bounds only catch typos of several digits.
  usdIdr: { rule: { min: 0, minExclusive: true, max: 1_000_000 }, fallback: undefined },
};

const ATTRIBUTES: Record<NumberKey, string> = {
  monthlyDownloads: 'monthly-downloads',
  price: 'price',
  downloadsToDate: 'downloads-to-date',
  startMonth: 'start-month',
  minimum: 'minimum',
  usdIdr: 'usd-idr',
};

/**
 * Shutterstock contributor earnings by level, month by month: the royalty
 * levels 1–6 by calendar-year downloads, crossed like tax brackets and reset
 * every January, with the year's total in dollars and Rupiah.
 *
 * @summary Shutterstock royalty level calculator with a month-by-month projection.
 * @tagname royalty-tier-calc
 *
 * @attr {"image"|"video"} media - Which level table: images and videos are counted separately. Default `image`.
 * @attr {number} monthly-downloads - Downloads expected per month (whole number ≥ 0). Default `100`.
 * @attr {number} price - Average price the buyer paid per license, in USD. Default `1`.
 * @attr {number} downloads-to-date - Downloads already made this calendar year before `start-month`. Default `0`.
 * @attr {number} start-month - First month of the projection, 1–12; it runs to December. Default `1`.
 * @attr {number} minimum - Floor per download in USD. Default `0.10` for images, `0` for video.
 * @attr {string} tiers - Custom level table, `"from:percent,…"`, e.g. `"0:15,101:20,251:25"`. Default: Shutterstock's table for `media`.
 * @attr {number} usd-idr - Rupiah per US dollar; turns on Rupiah amounts. No default (a built-in rate would go stale).
 * @attr {boolean} readonly - Show results only, for the attribute values.
 *
 * @fires {CustomEvent<RoyaltyChangeDetail>} royalty-change - When the reader changes an input. Detail: `{ level, rate, perDownload, yearTotal, months }` (USD numbers). Not fired for attribute or property changes.
 *
 * @csspart base - The widget's card.
 * @csspart field - Each labelled input.
 * @csspart input - Each input and select.
 * @csspart results - The summary figures.
 * @csspart chart - The SVG chart of cumulative earnings.
 * @csspart table - The month-by-month table.
 *
 * @cssproperty [--fw-accent=#0b6bcb] - Accent: the key figure, chart line and links.
 * @cssproperty [--fw-text=#1d2330] - Text colour.
 * @cssproperty [--fw-muted=#5b6474] - Secondary text.
 * @cssproperty [--fw-surface=#ffffff] - Card background.
 * @cssproperty [--fw-subtle=#f3f5f9] - Figure tiles background.
 * @cssproperty [--fw-border=#d5dae3] - Borders and rules.
 * @cssproperty [--fw-radius=12px] - Corner radius.
 * @cssproperty [--fw-font=inherit] - Font family; the page's by default.
 *
 * Light-DOM content (e.g. the post's static level table) shows until the
 * script runs and stays for crawlers; once upgraded the widget replaces it.
 */
@localized()
export class RoyaltyTierCalc extends LitElement {
  static override styles = [baseStyles, royaltyStyles];
  static readonly fwVersion = VERSION;

  /** Which level table: `image` or `video`. */
  @property() media: Media | string = 'image';
  /** Downloads expected per month. Numbers or plain number strings. */
  @property({ attribute: 'monthly-downloads' }) monthlyDownloads?: number | string;
  /** Average price per license, USD. */
  @property() price?: number | string;
  /** Downloads made this calendar year before `startMonth`. */
  @property({ attribute: 'downloads-to-date' }) downloadsToDate?: number | string;
  /** First month of the projection, 1–12. */
  @property({ attribute: 'start-month' }) startMonth?: number | string;
  /** Floor per download, USD; defaults by media. */
  @property() minimum?: number | string;
  /** Custom level table, `"from:percent,…"`. */
  @property() tiers?: string;
  /** Rupiah per US dollar. */
  @property({ attribute: 'usd-idr' }) usdIdr?: number | string;
  /** Results only, no inputs. */
  @property({ type: Boolean, reflect: true }) readonly = false;
  /** The level at the end of the projection (1–6), reflected for styling. Read-only. */
  @property({ type: Number, reflect: true }) level = 1;

  @state() private drafts: Partial<Record<NumberKey, string>> = {};
  @state() private mediaChoice?: Media;
  @state() private projection!: RoyaltyProjection;
  private reads = {} as Record<NumberKey, FieldRead>;
  private lastValid: Partial<Record<NumberKey, number>> = {};
  private tierTable: readonly Tier[] = DEFAULT_TIERS.image.tiers;
  private tiersError?: TiersReason;
  private mediaError = false;

  /** What the `royalty-change` detail would be now. */
  get result(): RoyaltyChangeDetail {
    if (!this.projection) this.compute();
    return royaltyDetail(this.projection);
  }

  private get effectiveMedia(): Media {
    return this.mediaChoice ?? (this.media === 'video' ? 'video' : 'image');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new attribute value replaces what the reader typed in that field.
    for (const key of Object.keys(ATTRIBUTES) as NumberKey[]) {
      if (changed.has(key) && this.hasUpdated) delete this.drafts[key];
    }
    if (changed.has('media') && this.hasUpdated) this.mediaChoice = undefined;
    this.compute();
  }

  private compute(): void {
    const locale = activeLocale();
    const media = this.effectiveMedia;
    this.mediaError = this.media !== undefined && this.media !== null && this.media !== 'image' && this.media !== 'video';
    for (const key of Object.keys(FIELDS) as NumberKey[]) {
      const spec = key === 'minimum' ? { ...FIELDS.minimum, fallback: DEFAULT_MINIMUM[media] } : FIELDS[key];
      const read = readField(spec, this[key], this.drafts[key], this.lastValid[key], locale);
      if (!read.error && read.value !== undefined) this.lastValid[key] = read.value;
      this.reads[key] = read;
    }
    const custom = this.tiers === undefined || this.tiers === null ? undefined : parseTiers(this.tiers);
    this.tiersError = custom && !custom.ok ? custom.reason : undefined;
    this.tierTable = custom?.ok ? custom.tiers : DEFAULT_TIERS[media].tiers;
    const value = (key: NumberKey) => this.reads[key].value ?? 0;
    this.projection = projectYear({
      tiers: this.tierTable,
      price: value('price'),
      minimum: value('minimum'),
      monthlyDownloads: value('monthlyDownloads'),
      downloadsToDate: value('downloadsToDate'),
      startMonth: value('startMonth') || 1,
    });
    this.level = this.projection.level;
  }

  private async typed(key: NumberKey, text: string): Promise<void> {
    this.drafts = { ...this.drafts, [key]: text };
    await this.announce();
  }

  private async chooseMedia(media: Media): Promise<void> {
    this.mediaChoice = media;
    // The floor follows the media unless the reader typed one.
    await this.announce();
  }

  private async chooseMonth(month: string): Promise<void> {
    this.drafts = { ...this.drafts, startMonth: month };
    await this.announce();
  }

  /** Fires `royalty-change` after the update a reader's input caused. */
  private async announce(): Promise<void> {
    await this.updateComplete;
    this.dispatchEvent(new CustomEvent<RoyaltyChangeDetail>('royalty-change', { detail: this.result, bubbles: true, composed: true }));
  }

  private money(amount: Dec): string {
    return formatUsd(amount, activeLocale());
  }

  private rupiah(amount: Dec): string | undefined {
    const rate = this.reads.usdIdr.value;
    return rate === undefined ? undefined : formatIdr(mul(amount, dec(rate)), activeLocale());
  }

  private labelFor(key: NumberKey): { label: string; hint?: string } {
    switch (key) {
      case 'monthlyDownloads':
        return { label: msg('Downloads per month') };
      case 'price':
        return { label: msg('Average price per license'), hint: msg('US$ the buyer paid') };
      case 'downloadsToDate':
        return { label: msg('Downloads so far this year'), hint: msg('before the first month below') };
      case 'minimum':
        return { label: msg('Minimum per download'), hint: msg('US$, Shutterstock rounds up to it') };
      case 'usdIdr':
        return { label: msg('Rupiah per US$'), hint: msg('optional, e.g. 16250') };
      case 'startMonth':
        return { label: msg('From month') };
    }
  }

  private renderField(key: NumberKey) {
    const read = this.reads[key];
    const { label, hint } = this.labelFor(key);
    return numberInput({
      id: key,
      label,
      hint,
      text: read.text,
      error: read.error ? reasonText(read.error, FIELDS[key].rule, activeLocale()) : undefined,
      inputmode: FIELDS[key].rule.integer ? 'numeric' : 'decimal',
      onInput: (text) => void this.typed(key, text),
    });
  }

  private renderInputs() {
    const locale = activeLocale();
    const month = this.reads.startMonth.value ?? 1;
    return html`<div class="fields">
      ${selectInput<Media>({
        id: 'media',
        label: msg('Media'),
        value: this.effectiveMedia,
        options: [
          { value: 'image', label: msg('Images (photos, vectors)') },
          { value: 'video', label: msg('Video') },
        ],
        onChange: (v) => void this.chooseMedia(v),
      })}
      ${this.renderField('monthlyDownloads')} ${this.renderField('price')}
      ${selectInput<string>({
        id: 'startMonth',
        label: msg('From month'),
        value: String(month),
        options: Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: monthName(i + 1, locale) })),
        onChange: (v) => void this.chooseMonth(v),
      })}
      ${month > 1 ? this.renderField('downloadsToDate') : nothing} ${this.renderField('minimum')} ${this.renderField('usdIdr')}
    </div>`;
  }

  /** Messages for unusable attributes, where no input shows them (readonly, or settings without an input). */
  private renderNotices() {
    const locale = activeLocale();
    const notices: string[] = [];
    if (this.tiersError) notices.push(attributeText('tiers', tiersText(this.tiersError)));
    if (this.mediaError) notices.push(attributeText('media', msg('Use image or video.')));
    for (const key of Object.keys(FIELDS) as NumberKey[]) {
      const read = this.reads[key];
      const hiddenInput = this.readonly || (key === 'downloadsToDate' && (this.reads.startMonth.value ?? 1) === 1) || key === 'startMonth';
      if (read.error && read.origin === 'attribute' && hiddenInput) {
        notices.push(attributeText(ATTRIBUTES[key], reasonText(read.error, FIELDS[key].rule, locale)));
      }
    }
    return notices.map((n) => html`<p class="notice" role="status">${n}</p>`);
  }

  protected override render() {
    const locale = activeLocale();
    const p = this.projection;
    const levelName = (level: number) => msg(str`Level ${level}`);
    const top = this.tierTable.length;
    const idrTotal = this.rupiah(p.yearTotal);
    const first = p.months[0]?.month ?? 1;
    const period = first === 12 ? monthName(12, locale) : msg(str`${monthName(first, locale)}–${monthName(12, locale)}`);
    return html`<section part="base" class="base" aria-labelledby="title">
      <h2 class="title" id="title">${msg('Your Shutterstock earnings by level')}</h2>
      <p class="lead">
        ${msg('Levels count the downloads of each calendar year and start again at level 1 every 1 January. A download earns the rate of the level it falls in.')}
      </p>
      ${this.renderNotices()} ${this.readonly ? nothing : this.renderInputs()}
      <dl class="stats" part="results">
        <div class="stat">
          <dt>${msg('Level now')}</dt>
          <dd>${levelName(p.levelNow)} <span class="sub">${formatPercent(dec(p.percentNow), locale)} ${msg('royalty')}</span></dd>
        </div>
        <div class="stat">
          <dt>${msg('Per download now')}</dt>
          <dd>${this.money(p.perDownloadNow)}</dd>
        </div>
        <div class="stat">
          <dt>${msg('To the next level')}</dt>
          <dd>
            ${p.toNextLevel === null
              ? msg('Top level')
              : html`${formatNumber(p.toNextLevel, locale)} <span class="sub">${msg(str`downloads to level ${p.levelNow + 1}`)}</span>`}
          </dd>
        </div>
        <div class="stat key">
          <dt>${msg(str`Earnings ${period}`)}</dt>
          <dd>${this.money(p.yearTotal)} ${idrTotal ? html`<span class="sub">≈ ${idrTotal}</span>` : nothing}</dd>
        </div>
        <div class="stat">
          <dt>${msg('Level by December')}</dt>
          <dd>${levelName(p.level)} <span class="sub">${this.money(p.perDownload)} ${msg('per download')}</span></dd>
        </div>
        <div class="stat">
          <dt>${msg('Effective rate')}</dt>
          <dd>${formatPercent(p.effectivePercent, locale)} <span class="sub">${msg('of what buyers paid')}</span></dd>
        </div>
      </dl>
      ${p.months.length ? this.renderChart() : nothing} ${this.renderTable(levelName)}
      <p class="source">
        ${msg('Source')}:
        ${this.tiers && !this.tiersError
          ? msg('custom level table set by this page.')
          : msg(str`Shutterstock contributor levels, in force since 1 June 2020 (${top} levels, ${this.effectiveMedia === 'video' ? msg('video') : msg('images')}).`)}
        ${msg('Earnings depend on each buyer’s plan and license; this uses your average price.')}
      </p>
    </section>`;
  }

  private renderChart() {
    const locale = activeLocale();
    const p = this.projection;
    return html`<figure class="chart" part="chart">
      <svg viewBox=${CHART_VIEWBOX} role="img" aria-labelledby="chart-title" focusable="false">
        <title id="chart-title">${msg('Chart: cumulative earnings by month; the table below lists the same numbers.')}</title>
        ${royaltyChart(p.months, { month: (m) => monthName(m, locale, 'short'), level: (l) => `L${l}`, money: (m) => this.money(m.cumulative) }, p.levelNow)}
      </svg>
    </figure>`;
  }

  private renderTable(levelName: (level: number) => string) {
    const locale = activeLocale();
    const rate = this.reads.usdIdr.value !== undefined;
    return html`<div class="table-wrap">
      <table part="table">
        <caption>
          ${msg('Month by month')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg('Month')}</th>
            <th scope="col">${msg('Downloads')}</th>
            <th scope="col">${msg('Level reached')}</th>
            <th scope="col">${msg('Earnings')}</th>
            <th scope="col">${msg('Total so far')}</th>
            ${rate ? html`<th scope="col">${msg('Total in Rupiah')}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${this.projection.months.map(
            (m) =>
              html`<tr>
                <th scope="row">${monthName(m.month, locale)}</th>
                <td>${formatNumber(m.downloads, locale)}</td>
                <td>${levelName(m.level)}</td>
                <td>${this.money(m.earnings)}</td>
                <td>${this.money(m.cumulative)}</td>
                ${rate ? html`<td>${this.rupiah(m.cumulative)}</td>` : nothing}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}

function tiersText(reason: TiersReason): string {
  switch (reason) {
    case 'empty':
      return msg('The level table is empty.');
    case 'garbage':
      return msg('Write the levels as from:percent, separated by commas, e.g. 0:15,101:20.');
    case 'not-from-zero':
      return msg('The first level must start at 0.');
    case 'unsorted':
      return msg('Levels must be listed from the lowest count up.');
    case 'duplicate':
      return msg('Two levels start at the same count.');
    case 'rate-out-of-range':
      return msg('A royalty must be between 0 and 100 percent.');
    case 'too-many':
      return msg('At most 20 levels.');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'royalty-tier-calc': RoyaltyTierCalc;
  }
  interface GlobalEventHandlersEventMap {
    'royalty-change': CustomEvent<RoyaltyChangeDetail>;
  }
}

