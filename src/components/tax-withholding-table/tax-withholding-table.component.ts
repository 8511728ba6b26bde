import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { COUNTRY_CODES, countryCode } from '../../core/countries.js';
import { dec, mul } from '../../core/decimal.js';
import { formatIdr, formatPercent, formatUsd } from '../../core/format.js';
import { INTL_TAG, type Locale } from '../../core/locale.js';
import type { Media } from '../../core/royalty-tables.js';
import { TREATY_AS_OF, TREATY_SOURCE, DISPUTED } from '../../core/treaty-rates.js';
import { centsToDec, today, withholding, withholdingDetail, type Withholding } from '../../core/withholding.js';
import { VERSION } from '../../internal/define.js';
import { numberInput, readField, selectInput, type FieldRead, type FieldSpec } from '../../internal/fields.js';
import { LinkedSource } from '../../internal/linked-source.js';
import { activeLocale } from '../../internal/locale-state.js';
import { attributeText, reasonText } from '../../internal/messages.js';
import { baseStyles } from '../../styles/base.styles.js';
import type { RoyaltyChangeDetail } from '../royalty-tier-calc/royalty-tier-calc.component.js';
import { taxStyles } from './tax-withholding-table.styles.js';

export type WithholdingChangeDetail = ReturnType<typeof withholdingDetail>;

type NumberKey = 'gross' | 'usShare' | 'usdIdr';

/* Sanity bounds: a billion dollars of royalties is no one's year; shares are percent. */
const FIELDS: Record<NumberKey, FieldSpec> = {
  gross: { rule: { min: 0, max: 1_000_000_000 }, fallback: 100 },
  usShare: { rule: { min: 0, max: 100 }, fallback: 100 },
  usdIdr: { rule: { min: 0, minExclusive: true, max: 1_000_000 }, fallback: undefined },
};
const ATTRIBUTES: Record<NumberKey, string> = { gross: 'gross', usShare: 'us-share', usdIdr: 'usd-idr' };

/** Indonesia: the seed posts' readers, and the default country. */
const DEFAULT_COUNTRY = 'ID';

const names = new Map<Locale, Intl.DisplayNames>();
function countryName(code: string, locale: Locale): string {
  let n = names.get(locale);
  if (!n) {
    n = new Intl.DisplayNames([INTL_TAG[locale]], { type: 'region', fallback: 'code' });
    names.set(locale, n);
  }
  return n.of(code) ?? code;
}

/**
 * What US withholding takes from a non-US contributor's royalties with a TIN
 * on the W-8BEN (the NPWP for Indonesians: the treaty rate) and without one
 * (30%), in dollars and Rupiah, for any country.
 *
 * @summary US withholding on royalties with and without a TIN (NPWP), for any country.
 * @tagname tax-withholding-table
 *
 * @attr {number} gross - Royalties before withholding, USD. Default `100`.
 * @attr {string} country - Country of tax residence, ISO 3166 alpha-2. Default `ID`.
 * @attr {"image"|"video"} media - Treaty column: copyrights (images, other media) or film & TV (video). Default `image`.
 * @attr {number} us-share - Percent of sales made to US buyers; only those are withheld. Default `100`.
 * @attr {number} usd-idr - Rupiah per US dollar; turns on Rupiah amounts. No default.
 * @attr {string} for - Id of a `<royalty-tier-calc>` to take the amount from (its year total, then each change).
 * @attr {boolean} readonly - Show results only, for the attribute values.
 *
 * @fires {CustomEvent<WithholdingChangeDetail>} withholding-change - When the reader changes an input. Detail: `{ country, rateWithTin, rateWithoutTin, withheldWithTin, withheldWithoutTin, netWithTin, netWithoutTin }`.
 *
 * @csspart base - The widget's card.
 * @csspart field - Each labelled input.
 * @csspart input - Each input and select.
 * @csspart table - The withholding table.
 * @csspart saving - The sentence on what the TIN saves.
 *
 * @cssproperty [--fw-accent=#0b6bcb] - Accent: the highlighted row and saving.
 * @cssproperty [--fw-text=#1d2330] - Text colour.
 * @cssproperty [--fw-muted=#5b6474] - Secondary text.
 * @cssproperty [--fw-surface=#ffffff] - Card background.
 * @cssproperty [--fw-subtle=#f3f5f9] - Highlight background.
 * @cssproperty [--fw-border=#d5dae3] - Borders and rules.
 * @cssproperty [--fw-radius=12px] - Corner radius.
 * @cssproperty [--fw-font=inherit] - Font family; the page's by default.
 */
