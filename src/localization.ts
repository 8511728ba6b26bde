/**
 * freelancer-widgets/localization.js — opt-in language setup.
 *
 * Importing this module configures @lit/localize (runtime mode, English
 * source, all Indonesian strings bundled; `localization/<tag>.js` holds one widget's) and sets the language from the
 * page: the nearest `lang` of the first widget, else `<html lang>`. `id`,
 * `id-ID` and the legacy `in` mean Indonesian; anything else English. Later
 * changes to `<html lang>` switch the widgets already on the page. The CDN
 * bundle does the same; npm users import this only if their app does not
 * configure @lit/localize itself (it may be configured once per page).
 */
// All four widgets' strings: the per-widget modules add theirs up (one configuration, one language watcher).
import './localization/royalty-tier-calc.js';
import './localization/tax-withholding-table.js';
import './localization/fiverr-level-meter.js';
import './localization/tag-cloud.js';

export { detectLocale, followPageLanguage, getLocale, setLocale } from './internal/localize-setup.js';
export type { Locale } from './core/locale.js';
