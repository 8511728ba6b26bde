// The HTML a blogger pastes for a whole post: the script once, the reservation CSS for the widgets chosen,
// then the widgets in order. Attribute values and text are escaped, so nothing typed can break out of the
// snippet; event handlers (on…) and names that are not plain attribute names are never written; keywords
// go on one comma-separated line, because Blogger's "convert line breaks" turns new lines into <br>.
// parseSnippet reads such a snippet back (in an inert document: nothing in it runs) to edit it again.

/** The published bundles, pinned to the major version. */
const CDN = 'https://cdn.jsdelivr.net/npm/freelancer-widgets@1/cdn';
/**
 * The bundle for a post in `lang`: `id` or `en` carries that language only (and speaks it whatever the
 * page's lang says); anything else gets the bundle with both, which follows the page's lang.
 */
export const cdnUrl = (lang) => (lang === 'id' || lang === 'en' ? `${CDN}/${lang}/freelancer-widgets.js` : `${CDN}/freelancer-widgets.js`);
/** The bundle with both languages (pages that mix languages or do not know theirs). */
export const CDN_URL = cdnUrl();
// The one list of tags (src/tags.ts), built into dist/; the site build copies it to site/dist/ beside assets/.
import { ELEMENT_NAMES } from '../dist/element-names.js';

export { ELEMENT_NAMES };

const escapeAttribute = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeText = (value) => String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const TAG = /^[a-z][a-z0-9]*-[a-z0-9-]+$/;
/* Plain attribute names only, and never an event handler (on…). */
const ATTRIBUTE = /^(?!on)[a-z][a-z0-9-]*$/;

/** A keyword list on one line: "a, b, c". */
export function keywordLine(text) {
  return String(text)
    .split(/[\n\r,]+/)
    .map((word) => word.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(', ');
}

/** One element: `{ tag, attributes: [[name, value | true]], text }` → its HTML. */
export function elementHtml({ tag, attributes = [], text = '' }) {
  if (!TAG.test(tag)) throw new Error(`not a custom element name: ${tag}`);
  const attrs = attributes
    .filter(([name, value]) => ATTRIBUTE.test(name) && value !== '' && value !== false && value !== undefined && value !== null)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  return `<${tag}${attrs}>${escapeText(keywordLine(text))}</${tag}>`;
}

/**
 * The reservation CSS of docs/reserve.css for the given tags only, as one compact <style> (the cloud
 * needs none). `heights` is { tag: [desktopEm, phoneEm] }, read from docs/reserve.css by readReserve().
 */
export function reserveStyle(tags, heights) {
  const chosen = [...new Set(tags)].filter((tag) => heights[tag]);
  if (!chosen.length) return '';
  const sel = (tag) => `${tag}:is(:not(:defined),:not(:state(ready)))`;
  const rule = (i) => chosen.map((tag) => `${sel(tag)}{min-height:var(--fw-reserve,${heights[tag][i]}em)}`).join('');
  return `<style>${chosen.map(sel).join(',')}{display:block;visibility:hidden}${rule(0)}@media (max-width:600px){${rule(1)}}</style>`;
}

/** The heights in docs/reserve.css: { tag: [desktopEm, phoneEm] }. */
export function readReserve(css) {
  const heights = {};
  const [desktop, phone = ''] = css.split('@media');
  for (const [part, i] of [
    [desktop, 0],
    [phone, 1],
  ]) {
    // One rule per line: `tag:is(…) { min-height: var(--fw-reserve, 106em); }`.
    for (const m of part.matchAll(/^\s*([a-z-]+):is\([^{]*\{\s*min-height:\s*var\(--fw-reserve,\s*([\d.]+)em\)/gm))
      (heights[m[1]] ??= [0, 0])[i] = Number(m[2]);
  }
  return heights;
}

/** A whole post in `lang` (`id`, `en`, or both): the script line once, the reservation CSS, then each element. */
export function buildSnippet({ elements, heights = {}, lang, scriptUrl = cdnUrl(lang) }) {
  const style = reserveStyle(
    elements.map((e) => e.tag),
    heights,
  );
  return (
    [`<script type="module" src="${escapeAttribute(scriptUrl)}"></script>`, ...(style ? [style] : []), ...elements.map(elementHtml)].join(
      '\n',
    ) + '\n'
  );
}

/**
 * The widgets of a snippet, in order: `{ tag, attributes: [[name, value | true]], text }`, only the
 * attributes each widget documents (`documented[tag]`: a Set of names). Read in an inert document.
 */
export function parseSnippet(html, documented) {
  const doc = new DOMParser().parseFromString(String(html), 'text/html');
  return [...doc.querySelectorAll(ELEMENT_NAMES.join(','))].map((el) => ({
    tag: el.localName,
    attributes: [...el.attributes]
      .filter((a) => a.name === 'id' || documented[el.localName]?.has(a.name))
      .map((a) => [a.name, a.value === '' && documented.booleans?.has(`${el.localName}.${a.name}`) ? true : a.value]),
    text: el.localName === 'tag-cloud' ? keywordLine(el.textContent ?? '') : '',
  }));
}
