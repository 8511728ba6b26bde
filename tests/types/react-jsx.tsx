// React 19 + TypeScript with plain JSX: `freelancer-widgets/jsx` types the four tags (docs/frameworks.md).
import type {} from 'freelancer-widgets/jsx';
import type { RoyaltyResult } from 'freelancer-widgets';

export const calculator = (
  <royalty-tier-calc
    monthly-downloads={250}
    price="0.5"
    usd-idr={16250}
    onroyalty-change={(e) => console.log(e.detail.yearTotal.toFixed(2))}
  />
);
export const table = <tax-withholding-table for="calc" country="ID" us-person onwithholding-change={(e) => e.detail.netWithTin} />;
export const meter = (
  <fiverr-level-meter
    rules="2024"
    current-level="level-2"
    target-orders={25}
    target-rating="4.6"
    onlevel-change={(e) => e.detail.nextLevel}
  />
);
export const cloud = <tag-cloud tags="microstock, npwp" show-count ontag-select={(e) => e.detail.href} />;
export const typed = (detail: RoyaltyResult) => detail.months.map((m) => m.earnings);

// @ts-expect-error: the royalty-change detail has no `total`
export const wrongDetail = <royalty-tier-calc onroyalty-change={(e) => e.detail.total} />;
// @ts-expect-error: media is "image" or "video"
export const wrongMedia = <royalty-tier-calc media="audio" />;
// @ts-expect-error: rules is "2024" or "classic"
export const wrongRules = <fiverr-level-meter rules="2023" />;
