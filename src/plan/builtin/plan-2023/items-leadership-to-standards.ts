/** Items II.1.1 to II.3.b.2 of the 2023 plan: leadership, propaganda, publicity, standards and norms. */
import type { TaskItem } from '../../schema';
import { anticorruptionLaw, budgetPublicityCircular, inspectionPlanDecision } from './references';
import { ALWAYS, DURING_YEAR, always } from './timing';

export const itemsLeadershipToStandards: TaskItem[] = [
  {
    id: 'II.1.1',
    section: 'II.1',
    ordinal: 1,
    title: 'Tăng cường lãnh đạo, chỉ đạo; xử lý nghiêm hành vi tham nhũng, tiêu cực',
    text: 'Tăng cường công tác lãnh đạo, chỉ đạo, triển khai đồng bộ, nghiêm túc các quy định của pháp luật về PCTN; các giải pháp phòng ngừa tham nhũng, tiêu cực; kịp thời xử lý nghiêm minh các hành vi tham nhũng, tiêu cực theo quy định của pháp luật.',
    // The bullet names no unit and II.1 has no "Đơn vị thực hiện" line. Section I.2 puts leadership on the head of
    // every unit: "Thủ trưởng các đơn vị trực thuộc, trưởng các phòng chuyên môn và tương đương phải xác định ...".
    lead: ['PCM', 'DVTT'],
    support: [],
    unitsRaw:
      'Thủ trưởng các đơn vị trực thuộc, trưởng các phòng chuyên môn và tương đương phải xác định công tác PCTN là nhiệm vụ quan trọng được thực hiện thường xuyên',
    scope: 'internal',
    // II.1 gives no "Thời gian thực hiện"; section I.2 says PCTN work "được thực hiện thường xuyên".
    timing: always('được thực hiện thường xuyên'),
    references: [],
  },
  {
    id: 'II.1.2',
    section: 'II.1',
    ordinal: 2,
    title: 'Đơn vị trực thuộc xây dựng, ban hành, thực hiện kế hoạch PCTN năm 2023 của đơn vị',
    text: 'Thủ trưởng các đơn vị trực thuộc Sở chỉ đạo xây dựng, ban hành và tổ chức thực hiện kế hoạch công tác PCTN năm 2023 của cơ quan, đơn vị phải đầy đủ, kịp thời, bám sát chủ trương của Đảng, chính sách pháp luật của Nhà nước về lĩnh vực PCTN. Thường xuyên theo dõi, kiểm tra, đôn đốc việc thực hiện kế hoạch PCTN của đơn vị đã ban hành và báo cáo kết quả thực hiện theo qui định.',
    lead: ['DVTT'],
    support: [],
    unitsRaw: 'Thủ trưởng các đơn vị trực thuộc Sở',
    scope: 'internal',
    // The deadline of the unit's plan is the one of section III.1 ("Thời gian hoàn thành trong tháng 01 năm 2023").
    timing: {
      raw: 'Thường xuyên theo dõi, kiểm tra, đôn đốc việc thực hiện kế hoạch PCTN của đơn vị đã ban hành',
      parts: [{ kind: 'deadline', date: '2023-01-31', activity: 'xây dựng, ban hành kế hoạch công tác PCTN năm 2023 (mục III.1)' }, ALWAYS],
    },
    references: [],
  },
  {
    id: 'II.2.1',
    section: 'II.2',
    ordinal: 1,
    title: 'Tuyên truyền, phổ biến, giáo dục pháp luật về PCTN; chuyên mục PCTN trên trang thông tin điện tử',
    text: 'Tiếp tục thực hiện tốt công tác tuyên truyền, phổ biến, giáo dục pháp luật về PCTN và các văn bản chỉ đạo của Trung ương, Tỉnh ủy về công tác PCTN cho công chức, viên chức và người lao động trong cơ quan, tổ chức, đơn vị mình quản lý; trong đó: Văn phòng Sở có trách nhiệm tạo 01 chuyên mục tuyên truyền, phổ biến pháp luật về PCTN trên trang thông tin điện tử của Sở Nội vụ để cập nhật các tài liệu, văn bản, hình ảnh, phim tài liệu,... liên quan đến PCTN nhằm nâng cao nhận thức của đội ngũ công chức, viên chức Sở Nội vụ trong công tác PCTN.',
    lead: ['VP', 'DVTT'],
    support: [],
    unitsRaw: 'Văn phòng Sở và các đơn vị trực thuộc Sở (lồng ghép vào kế hoạch tuyên truyền, phổ biến, giáo dục pháp luật của cơ quan, đơn vị).',
    scope: 'internal',
    timing: always('Thường xuyên.'),
    references: [],
  },
  {
    id: 'II.3.a.1',
    section: 'II.3.a',
    ordinal: 1,
    title: 'Công khai, minh bạch theo Điều 10 Luật PCTN; công khai ngân sách; công khai văn bản trên trang TTĐT',
    text: 'Tổ chức thực hiện hoặc tham mưu thực hiện nghiêm túc các nội dung công khai, minh bạch theo quy định tại Điều 10 Luật PCTN năm 2018 (trong đó, đối với nội dung công khai ngân sách, gồm: công khai dự toán ngân sách, công khai số liệu và thuyết minh tình hình thực hiện dự toán ngân sách nhà nước (quý, 6 tháng, năm), công khai quyết toán ngân sách nhà nước phải được công khai trên trang thông tin điện tử của Sở theo quy định tại Điều 5, Thông tư số 61/2017/TT-BTC ngày 15/6/2017 của Bộ Tài chính hướng dẫn về công khai ngân sách đối với đơn vị dự toán ngân sách, tổ chức được ngân sách nhà nước hỗ trợ) và 100% các văn bản liên quan đến hoạt động quản lý nhà nước của Sở (trừ các văn bản mật không được công khai theo quy định) được công khai trên trang thông tin điện tử của Sở.',
    lead: ['VP', 'DVTT'],
    support: [],
    unitsRaw: 'Văn phòng Sở và các đơn vị trực thuộc.',
    scope: 'internal',
    timing: always('Thường xuyên'),
    references: [anticorruptionLaw('Điều 10 Luật PCTN năm 2018', 'Điều 10'), budgetPublicityCircular],
    cues: { distinctFrom: ['II.3.g.3'] },
  },
  {
    id: 'II.3.a.2',
    section: 'II.3.a',
    ordinal: 2,
    title: 'Kế hoạch đào tạo, bồi dưỡng năm 2023; công khai thi tuyển, xét tuyển, thăng hạng, nâng ngạch',
    text: 'Xây dựng và trình cấp có thẩm quyền phê duyệt và công khai Kế hoạch thực hiện nhiệm vụ đào tạo, bồi dưỡng cán bộ, công chức, viên chức và CBCC cấp xã của tỉnh Quảng Ngãi năm 2023 theo qui định (trong quý I/2023); thực hiện công khai, minh bạch trên trang thông tin điện tử của Sở Nội vụ trong công tác thi hoặc xét tuyển dụng, thi hoặc xét thăng hạng chức danh nghề nghiệp, thi nâng ngạch công chức, viên chức.',
    lead: ['CCVC'],
    support: [],
    unitsRaw: 'Phòng Công chức, viên chức.',
    // The training plan is the province's, submitted to the competent authority; recruitment is the province's too.
    scope: 'province',
    timing: {
      raw: 'Thường xuyên trong năm.',
      parts: [
        DURING_YEAR,
        { kind: 'quarter', quarter: 1, year: 2023, activity: 'trình phê duyệt và công khai Kế hoạch đào tạo, bồi dưỡng năm 2023 (trong quý I/2023)' },
      ],
    },
    references: [],
  },
  {
    id: 'II.3.a.3',
    section: 'II.3.a',
    ordinal: 3,
    title: 'Trách nhiệm giải trình về quyết định hành chính, hành vi hành chính',
    text: 'Tổ chức tiếp nhận, thực hiện theo thẩm quyền hoặc tham mưu thực hiện nghiêm túc trách nhiệm giải trình về quyết định hành chính, hành vi hành chính trong việc thực hiện nhiệm vụ, công vụ được giao khi có yêu cầu.',
    lead: ['PCM', 'DVTT'],
    support: [],
    unitsRaw: 'Các phòng chuyên môn và tương đương thuộc Sở và các đơn vị trực thuộc.',
    scope: 'internal',
    timing: always('Thường xuyên'),
    references: [],
  },
  {
    id: 'II.3.b.1',
    section: 'II.3.b',
    ordinal: 1,
    title: 'Rà soát chế độ, định mức, tiêu chuẩn; quy chế chi tiêu nội bộ; quy chế quản lý tài sản công',
    // The seed breaks this paragraph in the middle of "chi tiêu" (a page break); it is one paragraph.
    text: 'Tiếp tục rà soát, trường hợp cần thiết thì sửa đổi, bổ sung hoặc ban hành mới Quy định về chế độ, định mức, tiêu chuẩn của cơ quan, đơn vị; Quy chế chi tiêu nội bộ; Quy chế quản lý sử dụng tài sản công cho phù hợp với thực tế và quy định của pháp luật hiện hành, đảm bảo nguyên tắc công khai, dân chủ.',
    lead: ['VP', 'DVTT'],
    support: [],
    unitsRaw: 'Văn phòng Sở và các đơn vị trực thuộc Sở.',
    scope: 'internal',
    timing: always('Thường xuyên.'),
    references: [],
  },
  {
    id: 'II.3.b.2',
    section: 'II.3.b',
    ordinal: 2,
    title: '01 cuộc kiểm tra chế độ, định mức, tiêu chuẩn tại Ban Thi đua – Khen thưởng tỉnh',
    text: 'Tổ chức thực hiện 01 cuộc kiểm tra về thực hiện chế độ, định mức, tiêu chuẩn tại Ban Thi đua – Khen thưởng tỉnh, trực thuộc Sở Nội vụ (lồng ghép trong kiểm tra công tác PCTN đã được Giám đốc Sở phê duyệt tại Quyết định số 595/QĐ-SNV ngày 02/12/2022 Kế hoạch thanh tra, kiểm tra năm 2023 của Thanh tra Sở Nội vụ).',
    lead: ['TTr'],
    support: ['VP'],
    unitsRaw: 'Thanh tra Sở (chủ trì); Văn phòng Sở (phối hợp).',
    scope: 'internal',
    timing: { raw: 'quý IV/2023.', parts: [{ kind: 'quarter', quarter: 4, year: 2023 }] },
    references: [inspectionPlanDecision],
  },
];
