import { css } from 'lit';

export const royaltyStyles = css`
  .chart {
    margin: 0 0 1.25rem;
  }
  .chart svg {
    display: block;
    width: 100%;
    height: 9rem;
    overflow: visible;
    border-block-end: 1px solid var(--_border);
  }
  @media (min-width: 640px) {
    .chart svg {
      height: 11rem;
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
    margin: 0.25rem 0 0;
    padding: 0;
    font-size: clamp(0.5625rem, 2.8vw, 0.75rem); /* twelve month names fit a 320px phone */
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
    overflow: hidden;
  }
  .ticks li::before,
  .ticks li::marker {
    content: none;
  }
  .step-label {
    display: block;
    font-weight: 700;
    color: var(--_accent);
  }
  /* On a phone the monthly downloads (the same every month, in the field above) make room for the money. */
  @media (max-width: 480px) {
    .downloads {
      display: none;
    }
  }
  /* On the narrowest phones the level steps are read from the chart above. */
  @media (max-width: 360px) {
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
