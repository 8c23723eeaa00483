/**
 * The units of Sở Nội vụ tỉnh Quảng Ngãi that the 2023 plan names, and the two groups it names as one.
 * Aliases are the plan's own spellings plus the abbreviations reports use; no alias belongs to two units.
 * Bare "CCVC" and "CCHC" are left out on purpose: in running text they mean "công chức, viên chức" and
 * "cải cách hành chính", not the divisions.
 */
import type { Unit, UnitGroup } from '../../schema';

export const units2023: Unit[] = [
  {
    id: 'SNV',
    name: 'Sở Nội vụ tỉnh Quảng Ngãi',
    shortName: 'Sở Nội vụ',
    kind: 'department',
    aliases: ['Sở Nội vụ', 'SNV', 'Sở Nội vụ Quảng Ngãi', 'Sở Nội vụ tỉnh'],
    code: 'SNV',
    signers: ['GIÁM ĐỐC'],
  },
  {
    id: 'VP',
    name: 'Văn phòng Sở',
    kind: 'division',
    aliases: ['VP Sở', 'Văn phòng Sở Nội vụ', 'Văn phòng SNV', 'VP SNV', 'VP Sở Nội vụ'],
    code: 'VP',
    signers: ['CHÁNH VĂN PHÒNG'],
  },
  {
    id: 'TTr',
    name: 'Thanh tra Sở',
    kind: 'division',
    aliases: ['Thanh tra Sở Nội vụ', 'TTr Sở', 'T.Tra Sở', 'Thanh tra SNV', 'TTr SNV', 'TTr Sở Nội vụ'],
    code: 'TTr',
    signers: ['CHÁNH THANH TRA'],
  },
  {
    id: 'CCVC',
    name: 'Phòng Công chức, viên chức',
    kind: 'division',
    aliases: ['Phòng công chức, viên chức', 'Phòng CCVC', 'P.CCVC', 'Phòng Công chức - Viên chức', 'Phòng Công chức, Viên chức'],
    code: 'CCVC',
  },
  {
    id: 'CCHC',
    name: 'Phòng Cải cách hành chính và Công tác thanh niên',
    kind: 'division',
    aliases: [
      'Phòng Cải cách hành chính và công tác thanh niên',
      'Phòng CCHC và CTTN',
      'Phòng CCHC & CTTN',
      'Phòng CCHC&CTTN',
      'Phòng CCHC',
      'P.CCHC',
      'Phòng Cải cách hành chính',
    ],
    code: 'CCHC',
  },
  {
    id: 'BTDKT',
    name: 'Ban Thi đua – Khen thưởng tỉnh',
    shortName: 'Ban Thi đua – Khen thưởng',
    kind: 'affiliate',
    aliases: [
      'Ban Thi đua - Khen thưởng tỉnh',
      'Ban Thi đua – Khen thưởng',
      'Ban Thi đua - Khen thưởng',
      'Ban Thi đua-Khen thưởng tỉnh',
      'Ban Thi đua-Khen thưởng',
      'Ban Thi đua – Khen thưởng tỉnh Quảng Ngãi',
      'Ban Thi đua - Khen thưởng tỉnh Quảng Ngãi',
      'Ban TĐKT',
      'Ban TĐKT tỉnh',
      'Ban TĐ-KT',
    ],
    code: 'TĐKT',
  },
  {
    id: 'BTG',
    name: 'Ban Tôn giáo tỉnh',
    shortName: 'Ban Tôn giáo',
    kind: 'affiliate',
    aliases: ['Ban Tôn giáo', 'Ban Tôn giáo tỉnh Quảng Ngãi', 'Ban TG'],
  },
  {
    id: 'CCVTLT',
    name: 'Chi cục Văn thư – Lưu trữ tỉnh',
    shortName: 'Chi cục Văn thư – Lưu trữ',
    kind: 'affiliate',
    aliases: [
      'Chi cục Văn thư - Lưu trữ tỉnh',
      'Chi cục Văn thư – Lưu trữ',
      'Chi cục Văn thư - Lưu trữ',
      'Chi cục Văn thư-Lưu trữ',
      'Chi cục Văn thư – Lưu trữ tỉnh Quảng Ngãi',
      'Chi cục Văn thư - Lưu trữ tỉnh Quảng Ngãi',
      'Chi cục VTLT',
      'Chi cục VT-LT',
    ],
    signers: ['CHI CỤC TRƯỞNG'],
  },
];

export const groups2023: UnitGroup[] = [
  {
    id: 'PCM',
    name: 'các phòng chuyên môn và tương đương thuộc Sở',
    aliases: [
      'Các phòng chuyên môn và tương đương thuộc Sở',
      'các phòng chuyên môn và tương đương',
      'phòng chuyên môn và tương đương',
      'các phòng chuyên môn',
      'phòng chuyên môn thuộc Sở',
      'các phòng chuyên môn thuộc Sở',
    ],
    members: ['VP', 'TTr', 'CCVC', 'CCHC'],
  },
  {
    id: 'DVTT',
    name: 'các đơn vị trực thuộc Sở',
    aliases: ['các đơn vị trực thuộc', 'đơn vị trực thuộc Sở', 'đơn vị trực thuộc', 'các cơ quan, đơn vị trực thuộc Sở'],
    members: ['BTDKT', 'BTG', 'CCVTLT'],
  },
];
