// CDN entry for <royalty-tier-calc> alone: only its own Indonesian strings, the language
// from the page, and the tag (defined in a turn of its own, see internal/first-render.ts).
import { templates as shared } from '../generated/locales/id-shared.js';
import { templates as own } from '../generated/locales/id-royalty.js';
import { RoyaltyTierCalc } from '../components/royalty-tier-calc/royalty-tier-calc.component.js';
import { defineInTurns } from '../internal/define.js';
import { followPageLanguage, setupLocalization } from '../internal/localize-setup.js';

setupLocalization({ ...shared, ...own });
void followPageLanguage();
defineInTurns({ 'royalty-tier-calc': RoyaltyTierCalc });
