import { css } from 'lit';

export const royaltyStyles = css`
  .chart {
    margin: 0 0 1rem;
  }
  .chart svg {
    display: block;
    width: 100%;
    height: auto;
    max-height: 16rem;
    overflow: visible;
  }
  .axis {
    stroke: var(--_border);
    stroke-width: 1;
  }
  .step {
    stroke: var(--_muted);
    stroke-width: 1;
    stroke-dasharray: 3 4;
  }
  .step-label,
  .tick {
    fill: var(--_muted);
    font-size: 12px;
  }
  .step-label {
    font-weight: 600;
  }
  .total {
    fill: var(--_text);
    font-size: 14px;
    font-weight: 700;
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
    stroke-linecap: round;
  }
  .dot {
    fill: var(--_surface);
    stroke: var(--_accent);
    stroke-width: 2;
  }
  @media (forced-colors: active) {
    .line,
    .dot {
      stroke: CanvasText;
    }
    .area {
      fill: none;
    }
    .tick,
    .step-label,
    .total {
      fill: CanvasText;
    }
  }
`;
