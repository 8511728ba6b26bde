/*
 * docs/sources.md is the page readers and contributors check our numbers
 * against: the tables in the code must say exactly what it says, and every
 * rule set must carry its source and dates.
 */
import { expect } from '@open-wc/testing';
import { RULES_2024 } from '../../src/core/fiverr-rules.js';
import { CLASSIC_RULES, RULE_SETS } from '../../src/core/fiverr-classic.js';
import { DEFAULT_TIERS, IMAGE_TIERS, VIDEO_TIERS } from '../../src/core/royalty-tables.js';
import { CHECKED, CHECKED_AGENCIES } from '../../src/core/sources.js';
import { ADOBE_STOCK, AGENCIES } from '../../src/core/agencies.js';
import { TREATY_CHANGES, TREATY_RATES, TREATY_TABLE } from '../../src/core/treaty-rates.js';

let doc = '';
before(async () => {
  doc = await (await fetch('/docs/sources.md')).text();
});

/** The rows of the first markdown table after `heading`. */
function table(heading: string): string[][] {
  const start = doc.indexOf(heading);
  expect(start, heading).to.be.greaterThan(-1);
  const lines = doc.slice(start).split('\n');
  const first = lines.findIndex((l) => l.startsWith('|'));
  const rows: string[][] = [];
  for (const line of lines.slice(first + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim()),
    );
  }
  return rows;
}
const percent = (cell: string) => (cell === '—' ? null : Number(cell.replace('%', '')));

