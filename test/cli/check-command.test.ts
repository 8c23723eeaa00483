import { run } from '../../src/cli/main';
import { memoryIO } from '../support/memory-io';

const fixture = (id: string) => `test/fixtures/corpus/${id}.docx`;

describe('pctn check', () => {
  test('--json: một đối tượng cho mỗi tệp, đúng cấu trúc đã công bố', async () => {
    const io = memoryIO();
    const code = await run(['check', '--json', fixture('w2-05'), fixture('w1-04')], io);
    const results = JSON.parse(io.out()) as Record<string, unknown>[];
    expect(results).toHaveLength(2);
    const [first] = results as {
      file: string;
      unit: { id: string; name: string };
      period: { code: string; year: number; from: string; to: string; due: string };
      items: { id: string; required: boolean; addressed: boolean; evidence: { paragraph: number; text: string; score: number }[] }[];
      sections: Record<string, boolean>;
      findings: unknown[];
    }[];
    expect(first!.file).toBe(fixture('w2-05'));
    expect(first!.unit).toEqual({ id: 'VP', name: 'Văn phòng Sở' });
    expect(first!.period).toEqual({ code: 'Q1', year: 2023, from: '2022-12-15', to: '2023-03-14', due: '2023-03-05' });
    expect(first!.items).toHaveLength(26);
    expect(Object.keys(first!.items[0]!).sort()).toEqual(['addressed', 'evidence', 'id', 'required']);
    expect(Object.keys(first!.sections).sort()).toEqual(['assessment', 'detection', 'direction', 'leadership', 'prevention', 'proposals']);
    const reported = first!.items.find((i) => i.addressed)!;
    expect(Object.keys(reported.evidence[0]!).sort()).toEqual(['act', 'clause', 'fromHeading', 'matched', 'paragraph', 'score', 'text']);
    expect([0, 1]).toContain(code);
  });

  test('mã thoát 1 khi còn thiếu nhiệm vụ bắt buộc; bản đọc được liệt kê những gì còn thiếu', async () => {
    const io = memoryIO();
    const code = await run(['check', '--unit', 'SNV', '--period', 'Y', fixture('w2-05')], io);
    expect(code).toBe(1);
    expect(io.out()).toContain('Đơn vị: Sở Nội vụ tỉnh Quảng Ngãi (SNV)');
    expect(io.out()).toContain('Kỳ báo cáo: năm 2023; số liệu từ 15/12/2022 đến 14/12/2023 (theo Thông tư số 02/2021/TT-TTCP');
    // the department's own consolidated report: the plan dates only the units' reports to Thanh tra Sở
    expect(io.out()).toContain('Hạn gửi: Kế hoạch không quy định hạn cho báo cáo tổng hợp của cơ quan ban hành');
    expect(io.out()).toMatch(/Còn thiếu:\n +✗ II\.3\.h\.1 +Theo dõi, đôn đốc, kiểm tra thực hiện kết luận thanh tra/);
    // A task no passage speaks of, which the model still gives some chance in a report of this kind: listed to review,
    // said plainly, not counted as missing.
    expect(io.out()).toMatch(/\? II\.3\.b\.2 +01 cuộc kiểm tra chế độ, định mức.*\(chưa thấy đoạn nào\)/);
  });

  test('nhiệm vụ có đoạn nói đến một phần được liệt kê riêng ("cần xem lại"), kèm đoạn cần xem', async () => {
    const io = memoryIO();
    await run(['check', fixture('w1-10')], io);
    expect(io.out()).toMatch(/Cần xem lại \(có đoạn nói đến nhưng chưa rõ, hoặc chưa chắc là thiếu\):\n(?: +\? .*\n)* +\? II\.3\.d\.1 +Kiểm soát xung đột lợi ích \(đoạn \d+\)/);
  });

  test('--lang en; hạn tính theo ngày của báo cáo, không theo --today', async () => {
    const io = memoryIO();
    await run(['check', '--lang', 'en', '--today', '2026-12-04', fixture('w2-05')], io);
    expect(io.out()).toContain('Unit: Văn phòng Sở (VP)');
    expect(io.out()).toContain('Due: 05/3/2023 — the report is dated 02/3/2023, on time (plan: trước ngày 05/3)');
  });

  test('một tệp hỏng: mã thoát 2, các tệp khác vẫn được kiểm tra', async () => {
    const io = memoryIO({ 'hong.docx': 'đây không phải tệp Word' });
    const code = await run(['check', '--json', 'hong.docx', fixture('w3-04')], io);
    expect(code).toBe(2);
    const results = JSON.parse(io.out()) as { file: string; error?: { code: string; vi: string; en: string }; items?: unknown[] }[];
    expect(results[0]!.error?.code).toBe('DOCX_NOT_ZIP');
    expect(results[1]!.items).toHaveLength(26);
    expect(io.err()).toContain('hong.docx: ');
  });

  test('lỗi ngoài dự kiến ở một tệp không dừng cả lô: tệp đó được nêu tên, các tệp khác vẫn có kết quả', async () => {
    const io = memoryIO();
    const readFile = io.readFile;
    io.readFile = (path) => {
      if (path === 'vo-han.docx') throw new RangeError('Maximum call stack size exceeded');
      return readFile(path);
    };
    const code = await run(['check', '--json', fixture('w2-05'), 'vo-han.docx', fixture('w3-04')], io);
    expect(code).toBe(2);
    const results = JSON.parse(io.out()) as { file: string; error?: { code: string; vi: string; en: string }; items?: unknown[] }[];
    expect(results.map((r) => r.file)).toEqual([fixture('w2-05'), 'vo-han.docx', fixture('w3-04')]);
    expect(results[1]!.error?.code).toBe('CHECK_FAILED');
    expect(results[1]!.error?.vi).toContain('Các tệp khác vẫn được kiểm tra');
    expect(results[0]!.items).toHaveLength(26);
    expect(results[2]!.items).toHaveLength(26);
    expect(io.err()).toContain('vo-han.docx: Không kiểm tra được tệp này');
  });

  test('sai cách dùng: đơn vị hay kỳ không có, thiếu tệp', async () => {
    const io = memoryIO();
    expect(await run(['check', '--unit', 'PHONGX', fixture('w2-05')], io)).toBe(2);
    expect(io.err()).toContain('--unit không có mã "PHONGX"');
    const io2 = memoryIO();
    expect(await run(['check', '--period', 'Q5', fixture('w2-05')], io2)).toBe(2);
    expect(io2.err()).toContain('--period nhận Q1, H1, 9M hoặc Y');
    const io3 = memoryIO();
    expect(await run(['check'], io3)).toBe(2);
    expect(io3.err()).toContain('Cần ít nhất một tệp .docx.');
  });

  test('--quiet chỉ in những gì còn thiếu; gợi ý về cách viết chỉ được đếm, --suggestions mới liệt kê, có tên quy tắc', async () => {
    const quiet = memoryIO();
    await run(['check', '--quiet', '--unit', 'SNV', '--period', 'Y', fixture('w2-05')], quiet);
    expect(quiet.out()).toContain('Còn thiếu:');
    expect(quiet.out()).not.toContain('Đã báo cáo:');
    expect(quiet.out()).not.toContain('Lưu ý khác');
    const normal = memoryIO();
    await run(['check', fixture('w2-05')], normal);
    expect(normal.out()).toMatch(/Gợi ý về cách viết: \d+ \(xem bằng --suggestions\)/);
    const all = memoryIO();
    await run(['check', '--suggestions', fixture('w2-05')], all);
    expect(all.out()).toMatch(/\n {4}i [^:\n]+: /);
    expect(all.out()).not.toMatch(/\n {4}i (citation|cite\.|layout-)/);
  });
});
