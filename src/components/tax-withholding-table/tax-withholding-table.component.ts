import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { COUNTRY_CODES, countryCode } from '../../core/countries.js';
import { dec } from '../../core/decimal.js';
import { formatIdr, formatPercent, formatUsd } from '../../core/format.js';
import { INTL_TAG, type Locale } from '../../core/locale.js';
import type { Media } from '../../core/royalty-tables.js';
import { TREATY_AS_OF, TREATY_SOURCE, DISPUTED } from '../../core/treaty-rates.js';
import { centsToDec, today, withholding, withholdingDetail, type Withholding } from '../../core/withholding.js';
import { VERSION } from '../../internal/define.js';
import { announce, NumberFields, notices, selectInput, type FieldSpec } from '../../internal/fields.js';
import { LinkedSource } from '../../internal/linked-source.js';
import { activeLocale } from '../../internal/locale-state.js';
import { attributeText } from '../../internal/messages.js';
import { baseStyles } from '../../styles/base.styles.js';
import { formStyles } from '../../styles/form.styles.js';
import { resultStyles } from '../../styles/results.styles.js';
import type { RoyaltyChangeDetail } from '../royalty-tier-calc/royalty-tier-calc.component.js';
import { taxStyles } from './tax-withholding-table.styles.js';

export type WithholdingChangeDetail = ReturnType<typeof withholdingDetail>;

type NumberKey = 'gross' | 'usShare' | 'usdIdr';

/* Sanity bounds: a billion dollars of royalties is no one's year; shares are percent. */
const FIELDS: Record<NumberKey, FieldSpec> = {
  gross: { attribute: 'gross', rule: { min: 0, max: 1_000_000_000 }, fallback: 100 },
  usShare: { attribute: 'us-share', rule: { min: 0, max: 100 }, fallback: 100 },
  usdIdr: { attribute: 'usd-idr', rule: { min: 0, minExclusive: true, max: 1_000_000 }, fallback: undefined },
};

/** Indonesia: the seed posts' readers, and the default country. */
const DEFAULT_COUNTRY = 'ID';

const displayNames = new Map<Locale, Intl.DisplayNames>();
function countryName(code: string, locale: Locale): string {
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([INTL_TAG[locale]], { type: 'region', fallback: 'code' });
    displayNames.set(locale, names);
  }
  return names.of(code) ?? code;
}

/*
 * The country <select> holds all 249 countries. Its options are plain DOM,
 * built once per language and cloned into each table: as 249 Lit template
 * instances per table they made a page's first render one long task, and
 * cost a hundred kilobytes of heap per table.
 */
const optionLists = new Map<Locale, HTMLSelectElement>();
function allCountries(locale: Locale): HTMLSelectElement {
  let list = optionLists.get(locale);
  if (!list) {
    const collator = new Intl.Collator(INTL_TAG[locale]);
    list = document.createElement('select');
    const named = COUNTRY_CODES.map((code) => [code, countryName(code, locale)] as const).sort((a, b) => collator.compare(a[1], b[1]));
    for (const [code, name] of named) list.add(new Option(name, code));
    optionLists.set(locale, list);
  }
  return list;
}

