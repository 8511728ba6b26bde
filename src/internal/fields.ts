import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Settings, Table } from './settings.js';

/*
 * The markup of a widget's inputs: one labelled text input for numbers and
 * one native select, for every widget, reading and writing its settings
 * (settings.ts). Kept apart from the controller so a widget without inputs
 * (the cloud) does not carry them.
 * Messages are linked with aria-describedby, not live regions: a reader
 * typing "1,500.50" key by key must not hear every passing message (the
 * widget's live region speaks once, after a pause: announcer.ts).
 * Every function takes the widget's own settings and one of its keys: a
 * mistyped setting name does not compile (tests/internal/settings.test.ts).
 */

interface NumberInputView {
  id: string;
  label: string;
  /** A short unit or hint under the label, e.g. "US$ the buyer paid". */
  hint?: string;
  text: string;
  error?: string;
  inputmode: 'numeric' | 'decimal';
  onInput: (text: string) => void;
}

/** A labelled text input for numbers, with its inline message. */
function numberInput(f: NumberInputView): TemplateResult {
  const describedBy = [f.hint ? `${f.id}-hint` : '', f.error ? `${f.id}-msg` : ''].filter(Boolean).join(' ');
  return html`<div class="field ${f.error ? 'invalid' : ''}" part="field">
    <label for=${f.id}>${f.label}</label>
    ${f.hint ? html`<span class="hint" id="${f.id}-hint">${f.hint}</span>` : nothing}
    <input
      id=${f.id}
      part="input"
      type="text"
      inputmode=${f.inputmode}
      autocomplete="off"
      spellcheck="false"
      .value=${f.text}
      aria-invalid=${f.error ? 'true' : 'false'}
      aria-describedby=${describedBy || nothing}
      @input=${(e: Event) => f.onInput((e.target as HTMLInputElement).value)}
    />
    <p class="msg" id="${f.id}-msg">${f.error ?? nothing}</p>
  </div>`;
}

interface SelectView {
  id: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
}

/** A labelled native select. */
function selectInput(f: SelectView): TemplateResult {
  return html`<div class="field" part="field">
    <label for=${f.id}>${f.label}</label>
    <select id=${f.id} part="input" @change=${(e: Event) => f.onChange((e.target as HTMLSelectElement).value)}>
      ${f.options.map((o) => html`<option value=${o.value} ?selected=${o.value === f.value}>${o.label}</option>`)}
    </select>
  </div>`;
}

/** A labelled number input for setting `key`. */
export function numberField<S extends Table>(settings: Settings<S>, key: keyof S & string, label: string, hint?: string): TemplateResult {
  const f = settings.field(key);
  return numberInput({
    id: key,
    label,
    hint,
    text: f.text,
    error: f.problem,
    inputmode: f.inputmode,
    onInput: (text) => settings.set(key, text),
  });
}

/** A checkbox for a yes/no setting `key`, its label beside it. */
export function checkField<S extends Table>(settings: Settings<S>, key: keyof S & string, label: string): TemplateResult {
  return html`<div class="field check" part="field">
    <input
      id=${key}
      part="input"
      type="checkbox"
      .checked=${settings.field(key).value === true}
      @change=${(e: Event) => settings.set(key, String((e.target as HTMLInputElement).checked))}
    />
    <label for=${key}>${label}</label>
  </div>`;
}

/**
 * Fields that only some readers need, folded under a summary. A group opens
 * by itself when the page gives it something to show (`openAtFirst`), and
 * from then on it is the reader's: once open it stays open, whatever the
 * reader types or clears in it, until the reader closes it (and closed until
 * they open it). A group that closed under a reader's hands would take their
 * focus and lose what they were typing.
 */
export class FieldGroups {
  /** The state each group was last seen in (a reader's toggle, or its first opening). */
  #open = new Map<string, boolean>();

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Whether group `name` is open (or opens at first, by `openAtFirst`). */
  isOpen(name: string, openAtFirst = false): boolean {
    return this.#open.get(name) ?? openAtFirst;
  }

  render(name: string, summary: string, openAtFirst: boolean, fields: unknown): TemplateResult {
    return html`<details class="group" ?open=${this.isOpen(name, openAtFirst)} @toggle=${(e: Event) => this.#toggled(name, e)}>
      <summary>${summary}</summary>
      <div class="fields">${fields}</div>
    </details>`;
  }

  #toggled(name: string, e: Event): void {
    const open = (e.target as HTMLDetailsElement).open;
    if (this.#open.get(name) === open) return;
    this.#open.set(name, open);
    this.host.requestUpdate();
  }
}

/** A labelled select for setting `key`. */
export function selectField<S extends Table>(
  settings: Settings<S>,
  key: keyof S & string,
  label: string,
  options: readonly { value: string; label: string }[],
): TemplateResult {
  return selectInput({ id: key, label, value: String(settings.field(key).value), options, onChange: (value) => settings.set(key, value) });
}
