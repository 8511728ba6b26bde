import { html, nothing, type LitElement, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import { Announcer } from './announcer.js';
import { ResultEvents } from './result-events.js';
import { formatNumber } from '../core/format.js';
import { cutText } from '../core/keywords.js';
import type { Locale } from '../core/locale.js';
import { parseAttrNumber, parseTypedNumber, type NumberRule, type Parsed } from '../core/parse.js';
import type { Diagnosis, Problem } from './problem.js';
import { activeLocale } from './locale-state.js';
import { reasonText, pageProblemsText } from './messages.js';
import type { Theme } from './page-scheme.js';

export type { Diagnosis, Problem };

/*
 * Every setting of a widget — numbers, choices and text, whether the page
 * sets it (attribute or property) or the reader types it — is read by one
 * controller from one table per widget. The table says how each setting is
 * read and what it falls back to; the controller keeps the reader's drafts,
 * the last valid values and the messages. After a reader's change it has the
 * widget's events fired (result-events.ts) and its live region speak
 * (announcer.ts). Attribute names come from the element's own Lit property
 * declarations, so they are written once.
 *
 * Messages go to whoever can act on them. What the reader typed that cannot
 * be used is said next to the field, in the reader's language. A page's
 * setting that cannot be used concerns only the blogger who wrote it: the
 * widget shows one short line, and the console says exactly what and why, in
 * English, from a chunk loaded only then (diagnostics.ts) — readers of a
 * correct page carry none of those words.
 */

/** What reading a value gives: the value, or why it cannot be used. */
export type Read<T> = { ok: true; value: T } | { ok: false; problem: Problem };

/** How one setting is read. Made with `numberSetting`, `optionalNumber`, `choiceSetting` or `textSetting`. */
export interface Setting<T> {
  /** The value when nothing usable is given; may depend on the settings listed before it. */
  fallback: T | ((values: Readonly<Record<string, unknown>>) => T);
  /** Reads what the page gave: attribute text, or a property of any type a framework may pass. Never throws. */
  fromPage(raw: unknown): Read<T>;
  /** Reads what the reader typed or picked, in the page's language. */
  fromReader?(text: string, locale: Locale): Read<T>;
  /** The text an input shows for a value, in the reader's language. */
  format(value: T, locale: Locale): string;
  inputmode?: 'numeric' | 'decimal';
}

type ValueOf<S> = S extends Setting<infer T> ? T : never;
/** A widget's table of settings, by property name. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a table holds settings of every value type
export type Table = Record<string, Setting<any>>;

interface Field {
  value: unknown;
  /** Why what was given cannot be used. */
  problem?: Problem;
  origin: 'page' | 'reader';
  /** What the input shows: the reader's own draft, or the setting in the reader's number format. */
  text: string;
  /** What was given, for the console. */
  raw: unknown;
}

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const numberRead = (parsed: Parsed, rule: NumberRule): Read<number> =>
  parsed.ok ? ok(parsed.value) : { ok: false, problem: { reason: parsed.reason, rule } };

/** What a reader is told of a problem beside its field, in their language: a number's reason (the only kind a reader can type). */
export function problemText(problem: Problem | undefined, locale: Locale): string | undefined {
  return problem && 'rule' in problem ? reasonText(problem.reason, problem.rule, locale) : undefined;
}

/** A number the page sets and the reader never types (the cloud's sizes): its bundle carries no reader's parsing. */
export function pageNumber(rule: NumberRule, fallback: number): Setting<number> {
  return {
    fallback,
    fromPage: (raw) => numberRead(parseAttrNumber(raw, rule), rule),
    format: (value, locale) => formatNumber(value, locale),
  };
}

