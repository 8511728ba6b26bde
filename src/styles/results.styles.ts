import { css } from 'lit';

/** The figures of a result: a grid of tiles, the key one in the accent. */
export const statStyles = css`
  .stats {
    display: grid;
    gap: 0.5em;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 9.5em), 1fr));
    margin-block-end: 1em;
  }
  .stat {
    background: var(--_subtle);
    border-radius: calc(var(--_radius) * 0.75);
    padding: 0.625em 0.75em;
    min-width: 0;
  }
  .stat dt {
    font-size: max(12px, 0.8125em);
    color: var(--_muted);
  }
  .stat dd {
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .stat .sub {
    font-size: max(12px, 0.7222em); /* 0.8125em of the 1.125em figure */
  }
  .stat.key {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .stat.key dt,
  .stat.key .sub {
    color: inherit;
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

/** Data tables, with a muted second line (`.sub`) under a figure. Narrow layouts follow the widget's width (`@container fw`). */
export const tableStyles = css`
  .sub {
    display: block;
    font-size: max(12px, 0.8125em);
    font-weight: 400;
    color: var(--_muted);
  }
  .table-wrap {
    contain: content;
    overflow-x: auto;
    margin-block: 1em;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.9375em;
    font-variant-numeric: tabular-nums;
    background: transparent;
    border: 0;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.5em;
    caption-side: top;
  }
  th,
  td {
    padding: 0.4em 0.6em;
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
    font-size: max(12px, 0.8667em);
    font-weight: 600;
    color: var(--_muted);
  }
  tbody th {
    font-weight: 600;
  }
  @container fw (max-width: 480px) {
    table {
      font-size: max(12px, 0.875em);
    }
    th,
    td {
      padding-inline: 0.3em;
    }
  }
  @container fw (max-width: 340px) {
    th,
    td {
      padding-inline: 0.15em;
    }
  }
`;
