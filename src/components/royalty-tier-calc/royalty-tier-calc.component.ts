import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { dec, type Dec } from '../../core/decimal.js';
import { formatIdr, formatNumber, formatPercent, formatUsd, monthName } from '../../core/format.js';
import { DEFAULT_MINIMUM, DEFAULT_TIERS, parseTiers, type Media, type Tier, type TiersReason } from '../../core/royalty-tables.js';
import { projectYear, royaltyDetail, type RoyaltyProjection } from '../../core/royalty.js';
import { VERSION } from '../../internal/define.js';
import { announce, NumberFields, notices, selectInput, type FieldSpec } from '../../internal/fields.js';
import { activeLocale } from '../../internal/locale-state.js';
import { attributeText } from '../../internal/messages.js';
import { baseStyles } from '../../styles/base.styles.js';
import { formStyles } from '../../styles/form.styles.js';
import { resultStyles } from '../../styles/results.styles.js';
import { royaltyChart } from './royalty-chart.js';
import { royaltyStyles } from './royalty-tier-calc.styles.js';

export type RoyaltyChangeDetail = ReturnType<typeof royaltyDetail>;

type NumberKey = 'monthlyDownloads' | 'price' | 'downloadsToDate' | 'startMonth' | 'minimum' | 'usdIdr';

/*
 * Bounds on what a reader can enter. They are sanity limits, far above real
 * use, that keep every total exact and readable: Shutterstock's top
 * contributors license well under a million files a month, and no single
 * license costs over $10,000. Defaults are API.md's.
 */
