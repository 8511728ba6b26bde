import type { DefineComponent } from 'vue';
import type {
  FiverrLevelMeter,
  LevelResult,
  RoyaltyTierCalc,
  RoyaltyResult,
  TagCloud,
  TagSelectDetail,
  TaxWithholdingTable,
  WithholdingResult,
} from '../dist/index.js';

type FiverrLevelMeterProps = {
  /** Level system: `2024` (current, the default) or `classic` (retired, 2018 – 14 Feb 2024). */
  rules?: FiverrLevelMeter['rules'];
  /** Days since the account started selling (classic). Default `0`. */
  'days-active'?: FiverrLevelMeter['daysActive'];
  /** Completed orders. Default `0`. */
  orders?: FiverrLevelMeter['orders'];
  /** Total earned, USD. Default `0`. */
  earnings?: FiverrLevelMeter['earnings'];
  /** Average star rating, 0–5. Default `0`. */
  rating?: FiverrLevelMeter['rating'];
  /** Response rate, percent. Default `0`. */
  'response-rate'?: FiverrLevelMeter['responseRate'];
  /** Order completion rate, percent (classic). Default `0`. */
  'completion-rate'?: FiverrLevelMeter['completionRate'];
  /** On-time delivery rate, percent (classic). Default `0`. */
  'on-time-rate'?: FiverrLevelMeter['onTimeRate'];
  /** Policy warnings in the evaluation window. Default `0`. */
  warnings?: FiverrLevelMeter['warnings'];
  /** Success score, 1–10 (2024). No default. */
  'success-score'?: FiverrLevelMeter['successScore'];
  /** Unique clients (2024). Default `0`. */
  'unique-clients'?: FiverrLevelMeter['uniqueClients'];
  /** The level the freelancer holds now, as their Level overview shows it (2024): the `target-*` numbers are for the level after it, and falling short of it is what could make them drop. Default `new`. */
  'current-level'?: FiverrLevelMeter['currentLevel'];
  /** Success score target from the freelancer's Level overview, for the level after `current-level` (2024); replaces the reported target. No default. */
  'target-success-score'?: FiverrLevelMeter['targetSuccessScore'];
  /** Rating target from the freelancer's Level overview (2024). No default. */
  'target-rating'?: FiverrLevelMeter['targetRating'];
  /** Response rate target, percent, from the freelancer's Level overview (2024). No default. */
  'target-response-rate'?: FiverrLevelMeter['targetResponseRate'];
  /** Orders target from the freelancer's Level overview (2024). No default. */
  'target-orders'?: FiverrLevelMeter['targetOrders'];
  /** Unique clients target from the freelancer's Level overview (2024). No default. */
  'target-unique-clients'?: FiverrLevelMeter['targetUniqueClients'];
  /** Earnings target, USD, from the freelancer's Level overview (2024). No default. */
  'target-earnings'?: FiverrLevelMeter['targetEarnings'];
  /** `off` hides the share action (and ignores share links). Default `on`. */
  share?: FiverrLevelMeter['share'];
  /** Show results only, for the attribute values. */
  readonly?: FiverrLevelMeter['readonly'];
  /** The level reached, reflected for styling (`[level="top-rated"]`). Read-only. */
  level?: FiverrLevelMeter['level'];
  /** Colours: `auto` follows the page's background, `light` or `dark` override it. Default `auto`. */
  theme?: FiverrLevelMeter['theme'];
  /** What the `level-change` detail would be now. While the classic rules a
page asks for are still loading (until `updateComplete`), the level
reflected so far, with no next level. */
  result?: FiverrLevelMeter['result'];
  /** When the reader changes an input. Detail: `{ level, nextLevel, unmet: [{ criterion, value, required }] }`. */
  'onlevel-change'?: (e: CustomEvent<LevelResult>) => void;
};

