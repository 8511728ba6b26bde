/**
 * freelancer-widgets/react — the four widgets as React components, made with
 * @lit/react: props are set as properties, and each widget's event is a typed
 * prop (`onRoyaltyChange={(e) => e.detail.yearTotal}`). Importing this module
 * defines the four tags. `react` is a peer dependency of this entry only.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { FiverrLevelMeter as FiverrLevelMeterElement } from '../components/fiverr-level-meter/fiverr-level-meter.js';
import { RoyaltyTierCalc as RoyaltyTierCalcElement } from '../components/royalty-tier-calc/royalty-tier-calc.js';
import { TagCloud as TagCloudElement } from '../components/tag-cloud/tag-cloud.js';
import { TaxWithholdingTable as TaxWithholdingTableElement } from '../components/tax-withholding-table/tax-withholding-table.js';
import type { LevelResult } from '../core/fiverr-levels.js';
import type { RoyaltyResult } from '../core/royalty-detail.js';
import type { TagSelectDetail } from '../core/tag-weights.js';
import type { WithholdingResult } from '../core/withholding.js';

export const RoyaltyTierCalc = createComponent({
  tagName: 'royalty-tier-calc',
  elementClass: RoyaltyTierCalcElement,
  react: React,
  events: { onRoyaltyChange: 'royalty-change' as EventName<CustomEvent<RoyaltyResult>> },
});

export const TaxWithholdingTable = createComponent({
  tagName: 'tax-withholding-table',
  elementClass: TaxWithholdingTableElement,
  react: React,
  events: { onWithholdingChange: 'withholding-change' as EventName<CustomEvent<WithholdingResult>> },
});

export const FiverrLevelMeter = createComponent({
  tagName: 'fiverr-level-meter',
  elementClass: FiverrLevelMeterElement,
  react: React,
  events: { onLevelChange: 'level-change' as EventName<CustomEvent<LevelResult>> },
});

export const TagCloud = createComponent({
  tagName: 'tag-cloud',
  elementClass: TagCloudElement,
  react: React,
  events: { onTagSelect: 'tag-select' as EventName<CustomEvent<TagSelectDetail>> },
});
