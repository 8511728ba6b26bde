import type { NumberRule, Reason } from '../core/parse.js';

/*
 * Why a value a widget is given cannot be used — the words shared by the
 * settings controller (settings.ts), which finds problems, and the console
 * chunk (diagnostics.ts), which explains the page's to its author.
 */

/**
 * A number's reason with its rule (which a reader may also type, and is told
 * in their language), the options of a choice, or a reason only a page's
 * author meets (`not-text`, `unsafe-link`, `tiers-unsorted`, `for-missing` …), with what the
 * explanation quotes (`detail`).
 */
export type Problem =
  { reason: Reason; rule: NumberRule } | { reason: 'choice'; options: readonly string[] } | { reason: string; detail?: string };

/** A mistake on the page that a widget cannot use: the attribute, what it was given, and why. */
export interface Diagnosis {
  attribute: string;
  given?: unknown;
  problem: Problem;
}
