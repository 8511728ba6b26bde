/**
 * freelancer-widgets/localization.js — opt-in language setup.
 *
 * Importing this module configures @lit/localize (runtime mode, English
 * source, all Indonesian strings bundled) and sets the language from the
 * page: the nearest `lang` of the first widget, else `<html lang>`. `id`,
 * `id-ID` and the legacy `in` mean Indonesian; anything else English. Later
 * changes to `<html lang>` switch the widgets already on the page. The CDN
 * bundle does the same; npm users import this only if their app does not
 * configure @lit/localize itself (it may be configured once per page).
 */
import { templates as cloud } from './generated/locales/id-cloud.js';
import { templates as fiverr } from './generated/locales/id-fiverr.js';
import { templates as royalty } from './generated/locales/id-royalty.js';
import { templates as shared } from './generated/locales/id-shared.js';
import { templates as tax } from './generated/locales/id-tax.js';
import { followPageLanguage, setupLocalization } from './internal/localize-setup.js';

export { detectLocale, followPageLanguage, getLocale, setLocale } from './internal/localize-setup.js';
export type { Locale } from './core/locale.js';

setupLocalization({ ...shared, ...royalty, ...tax, ...fiverr, ...cloud });
if (typeof document !== 'undefined') void followPageLanguage();