type RoyaltyTierCalcProps = {
  /** Which level table: `image` or `video` (counted separately). Default `image`. */
  media?: RoyaltyTierCalc['media'];
  /** Downloads expected per month, a whole number ≥ 0. Default `100`. */
  'monthly-downloads'?: RoyaltyTierCalc['monthlyDownloads'];
  /** Average price the buyer paid per license, USD. Default `1`. */
  price?: RoyaltyTierCalc['price'];
  /** Downloads already made this calendar year before `start-month`. Default `0`. */
  'downloads-to-date'?: RoyaltyTierCalc['downloadsToDate'];
  /** First month of the projection, 1–12; it runs to December. Default `1`. */
  'start-month'?: RoyaltyTierCalc['startMonth'];
  /** Floor per download, USD. Default `0.10` for images, `0` for video. */
  minimum?: RoyaltyTierCalc['minimum'];
  /** Custom level table, `"from:percent,…"`, e.g. `"0:15,101:20,251:25"`. Default: Shutterstock's table for `media`. */
  tiers?: RoyaltyTierCalc['tiers'];
  /** Rupiah per US dollar; turns on Rupiah amounts. No default (a built-in rate would go stale). */
  'usd-idr'?: RoyaltyTierCalc['usdIdr'];
  /** The other agencies the reader sells at, space-separated: `adobe-stock`, `istock`, `freepik`. Each one's year
is shown beside Shutterstock's for the reader's own numbers there, with all of them together. Also a reader
control ("Other agencies you sell at"). Default none. */
  compare?: RoyaltyTierCalc['compare'];
  /** Adobe Stock's average price per licence, USD (its first name; `adobe-stock-price` wins). Default: the Shutterstock `price`, an assumption the widget names. */
  'compare-price'?: RoyaltyTierCalc['comparePrice'];
  /** Adobe Stock's own average price per licence, USD. Default: the Shutterstock `price`, an assumption the widget names. */
  'adobe-stock-price'?: RoyaltyTierCalc['adobeStockPrice'];
  /** iStock's own average price per licence, USD. Default: the Shutterstock `price`, an assumption the widget names. */
  'istock-price'?: RoyaltyTierCalc['istockPrice'];
  /** Licences per month at Adobe Stock. Default: `monthly-downloads`. */
  'adobe-stock-downloads'?: RoyaltyTierCalc['adobeStockDownloads'];
  /** Licences per month at iStock. Default: `monthly-downloads`. */
  'istock-downloads'?: RoyaltyTierCalc['istockDownloads'];
  /** Downloads per month at Freepik. Default: `monthly-downloads`. */
  'freepik-downloads'?: RoyaltyTierCalc['freepikDownloads'];
  /** The reader's Adobe Stock licences before the projection, all years: its minimum per licence steps up at 1,000 and 10,000 and never resets. Default `0`. */
  'adobe-stock-lifetime'?: RoyaltyTierCalc['adobeStockLifetime'];
  /** The reader's own average per Freepik download, USD, from their Freepik dashboard (Freepik pays from a pool: no price gives it). Without it Freepik is left out, with a line saying why. No default. */
  'freepik-per-download'?: RoyaltyTierCalc['freepikPerDownload'];
  /** `off` hides the share action (and ignores share links). Default `on`. */
  share?: RoyaltyTierCalc['share'];
  /** Show results only, for the attribute values. */
  readonly?: RoyaltyTierCalc['readonly'];
  /** The level at the end of the projection (1–6), reflected for styling. Read-only. */
  level?: RoyaltyTierCalc['level'];
  /** Colours: `auto` follows the page's background, `light` or `dark` override it. Default `auto`. */
  theme?: RoyaltyTierCalc['theme'];
  /** What the `royalty-change` detail would be now: with the other agencies
once their chunk is in (`updateComplete` waits for it when `compare` asks
for them at first). */
  result?: RoyaltyTierCalc['result'];
  /** When the reader changes an input. Detail: `{ level, rate, perDownload, yearTotal, months, usYearTotal }` (USD numbers; `usYearTotal` is what US tax is withheld from), and, when other agencies are shown, `agencies: [{ agency, name, usPayer, price or perDownload, monthlyDownloads, yearTotal, difference, months }]` and `combinedYearTotal`. Not fired for attribute or property changes. */
  'onroyalty-change'?: (e: CustomEvent<RoyaltyResult>) => void;
};

