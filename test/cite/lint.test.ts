import { createCitationLintState, lintCitations, type CitationFinding } from '../../src/cite';

const codes = (findings: CitationFinding[]) => findings.map((f) => f.code);
/** The one finding with this code, failing the test when there is not exactly one. */
function only(findings: CitationFinding[], code: string): CitationFinding {
  const matching = findings.filter((f) => f.code === code);
  expect({ code, count: matching.length }).toEqual({ code, count: 1 });
  return matching[0] as CitationFinding;
}

const FULL_59 = 'Nghị định số 59/2019/NĐ-CP ngày 01/7/2019 của Chính phủ';

describe('trích dẫn đúng: không có lỗi', () => {
  test('Nghị định 59 đầy đủ rồi rút gọn', () => {
    expect(lintCitations(`Theo ${FULL_59} quy định chi tiết một số điều và biện pháp thi hành Luật Phòng, chống tham nhũng. Nghị định số 59/2019/NĐ-CP quy định rõ …`)).toEqual([]);
  });

  test('luật: lần đầu có năm, sau đó tên đầy đủ', () => {
    expect(lintCitations('Luật Phòng, chống tham nhũng năm 2018 và Luật Phòng, chống tham nhũng')).toEqual([]);
  });
});

describe('lỗi ký hiệu', () => {
  test.each([
    ['59/2019/NĐCP', 'thiếu dấu gạch nối'],
    ['59/2019/ND-CP', 'viết "D" thay cho "Đ"'],
    ['59/2019/NĐ - CP', 'có khoảng trắng bên trong'],
    ['59/2019/nđ-cp', 'phải viết in hoa'],
  ])('"%s" → cite.symbol-malformed (%s)', (number, why) => {
    const text = `Nghị định số ${number} ngày 01/7/2019 của Chính phủ`;
    const finding = only(lintCitations(text), 'cite.symbol-malformed');
    expect(finding).toMatchObject({ severity: 'error', span: { start: 0, end: text.length }, suggestion: FULL_59, registryId: 'nd-59-2019' });
    expect(finding.vi).toContain(why);
    expect(finding.en.length).toBeGreaterThan(10);
  });

  test('văn bản ngoài danh mục: sửa theo quy tắc', () => {
    const findings = lintCitations('Quyết định số 12/2022/QD-UBND ngày 01/3/2022 của UBND tỉnh');
    expect(only(findings, 'cite.symbol-malformed').suggestion).toBe('Quyết định số 12/2022/QĐ-UBND ngày 01/3/2022 của UBND tỉnh');
    expect(only(findings, 'cite.unknown-document').severity).toBe('info');
  });
});

describe('năm trong số hiệu', () => {
  test('văn bản QPPL thiếu năm: "Nghị định số 59/NĐ-CP"', () => {
    const finding = only(lintCitations('Nghị định số 59/NĐ-CP ngày 01/7/2019'), 'cite.year-missing');
    expect(finding.suggestion).toBe('Nghị định số 59/2019/NĐ-CP ngày 01/7/2019');
  });

  test('văn bản hành chính có năm: "Chỉ thị số 10/2019/CT-TTg"', () => {
    const finding = only(lintCitations('Chỉ thị số 10/2019/CT-TTg ngày 22/4/2019'), 'cite.year-unexpected');
    expect(finding.suggestion).toBe('Chỉ thị số 10/CT-TTg ngày 22/4/2019');
  });

  test('ngoài danh mục: suy từ ký hiệu', () => {
    expect(codes(lintCitations('Nghị định số 77/NĐ-CP ngày 01/3/2022'))).toContain('cite.year-missing');
    expect(codes(lintCitations('Kế hoạch số 15/2023/KH-UBND ngày 01/3/2023'))).toContain('cite.year-unexpected');
    // Chỉ thị trước năm 2016 còn là văn bản QPPL, có năm
    expect(codes(lintCitations('Chỉ thị số 33/2008/CT-TTg ngày 20/11/2008'))).not.toContain('cite.year-unexpected');
  });
});

