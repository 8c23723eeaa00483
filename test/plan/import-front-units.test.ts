/** Kế hoạch của Ủy ban MTTQ chia nhiệm vụ theo ban và theo các tổ chức chính trị - xã hội trực thuộc. */
import { PLAIN_PARAGRAPH, toDocumentModel } from '../../src/document';
import { importPlan } from '../../src/plan/import/assemble';

const lines = [
  'ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM',
  'TỈNH QUẢNG TRỊ',
  'BAN THƯỜNG TRỰC',
  'Số: 45/KH-MTTQ-BTT',
  'Quảng Trị, ngày 10 tháng 01 năm 2027',
  'KẾ HOẠCH',
  'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
  'I. MỤC ĐÍCH, YÊU CẦU',
  '- Nhiệm vụ được giao cụ thể cho từng ban, đơn vị.',
  'II. NHIỆM VỤ CỤ THỂ',
  '1. Ban Phong trào',
  '- Hướng dẫn Ủy ban MTTQ Việt Nam các xã, phường nâng cao chất lượng hoạt động của Ban Thanh tra nhân dân; cả năm.',
  '2. Các tổ chức chính trị - xã hội trực thuộc (Hội Liên hiệp Phụ nữ tỉnh, Tỉnh Đoàn, Hội Nông dân tỉnh)',
  '- Quán triệt các quy định về PCTN-TC đến cán bộ, hội viên, đoàn viên trong quý I/2027.',
  '- Công khai việc quản lý, sử dụng các nguồn quỹ do đơn vị quản lý; cả năm.',
  '- Phối hợp với Ban Phong trào tham gia giám sát, phản biện xã hội theo Chương trình giám sát, phản biện xã hội năm 2027 của Ban Thường trực.',
  'III. TỔ CHỨC THỰC HIỆN',
  '1. Các ban, đơn vị báo cáo kết quả thực hiện Kế hoạch định kỳ 6 tháng, năm, gửi về Ủy ban MTTQ tỉnh (qua Ban Phong trào) như sau: báo cáo 6 tháng gửi trước ngày 05/6/2027; báo cáo năm gửi trước ngày 05/11/2027.',
  'Nơi nhận:',
  '- Lưu: VT.',
  'TM. BAN THƯỜNG TRỰC',
];

const { plan } = importPlan(toDocumentModel(lines.map((text) => ({ ...PLAIN_PARAGRAPH, text, bold: text === text.toUpperCase() || /^I+\./.test(text) })), { host: 'docx' }));
const name = (id: string) => plan.units.find((u) => u.id === id)?.name ?? plan.groups.find((g) => g.id === id)?.name ?? id;
const item = (id: string) => plan.items.find((i) => i.id === id)!;

test('tiêu đề "Các tổ chức chính trị - xã hội trực thuộc (Hội …, Tỉnh Đoàn, …)" là đơn vị chủ trì của mọi gạch đầu dòng dưới nó', () => {
  for (const id of ['II.2.1', 'II.2.2', 'II.2.3']) expect(item(id).lead.map(name)).toEqual(['Các tổ chức chính trị - xã hội trực thuộc']);
});

test('"Phối hợp với Ban Phong trào tham gia giám sát": đơn vị phối hợp là Ban Phong trào, không kèm việc làm', () => {
  expect(item('II.2.3').support.map(name)).toEqual(['Ban Phong trào']);
});

test('"…; cả năm." ở cuối câu là thời gian thực hiện cả năm', () => {
  expect(item('II.1.1').timing.raw).toBe('cả năm');
  expect(item('II.2.2').timing.parts).toEqual([{ kind: 'recurring', within: 'year' }]);
});

test('"theo Chương trình giám sát, phản biện xã hội năm 2027 của Ban Thường trực" là thời gian theo chương trình đó', () => {
  expect(item('II.2.3').timing.raw).toBe('theo Chương trình giám sát, phản biện xã hội năm 2027 của Ban Thường trực');
  expect(item('II.2.3').timing.parts[0]).toMatchObject({ kind: 'followsPlan' });
});

test('báo cáo "gửi về Ủy ban MTTQ tỉnh (qua Ban Phong trào)" đi qua Ban Phong trào', () => {
  expect(name(plan.reporting.channel)).toBe('Ban Phong trào');
});

test('các tổ chức kể trong ngoặc sau tên nhóm là thành viên của nhóm, "Tỉnh Đoàn" là một đơn vị', () => {
  const group = plan.groups.find((g) => g.name === 'Các tổ chức chính trị - xã hội trực thuộc');
  expect(group?.members.map(name)).toEqual(['Hội Liên hiệp Phụ nữ tỉnh', 'Tỉnh Đoàn', 'Hội Nông dân tỉnh']);
});
