/**
 * The outline of the 2023 plan. Titles are written without the colon that ends some of them in the plan;
 * II.3.h has no title of its own, so its title is its whole sentence (which is also item II.3.h.1).
 */
import type { PlanHeading } from '../../schema';
import { sectionIIIParagraphs } from './reporting';

export const headings2023: PlanHeading[] = [
  { id: 'I', label: 'I.', level: 1, title: 'MỤC ĐÍCH, YÊU CẦU', paragraphs: [] },
  {
    id: 'I.1',
    label: '1.',
    level: 2,
    title: 'Mục đích',
    paragraphs: [
      'Tiếp tục triển khai thực hiện tốt các quy định của pháp luật về phòng, chống tham nhũng (PCTN) nhằm nâng cao nhận thức, trách nhiệm, hiệu quả công tác PCTN của cơ quan, đơn vị và đội ngũ công chức, viên chức.',
      'Tăng cường trách nhiệm của Thủ trưởng các cơ quan, tổ chức, đơn vị trong việc chỉ đạo, thực hiện công tác PCTN; triển khai đồng bộ, có hiệu quả các giải pháp phòng ngừa tham nhũng.',
    ],
  },
  {
    id: 'I.2',
    label: '2.',
    level: 2,
    title: 'Yêu cầu',
    paragraphs: [
      'Triển khai thực hiện đầy đủ, nghiêm túc các quy định của pháp luật, văn bản chỉ đạo của Trung ương, Tỉnh ủy, Ủy ban nhân dân tỉnh về công tác PCTN phù hợp với điều kiện thực tế của đơn vị. Thủ trưởng các đơn vị trực thuộc, trưởng các phòng chuyên môn và tương đương phải xác định công tác PCTN là nhiệm vụ quan trọng được thực hiện thường xuyên; các biện pháp PCTN được triển khai đồng bộ, kết hợp chặt chẽ giữa tích cực phòng ngừa và kiên quyết xử lý kịp thời hành vi tham nhũng.',
    ],
  },
  { id: 'II', label: 'II.', level: 1, title: 'NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU CÔNG TÁC PCTN NĂM 2023', paragraphs: [] },
  { id: 'II.1', label: '1.', level: 2, title: 'Công tác lãnh đạo, chỉ đạo', paragraphs: [] },
  { id: 'II.2', label: '2.', level: 2, title: 'Công tác tuyên truyền, phổ biến, giáo dục pháp luật về PCTN', paragraphs: [] },
  { id: 'II.3', label: '3.', level: 2, title: 'Triển khai thực hiện các giải pháp phòng ngừa tham nhũng', paragraphs: [] },
  { id: 'II.3.a', label: 'a)', level: 3, title: 'Công khai, minh bạch và trách nhiệm giải trình', paragraphs: [] },
  { id: 'II.3.b', label: 'b)', level: 3, title: 'Thực hiện chế độ, định mức, tiêu chuẩn', paragraphs: [] },
  { id: 'II.3.c', label: 'c)', level: 3, title: 'Về quy tắc ứng xử, đạo đức nghề nghiệp; kỷ luật, kỷ cương hành chính', paragraphs: [] },
  { id: 'II.3.d', label: 'd)', level: 3, title: 'Kiểm soát xung đột lợi ích', paragraphs: [] },
  { id: 'II.3.đ', label: 'đ)', level: 3, title: 'Về chuyển đổi vị trí công tác', paragraphs: [] },
  { id: 'II.3.e', label: 'e)', level: 3, title: 'Về kê khai tài sản, thu nhập', paragraphs: [] },
  {
    id: 'II.3.g',
    label: 'g)',
    level: 3,
    title: 'Cải cách hành chính, ứng dụng công nghệ thông tin và thanh toán không dùng tiền mặt',
    paragraphs: [],
  },
  {
    id: 'II.3.h',
    label: 'h)',
    level: 3,
    title:
      'Tổ chức thực hiện tốt công tác theo dõi, đôn đốc, kiểm tra thực hiện kết luận thanh tra, kiểm tra; rà soát các kết luận thanh tra kinh tế - xã hội theo yêu cầu của cơ quan có thẩm quyền.',
    paragraphs: [],
  },
  { id: 'II.3.i', label: 'i)', level: 3, title: 'Chế độ trách nhiệm của người đứng đầu cơ quan, tổ chức, đơn vị', paragraphs: [] },
  { id: 'III', label: 'III.', level: 1, title: 'TỔ CHỨC THỰC HIỆN', paragraphs: sectionIIIParagraphs },
];
