/** Words a draft leaves out: "chuyển đổi 01 công chức" is a rotation of posts, read as "chuyển đổi vị trí công tác". */
import { normalizeForMatch, originalSlice } from '../../src/text';

const read = (text: string) => normalizeForMatch(text, { expandAbbreviations: true });

describe('chuyển đổi + số người: chuyển đổi vị trí công tác', () => {
  test.each([
    ['Đã chuyển đổi 01 CC kế toán sang bộ phận tổng hợp.', 'đã chuyển đổi vị trí công tác 01 công chức kế toán'],
    ['Chuyển đổi xong 05/05 CC, VC theo kế hoạch.', 'chuyển đổi vị trí công tác xong 05/05 công chức, viên chức'],
    ['đã chuyển đổi 03/03 trường hợp theo kế hoạch', 'chuyển đổi vị trí công tác 03/03 trường hợp'],
    ['01 công chức văn thư đã được chuyển đổi sang vị trí tổng hợp từ ngày 01/4/2023', 'được chuyển đổi vị trí công tác sang vị trí tổng hợp'],
  ])('"%s"', (text, expected) => {
    expect(read(text).text).toContain(expected);
  });

  test('"chuyển đổi số", "chuyển đổi vị trí công tác" viết đủ: không thêm gì', () => {
    expect(read('Đẩy mạnh chuyển đổi số trong giải quyết thủ tục hành chính.').text).toBe('đẩy mạnh chuyển đổi số trong giải quyết thủ tục hành chính.');
    expect(read('Chuyển đổi vị trí công tác 02 công chức.').text).toBe('chuyển đổi vị trí công tác 02 công chức.');
    expect(read('chuyển đổi mô hình quản lý sang trực tuyến').text).not.toContain('vị trí công tác');
  });

  test('từ được đọc thêm trỏ về đúng chữ "chuyển đổi" trong văn bản gốc, phần sau không lệch', () => {
    const original = 'Ban chuyển đổi 01 CC kế toán.';
    const normalized = read(original);
    const at = normalized.text.indexOf('vị trí công tác');
    expect(originalSlice(normalized, at, at + 'vị trí công tác'.length)).toBe('chuyển đổi');
    const after = normalized.text.indexOf('kế toán');
    expect(originalSlice(normalized, after, after + 'kế toán'.length)).toBe('kế toán');
  });
});
