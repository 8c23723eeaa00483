/**
 * Bảng hai cột "Nội dung công việc | Phân công thực hiện", không có cột STT: nhiệm vụ đánh số ngay đầu ô nội dung
 * ("1. Quán triệt …", liền mạch qua các nhóm A, B, C), ô thứ hai là một câu giao việc kết thúc bằng thời gian.
 */
import type { TextRun } from '../../src/compose/blocks';
import { readDocx } from '../../src/docx';
import { writeDocx } from '../../src/docx/write';
import { importPlan } from '../../src/plan/import/assemble';
import { parsePlan } from '../../src/plan/load';
import { splitDoerCell } from '../../src/plan/import/doer-cell';

const cell = (text: string, bold = false): TextRun[] => [{ text, bold }];

describe('bảng "Nội dung công việc | Phân công thực hiện", số nhiệm vụ ở đầu ô nội dung', () => {
  const rows: TextRun[][][] = [
    [cell('Nội dung công việc', true), cell('Phân công thực hiện', true)],
    [cell('A. LÃNH ĐẠO, CHỈ ĐẠO', true), []],
    [cell('1. Quán triệt, triển khai Kế hoạch này đến toàn thể viên chức, người lao động của Trung tâm.'), cell('Phòng Hành chính - Tổng hợp tham mưu; hoàn thành trong tháng 01/2027.')],
    [cell('2. Kiểm tra việc thực hiện công tác PCTN, TC tại các chi nhánh.'), cell('Phòng Hành chính - Tổng hợp chủ trì, phối hợp với Phòng Kế hoạch - Tài chính thực hiện; hoàn thành trước ngày 31/10/2027.')],
    [cell('B. PHÒNG NGỪA', true), []],
    [cell('3. Công khai, minh bạch về tài chính, ngân sách.'), cell('Phòng Kế hoạch - Tài chính thực hiện thường xuyên.')],
  ];
  const imported = importPlan(
    readDocx(
      writeDocx([
        { kind: 'paragraph', runs: [{ text: 'TRUNG TÂM PHÁT TRIỂN QUỸ ĐẤT', bold: true }] },
        { kind: 'paragraph', runs: [{ text: 'KẾ HOẠCH', bold: true }] },
        { kind: 'paragraph', runs: [{ text: 'Công tác phòng, chống tham nhũng, tiêu cực năm 2027' }] },
        { kind: 'paragraph', runs: [{ text: 'II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN', bold: true }] },
        { kind: 'table', rows, borders: true },
        { kind: 'paragraph', runs: [{ text: 'III. TỔ CHỨC THỰC HIỆN', bold: true }] },
      ]),
    ),
  ).plan;

  test('mã nhiệm vụ = phần, chữ nhóm và số ở đầu ô; nội dung bỏ số; kế hoạch hợp lệ', () => {
    expect(imported.items.map((i) => i.id)).toEqual(['II.a.1', 'II.a.2', 'II.b.3']);
    expect(imported.items[0]!.text.startsWith('Quán triệt')).toBe(true);
    expect(() => parsePlan(imported)).not.toThrow();
  });

  test('thời gian lấy từ cuối câu giao việc', () => {
    expect(imported.items.map((i) => i.timing.raw)).toEqual(['hoàn thành trong tháng 01/2027', 'hoàn thành trước ngày 31/10/2027', 'thường xuyên']);
    expect(imported.items[1]!.timing.parts).toEqual([{ kind: 'deadline', date: '2027-10-31' }]);
  });
});

describe('câu giao việc: người làm và thời gian', () => {
  test('vế cuối là thời gian, hay việc riêng kèm hạn, hay thời gian sau động từ', () => {
    expect(splitDoerCell('Các chi nhánh thực hiện; gửi kế hoạch về Trung tâm trước ngày 31/01/2027.')).toEqual({ doers: 'Các chi nhánh thực hiện', time: 'trước ngày 31/01/2027' });
    expect(splitDoerCell('Giao Phòng Hành chính - Tổng hợp chủ trì, phối hợp với các phòng tham mưu; ban hành trong quý I/2027, thực hiện trong năm 2027.')).toEqual({
      doers: 'Giao Phòng Hành chính - Tổng hợp chủ trì, phối hợp với các phòng tham mưu',
      time: 'ban hành trong quý I/2027, thực hiện trong năm 2027',
    });
    expect(splitDoerCell('Các phòng, chi nhánh thực hiện khi có yêu cầu.')).toEqual({ doers: 'Các phòng, chi nhánh thực hiện', time: 'khi có yêu cầu' });
    expect(splitDoerCell('Ban Thanh tra nhân dân Trung tâm thực hiện.')).toEqual({ doers: 'Ban Thanh tra nhân dân Trung tâm thực hiện', time: null });
  });

  test('người làm bỏ phần việc sau động từ ("tham mưu Giám đốc tổ chức kiểm tra …" không phải tên đơn vị)', () => {
    expect(splitDoerCell('Giao Phòng Hành chính - Tổng hợp tham mưu Giám đốc tổ chức kiểm tra tối thiểu 02 chi nhánh trong năm; hoàn thành trước ngày 31/10/2027.').doers).toBe('Phòng Hành chính - Tổng hợp thực hiện');
    expect(splitDoerCell('Phòng Hành chính - Tổng hợp tiếp nhận, tham mưu xử lý; các phòng, chi nhánh phối hợp; thực hiện khi phát sinh.').doers).toBe('Phòng Hành chính - Tổng hợp thực hiện; các phòng, chi nhánh phối hợp');
    expect(splitDoerCell('Phòng Hành chính - Tổng hợp chủ trì, phối hợp với Công đoàn cơ sở thực hiện; các chi nhánh tổ chức tại đơn vị; thường xuyên trong năm.')).toEqual({
      doers: 'Phòng Hành chính - Tổng hợp chủ trì, phối hợp với Công đoàn cơ sở thực hiện; các chi nhánh thực hiện',
      time: 'thường xuyên trong năm',
    });
    expect(splitDoerCell('Phòng Kế hoạch - Tài chính chủ trì, phối hợp với Phòng Hành chính - Tổng hợp thực hiện thường xuyên.').doers).toBe('Phòng Kế hoạch - Tài chính chủ trì, phối hợp với Phòng Hành chính - Tổng hợp thực hiện');
  });
});
