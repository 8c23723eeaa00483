/** Ô đơn vị "Tổ Văn phòng chủ trì; Phó Hiệu trưởng phụ trách chuyên môn cung cấp số liệu": người cung cấp số liệu, tài liệu phối hợp. */
import { readUnitsLine } from '../../src/plan/import/units-line';

test.each([
  ['Tổ Văn phòng chủ trì; Phó Hiệu trưởng phụ trách chuyên môn cung cấp số liệu', ['Tổ Văn phòng'], ['Phó Hiệu trưởng phụ trách chuyên môn']],
  ['Phòng Tổ chức - Hành chính chủ trì; Phòng Tài chính - Kế toán cung cấp hồ sơ, chứng từ', ['Phòng Tổ chức - Hành chính'], ['Phòng Tài chính - Kế toán']],
])('"%s": đơn vị cung cấp là đơn vị phối hợp, không kèm việc nó làm', (cell, lead, support) => {
  expect(readUnitsLine(cell, { markedLeadOnly: true })).toEqual({ lead, support });
});
