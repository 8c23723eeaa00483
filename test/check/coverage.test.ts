import { checkReport } from '../../src/check';
import { coverageMatrix, coverageText } from '../../src/check/coverage';
import { coverageTableBlocks } from '../../src/compose/coverage-table';
import { plan2023 } from '../../src/plan';
import { para, standardReport } from '../support/report-builder';

const result = checkReport(plan2023, standardReport([para('Phòng đã rà soát, kiểm soát xung đột lợi ích khi phân công công chức tham gia 03 hội đồng tuyển dụng.')]));

describe('bảng tổng hợp cho Thanh tra Sở', () => {
  test('mỗi nhiệm vụ một dòng: mã, tên, bắt buộc, tình trạng, dẫn chứng', () => {
    const matrix = coverageMatrix(plan2023, result, 'vi');
    expect(matrix.header).toEqual(['Mã', 'Nhiệm vụ', 'Bắt buộc', 'Tình trạng', 'Dẫn chứng']);
    expect(matrix.rows).toHaveLength(26);
    const d1 = matrix.rows.find((r) => r[0] === 'II.3.d.1')!;
    expect(d1.slice(2, 4)).toEqual(['Có', 'Đã báo cáo']);
    expect(d1[4]).toMatch(/^đoạn \d+: Phòng đã rà soát, kiểm soát xung đột lợi ích/);
    expect(matrix.rows.find((r) => r[0] === 'II.3.đ.2')!.slice(2, 5)).toEqual(['Có', 'Còn thiếu', '']);
    expect(matrix.rows.find((r) => r[0] === 'II.3.h.1')!.slice(2, 4)).toEqual(['Không', 'Không bắt buộc']);
  });

  test('bản tiếng Anh và dạng văn bản dán được vào Word, Excel', () => {
    const matrix = coverageMatrix(plan2023, result, 'en');
    const text = coverageText(matrix);
    const lines = text.split('\n').slice(0, -1);
    expect(lines[0]).toBe('Id\tTask\tRequired\tStatus\tEvidence');
    expect(lines).toHaveLength(27);
    expect(lines.every((line) => line.split('\t').length === 5)).toBe(true);
  });

  test('khối bảng để chèn vào tài liệu', () => {
    const [caption, table] = coverageTableBlocks(coverageMatrix(plan2023, result, 'vi'), 'Bảng tổng hợp kết quả kiểm tra');
    expect(caption).toEqual({ kind: 'paragraph', runs: [{ text: 'Bảng tổng hợp kết quả kiểm tra', bold: true }] });
    expect(table?.kind === 'table' && table.rows.length).toBe(27);
  });
});