@localized()
export class TaxWithholdingTable extends LitElement {
  static override styles = [baseStyles, taxStyles];
  static readonly fwVersion = VERSION;

  /** Royalties before withholding, USD. */
  @property() gross?: number | string;
  /** ISO 3166 alpha-2 country of tax residence. */
  @property() country?: string;
  /** Treaty column: `image` (copyrights) or `video` (film & TV). */
  @property() media: Media | string = 'image';
  /** Percent of sales to US buyers. */
  @property({ attribute: 'us-share' }) usShare?: number | string;
  /** Rupiah per US dollar. */
  @property({ attribute: 'usd-idr' }) usdIdr?: number | string;
  /** Id of a `<royalty-tier-calc>` to take the amount from. */
  @property({ attribute: 'for' }) htmlFor?: string;
  /** Results only, no inputs. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  @state() private drafts: Partial<Record<NumberKey, string>> = {};
  @state() private countryChoice?: string;
  @state() private mediaChoice?: Media;
  @state() private filter = '';
  private reads = {} as Record<NumberKey, FieldRead>;
  private lastValid: Partial<Record<NumberKey, number>> = {};
  private data!: Withholding;
  private countryError = false;
  private mediaError = false;

  private link = new LinkedSource<RoyaltyChangeDetail>(this, 'royalty-tier-calc', 'royalty-change', () => {
    delete this.drafts.gross; // the calculator's new total replaces a typed amount
  });

  /** What the `withholding-change` detail would be now. */
  get result(): WithholdingChangeDetail {
    if (!this.data) this.compute();
    return withholdingDetail(this.data);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('htmlFor')) this.link.follow(this.htmlFor);
    if (this.hasUpdated) {
      for (const key of Object.keys(ATTRIBUTES) as NumberKey[]) if (changed.has(key)) delete this.drafts[key];
      if (changed.has('country')) this.countryChoice = undefined;
      if (changed.has('media')) this.mediaChoice = undefined;
    }
    this.compute();
  }

  private get linkedGross(): number | undefined {
    return this.link.status === 'linked' ? this.link.value?.yearTotal : undefined;
  }

  private compute(): void {
    const locale = activeLocale();
    for (const key of Object.keys(FIELDS) as NumberKey[]) {
      const raw = key === 'gross' && this.linkedGross !== undefined ? this.linkedGross : this[key];
      const read = readField(FIELDS[key], raw, this.drafts[key], this.lastValid[key], locale);
      if (!read.error && read.value !== undefined) this.lastValid[key] = read.value;
      this.reads[key] = read;
    }
    const fromAttribute = this.country === undefined || this.country === null ? DEFAULT_COUNTRY : countryCode(this.country);
    this.countryError = fromAttribute === undefined;
    this.mediaError = this.media !== 'image' && this.media !== 'video';
    const media: Media = this.mediaChoice ?? (this.media === 'video' ? 'video' : 'image');
    this.data = withholding({
      gross: this.reads.gross.value ?? 0,
      country: this.countryChoice ?? fromAttribute ?? DEFAULT_COUNTRY,
      media,
      usShare: this.reads.usShare.value ?? 100,
      on: today(),
    });
  }

  private async changed(update: () => void): Promise<void> {
    update();
    await this.updateComplete;
    this.dispatchEvent(new CustomEvent<WithholdingChangeDetail>('withholding-change', { detail: this.result, bubbles: true, composed: true }));
  }

  private usd(cents: bigint): string {
    return formatUsd(centsToDec(cents), activeLocale());
  }

  private idr(cents: bigint): string | undefined {
    const rate = this.reads.usdIdr.value;
    return rate === undefined ? undefined : formatIdr(mul(centsToDec(cents), dec(rate)), activeLocale());
  }

  private field(key: NumberKey, label: string, hint?: string) {
    const read = this.reads[key];
    return numberInput({
      id: key,
      label,
      hint,
      text: read.text,
      error: read.error ? reasonText(read.error, FIELDS[key].rule, activeLocale()) : undefined,
      onInput: (text) => void this.changed(() => (this.drafts = { ...this.drafts, [key]: text })),
    });
  }

  private renderCountry() {
    const locale = activeLocale();
    const needle = this.filter.trim().toLocaleLowerCase();
    const selected = this.data.country;
    const options = COUNTRY_CODES.map((code) => ({ code, name: countryName(code, locale) }))
      .filter((c) => c.code === selected || !needle || c.name.toLocaleLowerCase().includes(needle) || c.code.toLowerCase() === needle)
      .sort((a, b) => a.name.localeCompare(b.name, INTL_TAG[locale]));
    return html`<div class="field country" part="field">
      <label for="country">${msg('Country of tax residence')}</label>
      <input
        id="country-filter"
        class="filter"
        part="input"
        type="search"
        autocomplete="off"
        aria-label=${msg('Search countries')}
        placeholder=${msg('Search…')}
        .value=${this.filter}
        @input=${(e: Event) => (this.filter = (e.target as HTMLInputElement).value)}
      />
      <select
        id="country"
        part="input"
        @change=${(e: Event) => void this.changed(() => (this.countryChoice = (e.target as HTMLSelectElement).value))}
      >
        ${options.map((c) => html`<option value=${c.code} ?selected=${c.code === selected}>${c.name}</option>`)}
      </select>
    </div>`;
  }

  private renderInputs() {
    return html`<div class="fields">
      ${this.field('gross', msg('Royalties before tax'), msg('US$'))} ${this.renderCountry()}
      ${selectInput<Media>({
        id: 'media',
        label: msg('What you sell'),
        value: this.data.media,
        options: [
          { value: 'image', label: msg('Images and other media (copyrights)') },
          { value: 'video', label: msg('Video (film & TV)') },
        ],
        onChange: (v) => void this.changed(() => (this.mediaChoice = v)),
      })}
      ${this.field('usShare', msg('Sales to US buyers'), msg('percent; only these are taxed'))}
      ${this.field('usdIdr', msg('Rupiah per US$'), msg('optional, e.g. 16250'))}
    </div>`;
  }

  private renderNotices() {
    const locale = activeLocale();
    const notices: string[] = [];
    if (this.countryError) notices.push(attributeText('country', msg(str`"${String(this.country)}" is not a country code like ID or IN.`)));
    if (this.mediaError) notices.push(attributeText('media', msg('Use image or video.')));
    if (this.readonly) {
      for (const key of Object.keys(FIELDS) as NumberKey[]) {
        const read = this.reads[key];
        if (read.error) notices.push(attributeText(ATTRIBUTES[key], reasonText(read.error, FIELDS[key].rule, locale)));
      }
    }
    return notices.map((n) => html`<p class="notice" role="status">${n}</p>`);
  }

  private amountSource() {
    if (!this.htmlFor) return nothing;
    if (this.link.status === 'linked' && this.linkedGross !== undefined && this.drafts.gross === undefined) {
      return html`<p class="from" part="from">${msg('Amount: the year’s total from the royalty calculator on this page.')}</p>`;
    }
    if (this.link.status === 'missing' || this.link.status === 'wrong') {
      return html`<p class="from quiet">${msg(str`No royalty calculator with id "${this.htmlFor}" on this page; using the amount here.`)}</p>`;
    }
    return nothing;
  }

  protected override render() {
    const locale = activeLocale();
    const w = this.data;
    const id = w.country === 'ID';
    const name = countryName(w.country, locale);
    const tin = id ? msg('NPWP') : msg('a TIN');
    const withLabel = id ? msg('With TIN (NPWP)') : msg('With TIN');
    const rupiah = this.reads.usdIdr.value !== undefined;
    const grossIdr = this.idr(w.gross);
    const pct = (p: number) => formatPercent(dec(p), locale);
    const row = (label: string, r: Withholding['withTin'], best: boolean) =>
      html`<tr class=${best ? 'best' : ''}>
        <th scope="row">${label}${best ? html` <span class="badge">${msg('lower tax')}</span>` : nothing}</th>
        <td>${pct(r.percent)}</td>
        <td>${this.usd(r.withheld)}</td>
        <td class="net">${this.usd(r.net)}</td>
        ${rupiah ? html`<td>${this.idr(r.net)}</td>` : nothing}
      </tr>`;
    const disputed = DISPUTED[w.country];
    return html`<section part="base" class="base" aria-labelledby="title">
      <h2 class="title" id="title">${msg('US tax on your royalties: with and without a TIN')}</h2>
      <p class="lead">${msg('Shutterstock and other US agencies withhold US tax from royalties paid to non-US contributors. A TIN on your W-8BEN form lowers it to your country’s treaty rate.')}</p>
      ${this.renderNotices()} ${this.readonly ? nothing : this.renderInputs()} ${this.amountSource()}
      <div class="table-wrap">
        <table part="table">
          <caption>
            ${msg(str`Withholding on ${this.usd(w.gross)} of royalties`)}${grossIdr ? html` (≈ ${grossIdr})` : nothing} · ${name}
          </caption>
          <thead>
            <tr>
              <th scope="col"><span class="visually-hidden">${msg('W-8BEN')}</span></th>
              <th scope="col">${msg('Rate')}</th>
              <th scope="col">${msg('Withheld')}</th>
              <th scope="col">${msg('You receive')}</th>
              ${rupiah ? html`<th scope="col">${msg('You receive (Rupiah)')}</th>` : nothing}
            </tr>
          </thead>
          <tbody>
            ${row(withLabel, w.withTin, w.difference > 0n)} ${row(msg('Without TIN'), w.withoutTin, false)}
          </tbody>
        </table>
      </div>
      <p class="saving" part="saving">${this.saving(w, tin, name)}</p>
      <ul class="notes">
        ${w.usSource < w.gross ? html`<li>${msg(str`Only sales to US buyers are taxed: ${this.usd(w.usSource)} of ${this.usd(w.gross)}.`)}</li>` : nothing}
        <li>${msg('The treaty rate needs a W-8BEN with your TIN (line 6, foreign TIN). Without one the agency must withhold 30%.')}</li>
        ${id ? html`<li>${msg('For Indonesians the TIN is the NPWP; since July 2022 your 16-digit NIK serves as NPWP for residents.')}</li>` : nothing}
        <li>${msg('Fiverr and other service income for work done outside the US is not US royalty income and is not withheld.')}</li>
        ${id ? html`<li>${msg('Report foreign income in your SPT Tahunan; tax withheld abroad can be credited (PPh Pasal 24).')}</li>` : nothing}
        ${disputed ? html`<li>${msg('Italy’s rate is disputed: 0% in the 2019 IRS table, 5% in older copies.')}</li>` : nothing}
        ${w.treaty.change ? html`<li>${msg(str`This rate applies since ${w.treaty.change.from}, a change after the 2019 table.`)}</li>` : nothing}
      </ul>
      <p class="source">${msg('Source')}: ${TREATY_SOURCE} (${TREATY_AS_OF}), ${msg('with later changes applied by date. Not tax advice.')}</p>
    </section>`;
  }

  private saving(w: Withholding, tin: string, name: string) {
    if (!w.treaty.hasTreaty) return msg(str`${name} has no tax treaty with the US for this income: 30% is withheld with or without ${tin}.`);
    if (w.difference === 0n) {
      return w.usSource === 0n ? msg('No sales to US buyers: nothing is withheld.') : msg(str`${tin} makes no difference here.`);
    }
    const save = html`<strong>${this.usd(w.difference)}</strong>`;
    const idr = this.idr(w.difference);
    return html`${msg(html`${tin} saves you ${save} of every ${this.usd(w.gross)}.`)}${idr ? html` (≈ ${idr})` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tax-withholding-table': TaxWithholdingTable;
  }
  interface GlobalEventHandlersEventMap {
    'withholding-change': CustomEvent<WithholdingChangeDetail>;
  }
}
