import { css } from 'lit';

/** Labelled inputs and selects of the calculators, with their inline messages. */
export const formStyles = css`
  .fields {
    display: grid;
    gap: 0.75em 1em;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 11em), 1fr));
    margin-block-end: 1em;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    min-width: 0;
  }
  .field label {
    font-size: max(12px, 0.875em);
    font-weight: 600;
  }
  .hint {
    font-size: max(12px, 0.8125em);
    color: var(--_muted);
    margin-block-start: -0.2em;
  }
  input,
  select {
    font: inherit;
    font-size: max(16px, 1em); /* 16px keeps mobile browsers from zooming in */
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_field-border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.5em 0.625em;
    margin: 0;
    width: 100%;
    min-height: 2.5em;
    box-shadow: none;
    outline: none;
  }
  .invalid input {
    border-color: var(--_danger);
    box-shadow: inset 0 0 0 1px var(--_danger);
  }
  .msg {
    font-size: max(12px, 0.8125em);
    color: var(--_danger);
  }
  .msg:empty {
    display: none;
  }
  /* While the reader types in a field, its message line keeps its place, empty or not: a message that
     comes and goes as they type ("1" → "" → "2") moves nothing on the page (bench/keystroke-phone.mjs). */
  .field:focus-within > .msg:empty {
    display: block;
    min-height: 1lh;
  }
  .check {
    grid-column: 1 / -1;
    flex-direction: row;
    align-items: center;
    gap: 0.5em;
  }
  .check input {
    width: 1.25em;
    height: 1.25em;
    min-height: 0;
    padding: 0;
    flex: none;
    accent-color: var(--_accent);
  }
  .check label {
    font-weight: 400;
    font-size: max(14px, 0.9375em);
  }
  /* Fields only some readers need, folded (internal/fields.ts, FieldGroups). */
  .group {
    grid-column: 1 / -1;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.5em 0.75em;
    min-width: 0;
  }
  .group summary {
    cursor: pointer;
    font-size: max(12px, 0.875em);
    font-weight: 600;
    padding-block: 0.25em;
  }
  .group[open] summary {
    margin-block-end: 0.75em;
  }
  .group .fields {
    margin-block-end: 0.25em;
  }
  @media (forced-colors: active) {
    input,
    select {
      border: 1px solid CanvasText;
    }
    .invalid input {
      border-color: Mark;
    }
    .msg {
      color: CanvasText;
    }
  }
  @media print {
    .fields {
      display: none; /* a printed page shows the results, not the form */
    }
  }
`;
