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
  @media (max-width: 360px) {
    .base {
      padding: 0.75rem;
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
  .notice {
    font-size: 0.875rem;
    color: var(--_danger);
    border-inline-start: 3px solid var(--_danger);
    padding: 0.25rem 0.625rem;
    margin-block-end: 0.75rem;
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
    .base {
      border: 1px solid CanvasText;
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
  }
`;
