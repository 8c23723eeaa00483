/** Thời gian thực hiện: mỗi cách viết thường gặp được đọc thành đúng dạng của lược đồ kế hoạch. */
import { plan2023 } from '../../src/plan';
import { readTiming } from '../../src/plan/import/timing';

test.each([
  ['Thường xuyên.', [{ kind: 'recurring', within: 'always' }]],
  ['Thường xuyên trong năm.', [{ kind: 'recurring', within: 'year' }]],
  ['Năm 2026', [{ kind: 'recurring', within: 'year', year: 2026 }]],
  ['Khi có yêu cầu', [{ kind: 'onRequest' }]],
  ['Thường xuyên; đột xuất khi có yêu cầu.', [{ kind: 'recurring', within: 'always' }, { kind: 'onRequest' }]],
  ['Định kỳ 6 tháng, năm', [{ kind: 'periodicReport', dates: [], periods: ['H1', 'Y'] }]],
  ['Quý I/2023.', [{ kind: 'quarter', quarter: 1, year: 2023 }]],
  ['quý IV năm 2026', [{ kind: 'quarter', quarter: 4, year: 2026 }]],
  ['Trước ngày 31/3/2026', [{ kind: 'deadline', date: '2026-03-31' }]],
  ['Hoàn thành trong tháng 01 năm 2023', [{ kind: 'deadline', date: '2023-01-31' }]],
  ['Theo dõi thường xuyên và tổng hợp báo cáo vào cuối tháng 5, tháng 11.', [{ kind: 'recurring', within: 'always' }, { kind: 'periodicReport', dates: [{ day: 31, month: 5 }, { day: 30, month: 11 }], periods: ['H1', 'Y'] }]],
  ['ban hành kế hoạch trong quý I/2023 và triển khai trong năm 2023.', [{ kind: 'recurring', within: 'year', year: 2023 }, { kind: 'quarter', quarter: 1, year: 2023 }]],
  ['Theo Kế hoạch kiểm tra công tác cải cách hành chính năm 2023.', [{ kind: 'followsPlan', plan: 'kế hoạch kiểm tra công tác cải cách hành chính năm 2023' }]],
  ['ít nhất 01 lần/quý', [{ kind: 'recurring', within: 'year' }]],
  ['Ít nhất 02 lần/năm.', [{ kind: 'recurring', within: 'year' }]],
  ['Thường xuyên; kiểm tra công vụ ít nhất 01 lần/quý.', [{ kind: 'recurring', within: 'always' }]],
  ['mỗi quý ít nhất 01 lần', [{ kind: 'recurring', within: 'year' }]],
  ['Theo thời hạn quy định.', [{ kind: 'unstated' }]],
  ['theo tiến độ giao kế hoạch vốn năm 2026', [{ kind: 'unstated' }]],
  ['Định kỳ theo quy định.', [{ kind: 'recurring', within: 'year' }]],
])('"%s"', (raw, parts) => {
  expect(readTiming(raw, 2023)).toEqual({ parts, doubt: null });
});

test('không đọc được: tạm coi là thường xuyên và nêu nghi ngờ song ngữ', () => {
  const { parts, doubt } = readTiming('Khi cấp trên giao', 2026);
  expect(parts).toEqual([{ kind: 'recurring', within: 'always' }]);
  expect(doubt?.vi).toMatch(/Không đọc được thời gian "Khi cấp trên giao"/);
  expect(doubt?.en).toMatch(/Could not read the timing/);
});

test('kế hoạch 2023: dạng thời gian đúng như đã mã hóa ở ít nhất 90% nhiệm vụ', () => {
  const same = plan2023.items.filter((item) => {
    const read = readTiming(item.timing.raw, 2023, item.text).parts.map((p) => p.kind).sort();
    return read.join() === item.timing.parts.map((p) => p.kind).sort().join();
  });
  expect(same.length / plan2023.items.length).toBeGreaterThanOrEqual(0.9);
});

test.each([
  ['Tháng 3/2026', [{ kind: 'deadline', date: '2026-03-31' }]],
  ['Tháng 6 và tháng 12/2026', [{ kind: 'deadline', date: '2026-06-30' }, { kind: 'deadline', date: '2026-12-31' }]],
  ['Từ tháng 3 đến tháng 6/2026', [{ kind: 'deadline', date: '2026-06-30' }]],
  ['Trước 15/12/2026', [{ kind: 'deadline', date: '2026-12-15' }]],
  ['Trước ngày 15 tháng 6 năm 2026', [{ kind: 'deadline', date: '2026-06-15' }]],
  ['6 tháng đầu năm 2026', [{ kind: 'deadline', date: '2026-06-30' }]],
  ['6 tháng cuối năm 2026', [{ kind: 'deadline', date: '2026-12-31' }]],
  ['Đến hết năm 2026', [{ kind: 'deadline', date: '2026-12-31' }]],
  ['Cả năm', [{ kind: 'recurring', within: 'year' }]],
  ['Định kỳ hằng năm', [{ kind: 'recurring', within: 'year' }]],
  ['Năm 2026 và các năm tiếp theo', [{ kind: 'recurring', within: 'year', year: 2026 }]],
  ['Theo kế hoạch', [{ kind: 'unstated' }]],
  ['Theo tiến độ', [{ kind: 'unstated' }]],
  ['Theo KH của Cục', [{ kind: 'followsPlan', plan: 'kế hoạch của cục' }]],
])('dạng thời gian của kế hoạch năm 2026: "%s"', (raw, parts) => {
  expect(readTiming(raw, 2026)).toEqual({ parts, doubt: null });
});
