import { css } from 'lit';

export const royaltyStyles = css`
  .chart {
    margin: 0 0 1.25em;
    container: chart / inline-size;
  }
  .chart svg {
    display: block;
    width: 100%;
    height: 9em;
    overflow: visible;
    border-block-end: 1px solid var(--_border);
  }
  @container fw (min-width: 640px) {
    .chart svg {
      height: 11em;
    }
  }
  .step {
    stroke: var(--_muted);
    stroke-width: 1;
    stroke-dasharray: 3 4;
    vector-effect: non-scaling-stroke;
  }
  .area {
    fill: var(--_accent);
    opacity: 0.12;
  }
  .line {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2.5;
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
  }
  .dot {
    stroke: var(--_accent);
    stroke-width: 7;
    stroke-linecap: round;
    vector-effect: non-scaling-stroke;
  }
  .ticks {
    display: grid;
    list-style: none;
    margin: 0.25em 0 0;
    padding: 0;
    font-size: max(12px, 0.75em);
    color: var(--_muted);
    text-align: center;
    line-height: 1.3;
    grid-auto-flow: column;
    grid-auto-columns: 1fr; /* one column per month, under its point */
  }
  .ticks li {
    white-space: nowrap;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  .ticks li::before,
  .ticks li::marker {
    content: none;
  }
  /*
   * Twelve short month names need about 20em of the chart's text size (so
   * larger text and a narrower box both count): when they do not fit, every
   * other one is left out, then two of three. Level marks always stay.
   */
  @container chart (max-width: 20em) {
    .ticks li:nth-child(even) .m {
      visibility: hidden;
    }
    /* Level marks in neighbouring months ("L2" in February, "L3" in March) would touch: every other one drops a line. */
    .step-label.alt {
      margin-block-start: 1.3em;
    }
  }
  @container chart (max-width: 10em) {
    .ticks li .m {
      visibility: hidden;
    }
    .ticks li:nth-child(3n + 1) .m {
      visibility: visible;
    }
  }
  /* A compared agency: dashed, square points, named in the legend (never told by colour alone). */
  .line.other {
    stroke: var(--_text);
    stroke-dasharray: 6 4;
  }
  .dot.other {
    stroke: var(--_text);
    stroke-linecap: square;
    stroke-width: 6;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin: 0.5em 0 0;
    font-size: max(12px, 0.8125em);
    color: var(--_muted);
  }
  .swatch {
    display: inline-block;
    width: 1.75em;
    margin-inline-end: 0.4em;
    vertical-align: middle;
    border-top: 3px solid var(--_accent);
  }
  .swatch.other {
    border-top: 3px dashed var(--_text);
  }
  /* Another agency's year: outlined, beside Shutterstock's accent tile; all agencies together: outlined in the accent, dashed like their line. */
  .stat.compare {
    background: transparent;
    border: 1px solid var(--_border);
  }
  .stat.all {
    background: transparent;
    border: 2px dashed var(--_accent);
  }
  .left-out {
    grid-column: 1 / -1;
  }
  /* The agencies to compare: a row of checkboxes across the group. */
  .agencies {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.25em;
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  /* Its checkbox labels (the month table's agency columns share the class name, not these rules). */
  .agencies > .agency {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    font-size: max(14px, 0.9375em);
  }
  .agencies > .agency input {
    width: 1.25em;
    height: 1.25em;
    min-height: 0;
    padding: 0;
    accent-color: var(--_accent);
  }
  .step-label {
    display: block;
    font-weight: 700;
    color: var(--_accent);
  }
  /* A narrow widget drops the monthly downloads (the same every month, in the field above), then the level column (the chart shows it). */
  @container fw (max-width: 480px) {
    .downloads,
    th.agency,
    td.agency {
      display: none;
    }
  }
  @container fw (max-width: 340px) {
    .level {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .line,
    .dot,
    .step {
      stroke: CanvasText;
    }
    .area {
      fill: none;
    }
    .line.other,
    .dot.other {
      stroke: CanvasText;
    }
    .step-label {
      color: CanvasText;
    }
  }
  @media print {
    .area {
      opacity: 0.2;
    }
  }
`;
