import { html, nothing, type TemplateResult } from 'lit';

/*
 * The frame of every data table a widget shows (the calculator's months, the
 * tax table's two rows, the Fiverr perks): a scrolling wrapper, a caption,
 * one header row of column headers; the widget gives its body rows. One
 * place for the markup the table styles (styles/results.styles.ts) and
 * screen readers rely on.
 */

export interface Column {
  label: unknown;
  /** A class for the header cell, matching its column's cells (`downloads`, `compare`). */
  class?: string;
  /** Read by screen readers only (a column whose cells say what they are). */
  hidden?: boolean;
}

/** A table with `part`, its caption, its column headers (a falsy entry is no column), and its body rows. */
export function dataTable(
  part: string,
  caption: unknown,
  columns: readonly (Column | false | undefined)[],
  rows: unknown,
  after: unknown = nothing,
): TemplateResult {
  const head = (c: Column) =>
    html`<th scope="col" class=${c.class ?? ''}>${c.hidden ? html`<span class="visually-hidden">${c.label}</span>` : c.label}</th>`;
  return html`<div class="table-wrap">
    <table part=${part}>
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          ${columns.filter((c): c is Column => Boolean(c)).map(head)}
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>
    ${after}
  </div>`;
}
