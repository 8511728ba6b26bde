import { css } from 'lit';

/** Labelled inputs and selects of the calculators, with their inline messages. */
export const formStyles = css`
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
  @media (forced-colors: active) {
    input,
    select {
      border: 1px solid CanvasText;
    }
    .invalid input {
      border-color: Mark;
    }
  }
  @media print {
    .fields {
      display: none; /* a printed page shows the results, not the form */
    }
  }
`;
