import type { NumberRule } from '../core/parse.js';
import { cutText } from '../core/keywords.js';
import type { Diagnosis, Problem } from './problem.js';

/*
 * What a blogger needs to fix a setting the widget cannot use, said in the
 * browser console, in English (the language of the attributes and of every
 * console). A chunk loaded only by a widget whose page has such a mistake:
 * a correct page's readers carry none of these words. The widget itself
 * shows one short line in the reader's language (messages.ts).
 */

/* A value quoted back to the blogger is cut: a 1 MB attribute must not fill the console. */
const QUOTE_LENGTH = 60;

/** A page value as quoted: strings (cut) and finite numbers, never `[object …]`, `NaN` or a symbol. */
function quote(raw: unknown): string | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? String(raw) : undefined;
  if (typeof raw !== 'string') return undefined;
  const text = raw.replace(/\s+/g, ' ').trim();
  const cut = cutText(text, QUOTE_LENGTH);
  return cut.length < text.length ? `${cut}…` : cut;
}

const bound = (n: number | undefined) => (n === undefined ? '' : n.toLocaleString('en-US'));

/** Why a number cannot be used. */
function numberWhy(reason: string, rule: NumberRule): string {
  switch (reason) {
    case 'empty':
      return 'it is empty';
    case 'not-a-number':
      return 'it is not a number (write plain numbers: 0.35, 2500)';
    case 'ambiguous':
      return 'write decimals with a point and no thousands separator (1500.5)';
    case 'negative':
      return 'it must not be negative';
    case 'not-integer':
      return 'it must be a whole number';
    case 'too-small':
      return `it must be ${rule.minExclusive ? 'more than' : 'at least'} ${bound(rule.min ?? 0)}`;
    default:
      return `it must be at most ${bound(rule.max)}`;
  }
}

/* What is wrong, and what the widget does instead when that is not "the default is used". */
const WHY: Record<string, [why: string, instead?: string]> = {
  'not-text': ['it must be text (a string, or a URL object)'],
  'unsafe-link': ['only relative links or links starting with http:// or https:// are allowed', 'Tags are shown without links.'],
  'unsafe-feed': ['the feed address must be relative or start with http:// or https://', 'The keywords in the element are shown.'],
  country: ['use a two-letter country code (ISO 3166), such as ID, MY or US'],
  'tags-unusable': ['use a keyword line, or a list (array, Set) of names or { name, count }', 'The text inside the element is used.'],
  'tiers-empty': ['the level table is empty'],
  'tiers-garbage': ['write the levels as from:percent separated by commas, e.g. 0:15,101:20,251:25'],
  'tiers-not-from-zero': ['the first level must start at 0'],
  'tiers-unsorted': ['levels must be listed from the lowest count up'],
  'tiers-duplicate': ['two levels start at the same count'],
  'tiers-rate-out-of-range': ['a royalty must be between 0 and 100 percent'],
  'tiers-too-many': ['at most 20 levels'],
  'to-date-unused': [
    'not used: the projection starts in January, when the count starts again at 0',
    'To count earlier downloads, set start-month to the month after them.',
  ],
  'for-missing': ['no <royalty-tier-calc> with this id on the page', 'The table uses its own amount.'],
  'for-wrong': ['the element with this id is not a <royalty-tier-calc>', 'The table uses its own amount.'],
  'for-unusable': ['the linked calculator gave no usable total (not a finite number ≥ 0)', 'The table uses its own amount.'],
  'for-too-large': ['the linked calculator’s year total ({detail}) is more than this table takes', 'The table uses its own amount.'],
};

/** The sentence after the attribute: why, then what happens instead. */
export function explain(problem: Problem): string {
  let why: string;
  let instead = 'The default is used.';
  if ('rule' in problem) why = numberWhy(problem.reason, problem.rule);
  else if ('options' in problem) why = `use one of: ${problem.options.join(', ')}`;
  else {
    [why, instead = instead] = WHY[problem.reason] ?? ['it cannot be used'];
    why = why.replace('{detail}', 'detail' in problem ? (problem.detail ?? '') : '');
  }
  return `${why}. ${instead}`;
}

/* What has been said of each widget, so a widget that renders again says nothing twice. */
const said = new WeakMap<Element, Set<string>>();

/**
 * The internal event a widget fires (bubbling, not composed) for each mistake said: our configurator marks
 * the attribute with the same words. Not part of the public API.
 */
export const UNUSABLE = 'fw-unusable';

/** Says in the console, once per widget and mistake, what the widget's page set that it cannot use. */
export function report(widget: Element, diagnoses: readonly Diagnosis[]): void {
  let seen = said.get(widget);
  if (!seen) said.set(widget, (seen = new Set()));
  const who = `<${widget.localName}${widget.id ? ` id="${quote(widget.id)}"` : ''}>`;
  for (const d of diagnoses) {
    const given = quote(d.given);
    const line = `freelancer-widgets: ${who} ${d.attribute}${given === undefined ? '' : `="${given}"`}: ${explain(d.problem)}`;
    if (seen.has(line)) continue;
    seen.add(line);
    console.warn(line);
    widget.dispatchEvent(new CustomEvent(UNUSABLE, { bubbles: true, detail: { attribute: d.attribute, text: explain(d.problem) } }));
  }
}
