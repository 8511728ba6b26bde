// Plain TypeScript (Vite, no framework): the tags and their events are typed by the package's own declarations.
import 'freelancer-widgets/royalty-tier-calc.js';
import { getLocale, setLocale } from 'freelancer-widgets/localization/royalty-tier-calc.js';
import { projectYear, DEFAULT_TIERS, type RoyaltyResult } from 'freelancer-widgets';

const calc = document.createElement('royalty-tier-calc');
calc.monthlyDownloads = 250;
calc.addEventListener('royalty-change', (e) => e.detail.yearTotal.toFixed(2));
export const result: RoyaltyResult = calc.result;
export const year = projectYear({
  tiers: DEFAULT_TIERS.image.tiers,
  price: 1,
  minimum: 0.1,
  monthlyDownloads: 100,
  downloadsToDate: 0,
  startMonth: 1,
});
// @ts-expect-error: no such field in the detail
calc.addEventListener('royalty-change', (e) => e.detail.total);

// One widget's Indonesian strings, with the same language controls as localization.js.
export const language: 'en' | 'id' = getLocale();
void setLocale('id-ID');
