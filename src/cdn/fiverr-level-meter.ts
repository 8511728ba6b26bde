// CDN entry for <fiverr-level-meter> alone: only its own Indonesian strings, the language
// from the page, and the tag (defined in a turn of its own, see internal/first-render.ts).
import { templates as shared } from '../generated/locales/id-shared.js';
import { templates as own } from '../generated/locales/id-fiverr.js';
import { FiverrLevelMeter } from '../components/fiverr-level-meter/fiverr-level-meter.component.js';
import { defineInTurns } from '../internal/define.js';
import { followPageLanguage, setupLocalization } from '../internal/localize-setup.js';

setupLocalization({ ...shared, ...own });
void followPageLanguage();
defineInTurns({ 'fiverr-level-meter': FiverrLevelMeter });
