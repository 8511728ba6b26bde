import { RoyaltyTierCalc } from './royalty-tier-calc.component.js';

export * from './royalty-tier-calc.component.js';

RoyaltyTierCalc.define('royalty-tier-calc');
