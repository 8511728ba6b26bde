import type { ReactiveControllerHost } from 'lit';
import { cutText } from '../../core/keywords.js';
import type { RoyaltyResult } from '../../core/royalty-detail.js';
import { finiteNumber, LinkedSource, resultField } from '../../internal/linked-source.js';
import type { Problem, Setting } from '../../internal/settings.js';

/*
 * A tax table's link to its calculator (`for`): a chunk a table loads only
 * when it has a `for`. It follows the calculator and reads what it hands
 * over, which is not trusted (another library may hold the tag, any script may
 * set a result): the royalties US tax is withheld from (`result.usYearTotal`:
 * Shutterstock's year and that of the other US agencies it shows;
 * `yearTotal` from a calculator without it), and the names of those
 * agencies, for the table's amount line.
 */

/** What the calculator hands over: its US total, as given, and the agencies behind it. */
export interface LinkedTotal {
  total: unknown;
  /** "Shutterstock, Adobe Stock, iStock" when the calculator shows other US agencies; none otherwise. */
  agencies?: string;
}

/** The names of the calculator's US agencies beside Shutterstock (its own agency), as text; nothing when it shows none or anything odd. */
function usAgencies(agencies: unknown): string | undefined {
  if (!Array.isArray(agencies)) return undefined;
  const names = agencies
    .filter((a) => resultField(a, 'usPayer') === true && typeof resultField(a, 'name') === 'string')
    .map((a) => cutText(resultField(a, 'name') as string, 40))
    .slice(0, 10);
  return names.length ? ['Shutterstock', ...names].join(', ') : undefined;
}

/**
 * Follows the calculator named by the table's `for`; `onChange` when it hands over something new; `hold`
 * keeps the table's completion until a calculator on the page has handed over its first total.
 */
export function linkTotal(
  host: ReactiveControllerHost & HTMLElement,
  onChange: () => void,
  hold: (first: Promise<unknown>) => void,
): LinkedSource<LinkedTotal> {
  return new LinkedSource<LinkedTotal>(
    host,
    'royalty-tier-calc',
    (r) => ({
      total:
        resultField(r, 'usYearTotal' satisfies keyof RoyaltyResult) ?? resultField(r, 'yearTotal' satisfies keyof RoyaltyResult) ?? null,
      agencies: usAgencies(resultField(r, 'agencies' satisfies keyof RoyaltyResult)),
    }),
    onChange,
    (a, b) => b !== undefined && Object.is(a.total, b.total) && a.agencies === b.agencies,
    hold,
  );
}

/** The linked total as the table's amount, when the table's own rule (`gross`) can take it; else why not (for the console). */
export function linkedAmount(link: LinkedSource<LinkedTotal>, gross: Setting<number>): { gross?: number; problem?: Problem } {
  const raw = link.value?.total;
  if (raw === undefined) return link.status === 'missing' || link.status === 'wrong' ? { problem: { reason: `for-${link.status}` } } : {};
  const total = finiteNumber(raw);
  if (total === undefined) return { problem: { reason: 'for-unusable' } };
  const read = gross.fromPage(total);
  return read.ok ? { gross: read.value } : { problem: { reason: 'for-too-large', detail: `US$${total}` } };
}
