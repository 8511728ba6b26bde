import { html, nothing, svg } from 'lit';
import { dec } from '../../core/decimal.js';
import type { CriterionResult } from '../../core/fiverr-levels.js';
import type { Metric } from '../../core/fiverr-rules.js';
import { formatNumber, formatUsd } from '../../core/format.js';
import { activeLocale } from '../../internal/locale-state.js';
import * as m from './fiverr-level-meter.messages.js';

/*
 * One criterion of the next level, as the reader sees it: its name, whether
 * it is met (told in words and a mark, not by colour alone), a meter with its
 * value in words for screen readers, the gap in the criterion's own unit, and
 * where the target comes from when it is not Fiverr's own page (reported by
 * freelancers, or the reader's own from their Level overview).
 */

/** A value in the metric's own unit: "4.8", "US$2,000.00", "90%". */
export function amount(metric: Metric, value: number): string {
  const locale = activeLocale();
  if (metric === 'earnings') return formatUsd(dec(value), locale);
  if (metric === 'responseRate' || metric === 'completionRate' || metric === 'onTimeRate') return `${formatNumber(value, locale, 1)}%`;
  return formatNumber(value, locale, 2);
}

/** What is missing for a criterion: "3 more orders", "US$300.00 more", "Met". */
export function gapText(r: CriterionResult): string {
  if (r.met) return m.met();
  if (r.value === null || r.gap === null) return m.enterValue();
  return m.gap(r.metric, formatNumber(r.gap, activeLocale(), 2), formatUsd(dec(r.gap), activeLocale()));
}

/** One item of "Still missing: …": the gap, or which value is not entered yet. */
export function missingText(r: CriterionResult): string {
  return r.value === null ? m.notEntered(m.metricLabel(r.metric)) : gapText(r);
}

/** " · reported", " · your target": where a target comes from, when it is not Fiverr's own page. */
function basis(r: CriterionResult): string {
  return r.basis === 'reported' ? ` · ${m.reportedTag()}` : r.basis === 'own' ? ` · ${m.ownTag()}` : '';
}

export function renderCriterion(r: CriterionResult) {
  const status = r.met ? 'met' : 'unmet';
  const state = (text: string) =>
    html`<span class="state"><span class="icon" aria-hidden="true">${r.met ? '✓' : '✗'}</span> ${text}</span>`;
  if (r.kind === 'max') {
    const text = r.met ? m.noneMet() : m.mustBeNone(amount(r.metric, r.value ?? 0), r.note ?? '60');
    return html`<li class="criterion ${status}"><span class="name">${m.metricLabel(r.metric)}</span>${state(text)}</li>`;
  }
  return html`<li class="criterion ${status}">
    <span class="name" id="m-${r.metric}">${m.metricLabel(r.metric)}</span>${state(gapText(r))} ${renderMeter(r, r.required)}
    <span class="values">${amount(r.metric, r.value ?? 0)} / ${amount(r.metric, r.required)}${basis(r)}</span>
  </li>`;
}

function renderMeter(r: CriterionResult, required: number) {
  const value = r.value ?? 0;
  const fraction = required > 0 ? Math.min(1, value / required) : 1;
  return html`<div
    class="meter"
    part="meter"
    role="meter"
    aria-labelledby="m-${r.metric}"
    aria-valuemin="0"
    aria-valuemax=${required}
    aria-valuenow=${Math.min(value, required)}
    aria-valuetext="${amount(r.metric, value)} / ${amount(r.metric, required)} — ${gapText(r)}"
  >
    <svg viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect class="track" x="0" y="0" width="100" height="8" rx="4"></rect>
      ${fraction > 0 ? svg`<rect class="fill" x="0" y="0" width=${(fraction * 100).toFixed(2)} height="8" rx="4"></rect>` : nothing}
    </svg>
  </div>`;
}
