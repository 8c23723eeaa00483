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

  test('văn bản đã bị thay thế có lưu ý; --lang en', async () => {
    const io = memoryIO();
    await run(['cite', '--lang', 'en', '02/2021/TT-TTCP'], io);
    expect(io.out()).toContain('Note: replaced by Thông tư số 01/2024/TT-TTCP from 05/03/2024.');
    expect(io.out()).toContain('Legal basis line: Căn cứ Thông tư số 02/2021/TT-TTCP ngày 22 tháng 3 năm 2021');
  });

  test('--json và không tìm thấy', async () => {
    const io = memoryIO();
    await run(['cite', '--json', '10/CT-TTg'], io);
    expect(JSON.parse(io.out())[0]).toMatchObject({ number: '10/CT-TTg', short: 'Chỉ thị số 10/CT-TTg' });
    const none = memoryIO();
    expect(await run(['cite', 'zzzz qqqq'], none)).toBe(1);
    expect(none.out()).toContain('Không tìm thấy văn bản nào khớp "zzzz qqqq".');
    const empty = memoryIO();
    expect(await run(['cite'], empty)).toBe(2);
  });
});
