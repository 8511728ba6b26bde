import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { dec } from '../../core/decimal.js';
import { evaluateLevel, levelDetail, type CriterionResult, type LevelEvaluation, type SellerMetrics } from '../../core/fiverr-levels.js';
import { LEVEL_ORDER, PERKS, RULE_SETS, type LevelId, type Metric, type RulesId } from '../../core/fiverr-rules.js';
import { formatNumber, formatUsd } from '../../core/format.js';
import { VERSION } from '../../internal/define.js';
import { announce, NumberFields, notices, selectInput, type FieldSpec } from '../../internal/fields.js';
import { activeLocale } from '../../internal/locale-state.js';
import { attributeText } from '../../internal/messages.js';
import { baseStyles } from '../../styles/base.styles.js';
import { formStyles } from '../../styles/form.styles.js';
import { resultStyles } from '../../styles/results.styles.js';
import { fiverrStyles } from './fiverr-level-meter.styles.js';

export type LevelChangeDetail = ReturnType<typeof levelDetail>;

/*
 * What a seller can enter. Ratings are Fiverr's 0–5 stars, rates percent,
 * the success score Fiverr's 1–10; the upper bounds on counts and money are
 * sanity limits far beyond any seller, not rules.
 */
const FIELDS: Record<Metric, FieldSpec> = {
  daysActive: {
    attribute: 'days-active',
    rule: { min: 0, max: 100_000, integer: true },
    fallback: 0,
  },
  orders: {
    attribute: 'orders',
    rule: { min: 0, max: 10_000_000, integer: true },
    fallback: 0,
  },
  earnings: {
    attribute: 'earnings',
    rule: { min: 0, max: 1_000_000_000 },
    fallback: 0,
  },
  rating: { attribute: 'rating', rule: { min: 0, max: 5 }, fallback: 0 },
  responseRate: {
    attribute: 'response-rate',
    rule: { min: 0, max: 100 },
    fallback: 0,
  },
  completionRate: {
    attribute: 'completion-rate',
    rule: { min: 0, max: 100 },
    fallback: 0,
  },
  onTimeRate: {
    attribute: 'on-time-rate',
    rule: { min: 0, max: 100 },
    fallback: 0,
  },
  warnings: {
    attribute: 'warnings',
    rule: { min: 0, max: 1000, integer: true },
    fallback: 0,
  },
  successScore: {
    attribute: 'success-score',
    rule: { min: 1, max: 10 },
    fallback: undefined,
  },
  uniqueClients: {
    attribute: 'unique-clients',
    rule: { min: 0, max: 10_000_000, integer: true },
    fallback: 0,
  },
};

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
export class FiverrLevelMeter extends LitElement {
  static override styles = [baseStyles, formStyles, resultStyles, fiverrStyles];
  static readonly fwVersion = VERSION;
  static override properties = {
    rules: {},
    daysActive: { attribute: 'days-active' },
    orders: {},
    earnings: {},
    rating: {},
    responseRate: { attribute: 'response-rate' },
    completionRate: { attribute: 'completion-rate' },
    onTimeRate: { attribute: 'on-time-rate' },
    warnings: {},
    successScore: { attribute: 'success-score' },
    uniqueClients: { attribute: 'unique-clients' },
    currentLevel: { attribute: 'current-level' },
    readonly: { type: Boolean, reflect: true },
    level: { reflect: true },
  };

  constructor() {
    super();
    // Re-render when the language changes (what @localized() does, without a decorator).
    updateWhenLocaleChanges(this);
  }

  /** Level system: `classic` (2018 – 14 Feb 2024, the one most blog posts describe) or `2024`. */
  rules: 'classic' | '2024' = 'classic';
  /** Days since the account started selling. Default `0`. */
  daysActive?: number | string;
  /** Completed orders. Default `0`. */
  orders?: number | string;
  /** Total earned, USD. Default `0`. */
  earnings?: number | string;
  /** Average star rating, 0–5. Default `0`. */
  rating?: number | string;
  /** Response rate, percent. Default `0`. */
  responseRate?: number | string;
  /** Order completion rate, percent (classic). Default `0`. */
  completionRate?: number | string;
  /** On-time delivery rate, percent (classic). Default `0`. */
  onTimeRate?: number | string;
  /** Policy warnings in the evaluation window. Default `0`. */
  warnings?: number | string;
  /** Success score, 1–10 (2024). No default. */
  successScore?: number | string;
  /** Unique clients (2024). Default `0`. */
  uniqueClients?: number | string;
  /** The level the seller's dashboard shows; used by the 2024 rules only, whose Level 1 and 2 numbers are not published. Default `new`. */
  currentLevel?: 'new' | 'level-1' | 'level-2' | 'top-rated';
  /** Show results only, for the attribute values. */
  readonly = false;
  /** The level reached, reflected for styling (`[level="top-rated"]`). Read-only. */
  level: 'new' | 'level-1' | 'level-2' | 'top-rated' = 'new';

