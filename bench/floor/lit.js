// The floor for bytes: Lit alone, one trivial element, built like our CDN files.
import { LitElement, html, css } from 'lit';

class FloorElement extends LitElement {
  static properties = { value: {} };
  static styles = css`
    :host {
      display: block;
    }
  `;
  render() {
    return html`<p>${this.value}</p>`;
  }
}
customElements.define('floor-element', FloorElement);
