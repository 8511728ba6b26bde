import { css } from 'lit';

export const taxStyles = css`
  .country {
    gap: 0.375em;
  }
  .filter {
    min-height: 2.25em;
    padding-block: 0.375em;
  }
  tr.best th,
  tr.best td {
    background: var(--_subtle);
  }
  tr.best th {
    border-inline-start: 3px solid var(--_accent);
    padding-inline-start: 0.5em;
  }
  .net {
    font-weight: 700;
  }
  .badge {
    display: inline-block;
    font-size: max(12px, 0.75em);
    font-weight: 600;
    color: var(--_accent);
    border: 1px solid currentColor;
    border-radius: 999px;
    padding: 0 0.5em;
    vertical-align: 0.1em;
  }
  .saving {
    font-size: 1.0625em;
    margin-block-end: 0.5em;
  }
  .saving strong {
    color: var(--_accent);
  }
  /* Beside the result, where a reader looks: the figures are estimates, and withholding is not the final tax. */
  .hedge {
    font-size: max(12px, 0.875em);
    color: var(--_text);
    background: var(--_subtle);
    border-inline-start: 3px solid var(--_accent);
    border-radius: calc(var(--_radius) / 4);
    padding: 0.5em 0.75em;
    margin-block: 0 1em;
  }
  .from {
    font-size: max(12px, 0.875em);
    color: var(--_muted);
    margin-block-end: 0.5em;
  }
  tbody th {
    white-space: normal;
    min-width: 5.5em;
  }
  /* A narrow widget: the highlighted row and the sentence below say which is lower. */
  @container fw (max-width: 400px) {
    .badge {
      display: none;
    }
    tbody th {
      min-width: 0;
    }
  }
  @media (forced-colors: active) {
    tr.best th {
      border-inline-start-color: Highlight;
    }
    .saving strong,
    .badge {
      color: CanvasText;
    }
    .hedge {
      border: 1px solid CanvasText;
    }
  }
`;