type TagCloudProps = {
  /** Keywords, comma- or newline-separated, used instead of the element's text. As a property also any list (array, `Set`, iterable) of names or `{ name, count }`. */
  tags?: TagCloud['tags'];
  /** `blogger` for this blog's own feed, or a Blogger JSON feed URL (same-origin or CORS): counts each post's labels. */
  src?: TagCloud['src'];
  /** How many posts to read from the feed at most. Default `500`. */
  'max-posts'?: TagCloud['maxPosts'];
  /** Link template; `{tag}` is replaced by the URL-encoded tag. Only relative or http(s) links. Default `/search/label/{tag}`. */
  href?: TagCloud['href'];
  /** Alphabetical (the page language's collation), by count, or as given. Default `alpha`. */
  sort?: TagCloud['sort'];
  /** Keep the N most frequent, then sort; `0` keeps all. Default `0`. */
  max?: TagCloud['max'];
  /** Font size of the least frequent tag, percent. Default `80`. */
  'min-size'?: TagCloud['minSize'];
  /** Font size of the most frequent tag, percent. Default `160`. */
  'max-size'?: TagCloud['maxSize'];
  /** Show each tag's count. */
  'show-count'?: TagCloud['showCount'];
  /** Colours: `auto` follows the page's background, `light` or `dark` override it. Default `auto`. */
  theme?: TagCloud['theme'];
  /** Milliseconds to wait for the feed before showing the inline keywords for good. Default 6000. */
  feedTimeout?: TagCloud['feedTimeout'];
  /** The tags as rendered: `[{ name, count, size, href }]`. */
  items?: TagCloud['items'];
  /** When a reader follows a tag link. Cancelable: `preventDefault()` stops the navigation. Detail: `{ tag, count, href }`. */
  'ontag-select'?: (e: CustomEvent<TagSelectDetail>) => void;
};

type TaxWithholdingTableProps = {
  /** Royalties before withholding, USD. Default `100`. */
  gross?: TaxWithholdingTable['gross'];
  /** Country of tax residence, ISO 3166 alpha-2 (`ID`, `IN`, `MY` …). Default `ID`. */
  country?: TaxWithholdingTable['country'];
  /** Treaty column: `image` (copyrights: images and other media) or `video` (film & TV). Default `image`. */
  media?: TaxWithholdingTable['media'];
  /** Percent of sales made to US buyers (0–100); only those are withheld. Default `100`. */
  'us-share'?: TaxWithholdingTable['usShare'];
  /** Rupiah per US dollar; turns on Rupiah amounts. No default. */
  'usd-idr'?: TaxWithholdingTable['usdIdr'];
  /** Id of a `<royalty-tier-calc>` on the page: the royalties US tax is withheld from there (its `usYearTotal`:
Shutterstock's year and the other US agencies it shows, not Freepik's) become the amount, following every change. */
  for?: TaxWithholdingTable['htmlFor'];
  /** The reader is a US citizen or US resident: a W-9, not a W-8BEN, whatever the country of residence (also a reader control). */
  'us-person'?: TaxWithholdingTable['usPerson'];
  /** `off` hides the share action (and ignores share links). Default `on`. */
  share?: TaxWithholdingTable['share'];
  /** Show results only, for the attribute values. */
  readonly?: TaxWithholdingTable['readonly'];
  /** Colours: `auto` follows the page's background, `light` or `dark` override it. Default `auto`. */
  theme?: TaxWithholdingTable['theme'];
  /** What the `withholding-change` detail would be now. */
  result?: TaxWithholdingTable['result'];
  /** When the reader changes an input. Detail: `{ country, form, rateWithTin, rateWithoutTin, withheldWithTin, withheldWithoutTin, netWithTin, netWithoutTin }`. */
  'onwithholding-change'?: (e: CustomEvent<WithholdingResult>) => void;
};

