/**
 * The built-in plan: Kế hoạch công tác phòng, chống tham nhũng năm 2023 của Sở Nội vụ tỉnh Quảng Ngãi (Số: /KH-SNV),
 * encoded from the plan text. Item ids follow the rule of the plan-items spec (heading path + bullet ordinal).
 */
import type { Plan } from '../schema';
import { headings2023 } from './plan-2023/headings';
import { itemsAssetsToAccountability } from './plan-2023/items-assets-to-accountability';
import { itemsConductToRotation } from './plan-2023/items-conduct-to-rotation';
import { itemsLeadershipToStandards } from './plan-2023/items-leadership-to-standards';
import { meta2023 } from './plan-2023/meta';
import { withCues } from './plan-2023/cues';
import { reporting2023 } from './plan-2023/reporting';
import { groups2023, units2023 } from './plan-2023/units';

export const plan2023: Plan = {
  meta: meta2023,
  headings: headings2023,
  units: units2023,
  groups: groups2023,
  items: withCues([...itemsLeadershipToStandards, ...itemsConductToRotation, ...itemsAssetsToAccountability]),
  reporting: reporting2023,
};
