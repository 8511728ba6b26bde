import { CLASSIC_RULES } from '../../core/fiverr-classic.js';
import * as m from './classic-rules.messages.js';
import type { RuleView } from './fiverr-level-meter.settings.js';

/*
 * Fiverr's retired classic levels as <fiverr-level-meter> shows them: a chunk
 * the meter loads only when `rules="classic"` or a reader picks the classic
 * system, so a meter of the current system carries neither the rules nor
 * their words.
 */
export const CLASSIC: RuleView = {
  rules: CLASSIC_RULES,
  notes: [
    { id: 'retired', text: m.retired },
    { id: 'classic-rating', text: m.classicRating },
    { id: 'classic-top-rated', text: m.classicTopRated },
  ],
  reached: m.wouldHaveQualified,
  checked: m.checkedClassic,
};
