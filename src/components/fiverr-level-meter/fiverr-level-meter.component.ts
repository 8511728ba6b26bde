import { html, nothing, type PropertyValues } from 'lit';
import { evaluateLevel, levelDetail, type LevelEvaluation, type LevelResult, type OwnTargets } from '../../core/fiverr-levels.js';
import { LEVEL_ORDER, PERKS, TARGET_METRICS, type LevelId, type Perks } from '../../core/fiverr-rules.js';
import { FieldGroups, numberField, selectField } from '../../internal/fields.js';
import { dec } from '../../core/decimal.js';
import { formatNumber, formatUsd } from '../../core/format.js';
import { activeLocale } from '../../internal/locale-state.js';
import { renderNotes, renderSource } from '../../internal/notes.js';
import { dataTable } from '../../internal/data-table.js';
import { widgetFrame } from '../../internal/frame.js';
import { Settings } from '../../internal/settings.js';
import { WidgetElement } from '../../internal/widget-element.js';
import { withStrings } from '../../internal/chunk-strings.js';
import { baseStyles } from '../../styles/base.styles.js';
import { formStyles } from '../../styles/form.styles.js';
import { tableStyles } from '../../styles/results.styles.js';
import { amount, missingText, renderCriterion } from './fiverr-criteria.js';
import * as m from './fiverr-level-meter.messages.js';
import { fiverrStyles } from './fiverr-level-meter.styles.js';
import { CURRENT_RULES, SETTINGS, SHARED, TARGET_KEYS, PERK_NOTES, type RuleView } from './fiverr-level-meter.settings.js';
import { loadingText, partFailedText } from '../../internal/messages.js';
import { ShareController } from '../../internal/share.js';
import { shareStyles } from '../../styles/share.styles.js';
import type { Locale } from '../../core/locale.js';

/* The retired classic rules: a chunk loaded when a page or reader asks for them (classic-rules.ts). */
const loadClassic = withStrings('classic-rules', () => import('./classic-rules.js'));

/* The first render's pieces (internal/first-render.ts). */
const PIECES = ['level', 'inputs', 'details'] as const;
type Piece = (typeof PIECES)[number];

/**
 * Which Fiverr level a freelancer's numbers qualify for, what is still
 * missing for the next one, what would make them drop, and what each level
 * unlocks — under the current system (since 14 Feb 2024) or the retired
 * classic one (2018–2024) that older blog posts describe. Level 1 and 2 use
 * the targets freelancers report unless the reader gives the targets their
 * own Level overview shows.
 *
 * @summary Fiverr level progress for freelancers: level reached, what is missing, drop risks and perks.
 * @tagname fiverr-level-meter
 *
 *
 * @fires {LevelResult} level-change - When the reader changes an input. Detail: `{ level, nextLevel, unmet: [{ criterion, value, required }] }`.
 *
 * @csspart base - The widget's card.
 * @csspart field - Each labelled input.
 * @csspart input - Each input and select.
 * @csspart level - The level reached.
 * @csspart meter - Each criterion's meter.
 * @csspart perks - The table of what each level unlocks.
 * @csspart share - The share action ("Share result") and what became of it.
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
 * @cssproperty --fw-field-border
 * @cssproperty --fw-focus
 * @cssproperty --fw-radius
 * @cssproperty --fw-font
 */
