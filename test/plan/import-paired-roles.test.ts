/**
 * Bảng nhiệm vụ có một cột cho cả hai vai, tiêu đề "Chủ trì / Phối hợp": mỗi ô ghi đơn vị chủ trì, gạch chéo, rồi các
 * đơn vị phối hợp ("Phòng Tổ chức - Hành chính / Khoa Kiểm soát bệnh tật, các Trạm Y tế"); ô chỉ có đơn vị chủ trì, hay
 * "/ —" khi không có ai phối hợp. Chỉ tiêu đề báo trước mới tách: ở bảng khác, gạch chéo có thể nằm trong tên đơn vị.
 */
import { PLAIN_PARAGRAPH, toDocumentModel } from '../../src/document';
import { readPlanOutline } from '../../src/plan/import/outline';
import { pairedRolesHeader, splitPairedRoles } from '../../src/plan/import/paired-roles-cell';

function planWithTable(rows: readonly (readonly string[])[]) {
  const lines = ['TRUNG TÂM Y TẾ KHU VỰC MỘ ĐỨC', 'KẾ HOẠCH', 'Công tác phòng, chống tham nhũng, tiêu cực năm 2027', 'II. NỘI DUNG, NHIỆM VỤ THỰC HIỆN'];
  const paragraphs = [
    ...lines.map((text) => ({ ...PLAIN_PARAGRAPH, text, bold: text === text.toUpperCase() })),
    ...rows.flatMap((row, r) => row.map((text, c) => ({ ...PLAIN_PARAGRAPH, text, italic: c === 0 && /^\d+\. /.test(text), table: { table: 0, row: r, cell: c, depth: 1 } }))),
  ];
  return readPlanOutline(toDocumentModel(paragraphs, { host: 'docx' }));
}

test('tiêu đề "Chủ trì / Phối hợp": vế trước chủ trì, vế sau phối hợp, "—" là không có ai', () => {
  const outline = planWithTable([
    ['STT', 'Nội dung thực hiện', 'Chủ trì / Phối hợp', 'Thời gian'],
    ['1. Công tác lãnh đạo, chỉ đạo', '', '', ''],
    ['1.1', 'Kiện toàn Tổ kiểm tra nội bộ của Trung tâm; xây dựng, ban hành Kế hoạch kiểm tra nội bộ năm 2027.', 'Phòng Tổ chức - Hành chính / Phòng Tài chính - Kế toán', 'Quý I/2027'],
    ['2. Thực hiện các giải pháp phòng ngừa tham nhũng, tiêu cực', '', '', ''],
    ['2.1', 'Lồng ghép tuyên truyền về quyền và nghĩa vụ của người bệnh; công khai số điện thoại đường dây nóng tại các Trạm Y tế.', 'Phòng Tổ chức - Hành chính / Khoa Kiểm soát bệnh tật, các Trạm Y tế', 'Năm 2027'],
    ['2.2', 'Công khai, minh bạch trong tuyển dụng, xét thăng hạng chức danh nghề nghiệp, bổ nhiệm viên chức.', 'Phòng Tổ chức - Hành chính', 'Thường xuyên'],
    ['2.3', 'Kiểm soát xung đột lợi ích khi phân công viên chức tham gia tổ chuyên gia đấu thầu, hội đồng tuyển dụng.', 'Các khoa, phòng / —', 'Thường xuyên'],
  ]);
  expect(outline.items.map((item) => [item.id, item.lead, item.support])).toEqual([
    ['II.1.1', ['Phòng Tổ chức - Hành chính'], ['Phòng Tài chính - Kế toán']],
    ['II.2.1', ['Phòng Tổ chức - Hành chính'], ['Khoa Kiểm soát bệnh tật', 'các Trạm Y tế']],
    ['II.2.2', ['Phòng Tổ chức - Hành chính'], []],
    ['II.2.3', ['Các khoa, phòng'], []],
  ]);
});

test('chỉ tiêu đề nêu hai vai cách nhau gạch chéo mới tách ô; gạch chéo trong tên đơn vị giữ nguyên', () => {
  expect(pairedRolesHeader('Chủ trì / Phối hợp')).toBe('lead-first');
  expect(pairedRolesHeader('Đơn vị chủ trì/Đơn vị phối hợp')).toBe('lead-first');
  expect(pairedRolesHeader('Phối hợp / Chủ trì')).toBe('support-first');
  expect(pairedRolesHeader('Cơ quan chủ trì')).toBeNull();
  expect(pairedRolesHeader('Đơn vị chủ trì, phối hợp')).toBeNull();
  // A spaced slash parts the roles; the bare one inside "Tài chính/Kế toán" stays in the name.
  expect(splitPairedRoles('Phòng Kế hoạch - Tài chính/Kế toán / Văn phòng', 'lead-first')).toEqual({ lead: 'Phòng Kế hoạch - Tài chính/Kế toán', support: 'Văn phòng' });
  expect(splitPairedRoles('Khoa Dược - Vật tư y tế', 'support-first')).toEqual({ lead: 'Khoa Dược - Vật tư y tế', support: '' });
});
