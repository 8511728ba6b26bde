import { css } from 'lit';

/** Result figures (a grid of tiles) and data tables. */
export const resultStyles = css`
  .stats {
    display: grid;
    gap: 0.5rem;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 9.5rem), 1fr));
    margin-block-end: 1rem;
  }
  .stat {
    background: var(--_subtle);
    border-radius: calc(var(--_radius) * 0.75);
    padding: 0.625rem 0.75rem;
    min-width: 0;
  }
  .stat dt {
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  .stat dd {
    margin: 0;
    font-size: 1.125rem;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .stat .sub {
    display: block;
    font-size: 0.8125rem;
    font-weight: 400;
    color: var(--_muted);
  }
  .stat.key {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .stat.key dt,
  .stat.key .sub {
    color: inherit;
  }
  .table-wrap {
    overflow-x: auto;
    margin-block: 1rem;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.9375rem;
    font-variant-numeric: tabular-nums;
    background: transparent;
    border: 0;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.5rem;
    caption-side: top;
  }
  th,
  td {
    padding: 0.4rem 0.6rem;
    border: 0;
    border-block-end: 1px solid var(--_border);
    text-align: end;
    vertical-align: baseline;
    background: transparent;
    color: inherit;
    white-space: nowrap;
    overflow-wrap: normal;
  }
  abbr {
    text-decoration: none;
  }
  td .sub {
    display: block;
    font-size: 0.8125rem;
    color: var(--_muted);
    font-weight: 400;
  }
  @media (max-width: 480px) {
    table {
      font-size: 0.8125rem;
    }
    th,
    td {
      padding-inline: 0.3rem;
    }
    td .sub {
      font-size: 0.75rem;
    }
  }
  @media (max-width: 360px) {
    table {
      font-size: 0.75rem;
    }
    th,
    td {
      padding-inline: 0.15rem;
    }
  }
  th:first-child,
  td:first-child {
    text-align: start;
    padding-inline-start: 0;
  }
  th:last-child,
  td:last-child {
    padding-inline-end: 0;
  }
  thead th {
    white-space: normal; /* headers wrap so the numbers below never have to */
    font-size: 0.8125rem;
    font-weight: 600;
    color: var(--_muted);
  }
  tbody th {
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .stat {
      border: 1px solid CanvasText;
    }
    .stat.key {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
  }
  @media print {
    .stat {
      border: 1px solid #888;
    }
    .stat.key {
      background: #fff;
      color: #000;
    }
  }
`;
