import { defineElement } from '../../internal/define.js';
import { TaxWithholdingTable } from './tax-withholding-table.component.js';

export * from './tax-withholding-table.component.js';

defineElement('tax-withholding-table', TaxWithholdingTable);
