import { svg, type SVGTemplateResult } from 'lit';
import { decToNumber } from '../../core/decimal.js';
import type { MonthProjection } from '../../core/royalty.js';

/*
 * Cumulative earnings, month by month, as an inline SVG line with a dot per
 * month and a dashed rule where a new level is reached. No chart library: a
 * dozen points need none. Geometry is in viewBox units; the SVG scales to its
 * container, and text sizes come from the stylesheet (no inline styles).
 */
const W = 480;
const H = 200;
const PAD = { top: 16, right: 16, bottom: 28, left: 16 };

export interface ChartLabels {
  month: (month: number) => string;
  level: (level: number) => string;
  money: (m: MonthProjection) => string;
}

export function royaltyChart(months: readonly MonthProjection[], labels: ChartLabels, startLevel: number): SVGTemplateResult {
  const max = Math.max(...months.map((m) => decToNumber(m.cumulative)), 0);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const step = months.length > 1 ? plotW / (months.length - 1) : 0;
  const x = (i: number) => PAD.left + (months.length > 1 ? i * step : plotW / 2);
  const y = (v: number) => PAD.top + plotH - (max > 0 ? (v / max) * plotH : 0);
  const points = months.map((m, i) => `${x(i).toFixed(1)},${y(decToNumber(m.cumulative)).toFixed(1)}`);
  const baseline = PAD.top + plotH;
  const area = months.length ? `M${x(0).toFixed(1)},${baseline} L${points.join(' L')} L${x(months.length - 1).toFixed(1)},${baseline} Z` : '';
  const last = months.length - 1;
  return svg`
    <line class="axis" x1=${PAD.left} y1=${baseline} x2=${W - PAD.right} y2=${baseline}></line>
    ${months.map((m, i) => {
      const previous = i === 0 ? startLevel : months[i - 1].level;
      return m.level > previous
        ? svg`<line class="step" x1=${x(i)} y1=${PAD.top} x2=${x(i)} y2=${baseline}></line>
            <text class="step-label" x=${x(i) - 4} y=${PAD.top + 10} text-anchor="end">${labels.level(m.level)}</text>`
        : null;
    })}
    <path class="area" d=${area}></path>
    <polyline class="line" points=${points.join(' ')}></polyline>
    ${months.map((m, i) => svg`<circle class="dot" cx=${x(i)} cy=${y(decToNumber(m.cumulative))} r="3.5"></circle>
      <text class="tick" x=${x(i)} y=${H - 8} text-anchor=${i === 0 && months.length > 1 ? 'start' : i === last && months.length > 1 ? 'end' : 'middle'}>${labels.month(m.month)}</text>`)}
    ${last >= 0
      ? svg`<text class="total" x=${x(last) - 6} y=${Math.max(PAD.top + 24, y(decToNumber(months[last].cumulative)) - 8)} text-anchor="end">${labels.money(months[last])}</text>`
      : null}
  `;
}

export const CHART_VIEWBOX = `0 0 ${W} ${H}`;
