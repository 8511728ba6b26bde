/**
 * The CDN entry a blogger pastes: sets the language from the page (and follows
 * `<html lang>` changes) and defines all four tags, one turn at a time so no
 * task is long. Bundled by rollup into cdn/freelancer-widgets.js with Lit,
 * @lit/localize and the Indonesian strings.
 */
import '../localization.js';
import { FiverrLevelMeter } from '../components/fiverr-level-meter/fiverr-level-meter.component.js';
import { RoyaltyTierCalc } from '../components/royalty-tier-calc/royalty-tier-calc.component.js';
import { TagCloud } from '../components/tag-cloud/tag-cloud.component.js';
import { TaxWithholdingTable } from '../components/tax-withholding-table/tax-withholding-table.component.js';
import { defineInTurns } from '../internal/define.js';

defineInTurns({
  'royalty-tier-calc': RoyaltyTierCalc,
  'tax-withholding-table': TaxWithholdingTable,
  'fiverr-level-meter': FiverrLevelMeter,
  'tag-cloud': TagCloud,
});
