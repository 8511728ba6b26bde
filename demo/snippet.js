// Builds the HTML a blogger pastes: the script tag once, then the element.
// Attribute values and text are escaped, so nothing typed can break out of
// the snippet; keywords are put on one comma-separated line, because Blogger's
// "convert line breaks" option would turn new lines into <br> inside the tag.

/** The published bundle, pinned to the major version. */
export const CDN_URL = 'https://cdn.jsdelivr.net/npm/freelancer-widgets@1/cdn/freelancer-widgets.js';

const escapeAttribute = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeText = (value) => String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const TAG = /^[a-z][a-z0-9]*-[a-z0-9-]+$/;
/* Plain attribute names only, and never an event handler (on…). */
const ATTRIBUTE = /^(?!on)[a-z][a-z0-9-]*$/;

/**
 * @param {{ tag: string, attributes: [string, string | true][], text?: string, scriptUrl?: string }} options
 *   `true` writes a boolean attribute; names that are not plain attribute names are dropped.
 */
export function buildSnippet({ tag, attributes, text = '', scriptUrl = CDN_URL }) {
  if (!TAG.test(tag)) throw new Error(`not a custom element name: ${tag}`);
  const attrs = attributes
    .filter(([name, value]) => ATTRIBUTE.test(name) && value !== '' && value !== false && value !== undefined && value !== null)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  const body = escapeText(
    String(text)
      .split(/[\n\r,]+/)
      .map((word) => word.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join(', '),
  );
  return `<script type="module" src="${escapeAttribute(scriptUrl)}"></script>\n<${tag}${attrs}>${body}</${tag}>\n`;
}
