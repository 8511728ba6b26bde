/**
 * The CDN entry for pages that mix languages or do not know theirs
 * (cdn/freelancer-widgets.js): both languages inside, the language from the
 * page (the nearest lang of the first widget, followed when it changes), and
 * all four tags. Bundled by rollup with Lit, @lit/localize and the Indonesian
 * strings. A post in one language uses cdn/<lang>/freelancer-widgets.js.
 */
import '../localization.js';
import './one-language/freelancer-widgets.js';
