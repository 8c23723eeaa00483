/** The header, opening and signature block of the 2023 plan. */
import type { Plan } from '../../schema';
import { provincialPlan } from './references';

export const meta2023: Plan['meta'] = {
  type: 'Kế hoạch',
  number: '/KH-SNV',
  symbol: 'KH-SNV',
  place: 'Quảng Ngãi',
  dateRaw: 'ngày tháng 01 năm 2023',
  year: 2023,
  issuer: 'SNV',
  issuerName: 'Sở Nội vụ tỉnh Quảng Ngãi',
  governingBody: 'UBND tỉnh Quảng Ngãi',
  title: 'Công tác phòng, chống tham nhũng năm 2023 của Sở Nội vụ tỉnh Quảng Ngãi',
  implements: provincialPlan,
  opening:
    'Thực hiện Kế hoạch số 202/KH-UBND ngày 31/12/2022 của Ủy ban nhân dân tỉnh Quảng Ngãi ban hành Kế hoạch công tác phòng, chống tham nhũng, tiêu cực năm 2023 của tỉnh Quảng Ngãi; Sở Nội vụ ban hành Kế hoạch công tác phòng, chống tham nhũng năm 2023 như sau:',
  signer: { position: 'GIÁM ĐỐC', name: 'Tạ Công Dũng' },
  recipients: [
    'UBND tỉnh;',
    'Ban Nội chính Tỉnh ủy;',
    'Thanh tra tỉnh;',
    'GD, PGD Sở;',
    'Các đơn vị trực thuộc, các phòng chuyên môn và tương đương;',
    'Lưu: VT, T.Tra Sở.',
  ],
};
