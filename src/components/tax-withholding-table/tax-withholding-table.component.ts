import { html, nothing, type PropertyValues } from 'lit';
import { formatCents, formatIdr, formatPercent, countryName } from '../../core/format.js';
import { dec } from '../../core/decimal.js';
import { CAVEATS, NO_TREATY_PERCENT, TREATY_TABLE, US_TERRITORIES } from '../../core/treaty-rates.js';
import {
  today,
  withholding,
  withholdingDetail,
  type Withholding,
  type WithholdingResult,
  type WithholdingRow,
} from '../../core/withholding.js';
import type { LinkedSource } from '../../internal/linked-source.js';
import type { LinkedTotal } from './linked-total.js';
import { checkField, numberField, selectField } from '../../internal/fields.js';
import { activeLocale } from '../../internal/locale-state.js';
import { renderNotes, renderSource } from '../../internal/notes.js';
import { dataTable } from '../../internal/data-table.js';
import { widgetFrame } from '../../internal/frame.js';
import { Settings, type Diagnosis } from '../../internal/settings.js';
import { loadingText, partFailedText } from '../../internal/messages.js';
import { WidgetElement } from '../../internal/widget-element.js';
import { withStrings } from '../../internal/chunk-strings.js';
import { baseStyles } from '../../styles/base.styles.js';
import { formStyles } from '../../styles/form.styles.js';
import { tableStyles } from '../../styles/results.styles.js';
import { CountryPicker } from './country-picker.js';
import * as m from './tax-withholding-table.messages.js';
import { taxStyles } from './tax-withholding-table.styles.js';
import { SETTINGS, INPUTS, NOTES, SHARED } from './tax-withholding-table.settings.js';
import { ShareController } from '../../internal/share.js';
import { shareStyles } from '../../styles/share.styles.js';
import type { Locale } from '../../core/locale.js';

/* The words of the cases beyond a treaty rate: a chunk (special-cases.ts). */
const loadSpecial = withStrings('special-cases', () => import('./special-cases.js'));
/* The link to a calculator (`for`): a chunk (linked-total.ts). */
const loadLink = () => import('./linked-total.js');
type Special = typeof import('./special-cases.js');
/* Countries whose note is in that chunk: Italy's 5%, the US territories (treaty-rates.ts). */
const SPECIAL_COUNTRIES: readonly string[] = [...CAVEATS, ...US_TERRITORIES];

/* The first render's pieces (internal/first-render.ts). */
const PIECES = ['table', 'inputs', 'notes'] as const;
type Piece = (typeof PIECES)[number];

