import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { dec } from '../../core/decimal.js';
import { evaluateLevel, levelDetail, type CriterionResult, type LevelEvaluation, type SellerMetrics } from '../../core/fiverr-levels.js';
import { LEVEL_ORDER, PERKS, RULE_SETS, type LevelId, type Metric, type RulesId } from '../../core/fiverr-rules.js';
import { formatNumber, formatUsd } from '../../core/format.js';
import { VERSION } from '../../internal/define.js';
import { numberInput, readField, selectInput, type FieldRead, type FieldSpec } from '../../internal/fields.js';
import { activeLocale } from '../../internal/locale-state.js';
import { attributeText, reasonText } from '../../internal/messages.js';
import { baseStyles } from '../../styles/base.styles.js';
import { fiverrStyles } from './fiverr-level-meter.styles.js';

export type LevelChangeDetail = ReturnType<typeof levelDetail>;

/*
 * What a seller can enter. Ratings are Fiverr's 0–5 stars, rates percent,
 * the success score Fiverr's 1–10; the upper bounds on counts and money are
 * sanity limits far beyond any seller, not rules.
 */
const FIELDS: Record<Metric, FieldSpec & { attribute: string }> = {
  daysActive: { attribute: 'days-active', rule: { min: 0, max: 100_000, integer: true }, fallback: 0 },
  orders: { attribute: 'orders', rule: { min: 0, max: 10_000_000, integer: true }, fallback: 0 },
  earnings: { attribute: 'earnings', rule: { min: 0, max: 1_000_000_000 }, fallback: 0 },
  rating: { attribute: 'rating', rule: { min: 0, max: 5 }, fallback: 0 },
  responseRate: { attribute: 'response-rate', rule: { min: 0, max: 100 }, fallback: 0 },
  completionRate: { attribute: 'completion-rate', rule: { min: 0, max: 100 }, fallback: 0 },
  onTimeRate: { attribute: 'on-time-rate', rule: { min: 0, max: 100 }, fallback: 0 },
  warnings: { attribute: 'warnings', rule: { min: 0, max: 1000, integer: true }, fallback: 0 },
  successScore: { attribute: 'success-score', rule: { min: 1, max: 10 }, fallback: undefined },
  uniqueClients: { attribute: 'unique-clients', rule: { min: 0, max: 10_000_000, integer: true }, fallback: 0 },
};
const METRICS = Object.keys(FIELDS) as Metric[];

/**
 * Which Fiverr seller level a seller's numbers qualify for, what is still
 * missing for the next one, what would make them drop, and what each level
 * unlocks — under the classic system (2018 – Feb 2024) or the 2024 one.
 *
 * @summary Fiverr seller level progress: level reached, gaps, drop risks and perks.
 * @tagname fiverr-level-meter
 *
 * @attr {"classic"|"2024"} rules - Level system: `classic` (2018 – 14 Feb 2024, 60-day window) or `2024`. Default `classic`.
 * @attr {number} days-active - Days since the account started selling. Default `0`.
 * @attr {number} orders - Completed orders. Default `0`.
 * @attr {number} earnings - Total earned, USD. Default `0`.
 * @attr {number} rating - Average star rating, 0–5. Default `0`.
 * @attr {number} response-rate - Response rate, percent. Default `0`.
 * @attr {number} completion-rate - Order completion rate, percent (classic). Default `0`.
 * @attr {number} on-time-rate - On-time delivery rate, percent (classic). Default `0`.
 * @attr {number} warnings - Policy warnings in the evaluation window. Default `0`.
 * @attr {number} success-score - Success score, 1–10 (2024). No default.
 * @attr {number} unique-clients - Unique clients (2024). Default `0`.
 * @attr {"new"|"level-1"|"level-2"|"top-rated"} current-level - The level the seller's dashboard shows (2024 only: Fiverr does not publish the Level 1 and 2 numbers, so they cannot be checked). Default `new`.
 * @attr {boolean} readonly - Show results only, for the attribute values.
 * @attr {string} level - Reflected, read-only: `new`, `level-1`, `level-2` or `top-rated`, for styling.
 *
 * @fires {CustomEvent<LevelChangeDetail>} level-change - When the reader changes an input. Detail: `{ level, nextLevel, unmet: [{ criterion, value, required }] }`.
 *
 * @csspart base - The widget's card.
 * @csspart field - Each labelled input.
 * @csspart input - Each input and select.
 * @csspart level - The level reached.
 * @csspart meter - Each criterion's meter.
 * @csspart perks - The table of what each level unlocks.
 *
 * @cssproperty [--fw-accent=#0b6bcb] - Accent: the level badge and meters.
 * @cssproperty [--fw-success=#13795b] - Met criteria.
 * @cssproperty [--fw-warning=#8a5a00] - Drop risks.
 * @cssproperty [--fw-danger=#b3261e] - Messages for invalid input.
 * @cssproperty [--fw-text=#1d2330] - Text colour.
 * @cssproperty [--fw-muted=#5b6474] - Secondary text.
 * @cssproperty [--fw-surface=#ffffff] - Card background.
 * @cssproperty [--fw-subtle=#f3f5f9] - Meter track and tiles.
 * @cssproperty [--fw-border=#d5dae3] - Borders and rules.
 * @cssproperty [--fw-radius=12px] - Corner radius.
 * @cssproperty [--fw-font=inherit] - Font family; the page's by default.
 */
