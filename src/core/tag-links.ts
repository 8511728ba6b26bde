import { wellFormed } from './keywords.js';

/** Blogger's label search page (docs/sources.md, "Blogger"): the default link of each tag. */
export const DEFAULT_HREF = '/search/label/{tag}';

/**
 * Builds a tag's link from a template: `{tag}` becomes
 * `encodeURIComponent(tag)`. Only relative and http(s) links are allowed;
 * anything else (`javascript:`, `data:`, `vbscript:` …, including tricks with
 * whitespace and control characters) gives `null` and the tag is shown as text.
 */
export function tagHref(template: string, tag: string): string | null {
  // wellFormed: encodeURIComponent throws on a lone surrogate.
  const href = template.split('{tag}').join(encodeURIComponent(wellFormed(tag)));
  return isSafeHref(href) ? href : null;
}

/** Whether a URL is relative or http(s). Browsers ignore tabs and newlines and leading controls, so we do too. */
export function isSafeHref(href: string): boolean {
  const normalized = href.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(normalized);
  if (!scheme) return true; // relative, root-relative or protocol-relative
  return /^https?$/i.test(scheme[1]);
}