/**
 * What US withholding takes from a non-US contributor's royalties with a TIN
 * on the W-8BEN (the NPWP for Indonesians: the treaty rate) and without one
 * (30%), in dollars and Rupiah, for any country. US persons (by their own
 * status, or living in the United States) get the W-9 explained instead of a
 * table.
 *
 * @summary US withholding on royalties with and without a TIN (NPWP), for any country.
 * @tagname tax-withholding-table
 *
 *
 * @fires {WithholdingResult} withholding-change - When the reader changes an input. Detail: `{ country, form, rateWithTin, rateWithoutTin, withheldWithTin, withheldWithoutTin, netWithTin, netWithoutTin }`.
 *
 * @csspart base - The widget's card.
 * @csspart field - Each labelled input.
 * @csspart input - Each input and select.
 * @csspart from - The line saying the amount comes from the linked calculator.
 * @csspart table - The withholding table.
 * @csspart saving - The sentence on what the TIN changes (or the W-9 message for a US person).
 * @csspart hedge - The reminder that the figures are estimates, beside the result.
 * @csspart share - The share action ("Share result") and what became of it.
 *
 * @cssproperty --fw-accent
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
export class TaxWithholdingTable extends WidgetElement<Piece> {
  static override styles = [baseStyles, formStyles, tableStyles, shareStyles, taxStyles];
  protected static override readonly pieces = PIECES;
  protected static override readonly chunks = [loadSpecial, loadLink];
  protected static override readonly prepare = [
    (locale: Locale) => formatPercent(dec(0), locale),
    (locale: Locale) => formatCents(0n, locale),
    (locale: Locale) => countryName('ID', locale),
  ];
  static override properties = {
    gross: {},
    country: {},
    media: {},
    usShare: { attribute: 'us-share' },
    usdIdr: { attribute: 'usd-idr' },
    htmlFor: { attribute: 'for' },
    usPerson: { type: Boolean, attribute: 'us-person' },
    share: {},
    readonly: { type: Boolean, reflect: true },
  };

  /** Royalties before withholding, USD. Default `100`. */
  gross?: number | string;
  /** Country of tax residence, ISO 3166 alpha-2 (`ID`, `IN`, `MY` …). Default `ID`. */
  country?: string;
  /** Treaty column: `image` (copyrights: images and other media) or `video` (film & TV). Default `image`. */
  media?: 'image' | 'video';
  /** Percent of sales made to US buyers (0–100); only those are withheld. Default `100`. */
  usShare?: number | string;
  /** Rupiah per US dollar; turns on Rupiah amounts. No default. */
  usdIdr?: number | string;
  /**
   * Id of a `<royalty-tier-calc>` on the page: the royalties US tax is withheld from there (its `usYearTotal`:
   * Shutterstock's year and the other US agencies it shows, not Freepik's) become the amount, following every change.
   */
  htmlFor?: string;
  /** The reader is a US citizen or US resident: a W-9, not a W-8BEN, whatever the country of residence (also a reader control). */
  usPerson = false;
  /** `off` hides the share action (and ignores share links). Default `on`. */
  share?: 'on' | 'off';
  /** Show results only, for the attribute values. */
  readonly = false;

  #settings = new Settings(this, SETTINGS, { event: 'withholding-change', summary: () => this.#summary() });
  /** The link to the calculator named by `for` (linked-total.ts), made once its chunk is in. */
  #link?: LinkedSource<LinkedTotal>;
  #linkCode = this.onDemand(loadLink);
  #share = new ShareController(this, this.#settings, SHARED, (work) => this.holdUntil(work));
  #data?: Withholding;
  /** The words of the cases beyond a treaty rate (a US person, no treaty, Italy …): a chunk loaded for them. */
  #specialCode = this.onDemand(loadSpecial);
  #countries = new CountryPicker(this, (code) => this.#settings.set('country', code));

  /** What the `withholding-change` detail would be now. */
  get result(): WithholdingResult {
    if (!this.#data) this.#compute(new Map());
    return withholdingDetail(this.#w);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#compute(changed);
  }

  /** The linked calculator's total: `gross` when this table can take it, else why not (for the console). */
  get #linked(): { gross?: number; problem?: Diagnosis['problem'] } {
    const code = this.#linkCode.get();
    return code && this.#link ? code.linkedAmount(this.#link, SETTINGS.gross) : {};
  }

  /** Whether the result needs the words of special-cases.ts (loaded then, and waited for). */
  get #isSpecial(): boolean {
    const w = this.#w;
    const { treaty } = w;
    return (
      w.form === 'W-9' ||
      !treaty.listed ||
      !treaty.hasTreaty ||
      treaty.percent >= NO_TREATY_PERCENT ||
      treaty.change !== undefined ||
      SPECIAL_COUNTRIES.includes(w.country)
    );
  }

  #compute(changed: ReadonlyMap<PropertyKey, unknown>): void {
    const s = this.#settings;
    const { gross } = this.#linked;
    s.read(changed, gross === undefined ? {} : { gross });
    const id = s.value('htmlFor');
    if (id && !this.#link) {
      const code = this.#linkCode.get(); // the first render waits for it
      if (code)
        this.#link = code.linkTotal(
          this,
          () => this.#settings.forget('gross'),
          (first) => this.holdUntil(first),
        );
    }
    this.#link?.follow(id);
    this.#data = withholding({
      gross: s.value('gross'),
      country: s.value('country'),
      media: s.value('media'),
      usShare: s.value('usShare'),
      usPerson: s.value('usPerson'),
      on: today(),
    });
    if (this.#isSpecial) this.#specialCode.get(); // asked for now: the first render waits for it
  }

  get #w(): Withholding {
    return this.#data as Withholding;
  }

  #usd = (cents: bigint): string => formatCents(cents, activeLocale());

  #idr(cents: bigint): string | undefined {
    const rate = this.#settings.value('usdIdr');
    return rate === undefined ? undefined : formatIdr(dec(cents) / 100n, rate, activeLocale());
  }

  /** The words of the cases beyond a treaty rate, once their chunk is in (special-cases.ts); a line meanwhile. */
  #special<T>(say: (special: Special) => T): T | string {
    const special = this.#specialCode.get();
    return special ? say(special) : this.#specialCode.failed ? partFailedText() : loadingText();
  }

  #summary(): string {
    const w = this.#w;
    return w.form === 'W-9'
      ? String(this.#special((c) => c.w9(w)))
      : `${m.withTin()}: ${this.#usd(w.withTin.net)}. ${m.withoutTin()}: ${this.#usd(w.withoutTin.net)}.`;
  }

  /** In pieces on the first render (internal/first-render.ts): the table, the inputs, the notes. */
  protected override render() {
    const w = this.#w;
    return widgetFrame(
      m.title(),
      m.lead(),
      html`${this.#renderNotices()} ${this.readonly || !this.shows('inputs') ? nothing : this.#renderInputs()} ${this.#renderAmountSource()}
        ${w.form === 'W-9' ? html`<p class="saving" part="saving">${this.#special((c) => c.w9(w))}</p>` : this.#renderTable()}
        <p class="hedge" part="hedge">${w.form === 'W-8BEN' && w.difference > 0n ? [m.notFinal(), ' '] : nothing}${m.hedge()}</p>
        ${
          this.shows('notes')
            ? html`${this.#share.render()}
              ${this.afterAnswer(
                'notes',
                () =>
                  html`${renderNotes(NOTES, { w, usd: this.#usd })}
                  ${this.#isSpecial ? this.#special((c) => renderNotes(c.NOTES, w)) : nothing}
                  ${renderSource(TREATY_TABLE, activeLocale(), m.sourceExtra())}`,
              )}`
            : nothing
        }
        ${this.#settings.announcer.region()}`,
    );
  }

  #renderNotices() {
    const { problem } = this.#linked;
    const link: Diagnosis[] = problem ? [{ attribute: 'for', given: this.#settings.value('htmlFor'), problem }] : [];
    return this.#settings.notices((key) => !this.readonly && INPUTS.has(key), link, this.#share.notice());
  }

  #renderInputs() {
    const s = this.#settings;
    return html`<div class="fields">
      ${numberField(s, 'gross', m.grossLabel(), m.grossHint())}
      ${this.#countries.render(this.#w.country, m.countryLabel(), m.searchLabel(), m.searchPlaceholder(), this.firstRender.matchesServer)}
      ${selectField(s, 'media', m.mediaLabel(), [
        { value: 'image', label: m.images() },
        { value: 'video', label: m.video() },
      ])}
      ${numberField(s, 'usShare', m.shareLabel(), m.shareHint())} ${numberField(s, 'usdIdr', m.rateLabel(), m.rateHint())}
      ${checkField(s, 'usPerson', m.usPersonLabel())}
    </div>`;
  }

  #renderAmountSource() {
    const id = this.#settings.value('htmlFor');
    if (!id) return nothing;
    const { gross } = this.#linked;
    if (this.#link?.status === 'linked' && gross !== undefined && this.#settings.value('gross') === gross) {
      const agencies = this.#link.value?.agencies;
      return html`<p class="from" part="from">${agencies ? m.fromAgencies(agencies) : m.fromCalculator()}</p>`;
    }
    return nothing;
  }

  #renderTable() {
    const w = this.#w;
    const grossIdr = this.#idr(w.gross);
    const best = w.difference > 0n;
    return html`${dataTable(
        'table',
        html`${m.caption(this.#usd(w.gross))}${grossIdr ? ` (≈ ${grossIdr})` : ''} · ${countryName(w.country, activeLocale())}`,
        [{ label: m.formHead(), hidden: true }, { label: m.rateHead() }, { label: m.withheldHead() }, { label: m.receiveHead() }],
        html`${this.#row(w.country === 'ID' ? m.withNpwp() : m.withTin(), w.withTin, best)}
        ${this.#row(m.withoutTin(), w.withoutTin, false)}`,
      )}
      <p class="saving" part="saving">${this.#saving()}</p>`;
  }

  #row(label: string, r: WithholdingRow, best: boolean) {
    const idr = this.#idr(r.net);
    return html`<tr class=${best ? 'best' : ''}>
      <th scope="row">${label}${best ? [' ', html`<span class="badge">${m.lowerTax()}</span>`] : nothing}</th>
      <td>${formatPercent(dec(r.percent), activeLocale())}</td>
      <td>${this.#usd(r.withheld)}</td>
      <td class="net">${this.#usd(r.net)}${idr ? html`<span class="sub">${idr}</span>` : nothing}</td>
    </tr>`;
  }

  #saving() {
    const w = this.#w;
    const id = w.country === 'ID';
    const tin = id ? m.npwp() : m.aTin();
    const subject = id ? m.npwp() : m.aTinSubject();
    const without = this.#isSpecial ? this.#special((c) => c.noReduction(w, tin)) : undefined;
    if (without) return without;
    if (w.difference === 0n) return w.usSource === 0n ? m.nothingWithheld() : m.noDifference(subject);
    const idr = this.#idr(w.difference);
    return m.withheldLess(tin, html`<strong>${this.#usd(w.difference)}</strong>${idr ? ` (≈ ${idr})` : ''}`, this.#usd(w.gross));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tax-withholding-table': TaxWithholdingTable;
  }
  interface GlobalEventHandlersEventMap {
    'withholding-change': CustomEvent<WithholdingResult>;
  }
}
