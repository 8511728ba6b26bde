import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { dec } from '../../core/decimal.js';
import { evaluateLevel, levelDetail, type CriterionResult, type LevelEvaluation, type LevelResult } from '../../core/fiverr-levels.js';
import { LEVEL_ORDER, PERKS, RULE_SETS, RULES_IDS, type LevelId, type Metric, type Perks, type RuleSet } from '../../core/fiverr-rules.js';
import { formatNumber, formatUsd } from '../../core/format.js';
import { VERSION } from '../../internal/define.js';
import { activeLocale } from '../../internal/locale-state.js';
import { renderNotes, renderSource, type Note } from '../../internal/notes.js';
import { PageContext } from '../../internal/page-context.js';
import { choiceSetting, numberSetting, optionalNumber, Settings, themeSetting } from '../../internal/settings.js';
import { baseStyles } from '../../styles/base.styles.js';
import { formStyles } from '../../styles/form.styles.js';
import { resultStyles } from '../../styles/results.styles.js';
import * as m from './fiverr-level-meter.messages.js';
import { fiverrStyles } from './fiverr-level-meter.styles.js';

/*
 * The settings. Ratings are Fiverr's 0–5 stars, rates percent, the success
 * score Fiverr's 1–10; the upper bounds on counts and money are sanity limits
 * far beyond any seller, not rules. The current system is the default.
 */
const count = (max: number) => numberSetting({ min: 0, max, integer: true }, 0);
const percent = () => numberSetting({ min: 0, max: 100 }, 0);
const SETTINGS = {
  theme: themeSetting(),
  rules: choiceSetting(RULES_IDS, '2024', m.rulesHint),
  currentLevel: choiceSetting(LEVEL_ORDER, 'new', m.levelHint),
  daysActive: count(100_000),
  orders: count(10_000_000),
  earnings: numberSetting({ min: 0, max: 1_000_000_000 }, 0),
  rating: numberSetting({ min: 0, max: 5 }, 0),
  responseRate: percent(),
  completionRate: percent(),
  onTimeRate: percent(),
  warnings: count(1000),
  successScore: optionalNumber({ min: 1, max: 10 }),
  uniqueClients: count(10_000_000),
};

const classic = (r: RuleSet) => r.id === 'classic';
const NOTES: readonly Note<RuleSet>[] = [
  { id: 'retired', text: m.retired, when: classic },
  { id: 'classic-rating', text: m.classicRating, when: classic },
  { id: 'classic-top-rated', text: m.classicTopRated, when: classic },
  { id: 'top-rated-earlier', text: m.topRatedEarlier, when: (r) => !classic(r) },
];
/* Every perk is unverified (docs/sources.md, "What a level unlocks"): each conflict is named. */
const PERK_NOTES: readonly Note<null>[] = [
  { id: 'perks-unverified', text: () => `* ${m.perksUnverified()}` },
  { id: 'perks-gigs', text: m.perksGigs },
  { id: 'perks-promoted', text: m.perksPromoted },
];

