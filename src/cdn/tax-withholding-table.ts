// CDN entry for <tax-withholding-table> alone: only its own Indonesian strings, the language
// from the page, and the tag (defined in a turn of its own, see internal/first-render.ts).
import { templates as shared } from '../generated/locales/id-shared.js';
import { templates as own } from '../generated/locales/id-tax.js';
import { TaxWithholdingTable } from '../components/tax-withholding-table/tax-withholding-table.component.js';
import { defineInTurns } from '../internal/define.js';
import { followPageLanguage, setupLocalization } from '../internal/localize-setup.js';

setupLocalization({ ...shared, ...own });
void followPageLanguage();
defineInTurns({ 'tax-withholding-table': TaxWithholdingTable });
