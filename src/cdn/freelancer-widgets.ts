/**
 * The CDN entry a blogger pastes: sets the language from the page (and follows
 * `<html lang>` changes) and defines all four tags. Bundled by rollup into
 * cdn/freelancer-widgets.js with Lit, @lit/localize and the Indonesian strings.
 */
import '../localization.js';
import '../components/royalty-tier-calc/royalty-tier-calc.js';
import '../components/tax-withholding-table/tax-withholding-table.js';
import '../components/fiverr-level-meter/fiverr-level-meter.js';
import '../components/tag-cloud/tag-cloud.js';
