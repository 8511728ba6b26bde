import { html, type TemplateResult } from 'lit';

/** One figure of the calculator's summary (a `<dl>` entry); `kind` styles it (`key`, `compare`). */
export function stat(label: string, value: unknown, kind = ''): TemplateResult {
  return html`<div class="stat ${kind}">
    <dt>${label}</dt>
    <dd>${value}</dd>
  </div>`;
}
