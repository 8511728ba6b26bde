import { css } from 'lit';

/** The share action under a widget's result (internal/share.ts). */
export const shareStyles = css`
  .share {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
    margin-block: 0.75em 1em;
    font-size: max(14px, 0.9375em);
  }
  .share button {
    font: inherit;
    font-weight: 600;
    color: var(--_accent);
    background: none;
    border: 1px solid;
    border-radius: 2em;
    padding: 0.4em 1em;
    min-height: 2.5em;
    cursor: pointer;
  }
  .share label {
    flex-basis: 100%;
  }
  @media print {
    .share {
      display: none;
    }
  }
`;
