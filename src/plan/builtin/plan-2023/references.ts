/**
 * The legal documents the 2023 plan cites, with the facts the plan gives or the ký hiệu implies.
 * A document the plan cites twice in different words is a function of the words (`cited` is always verbatim).
 */
import type { LegalReference } from '../../schema';

const UBND_TINH = 'UBND tỉnh Quảng Ngãi';

export const anticorruptionLaw = (cited: string, article?: string): LegalReference => ({
  type: 'Luật',
  number: '36/2018/QH14',
  name: 'Phòng, chống tham nhũng',
  date: '2018-11-20',
  issuer: 'Quốc hội',
  ...(article ? { article } : {}),
  cited,
});

export const decree59of2019 = (cited: string): LegalReference => ({
  type: 'Nghị định',
  number: '59/2019/NĐ-CP',
  date: '2019-07-01',
  issuer: 'Chính phủ',
  subject: 'quy định chi tiết một số điều và biện pháp thi hành Luật PCTN',
  cited,
});

export const budgetPublicityCircular: LegalReference = {
  type: 'Thông tư',
  number: '61/2017/TT-BTC',
  date: '2017-06-15',
  issuer: 'Bộ Tài chính',
  subject: 'hướng dẫn về công khai ngân sách đối với đơn vị dự toán ngân sách, tổ chức được ngân sách nhà nước hỗ trợ',
  article: 'Điều 5',
  cited: 'Điều 5, Thông tư số 61/2017/TT-BTC ngày 15/6/2017 của Bộ Tài chính',
};

export const inspectionPlanDecision: LegalReference = {
  type: 'Quyết định',
  number: '595/QĐ-SNV',
  date: '2022-12-02',
  issuer: 'Sở Nội vụ',
  subject: 'Kế hoạch thanh tra, kiểm tra năm 2023 của Thanh tra Sở Nội vụ',
  cited: 'Quyết định số 595/QĐ-SNV ngày 02/12/2022',
};

export const publicServiceCultureDecision: LegalReference = {
  type: 'Quyết định',
  number: '1847/QĐ-TTg',
  date: '2018-12-27',
  issuer: 'Thủ tướng Chính phủ',
  subject: 'về Đề án văn hóa công vụ',
  cited: 'Quyết định số 1847/QĐ-TTg ngày 27/12/2018 của Thủ tướng Chính phủ',
};

export const codeOfConductDecision: LegalReference = {
  type: 'Quyết định',
  number: '673/QĐ-SNV',
  date: '2022-12-31',
  issuer: 'Sở Nội vụ',
  subject: 'ban hành Quy tắc ứng xử của công chức, viên chức và người lao động thuộc Sở Nội vụ',
  cited: 'Quyết định số 673/QĐ-SNV ngày 31/12/2022',
};

export const disciplineDecision: LegalReference = {
  type: 'Quyết định',
  number: '48/2021/QĐ-UBND',
  date: '2021-09-22',
  issuer: UBND_TINH,
  subject:
    'Quy định một số biện pháp chấn chỉnh kỷ luật, kỷ cương hành chính trong đội ngũ cán bộ, công chức, viên chức của tỉnh Quảng Ngãi',
  cited: 'Quyết định số 48/2021/QĐ-UBND ngày 22/9/2021 của UBND tỉnh',
};

export const noAlcoholAtLunchDirective: LegalReference = {
  type: 'Chỉ thị',
  number: '31-CT/TU',
  date: '2014-06-13',
  issuer: 'Ban Thường vụ Tỉnh ủy',
  subject: 'về chủ trương không dùng bia, rượu trong buổi trưa của các ngày làm việc',
  cited: 'Chỉ thị số 31-CT/TU ngày 13/6/2014 của Ban Thường vụ Tỉnh ủy',
};

