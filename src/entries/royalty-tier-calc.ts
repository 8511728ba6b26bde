// CDN entry for <royalty-tier-calc> alone (cdn/royalty-tier-calc.js): its own strings in both languages, the language
// from the page (localization/royalty-tier-calc.ts), and the tag.
import '../localization/royalty-tier-calc.js';
import './one-language/royalty-tier-calc.js';
