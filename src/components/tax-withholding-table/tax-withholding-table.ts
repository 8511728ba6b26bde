import { TaxWithholdingTable } from './tax-withholding-table.component.js';

export * from './tax-withholding-table.component.js';

TaxWithholdingTable.define('tax-withholding-table');