@localized()
export class FiverrLevelMeter extends LitElement {
  static override styles = [baseStyles, fiverrStyles];
  static readonly fwVersion = VERSION;

  /** Level system: `classic` or `2024`. */
  @property() rules: RulesId | string = 'classic';
  @property({ attribute: 'days-active' }) daysActive?: number | string;
  @property() orders?: number | string;
  @property() earnings?: number | string;
  @property() rating?: number | string;
  @property({ attribute: 'response-rate' }) responseRate?: number | string;
  @property({ attribute: 'completion-rate' }) completionRate?: number | string;
  @property({ attribute: 'on-time-rate' }) onTimeRate?: number | string;
  @property() warnings?: number | string;
  @property({ attribute: 'success-score' }) successScore?: number | string;
  @property({ attribute: 'unique-clients' }) uniqueClients?: number | string;
  /** The level the seller's dashboard shows (used by the 2024 rules only). */
  @property({ attribute: 'current-level' }) currentLevel?: LevelId | string;
  /** Results only, no inputs. */
  @property({ type: Boolean, reflect: true }) readonly = false;
  /** The level reached, reflected for styling. Read-only. */
  @property({ reflect: true }) level: LevelId = 'new';

  @state() private drafts: Partial<Record<Metric, string>> = {};
  @state() private rulesChoice?: RulesId;
  @state() private levelChoice?: LevelId;
  private reads = {} as Record<Metric, FieldRead>;
  private lastValid: Partial<Record<Metric, number>> = {};
  private evaluation!: LevelEvaluation;

  /** What the `level-change` detail would be now. */
  get result(): LevelChangeDetail {
    if (!this.evaluation) this.compute();
    return levelDetail(this.evaluation);
  }

  private get rulesId(): RulesId {
    return this.rulesChoice ?? (this.rules === '2024' ? '2024' : 'classic');
  }

