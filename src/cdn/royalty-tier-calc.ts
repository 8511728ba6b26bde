// CDN entry for <royalty-tier-calc> alone: only its own Indonesian strings, the language
// from the page, and the tag.
import { templates as shared } from '../generated/locales/id-shared.js';
import { templates as own } from '../generated/locales/id-royalty.js';
import { followPageLanguage, setupLocalization } from '../internal/localize-setup.js';
import '../components/royalty-tier-calc/royalty-tier-calc.js';

setupLocalization({ ...shared, ...own });
void followPageLanguage();
