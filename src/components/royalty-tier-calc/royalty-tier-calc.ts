import { defineElement } from '../../internal/define.js';
import { RoyaltyTierCalc } from './royalty-tier-calc.component.js';

export * from './royalty-tier-calc.component.js';

defineElement('royalty-tier-calc', RoyaltyTierCalc);
