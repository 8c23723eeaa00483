/** Tên viết tắt mở đầu bằng chữ đầu của đơn vị ("Bộ phận TN&TKQ") là tên đơn vị ấy, không phải cả mệnh đề; một phòng
 * viết tắt vài chữ ("Phòng Kiểm soát TTHC và Giám sát", "Phòng KSTTHC&GS") vẫn là phòng ấy. */
import { PLAIN_PARAGRAPH, toDocumentModel } from '../../src/document';
import { definedShortForms, importPlan } from '../../src/plan/import/assemble';

test('"công chức … làm việc tại Bộ phận Tiếp nhận và Trả kết quả (sau đây viết tắt là Bộ phận TN&TKQ)": tên tắt của Bộ phận, không của cả câu', () => {
  const model = toDocumentModel(
    [
      '- Nâng cao trách nhiệm của công chức, viên chức của các sở, ngành được cử đến làm việc tại Bộ phận Tiếp nhận và Trả kết quả (sau đây viết tắt là Bộ phận TN&TKQ) trong công tác PCTN, TC.',
      '- Phòng Tổ chức cán bộ (sau đây viết tắt là phòng TCCB) chủ trì.',
    ].map((text) => ({ ...PLAIN_PARAGRAPH, text })),
    { host: 'docx' },
  );
  expect(Object.fromEntries(definedShortForms(model))).toEqual({ 'bộ phận tn&tkq': 'Bộ phận Tiếp nhận và Trả kết quả', 'phòng tccb': 'Phòng Tổ chức cán bộ' });
});

test('"Phòng Kiểm soát TTHC và Giám sát", "Phòng KSTTHC&GS" là "Phòng Kiểm soát thủ tục hành chính và Giám sát"', () => {
  const header = ['TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG', 'Số: 05/KH-TTPVHCC', 'KẾ HOẠCH', 'Công tác phòng, chống tham nhũng, tiêu cực năm 2027', 'PHỤ LỤC'];
  const rows = [
    ['STT', 'Nội dung nhiệm vụ', 'Chủ trì thực hiện', 'Phối hợp thực hiện', 'Thời gian thực hiện'],
    ['A', 'THỰC HIỆN CÁC BIỆN PHÁP PHÒNG NGỪA THAM NHŨNG, TIÊU CỰC', '', '', ''],
    ['1', 'Công khai các thủ tục hành chính (TTHC), quy trình nội bộ, phí, lệ phí tại Trung tâm.', 'Phòng Kiểm soát thủ tục hành chính và Giám sát', 'Phòng Hành chính - Tổng hợp', 'Thường xuyên'],
    ['2', 'Giám sát việc tiếp nhận, giải quyết và trả kết quả hồ sơ TTHC qua hệ thống camera.', 'Phòng Kiểm soát TTHC và Giám sát', 'Bộ phận Công nghệ thông tin', 'Hằng tháng'],
    ['3', 'Tổ chức khảo sát mức độ hài lòng của tổ chức, cá nhân.', 'Phòng KSTTHC&GS', 'Phòng Hành chính - Tổng hợp', 'Quý II'],
  ];
  const raws = [
    ...header.map((text) => ({ ...PLAIN_PARAGRAPH, text, bold: text === text.toUpperCase() })),
    ...rows.flatMap((row, r) => row.map((text, c) => ({ ...PLAIN_PARAGRAPH, text, table: { table: 0, row: r, cell: c, depth: 1 } }))),
  ];
  const { plan } = importPlan(toDocumentModel(raws, { host: 'docx' }));
  const phong = plan.units.filter((u) => /^Phòng K/u.test(u.name));
  expect(phong.map((u) => u.name)).toEqual(['Phòng Kiểm soát thủ tục hành chính và Giám sát']);
  expect(phong[0]!.aliases).toEqual(expect.arrayContaining(['Phòng Kiểm soát TTHC và Giám sát', 'Phòng KSTTHC&GS']));
  expect(plan.items.map((i) => i.lead)).toEqual([[phong[0]!.id], [phong[0]!.id], [phong[0]!.id]]);
});
