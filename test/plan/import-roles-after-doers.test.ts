/** Dòng "Trách nhiệm thực hiện" giao việc cho tổ, trạm và chức danh: người chỉ đạo, đơn vị tham mưu và người được tham
 * mưu sau những người làm là phối hợp; công chức tự làm việc của mình là người thực hiện. */
import { readUnitsLine } from '../../src/plan/import/units-line';

test.each([
  // Chức danh chỉ đạo sau đơn vị chủ trì là phối hợp (không kèm phần "phụ trách …").
  ['Tổ Tổng hợp chủ trì; Phó Hạt trưởng phụ trách công tác PCTN, TC chỉ đạo.', ['Tổ Tổng hợp'], ['Phó Hạt trưởng']],
  // Những người làm, rồi công chức "tự rà soát, báo cáo", rồi tổ tham mưu Hạt trưởng xử lý: tổ và Hạt trưởng phối hợp.
  [
    'Trạm trưởng các Trạm Kiểm lâm địa bàn, Tổ trưởng Tổ Kiểm lâm cơ động khi phân công nhiệm vụ; công chức, người lao động tự rà soát, báo cáo; Tổ Tổng hợp tham mưu Hạt trưởng xử lý.',
    ['các Trạm Kiểm lâm địa bàn', 'Tổ Kiểm lâm cơ động', 'công chức, người lao động'],
    ['Tổ Tổng hợp', 'Hạt trưởng'],
  ],
  // Hạt trưởng và Phó Hạt trưởng là hai chức danh.
  ['Hạt trưởng, Phó Hạt trưởng chủ trì; Tổ Tổng hợp tham mưu.', ['Hạt trưởng', 'Phó Hạt trưởng'], ['Tổ Tổng hợp']],
  // Không có việc riêng sau người được tham mưu: đơn vị tham mưu là người làm, như trước.
  ['Văn phòng tham mưu Giám đốc Sở; các phòng chuyên môn thực hiện.', ['Văn phòng', 'các phòng chuyên môn'], []],
])('%s', (line, lead, support) => {
  expect(readUnitsLine(line)).toEqual({ lead, support });
});