/**
 * Which Fiverr seller level a seller's numbers qualify for, what is still
 * missing for the next one, what would make them drop, and what each level
 * unlocks — under the current system (since 14 Feb 2024) or the retired
 * classic one (2018–2024) that older blog posts describe.
 *
 * @summary Fiverr seller level progress: level reached, gaps, drop risks and perks.
 * @tagname fiverr-level-meter
 *
 * @attr {"2024"|"classic"} rules - Level system: `2024`, the current one (since 14 Feb 2024), or `classic`, the retired 2018–2024 one. Default `2024`.
 * @attr {number} days-active - Days since the account started selling (classic). Default `0`.
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
 * @attr {"auto"|"light"|"dark"} theme - Colours: `auto` follows the page's background. Default `auto`.
 * @attr {boolean} readonly - Show results only, for the attribute values.
 * @attr {"new"|"level-1"|"level-2"|"top-rated"} level - Reflected, read-only: the level reached, for styling.
 *
 * @fires {LevelResult} level-change - When the reader changes an input. Detail: `{ level, nextLevel, unmet: [{ criterion, value, required }] }`.
 *
 * @csspart base - The widget's card.
 * @csspart field - Each labelled input.
 * @csspart input - Each input and select.
 * @csspart level - The level reached.
 * @csspart meter - Each criterion's meter.
 * @csspart perks - The table of what each level unlocks.
 *
 * @cssproperty --fw-accent
 * @cssproperty --fw-success
 * @cssproperty --fw-warning
 * @cssproperty --fw-danger
 * @cssproperty --fw-text
 * @cssproperty --fw-muted
 * @cssproperty --fw-surface
 * @cssproperty --fw-subtle
 * @cssproperty --fw-border
 * @cssproperty --fw-focus
 * @cssproperty --fw-radius
 * @cssproperty --fw-font
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
    theme: {},
    readonly: { type: Boolean, reflect: true },
    level: { reflect: true },
  };

  /** Level system: `2024` (current, the default) or `classic` (retired, 2018 – 14 Feb 2024). */
  rules?: '2024' | 'classic';
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
  currentLevel?: LevelId;
  /** Colours: `auto` follows the page's background, `light` or `dark` override it. Default `auto`. */
  theme?: 'auto' | 'light' | 'dark';
  /** Show results only, for the attribute values. */
  readonly = false;
  /** The level reached, reflected for styling (`[level="top-rated"]`). Read-only. */
  level: LevelId = 'new';

  #page = new PageContext(this);
  #settings = new Settings(this, SETTINGS, { event: 'level-change', summary: () => `${m.yourLevel()}: ${m.levelName(this.#e.level)}` });
  #evaluation?: LevelEvaluation;

  constructor() {
    super();
    // Re-render when the language changes (what @localized() does, without a decorator).
    updateWhenLocaleChanges(this);
  }

  /** What the `level-change` detail would be now. */
  get result(): LevelResult {
    if (!this.#evaluation) this.#compute(new Map());
    return levelDetail(this.#e);
  }

  protected override createRenderRoot() {
    return this.#page.renderRoot(() => super.createRenderRoot());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#compute(changed);
  }

  #compute(changed: ReadonlyMap<PropertyKey, unknown>): void {
    const s = this.#settings;
    s.read(changed);
    this.#page.theme = s.value('theme');
    const metrics = {
      daysActive: s.value('daysActive'),
      orders: s.value('orders'),
      earnings: s.value('earnings'),
      rating: s.value('rating'),
      responseRate: s.value('responseRate'),
      completionRate: s.value('completionRate'),
      onTimeRate: s.value('onTimeRate'),
      warnings: s.value('warnings'),
      successScore: s.value('successScore') ?? null,
      uniqueClients: s.value('uniqueClients'),
      currentLevel: s.value('currentLevel'),
    };
    this.#evaluation = evaluateLevel(metrics, this.#rules);
    this.level = this.#evaluation.level;
  }

  get #rules(): RuleSet {
    return RULE_SETS[this.#settings.value('rules')];
  }

  get #e(): LevelEvaluation {
    return this.#evaluation as LevelEvaluation;
  }

  /** A value in the metric's own unit: "4.8", "US$2,000.00", "90%". */
  #amount(metric: Metric, value: number): string {
    const locale = activeLocale();
    if (metric === 'earnings') return formatUsd(dec(value), locale);
    if (metric === 'responseRate' || metric === 'completionRate' || metric === 'onTimeRate') return `${formatNumber(value, locale, 1)}%`;
    return formatNumber(value, locale, 2);
  }

  /** What is missing for a criterion: "3 more orders", "Met", "Not published by Fiverr". */
  #gapText(r: CriterionResult): string {
    if (r.required === null) return m.notPublished();
    if (r.met) return m.met();
    if (r.value === null || r.gap === null) return m.enterValue();
    return m.gap(r.metric, formatNumber(r.gap, activeLocale(), 2), formatUsd(dec(r.gap), activeLocale()));
  }

  protected override render() {
    return html`<section part="base" class="base" aria-labelledby="title">
      <h2 class="title" id="title">${m.title()}</h2>
      <p class="lead">${m.lead()}</p>
      ${this.#renderNotices()} ${this.readonly ? nothing : this.#renderInputs()} ${this.#renderLevel()} ${this.#renderNext()}
      ${this.#renderRisks()} ${this.#renderPerks()} ${renderNotes(NOTES, this.#rules)} ${renderSource(this.#rules.source, activeLocale())}
      ${this.#settings.liveRegion()}
    </section>`;
  }

  #renderNotices() {
    const shown = this.#rules.metrics;
    return this.#settings.notices((key) => !this.readonly && (shown as readonly string[]).includes(key));
  }

  #renderInputs() {
    const s = this.#settings;
    const rules = this.#rules;
    return html`<div class="fields">
      ${s.select('rules', m.rulesLabel(), [
        { value: '2024', label: m.rules2024() },
        { value: 'classic', label: m.rulesClassic() },
      ])}
      ${
        classic(rules)
          ? nothing
          : s.select(
              'currentLevel',
              m.dashboardLevel(),
              LEVEL_ORDER.map((l) => ({ value: l, label: m.levelName(l) })),
            )
      }
      ${rules.metrics.map((key) => s.input(key, m.metricLabel(key)))}
    </div>`;
  }

  #renderLevel() {
    const e = this.#e;
    const label = classic(this.#rules) ? m.wouldHaveQualified() : e.level === 'top-rated' ? m.qualifyFor() : m.yourLevel();
    return html`<div class="reached" part="level">
      <span class="reached-label">${label}</span>
      <strong class="badge level-${e.level}">${m.levelName(e.level)}</strong>
      ${e.level === 'top-rated' ? html`<span class="hint">${m.manualReviewToo()}</span>` : nothing}
    </div>`;
  }

  #renderNext() {
    const e = this.#e;
    if (!e.nextLevel) return html`<p class="missing">${m.highest()}</p>`;
    let summary: unknown = nothing;
    if (e.unmet.length) summary = html`<p class="missing">${m.stillMissing(e.unmet.map((r) => this.#gapText(r)).join(', '))}</p>`;
    else if (!e.nextUnpublished) summary = html`<p class="missing">${m.allMet()}</p>`;
    return html`<h3 class="subtitle">${m.toward(m.levelName(e.nextLevel))}</h3>
      ${e.nextUnpublished ? html`<p class="hint">${m.unpublishedHint()}</p>` : nothing}
      <ul class="criteria">
        ${e.next.map((r) => this.#renderCriterion(r))}
      </ul>
      ${summary} ${e.nextLevel === 'top-rated' ? html`<p class="hint">${m.manualReview()}</p>` : nothing}`;
  }

  #renderCriterion(r: CriterionResult) {
    const status = r.met === null ? 'unknown' : r.met ? 'met' : 'unmet';
    const icon = r.met === null ? '?' : r.met ? '✓' : '✗';
    const state = (text: string) => html`<span class="state"><span class="icon" aria-hidden="true">${icon}</span> ${text}</span>`;
    if (r.required === null || r.kind === 'max') {
      const text =
        r.required === null ? m.notPublished() : r.met ? m.noneMet() : m.mustBeNone(this.#amount(r.metric, r.value ?? 0), r.note ?? '60');
      return html`<li class="criterion ${status}"><span class="name">${m.metricLabel(r.metric)}</span>${state(text)}</li>`;
    }
    return html`<li class="criterion ${status}">
      <span class="name" id="m-${r.metric}">${m.metricLabel(r.metric)}</span>${state(this.#gapText(r))} ${this.#renderMeter(r, r.required)}
      <span class="values">${this.#amount(r.metric, r.value ?? 0)} / ${this.#amount(r.metric, r.required)}</span>
    </li>`;
  }

  #renderMeter(r: CriterionResult, required: number) {
    const value = r.value ?? 0;
    const fraction = required > 0 ? Math.min(1, value / required) : 1;
    return html`<div
      class="meter"
      part="meter"
      role="meter"
      aria-labelledby="m-${r.metric}"
      aria-valuemin="0"
      aria-valuemax=${required}
      aria-valuenow=${Math.min(value, required)}
      aria-valuetext="${this.#amount(r.metric, value)} / ${this.#amount(r.metric, required)} — ${this.#gapText(r)}"
    >
      <svg viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <rect class="track" x="0" y="0" width="100" height="8" rx="4"></rect>
        ${fraction > 0 ? svg`<rect class="fill" x="0" y="0" width=${(fraction * 100).toFixed(2)} height="8" rx="4"></rect>` : nothing}
      </svg>
    </div>`;
  }

  #renderRisks() {
    const e = this.#e;
    const items = e.atRisk.map((r) => {
      const [label, value, required] = [
        m.metricLabel(r.metric),
        this.#amount(r.metric, r.value ?? 0),
        this.#amount(r.metric, r.required ?? 0),
      ];
      return r.met === false ? m.below(label, value, required) : m.close(label, value, required);
    });
    if (e.warningRisk && e.rules === '2024') items.push(m.warningsRisk());
    if (!items.length || e.level === 'new') return nothing;
    return html`<div class="risks" role="note">
      <h3 class="subtitle">${m.atRisk()}</h3>
      <ul>
        ${items.map((t) => html`<li>${t}</li>`)}
      </ul>
      <p class="hint">${classic(this.#rules) ? m.checkedClassic() : m.checked2024()}</p>
    </div>`;
  }

  #renderPerks() {
    const promoted = (p: Perks) => (p.promotedGigs === 'disputed' ? `${m.unclear()}*` : p.promotedGigs ? m.yes() : m.no());
    return html`<div class="table-wrap">
      <table part="perks">
        <caption>
          ${m.perksCaption()}
        </caption>
        <thead>
          <tr>
            <th scope="col">${m.levelHead()}</th>
            <th scope="col">${m.gigsHead()}</th>
            <th scope="col">${m.clearanceHead()}</th>
            <th scope="col">${m.promotedHead()}</th>
          </tr>
        </thead>
        <tbody>
          ${LEVEL_ORDER.map((l) => {
            const p = PERKS[l];
            const current = l === this.#e.level;
            return html`<tr class=${current ? 'current' : ''} aria-current=${current ? 'true' : nothing}>
              <th scope="row">${m.levelName(l)}</th>
              <td>${p.gigs}${p.gigsAlt ? '*' : ''}</td>
              <td>${m.days(p.clearanceDays)}*</td>
              <td>${promoted(p)}</td>
            </tr>`;
          })}
        </tbody>
      </table>
      ${renderNotes(PERK_NOTES, null)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fiverr-level-meter': FiverrLevelMeter;
  }
  interface GlobalEventHandlersEventMap {
    'level-change': CustomEvent<LevelResult>;
  }
}
