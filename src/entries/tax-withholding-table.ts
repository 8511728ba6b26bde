// CDN entry for <tax-withholding-table> alone: only its own Indonesian strings, the language
// from the page, and the tag (defined in a turn of its own, see internal/first-render.ts).
import '../localization/tax-withholding-table.js';
import { TaxWithholdingTable } from '../components/tax-withholding-table/tax-withholding-table.component.js';
import { defineInTurns } from '../internal/define.js';

defineInTurns({ 'tax-withholding-table': TaxWithholdingTable });
