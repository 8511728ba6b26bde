// CDN entry for <tag-cloud> alone (cdn/tag-cloud.js): its own strings in both languages, the language
// from the page (localization/tag-cloud.ts), and the tag.
import '../localization/tag-cloud.js';
import './one-language/tag-cloud.js';
