import { html, nothing, type TemplateResult } from 'lit';
import { AGENCIES, AGENCY_IDS, SHUTTERSTOCK_AGENCY, projectAgency, type Agency, type AgencyId } from '../../core/agencies.js';
import { dec, decToNumber, type Dec } from '../../core/decimal.js';
import { formatCents, formatNumber, formatPercent, formatUsd, monthName } from '../../core/format.js';
import type { Media } from '../../core/royalty-tables.js';
import { roundedMonths, type MonthProjection, type RoyaltyProjection } from '../../core/royalty.js';
import { agencyYear, type RoyaltyResult } from '../../core/royalty-detail.js';
import type { Column } from '../../internal/data-table.js';
import { numberField } from '../../internal/fields.js';
import { activeLocale } from '../../internal/locale-state.js';
import { renderNotes, renderSource, type Note } from '../../internal/notes.js';
import type { Diagnosis, Settings } from '../../internal/settings.js';
import type { ComparedSeries } from './royalty-chart.js';
import type { SETTINGS } from './royalty-tier-calc.settings.js';
import * as m from './agency-comparison.messages.js';
import { stat } from './stat.js';

/*
 * The calculator's comparison with the other agencies the reader sells at
 * (the seed posts' "don't depend on one site"): a chunk the calculator loads
 * only when `compare` names an agency or the reader opens "Other agencies
 * you sell at". Each agency gets the reader's own numbers there — its price,
 * its licences per month, Adobe Stock's lifetime licences, Freepik's average
 * per download — and shows its year (a tile and a month column), with the
 * combined year of all of them and its US part (what US tax is withheld
 * from). Every word about an agency is built from its entry in
 * core/agencies.ts.
 *
 * The chart keeps two lines whatever the number of agencies: Shutterstock's
 * and all agencies together. The combined line answers the seed's question
 * (what does spreading my work earn?); a line per agency would tangle at
 * three, and each agency's own year is in its tile and its column.
 */

type CalcSettings = Settings<typeof SETTINGS>;
type Key = keyof typeof SETTINGS;

/** Where each agency's own numbers are set: the settings (attributes) the calculator declares for it. */
const FIELDS: Record<AgencyId, { price?: Key; downloads: Key; lifetime?: Key; perDownload?: Key }> = {
  // `compare-price`, Adobe Stock's price under its first name, is the default of `adobe-stock-price` (settings).
  'adobe-stock': { price: 'adobeStockPrice', downloads: 'adobeStockDownloads', lifetime: 'adobeStockLifetime' },
  istock: { price: 'istockPrice', downloads: 'istockDownloads' },
  freepik: { downloads: 'freepikDownloads', perDownload: 'freepikPerDownload' },
};

/* What one agency says only of itself, beside the notes built from its entry. */
const OWN_NOTES: Partial<Record<AgencyId, () => string>> = {
  'adobe-stock': m.noteAdobeFirefly,
  istock: m.noteIstockExclusive,
  freepik: m.noteFreepikWeights,
};

/** One agency shown: its projection and the numbers it was made from. */
interface Shown {
  agency: Agency;
  projection: RoyaltyProjection;
  price?: number;
  /** Whether the price is the reader's own for this agency (else Shutterstock's, which a note says). */
  ownPrice: boolean;
  perDownload?: number;
  monthlyDownloads: number;
}

/** What the calculator needs of the comparison to show it (see the top of this file). */
export interface Comparison {
  /** The agencies the reader picked, in their order. */
  readonly picked: readonly AgencyId[];
  /** The settings that have fields now (their messages show there, not as notices). */
  readonly fieldKeys: readonly Key[];
  /** The `royalty-change` detail's fields for the agencies: each one's year, the combined year, its US part. */
  detail(): Pick<RoyaltyResult, 'agencies' | 'combinedYearTotal' | 'usYearTotal'>;
  /** Mistakes in `compare` for the console (an agency we do not know). */
  diagnoses(): Diagnosis[];
  /** The checkboxes and each picked agency's fields. */
  fields(): TemplateResult;
  /** A tile per agency and the combined year. */
  tiles(period: string, rupiah: (usd: Dec) => string | undefined): unknown;
  /** The combined line of the chart, when any agency is shown. */
  series(): ComparedSeries | undefined;
  /** A column per agency shown and the combined one. */
  columns(): Column[];
  /** The cells of month `i` of those columns. */
  cells(i: number): TemplateResult[];
  /** The notes and sources of the agencies shown. */
  notes(): TemplateResult | typeof nothing;
}

