import { css } from 'lit';

export const tagCloudStyles = css`
  .base {
    /* A cloud sits in a post or a sidebar: its own surface, so its text never depends on the page behind it, but no frame. */
    border-color: transparent;
    padding: 0.5em;
  }
  /* Inline flow of inline-blocks, not flex: thousands of tags lay out about twice as fast. */
  .cloud {
    line-height: 1.2;
  }
  /* A big cloud comes in chunks; a chunk off screen is not laid out until it scrolls near. */
  .chunked .chunk {
    content-visibility: auto;
    contain-intrinsic-size: auto 40em; /* about a chunk's height in a post column: few are laid out before they are seen */
  }
  .tag {
    display: inline-block; /* a tag wraps inside its own pill, never across two */
    margin: 0 0.3em 0.4em 0;
    max-width: 100%;
    vertical-align: middle;
    padding: 0.25em 0.65em;
    border-radius: calc(var(--_radius) * 2);
    background: color-mix(in srgb, var(--_accent) 10%, var(--_surface));
    color: var(--_accent);
    text-decoration: none;
    border: 1px solid transparent;
    overflow-wrap: anywhere;
  }
  span.tag {
    color: var(--_text);
  }
  a.tag:hover {
    border-color: var(--_accent);
    text-decoration: underline;
  }
  .count {
    margin-inline-start: 0.35em;
    white-space: nowrap;
    font-size: max(12px, 0.75em);
    font-weight: 600;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .note {
    font-size: max(12px, 0.875em);
    color: var(--_muted);
    margin-block-end: 0.5em;
  }
  .more {
    font: inherit;
    color: var(--_accent);
    background: none;
    border: 1px solid currentColor;
    border-radius: calc(var(--_radius) / 2);
    padding: 0.1em 0.6em;
    margin-inline-start: 0.25em;
    cursor: pointer;
  }
  @media (forced-colors: active) {
    .tag {
      border-color: LinkText;
    }
    span.tag {
      border-color: CanvasText;
    }
  }
  @media print {
    .tag {
      background: none;
      border-color: #888;
    }
  }
`;
