import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber } from '../core/format.js';
import type { Locale } from '../core/locale.js';
import { parseAttrNumber, parseTypedNumber, type NumberRule, type Reason } from '../core/parse.js';
import { attributeText, reasonText } from './messages.js';

/** A numeric setting of a widget: its attribute, rule and the value used when none is usable. */
export interface FieldSpec {
  attribute: string;
  rule: NumberRule;
  /** `undefined` for optional settings with no default (e.g. the Rupiah rate). */
  fallback: number | undefined;
}

export interface FieldRead {
  /** The value to compute with: what was read, else the last valid one, else the fallback. */
  value: number | undefined;
  /** Why what was given cannot be used. */
  error?: Reason;
  /** Where the value came from: the page's HTML (attribute/property) or the reader's typing. */
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
function readField(spec: FieldSpec, raw: unknown, draft: string | undefined, lastValid: number | undefined, locale: Locale): FieldRead {
  if (draft !== undefined) {
    if (draft.trim() === '' && spec.fallback === undefined) return { value: undefined, origin: 'typed', text: draft };
    const typed = parseTypedNumber(draft, locale, spec.rule);
    if (typed.ok) return { value: typed.value, origin: 'typed', text: draft };
    return { value: lastValid ?? spec.fallback, error: typed.reason, origin: 'typed', text: draft };
  }
  if (raw === undefined || raw === null) {
    return { value: spec.fallback, origin: 'attribute', text: spec.fallback === undefined ? '' : formatNumber(spec.fallback, locale) };
  }
  const parsed = parseAttrNumber(raw, spec.rule);
  if (parsed.ok) return { value: parsed.value, origin: 'attribute', text: formatNumber(parsed.value, locale) };
  return { value: lastValid ?? spec.fallback, error: parsed.reason, origin: 'attribute', text: String(raw) };
}

/**
 * The numeric inputs of one widget: what the reader typed (drafts), the last
 * valid value of each, and their rendering. One implementation for every
 * calculator, so every field reads, reports and remembers the same way.
 */
export class NumberFields<K extends string> {
  drafts: Partial<Record<K, string>> = {};
  reads = {} as Record<K, FieldRead>;
  #last: Partial<Record<K, number>> = {};

  constructor(readonly specs: Record<K, FieldSpec>) {}

  /** Reads every field from the host's current values (attributes or properties). */
  read(values: Partial<Record<K, unknown>>, locale: Locale, fallbacks: Partial<Record<K, number>> = {}): void {
    for (const key of Object.keys(this.specs) as K[]) {
      const spec = key in fallbacks ? { ...this.specs[key], fallback: fallbacks[key] } : this.specs[key];
      const read = readField(spec, values[key], this.drafts[key], this.#last[key], locale);
      if (!read.error && read.value !== undefined) this.#last[key] = read.value;
      this.reads[key] = read;
    }
  }

  /** The value to compute with (the fallback for optional fields may be `undefined`). */
  value(key: K): number | undefined {
    return this.reads[key].value;
  }

  /** A new attribute or property value replaces what the reader typed in that field. */
  forget(changed: ReadonlyMap<PropertyKey, unknown>): void {
    for (const key of Object.keys(this.specs) as K[]) if (changed.has(key)) delete this.drafts[key];
  }

  /** Renders a field's labelled input; `onInput` gets each keystroke's text. */
  input(key: K, locale: Locale, label: string, hint: string | undefined, onInput: (text: string) => void): TemplateResult {
    const read = this.reads[key];
    const rule = this.specs[key].rule;
    return numberInput({
      id: key,
      label,
      hint,
      text: read.text,
      error: read.error ? reasonText(read.error, rule, locale) : undefined,
      inputmode: rule.integer ? 'numeric' : 'decimal',
      onInput,
    });
  }

  /** Messages for unusable attribute values of fields that show no input (`readonly`, or hidden fields). */
  notices(locale: Locale, shown: (key: K) => boolean): string[] {
    return (Object.keys(this.specs) as K[])
      .filter((key) => this.reads[key].error && this.reads[key].origin === 'attribute' && !shown(key))
      .map((key) => attributeText(this.specs[key].attribute, reasonText(this.reads[key].error as Reason, this.specs[key].rule, locale)));
  }
}

export interface NumberInputView {
  id: string;
  label: string;
  /** A short unit or hint under the label, e.g. "US$ the buyer paid". */
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
      .value=${f.text}
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

/** Attribute messages, shown above the results. */
export function notices(list: readonly string[]): TemplateResult[] {
  return list.map((n) => html`<p class="notice" role="status">${n}</p>`);
}

/** Fires a widget's one event after the update a reader's input caused. */
export async function announce<T>(host: HTMLElement & { updateComplete: Promise<unknown> }, type: string, detail: () => T): Promise<void> {
  await host.updateComplete;
  host.dispatchEvent(new CustomEvent<T>(type, { detail: detail(), bubbles: true, composed: true }));
}
