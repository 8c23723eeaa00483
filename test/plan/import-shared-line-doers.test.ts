/**
 * Kế hoạch của một tòa án khu vực chia mục "5." thành điểm "a)", "b)", mỗi điểm có các gạch "+", rồi một câu giao việc
 * duy nhất ở cuối mục: "Các Thẩm phán, …, công chức và người lao động thực hiện; Chánh án … kiểm tra, nhắc nhở;
 * Chi bộ, Công đoàn cơ sở phối hợp giám sát. Thời gian: thường xuyên." Câu ấy giao cho mọi điểm của mục chưa ghi đơn vị:
 * gạch đầu dòng mở đầu bằng chính những người câu ấy giao việc ("Thẩm phán, Thư ký không gặp gỡ …") cũng là
 * của họ như câu ấy nói, có cả đơn vị phối hợp; gạch đầu dòng trước nó vẫn dùng chung câu ấy.
 */
import { readDocx } from '../../src/docx';
import { readPlanOutline } from '../../src/plan/import/outline';
import { p, rawDocx } from '../docx/helpers';

function planDocx(): Uint8Array {
  return rawDocx({
    body: [
      p('TÒA ÁN NHÂN DÂN TỈNH NGHỆ AN'),
      p('TÒA ÁN NHÂN DÂN KHU VỰC 2 - NGHỆ AN', { bold: true }),
      p('KẾ HOẠCH', { bold: true }),
      p('Công tác phòng, chống tham nhũng, tiêu cực năm 2027', { bold: true }),
      p('II. NHIỆM VỤ CỤ THỂ', { bold: true }),
      p('4. Quản lý tài chính, tài sản công', { bold: true }),
      p('+ Rà soát, sửa đổi, bổ sung Quy chế chi tiêu nội bộ, Quy chế quản lý, sử dụng tài sản công của đơn vị, hoàn thành trong quý I/2027.'),
      p('Kế toán chủ trì thực hiện; Tổ Hành chính - Tư pháp phối hợp. Thời gian: quý I/2027.'),
      p('5. Thực hiện quy tắc ứng xử, kỷ luật công vụ; kiểm soát xung đột lợi ích', { bold: true }),
      p('a) Về quy tắc ứng xử, đạo đức nghề nghiệp'),
      p('+ Thực hiện nghiêm Quy tắc ứng xử của công chức, người lao động trong Tòa án nhân dân; chấp hành nghiêm thời gian làm việc, nội quy cơ quan.'),
      p('+ Thẩm phán, Thư ký không gặp gỡ, tiếp xúc đương sự, người tham gia tố tụng ngoài trụ sở và ngoài thời gian theo quy định; báo cáo kịp thời mọi trường hợp can thiệp, tác động trái quy định.'),
      p('b) Về kiểm soát xung đột lợi ích'),
      p('Người có xung đột lợi ích phải kịp thời báo cáo, từ chối tiến hành tố tụng theo quy định; thực hiện nghiêm quy định về tặng quà, nhận quà và nộp lại quà tặng.'),
      p('Các Thẩm phán, Thư ký, công chức và người lao động thực hiện; Chánh án, Phó Chánh án thường xuyên kiểm tra, nhắc nhở; Chi bộ, Công đoàn cơ sở phối hợp giám sát. Thời gian: thường xuyên.'),
      p('III. TỔ CHỨC THỰC HIỆN', { bold: true }),
      p('Tổ Hành chính - Tư pháp tổng hợp, tham mưu Chánh án báo cáo Tòa án nhân dân tỉnh trước ngày 10/6/2027 và ngày 10/12/2027.'),
    ].join(''),
  });
}

test('câu giao việc cuối mục có điểm "a)", "b)": mọi điểm của mục dùng chung, kể cả gạch đầu dòng mở đầu bằng chính người được giao', () => {
  const outline = readPlanOutline(readDocx(planDocx(), { name: 'ke-hoach-toa-an-khu-vuc.docx' }));
  const shared = [['Các Thẩm phán, Thư ký', 'công chức, người lao động'], ['Chánh án', 'Phó Chánh án', 'Chi bộ', 'Công đoàn cơ sở']];
  expect(outline.items.map((item) => [item.id, item.lead, item.support])).toEqual([
    ['II.4.1', ['Kế toán'], ['Tổ Hành chính - Tư pháp']],
    ['II.5.a.1', ...shared],
    ['II.5.a.2', ...shared],
    ['II.5.b.1', ...shared],
  ]);
  expect(outline.items.filter((item) => item.section.startsWith('II.5')).map((item) => item.timingRaw)).toEqual(['thường xuyên.', 'thường xuyên.', 'thường xuyên.']);
});
