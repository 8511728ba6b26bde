import { css } from 'lit';

export const taxStyles = css`
  .country {
    gap: 0.375rem;
  }
  .filter {
    min-height: 2.25rem;
    padding-block: 0.375rem;
    font-size: 0.9375rem;
  }
  tr.best th,
  tr.best td {
    background: var(--_subtle);
  }
  tr.best th {
    border-inline-start: 3px solid var(--_accent);
    padding-inline-start: 0.5rem;
  }
  .net {
    font-weight: 700;
  }
  .badge {
    display: inline-block;
    font-size: 0.75rem;
    font-weight: 600;
    color: var(--_accent);
    border: 1px solid currentColor;
    border-radius: 999px;
    padding: 0 0.5rem;
    margin-inline-start: 0.25rem;
    vertical-align: 0.1em;
  }
  .saving {
    font-size: 1.0625rem;
    margin-block-end: 0.5rem;
  }
  .saving strong {
    color: var(--_accent);
  }
  .from {
    font-size: 0.875rem;
    color: var(--_muted);
    margin-block-end: 0.5rem;
  }
  tbody th {
    white-space: normal;
    min-width: 5.5rem;
  }
  /* The narrowest phones: the highlighted row and the sentence below say which is lower. */
  @media (max-width: 400px) {
    .badge {
      display: none;
    }
    tbody th {
      min-width: 0;
    }
  }
  .badge {
    margin-inline-start: 0;
  }
  @media (forced-colors: active) {
    tr.best th {
      border-inline-start-color: Highlight;
    }
    .saving strong,
    .badge {
      color: CanvasText;
    }
  }
`;
