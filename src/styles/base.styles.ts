import { css } from 'lit';

/**
 * Shared by the four widgets. Public `--fw-*` tokens are read with fallbacks
 * into private `--_*` names and never declared on `:host`, so a theme sets
 * them once on `:root` (or any ancestor) and they inherit in. Fonts come from
 * the page on purpose; every other inherited property that blog themes like
 * to set globally is reset at the root.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    /* Private tokens: the public token, else a light-scheme default. */
    --_accent: var(--fw-accent, #0b6bcb);
    --_on-accent: var(--fw-on-accent, #ffffff);
    --_text: var(--fw-text, #1d2330);
    --_muted: var(--fw-muted, #5b6474);
    --_surface: var(--fw-surface, #ffffff);
    --_subtle: var(--fw-subtle, #f3f5f9);
    --_border: var(--fw-border, #d5dae3);
    --_radius: var(--fw-radius, 12px);
    --_font: var(--fw-font, inherit);
    --_success: var(--fw-success, #13795b);
    --_danger: var(--fw-danger, #b3261e);
    --_warning: var(--fw-warning, #8a5a00);
    --_focus: var(--fw-focus, #0b6bcb);
    color-scheme: light;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_accent: var(--fw-accent, #6cb2ff);
      --_on-accent: var(--fw-on-accent, #06203d);
      --_text: var(--fw-text, #e8ebf1);
      --_muted: var(--fw-muted, #a3acbb);
      --_surface: var(--fw-surface, #171b22);
      --_subtle: var(--fw-subtle, #212733);
      --_border: var(--fw-border, #3a4252);
      --_success: var(--fw-success, #5fd3a6);
      --_danger: var(--fw-danger, #ff8a80);
      --_warning: var(--fw-warning, #f5c451);
      --_focus: var(--fw-focus, #6cb2ff);
      color-scheme: dark;
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  .base {
    display: flow-root; /* keeps inner margins inside: no layout shift through the host */
    font-family: var(--_font);
    font-size: 1rem;
    line-height: 1.5;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 1rem;
    text-align: start;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    overflow-wrap: anywhere;
  }
  @media (min-width: 480px) {
    .base {
      padding: 1.25rem 1.5rem;
    }
  }
  h2,
  h3,
  p,
  ul,
  ol,
  table,
  figure {
    margin: 0;
  }
  .title {
    font-size: 1.125rem;
    font-weight: 700;
    line-height: 1.3;
    margin-block-end: 0.25rem;
  }
  .lead {
    color: var(--_muted);
    font-size: 0.9375rem;
    margin-block-end: 1rem;
  }
  .fields {
    display: grid;
    gap: 0.75rem 1rem;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 11rem), 1fr));
    margin-block-end: 1rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-width: 0;
  }
  .field label {
    font-size: 0.875rem;
    font-weight: 600;
  }
  .hint {
    font-size: 0.8125rem;
    color: var(--_muted);
    margin-block-start: -0.2rem;
  }
  input,
  select {
    font: inherit;
    font-size: 1rem; /* 16px keeps mobile browsers from zooming in */
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.5rem 0.625rem;
    margin: 0;
    width: 100%;
    min-height: 2.5rem;
    box-shadow: none;
    outline: none;
  }
  input:focus-visible,
  select:focus-visible,
  a:focus-visible,
  button:focus-visible,
  summary:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .invalid input {
    border-color: var(--_danger);
    box-shadow: inset 0 0 0 1px var(--_danger);
  }
  .msg {
    font-size: 0.8125rem;
    color: var(--_danger);
    min-height: 0;
  }
  .msg:empty {
    display: none;
  }
  .notice {
    font-size: 0.875rem;
    color: var(--_danger);
    border-inline-start: 3px solid var(--_danger);
    padding: 0.25rem 0.625rem;
    margin-block-end: 0.75rem;
  }
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
    opacity: 0.85;
  }
  .table-wrap {
    overflow-x: auto;
    margin-block-end: 1rem;
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
    font-size: 0.8125rem;
    font-weight: 600;
    color: var(--_muted);
  }
  tbody th {
    font-weight: 600;
  }
  .source {
    font-size: 0.8125rem;
    color: var(--_muted);
    margin-block-start: 0.75rem;
  }
  .notes {
    font-size: 0.875rem;
    color: var(--_muted);
    padding-inline-start: 1.1rem;
    margin-block: 0.5rem;
  }
  .notes li {
    margin-block: 0.2rem;
  }
  a {
    color: var(--_accent);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .base,
    input,
    select,
    .stat {
      border: 1px solid CanvasText;
    }
    .stat.key {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
    .invalid input {
      border-color: Mark;
    }
    .msg,
    .notice {
      color: CanvasText;
    }
  }
  @media print {
    :host {
      --_accent: #000;
      --_on-accent: #fff;
      --_text: #000;
      --_muted: #333;
      --_surface: #fff;
      --_subtle: #fff;
      --_border: #888;
    }
    .base {
      break-inside: avoid;
    }
    .fields {
      display: none; /* a printed page shows the results, not the form */
    }
    .stat {
      border: 1px solid #888;
    }
    .stat.key {
      background: #fff;
      color: #000;
    }
  }
`;
