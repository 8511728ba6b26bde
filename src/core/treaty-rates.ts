import { CHECKED, type Source } from './sources.js';

/**
 * US treaty withholding rates on royalties, in percent, by ISO 3166 alpha-2
 * code: [copyrights (income code 12, images and other media), film & TV
 * (income code 11, video; `null` = the table prints "n/a", no rate for it:
 * 30% unless another article applies; Greece's 30 is printed: its treaty
 * gives no reduced rate for film & TV)]. Countries not listed have no income
 * tax treaty with the US: 30%. docs/sources.md ("US withholding") has the
 * source, its revision and the later changes applied below.
 */
export const TREATY_TABLE: Source = {
  title: 'IRS, Tax Treaty Table 1 (Rev. February 2019), income codes 12 and 11',
  url: 'https://www.irs.gov/individuals/international-taxpayers/tax-treaty-tables',
  asOf: '2019-02',
  revision: true,
  checked: CHECKED,
};

/** The statutory rate with no treaty claim (IRC §1441): also the rate without a TIN. */
export const NO_TREATY_PERCENT = 30;

export const TREATY_RATES: Readonly<Record<string, readonly [number, number | null]>> = {
  AM: [0, 0],
  AU: [5, 5],
  AT: [0, 10],
  AZ: [0, 0],
  BD: [10, 10],
  BB: [5, 5],
  BY: [0, 0],
  BE: [0, 0],
  BG: [5, 5],
  CA: [0, 10],
  CN: [10, 10],
  CY: [0, 0],
  CZ: [0, 0],
  DK: [0, 0],
  EG: [15, null],
  EE: [10, 10],
  FI: [0, 0],
  FR: [0, 0],
  GE: [0, 0],
  DE: [0, 0],
  GR: [0, 30],
  HU: [0, 0],
  IS: [0, 5],
  IN: [15, 15],
  ID: [10, 10],
  IE: [0, 0],
  IL: [10, 10],
  IT: [0, 8],
  JM: [10, 10],
  JP: [0, 0],
  KZ: [10, 10],
  KG: [0, 0],
  LV: [10, 10],
  LT: [10, 10],
  LU: [0, 0],
  MT: [10, 10],
  MX: [10, 10],
  MD: [0, 0],
  MA: [10, 10],
  NL: [0, 0],
  NZ: [5, 5],
  NO: [0, null],
  PK: [0, null],
  PH: [15, 15],
  PL: [10, 10],
  PT: [10, 10],
  RO: [10, 10],
  RU: [0, 0],
  SK: [0, 0],
  SI: [5, 5],
  ZA: [0, 0],
  KR: [10, 10],
  ES: [5, 8],
  LK: [10, 10],
  SE: [0, 0],
  CH: [0, null],
  TJ: [0, 0],
  TH: [5, 5],
  TT: [0, null],
  TN: [15, 15],
  TR: [10, 10],
  TM: [0, 0],
  UA: [10, 10],
  GB: [0, 0],
  UZ: [0, 0],
  VE: [10, 10],
};

export interface TreatyChange {
  country: string;
  /** First day (ISO date) the change applies to amounts paid. */
  from: string;
  /** Copyright rate from that day; the film & TV rate follows it unless given. */
  percent: number;
  film?: number;
  /** What happened, for the note the widget shows: a new treaty or protocol, a suspended or a terminated one (docs/sources.md says more). */
  kind: 'new' | 'protocol' | 'suspended' | 'terminated';
}

/** Changes after the February 2019 table, applied by date (docs/sources.md, "US withholding"). */
export const TREATY_CHANGES: readonly TreatyChange[] = [
  {
    country: 'ES',
    kind: 'protocol',
    from: '2019-11-27',
    percent: 0,
    film: 0,
  },
  {
    country: 'CL',
    kind: 'new',
    from: '2024-02-01',
    percent: 10,
    film: 10,
  },
  {
    country: 'HU',
    kind: 'terminated',
    from: '2024-01-01',
    percent: 30,
    film: 30,
  },
  {
    country: 'RU',
    kind: 'suspended',
    from: '2024-08-16',
    percent: 30,
    film: 30,
  },
];

/**
 * Country codes whose rate carries a caveat the widget shows. Italy: 0% on
 * copyrights and 8% on film & TV; the 5% quoted elsewhere is the treaty's rate
 * for equipment rental (which the table's footnote also applies to software),
 * or the copyright rate of the 1984 treaty, replaced for amounts paid from
 * 1 February 2010 — neither is about images or video today.
 */
export const CAVEATS: readonly string[] = ['IT'];

/**
 * US persons give a W-9, not a W-8BEN: no 30% non-resident withholding, only
 * 24% backup withholding when the W-9 has no TIN. A resident of the United
 * States is a US person; status decides elsewhere (the reader says so:
 * `us-person`). Living in a US territory does not by itself make one: a US
 * citizen there gives a W-9, a resident who is not a citizen a W-8BEN
 * (docs/sources.md, "US withholding").
 */
export const US_PERSON_COUNTRIES: readonly string[] = ['US'];

/** The US territories: residence there says nothing of status, so the widget says who gives which form. */
export const US_TERRITORIES: readonly string[] = ['PR', 'GU', 'VI', 'AS', 'MP', 'UM'];

/** Backup withholding on a W-9 without a TIN (IRC §3406). */
export const BACKUP_WITHHOLDING_PERCENT = 24;
