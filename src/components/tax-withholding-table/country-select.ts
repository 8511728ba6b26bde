import { countryName } from '../../core/format.js';
import { COUNTRY_CODES } from '../../core/countries.js';
import { INTL_TAG, type Locale } from '../../core/locale.js';

/*
 * The country <select> holds all 249 countries, but a reader needs them only
 * once they open or search it. Until then the widget renders the chosen
 * country alone (through Lit, so server rendering shows it too); on focus or
 * search the full list is added here, as plain options built once per
 * language and cloned: as 249 Lit templates per table they made a page's
 * first render one long task and cost a hundred kilobytes of heap per table.
 */
const lists = new Map<Locale, HTMLSelectElement>();

function allCountries(locale: Locale): HTMLSelectElement {
  let list = lists.get(locale);
  if (!list) {
    const collator = new Intl.Collator(INTL_TAG[locale]);
    list = document.createElement('select');
    const named = COUNTRY_CODES.map((code) => [code, countryName(code, locale)] as const).sort((a, b) => collator.compare(a[1], b[1]));
    for (const [code, name] of named) list.add(new Option(name, code));
    lists.set(locale, list);
  }
  return list;
}

/**
 * Replaces the options of `select` with the countries matching `needle`
 * (all when empty; the selected one always). Only options are touched: the
 * Lit markers around the single-option part stay.
 */
export function fillCountries(select: HTMLSelectElement, locale: Locale, needle: string, selected: string): void {
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
