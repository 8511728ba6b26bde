// CDN entry for <tax-withholding-table> alone (cdn/tax-withholding-table.js): its own strings in both languages, the language
// from the page (localization/tax-withholding-table.ts), and the tag.
import '../localization/tax-withholding-table.js';
import './one-language/tax-withholding-table.js';
