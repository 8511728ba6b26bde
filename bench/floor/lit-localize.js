// The floor for bytes: Lit + @lit/localize runtime, one trivial localized element.
import { LitElement, html, css } from 'lit';
import { configureLocalization, msg, updateWhenLocaleChanges } from '@lit/localize';

class FloorElement extends LitElement {
  static properties = { value: {} };
  static styles = css`
    :host {
      display: block;
    }
  `;
  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }
  render() {
    return html`<p>${msg('Hello', { id: 'a' })} ${this.value}</p>`;
  }
}
customElements.define('floor-element', FloorElement);
configureLocalization({ sourceLocale: 'en', targetLocales: ['id'], loadLocale: async () => ({ templates: { a: 'Halo' } }) });
