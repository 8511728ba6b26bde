// One-language CDN entry for <fiverr-level-meter> (cdn/<lang>/fiverr-level-meter.js): the tag only. The build compiles
// it once per language with @lit/localize's transform mode, so the bundle carries that language's words
// and no localization runtime, and speaks it whatever the page's lang says.
import '../../components/fiverr-level-meter/fiverr-level-meter.js';
