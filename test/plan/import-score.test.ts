/** Chấm bộ nhập kế hoạch theo đáp án: ghép nhiệm vụ theo nội dung, đơn vị theo tên, thời gian theo chữ đã viết. */
import { plan2023, type Plan } from '../../src/plan';
import { alignItems, sameUnit, scorePlanImport, textSimilarity, timingKey } from '../../src/evaluate/plan-import';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

test('ghép nhiệm vụ theo nội dung, không theo mã: mã lệch vẫn tìm ra, mỗi nhiệm vụ ghép một lần', () => {
  const imported = clone(plan2023);
  imported.items = imported.items.map((item) => ({ ...item, id: item.id === 'II.3.b.1' ? 'II.3.b.9' : item.id }));
  const map = alignItems(plan2023.items, imported.items);
  expect(map.size).toBe(26);
  expect(map.get('II.3.b.1')).toBe('II.3.b.9');
  expect(new Set(map.values()).size).toBe(26);
  expect(textSimilarity('Kê khai tài sản, thu nhập', 'Kiểm soát xung đột lợi ích')).toBeLessThan(0.5);
});

test('cùng một đơn vị dù mã khác: "Văn phòng Sở" và "Văn phòng"; khác đơn vị thì không', () => {
  const imported: Plan = clone(plan2023);
  imported.units = imported.units.map((u) => (u.id === 'VP' ? { ...u, id: 'VPS', name: 'Văn phòng', aliases: [] } : u));
  expect(sameUnit(plan2023, 'VP', imported, 'VPS')).toBe(true);
  expect(sameUnit(plan2023, 'TTr', imported, 'VPS')).toBe(false);
});

test('thời gian so theo chữ viết, bỏ nhãn dòng và dấu câu', () => {
  expect(timingKey('+ Thời gian thực hiện: Thường xuyên.')).toBe(timingKey('Thường xuyên'));
  expect(timingKey('Quý II/2026')).not.toBe(timingKey('Quý III/2026'));
  // the verb before a time is not the time; what follows it is
  expect(timingKey('thực hiện thường xuyên trong năm')).toBe(timingKey('thường xuyên trong năm'));
  expect(timingKey('thực hiện thường xuyên trong năm')).not.toBe(timingKey('thường xuyên'));
});

test('điểm: nhiệm vụ thiếu, đơn vị chủ trì sai, hạn báo cáo sai đều bị đếm', () => {
  const imported = clone(plan2023);
  imported.items = imported.items.filter((i) => i.id !== 'II.3.e.1');
  imported.items.find((i) => i.id === 'II.3.b.2')!.lead = ['VP'];
  imported.reporting.periods[0]!.due = { day: 10, month: 3 };
  const s = scorePlanImport(plan2023, imported);
  expect([s.keyItems, s.matched, s.leadRight, s.deadlinesRight, s.deadlines]).toEqual([26, 25, 24, 3, 4]);
  expect(s.mismatches.map((m) => `${m.what} ${m.key}`)).toEqual(expect.arrayContaining(['missing II.3.e.1', 'lead II.3.b.2']));
});

test('hạn báo cáo của cơ quan ban hành: đếm ngày đáp án có, ngày đọc đúng, và ngày đọc thừa khi đáp án không có', () => {
  const key = clone(plan2023);
  key.reporting.periods[0]!.issuerDue = { day: 12, month: 3 };
  key.reporting.periods[1]!.issuerDue = { day: 12, month: 6 };
  const imported = clone(key);
  imported.reporting.periods[1]!.issuerDue = { day: 15, month: 6 };
  imported.reporting.periods[3]!.issuerDue = { day: 12, month: 12 };
  const s = scorePlanImport(key, imported);
  expect([s.issuerDeadlinesRight, s.issuerDeadlines, s.issuerDeadlinesExtra]).toEqual([1, 2, 1]);
});