describe('ngày và chữ "số"', () => {
  test('ngày khác danh mục: sửa theo cùng kiểu viết', () => {
    const slash = only(lintCitations('Nghị định số 59/2019/NĐ-CP ngày 02/7/2019'), 'cite.date-mismatch');
    expect(slash).toMatchObject({ severity: 'error', suggestion: 'Nghị định số 59/2019/NĐ-CP ngày 01/7/2019' });
    const words = only(lintCitations('Luật Phòng, chống tham nhũng ngày 25 tháng 11 năm 2018'), 'cite.date-mismatch');
    expect(words.suggestion).toBe('Luật Phòng, chống tham nhũng ngày 20 tháng 11 năm 2018');
  });

  test('ngày của một việc khác ngay sau số hiệu ("... Nghị định số 130/2020/NĐ-CP ngày 21/5/2026 cho 168 đại biểu"): không báo sai ngày ban hành', () => {
    expect(codes(lintCitations('Tổ chức Hội nghị phổ biến Nghị định số 130/2020/NĐ-CP ngày 21/5/2026 cho 168 đại biểu'))).not.toContain('cite.date-mismatch');
    // the same year as the number: a wrong issue date, told as such
    expect(codes(lintCitations('Nghị định số 130/2020/NĐ-CP ngày 21/5/2020'))).toContain('cite.date-mismatch');
  });

  test('ngày không có thật', () => {
    expect(codes(lintCitations('Nghị định số 59/2019/NĐ-CP ngày 31/6/2019'))).toContain('cite.date-invalid');
  });

  test('thiếu "số", trừ số tiếp theo trong một danh sách', () => {
    const finding = only(lintCitations('Quyết định 61/2017/QĐ-UBND ngày 15/9/2017'), 'cite.missing-so');
    expect(finding).toMatchObject({ severity: 'info', suggestion: 'Quyết định số 61/2017/QĐ-UBND ngày 15/9/2017' });
    expect(codes(lintCitations('các Quyết định số 26/2015/QĐ-UBND ngày 16/6/2015, 61/2017/QĐ-UBND ngày 15/9/2017'))).not.toContain('cite.missing-so');
  });

  test('ngày theo Nghị định 30: "08/3/2023" và "13/01/2023" đều đúng; "22/04/2019" không bị bắt lỗi', () => {
    const state = createCitationLintState();
    expect(lintCitations(FULL_59, { state })).toEqual([]);
    const text = 'Nghị định số 130/2020/NĐ-CP ngày 30/10/2020 của Chính phủ và Chỉ thị số 10/CT-TTg ngày 22/04/2019 của Thủ tướng Chính phủ';
    expect(codes(lintCitations(text, { state }))).not.toContain('cite.date-form');
    expect(codes(lintCitations('Kế hoạch số 21/KH-SNV ngày 08/3/2023 và Quyết định số 12/QĐ-SNV ngày 13/01/2023'))).toEqual([]);
  });

  test('thiếu số 0 trước ngày nhỏ hơn 10 hoặc tháng 1, 2: gợi ý dạng Nghị định 30', () => {
    const finding = only(lintCitations('Chỉ thị số 10/CT-TTg ngày 2/4/2019 của Thủ tướng Chính phủ'), 'cite.date-form');
    expect(finding).toMatchObject({ severity: 'info', detail: { written: '2/4/2019', right: '02/4/2019' } });
    expect(only(lintCitations('Quyết định số 12/QĐ-SNV ngày 13/1/2023'), 'cite.date-form').detail).toEqual({ written: '13/1/2023', right: '13/01/2023' });
    expect(only(lintCitations('Quyết định số 12/QĐ-SNV ngày 5 tháng 1 năm 2023'), 'cite.date-form').detail).toEqual({ written: '5 tháng 1 năm 2023', right: '05 tháng 01 năm 2023' });
  });
});

describe('văn bản hết hiệu lực theo ngày báo cáo', () => {
  const TT02 = 'Thông tư số 02/2021/TT-TTCP ngày 22/3/2021 của Thanh tra Chính phủ';

  test('báo cáo ngày 01/6/2024 trích TT 02/2021 → có thể đã thay bằng TT 01/2024 (danh mục chưa kiểm chứng: chỉ là gợi ý)', () => {
    const finding = only(lintCitations(TT02, { reportDate: '2024-06-01' }), 'cite.replaced');
    expect(finding.severity).toBe('info');
    expect(finding.vi).toContain('01/2024/TT-TTCP');
    expect(finding.vi).toContain('05/3/2024');
    expect(finding.suggestion).toMatch(/^Thông tư số 01\/2024\/TT-TTCP ngày 20\/01\/2024 của Thanh tra Chính phủ quy định chế độ báo cáo/);
  });

  test('báo cáo năm 2023 trích TT 02/2021: đúng', () => {
    expect(codes(lintCitations(TT02, { reportDate: '2023-12-05' }))).toEqual([]);
  });

  test('báo cáo cuối năm 2025: TT 06/2025 (giả định) → mức thông tin', () => {
    const finding = only(lintCitations(TT02, { reportDate: '2025-12-01' }), 'cite.replaced');
    expect(finding.severity).toBe('info');
    expect(finding.vi).toContain('06/2025/TT-TTCP');
  });

  test('văn bản ban hành sau ngày báo cáo', () => {
    expect(codes(lintCitations('Thông tư số 01/2024/TT-TTCP ngày 20/01/2024 của Thanh tra Chính phủ', { reportDate: '2023-12-05' }))).toContain('cite.not-yet-issued');
  });
});

