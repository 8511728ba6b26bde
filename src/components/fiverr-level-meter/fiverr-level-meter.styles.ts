import { css } from 'lit';

export const fiverrStyles = css`
  .subtitle {
    font-size: 1em;
    font-weight: 700;
    margin-block: 1em 0.5em;
  }
  .reached {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.75em;
    padding: 0.75em 1em;
    background: var(--_subtle);
    border-radius: calc(var(--_radius) * 0.75);
  }
  .reached-label {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .badge {
    font-size: 1.375em;
    font-weight: 800;
    color: var(--_accent);
  }
  .reached .hint {
    flex-basis: 100%;
  }
  .criteria {
    list-style: none;
    padding: 0;
    margin-block: 0.75em 0;
    display: grid;
    gap: 0.625em;
  }
  .criterion {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.125em 0.75em;
    align-items: baseline;
    margin: 0;
    padding: 0;
  }
  .criterion::before,
  .criterion::marker {
    content: none;
  }
  .name {
    font-weight: 600;
    font-size: 0.9375em;
  }
  .state {
    font-size: 0.875em;
    text-align: end;
  }
  .met .state {
    color: var(--_success);
  }
  .unmet .state {
    color: var(--_text);
  }
  .unknown .state {
    color: var(--_muted);
  }
  .icon {
    font-weight: 800;
  }
  .meter {
    grid-column: 1 / -1;
  }
  .meter svg {
    display: block;
    width: 100%;
    height: 0.5em;
  }
  .track {
    fill: var(--_subtle);
    stroke: var(--_border);
    stroke-width: 0.5;
    vector-effect: non-scaling-stroke;
  }
  .fill {
    fill: var(--_accent);
  }
  .met .fill {
    fill: var(--_success);
  }
  .values {
    grid-column: 1 / -1;
    font-size: max(12px, 0.8125em);
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .missing {
    margin-block: 0.75em;
    font-weight: 600;
  }
  .risks {
    border-inline-start: 3px solid var(--_warning);
    padding: 0.25em 0.75em;
    margin-block: 1em;
  }
  .risks .subtitle {
    color: var(--_warning);
    margin-block-start: 0;
  }
  .risks ul {
    padding-inline-start: 1.1em;
    margin: 0 0 0.25em;
  }
  .hint {
    font-size: max(12px, 0.8125em);
    color: var(--_muted);
  }
  tr.current th,
  tr.current td {
    background: var(--_subtle);
    font-weight: 700;
  }
  @media (forced-colors: active) {
    .reached {
      border: 1px solid CanvasText;
    }
    .fill,
    .met .fill {
      fill: Highlight;
    }
    .track {
      fill: Canvas;
      stroke: CanvasText;
    }
    .badge,
    .met .state,
    .risks .subtitle {
      color: CanvasText;
    }
  }
`;
