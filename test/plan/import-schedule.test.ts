/** Lịch báo cáo ở phần "Tổ chức thực hiện": các kỳ, hạn gửi và nơi nhận. */
import { readSchedule } from '../../src/plan/import/schedule';
import { plan2023 } from '../../src/plan';

test('kế hoạch 2023: bốn kỳ, hạn 05/3, 05/6, 05/9, 05/12, gửi Thanh tra Sở', () => {
  const schedule = readSchedule(plan2023.reporting.text);
  expect(schedule.periods.map((p) => [p.code, p.due.day, p.due.month])).toEqual(plan2023.reporting.periods.map((p) => [p.code, p.due.day, p.due.month]));
  expect(schedule.periods.find((p) => p.code === 'H1')!.names).toEqual(['quý II', '6 tháng']);
  expect(schedule.receiver).toBe('Thanh tra Sở');
});

test('cách viết khác: "chậm nhất ngày 16/6 cho báo cáo 6 tháng", gửi UBND thành phố (qua Thanh tra thành phố)', () => {
  const schedule = readSchedule(['Các cơ quan, đơn vị gửi báo cáo về UBND thành phố (qua Thanh tra thành phố) chậm nhất ngày 16/3 cho báo cáo quý I; ngày 16/6 cho báo cáo 6 tháng; ngày 16/9 cho báo cáo 9 tháng; ngày 16/12 cho báo cáo năm.']);
  expect(schedule.periods.map((p) => `${p.code} ${p.due.day}/${p.due.month}`)).toEqual(['Q1 16/3', 'H1 16/6', '9M 16/9', 'Y 16/12']);
  expect(schedule.receiver).toBe('UBND thành phố');
});