/** The agencies `compare` names, in the page's order, and the words that name none. */
function parsePicked(text: string): { asked: boolean; picked: AgencyId[]; unknown: string[] } {
  const words = text === 'none' ? [] : text.split(/[\s,]+/).filter(Boolean);
  const picked = [...new Set(words.filter((w): w is AgencyId => Object.hasOwn(AGENCIES, w)))];
  return { asked: words.length > 0, picked, unknown: words.filter((w) => !Object.hasOwn(AGENCIES, w)) };
}

/** The comparison for the calculator's settings and Shutterstock's projection `p`. */
export function compare(s: CalcSettings, p: RoyaltyProjection, media: Media): Comparison {
  const { asked, picked, unknown } = parsePicked(s.value('compare'));
  const locale = activeLocale();
  const ss = SHUTTERSTOCK_AGENCY.name;
  const shown: Shown[] = [];
  const leftOut: Agency[] = [];
  for (const id of picked) {
    const agency = AGENCIES[id];
    const fields = FIELDS[id];
    /* The reader's own price at the agency, if they gave one; else Shutterstock's, which a note says. */
    const own = fields.price && (s.value(fields.price) as number | undefined);
    const price = own ?? s.value('price');
    const perDownload = fields.perDownload && (s.value(fields.perDownload) as number | undefined);
    const monthlyDownloads = (s.value(fields.downloads) as number | undefined) ?? s.value('monthlyDownloads');
    const projection = projectAgency(agency, {
      media,
      price,
      monthlyDownloads,
      startMonth: s.value('startMonth'),
      lifetime: fields.lifetime && (s.value(fields.lifetime) as number),
      perDownload,
    });
    if (!projection) leftOut.push(agency);
    else
      shown.push({
        agency,
        projection,
        ...(agency.model.kind === 'pool' ? { perDownload } : { price }),
        ownPrice: own !== undefined,
        monthlyDownloads,
      });
  }
  /*
   * Whether an agency has floors for this media, so the reader's lifetime licences there can matter (the
   * field stays while they type a price, whether or not the floors apply at it: agencies.ts).
   */
  const floored = (id: AgencyId) => {
    const model = AGENCIES[id].model;
    return model.kind === 'flat' && Boolean(model.floors?.[media]?.length);
  };
  const sum = (list: readonly Shown[]) => list.reduce((total, a) => total + a.projection.yearTotal, 0n);
  const combined = p.yearTotal + sum(shown);
  const us = p.yearTotal + sum(shown.filter((a) => a.agency.usPayer));
  const money = (amount: Dec) => formatUsd(amount, locale);
  /* Each month, all agencies together. */
  const combinedMonths: MonthProjection[] = p.months.map((month, i) => {
    const earnings = month.earnings + shown.reduce((t, a) => t + a.projection.months[i].earnings, 0n);
    const cumulative = month.cumulative + shown.reduce((t, a) => t + a.projection.months[i].cumulative, 0n);
    return { ...month, earnings, cumulative };
  });
  const rounded = shown.map((a) => roundedMonths(a.projection));
  const roundedAll = roundedMonths({ ...p, months: combinedMonths });

  /* Every agency picked, shown or left out: each has its notes and its source. */
  const listed = [...shown.map((x) => x.agency), ...leftOut];
  const notes: Note<null>[] = [];
  const percent = (n: number) => formatPercent(dec(n), locale);
  for (const a of listed) {
    const { model, name, id } = a;
    if (model.kind === 'flat') {
      notes.push({ id: `${id}-rate`, text: () => m.noteFlat(name, percent(model.percent.image), percent(model.percent.video)) });
      const floors = model.floors?.[media];
      if (floors?.length) {
        const list = floors
          .map((f, i) => (i === 0 ? money(dec(f.usd)) : m.floorFrom(money(dec(f.usd)), formatNumber(f.from, locale))))
          .join(', ');
        const text = () => m.noteFloors(name, list, percent(model.percent[media]), money(dec(floors[0].usd)));
        notes.push({ id: `${id}-floors`, text, source: a.floorSource });
      }
    }
    if (model.kind === 'pool') notes.push({ id: `${id}-pool`, text: () => m.notePool(name) });
    const ownNote = OWN_NOTES[id as AgencyId];
    if (ownNote) notes.push({ id: `${id}-own`, text: ownNote });
    if (!a.usPayer) notes.push({ id: `${id}-not-us`, text: () => m.noteNotUs(name) });
  }
  for (const a of shown)
    if (a.price !== undefined && !a.ownPrice) notes.push({ id: `${a.agency.id}-price`, text: () => m.noteSamePrice(a.agency.name, ss) });
  const payers = [SHUTTERSTOCK_AGENCY, ...shown.map((a) => a.agency)].filter((a) => a.usPayer).map((a) => a.name);
  if (shown.length) notes.push({ id: 'tax-table', text: () => m.noteTaxTable(payers.join(', ')) });

  return {
    picked,
    fieldKeys: picked.flatMap((id) => {
      const f = FIELDS[id];
      return [f.price, f.downloads, floored(id) ? f.lifetime : undefined, f.perDownload].filter((k): k is Key => k !== undefined);
    }),
    detail: () => ({
      usYearTotal: decToNumber(us),
      ...(asked
        ? {
            agencies: shown.map((a) =>
              agencyYear(
                a.agency,
                { ...(a.price !== undefined ? { price: a.price } : { perDownload: a.perDownload }), monthlyDownloads: a.monthlyDownloads },
                a.projection,
                p.yearTotal,
              ),
            ),
            combinedYearTotal: decToNumber(combined),
          }
        : {}),
    }),
    diagnoses: () =>
      unknown.length ? [{ attribute: 'compare', given: s.value('compare'), problem: { reason: 'choice', options: AGENCY_IDS } }] : [],
    fields: () => {
      const toggle = (id: AgencyId, on: boolean) =>
        s.set('compare', AGENCY_IDS.filter((x) => (x === id ? on : picked.includes(x))).join(' '));
      const month = monthName(s.value('startMonth'), locale);
      return html`<fieldset class="agencies">
          <legend class="visually-hidden">${AGENCY_IDS.map((id) => AGENCIES[id].name).join(', ')}</legend>
          ${AGENCY_IDS.map(
            (id) =>
              html`<label class="agency"
                ><input
                  type="checkbox"
                  part="input"
                  .checked=${picked.includes(id)}
                  @change=${(e: Event) => toggle(id, (e.target as HTMLInputElement).checked)}
                />${AGENCIES[id].name}</label
              >`,
          )}
        </fieldset>
        ${picked.map((id) => {
          const f = FIELDS[id];
          const name = AGENCIES[id].name;
          return html`${f.price ? numberField(s, f.price, m.priceLabel(name), `US$; ${m.sameAs(ss)}`) : nothing}
          ${f.perDownload ? numberField(s, f.perDownload, m.perDownloadLabel(name), m.perDownloadHint(name)) : nothing}
          ${numberField(s, f.downloads, m.downloadsLabel(name), m.sameAs(ss))}
          ${f.lifetime && floored(id) ? numberField(s, f.lifetime, m.lifetimeLabel(name), `${m.lifetimeHint()} (${month})`) : nothing}`;
        })}`;
    },
    tiles: (period, rupiah) => {
      if (!picked.length) return nothing;
      const tiles = shown.map((a) => {
        const difference = a.projection.yearTotal - p.yearTotal;
        const abs = money(difference < 0n ? -difference : difference);
        return stat(
          m.earningsAt(a.agency.name, period),
          html`${money(a.projection.yearTotal)} <span class="sub">${difference < 0n ? m.lessThan(abs, ss) : m.moreThan(abs, ss)}</span>`,
          'compare',
        );
      });
      const idr = rupiah(combined);
      const all = shown.length
        ? stat(
            m.earningsAt(m.allAgencies(), period),
            html`${money(combined)} ${idr ? html`<span class="sub">≈ ${idr}</span>` : nothing}
              <span class="sub">${m.fromUsAgencies(money(us))}</span>`,
            'all',
          )
        : nothing;
      return html`${tiles} ${all} ${leftOut.map((a) => html`<p class="hint left-out">${m.leftOutPool(a.name)}</p>`)}`;
    },
    series: () => (shown.length ? { base: ss, name: m.allAgencies(), months: combinedMonths } : undefined),
    columns: () =>
      shown.length ? [...shown.map((a) => ({ label: a.agency.name, class: 'agency' })), { label: m.allAgencies(), class: 'all' }] : [],
    cells: (i) =>
      shown.length
        ? [
            ...rounded.map((months) => html`<td class="agency">${formatCents(months[i].earningsCents, locale)}</td>`),
            html`<td class="all">${formatCents(roundedAll[i].earningsCents, locale)}</td>`,
          ]
        : [],
    notes: () => (picked.length ? html`${renderNotes(notes, null)} ${listed.map((a) => renderSource(a.source, locale))}` : nothing),
  };
}
