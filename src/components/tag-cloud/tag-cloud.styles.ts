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
  .cloud {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.375rem 0.5rem;
    line-height: 1.2;
  }
  .cloud li {
    margin: 0;
    padding: 0;
    background: none;
    border: 0;
    max-width: 100%;
  }
  .cloud li::before,
  .cloud li::marker {
    content: none;
  }
  .tag {
    display: inline-flex;
    align-items: baseline;
    gap: 0.35em;
    max-width: 100%;
    padding: 0.25em 0.65em;
    border-radius: calc(var(--_radius) * 2);
    background: color-mix(in srgb, var(--_accent) 9%, transparent);
    color: var(--_accent);
    text-decoration: none;
    border: 1px solid transparent;
    overflow-wrap: anywhere;
    transition:
      background-color 120ms ease,
      border-color 120ms ease;
  }
  span.tag {
    color: var(--_text);
  }
  a.tag:hover {
    border-color: var(--_accent);
    text-decoration: underline;
  }
  .count {
    flex: none;
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
  @media (prefers-reduced-motion: reduce) {
    .tag {
      transition: none;
    }
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
