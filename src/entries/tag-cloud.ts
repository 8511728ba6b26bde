// CDN entry for <tag-cloud> alone: only its own Indonesian strings, the language
// from the page, and the tag (defined in a turn of its own, see internal/first-render.ts).
import '../localization/tag-cloud.js';
import { TagCloud } from '../components/tag-cloud/tag-cloud.component.js';
import { defineInTurns } from '../internal/define.js';

defineInTurns({ 'tag-cloud': TagCloud });
