import { html, svg, type TemplateResult } from 'lit';
import { decToNumber } from '../../core/decimal.js';
import type { MonthProjection } from '../../core/royalty.js';

/*
 * Cumulative earnings, month by month: an inline SVG area and line with a
 * dot per month and a dashed rule where a new level is reached. No chart
 * library: a dozen points need none.
 *
 * The SVG stretches to its box (preserveAspectRatio="none") with strokes that
 * do not scale, so it fills a phone and a desktop alike; month names and level
 * marks are HTML under it, in a grid of one column per month, so text keeps
 * the page's size instead of shrinking with the drawing. Points sit at the
 * centre of their column. No inline styles anywhere (strict CSP).
 *
 * All agencies together, when the reader compares (agency-comparison.ts), is a
 * dashed line with square points and a legend in words: it is never told
 * from Shutterstock's by colour alone.
 */
const W = 120;
const H = 50;
const TOP = 3;

export interface ChartLabels {
  month: (month: number) => string;
  level: (level: number) => string;
}

/** A second series drawn beside Shutterstock's (all agencies together). */
export interface ComparedSeries {
  /** The name of the first series (Shutterstock's, from core/agencies.ts) and of this one, for the legend. */
  base: string;
  name: string;
  months: readonly MonthProjection[];
}

export function royaltyChart(
  months: readonly MonthProjection[],
  labels: ChartLabels,
  startLevel: number,
  name: string,
  compared?: ComparedSeries,
): TemplateResult {
  const n = Math.max(1, months.length);
  const max = Math.max(
    ...months.map((m) => decToNumber(m.cumulative)),
    ...(compared?.months ?? []).map((m) => decToNumber(m.cumulative)),
    0,
  );
  const x = (i: number) => ((i + 0.5) * W) / n;
  const y = (m: MonthProjection) => H - (max > 0 ? (decToNumber(m.cumulative) / max) * (H - TOP) : 0);
  const line = (series: readonly MonthProjection[]) => series.map((m, i) => `${x(i).toFixed(2)},${y(m).toFixed(2)}`);
  const points = line(months);
  const area = months.length ? `M${x(0).toFixed(2)},${H} L${points.join(' L')} L${x(n - 1).toFixed(2)},${H} Z` : '';
  const steps = months.map((m, i) => m.level > (i === 0 ? startLevel : months[i - 1].level));
  // Every other level mark may drop a line (the styles do so in a narrow chart): marks in neighbouring months never collide.
  let marks = 0;
  const alternate = steps.map((step) => step && marks++ % 2 === 1);
  return html`<svg viewBox="0 0 ${W} ${H}" preserveAspectRatio="none" role="img" aria-label=${name} focusable="false">
      ${months.map((_, i) => (steps[i] ? svg`<line class="step" x1=${x(i)} y1="0" x2=${x(i)} y2=${H}></line>` : null))}
      <path class="area" d=${area}></path>
      <polyline class="line" points=${points.join(' ')}></polyline>
      ${months.map((m, i) => svg`<path class="dot" d="M${x(i).toFixed(2)} ${y(m).toFixed(2)}h0"></path>`)}
      ${
        compared
          ? svg`<polyline class="line other" points=${line(compared.months).join(' ')}></polyline>
          ${compared.months.map((m, i) => svg`<path class="dot other" d="M${x(i).toFixed(2)} ${y(m).toFixed(2)}h0"></path>`)}`
          : null
      }
    </svg>
    <ol class="ticks" aria-hidden="true">
      ${months.map(
        (m, i) =>
          html`<li>
            <span class="m">${labels.month(m.month)}</span
            >${steps[i] ? html`<span class="step-label ${alternate[i] ? 'alt' : ''}">${labels.level(m.level)}</span>` : null}
          </li>`,
      )}
    </ol>
    ${
      compared
        ? html`<p class="legend">
            <span><span class="swatch"></span>${compared.base}</span> <span><span class="swatch other"></span>${compared.name}</span>
          </p>`
        : null
    }`;
}
