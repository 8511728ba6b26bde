/**
 * Where a default table comes from. Every rule set the widgets ship carries
 * one, the widgets show it in the reader's language, and docs/sources.md lists
 * each number with the same source and dates.
 */
export interface Source {
  /** The publisher and the title the source gives itself. Proper names: not translated. */
  title: string;
  /** Only https links: the widgets render it as a link. */
  url: string;
  /** First day the rules apply: `YYYY-MM-DD`, or `YYYY-MM` when the source gives a month only. */
  asOf: string;
  /**
   * `asOf` is the source's revision, not the day its rules took effect (the
   * IRS treaty table of February 2019 gathers rates that apply from many dates).
   */
  revision?: boolean;
  /** Last day the rules applied, for a retired system (`YYYY-MM-DD`). */
  until?: string;
  /** Last day we compared our table with the source (`YYYY-MM-DD`). */
  checked: string;
}

/** The day the tables were last compared with their sources (docs/sources.md). */
export const CHECKED = '2026-11-26';
/** The day the other agencies (agencies.ts) were compared with theirs (docs/sources.md, "Other agencies"). */
export const CHECKED_AGENCIES = '2026-12-06';
