/**
 * freelancer-widgets — the package root. Side-effect free: it exports the
 * element classes, the core functions and their types, and defines nothing.
 * Import `freelancer-widgets/<tag>.js` to define a tag, and
 * `freelancer-widgets/localization.js` for Indonesian. The event details are
 * core types: `RoyaltyResult`, `WithholdingResult`, `LevelResult`, `TagSelectDetail`.
 */
export { RoyaltyTierCalc } from './components/royalty-tier-calc/royalty-tier-calc.component.js';
export { TaxWithholdingTable } from './components/tax-withholding-table/tax-withholding-table.component.js';
export { FiverrLevelMeter } from './components/fiverr-level-meter/fiverr-level-meter.component.js';
export { TagCloud } from './components/tag-cloud/tag-cloud.component.js';
export { defineElement, VERSION } from './internal/define.js';
export * from './core/index.js';
