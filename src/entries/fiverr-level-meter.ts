// CDN entry for <fiverr-level-meter> alone (cdn/fiverr-level-meter.js): its own strings in both languages, the language
// from the page (localization/fiverr-level-meter.ts), and the tag.
import '../localization/fiverr-level-meter.js';
import './one-language/fiverr-level-meter.js';