const FIELDS: Record<NumberKey, FieldSpec> = {
  monthlyDownloads: { attribute: 'monthly-downloads', rule: { min: 0, max: 10_000_000, integer: true }, fallback: 100 },
  price: { attribute: 'price', rule: { min: 0, max: 10_000 }, fallback: 1 },
  downloadsToDate: { attribute: 'downloads-to-date', rule: { min: 0, max: 120_000_000, integer: true }, fallback: 0 },
  startMonth: { attribute: 'start-month', rule: { min: 1, max: 12, integer: true }, fallback: 1 },
  // Its fallback follows the media (DEFAULT_MINIMUM), given when reading.
  minimum: { attribute: 'minimum', rule: { min: 0, max: 10_000 }, fallback: undefined },
  // Rupiah per dollar has been 2,000–17,000 since 1998; the bounds only catch typos of several digits.
  usdIdr: { attribute: 'usd-idr', rule: { min: 0, minExclusive: true, max: 1_000_000 }, fallback: undefined },
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
export class RoyaltyTierCalc extends LitElement {
  static override styles = [baseStyles, formStyles, resultStyles, royaltyStyles];
  static readonly fwVersion = VERSION;
  static override properties = {
    media: {},
    monthlyDownloads: { attribute: 'monthly-downloads' },
    price: {},
    downloadsToDate: { attribute: 'downloads-to-date' },
    startMonth: { attribute: 'start-month' },
    minimum: {},
    tiers: {},
    usdIdr: { attribute: 'usd-idr' },
    readonly: { type: Boolean, reflect: true },
    level: { type: Number, reflect: true },
  };

  constructor() {
    super();
    // Re-render when the language changes (what @localized() does, without a decorator).
    updateWhenLocaleChanges(this);
  }

  /** Which level table: images and videos are counted separately. */
  media: 'image' | 'video' = 'image';
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
  /** Show results only, for the attribute values. */
  readonly = false;
  /** The level at the end of the projection (1–6), reflected for styling. Read-only. */
  level = 1;

  #fields = new NumberFields(FIELDS);
  #mediaChoice?: Media;
  #projection!: RoyaltyProjection;
  #tiers: readonly Tier[] = DEFAULT_TIERS.image.tiers;
  #tiersError?: TiersReason;

  /** What the `royalty-change` detail would be now. */
  get result(): RoyaltyChangeDetail {
    if (!this.#projection) this.#compute();
    return royaltyDetail(this.#projection);
  }

  get #media(): Media {
    return this.#mediaChoice ?? (this.media === 'video' ? 'video' : 'image');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.hasUpdated) {
      this.#fields.forget(changed);
      if (changed.has('media')) this.#mediaChoice = undefined;
    }
    this.#compute();
  }

  #compute(): void {
    const media = this.#media;
    const f = this.#fields;
    f.read(this, activeLocale(), { minimum: DEFAULT_MINIMUM[media] });
    const custom = this.tiers == null ? undefined : parseTiers(this.tiers);
    this.#tiersError = custom && !custom.ok ? custom.reason : undefined;
    this.#tiers = custom?.ok ? custom.tiers : DEFAULT_TIERS[media].tiers;
    this.#projection = projectYear({
      tiers: this.#tiers,
      price: f.value('price') ?? 1,
      minimum: f.value('minimum') ?? 0,
      monthlyDownloads: f.value('monthlyDownloads') ?? 0,
      downloadsToDate: f.value('downloadsToDate') ?? 0,
      startMonth: f.value('startMonth') ?? 1,
    });
    this.level = this.#projection.level;
  }

  /** A reader's change: update, then fire `royalty-change`. */
  #changed(apply: () => void): void {
    apply();
    this.requestUpdate();
    void announce(this, 'royalty-change', () => this.result);
  }

  #money(amount: Dec): string {
    return formatUsd(amount, activeLocale());
  }

  #rupiah(amount: Dec): string | undefined {
    const rate = this.#fields.value('usdIdr');
    return rate === undefined ? undefined : formatIdr(amount, rate, activeLocale());
  }

  #field(key: NumberKey, label: string, hint?: string) {
    return this.#fields.input(key, activeLocale(), label, hint, (text) => this.#changed(() => (this.#fields.drafts[key] = text)));
  }

  #renderInputs() {
    const locale = activeLocale();
    const month = this.#fields.value('startMonth') ?? 1;
    return html`<div class="fields">
      ${selectInput<Media>({
        id: 'media',
        label: msg('Media', { id: 'r11' }),
        value: this.#media,
        options: [
          { value: 'image', label: msg('Images', { id: 'r12' }) },
          { value: 'video', label: msg('Video', { id: 'r13' }) },
        ],
        onChange: (v) => this.#changed(() => (this.#mediaChoice = v)),
      })}
      ${this.#field('monthlyDownloads', msg('Downloads per month', { id: 'r1' }))}
      ${this.#field('price', msg('Average price per license', { id: 'r2' }), msg('US$ the buyer paid', { id: 'r3' }))}
      ${selectInput<string>({
        id: 'startMonth',
        label: msg('From month', { id: 'r10' }),
        value: String(month),
        options: Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: monthName(i + 1, locale) })),
        onChange: (v) => this.#changed(() => (this.#fields.drafts.startMonth = v)),
      })}
      ${
        month > 1
          ? this.#field(
              'downloadsToDate',
              msg('Downloads so far this year', { id: 'r4' }),
              msg('before the first month below', { id: 'r5' }),
            )
          : nothing
      }
      ${this.#field('minimum', msg('Minimum per download', { id: 'r6' }), msg('US$; smaller royalties are rounded up', { id: 'r7' }))}
      ${this.#field('usdIdr', msg('Rupiah per US$', { id: 'r8' }), msg('optional, e.g. 16250', { id: 'r9' }))}
    </div>`;
  }

  /** Messages for unusable attributes where no input shows them (readonly, the month select, a hidden field). */
  #notices() {
    const list: string[] = [];
    if (this.#tiersError) list.push(attributeText('tiers', tiersText(this.#tiersError)));
    if (this.media != null && this.media !== 'image' && this.media !== 'video') {
      list.push(attributeText('media', msg('Use image or video.', { id: 'r15' })));
    }
    const month = this.#fields.value('startMonth') ?? 1;
    list.push(
      ...this.#fields.notices(
        activeLocale(),
        (key) => !this.readonly && key !== 'startMonth' && !(key === 'downloadsToDate' && month === 1),
      ),
    );
    return notices(list);
  }

  protected override render() {
    const locale = activeLocale();
    const p = this.#projection;
    const levelName = (level: number) => msg(str`Level ${level}`, { id: 'r16' });
    const idrTotal = this.#rupiah(p.yearTotal);
    const first = p.months[0]?.month ?? 1;
    const period = first === 12 ? monthName(12, locale) : msg(str`${monthName(first, locale)}–${monthName(12, locale)}`, { id: 'r17' });
    const media = this.#media === 'video' ? msg('video', { id: 'r50' }) : msg('images', { id: 'r51' });
    return html`<section part="base" class="base" aria-labelledby="title">
      <h2 class="title" id="title">${msg('Your Shutterstock earnings by level', { id: 'r18' })}</h2>
      <p class="lead">
        ${msg(
          'Levels count the downloads of each calendar year and start again at level 1 every 1 January. A download earns the rate of the level it falls in.',
          { id: 'r19' },
        )}
      </p>
      ${this.#notices()} ${this.readonly ? nothing : this.#renderInputs()}
      <dl class="stats" part="results">
        <div class="stat">
          <dt>${msg('Level now', { id: 'r20' })}</dt>
          <dd>
            ${levelName(p.levelNow)} <span class="sub">${formatPercent(dec(p.percentNow), locale)} ${msg('royalty', { id: 'r21' })}</span>
          </dd>
        </div>
        <div class="stat">
          <dt>${msg('Per download now', { id: 'r22' })}</dt>
          <dd>${this.#money(p.perDownloadNow)}</dd>
        </div>
        <div class="stat">
          <dt>${msg('To the next level', { id: 'r23' })}</dt>
          <dd>
            ${
              p.toNextLevel === null
                ? msg('Top level', { id: 'r24' })
                : html`${formatNumber(p.toNextLevel, locale)}
                    <span class="sub">${msg(str`downloads to level ${p.levelNow + 1}`, { id: 'r25' })}</span>`
            }
          </dd>
        </div>
        <div class="stat key">
          <dt>${msg(str`Earnings ${period}`, { id: 'r26' })}</dt>
          <dd>${this.#money(p.yearTotal)} ${idrTotal ? html`<span class="sub">≈ ${idrTotal}</span>` : nothing}</dd>
        </div>
        <div class="stat">
          <dt>${msg('Level by December', { id: 'r27' })}</dt>
          <dd>${levelName(p.level)} <span class="sub">${this.#money(p.perDownload)} ${msg('per download', { id: 'r28' })}</span></dd>
        </div>
        <div class="stat">
          <dt>${msg('Effective rate', { id: 'r29' })}</dt>
          <dd>${formatPercent(p.effectivePercent, locale)} <span class="sub">${msg('of what buyers paid', { id: 'r30' })}</span></dd>
        </div>
      </dl>
      ${p.months.length ? this.#renderChart() : nothing} ${this.#renderTable(levelName)}
      <p class="source">
        ${msg('Source', { id: 'r31' })}:
        ${
          this.#tiers !== DEFAULT_TIERS[this.#media].tiers
            ? msg('custom level table set by this page.', { id: 'r32' })
            : msg(str`Shutterstock contributor levels, in force since 1 June 2020 (${this.#tiers.length} levels, ${media}).`, { id: 'r33' })
        }
        ${msg('Earnings depend on each buyer’s plan and license; this uses your average price.', { id: 'r34' })}
      </p>
    </section>`;
  }

  #renderChart() {
    const locale = activeLocale();
    const p = this.#projection;
    const name = msg('Chart: cumulative earnings by month; the table below lists the same numbers.', { id: 'r35' });
    return html`<figure class="chart" part="chart">
      ${royaltyChart(p.months, { month: (m) => monthName(m, locale, 'short'), level: (l) => `L${l}` }, p.levelNow, name)}
    </figure>`;
  }

  #renderTable(levelName: (level: number) => string) {
    const locale = activeLocale();
    const rate = this.#fields.value('usdIdr') !== undefined;
    return html`<div class="table-wrap">
      <table part="table">
        <caption>
          ${msg('Month by month', { id: 'r36' })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg('Month', { id: 'r37' })}</th>
            <th scope="col" class="downloads">${msg('Downloads', { id: 'r38' })}</th>
            <th scope="col" class="level">${msg('Level reached', { id: 'r39' })}</th>
            <th scope="col">${msg('Earnings', { id: 'r40' })}</th>
            <th scope="col">${msg('Total so far', { id: 'r41' })}</th>
          </tr>
        </thead>
        <tbody>
          ${this.#projection.months.map(
            (m) =>
              html`<tr>
                <th scope="row"><abbr title=${monthName(m.month, locale)}>${monthName(m.month, locale, 'short')}</abbr></th>
                <td class="downloads">${formatNumber(m.downloads, locale)}</td>
                <td class="level">${levelName(m.level)}</td>
                <td>${this.#money(m.earnings)}</td>
                <td>${this.#money(m.cumulative)}${rate ? html`<span class="sub">${this.#rupiah(m.cumulative)}</span>` : nothing}</td>
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
      return msg('The level table is empty.', { id: 'r43' });
    case 'garbage':
      return msg('Write the levels as from:percent, separated by commas, e.g. 0:15,101:20.', { id: 'r44' });
    case 'not-from-zero':
      return msg('The first level must start at 0.', { id: 'r45' });
    case 'unsorted':
      return msg('Levels must be listed from the lowest count up.', { id: 'r46' });
    case 'duplicate':
      return msg('Two levels start at the same count.', { id: 'r47' });
    case 'rate-out-of-range':
      return msg('A royalty must be between 0 and 100 percent.', { id: 'r48' });
    case 'too-many':
      return msg('At most 20 levels.', { id: 'r49' });
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
