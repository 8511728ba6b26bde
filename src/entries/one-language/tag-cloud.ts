// One-language CDN entry for <tag-cloud> (cdn/<lang>/tag-cloud.js): the tag only. The build compiles
// it once per language with @lit/localize's transform mode, so the bundle carries that language's words
// and no localization runtime, and speaks it whatever the page's lang says.
import '../../components/tag-cloud/tag-cloud.js';
