/** Báo cáo chưa hoàn chỉnh: một phát hiện liệt kê mọi chỗ còn trống; báo cáo đã xong thì không có. */
import { checkReport } from '../../src/check';
import { plan2023 } from '../../src/plan';
import { para, standardReport } from '../support/report-builder';

const RESULT = para('Văn phòng đã đăng tải 12 tin, bài về phòng, chống tham nhũng trên Trang thông tin điện tử của Sở.');
const findingsOf = (model: ReturnType<typeof standardReport>) => checkReport(plan2023, model, { unit: 'VP' }).findings;

describe('draft-unfinished', () => {
  test('báo cáo đã hoàn chỉnh (có số, ngày, người ký) thì không có phát hiện', () => {
    expect(findingsOf(standardReport([RESULT])).map((f) => f.rule)).not.toContain('draft-unfinished');
  });

  test('số và ngày để trống, chưa có họ tên người ký, còn "(bổ sung số liệu ...)": một phát hiện liệt kê đủ', () => {
    const model = standardReport([RESULT, para('Tổng số hồ sơ đã giải quyết trong quý: (bổ sung số liệu của bộ phận một cửa ...).')], {
      number: 'Số:      /BC-VP',
      date: 'Quảng Ngãi, ngày      tháng      năm 2023',
      signer: 'CHÁNH VĂN PHÒNG',
      signerName: '',
    });
    const found = findingsOf(model).filter((f) => f.rule === 'draft-unfinished');
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('warning');
    expect(found[0]!.message.vi).toMatch(/^Báo cáo chưa hoàn chỉnh: chưa có số văn bản \(đoạn \d+\); chưa ghi ngày, tháng \(đoạn \d+\); còn chỗ phải điền: “Tổng số hồ sơ/);
    expect(found[0]!.message.vi).toContain('chưa có họ tên người ký');
    expect(found[0]!.message.en).toMatch(/^The report is not finished: no document number yet/);
  });

  test('"(bổ sung mức chi ...)" kể lại một việc đã làm, không phải chỗ phải điền; tên người ký viết tổ hợp (NFD) vẫn là tên', () => {
    const model = standardReport([para('Quy chế chi tiêu nội bộ được sửa đổi tại Quyết định số 08/QĐ-VP ngày 16/01/2023 (bổ sung mức chi bồi dưỡng chỉnh lý tài liệu).')], {
      signerName: 'Lê Văn Tùng'.normalize('NFD'),
    });
    expect(findingsOf(model).map((f) => f.rule)).not.toContain('draft-unfinished');
  });

  test('tên người ký của đồng bào Tây Nguyên có dấu nháy ("Ksor H\'Nhi", "H\' Loan Niê", "Y Blang Êban") là tên; "Nguyễn Văn A" của mẫu thì chưa', () => {
    for (const signerName of ["Ksor H'Nhi", "H' Loan Niê", 'Y Blang Êban', 'Rơ Châm Phiang']) {
      expect(findingsOf(standardReport([RESULT], { signerName })).map((f) => f.rule)).not.toContain('draft-unfinished');
    }
    expect(findingsOf(standardReport([RESULT], { signerName: 'Nguyễn Văn A' })).map((f) => f.rule)).toContain('draft-unfinished');
  });

  test('chỗ phải điền giữa một đoạn dài ("… đường dây nóng 0207.3822.xxx …"): lời nhắc trích đúng chỗ đó', () => {
    const model = standardReport([RESULT, para('Phối hợp với UBND 09 xã tổ chức 14 buổi tuyên truyền bảo vệ rừng tại thôn, bản với 1.120 lượt người tham dự; giới thiệu số điện thoại đường dây nóng của Chi cục (0207.3822.xxx) để người dân phản ánh.')]);
    const found = findingsOf(model).find((f) => f.rule === 'draft-unfinished')!;
    expect(found.message.vi).toContain('0207.3822.xxx');
  });

  test('người ký ở bệnh viện có học hàm, chuyên khoa viết liền trước tên ("BSCKII Đỗ Văn Hoà", "DS.CKII Trần Minh Đức") vẫn là tên; chức vụ viết hoa thì không', () => {
    for (const signerName of ['BSCKII Đỗ Văn Hoà', 'DS.CKII Trần Minh Đức', 'ThS.BS. Lê Thị Mai']) {
      expect(findingsOf(standardReport([RESULT], { signerName })).map((f) => f.rule)).not.toContain('draft-unfinished');
    }
    expect(findingsOf(standardReport([RESULT], { signerName: 'TRƯỞNG KHOA' })).map((f) => f.rule)).toContain('draft-unfinished');
  });

  test('người ký của công an, quân đội có cấp bậc trước tên ("Thượng tá Hoàng Văn Đức") vẫn là tên', () => {
    expect(findingsOf(standardReport([RESULT], { signerName: 'Thượng tá Hoàng Văn Đức' })).map((f) => f.rule)).not.toContain('draft-unfinished');
    expect(findingsOf(standardReport([RESULT], { signerName: 'Đại úy Lò Thị Mai' })).map((f) => f.rule)).not.toContain('draft-unfinished');
  });

  test('"(bổ sung nội dung chi sau hợp nhất ...)" là nội dung đã sửa; "(cập nhật sau)" mới là chỗ phải điền; tên có học vị "ThS." vẫn là tên', () => {
    const done = standardReport([para('Ban hành QĐ số 38/QĐ-STC ngày 16/3/2026 sửa đổi Quy chế chi tiêu nội bộ (bổ sung nội dung chi sau hợp nhất với Sở Kế hoạch và Đầu tư cũ).')], { signerName: 'ThS. Đỗ Thị Thu Hằng' });
    expect(findingsOf(done).map((f) => f.rule)).not.toContain('draft-unfinished');
    const todo = standardReport([para('Số hồ sơ giải quyết đúng hạn: (cập nhật sau).')], { signerName: 'PGS.TS. Lê Văn Bình' });
    const found = findingsOf(todo).filter((f) => f.rule === 'draft-unfinished');
    expect(found.map((f) => f.message.vi)).toEqual([expect.stringMatching(/^Báo cáo chưa hoàn chỉnh: còn chỗ phải điền: “Số hồ sơ giải quyết đúng hạn: \(cập nhật sau\)\.”/)]);
  });
});

describe('citation-abbreviated', () => {
  test('"QĐ 48/2021/QĐ-UBND" trong thân báo cáo: một gợi ý (info), không phải cảnh báo', () => {
    const model = standardReport([para('Công chức chấp hành nghiêm QĐ 48/2021/QĐ-UBND về kỷ luật, kỷ cương hành chính.'), para('Thực hiện KH số 38/KH-SNV, đã chuyển đổi 01 công chức.')]);
    const found = findingsOf(model).filter((f) => f.rule === 'citation-abbreviated');
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('info');
    expect(found[0]!.message.vi).toMatch(/^2 đoạn viết tắt tên loại văn bản/);
  });
});
