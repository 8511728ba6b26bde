// One-language CDN entry for all four widgets (cdn/<lang>/freelancer-widgets.js): the four tags only.
// The build compiles it once per language with @lit/localize's transform mode, so the bundle carries that
// language's words and no localization runtime, and speaks it whatever the page's lang says.
import './royalty-tier-calc.js';
import './tax-withholding-table.js';
import './fiverr-level-meter.js';
import './tag-cloud.js';
