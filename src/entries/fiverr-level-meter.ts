// CDN entry for <fiverr-level-meter> alone: only its own Indonesian strings, the language
// from the page, and the tag (defined in a turn of its own, see internal/first-render.ts).
import '../localization/fiverr-level-meter.js';
import { FiverrLevelMeter } from '../components/fiverr-level-meter/fiverr-level-meter.component.js';
import { defineInTurns } from '../internal/define.js';

defineInTurns({ 'fiverr-level-meter': FiverrLevelMeter });
