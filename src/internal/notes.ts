import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatDate } from '../core/format.js';
import type { Locale } from '../core/locale.js';
import type { Source } from '../core/sources.js';
import { sourceLabel } from './messages.js';

/**
 * A note under a widget's results: a caveat, a date, an unverified figure.
 * Notes are data, rendered by one loop; `when` decides if a note applies now.
 */
export interface Note<C> {
  id: string;
  text: (context: C) => string;
  when?: (context: C) => boolean;
  source?: Source;
}

/** The notes that apply, as a list (nothing when none does). */
// A space between two pieces is a string in a binding: the CDN build's template minifier drops
// whitespace at the edges of a template, so \` <a>\` would glue the link to the sentence.
export function renderNotes<C>(notes: readonly Note<C>[], context: C): TemplateResult | typeof nothing {
  const shown = notes.filter((n) => !n.when || n.when(context));
  if (!shown.length) return nothing;
  return html`<ul class="notes">
    ${shown.map(
      (n) =>
        html`<li data-note=${n.id}>
          ${n.text(context)}${n.source ? [' ', html`<a href=${n.source.url}>${n.source.title}</a>`] : nothing}
        </li>`,
    )}
  </ul>`;
}

/**
 * "Source: <title>, in force since 1 June 2020; checked 26 November 2026." — dates in the reader's
 * language. A table's revision is called so ("revised February 2019"), not the day its rules took effect.
 */
export function renderSource(source: Source, locale: Locale, extra: string | typeof nothing = nothing): TemplateResult {
  const from = formatDate(source.asOf, locale);
  const checked = formatDate(source.checked, locale);
  const when = source.revision
    ? msg(str`revised ${from}; checked ${checked}.`, { id: 'x16' })
    : source.until
      ? msg(str`in force ${from} – ${formatDate(source.until, locale)}; checked ${checked}.`, { id: 'x14' })
      : msg(str`in force since ${from}; checked ${checked}.`, { id: 'x15' });
  return html`<p class="source">${sourceLabel()}: <a href=${source.url}>${source.title}</a>, ${when} ${extra}</p>`;
}
