import { html, type TemplateResult } from 'lit';

/**
 * What every calculator draws around its content: a section (part `base`)
 * named by its title, and the lead line under it. `.base` is the container
 * its layout follows (styles/base.styles.ts).
 */
export function widgetFrame(title: string, lead: string, content: unknown): TemplateResult {
  return html`<section part="base" class="base" aria-labelledby="title">
    <h2 class="title" id="title">${title}</h2>
    <p class="lead">${lead}</p>
    ${content}
  </section>`;
}
