/**
 * freelancer-widgets/localization/royalty-tier-calc.js — the Indonesian strings of `<royalty-tier-calc>` only (and the
 * shared ones), for an app that imports some of the widgets: what `localization.js` does for all four,
 * with fewer bytes. Importing several of these adds up their strings. Sets the language from the page.
 */
import { templates as shared } from '../generated/locales/id-shared.js';
import { templates as sharing } from '../generated/locales/id-share.js';
import { templates as own } from '../generated/locales/id-royalty.js';
import { followPageLanguage, setupLocalization } from '../internal/localize-setup.js';

export { detectLocale, followPageLanguage, getLocale, setLocale } from '../internal/localize-setup.js';
export type { Locale } from '../core/locale.js';

setupLocalization({ ...shared, ...sharing, ...own }, { 'agency-comparison': () => import('../generated/locales/id-agency-comparison.js') });
if (typeof document !== 'undefined') void followPageLanguage();