/** Puts the countries matching `needle` (all when empty; the selected one always) into `select`. */
function fillCountries(select: HTMLSelectElement, locale: Locale, needle: string, selected: string): void {
  const all = allCountries(locale);
  const options = needle
    ? [...all.options]
        .filter((o) => o.value === selected || o.value.toLowerCase() === needle || o.text.toLocaleLowerCase().includes(needle))
        .map((o) => new Option(o.text, o.value))
    : [...(all.cloneNode(true) as HTMLSelectElement).options];
  select.replaceChildren(...options);
  select.value = selected;
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
export class TaxWithholdingTable extends LitElement {
  static override styles = [baseStyles, formStyles, resultStyles, taxStyles];
  static readonly fwVersion = VERSION;
  static override properties = {
    gross: {},
    country: {},
    media: {},
    usShare: { attribute: 'us-share' },
    usdIdr: { attribute: 'usd-idr' },
    htmlFor: { attribute: 'for' },
    readonly: { type: Boolean, reflect: true },
  };

  constructor() {
    super();
    // Re-render when the language changes (what @localized() does, without a decorator).
    updateWhenLocaleChanges(this);
  }

  /** Royalties before withholding, USD. Default `100`. */
  gross?: number | string;
  /** Country of tax residence, ISO 3166 alpha-2 (`ID`, `IN`, `MY` …). Default `ID`. */
  country?: string;
  /** Treaty column: `image` (copyrights: images and other media) or `video` (film & TV). */
  media: 'image' | 'video' = 'image';
  /** Percent of sales made to US buyers (0–100); only those are withheld. Default `100`. */
  usShare?: number | string;
  /** Rupiah per US dollar; turns on Rupiah amounts. No default. */
  usdIdr?: number | string;
  /** Id of a `<royalty-tier-calc>` on the page: its year total becomes the amount, then each change the reader makes. */
  htmlFor?: string;
  /** Show results only, for the attribute values. */
  readonly = false;

  #fields = new NumberFields(FIELDS);
  #countryChoice?: string;
  #mediaChoice?: Media;
  #filter = '';
  #data!: Withholding;
  #countryError = false;

  #link = new LinkedSource<RoyaltyChangeDetail>(this, 'royalty-tier-calc', 'royalty-change', () => {
    delete this.#fields.drafts.gross; // the calculator's new total replaces a typed amount
  });

  /** What the `withholding-change` detail would be now. */
  get result(): WithholdingChangeDetail {
    if (!this.#data) this.#compute();
    return withholdingDetail(this.#data);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('htmlFor')) this.#link.follow(this.htmlFor);
    if (this.hasUpdated) {
      this.#fields.forget(changed);
      if (changed.has('country')) this.#countryChoice = undefined;
      if (changed.has('media')) this.#mediaChoice = undefined;
    }
    this.#compute();
  }

  get #linkedGross(): number | undefined {
    return this.#link.status === 'linked' ? this.#link.value?.yearTotal : undefined;
  }

  #compute(): void {
    const f = this.#fields;
    f.read({ gross: this.#linkedGross ?? this.gross, usShare: this.usShare, usdIdr: this.usdIdr }, activeLocale());
    const fromAttribute = this.country == null ? DEFAULT_COUNTRY : countryCode(this.country);
    this.#countryError = fromAttribute === undefined;
    this.#data = withholding({
      gross: f.value('gross') ?? 0,
      country: this.#countryChoice ?? fromAttribute ?? DEFAULT_COUNTRY,
      media: this.#mediaChoice ?? (this.media === 'video' ? 'video' : 'image'),
      usShare: f.value('usShare') ?? 100,
      on: today(),
    });
  }

  /** A reader's change: update, then fire `withholding-change`. */
  #changed(apply: () => void): void {
    apply();
    this.requestUpdate();
    void announce(this, 'withholding-change', () => this.result);
  }

  #usd(cents: bigint): string {
    return formatUsd(centsToDec(cents), activeLocale());
  }

  #idr(cents: bigint): string | undefined {
    const rate = this.#fields.value('usdIdr');
    return rate === undefined ? undefined : formatIdr(centsToDec(cents), rate, activeLocale());
  }

  #field(key: NumberKey, label: string, hint?: string) {
    return this.#fields.input(key, activeLocale(), label, hint, (text) => this.#changed(() => (this.#fields.drafts[key] = text)));
  }

  #renderCountry() {
    return html`<div class="field country" part="field">
      <label for="country">${msg('Country of tax residence', { id: 't1' })}</label>
      <input
        id="country-filter"
        class="filter"
        part="input"
        type="search"
        autocomplete="off"
        aria-label=${msg('Search countries', { id: 't2' })}
        placeholder=${msg('Search…', { id: 't3' })}
        .value=${this.#filter}
        @input=${(e: Event) => {
          this.#filter = (e.target as HTMLInputElement).value;
          this.requestUpdate();
        }}
      />
      <select
        id="country"
        part="input"
        @change=${(e: Event) => this.#changed(() => (this.#countryChoice = (e.target as HTMLSelectElement).value))}
      ></select>
    </div>`;
  }

  #filled = '';

  protected override updated(): void {
    // The options are filled here, outside the template (see allCountries), when what they show changed.
    const select = this.shadowRoot?.getElementById('country') as HTMLSelectElement | null;
    if (!select) {
      this.#filled = '';
      return;
    }
    const locale = activeLocale();
    const needle = this.#filter.trim().toLocaleLowerCase();
    const key = `${locale}|${needle}|${this.#data.country}|${select.options.length}`;
    if (key === this.#filled) return;
    fillCountries(select, locale, needle, this.#data.country);
    this.#filled = `${locale}|${needle}|${this.#data.country}|${select.options.length}`;
  }

  #renderInputs() {
    return html`<div class="fields">
      ${this.#field('gross', msg('Royalties before tax', { id: 't4' }), msg('US$', { id: 't5' }))} ${this.#renderCountry()}
      ${selectInput<Media>({
        id: 'media',
        label: msg('What you sell', { id: 't6' }),
        value: this.#data.media,
        options: [
          {
            value: 'image',
            label: msg('Images and other media', { id: 't7' }),
          },
          { value: 'video', label: msg('Video', { id: 't8' }) },
        ],
        onChange: (v) => this.#changed(() => (this.#mediaChoice = v)),
      })}
      ${this.#field('usShare', msg('Sales to US buyers', { id: 't9' }), msg('percent; only these are taxed', { id: 't10' }))}
      ${this.#field('usdIdr', msg('Rupiah per US$', { id: 't11' }), msg('optional, e.g. 16250', { id: 't12' }))}
    </div>`;
  }

  #notices() {
    const list: string[] = [];
    if (this.#countryError)
      list.push(attributeText('country', msg(str`"${String(this.country)}" is not a country code like ID or IN.`, { id: 't13' })));
    if (this.media !== 'image' && this.media !== 'video') list.push(attributeText('media', msg('Use image or video.', { id: 't14' })));
    list.push(...this.#fields.notices(activeLocale(), () => !this.readonly));
    return notices(list);
  }

  #amountSource() {
    if (!this.htmlFor) return nothing;
    if (this.#link.status === 'linked' && this.#linkedGross !== undefined && this.#fields.drafts.gross === undefined) {
      return html`<p class="from" part="from">
        ${msg('Amount: the year’s total from the royalty calculator on this page.', { id: 't15' })}
      </p>`;
    }
    if (this.#link.status === 'missing' || this.#link.status === 'wrong') {
      return html`<p class="from quiet">
        ${msg(str`No royalty calculator with id "${this.htmlFor}" on this page; using the amount here.`, { id: 't16' })}
      </p>`;
    }
    return nothing;
  }

  protected override render() {
    const locale = activeLocale();
    const w = this.#data;
    const id = w.country === 'ID';
    const name = countryName(w.country, locale);
    const tin = id ? msg('NPWP', { id: 't17' }) : msg('a TIN', { id: 't18' });
    const withLabel = id ? msg('With TIN (NPWP)', { id: 't19' }) : msg('With TIN', { id: 't20' });
    const rupiah = this.#fields.value('usdIdr') !== undefined;
    const grossIdr = this.#idr(w.gross);
    const pct = (p: number) => formatPercent(dec(p), locale);
    const row = (label: string, r: Withholding['withTin'], best: boolean) =>
      html`<tr class=${best ? 'best' : ''}>
        <th scope="row">${label}${best ? html` <span class="badge">${msg('lower tax', { id: 't21' })}</span>` : nothing}</th>
        <td>${pct(r.percent)}</td>
        <td>${this.#usd(r.withheld)}</td>
        <td class="net">${this.#usd(r.net)}${rupiah ? html`<span class="sub">${this.#idr(r.net)}</span>` : nothing}</td>
      </tr>`;
    const disputed = DISPUTED[w.country];
    return html`<section part="base" class="base" aria-labelledby="title">
      <h2 class="title" id="title">${msg('US tax on your royalties: with and without a TIN', { id: 't22' })}</h2>
      <p class="lead">
        ${msg('Shutterstock and other US agencies withhold US tax from royalties paid to non-US contributors. A TIN on your W-8BEN form lowers it to your country’s treaty rate.', { id: 't23' })}
      </p>
      ${this.#notices()} ${this.readonly ? nothing : this.#renderInputs()} ${this.#amountSource()}
      <div class="table-wrap">
        <table part="table">
          <caption>
            ${msg(str`Withholding on ${this.#usd(w.gross)} of royalties`, { id: 't24' })}${grossIdr ? html` (≈ ${grossIdr})` : nothing} ·
            ${name}
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <span class="visually-hidden">${msg('W-8BEN', { id: 't25' })}</span>
              </th>
              <th scope="col">${msg('Rate', { id: 't26' })}</th>
              <th scope="col">${msg('Withheld', { id: 't27' })}</th>
              <th scope="col">${msg('You receive', { id: 't28' })}</th>
            </tr>
          </thead>
          <tbody>
            ${row(withLabel, w.withTin, w.difference > 0n)} ${row(msg('Without TIN', { id: 't30' }), w.withoutTin, false)}
          </tbody>
        </table>
      </div>
      <p class="saving" part="saving">${this.#saving(w, tin, name)}</p>
      <ul class="notes">
        ${w.usSource < w.gross ? html`<li>${msg(str`Only sales to US buyers are taxed: ${this.#usd(w.usSource)} of ${this.#usd(w.gross)}.`, { id: 't31' })}</li>` : nothing}
        <li>
          ${msg('The treaty rate needs a W-8BEN with your TIN (line 6, foreign TIN). Without one the agency must withhold 30%.', { id: 't32' })}
        </li>
        ${id ? html`<li>${msg('For Indonesians the TIN is the NPWP; since July 2022 your 16-digit NIK serves as NPWP for residents.', { id: 't33' })}</li>` : nothing}
        <li>
          ${msg('Fiverr and other service income for work done outside the US is not US royalty income and is not withheld.', { id: 't34' })}
        </li>
        ${id ? html`<li>${msg('Report foreign income in your SPT Tahunan; tax withheld abroad can be credited (PPh Pasal 24).', { id: 't35' })}</li>` : nothing}
        ${disputed ? html`<li>${msg('Italy’s rate is disputed: 0% in the 2019 IRS table, 5% in older copies.', { id: 't36' })}</li>` : nothing}
        ${w.treaty.change ? html`<li>${msg(str`This rate applies since ${w.treaty.change.from}, a change after the 2019 table.`, { id: 't37' })}</li>` : nothing}
      </ul>
      <p class="source">
        ${msg('Source', { id: 't38' })}: ${TREATY_SOURCE} (${TREATY_AS_OF}),
        ${msg('with later changes applied by date. Not tax advice.', { id: 't39' })}
      </p>
    </section>`;
  }

  #saving(w: Withholding, tin: string, name: string) {
    if (!w.treaty.hasTreaty)
      return msg(str`${name} has no tax treaty with the US for this income: 30% is withheld with or without ${tin}.`, { id: 't40' });
    if (w.difference === 0n) {
      return w.usSource === 0n
        ? msg('No sales to US buyers: nothing is withheld.', { id: 't41' })
        : msg(str`${tin} makes no difference here.`, { id: 't42' });
    }
    const save = html`<strong>${this.#usd(w.difference)}</strong>`;
    const idr = this.#idr(w.difference);
    return html`${msg(html`${tin} saves you ${save} of every ${this.#usd(w.gross)}.`, { id: 't43' })}${idr ? html` (≈ ${idr})` : nothing}`;
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