describe('docs/sources.md and the code agree', () => {
  it('the IRS treaty table: every country and both income codes', () => {
    const rows = table('### Treaty rates');
    expect(rows.length).to.equal(Object.keys(TREATY_RATES).length);
    for (const [, code, copyright, film] of rows) {
      const iso = code.replaceAll('`', '');
      expect(TREATY_RATES[iso], iso).to.deep.equal([percent(copyright), percent(film)]);
    }
  });

  it('the changes since the 2019 table: country, day and rate', () => {
    const rows = table('Changes after the February 2019 table');
    expect(
      rows.map(([country, from, rate]) => [
        /`(\w\w)`/.exec(country)![1],
        new Date(`${from} UTC`).toISOString().slice(0, 10),
        percent(rate),
      ]),
    ).to.have.deep.members(TREATY_CHANGES.map((c) => [c.country, c.from, c.percent]));
  });

  it('the Shutterstock levels for images and videos', () => {
    const rows = table('## Shutterstock contributor levels');
    const from = (cell: string) =>
      cell.startsWith('more than') ? Number(cell.replace(/\D/g, '')) + 1 : Number(cell.split('–')[0].replace(/,/g, ''));
    expect(rows.map((r) => ({ from: from(r[1]), percent: percent(r[3]) }))).to.deep.equal(IMAGE_TIERS.tiers);
    expect(rows.map((r) => ({ from: from(r[2]), percent: percent(r[3]) }))).to.deep.equal(VIDEO_TIERS.tiers);
  });

  it('the classic Fiverr levels', () => {
    const rows = table('### The classic system');
    const number = (cell: string) => Number(cell.replace(/[$,%]/g, '').replace(/none in (\d+) days/, '$1'));
    const byMetric: Record<string, string> = {
      'days active': 'daysActive',
      'completed orders (all time)': 'orders',
      earnings: 'earnings',
      'rating (60 days)': 'rating',
      'response rate (60 days)': 'responseRate',
      'order completion (60 days)': 'completionRate',
      'on-time delivery (60 days)': 'onTimeRate',
    };
    for (const [criterion, ...levels] of rows) {
      const metric = byMetric[criterion];
      levels.forEach((cell, i) => {
        const rule = CLASSIC_RULES.levels[i + 1].criteria.find((c) => c.metric === (metric ?? 'warnings'))!;
        if (metric) expect(rule.min, `${criterion} ${i + 1}`).to.equal(number(cell));
        else expect(rule.note, `warnings window ${i + 1}`).to.equal(String(number(cell)));
      });
    }
  });

  it('Top Rated under the current rules: Level 2 and the four published numbers, no more (Fiverr Help Center, “Top Rated freelancers”)', () => {
    const topRated = RULES_2024.levels.find((l) => l.id === 'top-rated')!;
    expect(topRated.criteria.map((c) => [c.metric, c.min])).to.deep.equal([
      ['successScore', 9],
      ['rating', 4.7],
      ['responseRate', 90],
      ['orders', 40],
    ]);
    expect(doc.replace(/\s+/g, ' ')).to.contain('success score **9**, rating **4.7**, response rate **90%**, **40** orders');
  });

  it('the 2024 Fiverr targets: Level 1 and Level 2 as reported (each marked so), Top Rated from the Help Center', () => {
    const rows = table('| 2024 criterion');
    const byMetric: Record<string, string> = {
      'success score': 'successScore',
      rating: 'rating',
      'response rate': 'responseRate',
      'orders (all time)': 'orders',
      'unique clients': 'uniqueClients',
      earnings: 'earnings',
    };
    const number = (cell: string) => (cell === '—' ? undefined : Number(cell.replace(/[$,%]/g, '')));
    for (const [criterion, ...levels] of rows) {
      levels.forEach((cell, i) => {
        const level = RULES_2024.levels[i + 1];
        const rule = level.criteria.find((c) => c.metric === byMetric[criterion]);
        expect(rule?.min, `${criterion}, ${level.id}`).to.equal(number(cell));
        if (rule) expect(Boolean(rule.reported), `${criterion}, ${level.id} marked reported`).to.equal(level.id !== 'top-rated');
      });
    }
    expect(rows).to.have.length(6);
  });

  it('the other agencies: how each pays, its rates, whether it is a US payer; Adobe Stock’s floors by lifetime licences', () => {
    const rows = table('## Other agencies');
    const byName = new Map(rows.map(([name, , image, video, us]) => [name, { image, video, us }]));
    for (const agency of Object.values(AGENCIES)) {
      const row = byName.get(agency.name);
      expect(row, agency.name).to.not.equal(undefined);
      expect(row!.us, agency.name).to.equal(agency.usPayer ? 'yes' : 'no');
      if (agency.model.kind === 'flat')
        expect([percent(row!.image), percent(row!.video)], agency.name).to.deep.equal([
          agency.model.percent.image,
          agency.model.percent.video,
        ]);
      else expect([row!.image, row!.video], agency.name).to.deep.equal(['—', '—']);
    }
    expect(rows).to.have.length(Object.keys(AGENCIES).length + 1); // and Shutterstock, for reference
    const said = doc.replace(/\s+/g, ' ');
    for (const { usd } of ADOBE_STOCK.model.floors!.image!) expect(said).to.contain(`**$${usd.toFixed(2)}**`);
    expect(ADOBE_STOCK.model.floors!.video).to.equal(undefined);
  });

  it('every table carries a source with an https link and its dates, checked on the day this page says', () => {
    const sources = [
      IMAGE_TIERS.source,
      VIDEO_TIERS.source,
      TREATY_TABLE,
      ...Object.values(RULE_SETS).flatMap((r) => (r.reported ? [r.source, r.reported] : [r.source])),
    ];
    const agencies = Object.values(AGENCIES).flatMap((a) => (a.floorSource ? [a.source, a.floorSource] : [a.source]));
    for (const s of [...sources, ...agencies]) {
      expect(s.url, s.title).to.match(/^https:\/\//);
      expect(s.asOf, s.title).to.match(/^\d{4}-\d{2}(-\d{2})?$/);
      expect(s.checked, s.title).to.equal(agencies.includes(s) ? CHECKED_AGENCIES : CHECKED);
      expect(doc, s.title).to.contain(s.url);
    }
    expect(doc).to.contain('**Checked: 6 December 2026** (this section)');
    expect(doc).to.contain(
      `**Checked: ${new Date(`${CHECKED}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })}**`,
    );
    expect(CLASSIC_RULES.source.until).to.equal('2024-02-14');
    expect(DEFAULT_TIERS.image.source.asOf).to.equal('2020-06-01');
  });
});
