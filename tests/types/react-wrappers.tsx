// React 19 + TypeScript with the @lit/react wrappers of `freelancer-widgets/react` (docs/frameworks.md).
import { FiverrLevelMeter, RoyaltyTierCalc, TagCloud, TaxWithholdingTable } from 'freelancer-widgets/react';

export const page = (
  <>
    <RoyaltyTierCalc id="calc" monthlyDownloads={250} price={0.5} onRoyaltyChange={(e) => e.detail.yearTotal.toFixed(2)} />
    <TaxWithholdingTable htmlFor="calc" usPerson onWithholdingChange={(e) => e.detail.netWithoutTin} />
    <FiverrLevelMeter rules="2024" targetOrders={25} onLevelChange={(e) => e.detail.unmet.length} />
    <TagCloud tags={['microstock', 'npwp']} onTagSelect={(e) => e.preventDefault()} />
  </>
);

// @ts-expect-error: the level-change detail has no `score`
export const wrongDetail = <FiverrLevelMeter onLevelChange={(e) => e.detail.score} />;
// @ts-expect-error: usPerson is a boolean
export const wrongFlag = <TaxWithholdingTable usPerson="yes" />;
// @ts-expect-error: no such event prop
export const wrongEvent = <RoyaltyTierCalc onWithholdingChange={() => 0} />;
