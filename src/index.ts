/**
 * freelancer-widgets — the package root. Side-effect free: it exports the
 * element classes, the core functions and their types, and defines nothing.
 * Import `freelancer-widgets/<tag>.js` to define a tag, and
 * `freelancer-widgets/localization.js` for Indonesian.
 */
export { RoyaltyTierCalc, type RoyaltyChangeDetail } from './components/royalty-tier-calc/royalty-tier-calc.component.js';
export { TaxWithholdingTable, type WithholdingChangeDetail } from './components/tax-withholding-table/tax-withholding-table.component.js';
export { FiverrLevelMeter, type LevelChangeDetail } from './components/fiverr-level-meter/fiverr-level-meter.component.js';
export { TagCloud, type CloudItem, type TagSelectDetail } from './components/tag-cloud/tag-cloud.component.js';
export { defineElement, VERSION } from './internal/define.js';
export * from './core/index.js';
