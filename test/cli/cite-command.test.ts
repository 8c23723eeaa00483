import { run } from '../../src/cli/main';
import { memoryIO } from '../support/memory-io';

describe('pctn cite', () => {
  test.each([['59/2019'], ['nghi dinh 59'], ['xung dot loi ich'], ['xung đột lợi ích']])('"%s" tìm ra Nghị định 59/2019/NĐ-CP trước tiên', async (query) => {
    const io = memoryIO();
    expect(await run(['cite', query], io)).toBe(0);
    const [full, short] = io.out().split('\n');
    expect(full).toBe('Lần đầu (đầy đủ): Nghị định số 59/2019/NĐ-CP ngày 01/7/2019 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Phòng, chống tham nhũng');
    expect(short).toBe('Lần sau (rút gọn): Nghị định số 59/2019/NĐ-CP');
  });

  test('văn bản đã bị thay thế có lưu ý, ngày viết theo Nghị định 30; điều chưa kiểm chứng được nói rõ; --lang en', async () => {
    const io = memoryIO();
    await run(['cite', '--lang', 'en', '02/2021/TT-TTCP'], io);
    expect(io.out()).toContain('Note: replaced by Thông tư số 01/2024/TT-TTCP from 05/3/2024.');
    expect(io.out()).toContain('Opening line: Căn cứ Thông tư số 02/2021/TT-TTCP ngày 22 tháng 3 năm 2021');
    expect(io.out()).toContain('Not verified: replacement (check against the original before use).');
    const presumed = memoryIO();
    await run(['cite', '01/2024/TT-TTCP'], presumed);
    expect(presumed.out()).toContain('Lưu ý: được thay thế bởi Thông tư số 06/2025/TT-TTCP từ ngày 30/9/2025 (giả định, chưa kiểm chứng).');
    expect(presumed.out()).toMatch(/Chưa kiểm chứng: văn bản thay thế/);
  });

  test('văn bản hành chính mở bằng "Thực hiện", văn bản quy phạm bằng "Căn cứ"; trích yếu có "về", không lặp cơ quan ban hành', async () => {
    const plan = memoryIO();
    await run(['cite', '235/KH-SNV'], plan);
    expect(plan.out()).toContain('Lần đầu (đầy đủ): Kế hoạch số 235/KH-SNV ngày 31/12/2022 của Sở Nội vụ về cải cách hành chính năm 2023\n');
    expect(plan.out()).toMatch(/Dòng dẫn: Thực hiện Kế hoạch số 235\/KH-SNV ngày 31 tháng 12 năm 2022 của Sở Nội vụ về cải cách hành chính năm 2023;/);
    const decision = memoryIO();
    await run(['cite', '48/2021/QĐ-UBND'], decision);
    expect(decision.out()).toMatch(/của UBND tỉnh Quảng Ngãi quy định một số biện pháp/);
    expect(decision.out()).toMatch(/Dòng dẫn: Căn cứ Quyết định số 48\/2021\/QĐ-UBND/);
  });

  test('văn bản không có trong danh mục: "không tìm thấy", không đưa văn bản khác thay vào; truy vấn mơ hồ: liệt kê để chọn, không chọn hộ', async () => {
    for (const query of ['luat can bo cong chuc', 'Luật Tố cáo', 'Nghị định 59/2020', 'kế hoạch 202/KH-UBND tỉnh Bình Định']) {
      const io = memoryIO();
      expect(await run(['cite', query], io)).toBe(1);
      expect(io.out()).toMatch(/^Không tìm thấy văn bản nào khớp/);
    }
    const vague = memoryIO();
    expect(await run(['cite', '59'], vague)).toBe(1);
    expect(vague.out()).toMatch(/^Nhiều văn bản cùng khớp "59"/);
    expect(vague.out()).toContain('Nghị định số 59/2019/NĐ-CP');
    const pctn = memoryIO();
    expect(await run(['cite', 'luat pctn'], pctn)).toBe(0);
    expect(pctn.out()).toMatch(/^Lần đầu \(đầy đủ\): Luật Phòng, chống tham nhũng số 36\/2018\/QH14/);
    expect(pctn.out()).not.toContain('Văn bản khác khớp');
  });

  test('truy vấn rất dài được cắt khi nhắc lại', async () => {
    const io = memoryIO();
    await run(['cite', 'x'.repeat(100_000)], io);
    expect(io.out().length).toBeLessThan(400);
  });

  test('--json và không tìm thấy', async () => {
    const io = memoryIO();
    await run(['cite', '--json', '10/CT-TTg'], io);
    expect(JSON.parse(io.out())).toMatchObject({ found: 'found', document: { number: '10/CT-TTg', short: 'Chỉ thị số 10/CT-TTg', unverified: [] } });
    const unchecked = memoryIO();
    await run(['cite', '--json', '235/KH-SNV'], unchecked);
    expect(JSON.parse(unchecked.out()).document.unverified).toEqual(['number', 'date', 'subject']);
    const none = memoryIO();
    expect(await run(['cite', 'zzzz qqqq'], none)).toBe(1);
    expect(none.out()).toContain('Không tìm thấy văn bản nào khớp "zzzz qqqq" trong danh mục.');
    const empty = memoryIO();
    expect(await run(['cite'], empty)).toBe(2);
  });
});
