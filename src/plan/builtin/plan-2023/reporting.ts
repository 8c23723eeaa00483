/**
 * Section III of the 2023 plan: the unit plans due in January, and the report schedule of III.2.
 * The data windows are those of Thông tư 02/2021/TT-TTCP Điều 7 (15/12 of the previous year to the 14th).
 */
import type { Plan } from '../../schema';
import { previousScheduleLetter, reportRegimeCircular } from './references';

const SECTION_III = [
  '1. Thủ trưởng các cơ quan, đơn vị trực thuộc Sở căn cứ chức năng, nhiệm vụ được giao và các nội dung trong kế hoạch này có trách nhiệm xây dựng kế hoạch về công tác phòng, chống tham nhũng năm 2023 tại đơn vị mình, trong đó xác định rõ nội dung, nhiệm vụ, đề ra các giải pháp và thời gian cụ thể để triển khai thực hiện. Thời gian hoàn thành trong tháng 01 năm 2023 và gửi Sở Nội vụ (qua Thanh tra và Văn phòng Sở) để theo dõi việc tổ chức, thực hiện.',
  '2. Các phòng chuyên môn và tương đương, đơn vị trực thuộc Sở thực hiện nghiêm túc các nội dung được giao tại Kế hoạch này; chế độ thông tin báo cáo theo quy định tại Thông tư số 02/2021/TT-TTCP ngày 22/3/2021 của Thanh tra Chính phủ; thời gian gửi báo cáo cụ thể như sau: các phòng chuyên môn và tương đương, đơn vị trực thuộc Sở báo cáo kết quả thực hiện gửi về Thanh tra Sở trước ngày 05/3 đối với báo cáo quý I; ngày 05/6 đối với báo cáo quý II và 6 tháng; ngày 05/9 đối với báo cáo quý III và 9 tháng; ngày 05/12 đối với báo cáo quý IV và năm (thời gian gửi báo cáo này thay thế cho thời gian quy định tại Công văn số 1186/SNV-TTr ngày 24/5/2021 của Sở Nội vụ).',
  '3. Giao Thanh tra Sở thường xuyên theo dõi việc thực hiện nội dung Kế hoạch này; đồng thời tổng hợp tình hình và kết quả thực hiện tham mưu cho lãnh đạo Sở báo cáo cấp có thẩm quyền theo định kỳ và đột xuất khi có yêu cầu.',
  '4. Trong quá trình tổ chức triển khai thực hiện Kế hoạch này, nếu có vấn đề vướng mắc, phát sinh, các cơ quan, đơn vị kịp thời phản ánh về Sở Nội vụ (qua Thanh tra Sở) để xem xét, chỉ đạo./.',
] as const;

export const sectionIIIParagraphs: string[] = [...SECTION_III];

const fromPreviousYear = { day: 15, month: 12, previousYear: true };

export const reporting2023: Plan['reporting'] = {
  channel: 'TTr',
  regime: reportRegimeCircular,
  periods: [
    {
      code: 'Q1',
      names: ['quý I'],
      quarter: 1,
      due: { day: 5, month: 3 },
      dueRaw: 'trước ngày 05/3',
      dataWindow: { from: { ...fromPreviousYear }, to: { day: 14, month: 3 } },
    },
    {
      code: 'H1',
      names: ['quý II', '6 tháng'],
      quarter: 2,
      due: { day: 5, month: 6 },
      dueRaw: 'ngày 05/6',
      dataWindow: { from: { ...fromPreviousYear }, to: { day: 14, month: 6 } },
    },
    {
      code: '9M',
      names: ['quý III', '9 tháng'],
      quarter: 3,
      due: { day: 5, month: 9 },
      dueRaw: 'ngày 05/9',
      dataWindow: { from: { ...fromPreviousYear }, to: { day: 14, month: 9 } },
    },
    {
      code: 'Y',
      names: ['quý IV', 'năm'],
      quarter: 4,
      due: { day: 5, month: 12 },
      dueRaw: 'ngày 05/12',
      dataWindow: { from: { ...fromPreviousYear }, to: { day: 14, month: 12 } },
    },
  ],
  replaces: previousScheduleLetter,
  unitPlan: {
    dueBy: '2023-01-31',
    dueRaw: 'Thời gian hoàn thành trong tháng 01 năm 2023',
    sendTo: ['TTr', 'VP'],
    text: SECTION_III[0],
  },
  text: [...SECTION_III],
};