export const harassmentDirective: LegalReference = {
  type: 'Chỉ thị',
  number: '10/CT-TTg',
  date: '2019-04-22',
  issuer: 'Thủ tướng Chính phủ',
  subject:
    'về việc tăng cường xử lý, ngăn chặn có hiệu quả tình trạng nhũng nhiễu, gây phiền hà cho người dân, doanh nghiệp trong giải quyết công việc',
  cited: 'Chỉ thị số 10/CT-TTg ngày 22/4/2019 của Thủ tướng Chính phủ',
};

export const cadreManagementDecision: LegalReference = {
  type: 'Quyết định',
  number: '62/2017/QĐ-UBND',
  date: '2017-09-15',
  issuer: UBND_TINH,
  cited: 'Quyết định số 62/2017/QĐ-UBND ngày 15/9/2017 của UBND tỉnh',
};

/** The three decisions on the standards for heads and deputy heads that II.3.g.2 asks to revise. */
export const titleStandardDecisions: LegalReference[] = [
  { type: 'Quyết định', number: '26/2015/QĐ-UBND', date: '2015-06-16', issuer: UBND_TINH, cited: 'Quyết định số 26/2015/QĐ-UBND ngày 16/6/2015' },
  { type: 'Quyết định', number: '61/2017/QĐ-UBND', date: '2017-09-15', issuer: UBND_TINH, cited: 'Quyết định 61/2017/QĐ-UBND ngày 15/9/2017' },
  { type: 'Quyết định', number: '73/2021/QĐ-UBND', date: '2021-11-25', issuer: UBND_TINH, cited: 'Quyết định số 73/2021/QĐ-UBND ngày 25/11/2021' },
];

export const reformPlan: LegalReference = {
  type: 'Kế hoạch',
  number: '235/KH-SNV',
  date: '2022-12-31',
  issuer: 'Sở Nội vụ',
  subject: 'Kế hoạch cải cách hành chính năm 2023 của Sở Nội vụ',
  cited: 'Kế hoạch số 235/KH-SNV ngày 31/12/2022',
};

export const qualityStandard: LegalReference = {
  type: 'Tiêu chuẩn',
  number: 'TCVN 9001:2015',
  name: 'Hệ thống quản lý chất lượng',
  issuer: 'Bộ Khoa học và Công nghệ',
  cited: 'Tiêu chuẩn quốc gia TCVN 9001:2015',
};

export const digitalGovernmentPlan: LegalReference = {
  type: 'Kế hoạch',
  number: '151/KH-UBND',
  date: '2020-12-21',
  issuer: UBND_TINH,
  subject:
    'về ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước, phát triển chính quyền số và bảo đảm an toàn thông tin mạng tỉnh Quảng Ngãi, giai đoạn 2021-2025',
  cited: 'Kế hoạch số 151/KH-UBND ngày 21/12/2020 của UBND tỉnh',
};

export const provincialPlan: LegalReference = {
  type: 'Kế hoạch',
  number: '202/KH-UBND',
  date: '2022-12-31',
  issuer: UBND_TINH,
  subject: 'ban hành Kế hoạch công tác phòng, chống tham nhũng, tiêu cực năm 2023 của tỉnh Quảng Ngãi',
  cited: 'Kế hoạch số 202/KH-UBND ngày 31/12/2022 của Ủy ban nhân dân tỉnh Quảng Ngãi',
};

export const reportRegimeCircular: LegalReference = {
  type: 'Thông tư',
  number: '02/2021/TT-TTCP',
  date: '2021-03-22',
  issuer: 'Thanh tra Chính phủ',
  cited: 'Thông tư số 02/2021/TT-TTCP ngày 22/3/2021 của Thanh tra Chính phủ',
};

export const previousScheduleLetter: LegalReference = {
  type: 'Công văn',
  number: '1186/SNV-TTr',
  date: '2021-05-24',
  issuer: 'Sở Nội vụ',
  cited: 'Công văn số 1186/SNV-TTr ngày 24/5/2021 của Sở Nội vụ',
};
