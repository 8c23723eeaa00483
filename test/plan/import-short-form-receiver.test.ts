/**
 * Nơi nhận báo cáo ghi bằng tên tắt kế hoạch tự đặt: "Thi hành án dân sự tỉnh Gia Lai (sau đây gọi là THADS tỉnh)" rồi
 * "gửi về THADS tỉnh (qua Phòng Kiểm tra, giải quyết khiếu nại, tố cáo)": báo cáo gửi qua phòng ấy.
 */
import { PLAIN_PARAGRAPH, toDocumentModel } from '../../src/document';
import { importPlan } from '../../src/plan/import/assemble';
import { readSchedule } from '../../src/plan/import/schedule';

const SCHEDULE = '2. Chế độ báo cáo: các phòng chuyên môn, các Phòng Thi hành án dân sự khu vực báo cáo kết quả thực hiện Kế hoạch định kỳ hằng quý, gửi về THADS tỉnh (qua Phòng Kiểm tra, giải quyết khiếu nại, tố cáo): báo cáo quý I trước ngày 08/3/2027; báo cáo quý II và 6 tháng trước ngày 08/6/2027; báo cáo quý III và 9 tháng trước ngày 08/9/2027; báo cáo quý IV và năm trước ngày 08/12/2027.';

test('"gửi về THADS tỉnh (qua Phòng Kiểm tra, giải quyết khiếu nại, tố cáo)": tên tắt kế hoạch đặt là một cơ quan nhận, báo cáo gửi qua phòng trong ngoặc; không có tên tắt ấy thì không đoán', () => {
  expect(readSchedule([SCHEDULE], ['thads tỉnh']).receiver).toBe('Phòng Kiểm tra, giải quyết khiếu nại, tố cáo');
  expect(readSchedule([SCHEDULE]).receiver).toBeNull();
});

test('kế hoạch định nghĩa "(sau đây gọi là THADS tỉnh)", "(sau đây gọi là Phòng Kiểm tra)": nơi nhận báo cáo là Phòng Kiểm tra, giải quyết khiếu nại, tố cáo', () => {
  const lines = [
    'THI HÀNH ÁN DÂN SỰ TỈNH GIA LAI',
    'Số: 18/KH-THADS',
    '**KẾ HOẠCH**',
    '**Công tác phòng, chống tham nhũng, tiêu cực năm 2027**',
    'Thực hiện Kế hoạch số 286/KH-UBND ngày 30/12/2026 của Ủy ban nhân dân tỉnh Gia Lai, Thi hành án dân sự tỉnh Gia Lai (sau đây gọi là THADS tỉnh) ban hành Kế hoạch công tác phòng, chống tham nhũng, tiêu cực năm 2027 như sau:',
    '**I. MỤC ĐÍCH, YÊU CẦU**',
    '- Các phòng chuyên môn thuộc THADS tỉnh (Văn phòng, Phòng Tổ chức cán bộ, Phòng Kiểm tra, giải quyết khiếu nại, tố cáo (sau đây gọi là Phòng Kiểm tra)) triển khai nghiêm túc, thực chất, tránh hình thức.',
    '**II. NHIỆM VỤ, GIẢI PHÁP**',
    '**1. Công tác lãnh đạo, chỉ đạo**',
    'a) Quán triệt, triển khai Kế hoạch này đến toàn thể công chức, người lao động.',
    'Đơn vị chủ trì: Văn phòng; đơn vị phối hợp: Phòng Kiểm tra; thời gian: Quý I/2027.',
    '**III. TỔ CHỨC THỰC HIỆN**',
    SCHEDULE,
    '3. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về THADS tỉnh (qua Phòng Kiểm tra) để xem xét, chỉ đạo./.',
  ];
  const paragraph = (line: string) => ({ ...PLAIN_PARAGRAPH, text: line.replace(/\*\*/g, ''), bold: /^\*\*.*\*\*$/.test(line) });
  const { plan } = importPlan(toDocumentModel(lines.map(paragraph), { host: 'docx' }));
  expect(plan.units.find((u) => u.id === plan.reporting.channel)?.name).toBe('Phòng Kiểm tra, giải quyết khiếu nại, tố cáo');
});
