import { css } from 'lit';

export const tagCloudStyles = css`
  .base {
    /* A cloud sits in a post or sidebar: no card around it. */
    background: transparent;
    border: 0;
    padding: 0;
  }
  @media (min-width: 480px) {
    .base {
      padding: 0;
    }
  }
  /* Inline flow of inline-blocks, not flex: thousands of tags lay out about twice as fast. */
  .cloud {
    list-style: none;
    margin: 0;
    padding: 0;
    line-height: 1.2;
  }
  .cloud li {
    display: inline;
    margin: 0;
    padding: 0;
    background: none;
    border: 0;
  }
  .cloud li::before,
  .cloud li::marker {
    content: none;
  }
  .tag {
    display: inline-block; /* a tag wraps inside its own pill, never across two */
    margin: 0 0.3rem 0.4rem 0;
    max-width: 100%;
    vertical-align: middle;
    padding: 0.25em 0.65em;
    border-radius: calc(var(--_radius) * 2);
    background: color-mix(in srgb, var(--_accent) 9%, transparent);
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
    font-size: 0.75em;
    font-weight: 600;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .note {
    font-size: 0.875rem;
    color: var(--_muted);
    margin-block-end: 0.5rem;
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
