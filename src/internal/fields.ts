import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { formatNumber } from '../core/format.js';
import type { Locale } from '../core/locale.js';
import { parseAttrNumber, parseTypedNumber, type NumberRule, type Reason } from '../core/parse.js';

/** A numeric setting of a widget: its rule and the value used when none is usable. */
export interface FieldSpec {
  rule: NumberRule;
  /** `undefined` for optional settings with no default (e.g. the Rupiah rate). */
  fallback: number | undefined;
}

export interface FieldRead {
  /** The value to compute with: what was read, else the last valid one, else the fallback. */
  value: number | undefined;
  /** Why what was given cannot be used. */
  error?: Reason;
  /** Where the error comes from: the page's HTML (attribute/property) or the reader's typing. */
  origin: 'attribute' | 'typed';
  /** Text for the input: the reader's own draft, or the setting in the reader's number format. */
  text: string;
}

/**
 * Reads one numeric setting. A reader's draft wins over the attribute and is
 * read in the page's language; an attribute or property is plain number
 * syntax. Unusable input keeps its text (nothing typed is lost) and yields an
 * error, while the value falls back to the last valid one.
 */
export function readField(spec: FieldSpec, raw: unknown, draft: string | undefined, lastValid: number | undefined, locale: Locale): FieldRead {
  const attribute = raw === null || raw === undefined ? undefined : raw;
  if (draft !== undefined) {
    if (draft.trim() === '' && spec.fallback === undefined) return { value: undefined, origin: 'typed', text: draft };
    const typed = parseTypedNumber(draft, locale, spec.rule);
    if (typed.ok) return { value: typed.value, origin: 'typed', text: draft };
    return { value: lastValid ?? spec.fallback, error: typed.reason, origin: 'typed', text: draft };
  }
  if (attribute === undefined) {
    return { value: spec.fallback, origin: 'attribute', text: spec.fallback === undefined ? '' : formatNumber(spec.fallback, locale) };
  }
  const parsed = parseAttrNumber(attribute, spec.rule);
  if (parsed.ok) return { value: parsed.value, origin: 'attribute', text: formatNumber(parsed.value, locale) };
  return { value: lastValid ?? spec.fallback, error: parsed.reason, origin: 'attribute', text: String(attribute) };
}

export interface NumberInputView {
  id: string;
  label: string;
  /** A short unit or hint under the label, e.g. "US$ per license". */
  hint?: string;
  text: string;
  error?: string;
  inputmode?: 'numeric' | 'decimal';
  onInput: (text: string) => void;
}

/** A labelled text input for numbers, with its inline message. One markup for every widget. */
export function numberInput(f: NumberInputView): TemplateResult {
  const describedBy = [f.hint ? `${f.id}-hint` : '', f.error ? `${f.id}-msg` : ''].filter(Boolean).join(' ');
  return html`<div class="field ${f.error ? 'invalid' : ''}" part="field">
    <label for=${f.id}>${f.label}</label>
    ${f.hint ? html`<span class="hint" id="${f.id}-hint">${f.hint}</span>` : nothing}
    <input
      id=${f.id}
      part="input"
      type="text"
      inputmode=${f.inputmode ?? 'decimal'}
      autocomplete="off"
      spellcheck="false"
      .value=${live(f.text)}
      aria-invalid=${f.error ? 'true' : 'false'}
      aria-describedby=${describedBy || nothing}
      @input=${(e: Event) => f.onInput((e.target as HTMLInputElement).value)}
    />
    <p class="msg" id="${f.id}-msg" aria-live="polite">${f.error ?? nothing}</p>
  </div>`;
}

export interface SelectView<V extends string> {
  id: string;
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
}

/** A labelled native select. */
export function selectInput<V extends string>(f: SelectView<V>): TemplateResult {
  return html`<div class="field" part="field">
    <label for=${f.id}>${f.label}</label>
    <select id=${f.id} part="input" @change=${(e: Event) => f.onChange((e.target as HTMLSelectElement).value as V)}>
      ${f.options.map((o) => html`<option value=${o.value} ?selected=${o.value === f.value}>${o.label}</option>`)}
    </select>
  </div>`;
}