export class FiverrLevelMeter extends WidgetElement<Piece> {
  static override styles = [baseStyles, formStyles, tableStyles, shareStyles, fiverrStyles];
  protected static override readonly pieces = PIECES;
  protected static override readonly chunks = [loadClassic];
  protected static override readonly prepare = [(locale: Locale) => formatNumber(0, locale), (locale: Locale) => formatUsd(dec(0), locale)];
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
    targetSuccessScore: { attribute: 'target-success-score' },
    targetRating: { attribute: 'target-rating' },
    targetResponseRate: { attribute: 'target-response-rate' },
    targetOrders: { attribute: 'target-orders' },
    targetUniqueClients: { attribute: 'target-unique-clients' },
    targetEarnings: { attribute: 'target-earnings' },
    share: {},
    readonly: { type: Boolean, reflect: true },
    level: { reflect: true },
  };

  /** Level system: `2024` (current, the default) or `classic` (retired, 2018 – 14 Feb 2024). */
  rules?: '2024' | 'classic';
  /** Days since the account started selling (classic). Default `0`. */
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
  /** The level the freelancer holds now, as their Level overview shows it (2024): the `target-*` numbers are for the level after it, and falling short of it is what could make them drop. Default `new`. */
  currentLevel?: 'new' | 'level-1' | 'level-2' | 'top-rated';
  /** Success score target from the freelancer's Level overview, for the level after `current-level` (2024); replaces the reported target. No default. */
  targetSuccessScore?: number | string;
  /** Rating target from the freelancer's Level overview (2024). No default. */
  targetRating?: number | string;
  /** Response rate target, percent, from the freelancer's Level overview (2024). No default. */
  targetResponseRate?: number | string;
  /** Orders target from the freelancer's Level overview (2024). No default. */
  targetOrders?: number | string;
  /** Unique clients target from the freelancer's Level overview (2024). No default. */
  targetUniqueClients?: number | string;
  /** Earnings target, USD, from the freelancer's Level overview (2024). No default. */
  targetEarnings?: number | string;
  /** `off` hides the share action (and ignores share links). Default `on`. */
  share?: 'on' | 'off';
  /** Show results only, for the attribute values. */
  readonly = false;
  /** The level reached, reflected for styling (`[level="top-rated"]`). Read-only. */
  level: 'new' | 'level-1' | 'level-2' | 'top-rated' = 'new';

  #settings = new Settings(this, SETTINGS, { event: 'level-change', summary: () => `${m.yourLevel()}: ${m.levelName(this.#e.level)}` });
  #share = new ShareController(this, this.#settings, SHARED, (work) => this.holdUntil(work));
  #evaluation?: LevelEvaluation;
  #groups = new FieldGroups(this);
  /** The retired classic system, a chunk loaded when asked for (classic-rules.ts). */
  #classic = this.onDemand(loadClassic);

  /**
   * What the `level-change` detail would be now. While the classic rules a
   * page asks for are still loading (until `updateComplete`), the level
   * reflected so far, with no next level.
   */
  get result(): LevelResult {
    if (!this.#evaluation) this.#compute(new Map());
    return this.#evaluation ? levelDetail(this.#evaluation) : { level: this.level, nextLevel: null, unmet: [] };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#compute(changed);
  }

  #compute(changed: ReadonlyMap<PropertyKey, unknown>): void {
    const s = this.#settings;
    s.read(changed);
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
    const view = this.#view;
    this.#evaluation = view && evaluateLevel(metrics, view.rules, this.#ownTargets());
    if (this.#evaluation) this.level = this.#evaluation.level;
  }

  /** The targets the reader typed or the page set (2024 rules only): they replace the reported ones. */
  #ownTargets(): OwnTargets {
    const own: OwnTargets = {};
    if (this.#classicAsked) return own;
    for (const metric of TARGET_METRICS) {
      const value = this.#settings.value(TARGET_KEYS[metric]);
      if (value !== undefined) own[metric] = value;
    }
    return own;
  }

  get #classicAsked(): boolean {
    return this.#settings.value('rules') === 'classic';
  }

  /** The level system shown: the current one, or the classic one once its chunk is in (undefined until then). */
  get #view(): RuleView | undefined {
    return this.#classicAsked ? this.#classic.get()?.CLASSIC : CURRENT_RULES;
  }

  get #e(): LevelEvaluation {
    return this.#evaluation as LevelEvaluation;
  }

  /** In pieces on the first render (internal/first-render.ts): the level and what is next, the inputs, the rest. */
  protected override render() {
    const view = this.#view;
    return widgetFrame(
      m.title(),
      m.lead(),
      html`${this.#renderNotices()} ${this.readonly || !this.shows('inputs') ? nothing : this.#renderInputs()}
      ${view ? this.#renderResults(view) : html`<p class="note">${this.#classic.failed ? partFailedText() : loadingText()}</p>`}
      ${this.#settings.announcer.region()}`,
    );
  }

  #renderResults(view: RuleView) {
    return html`${this.#renderLevel(view)} ${this.#renderNext(view)}
    ${
      this.shows('details')
        ? html`${this.#share.render()}
          ${this.afterAnswer(
            'details',
            () =>
              html`${this.#renderRisks(view)} ${this.#renderPerks()} ${renderNotes(view.notes, null)}
              ${renderSource(view.rules.source, activeLocale())}`,
          )}`
        : nothing
    }`;
  }

  #renderNotices() {
    const shown: readonly string[] = this.#view?.rules.metrics ?? [];
    return this.#settings.notices((key) => !this.readonly && shown.includes(key), [], this.#share.notice());
  }

  #renderInputs() {
    const s = this.#settings;
    const view = this.#view;
    const current = view === CURRENT_RULES;
    const held = LEVEL_ORDER.indexOf(s.value('currentLevel'));
    const targetsFor = LEVEL_ORDER[held + 1];
    return html`<div class="fields">
      ${selectField(s, 'rules', m.rulesLabel(), [
        { value: '2024', label: m.rules2024() },
        { value: 'classic', label: m.rulesClassic() },
      ])}
      ${
        !current
          ? nothing
          : selectField(
              s,
              'currentLevel',
              m.heldLevel(),
              LEVEL_ORDER.map((l) => ({ value: l, label: m.levelName(l) })),
            )
      }
      ${view?.rules.metrics.map((key) => numberField(s, key, m.metricLabel(key)))}
      ${
        !current || !targetsFor
          ? nothing
          : this.#groups.render(
              'targets',
              m.targetsLegend(m.levelName(targetsFor)),
              Object.keys(this.#ownTargets()).length > 0,
              TARGET_METRICS.map((metric) => numberField(s, TARGET_KEYS[metric], m.metricLabel(metric))),
            )
      }
    </div>`;
  }

  #renderLevel(view: RuleView) {
    const e = this.#e;
    const label = view.reached?.() ?? (e.level === e.held ? m.yourLevel() : m.qualifyFor());
    const order = (l: LevelId) => LEVEL_ORDER.indexOf(l);
    // Only the current system knows the level held (the classic one never asked).
    let hint: unknown = nothing;
    if (e.level === 'top-rated') hint = m.manualReviewToo();
    else if (e.rules === '2024' && order(e.level) > order(e.held)) hint = m.aboveHeld(m.levelName(e.held));
    else if (e.rules === '2024' && order(e.level) < order(e.held)) hint = m.belowHeld(m.levelName(e.held));
    return html`<div class="reached" part="level">
      <span class="reached-label">${label}</span>
      <strong class="badge level-${e.level}">${m.levelName(e.level)}</strong>
      ${hint === nothing ? nothing : html`<span class="hint">${hint}</span>`}
    </div>`;
  }

  #renderNext(view: RuleView) {
    const e = this.#e;
    if (!e.nextLevel) return html`<p class="missing">${m.highest()}</p>`;
    const missing = e.unmet.length ? m.stillMissing(e.unmet.map((r) => missingText(r)).join(', ')) : m.allMet();
    const reported = e.next.some((r) => r.basis === 'reported');
    const own = e.next.some((r) => r.basis === 'own');
    const source = view.rules.reported;
    return html`<h3 class="subtitle">${m.toward(m.levelName(e.nextLevel))}</h3>
      ${
        reported && source
          ? html`<p class="hint">${m.reportedHint()}${[' ', html`<a href=${source.url}>${m.levelOverview()}</a>`]}</p>`
          : nothing
      }
      ${own ? html`<p class="hint">${m.ownHint(m.levelName(e.nextLevel))}</p>` : nothing}
      <ul class="criteria">
        ${e.next.map((r) => renderCriterion(r))}
      </ul>
      <p class="missing">${missing}</p>
      ${e.nextLevel === 'top-rated' ? html`<p class="hint">${m.manualReview()}</p>` : nothing}`;
  }

  #renderRisks(view: RuleView) {
    const e = this.#e;
    const items = e.atRisk.map((r) => {
      const [label, value, required] = [m.metricLabel(r.metric), amount(r.metric, r.value ?? 0), amount(r.metric, r.required ?? 0)];
      return r.met === false ? m.below(label, value, required) : m.close(label, value, required);
    });
    if (e.warningRisk && e.rules === '2024') items.push(m.warningsRisk());
    if (!items.length || (e.level === 'new' && e.held === 'new')) return nothing;
    return html`<div class="risks" role="note">
      <h3 class="subtitle">${m.atRisk()}</h3>
      <ul>
        ${items.map((t) => html`<li>${t}</li>`)}
      </ul>
      <p class="hint">${view.checked()}</p>
    </div>`;
  }

  #renderPerks() {
    const promoted = (p: Perks) => (p.promotedGigs === 'disputed' ? `${m.unclear()}*` : p.promotedGigs ? m.yes() : m.no());
    return dataTable(
      'perks',
      m.perksCaption(),
      [{ label: m.levelHead() }, { label: m.gigsHead() }, { label: m.clearanceHead() }, { label: m.promotedHead() }],
      LEVEL_ORDER.map((l) => {
        const p = PERKS[l];
        const current = l === this.#e.level;
        return html`<tr class=${current ? 'current' : ''} aria-current=${current ? 'true' : 'false'}>
          <th scope="row">${m.levelName(l)}</th>
          <td>${p.gigs}${p.gigsAlt ? '*' : ''}</td>
          <td>${m.days(p.clearanceDays)}*</td>
          <td>${promoted(p)}</td>
        </tr>`;
      }),
      renderNotes(PERK_NOTES, null),
    );
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
