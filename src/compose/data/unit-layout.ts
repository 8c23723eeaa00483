/**
 * How each kind of unit of Sở Nội vụ tỉnh Quảng Ngãi heads and signs its documents. [R] Names in the header and
 * signer titles follow Nghị định 30/2020/NĐ-CP practice (domain notes §2.2) and the 2023 plan's signature; they are
 * data, keyed by unit id with a default per unit kind, so that another plan can override them.
 */
import type { UnitKind } from './unit-kind';

export interface UnitLayout {
  /** The governing body line (cơ quan chủ quản), capitals, not bold. */
  governingBody: string;
  /** The issuing unit in capitals, bold; default: the unit's name in capitals. */
  headerName?: string;
  /** The unit's code in "Số: .../BC-<code>"; default: the plan's unit code, else the unit id. */
  code?: string;
  /** "KT. GIÁM ĐỐC" above the position when a deputy signs on the head's behalf. */
  authority?: string;
  /** The signer's position in capitals. */
  position: string;
  /** Recipients of the unit's periodic report, without the final "Lưu" line. */
  reportRecipients: string[];
  /** Recipients of the unit's own PCTN plan. */
  planRecipients: string[];
}

const PROVINCE_GOVERNING = 'UBND TỈNH QUẢNG NGÃI';
const DEPARTMENT_GOVERNING = 'SỞ NỘI VỤ TỈNH QUẢNG NGÃI';
const TO_INSPECTORATE = ['Thanh tra Sở;', 'Lãnh đạo Sở (b/c);'];
const PLAN_TO_DEPARTMENT = ['Sở Nội vụ (qua Thanh tra Sở, Văn phòng Sở);', 'Lãnh đạo Sở (b/c);'];

export const LAYOUT_BY_KIND: Readonly<Record<UnitKind, UnitLayout>> = {
  department: {
    governingBody: PROVINCE_GOVERNING,
    position: 'GIÁM ĐỐC',
    reportRecipients: ['UBND tỉnh (b/c);', 'Thanh tra tỉnh;', 'Ban Nội chính Tỉnh ủy;', 'GĐ, các PGĐ Sở;'],
    planRecipients: ['UBND tỉnh (b/c);', 'Thanh tra tỉnh;', 'GĐ, các PGĐ Sở;', 'Các đơn vị trực thuộc, các phòng chuyên môn và tương đương;'],
  },
  division: { governingBody: DEPARTMENT_GOVERNING, position: 'TRƯỞNG PHÒNG', reportRecipients: TO_INSPECTORATE, planRecipients: PLAN_TO_DEPARTMENT },
  affiliate: { governingBody: DEPARTMENT_GOVERNING, position: 'THỦ TRƯỞNG ĐƠN VỊ', reportRecipients: TO_INSPECTORATE, planRecipients: PLAN_TO_DEPARTMENT },
  external: { governingBody: PROVINCE_GOVERNING, position: 'THỦ TRƯỞNG CƠ QUAN', reportRecipients: TO_INSPECTORATE, planRecipients: PLAN_TO_DEPARTMENT },
  group: { governingBody: DEPARTMENT_GOVERNING, position: 'THỦ TRƯỞNG ĐƠN VỊ', reportRecipients: TO_INSPECTORATE, planRecipients: PLAN_TO_DEPARTMENT },
};

/** Per-unit corrections of the defaults above. */
export const LAYOUT_BY_UNIT: Readonly<Record<string, Partial<UnitLayout>>> = {
  SNV: { headerName: 'SỞ NỘI VỤ' },
  VP: { headerName: 'VĂN PHÒNG', position: 'CHÁNH VĂN PHÒNG' },
  TTr: { headerName: 'THANH TRA', position: 'CHÁNH THANH TRA', reportRecipients: ['Lãnh đạo Sở (b/c);'] },
  // The Ban numbers its documents "03/KH-BTĐKT" (its reports); the plan's data keeps the code reports are read by.
  BTDKT: { headerName: 'BAN THI ĐUA – KHEN THƯỞNG', position: 'TRƯỞNG BAN', code: 'BTĐKT' },
  BTG: { headerName: 'BAN TÔN GIÁO', position: 'TRƯỞNG BAN', code: 'BTG' },
  CCVTLT: { headerName: 'CHI CỤC VĂN THƯ – LƯU TRỮ', position: 'CHI CỤC TRƯỞNG', code: 'CCVTLT' },
};
