/**
 * Matching cues for the 2023 plan's tasks: the words in which unit reports usually give results for each task,
 * where the plan's own wording is not enough (the checker derives everything else from the plan text). Data, not
 * code: another plan carries its own, or none.
 */
import type { TaskItem } from '../../schema';

type Cues = NonNullable<TaskItem['cues']>;

/** Rotation of posts is not digital transformation ("chuyển đổi số"), nor a change of computer systems. */
const ROTATION_EXCLUDE = ['chuyển đổi số', 'chuyển đổi số hóa', 'chuyển đổi dữ liệu'];
const ROTATION = ['chuyển đổi vị trí công tác', 'chuyển đổi vị trí'];

export const cues2023: Record<string, Omit<Cues, 'distinctFrom'>> = {
  'II.1.1': {
    phrases: ['quán triệt', 'lãnh đạo, chỉ đạo', 'phân công', 'cụ thể hóa', 'giao ban', 'chương trình công tác', 'chỉ đạo triển khai', 'đã chỉ đạo', 'trực tiếp chỉ đạo', 'giao nhiệm vụ'],
  },
  'II.1.2': {
    phrases: [
      'phòng, chống tham nhũng năm 2023 của đơn vị',
      'phòng, chống tham nhũng năm 2023 của ban',
      'phòng, chống tham nhũng năm 2023 của chi cục',
      'phòng, chống tham nhũng năm 2023 của cơ quan',
      'kế hoạch phòng, chống tham nhũng năm 2023 của các đơn vị',
    ],
  },
  'II.2.1': { phrases: ['nghiên cứu luật', 'tuyên truyền', 'phổ biến, giáo dục pháp luật', 'phổ biến pháp luật', 'sinh hoạt chuyên đề', 'chuyên mục', 'tập huấn', 'học tập'] },
  'II.3.a.1': { phrases: ['công khai ngân sách', 'dự toán ngân sách', 'quyết toán', 'trang thông tin điện tử'] },
  'II.3.a.2': { phrases: ['đào tạo, bồi dưỡng', 'thi tuyển', 'xét tuyển', 'tuyển dụng', 'thăng hạng', 'nâng ngạch'] },
  'II.3.a.3': { phrases: ['giải trình'] },
  'II.3.b.1': { phrases: ['quy chế chi tiêu nội bộ', 'tài sản công', 'chế độ, định mức, tiêu chuẩn', 'định mức'] },
  'II.3.b.2': { phrases: ['kiểm tra việc thực hiện chế độ, định mức', 'kiểm tra chế độ, định mức'] },
  'II.3.c.1': { phrases: ['văn hóa công vụ', 'quy tắc ứng xử'] },
  'II.3.c.2': { phrases: ['kỷ luật, kỷ cương', 'bia, rượu', 'rượu, bia', 'thời giờ làm việc', 'giờ làm việc'] },
  'II.3.c.3': { phrases: ['nhũng nhiễu', 'gây phiền hà', 'phiền hà'] },
  'II.3.c.4': { phrases: ['theo dõi, nhắc nhở', 'nhắc nhở, kiểm tra', 'quy tắc ứng xử', 'thời giờ làm việc'] },
  'II.3.c.5': { phrases: ['quy tắc ứng xử', 'đạo đức nghề nghiệp'] },
  'II.3.c.6': { phrases: ['lồng ghép kiểm tra', 'kỷ luật, kỷ cương'] },
  'II.3.d.1': { phrases: ['xung đột lợi ích'] },
  'II.3.đ.1': { phrases: ROTATION, exclude: ROTATION_EXCLUDE },
  'II.3.đ.2': { phrases: ROTATION, exclude: ROTATION_EXCLUDE },
  'II.3.đ.3': { phrases: ROTATION, exclude: ROTATION_EXCLUDE },
  'II.3.đ.4': { phrases: ROTATION, exclude: ROTATION_EXCLUDE },
  'II.3.e.1': { phrases: ['kê khai', 'tài sản, thu nhập'] },
  'II.3.g.1': { phrases: ['chỉ số cải cách hành chính', 'kiểm tra cải cách hành chính', 'kiểm tra công tác cải cách hành chính'] },
  'II.3.g.2': { phrases: ['phân cấp quản lý', 'tiêu chuẩn chức danh'] },
  'II.3.g.3': {
    phrases: ['dịch vụ công trực tuyến', 'ioffice', 'iso', '9001', 'thanh toán không dùng tiền mặt', 'chữ ký số', 'chuyển đổi số', 'số hóa', 'công nghệ thông tin'],
  },
  'II.3.h.1': { phrases: ['kết luận thanh tra', 'kết luận kiểm tra'] },
  'II.3.i.1': { phrases: ['người đứng đầu', 'gương mẫu'] },
  'II.3.i.2': { phrases: ['xử lý trách nhiệm người đứng đầu', 'trách nhiệm người đứng đầu'] },
};

/** Adds the cues to the items, keeping what the items already say (distinctFrom). */
export const withCues = (items: TaskItem[]): TaskItem[] =>
  items.map((item) => {
    const cues = cues2023[item.id];
    return cues ? { ...item, cues: { ...item.cues, ...cues } } : item;
  });
