/** Cột "Ghi chú" của bảng nhiệm vụ: lời ghi chú mở đầu bằng "Phối hợp …" nêu đơn vị phối hợp thực hiện nhiệm vụ ấy. */
import { PLAIN_PARAGRAPH, toDocumentModel } from '../../src/document';
import { importPlan } from '../../src/plan/import/assemble';

test('"Ghi chú: Phối hợp Ban đại diện cha mẹ học sinh" là đơn vị phối hợp; ghi chú khác không nêu đơn vị', () => {
  const header = ['TRƯỜNG THPT NGUYỄN HUỆ', 'Số: 07/KH-THPTNH', 'KẾ HOẠCH', 'Công tác phòng, chống tham nhũng, tiêu cực năm 2027', 'PHỤ LỤC'];
  const rows = [
    ['TT', 'Nội dung công việc', 'Người/bộ phận thực hiện', 'Thời gian', 'Ghi chú'],
    ['I', 'THỰC HIỆN CÁC GIẢI PHÁP PHÒNG NGỪA THAM NHŨNG, TIÊU CỰC', '', '', ''],
    ['1', 'Lồng ghép nội dung PCTN vào giảng dạy môn Giáo dục kinh tế và pháp luật.', 'Các tổ chuyên môn', 'Cả năm', 'Theo kế hoạch dạy học của tổ'],
    ['2', 'Thực hiện các khoản thu, chi đúng quy định; vận động, tiếp nhận, quản lý, sử dụng tài trợ; không để xảy ra lạm thu.', 'Kế toán', 'Đầu năm học', 'Phối hợp Ban đại diện cha mẹ học sinh'],
    ['3', 'Giám sát việc thực hiện quy chế dân chủ, Quy chế chi tiêu nội bộ.', 'Ban Thanh tra nhân dân', 'Cả năm', 'Phối hợp với Công đoàn trường.'],
  ];
  const raws = [
    ...header.map((text) => ({ ...PLAIN_PARAGRAPH, text, bold: text === text.toUpperCase() })),
    ...rows.flatMap((row, r) => row.map((text, c) => ({ ...PLAIN_PARAGRAPH, text, table: { table: 0, row: r, cell: c, depth: 1 } }))),
  ];
  const { plan } = importPlan(toDocumentModel(raws, { host: 'docx' }));
  const name = (id: string) => plan.units.find((u) => u.id === id)?.name ?? plan.groups.find((g) => g.id === id)!.name;
  expect(plan.items.map((i) => [i.id, i.lead.map(name), i.support.map(name)])).toEqual([
    ['I.1', ['Các tổ chuyên môn'], []],
    ['I.2', ['Kế toán'], ['Ban đại diện cha mẹ học sinh']],
    ['I.3', ['Ban Thanh tra nhân dân'], ['Công đoàn trường']],
  ]);
});
