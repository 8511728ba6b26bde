// CDN entry for <royalty-tier-calc> alone: only its own Indonesian strings, the language
// from the page, and the tag (defined in a turn of its own, see internal/first-render.ts).
import '../localization/royalty-tier-calc.js';
import { RoyaltyTierCalc } from '../components/royalty-tier-calc/royalty-tier-calc.component.js';
import { defineInTurns } from '../internal/define.js';

defineInTurns({ 'royalty-tier-calc': RoyaltyTierCalc });
