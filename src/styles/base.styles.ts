import { css, unsafeCSS } from 'lit';
import { TOKENS, type Token } from './tokens.js';

/* Public tokens read with fallbacks into private `--_*` names, never declared on `:host`: a theme sets them once on `:root`. */
const tokens = (scheme: 'light' | 'dark', only: (t: Token) => boolean = () => true) =>
  unsafeCSS(
    TOKENS.filter(only)
      .map((t) => `--_${t.name}:var(--fw-${t.name},${t[scheme]});`)
      .join(''),
  );

/**
 * Shared by the four widgets.
 *
 * - Colours follow the page, not the OS (internal/page-context.ts sets
 *   `:state(dark)` on a dark page); the light palette is the default.
 * - Sizes are in `em` of the page's text, with floors in px: a theme with
 *   `html { font-size: 62.5% }` does not shrink them (no `rem` anywhere).
 * - Layout follows the widget's own width (`@container fw`), not the viewport:
 *   a 300px sidebar gets the phone layout on a desktop page.
 * - Inherited properties a theme may set on a post wrapper and that would
 *   break the widget are reset on the host. The font family comes in on
 *   purpose, and so does a reader's own text-spacing override (WCAG 1.4.12),
 *   which applies to the host itself and is inherited from there.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    min-width: 0; /* as a theme's grid or flex item it may shrink to the column; its layout follows */
    ${tokens('light')}
    color-scheme: light;
    -webkit-text-fill-color: currentcolor;
    white-space: normal;
    writing-mode: horizontal-tb;
    text-transform: none;
    text-indent: 0;
    text-align: start;
    text-shadow: none;
    letter-spacing: normal;
    word-spacing: normal;
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    cursor: auto;
  }
  :host(:state(dark)) {
    ${tokens('dark', (t) => t.dark !== t.light)}
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  /* Rendering piece by piece (internal/first-render.ts): shown once complete, so nothing half-drawn flickers. */
  :host(:not(:state(ready))) {
    visibility: hidden;
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
    container: fw / inline-size;
    contain: paint;
    /* Where the widget is sized by its content (a float, a table cell, a vertical-text wrapper), the
       container would count as 0 wide: it counts as a comfortable card width instead. That width is
       also what a theme's grid or flex column cannot shrink below, so on a phone it is at most two
       thirds of the screen (257 px at 390), narrower than the column left by nested theme paddings. */
    contain-intrinsic-inline-size: min(40em, 66vw);
    display: flow-root; /* keeps inner margins inside: no layout shift through the host */
    font-family: var(--_font);
    font-size: max(1em, 14px);
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: clamp(0.75em, 4%, 1.5em);
    overflow-wrap: anywhere;
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
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
    margin-block-end: 0.25em;
  }
  .lead {
    color: var(--_muted);
    font-size: 0.9375em;
    margin-block-end: 1em;
  }
  .notice {
    font-size: max(12px, 0.875em);
    color: var(--_danger);
    border-inline-start: 3px solid var(--_danger);
    padding: 0.25em 0.625em;
    margin-block-end: 0.75em;
  }
  .source {
    font-size: max(12px, 0.8125em);
    color: var(--_muted);
    margin-block-start: 0.75em;
  }
  .notes {
    font-size: max(12px, 0.875em);
    color: var(--_muted);
    padding-inline-start: 1.1em;
    margin-block: 0.5em;
  }
  .notes li {
    margin-block: 0.2em;
  }
  a {
    color: var(--_accent);
  }
  a:focus-visible,
  input:focus-visible,
  select:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
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
    .notice {
      color: CanvasText;
    }
  }
  @media print {
    :host,
    :host(:state(dark)) {
      --_accent: #000;
      --_on-accent: #fff;
      --_text: #000;
      --_muted: #333;
      --_surface: #fff;
      --_subtle: #fff;
      --_border: #888;
      color-scheme: light;
    }
    .base {
      break-inside: avoid;
    }
  }
`;