  private get declaredLevel(): LevelId {
    return this.levelChoice ?? (LEVEL_ORDER.includes(this.currentLevel as LevelId) ? (this.currentLevel as LevelId) : 'new');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.hasUpdated) {
      for (const key of METRICS) if (changed.has(key)) delete this.drafts[key];
      if (changed.has('rules')) this.rulesChoice = undefined;
      if (changed.has('currentLevel')) this.levelChoice = undefined;
    }
    this.compute();
  }

  private compute(): void {
    const locale = activeLocale();
    for (const key of METRICS) {
      const read = readField(FIELDS[key], this[key], this.drafts[key], this.lastValid[key], locale);
      if (!read.error && read.value !== undefined) this.lastValid[key] = read.value;
      this.reads[key] = read;
    }
    const value = (key: Metric) => this.reads[key].value ?? 0;
    const metrics: SellerMetrics = {
      daysActive: value('daysActive'),
      orders: value('orders'),
      earnings: value('earnings'),
      rating: value('rating'),
      responseRate: value('responseRate'),
      completionRate: value('completionRate'),
      onTimeRate: value('onTimeRate'),
      warnings: value('warnings'),
      successScore: this.reads.successScore.value ?? null,
      uniqueClients: value('uniqueClients'),
      currentLevel: this.declaredLevel,
    };
    this.evaluation = evaluateLevel(metrics, RULE_SETS[this.rulesId]);
    this.level = this.evaluation.level;
  }

  private async changed(update: () => void): Promise<void> {
    update();
    await this.updateComplete;
    this.dispatchEvent(new CustomEvent<LevelChangeDetail>('level-change', { detail: this.result, bubbles: true, composed: true }));
  }

  private levelName(level: LevelId): string {
    switch (level) {
      case 'new':
        return msg('New Seller');
      case 'level-1':
        return msg('Level 1');
      case 'level-2':
        return msg('Level 2');
      case 'top-rated':
        return msg('Top Rated');
    }
  }

  private metricLabel(metric: Metric): string {
    switch (metric) {
      case 'daysActive':
        return msg('Days as a seller');
      case 'orders':
        return msg('Completed orders');
      case 'earnings':
        return msg('Earnings (US$)');
      case 'rating':
        return msg('Rating (0–5)');
      case 'responseRate':
        return msg('Response rate (%)');
      case 'completionRate':
        return msg('Order completion (%)');
      case 'onTimeRate':
        return msg('On-time delivery (%)');
      case 'warnings':
        return msg('Warnings');
      case 'successScore':
        return msg('Success score (1–10)');
      case 'uniqueClients':
        return msg('Unique clients');
    }
  }

  /** A value in the metric's own unit: "4.8", "US$2,000.00", "90%". */
  private amount(metric: Metric, value: number): string {
    const locale = activeLocale();
    if (metric === 'earnings') return formatUsd(dec(value), locale);
    if (metric === 'responseRate' || metric === 'completionRate' || metric === 'onTimeRate') return `${formatNumber(value, locale, 1)}%`;
    return formatNumber(value, locale, 2);
  }

  /** What is missing, in the criterion's own unit: "3 more orders", "+0.1 rating", "US$150.00 more". */
  private gapText(r: CriterionResult): string {
    const locale = activeLocale();
    if (r.required === null) return msg('Not published by Fiverr');
    if (r.met) return msg('Met');
    if (r.value === null || r.gap === null) return msg('Enter your value');
    const n = formatNumber(r.gap, locale, 2);
    switch (r.metric) {
      case 'daysActive':
        return msg(str`${n} more days`);
      case 'orders':
        return msg(str`${n} more orders`);
      case 'earnings':
        return msg(str`${formatUsd(dec(r.gap), locale)} more`);
      case 'rating':
        return msg(str`+${n} rating`);
      case 'responseRate':
      case 'completionRate':
      case 'onTimeRate':
        return msg(str`+${n} percentage points`);
      case 'successScore':
        return msg(str`+${n} success score`);
      case 'uniqueClients':
        return msg(str`${n} more clients`);
      case 'warnings':
        return msg(str`${n} warnings too many`);
    }
  }

  private renderInputs() {
    const rules = RULE_SETS[this.rulesId];
    return html`<div class="fields">
      ${selectInput<RulesId>({
        id: 'rules',
        label: msg('Level system'),
        value: this.rulesId,
        options: [
          { value: 'classic', label: msg('Classic (2018 – Feb 2024)') },
          { value: '2024', label: msg('Current (since 14 Feb 2024)') },
        ],
        onChange: (v) => void this.changed(() => (this.rulesChoice = v)),
      })}
      ${this.rulesId === '2024'
        ? selectInput<LevelId>({
            id: 'currentLevel',
            label: msg('Level your dashboard shows'),
            value: this.declaredLevel,
            options: LEVEL_ORDER.map((l) => ({ value: l, label: this.levelName(l) })),
            onChange: (v) => void this.changed(() => (this.levelChoice = v)),
          })
        : nothing}
      ${rules.metrics.map((key) => {
        const read = this.reads[key];
        return numberInput({
          id: key,
          label: this.metricLabel(key),
          text: read.text,
          error: read.error ? reasonText(read.error, FIELDS[key].rule, activeLocale()) : undefined,
          inputmode: FIELDS[key].rule.integer ? 'numeric' : 'decimal',
          onInput: (text) => void this.changed(() => (this.drafts = { ...this.drafts, [key]: text })),
        });
      })}
    </div>`;
  }

  private renderNotices() {
    const locale = activeLocale();
    const notices: string[] = [];
    if (this.rules !== 'classic' && this.rules !== '2024') notices.push(attributeText('rules', msg('Use classic or 2024.')));
    if (this.currentLevel !== undefined && this.currentLevel !== null && !LEVEL_ORDER.includes(this.currentLevel as LevelId)) {
      notices.push(attributeText('current-level', msg('Use new, level-1, level-2 or top-rated.')));
    }
    const shown = RULE_SETS[this.rulesId].metrics;
    for (const key of METRICS) {
      const read = this.reads[key];
      if (read.error && read.origin === 'attribute' && (this.readonly || !shown.includes(key))) {
        notices.push(attributeText(FIELDS[key].attribute, reasonText(read.error, FIELDS[key].rule, locale)));
      }
    }
    return notices.map((n) => html`<p class="notice" role="status">${n}</p>`);
  }

  private renderMeter(r: CriterionResult) {
    const label = this.metricLabel(r.metric);
    const status = r.met === null ? 'unknown' : r.met ? 'met' : 'unmet';
    const icon = r.met === null ? '?' : r.met ? '✓' : '✗';
    if (r.required === null || r.kind === 'max') {
      const text =
        r.required === null
          ? msg('Not published by Fiverr')
          : r.met
            ? msg('None — met')
            : msg(str`${this.amount(r.metric, r.value ?? 0)} — must be none in ${r.note ?? '60'} days`);
      return html`<li class="criterion ${status}">
        <span class="name">${label}</span>
        <span class="state"><span class="icon" aria-hidden="true">${icon}</span> ${text}</span>
      </li>`;
    }
    const value = r.value ?? 0;
    const fraction = r.required > 0 ? Math.min(1, value / r.required) : 1;
    const valueText = `${this.amount(r.metric, value)} / ${this.amount(r.metric, r.required)} — ${this.gapText(r)}`;
    return html`<li class="criterion ${status}">
      <span class="name" id="m-${r.metric}">${label}</span>
      <span class="state"><span class="icon" aria-hidden="true">${icon}</span> ${this.gapText(r)}</span>
      <div
        class="meter"
        part="meter"
        role="meter"
        aria-labelledby="m-${r.metric}"
        aria-valuemin="0"
        aria-valuemax=${r.required}
        aria-valuenow=${Math.min(value, r.required)}
        aria-valuetext=${valueText}
      >
        <svg viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
          <rect class="track" x="0" y="0" width="100" height="8" rx="4"></rect>
          ${fraction > 0 ? svg`<rect class="fill" x="0" y="0" width=${(fraction * 100).toFixed(2)} height="8" rx="4"></rect>` : nothing}
        </svg>
      </div>
      <span class="values">${this.amount(r.metric, value)} / ${this.amount(r.metric, r.required)}</span>
    </li>`;
  }

  private renderRisks() {
    const e = this.evaluation;
    const items = e.atRisk.map((r) =>
      r.met === false
        ? msg(str`${this.metricLabel(r.metric)}: ${this.amount(r.metric, r.value ?? 0)} is below the ${this.amount(r.metric, r.required ?? 0)} your level needs.`)
        : msg(str`${this.metricLabel(r.metric)}: ${this.amount(r.metric, r.value ?? 0)} is close to the ${this.amount(r.metric, r.required ?? 0)} your level needs.`),
    );
    if (e.warningRisk && e.rules === '2024') items.push(msg('Policy warnings can cost you a level after review.'));
    if (!items.length || e.level === 'new') return nothing;
    const when = e.rules === 'classic' ? msg('Levels are checked on the 15th of each month: failing one standard drops you a level.') : msg('Levels are checked daily, with a grace period before a drop.');
    return html`<div class="risks" role="note">
      <h3 class="subtitle">${msg('At risk of dropping')}</h3>
      <ul>
        ${items.map((t) => html`<li>${t}</li>`)}
      </ul>
      <p class="hint">${when}</p>
    </div>`;
  }

  private renderPerks() {
    const yes = msg('Yes');
    const no = msg('No');
    return html`<div class="table-wrap">
      <table part="perks">
        <caption>
          ${msg('What each level unlocks')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg('Level')}</th>
            <th scope="col">${msg('Active gigs')}</th>
            <th scope="col">${msg('Payout clearance')}</th>
            <th scope="col">${msg('Promoted Gigs')}</th>
          </tr>
        </thead>
        <tbody>
          ${LEVEL_ORDER.map((l) => {
            const p = PERKS[l];
            return html`<tr class=${l === this.evaluation.level ? 'current' : ''} aria-current=${l === this.evaluation.level ? 'true' : nothing}>
              <th scope="row">${this.levelName(l)}</th>
              <td>${p.gigs}${p.gigsAlt ? html`<sup>*</sup>` : nothing}</td>
              <td>${msg(str`${p.clearanceDays} days`)}</td>
              <td>${p.promotedGigs ? yes : no}</td>
            </tr>`;
          })}
        </tbody>
      </table>
      <p class="hint">* ${msg('Sources differ: some give 15 gigs for Level 2 and 20 for Top Rated. Perks are not officially published in one place; check your dashboard.')}</p>
    </div>`;
  }

  protected override render() {
    const e = this.evaluation;
    const rules = RULE_SETS[this.rulesId];
    const next = e.nextLevel;
    return html`<section part="base" class="base" aria-labelledby="title">
      <h2 class="title" id="title">${msg('Your Fiverr seller level')}</h2>
      <p class="lead">${msg('Fill in your numbers from your Fiverr dashboard to see which level they qualify for and what is still missing.')}</p>
      ${this.renderNotices()} ${this.readonly ? nothing : this.renderInputs()}
      <div class="reached" part="level">
        <span class="reached-label">${e.rules === '2024' && e.level !== 'top-rated' ? msg('Your level') : msg('Your numbers qualify for')}</span>
        <strong class="badge level-${e.level}">${this.levelName(e.level)}</strong>
        ${e.level === 'top-rated' ? html`<span class="hint">${msg('Top Rated also needs a manual review by Fiverr.')}</span>` : nothing}
      </div>
      ${next
        ? html`<h3 class="subtitle">${msg(str`Toward ${this.levelName(next)}`)}</h3>
            ${e.nextUnpublished
              ? html`<p class="hint">${msg('Fiverr has not published the numbers for Level 1 and Level 2 since February 2024. Choose the level your dashboard shows to see what Top Rated needs.')}</p>`
              : nothing}
            <ul class="criteria">
              ${e.next.map((r) => this.renderMeter(r))}
            </ul>
            ${e.unmet.length
              ? html`<p class="missing">${msg(str`Still missing: ${e.unmet.map((r) => this.gapText(r)).join(', ')}.`)}</p>`
              : e.nextUnpublished
                ? nothing
                : html`<p class="missing">${msg('Every published number is met.')}</p>`}
            ${next === 'top-rated' ? html`<p class="hint">${msg('Top Rated is granted after a manual review by Fiverr.')}</p>` : nothing}`
        : html`<p class="missing">${msg('This is the highest level.')}</p>`}
      ${this.renderRisks()} ${this.renderPerks()}
      <p class="source">
        ${msg('Source')}: ${rules.source}, ${rules.id === 'classic' ? msg('in force 15 Jan 2018 – 14 Feb 2024') : msg('since 14 Feb 2024')}.
        ${rules.id === 'classic' ? msg('Top Rated rating 4.8 per fiverr.com/levels; some posts say 4.7.') : nothing}
      </p>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fiverr-level-meter': FiverrLevelMeter;
  }
  interface GlobalEventHandlersEventMap {
    'level-change': CustomEvent<LevelChangeDetail>;
  }
}
