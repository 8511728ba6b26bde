// One-language CDN entry for <royalty-tier-calc> (cdn/<lang>/royalty-tier-calc.js): the tag only. The build compiles
// it once per language with @lit/localize's transform mode, so the bundle carries that language's words
// and no localization runtime, and speaks it whatever the page's lang says.
import '../../components/royalty-tier-calc/royalty-tier-calc.js';
