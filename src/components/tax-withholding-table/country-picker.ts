import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { countryName } from '../../core/format.js';
import { COUNTRY_CODES } from '../../core/countries.js';
import { INTL_TAG, type Locale } from '../../core/locale.js';
import { activeLocale } from '../../internal/locale-state.js';

/*
 * The country <select> holds all 249 countries, but a reader needs them only
 * once they open or search it. Until then the widget renders the chosen
 * country alone (through Lit, so server rendering shows it too); on focus or
 * search the full list is added here, as plain options built once per
 * language and cloned: as 249 Lit templates per table they made a page's
 * first render one long task and cost a hundred kilobytes of heap per table.
 */
const lists = new Map<Locale, HTMLSelectElement>();

/** Every country as [code, name], in the reader's language and alphabetical order. */
function named(locale: Locale): (readonly [string, string])[] {
  const collator = new Intl.Collator(INTL_TAG[locale]);
  return COUNTRY_CODES.map((code) => [code, countryName(code, locale)] as const).sort((a, b) => collator.compare(a[1], b[1]));
}

function allCountries(locale: Locale): HTMLSelectElement {
  let list = lists.get(locale);
  if (!list) {
    list = document.createElement('select');
    for (const [code, name] of named(locale)) list.add(new Option(name, code));
    lists.set(locale, list);
  }
  return list;
}

/**
 * Replaces the options of `select` with the countries matching `needle`
 * (all when empty; the selected one always). Safe beside Lit: once the full
 * list is wanted the template's part inside the select holds `nothing` for
 * good, so Lit never touches these options, and only options are replaced
 * (the part's comment markers stay).
 */
function fillCountries(select: HTMLSelectElement, locale: Locale, needle: string, selected: string): void {
  const all = allCountries(locale);
  const options = needle
    ? [...all.options]
        .filter((o) => o.value === selected || o.value.toLowerCase() === needle || o.text.toLocaleLowerCase().includes(needle))
        .map((o) => new Option(o.text, o.value))
    : [...(all.cloneNode(true) as HTMLSelectElement).options];
  for (const option of [...select.options]) option.remove();
  select.append(...options);
  select.value = selected;
}

/** The country field of one table: a search box and the select, filled as described above. */
export class CountryPicker implements ReactiveController {
  /** The whole list is built once the reader opens or searches the select. */
  #all = false;
  #filter = '';
  #code = '';
  #filled = '';
  /** The list came from the server (or was rendered for it) as templates: the next render hands it to the DOM filling. */
  #templated = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode },
    private readonly onPick: (code: string) => void,
  ) {
    host.addController(this);
  }

  #showAll = (): void => {
    if (this.#all) return;
    this.#all = true;
    this.host.requestUpdate();
  };

  #search = (e: Event): void => {
    this.#filter = (e.target as HTMLInputElement).value;
    this.#all = true;
    this.host.requestUpdate();
  };

  #pick = (e: Event): void => this.onPick((e.target as HTMLSelectElement).value);

  /**
   * The field. `forServer`: the whole list as templates, for server-rendered
   * HTML and its hydration (a select with one option would mislead a reader
   * before the script runs).
   */
  render(code: string, label: string, searchLabel: string, placeholder: string, forServer: boolean): TemplateResult {
    this.#code = code;
    if (forServer) {
      this.#all = true;
      this.#templated = true;
    }
    const options = forServer
      ? named(activeLocale()).map(([value, name]) => html`<option value=${value} ?selected=${value === code}>${name}</option>`)
      : this.#all
        ? nothing
        : html`<option value=${code} selected>${countryName(code, activeLocale())}</option>`;
    return html`<div class="field country" part="field">
      <label for="country">${label}</label>
      <input
        id="country-filter"
        class="filter"
        part="input"
        type="search"
        autocomplete="off"
        aria-label=${searchLabel}
        placeholder=${placeholder}
        .value=${this.#filter}
        @input=${this.#search}
      />
      <select id="country" part="input" @focus=${this.#showAll} @pointerdown=${this.#showAll} @change=${this.#pick}>
        ${options}
      </select>
    </div>`;
  }

  /** After each update: the full list, when it is wanted and what it shows changed. */
  hostUpdated(): void {
    if (this.#templated) {
      // Let Lit take its templated options away first (the part becomes `nothing`), then fill: once,
      // after this update has finished.
      this.#templated = false;
      void Promise.resolve().then(() => this.host.requestUpdate());
      return;
    }
    const select = this.host.renderRoot.querySelector<HTMLSelectElement>('#country');
    if (!select || !this.#all) {
      this.#filled = '';
      return;
    }
    const locale = activeLocale();
    const needle = this.#filter.trim().toLocaleLowerCase();
    const key = `${locale}|${needle}|${this.#code}`;
    if (key === this.#filled && select.options.length > 1) return;
    fillCountries(select, locale, needle, this.#code);
    this.#filled = key;
  }
}
