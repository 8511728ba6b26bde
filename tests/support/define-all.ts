// The four tags, defined at once (as an npm user's imports do), with the Indonesian strings configured.
// Component tests use this; the CDN entry, which defines its tags one turn at a time, has tests of its own.
import '../../src/localization.js';
import '../../src/components/royalty-tier-calc/royalty-tier-calc.js';
import '../../src/components/tax-withholding-table/tax-withholding-table.js';
import '../../src/components/fiverr-level-meter/fiverr-level-meter.js';
import '../../src/components/tag-cloud/tag-cloud.js';