  #fields = new NumberFields(FIELDS);
  #rulesChoice?: RulesId;
  #levelChoice?: LevelId;
  #evaluation!: LevelEvaluation;

  /** What the `level-change` detail would be now. */
  get result(): LevelChangeDetail {
    if (!this.#evaluation) this.#compute();
    return levelDetail(this.#evaluation);
  }

  get #rulesId(): RulesId {
    return this.#rulesChoice ?? (this.rules === '2024' ? '2024' : 'classic');
  }

  get #declaredLevel(): LevelId {
    return this.#levelChoice ?? (LEVEL_ORDER.includes(this.currentLevel as LevelId) ? (this.currentLevel as LevelId) : 'new');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.hasUpdated) {
      this.#fields.forget(changed);
      if (changed.has('rules')) this.#rulesChoice = undefined;
      if (changed.has('currentLevel')) this.#levelChoice = undefined;
    }
    this.#compute();
  }

  #compute(): void {
    const f = this.#fields;
    f.read(this, activeLocale());
    const value = (key: Metric) => f.value(key) ?? 0;
    const metrics: SellerMetrics = {
      daysActive: value('daysActive'),
      orders: value('orders'),
      earnings: value('earnings'),
      rating: value('rating'),
      responseRate: value('responseRate'),
      completionRate: value('completionRate'),
      onTimeRate: value('onTimeRate'),
      warnings: value('warnings'),
      successScore: f.value('successScore') ?? null,
      uniqueClients: value('uniqueClients'),
      currentLevel: this.#declaredLevel,
    };
    this.#evaluation = evaluateLevel(metrics, RULE_SETS[this.#rulesId]);
    this.level = this.#evaluation.level;
  }

  /** A reader's change: update, then fire `level-change`. */
  #changed(apply: () => void): void {
    apply();
    this.requestUpdate();
    void announce(this, 'level-change', () => this.result);
  }

  #levelName(level: LevelId): string {
    switch (level) {
      case 'new':
        return msg('New Seller', { id: 'f1' });
      case 'level-1':
        return msg('Level 1', { id: 'f2' });
      case 'level-2':
        return msg('Level 2', { id: 'f3' });
      case 'top-rated':
        return msg('Top Rated', { id: 'f4' });
    }
  }

  #metricLabel(metric: Metric): string {
    switch (metric) {
      case 'daysActive':
        return msg('Days as a seller', { id: 'f5' });
      case 'orders':
        return msg('Completed orders', { id: 'f6' });
      case 'earnings':
        return msg('Earnings (US$)', { id: 'f7' });
      case 'rating':
        return msg('Rating (0–5)', { id: 'f8' });
      case 'responseRate':
        return msg('Response rate (%)', { id: 'f9' });
      case 'completionRate':
        return msg('Order completion (%)', { id: 'f10' });
      case 'onTimeRate':
        return msg('On-time delivery (%)', { id: 'f11' });
      case 'warnings':
        return msg('Warnings', { id: 'f12' });
      case 'successScore':
        return msg('Success score (1–10)', { id: 'f13' });
      case 'uniqueClients':
        return msg('Unique clients', { id: 'f14' });
    }
  }

  /** A value in the metric's own unit: "4.8", "US$2,000.00", "90%". */
  #amount(metric: Metric, value: number): string {
    const locale = activeLocale();
    if (metric === 'earnings') return formatUsd(dec(value), locale);
    if (metric === 'responseRate' || metric === 'completionRate' || metric === 'onTimeRate') return `${formatNumber(value, locale, 1)}%`;
    return formatNumber(value, locale, 2);
  }

  /** What is missing, in the criterion's own unit: "3 more orders", "+0.1 rating", "US$150.00 more". */
  #gapText(r: CriterionResult): string {
    const locale = activeLocale();
    if (r.required === null) return msg('Not published by Fiverr', { id: 'f15' });
    if (r.met) return msg('Met', { id: 'f16' });
    if (r.value === null || r.gap === null) return msg('Enter your value', { id: 'f17' });
    const n = formatNumber(r.gap, locale, 2);
    switch (r.metric) {
      case 'daysActive':
        return msg(str`${n} more days`, { id: 'f18' });
      case 'orders':
        return msg(str`${n} more orders`, { id: 'f19' });
      case 'earnings':
        return msg(str`${formatUsd(dec(r.gap), locale)} more`, { id: 'f20' });
      case 'rating':
        return msg(str`+${n} rating`, { id: 'f21' });
      case 'responseRate':
      case 'completionRate':
      case 'onTimeRate':
        return msg(str`+${n} percentage points`, { id: 'f22' });
      case 'successScore':
        return msg(str`+${n} success score`, { id: 'f23' });
      case 'uniqueClients':
        return msg(str`${n} more clients`, { id: 'f24' });
      case 'warnings':
        return msg(str`${n} warnings too many`, { id: 'f25' });
    }
  }

  #renderInputs() {
    const rules = RULE_SETS[this.#rulesId];
    return html`<div class="fields">
      ${selectInput<RulesId>({
        id: 'rules',
        label: msg('Level system', { id: 'f26' }),
        value: this.#rulesId,
        options: [
          {
            value: 'classic',
            label: msg('Classic (2018–2024)', { id: 'f27' }),
          },
          {
            value: '2024',
            label: msg('Since Feb 2024', { id: 'f28' }),
          },
        ],
        onChange: (v) => this.#changed(() => (this.#rulesChoice = v)),
      })}
      ${
        this.#rulesId === '2024'
          ? selectInput<LevelId>({
              id: 'currentLevel',
              label: msg('Level your dashboard shows', { id: 'f29' }),
              value: this.#declaredLevel,
              options: LEVEL_ORDER.map((l) => ({
                value: l,
                label: this.#levelName(l),
              })),
              onChange: (v) => this.#changed(() => (this.#levelChoice = v)),
            })
          : nothing
      }
      ${rules.metrics.map((key) =>
        this.#fields.input(key, activeLocale(), this.#metricLabel(key), undefined, (text) =>
          this.#changed(() => (this.#fields.drafts[key] = text)),
        ),
      )}
    </div>`;
  }

  #notices() {
    const list: string[] = [];
    if (this.rules !== 'classic' && this.rules !== '2024') list.push(attributeText('rules', msg('Use classic or 2024.', { id: 'f30' })));
    if (this.currentLevel != null && !LEVEL_ORDER.includes(this.currentLevel as LevelId)) {
      list.push(attributeText('current-level', msg('Use new, level-1, level-2 or top-rated.', { id: 'f31' })));
    }
    const shown = RULE_SETS[this.#rulesId].metrics;
    list.push(...this.#fields.notices(activeLocale(), (key) => !this.readonly && shown.includes(key)));
    return notices(list);
  }

  #renderMeter(r: CriterionResult) {
    const label = this.#metricLabel(r.metric);
    const status = r.met === null ? 'unknown' : r.met ? 'met' : 'unmet';
    const icon = r.met === null ? '?' : r.met ? '✓' : '✗';
    if (r.required === null || r.kind === 'max') {
      const text =
        r.required === null
          ? msg('Not published by Fiverr', { id: 'f32' })
          : r.met
            ? msg('None — met', { id: 'f33' })
            : msg(str`${this.#amount(r.metric, r.value ?? 0)} — must be none in ${r.note ?? '60'} days`, { id: 'f34' });
      return html`<li class="criterion ${status}">
        <span class="name">${label}</span>
        <span class="state"><span class="icon" aria-hidden="true">${icon}</span> ${text}</span>
      </li>`;
    }
    const value = r.value ?? 0;
    const fraction = r.required > 0 ? Math.min(1, value / r.required) : 1;
    const valueText = `${this.#amount(r.metric, value)} / ${this.#amount(r.metric, r.required)} — ${this.#gapText(r)}`;
    return html`<li class="criterion ${status}">
      <span class="name" id="m-${r.metric}">${label}</span>
      <span class="state"><span class="icon" aria-hidden="true">${icon}</span> ${this.#gapText(r)}</span>
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
      <span class="values">${this.#amount(r.metric, value)} / ${this.#amount(r.metric, r.required)}</span>
    </li>`;
  }

  #renderRisks() {
    const e = this.#evaluation;
    const items = e.atRisk.map((r) =>
      r.met === false
        ? msg(
            str`${this.#metricLabel(r.metric)}: ${this.#amount(r.metric, r.value ?? 0)} is below the ${this.#amount(r.metric, r.required ?? 0)} your level needs.`,
            { id: 'f35' },
          )
        : msg(
            str`${this.#metricLabel(r.metric)}: ${this.#amount(r.metric, r.value ?? 0)} is close to the ${this.#amount(r.metric, r.required ?? 0)} your level needs.`,
            { id: 'f36' },
          ),
    );
    if (e.warningRisk && e.rules === '2024')
      items.push(
        msg('Policy warnings can cost you a level after review.', {
          id: 'f37',
        }),
      );
    if (!items.length || e.level === 'new') return nothing;
    const when =
      e.rules === 'classic'
        ? msg('Levels are checked on the 15th of each month: failing one standard drops you a level.', { id: 'f38' })
        : msg('Levels are checked daily, with a grace period before a drop.', {
            id: 'f39',
          });
    return html`<div class="risks" role="note">
      <h3 class="subtitle">${msg('At risk of dropping', { id: 'f40' })}</h3>
      <ul>
        ${items.map((t) => html`<li>${t}</li>`)}
      </ul>
      <p class="hint">${when}</p>
    </div>`;
  }

  #renderPerks() {
    const yes = msg('Yes', { id: 'f41' });
    const no = msg('No', { id: 'f42' });
    return html`<div class="table-wrap">
      <table part="perks">
        <caption>
          ${msg('What each level unlocks', { id: 'f43' })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg('Level', { id: 'f44' })}</th>
            <th scope="col">${msg('Active gigs', { id: 'f45' })}</th>
            <th scope="col">${msg('Payout clearance', { id: 'f46' })}</th>
            <th scope="col">${msg('Promoted Gigs', { id: 'f47' })}</th>
          </tr>
        </thead>
        <tbody>
          ${LEVEL_ORDER.map((l) => {
            const p = PERKS[l];
            return html`<tr
              class=${l === this.#evaluation.level ? 'current' : ''}
              aria-current=${l === this.#evaluation.level ? 'true' : nothing}
            >
              <th scope="row">${this.#levelName(l)}</th>
              <td>${p.gigs}${p.gigsAlt ? html`<sup>*</sup>` : nothing}</td>
              <td>${msg(str`${p.clearanceDays} days`, { id: 'f48' })}</td>
              <td>${p.promotedGigs ? yes : no}</td>
            </tr>`;
          })}
        </tbody>
      </table>
      <p class="hint">
        *
        ${msg('Sources differ: some give 15 gigs for Level 2 and 20 for Top Rated. Perks are not officially published in one place; check your dashboard.', { id: 'f49' })}
      </p>
    </div>`;
  }

  protected override render() {
    const e = this.#evaluation;
    const rules = RULE_SETS[this.#rulesId];
    const next = e.nextLevel;
    return html`<section part="base" class="base" aria-labelledby="title">
      <h2 class="title" id="title">${msg('Your Fiverr seller level', { id: 'f50' })}</h2>
      <p class="lead">
        ${msg('Fill in your numbers from your Fiverr dashboard to see which level they qualify for and what is still missing.', { id: 'f51' })}
      </p>
      ${this.#notices()} ${this.readonly ? nothing : this.#renderInputs()}
      <div class="reached" part="level">
        <span class="reached-label"
          >${e.rules === '2024' && e.level !== 'top-rated' ? msg('Your level', { id: 'f52' }) : msg('Your numbers qualify for', { id: 'f53' })}</span
        >
        <strong class="badge level-${e.level}">${this.#levelName(e.level)}</strong>
        ${e.level === 'top-rated' ? html`<span class="hint">${msg('Top Rated also needs a manual review by Fiverr.', { id: 'f54' })}</span>` : nothing}
      </div>
      ${
        next
          ? html`<h3 class="subtitle">${msg(str`Toward ${this.#levelName(next)}`, { id: 'f55' })}</h3>
              ${
                e.nextUnpublished
                  ? html`<p class="hint">
                      ${msg('Fiverr has not published the numbers for Level 1 and Level 2 since February 2024. Choose the level your dashboard shows to see what Top Rated needs.', { id: 'f56' })}
                    </p>`
                  : nothing
              }
              <ul class="criteria">
                ${e.next.map((r) => this.#renderMeter(r))}
              </ul>
              ${
                e.unmet.length
                  ? html`<p class="missing">
                      ${msg(str`Still missing: ${e.unmet.map((r) => this.#gapText(r)).join(', ')}.`, { id: 'f57' })}
                    </p>`
                  : e.nextUnpublished
                    ? nothing
                    : html`<p class="missing">${msg('Every published number is met.', { id: 'f58' })}</p>`
              }
              ${next === 'top-rated' ? html`<p class="hint">${msg('Top Rated is granted after a manual review by Fiverr.', { id: 'f59' })}</p>` : nothing}`
          : html`<p class="missing">${msg('This is the highest level.', { id: 'f60' })}</p>`
      }
      ${this.#renderRisks()} ${this.#renderPerks()}
      <p class="source">
        ${msg('Source', { id: 'f61' })}: ${rules.source},
        ${rules.id === 'classic' ? msg('in force 15 Jan 2018 – 14 Feb 2024', { id: 'f62' }) : msg('since 14 Feb 2024', { id: 'f63' })}.
        ${rules.id === 'classic' ? msg('Top Rated rating 4.8 per fiverr.com/levels; some posts say 4.7.', { id: 'f64' }) : nothing}
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
