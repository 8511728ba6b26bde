// CDN entry for <tag-cloud> alone: only its own Indonesian strings, the language
// from the page, and the tag.
import { templates as shared } from '../generated/locales/id-shared.js';
import { templates as own } from '../generated/locales/id-cloud.js';
import { followPageLanguage, setupLocalization } from '../internal/localize-setup.js';
import '../components/tag-cloud/tag-cloud.js';

setupLocalization({ ...shared, ...own });
void followPageLanguage();
