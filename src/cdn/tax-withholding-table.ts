// CDN entry for <tax-withholding-table> alone: only its own Indonesian strings, the language
// from the page, and the tag.
import { templates as shared } from '../generated/locales/id-shared.js';
import { templates as own } from '../generated/locales/id-tax.js';
import { followPageLanguage, setupLocalization } from '../internal/localize-setup.js';
import '../components/tax-withholding-table/tax-withholding-table.js';

setupLocalization({ ...shared, ...own });
void followPageLanguage();
