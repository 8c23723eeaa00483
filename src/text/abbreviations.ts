/**
 * Domain abbreviations and their expansions (domain notes §4.5). Data only.
 * `forms` are matched as written (after NFC and invisible-character removal): case matters, so the Vietnamese word
 * "tu" is never read as an abbreviation. A form may span punctuation ("KN, TC", "V/v", "TM.").
 * Bare document-type codes (QĐ, KH, BC, TC, TTr as Tờ trình) are left alone: inside a ký hiệu (59/2019/NĐ-CP, CT/TU)
 * nothing is expanded, and on their own they are ambiguous.
 */
export interface Abbreviation {
  readonly forms: readonly string[];
  readonly expansion: string;
}

export const ABBREVIATIONS: readonly Abbreviation[] = [
  { forms: ['PCTN'], expansion: 'phòng, chống tham nhũng' },
  { forms: ['PCTNTC', 'PCTN, TC', 'PCTN,TC', 'PCTN-TC'], expansion: 'phòng, chống tham nhũng, tiêu cực' },
  {
    forms: ['PCTNLPTC', 'PCTN, LP, TC', 'PCTN,LP,TC', 'PCTN, LP,TC', 'PCTN,LP, TC'],
    expansion: 'phòng, chống tham nhũng, lãng phí, tiêu cực',
  },
  { forms: ['CBCC'], expansion: 'cán bộ, công chức' },
  { forms: ['CCVC'], expansion: 'công chức, viên chức' },
  { forms: ['CBCCVC'], expansion: 'cán bộ, công chức, viên chức' },
  { forms: ['UBND'], expansion: 'Ủy ban nhân dân' },
  { forms: ['HĐND'], expansion: 'Hội đồng nhân dân' },
  { forms: ['CCHC'], expansion: 'cải cách hành chính' },
  { forms: ['KT-XH', 'KTXH'], expansion: 'kinh tế - xã hội' },
  { forms: ['TTCP'], expansion: 'Thanh tra Chính phủ' },
  { forms: ['KN, TC', 'KN,TC', 'KNTC'], expansion: 'khiếu nại, tố cáo' },
  { forms: ['TSTN'], expansion: 'tài sản, thu nhập' },
  { forms: ['XĐLI'], expansion: 'xung đột lợi ích' },
  { forms: ['QTƯX'], expansion: 'quy tắc ứng xử' },
  { forms: ['TTĐT'], expansion: 'thông tin điện tử' },
  { forms: ['TTHC'], expansion: 'thủ tục hành chính' },
  { forms: ['CNTT'], expansion: 'công nghệ thông tin' },
  { forms: ['NSNN'], expansion: 'ngân sách nhà nước' },
  { forms: ['DNNN'], expansion: 'doanh nghiệp nhà nước' },
  { forms: ['TTr', 'T.Tra'], expansion: 'Thanh tra' },
  { forms: ['VP'], expansion: 'Văn phòng' },
  { forms: ['VT'], expansion: 'Văn thư' },
  { forms: ['SNV'], expansion: 'Sở Nội vụ' },
  { forms: ['BTVTU'], expansion: 'Ban Thường vụ Tỉnh ủy' },
  { forms: ['BTV'], expansion: 'Ban Thường vụ' },
  { forms: ['BCĐ'], expansion: 'Ban Chỉ đạo' },
  { forms: ['BCSĐ'], expansion: 'Ban cán sự đảng' },
  { forms: ['GD'], expansion: 'Giám đốc' },
  { forms: ['PGD'], expansion: 'Phó Giám đốc' },
  { forms: ['TM.'], expansion: 'thay mặt' },
  { forms: ['KT.'], expansion: 'ký thay' },
  { forms: ['TL.'], expansion: 'thừa lệnh' },
  { forms: ['TUQ.'], expansion: 'thừa ủy quyền' },
  { forms: ['Q.'], expansion: 'quyền' },
  { forms: ['V/v', 'V/V', 'v/v'], expansion: 'về việc' },
  { forms: ['b/c', 'B/c', 'B/C'], expansion: 'báo cáo' },
  { forms: ['t/h', 'T/h', 'T/H'], expansion: 'thực hiện' },
  // Short forms of officials' drafts (issue 9): tasks named in words the plan spells out.
  { forms: ['VTCT'], expansion: 'vị trí công tác' },
  { forms: ['CĐVTCT'], expansion: 'chuyển đổi vị trí công tác' },
  { forms: ['KLTT'], expansion: 'kết luận thanh tra' },
  { forms: ['ĐVTT'], expansion: 'đơn vị trực thuộc' },
  { forms: ['k/tra', 'K/tra', 'K/TRA'], expansion: 'kiểm tra' },
  { forms: ['c/khai', 'C/khai'], expansion: 'công khai' },
  { forms: ['KH'], expansion: 'kế hoạch' },
  { forms: ['DVCTT'], expansion: 'dịch vụ công trực tuyến' },
  { forms: ['DVC'], expansion: 'dịch vụ công' },
  { forms: ['VHCV'], expansion: 'văn hóa công vụ' },
  { forms: ['KSTSTN'], expansion: 'kiểm soát tài sản, thu nhập' },
  { forms: ['NLĐ'], expansion: 'người lao động' },
  { forms: ['CB, CC, VC', 'CB,CC,VC'], expansion: 'cán bộ, công chức, viên chức' },
  { forms: ['CC, VC', 'CC,VC'], expansion: 'công chức, viên chức' },
  { forms: ['TCCB'], expansion: 'tổ chức cán bộ' },
  { forms: ['CĐCS'], expansion: 'công đoàn cơ sở' },
];