/** A number with a default and an input. `fallback` may be a function of the settings before it (`minimum` by `media`). */
export function numberSetting(
  rule: NumberRule,
  fallback: number | ((values: Readonly<Record<string, unknown>>) => number),
): Setting<number> {
  return {
    fallback,
    fromPage: (raw) => numberRead(parseAttrNumber(raw, rule), rule),
    fromReader: (text, locale) => numberRead(parseTypedNumber(text, locale, rule), rule),
    format: (value, locale) => formatNumber(value, locale),
    inputmode: rule.integer ? 'numeric' : 'decimal',
  };
}

/** A number with no default (the Rupiah rate): left empty, it is `undefined`. */
export function optionalNumber(rule: NumberRule): Setting<number | undefined> {
  const base = numberSetting(rule, 0);
  return {
    ...base,
    fallback: undefined,
    fromReader: (text, locale) =>
      text.trim() === '' ? ok(undefined) : (base.fromReader as NonNullable<typeof base.fromReader>)(text, locale),
    format: (value, locale) => (value === undefined ? '' : formatNumber(value, locale)),
  };
}

/**
 * One of a fixed set of words (`media`, `rules`, `sort`, `country` …). `normalize` maps what is given onto
 * the options; `problem` says why something else cannot be used (by default: it is not one of the options).
 */
export function choiceSetting<V extends string>(
  options: readonly V[],
  fallback: V,
  problem: Problem = { reason: 'choice', options },
  normalize: (text: string) => string = (text) => text.trim(),
): Setting<V> {
  const read = (raw: unknown): Read<V> => {
    const text = typeof raw === 'string' || typeof raw === 'number' ? normalize(String(raw)) : undefined;
    return text !== undefined && (options as readonly string[]).includes(text) ? ok(text as V) : { ok: false, problem };
  };
  return { fallback, fromPage: read, fromReader: read, format: (value) => value };
}

/** A `URL` object (from this window or another): frameworks pass them for links. */
const isUrl = (raw: unknown): raw is URL =>
  typeof raw === 'object' && raw !== null && Object.prototype.toString.call(raw) === '[object URL]';

/** Free text with its own reader (`tiers`, `href`, `for`). A `URL` object counts as its text. */
export function textSetting<T>(parse: (text: string) => Read<T>, fallback: T): Setting<T> {
  const read = (raw: unknown): Read<T> =>
    typeof raw === 'string' ? parse(raw) : isUrl(raw) ? parse(String(raw.href)) : { ok: false, problem: { reason: 'not-text' } };
  return { fallback, fromPage: read, fromReader: read, format: (value) => (typeof value === 'string' ? value : '') };
}

/**
 * A yes/no setting (`us-person`): the attribute's presence or a boolean
 * property; the reader's checkbox. A framework's `"false"` string is no.
 */
export function flagSetting(): Setting<boolean> {
  const read = (raw: unknown): Read<boolean> =>
    ok(raw === true || raw === 1 || (typeof raw === 'string' && raw.trim().toLowerCase() !== 'false'));
  return { fallback: false, fromPage: read, fromReader: read, format: (value) => String(value) };
}

/** Every widget's `theme`: `light` or `dark` overrides what the page's colours suggest; `auto` (the default) follows them. */
export const themeSetting = () => choiceSetting<Theme>(['auto', 'light', 'dark'], 'auto');

/** The calculators' `share`: `off` hides the share action and ignores share links (share.ts). */
export const shareSetting = () => choiceSetting(['on', 'off'], 'on');

/* An attribute value shown back in its input is cut: a 1 MB attribute must not fill the field. */
const MAX_SHOWN = 100;

export interface SettingsOptions {
  /** The widget's one event, fired after each change the reader makes, with `host.result` as its detail. */
  event?: string;
  /** The key result as one sentence, announced when the reader stops typing ("Earnings Jan–Dec $443.75"). */
  summary?: () => string;
}

/** `readerChanged`: the widget answers a reader's change first and its slow parts after (widget-element.ts). */
type Host = LitElement & { readonly result?: unknown; readonly answering?: boolean; readerChanged?(): void };