export type CustomElements = {
  /**
   * Fiverr level progress for freelancers: level reached, what is missing, drop risks and perks.
   * ---
   *
   *
   * ### **Events:**
   *  - **level-change** - When the reader changes an input. Detail: `{ level, nextLevel, unmet: [{ criterion, value, required }] }`.
   *
   * ### **CSS Properties:**
   *  - **--fw-accent** - Accent: the key figure, chart, meters, links and tags. On a dark page: `#82bcff`. _(default: #0a5ab0)_
   * - **--fw-success** - Met criteria. On a dark page: `#5fd3a6`. _(default: #11704d)_
   * - **--fw-warning** - Drop risks. On a dark page: `#f5c451`. _(default: #855600)_
   * - **--fw-danger** - Messages for values that cannot be used. On a dark page: `#ff8a80`. _(default: #b3261e)_
   * - **--fw-text** - Text. On a dark page: `#e8ebf1`. _(default: #1d2330)_
   * - **--fw-muted** - Secondary text: hints, notes, captions, counts. On a dark page: `#a9b2c1`. _(default: #545d6c)_
   * - **--fw-surface** - Background under all of a widget’s text. On a dark page: `#171b22`. _(default: #ffffff)_
   * - **--fw-subtle** - Tiles, highlighted rows and meter tracks. On a dark page: `#232a36`. _(default: #f1f4f8)_
   * - **--fw-border** - The card’s border and table rules. On a dark page: `#3a4252`. _(default: #d5dae3)_
   * - **--fw-field-border** - Borders of inputs and selects (3:1 against the surface). On a dark page: `#7f899b`. _(default: #7d8696)_
   * - **--fw-focus** - The keyboard focus ring. On a dark page: `#82bcff`. _(default: #0a5ab0)_
   * - **--fw-radius** - Corner radius of the card; controls and tiles use a fraction of it. _(default: 12px)_
   * - **--fw-font** - Font family; the page’s by default. _(default: inherit)_
   *
   * ### **CSS Parts:**
   *  - **base** - The widget's card.
   * - **field** - Each labelled input.
   * - **input** - Each input and select.
   * - **level** - The level reached.
   * - **meter** - Each criterion's meter.
   * - **perks** - The table of what each level unlocks.
   * - **share** - The share action ("Share result") and what became of it.
   */
  'fiverr-level-meter': DefineComponent<FiverrLevelMeterProps>;

  /**
   * Shutterstock royalty level calculator with a month-by-month projection.
   * ---
   *
   *
   * ### **Events:**
   *  - **royalty-change** - When the reader changes an input. Detail: `{ level, rate, perDownload, yearTotal, months, usYearTotal }` (USD numbers; `usYearTotal` is what US tax is withheld from), and, when other agencies are shown, `agencies: [{ agency, name, usPayer, price or perDownload, monthlyDownloads, yearTotal, difference, months }]` and `combinedYearTotal`. Not fired for attribute or property changes.
   *
   * ### **CSS Properties:**
   *  - **--fw-accent** - Accent: the key figure, chart, meters, links and tags. On a dark page: `#82bcff`. _(default: #0a5ab0)_
   * - **--fw-on-accent** - Text on the accent (the key figure). On a dark page: `#0b1a2e`. _(default: #ffffff)_
   * - **--fw-text** - Text. On a dark page: `#e8ebf1`. _(default: #1d2330)_
   * - **--fw-muted** - Secondary text: hints, notes, captions, counts. On a dark page: `#a9b2c1`. _(default: #545d6c)_
   * - **--fw-surface** - Background under all of a widget’s text. On a dark page: `#171b22`. _(default: #ffffff)_
   * - **--fw-subtle** - Tiles, highlighted rows and meter tracks. On a dark page: `#232a36`. _(default: #f1f4f8)_
   * - **--fw-border** - The card’s border and table rules. On a dark page: `#3a4252`. _(default: #d5dae3)_
   * - **--fw-field-border** - Borders of inputs and selects (3:1 against the surface). On a dark page: `#7f899b`. _(default: #7d8696)_
   * - **--fw-danger** - Messages for values that cannot be used. On a dark page: `#ff8a80`. _(default: #b3261e)_
   * - **--fw-focus** - The keyboard focus ring. On a dark page: `#82bcff`. _(default: #0a5ab0)_
   * - **--fw-radius** - Corner radius of the card; controls and tiles use a fraction of it. _(default: 12px)_
   * - **--fw-font** - Font family; the page’s by default. _(default: inherit)_
   *
   * ### **CSS Parts:**
   *  - **base** - The widget's card.
   * - **field** - Each labelled input.
   * - **input** - Each input and select.
   * - **results** - The summary figures.
   * - **chart** - The SVG chart of cumulative earnings.
   * - **table** - The month-by-month table.
   * - **share** - The share action ("Share result") and what became of it.
   */
  'royalty-tier-calc': DefineComponent<RoyaltyTierCalcProps>;

  /**
   * A weighted, accessible cloud of keywords or Blogger labels.
   * ---
   *
   *
   * ### **Events:**
   *  - **tag-select** - When a reader follows a tag link. Cancelable: `preventDefault()` stops the navigation. Detail: `{ tag, count, href }`.
   *
   * ### **CSS Properties:**
   *  - **--fw-accent** - Accent: the key figure, chart, meters, links and tags. On a dark page: `#82bcff`. _(default: #0a5ab0)_
   * - **--fw-text** - Text. On a dark page: `#e8ebf1`. _(default: #1d2330)_
   * - **--fw-muted** - Secondary text: hints, notes, captions, counts. On a dark page: `#a9b2c1`. _(default: #545d6c)_
   * - **--fw-surface** - Background under all of a widget’s text. On a dark page: `#171b22`. _(default: #ffffff)_
   * - **--fw-border** - The card’s border and table rules. On a dark page: `#3a4252`. _(default: #d5dae3)_
   * - **--fw-danger** - Messages for values that cannot be used. On a dark page: `#ff8a80`. _(default: #b3261e)_
   * - **--fw-focus** - The keyboard focus ring. On a dark page: `#82bcff`. _(default: #0a5ab0)_
   * - **--fw-radius** - Corner radius of the card; controls and tiles use a fraction of it. _(default: 12px)_
   * - **--fw-font** - Font family; the page’s by default. _(default: inherit)_
   *
   * ### **CSS Parts:**
   *  - **base** - The cloud's container.
   * - **list** - The list of tags.
   * - **tag** - Each tag link (or text, when links are off).
   * - **count** - Each visible count.
   * - **note** - The loading, failure and "showing N of M" notes.
   */
  'tag-cloud': DefineComponent<TagCloudProps>;

  /**
   * US withholding on royalties with and without a TIN (NPWP), for any country.
   * ---
   *
   *
   * ### **Events:**
   *  - **withholding-change** - When the reader changes an input. Detail: `{ country, form, rateWithTin, rateWithoutTin, withheldWithTin, withheldWithoutTin, netWithTin, netWithoutTin }`.
   *
   * ### **CSS Properties:**
   *  - **--fw-accent** - Accent: the key figure, chart, meters, links and tags. On a dark page: `#82bcff`. _(default: #0a5ab0)_
   * - **--fw-text** - Text. On a dark page: `#e8ebf1`. _(default: #1d2330)_
   * - **--fw-muted** - Secondary text: hints, notes, captions, counts. On a dark page: `#a9b2c1`. _(default: #545d6c)_
   * - **--fw-surface** - Background under all of a widget’s text. On a dark page: `#171b22`. _(default: #ffffff)_
   * - **--fw-subtle** - Tiles, highlighted rows and meter tracks. On a dark page: `#232a36`. _(default: #f1f4f8)_
   * - **--fw-border** - The card’s border and table rules. On a dark page: `#3a4252`. _(default: #d5dae3)_
   * - **--fw-field-border** - Borders of inputs and selects (3:1 against the surface). On a dark page: `#7f899b`. _(default: #7d8696)_
   * - **--fw-danger** - Messages for values that cannot be used. On a dark page: `#ff8a80`. _(default: #b3261e)_
   * - **--fw-focus** - The keyboard focus ring. On a dark page: `#82bcff`. _(default: #0a5ab0)_
   * - **--fw-radius** - Corner radius of the card; controls and tiles use a fraction of it. _(default: 12px)_
   * - **--fw-font** - Font family; the page’s by default. _(default: inherit)_
   *
   * ### **CSS Parts:**
   *  - **base** - The widget's card.
   * - **field** - Each labelled input.
   * - **input** - Each input and select.
   * - **from** - The line saying the amount comes from the linked calculator.
   * - **table** - The withholding table.
   * - **saving** - The sentence on what the TIN changes (or the W-9 message for a US person).
   * - **hedge** - The reminder that the figures are estimates, beside the result.
   * - **share** - The share action ("Share result") and what became of it.
   */
  'tax-withholding-table': DefineComponent<TaxWithholdingTableProps>;
};

declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface
  interface GlobalComponents extends CustomElements {}
}

declare global {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-interface
    interface IntrinsicElements extends CustomElements {}
  }
}
