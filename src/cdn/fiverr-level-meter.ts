// CDN entry for <fiverr-level-meter> alone: only its own Indonesian strings, the language
// from the page, and the tag.
import { templates as shared } from '../generated/locales/id-shared.js';
import { templates as own } from '../generated/locales/id-fiverr.js';
import { followPageLanguage, setupLocalization } from '../internal/localize-setup.js';
import '../components/fiverr-level-meter/fiverr-level-meter.js';

setupLocalization({ ...shared, ...own });
void followPageLanguage();