/** The settings of one widget, from its table (see the top of this file). */
export class Settings<S extends Table> implements ReactiveController {
  #fields = {} as Record<keyof S, Field>;
  #drafts = new Map<keyof S, { text: string; locale: Locale }>();
  #last = new Map<keyof S, unknown>();
  #events: ResultEvents;
  /** The widget's live region: render `announcer.region()`; `announcer.say()` speaks now. */
  readonly announcer: Announcer;
  /** Whether the host has finished an update: until then its properties are its starting values, not changes. */
  #updated = false;

  constructor(
    private readonly host: Host,
    private readonly specs: S,
    options: SettingsOptions = {},
  ) {
    host.addController(this);
    this.#events = new ResultEvents(host, options.event);
    this.announcer = new Announcer(host, {
      summary: options.summary,
      problem: () =>
        problemText(Object.values<Field>(this.#fields).find((f) => f.origin === 'reader' && f.problem)?.problem, activeLocale()),
    });
  }

  hostUpdated(): void {
    this.#updated = true;
  }

  /**
   * Reads every setting, in table order. A changed attribute or property
   * replaces what the reader typed in that field; `sources` stands in for a
   * property (the tax table's amount from a linked calculator).
   */
  read(changed: ReadonlyMap<PropertyKey, unknown>, sources: Partial<Record<keyof S, unknown>> = {}): void {
    const locale = activeLocale();
    const values: Record<string, unknown> = {};
    for (const key of Object.keys(this.specs) as (keyof S & string)[]) {
      // The first update's "changes" are the page's attributes as the widget starts: not a change that
      // replaces a draft (a share link's values, restored on connect, must survive them).
      if (this.#updated && changed.has(key)) this.#drafts.delete(key);
      const spec = this.specs[key] as Setting<unknown>;
      const fallback = typeof spec.fallback === 'function' ? (spec.fallback as (v: typeof values) => unknown)(values) : spec.fallback;
      const raw = key in sources ? sources[key] : (this.host as unknown as Record<string, unknown>)[key];
      const field = this.#readOne(key, spec, raw, fallback, locale);
      if (field.problem === undefined) this.#last.set(key, field.value);
      this.#fields[key] = field;
      values[key] = field.value;
    }
  }

  #readOne(key: keyof S, spec: Setting<unknown>, raw: unknown, fallback: unknown, locale: Locale): Field {
    const draft = this.#drafts.get(key);
    if (draft && spec.fromReader) {
      // The page's language changed while the reader typed: read the draft in the language it was
      // typed in and write it in the new one ("1,500.5" → "1.500,5"), so the value stays what they meant.
      if (draft.locale !== locale) {
        const before = spec.fromReader(draft.text, draft.locale);
        if (before.ok) draft.text = spec.format(before.value, locale);
        draft.locale = locale;
      }
      const typed = spec.fromReader(draft.text, locale);
      if (typed.ok) return { value: typed.value, origin: 'reader', text: draft.text, raw: draft.text };
      const last = this.#last.has(key) ? this.#last.get(key) : fallback;
      return { value: last, problem: typed.problem, origin: 'reader', text: draft.text, raw: draft.text };
    }
    if (raw === undefined || raw === null) return { value: fallback, origin: 'page', text: spec.format(fallback as never, locale), raw };
    const given = spec.fromPage(raw);
    if (given.ok) return { value: given.value, origin: 'page', text: spec.format(given.value as never, locale), raw };
    const shown = typeof raw === 'string' ? cutText(raw, MAX_SHOWN) : '';
    return { value: fallback, problem: given.problem, origin: 'page', text: shown, raw };
  }

  /** The value to compute with. Read on first use if no update has read the settings yet (a link restored on connect). */
  value<K extends keyof S>(key: K): ValueOf<S[K]> {
    if (!this.#fields[key]) this.read(new Map());
    return this.#fields[key].value as ValueOf<S[K]>;
  }

  /** Why the value given for `key` cannot be used, if it cannot. */
  problem(key: keyof S): Problem | undefined {
    return this.#fields[key].problem;
  }

  /**
   * What the reader changed and can use: `[key, value]` in the page's own
   * notation (`0.5`, `adobe-stock`, `true`, `''` for a cleared field), for a
   * share link (share.ts).
   */
  changed(): [keyof S & string, string][] {
    return [...this.#drafts.keys()]
      .filter((key) => this.#fields[key] && !this.#fields[key].problem)
      .map((key) => [key as keyof S & string, this.#fields[key].value === undefined ? '' : String(this.#fields[key].value)]);
  }

  /**
   * Takes a value from a share link as if the reader had typed it: read by
   * the page's rules (plain `0.5`, never `0,5`), then kept as a draft in the
   * reader's notation. False, and nothing changes, when it cannot be used.
   */
  restore(key: keyof S & string, raw: string): boolean {
    const spec = this.specs[key] as Setting<unknown> | undefined;
    if (!spec?.fromReader) return false;
    const read = raw === '' ? spec.fromReader('', activeLocale()) : spec.fromPage(raw);
    if (!read.ok) return false;
    this.#drafts.set(key, { text: spec.format(read.value as never, activeLocale()), locale: activeLocale() });
    this.host.requestUpdate();
    return true;
  }

  /** Drops what the reader typed in a field (a linked calculator's new total replaces a typed amount). */
  forget(key: keyof S): void {
    this.#drafts.delete(key);
  }

  /** The attribute that sets a property, from the element's Lit declaration. */
  attribute(key: keyof S & string): string {
    const declared = (this.host.constructor as typeof ReactiveElement).elementProperties.get(key)?.attribute;
    return typeof declared === 'string' ? declared : key.toLowerCase();
  }

  /** A reader's change: keep the draft, update, fire the event, and speak after a pause. */
  set(key: keyof S, text: string): void {
    this.#drafts.set(key, { text, locale: activeLocale() });
    if (this.host.readerChanged) this.host.readerChanged();
    else this.host.requestUpdate();
    this.#events.readerChanged();
    this.announcer.afterPause();
  }

  /** What an input for `key` shows: the text and the message, and the keyboard it wants. */
  field(key: keyof S & string): { text: string; problem?: string; inputmode: 'numeric' | 'decimal'; value: unknown } {
    const f = this.#fields[key];
    const problem = problemText(f.problem, activeLocale());
    return { text: f.text, problem, value: f.value, inputmode: (this.specs[key] as Setting<unknown>).inputmode ?? 'decimal' };
  }

  /**
   * The page's settings that cannot be used and have no input showing their
   * message (choices, `readonly`, hidden fields), with the widget's own
   * `diagnoses` (a `for=` that names nothing …): one short line in the
   * widget and the details in the console (see the top of this file). Then the
   * `notes` for the reader (a share link that could not be used).
   */
  notices(
    shown: (key: keyof S) => boolean,
    diagnoses: readonly Diagnosis[] = [],
    notes: readonly string[] = [],
  ): TemplateResult | typeof nothing {
    const unusable = (Object.keys(this.#fields) as (keyof S & string)[])
      .filter((key) => this.#fields[key].problem && this.#fields[key].origin === 'page' && !shown(key))
      .map((key): Diagnosis => ({
        attribute: this.attribute(key),
        given: this.#fields[key].raw,
        problem: this.#fields[key].problem as Problem,
      }))
      .concat(diagnoses);
    if (unusable.length) void import('./diagnostics.js').then((d) => d.report(this.host, unusable));
    const lines = unusable.length ? [pageProblemsText(), ...notes] : notes;
    return lines.length ? html`<div class="notices">${lines.map((text) => html`<p class="notice">${text}</p>`)}</div>` : nothing;
  }
}
