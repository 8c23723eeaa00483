/**
 * Lịch báo cáo: hạn của chính cơ quan ban hành trong câu giao ban tham mưu tổng hợp kiểu Đảng, đoàn thể ("…; tổng hợp,
 * báo cáo kết quả với Ban Nội chính Tỉnh ủy … trước ngày 15 của tháng cuối quý"); báo cáo theo học kỳ mà ngoặc nói kỳ
 * dương lịch ("báo cáo học kỳ I (kết quả 6 tháng đầu năm 2027) gửi trước ngày 10/6/2027") là kỳ ấy.
 */
import { readSchedule } from '../../src/plan/import/schedule';

const dues = (texts: string[]) =>
  readSchedule(texts).periods.map((p) => `${p.code} ${p.due ? `${p.due.day}/${p.due.month}` : '-'} ${p.issuerDue ? `${p.issuerDue.day}/${p.issuerDue.month}` : '-'}`);

test('Hội Nông dân tỉnh: ban tham mưu "tổng hợp, báo cáo kết quả với Ban Nội chính Tỉnh ủy và Ban Thường vụ Trung ương Hội trước ngày 15 của tháng cuối quý" là hạn của Hội', () => {
  expect(
    dues([
      '3. Chế độ báo cáo: Các ban, đơn vị thuộc Hội Nông dân tỉnh và Hội Nông dân cấp xã báo cáo kết quả thực hiện Kế hoạch định kỳ hằng quý về Ban Thường vụ Hội Nông dân tỉnh (qua Ban Tổ chức - Kiểm tra) trước ngày 10 của tháng cuối quý; riêng báo cáo quý IV và năm gửi trước ngày 05/12/2027.',
      '4. Giao Ban Tổ chức - Kiểm tra tham mưu Ban Thường vụ theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tổng hợp, báo cáo kết quả với Ban Nội chính Tỉnh ủy và Ban Thường vụ Trung ương Hội trước ngày 15 của tháng cuối quý.',
    ]),
  ).toEqual(['Q1 10/3 15/3', 'H1 10/6 15/6', '9M 10/9 15/9', 'Y 5/12 15/12']);
});

test('trường THPT: "báo cáo học kỳ I (kết quả 6 tháng đầu năm 2027) gửi trước ngày 10/6/2027" là báo cáo 6 tháng (H1), không phải quý I', () => {
  const schedule = readSchedule([
    '4. Chế độ báo cáo: các bộ phận, cá nhân được phân công tại Kế hoạch này báo cáo kết quả thực hiện về Hiệu trưởng (qua Tổ Văn phòng) định kỳ như sau: báo cáo học kỳ I (kết quả 6 tháng đầu năm 2027) gửi trước ngày 10/6/2027; báo cáo năm 2027 gửi trước ngày 10/12/2027. Tổ Văn phòng tổng hợp, tham mưu Hiệu trưởng gửi báo cáo về Sở Giáo dục và Đào tạo trước ngày 15/6/2027 và 15/12/2027.',
  ]);
  expect(schedule.periods.map((p) => `${p.code} ${p.due!.day}/${p.due!.month} ${p.issuerDue?.day}/${p.issuerDue?.month}`)).toEqual(['H1 10/6 15/6', 'Y 10/12 15/12']);
  expect(schedule.periods[0]!.names).toEqual(['học kỳ I', '6 tháng đầu năm']);
});