describe('lần nhắc đầu tiên', () => {
  test('lần đầu viết rút gọn → gợi ý dạng đầy đủ; lần sau thì không', () => {
    const findings = lintCitations('Thực hiện Nghị định số 59/2019/NĐ-CP. Sau đó, Nghị định số 59/2019/NĐ-CP tiếp tục …');
    const finding = only(findings, 'cite.first-mention-short');
    expect(finding.span).toEqual({ start: 10, end: 36 });
    expect(finding.suggestion).toBe(
      'Nghị định số 59/2019/NĐ-CP ngày 01/7/2019 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Phòng, chống tham nhũng',
    );
  });

  test('trạng thái đi qua các đoạn văn', () => {
    const state = createCitationLintState();
    expect(lintCitations(FULL_59, { state })).toEqual([]);
    expect(lintCitations('Nghị định số 59/2019/NĐ-CP', { state })).toEqual([]);
    expect(codes(lintCitations('Nghị định số 59/2019/NĐ-CP'))).toEqual(['cite.first-mention-short']);
  });

  test('luật chỉ cần tên (Nghị định 30, Phụ lục I): không đòi số, ngày', () => {
    expect(codes(lintCitations('theo Luật Phòng, chống tham nhũng'))).toEqual([]);
  });

  test('danh sách văn bản: không đòi dạng đầy đủ cho từng số', () => {
    expect(codes(lintCitations('các Quyết định số 26/2015/QĐ-UBND, 61/2017/QĐ-UBND của UBND tỉnh'))).not.toContain('cite.first-mention-short');
    expect(codes(lintCitations('đăng tải Luật PCTN, Nghị định số 59/2019/NĐ-CP, Nghị định số 134/2021/NĐ-CP và các văn bản hướng dẫn'))).not.toContain('cite.first-mention-short');
    expect(codes(lintCitations('thực hiện nghiêm Nghị định số 59/2019/NĐ-CP trong cơ quan'))).toEqual(['cite.first-mention-short']);
  });

  test('"pháp luật phòng, chống tham nhũng" là danh từ chung, không phải tên Luật', () => {
    expect(lintCitations('tuyên truyền, phổ biến pháp luật phòng, chống tham nhũng cho công chức')).toEqual([]);
  });

  test('văn bản hành chính của đơn vị (Kế hoạch, Công văn, Báo cáo, Quyết định không có năm) không bị coi là "ngoài danh mục"', () => {
    const text = 'Thực hiện Kế hoạch số 18/KH-SNV ngày 20/01/2023 của Sở Nội vụ, Công văn số 388/SNV-CCVC ngày 02/3/2023 và Quyết định số 12/QĐ-SNV ngày 13/01/2023';
    expect(codes(lintCitations(text))).toEqual([]);
  });
});

describe('cách viết tên và Điều', () => {
  test('"Luật phòng, chống tham nhũng" viết thường', () => {
    const finding = only(lintCitations('Luật phòng, chống tham nhũng năm 2018'), 'cite.law-name');
    expect(finding.suggestion).toBe('Luật Phòng, chống tham nhũng năm 2018');
  });

  test('"Điều 5, Thông tư số 61/2017/TT-BTC": dấu phẩy thừa', () => {
    const text = 'theo Điều 5, Thông tư số 61/2017/TT-BTC ngày 15/6/2017 của Bộ Tài chính';
    const finding = only(lintCitations(text), 'cite.article-comma');
    expect(text.slice(finding.span.start, finding.span.end)).toBe('Điều 5, Thông tư số 61/2017/TT-BTC ngày 15/6/2017 của Bộ Tài chính');
    expect(finding.suggestion).toBe('Điều 5 Thông tư số 61/2017/TT-BTC ngày 15/6/2017 của Bộ Tài chính');
  });

  test('văn bản ngoài danh mục → thông tin', () => {
    const finding = only(lintCitations('Hướng dẫn số 63-HD/BCĐTW ngày 05/01/2023'), 'cite.unknown-document');
    expect(finding.severity).toBe('info');
    expect(finding.en).toContain('not in the document registry');
  });
});
