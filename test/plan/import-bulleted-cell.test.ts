/**
 * Bảng "STT | Nội dung nhiệm vụ | Phân công thực hiện | Thời gian hoàn thành" của một kế hoạch kiểu Đảng, đoàn thể: ô
 * phân công gồm hai đoạn gạch đầu dòng "- Chủ trì: …" và "- Phối hợp: …" (có ô chỉ "- Chủ trì: …"), nhóm A., B. đánh số
 * lại từ 1. Dấu gạch mở đoạn là dấu dòng, không thuộc tên đơn vị: ban chủ trì, các đơn vị sau "Phối hợp:" phối hợp.
 * "Ban Thường vụ chỉ đạo; Văn phòng chủ trì": Ban Thường vụ chỉ đạo, không chủ trì, không phối hợp.
 */
import { readDocx } from '../../src/docx';
import { readPlanOutline } from '../../src/plan/import/outline';
import { escapeXml, rawDocx } from '../docx/helpers';

const para = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
/** A cell of one paragraph a line. */
const tc = (...lines: string[]) => `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${(lines.length ? lines : ['']).map(para).join('')}</w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;

function planDocx(): Uint8Array {
  const rows = [
    tr(tc('STT'), tc('Nội dung nhiệm vụ'), tc('Phân công thực hiện'), tc('Thời gian hoàn thành')),
    tr(tc('A.'), tc('CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO; TUYÊN TRUYỀN, PHỔ BIẾN, GIÁO DỤC VỀ PCTN, TC'), tc(), tc()),
    tr(tc('1'), tc('Quán triệt, triển khai Kế hoạch này đến cán bộ, công chức, viên chức, người lao động cơ quan Hội Nông dân tỉnh.'), tc('- Chủ trì: Ban Tổ chức - Kiểm tra', '- Phối hợp: Văn phòng, các ban, đơn vị thuộc Hội Nông dân tỉnh'), tc('Quý I/2027')),
    tr(tc('2'), tc('Lồng ghép nội dung PCTN, TC trong các lớp bồi dưỡng nghiệp vụ công tác Hội cho cán bộ Hội cơ sở, chi hội trưởng.'), tc('- Chủ trì: Ban Tuyên huấn', '- Phối hợp: Ban Tổ chức - Kiểm tra, Trung tâm Dạy nghề và Hỗ trợ nông dân'), tc('Quý II/2027')),
    tr(tc('B.'), tc('THỰC HIỆN CÁC GIẢI PHÁP PHÒNG NGỪA THAM NHŨNG, TIÊU CỰC'), tc(), tc()),
    tr(tc('1'), tc('Thực hiện công khai dự toán, quyết toán ngân sách, mua sắm, quản lý tài sản công của cơ quan Hội Nông dân tỉnh.'), tc('Ban Thường vụ chỉ đạo; Văn phòng chủ trì'), tc('Thường xuyên')),
    tr(tc('2'), tc('Thực hiện công khai, minh bạch trong tuyển sinh, tổ chức đào tạo nghề cho lao động nông thôn.'), tc('- Chủ trì: Trung tâm Dạy nghề và Hỗ trợ nông dân'), tc('Thường xuyên')),
  ];
  return rawDocx({
    body: [
      para('BAN THƯỜNG VỤ HỘI NÔNG DÂN TỈNH'),
      para('Số: 47-KH/HNDT'),
      para('KẾ HOẠCH'),
      para('Công tác phòng, chống tham nhũng, tiêu cực năm 2027'),
      para('II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN'),
      `<w:tbl><w:tblPr/><w:tblGrid>${'<w:gridCol w:w="2000"/>'.repeat(4)}</w:tblGrid>${rows.join('')}</w:tbl>`,
      para('III. TỔ CHỨC THỰC HIỆN'),
      para('Các ban, đơn vị báo cáo kết quả thực hiện về Ban Thường vụ (qua Ban Tổ chức - Kiểm tra) trước ngày 10 của tháng cuối quý.'),
    ].join(''),
  });
}

test('ô "- Chủ trì: …" / "- Phối hợp: …": chủ trì và phối hợp đọc đúng, không lẫn dấu gạch đầu dòng', () => {
  const outline = readPlanOutline(readDocx(planDocx()));
  expect(outline.items.map((item) => [item.id, item.lead, item.support])).toEqual([
    ['II.a.1', ['Ban Tổ chức - Kiểm tra'], ['Văn phòng', 'các ban, đơn vị thuộc Hội Nông dân tỉnh']],
    ['II.a.2', ['Ban Tuyên huấn'], ['Ban Tổ chức - Kiểm tra', 'Trung tâm Dạy nghề và Hỗ trợ nông dân']],
    ['II.b.1', ['Văn phòng'], []],
    ['II.b.2', ['Trung tâm Dạy nghề và Hỗ trợ nông dân'], []],
  ]);
  // (Ô giữ nguyên như văn bản viết, hai đoạn.)
  expect(outline.items[0]!.unitsRaw).toBe('- Chủ trì: Ban Tổ chức - Kiểm tra\n- Phối hợp: Văn phòng, các ban, đơn vị thuộc Hội Nông dân tỉnh');
});
