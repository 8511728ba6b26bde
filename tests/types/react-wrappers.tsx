// React 19 + TypeScript with the @lit/react wrappers of `freelancer-widgets/react` (docs/frameworks.md).
import { FiverrLevelMeter, RoyaltyTierCalc, TagCloud, TaxWithholdingTable } from 'freelancer-widgets/react';

export const page = (
  <>
    <RoyaltyTierCalc id="calc" monthlyDownloads={250} price={0.5} onRoyaltyChange={(e) => e.detail.yearTotal.toFixed(2)} />
    <TaxWithholdingTable htmlFor="calc" onWithholdingChange={(e) => e.detail.netWithoutTin} />
    <FiverrLevelMeter rules="2024" onLevelChange={(e) => e.detail.unmet.length} />
    <TagCloud tags={['microstock', 'npwp']} onTagSelect={(e) => e.preventDefault()} />
  </>
);

// @ts-expect-error: the level-change detail has no `score`
export const wrongDetail = <FiverrLevelMeter onLevelChange={(e) => e.detail.score} />;
// @ts-expect-error: no such event prop
export const wrongEvent = <RoyaltyTierCalc onWithholdingChange={() => 0} />;
