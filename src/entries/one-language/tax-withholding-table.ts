// One-language CDN entry for <tax-withholding-table> (cdn/<lang>/tax-withholding-table.js): the tag only. The build compiles
// it once per language with @lit/localize's transform mode, so the bundle carries that language's words
// and no localization runtime, and speaks it whatever the page's lang says.
import '../../components/tax-withholding-table/tax-withholding-table.js';
