/** Phần "TỔ CHỨC THỰC HIỆN" giao việc cho từng đơn vị bằng lời ("1. Văn phòng Sở: Chủ trì …; phối hợp với …"): mỗi vế về
 * nhiệm vụ mà nó nhắc lại nhiều nhất. */
import { PLAIN_PARAGRAPH, toDocumentModel } from '../../src/document';
import { readPlanOutline } from '../../src/plan/import/outline';

function plainTypedPlan(lines: string[]) {
  const paragraphs = lines.map((text) => ({ ...PLAIN_PARAGRAPH, text, bold: text === text.toUpperCase() }));
  return readPlanOutline(toDocumentModel(paragraphs, { host: 'docx' }));
}

const HEADER = ['SỞ TÀI CHÍNH TỈNH', 'KẾ HOẠCH', 'Công tác phòng, chống tham nhũng, tiêu cực năm 2027', 'II. NHIỆM VỤ, GIẢI PHÁP'];

const roles = (outline: ReturnType<typeof plainTypedPlan>) => outline.items.map((item) => [item.id, item.lead, item.support]);

test('câu mở đầu bằng tên đơn vị của riêng nó ("Phòng Quản lý ngân sách chủ trì …") giao các vế của câu cho đơn vị ấy; "Chủ trì" viết hoa, "Theo chức năng, nhiệm vụ được giao," và "tham mưu Giám đốc Sở" không đổi việc', () => {
  const outline = plainTypedPlan([
    ...HEADER,
    '1. Phòng ngừa tham nhũng trong quản lý ngân sách, đầu tư',
    'a) Thẩm định, tham mưu phân bổ, giao dự toán ngân sách; thẩm tra quyết toán ngân sách đúng quy định. Thực hiện thường xuyên.',
    'b) Tham mưu xây dựng, giao kế hoạch đầu tư công trung hạn và hằng năm; thẩm định dự án đầu tư công. Thực hiện thường xuyên.',
    'c) Công khai dự toán, quyết toán ngân sách của cơ quan Sở theo quy định. Thực hiện thường xuyên.',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Văn phòng Sở: Chủ trì tham mưu Giám đốc Sở công khai dự toán, quyết toán ngân sách của cơ quan Sở.',
    '2. Phòng Quản lý ngân sách, Phòng Đầu tư (sau đây gọi chung là các phòng chuyên môn): Theo chức năng, nhiệm vụ được giao, chủ trì công khai, minh bạch trong lĩnh vực phụ trách. Phòng Quản lý ngân sách chủ trì tham mưu phân bổ, giao dự toán, thẩm tra quyết toán ngân sách; phối hợp với Phòng Đầu tư trong bố trí vốn đầu tư công. Phòng Đầu tư chủ trì tham mưu giao kế hoạch đầu tư công, thẩm định dự án đầu tư công.',
  ]);
  expect(roles(outline)).toEqual([
    ['II.1.a.1', ['Phòng Quản lý ngân sách'], []],
    ['II.1.b.1', ['Phòng Đầu tư'], ['Phòng Quản lý ngân sách']],
    ['II.1.c.1', ['Văn phòng Sở'], []],
  ]);
});

test('"theo dõi, đôn đốc các đơn vị … xây dựng kế hoạch" là phối hợp; vế về cả Kế hoạch ("xây dựng, theo dõi, đôn đốc thực hiện Kế hoạch") hay trỏ sang khoản khác thì bỏ qua, còn "quán triệt, triển khai Kế hoạch" là một nhiệm vụ', () => {
  const outline = plainTypedPlan([
    ...HEADER,
    '1. Công tác lãnh đạo, chỉ đạo',
    'a) Quán triệt, triển khai Kế hoạch này đến toàn thể công chức, viên chức, người lao động của Sở. Thực hiện trong quý I/2027.',
    'b) Các đơn vị sự nghiệp trực thuộc xây dựng, ban hành kế hoạch PCTNTC năm 2027 của đơn vị. Hoàn thành trước ngày 28/02/2027.',
    'c) Kiểm tra nội bộ ít nhất 01 cuộc tại các phòng, đơn vị thuộc Sở. Thực hiện trong quý III/2027.',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Thanh tra Sở: Chủ trì tham mưu xây dựng, theo dõi, đôn đốc thực hiện Kế hoạch; tham mưu Giám đốc Sở quán triệt, triển khai Kế hoạch đến công chức, viên chức; theo dõi, đôn đốc các đơn vị sự nghiệp trực thuộc xây dựng kế hoạch PCTNTC của đơn vị; chủ trì kiểm tra nội bộ tại các phòng, đơn vị.',
    '2. Trung tâm Dịch vụ tài chính công: thực hiện các nhiệm vụ của đơn vị sự nghiệp trực thuộc nêu tại khoản 3 mục này.',
    '3. Các đơn vị sự nghiệp trực thuộc: Xây dựng, ban hành kế hoạch PCTNTC năm 2027 của đơn vị, gửi về Sở (qua Thanh tra Sở) trước ngày 28/02/2027.',
  ]);
  expect(roles(outline)).toEqual([
    ['II.1.a.1', ['Thanh tra Sở'], []],
    ['II.1.b.1', ['Các đơn vị sự nghiệp trực thuộc'], ['Thanh tra Sở']],
    ['II.1.c.1', ['Thanh tra Sở'], []],
  ]);
});

test('một vế kể nhiều việc ("… và quản trị chuyên mục …", ", rà soát Quy chế …") giao từng việc cho nhiệm vụ của nó; dấu phẩy giữa các thứ được kể ("Quy tắc ứng xử, nội quy, kỷ luật lao động", "tham nhũng, tiêu cực") không tách việc', () => {
  const outline = plainTypedPlan([
    'TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
    'II. NỘI DUNG',
    '1. Tuyên truyền',
    '1.1. Tuyên truyền, phổ biến pháp luật về PCTNTC cho viên chức, người lao động bằng hình thức lồng ghép trong sinh hoạt chuyên môn (thường xuyên).',
    '1.2. Duy trì, cập nhật chuyên mục "Phòng, chống tham nhũng, tiêu cực" trên Trang thông tin điện tử của Trung tâm (hằng quý).',
    '2. Phòng ngừa',
    '2.1. Viên chức, người lao động thực hiện nghiêm Quy tắc ứng xử, nội quy, quy chế làm việc của Trung tâm (thường xuyên).',
    '2.2. Kiểm tra việc chấp hành nội quy, kỷ luật lao động tại các khoa, phòng (Quý II/2027).',
    '2.3. Tiếp nhận, xử lý phản ánh, kiến nghị về tham nhũng, tiêu cực qua đường dây nóng (thường xuyên).',
    '2.4. Công khai dự toán, quyết toán ngân sách của Trung tâm (thường xuyên).',
    '2.5. Rà soát, sửa đổi Quy chế chi tiêu nội bộ của Trung tâm (Quý I/2027).',
    'III. PHÂN CÔNG THỰC HIỆN',
    '1. Phòng Tổ chức - Hành chính: chủ trì tổ chức tuyên truyền, phổ biến pháp luật về PCTNTC cho viên chức và quản trị chuyên mục PCTNTC trên Trang thông tin điện tử của Trung tâm; kiểm tra việc chấp hành nội quy, kỷ luật lao động tại các khoa, phòng.',
    '2. Phòng Tài chính - Kế toán: chủ trì công khai dự toán, quyết toán ngân sách, rà soát, sửa đổi Quy chế chi tiêu nội bộ.',
    '3. Trưởng các khoa, phòng: quản lý viên chức, người lao động thực hiện Quy tắc ứng xử, nội quy, kỷ luật lao động; kịp thời phản ánh với Giám đốc các biểu hiện tham nhũng, tiêu cực, phát hiện qua đường dây nóng.',
  ]);
  expect(roles(outline)).toEqual([
    ['II.1.1', ['Phòng Tổ chức - Hành chính'], []],
    ['II.1.2', ['Phòng Tổ chức - Hành chính'], []],
    ['II.2.1', ['các khoa, phòng'], []],
    ['II.2.2', ['Phòng Tổ chức - Hành chính'], []],
    ['II.2.3', ['các khoa, phòng'], []],
    ['II.2.4', ['Phòng Tài chính - Kế toán'], []],
    ['II.2.5', ['Phòng Tài chính - Kế toán'], []],
  ]);
});

test('điểm "a)" viết "tên việc: nội dung" giữ tên việc trước dấu hai chấm làm lời của nó; vế giống hai nhiệm vụ như nhau thì không giao, chỉ báo nghi vấn', () => {
  const outline = plainTypedPlan([
    ...HEADER,
    '1. Cải cách hành chính',
    'a) Thanh toán không dùng tiền mặt trong các khoản chi của cơ quan: chi trả lương, phụ cấp qua tài khoản. Thực hiện thường xuyên.',
    '2. Công khai, minh bạch',
    'a) Công khai việc mua sắm tài sản công của cơ quan theo quy định. Thực hiện thường xuyên.',
    'b) Công khai quyết toán tài sản công của cơ quan theo quy định. Thực hiện thường xuyên.',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Văn phòng Sở: chủ trì thanh toán không dùng tiền mặt; công khai tài sản công của cơ quan.',
  ]);
  expect(roles(outline)).toEqual([
    ['II.1.a.1', ['Văn phòng Sở'], []],
    ['II.2.a.1', [], []],
    ['II.2.b.1', [], []],
  ]);
  expect(outline.doubts.map((d) => d.vi)).toContainEqual(expect.stringContaining('"công khai tài sản công của cơ quan" cho Văn phòng Sở nhưng không rõ là nhiệm vụ nào (II.2.a.1, II.2.b.1)'));
});

test('"Đề nghị Công đoàn Công ty: phối hợp …; giám sát …": đoàn thể ngoài bộ máy được đề nghị chứ không được giao, nên chỉ phối hợp trong việc nó được nhắc; tên không mang chữ "Đề nghị"', () => {
  const outline = plainTypedPlan([
    'CÔNG TY TNHH MTV KHAI THÁC CÔNG TRÌNH THỦY LỢI',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
    'II. NỘI DUNG',
    '1. Công khai, minh bạch',
    'a) Công khai, minh bạch trong công tác tổ chức, cán bộ; thực hiện Quy chế dân chủ ở cơ sở tại nơi làm việc; tổ chức Hội nghị người lao động năm 2027 trong quý I/2027.',
    'b) Công khai báo cáo tài chính năm 2026 đã được kiểm toán trên trang thông tin điện tử của Công ty trước ngày 31/5/2027.',
    'III. TỔ CHỨC THỰC HIỆN',
    'Phòng Tổ chức - Hành chính: thực hiện công khai trong công tác tổ chức, cán bộ và tổ chức Hội nghị người lao động.',
    'Phòng Tài chính - Kế toán: chủ trì công khai báo cáo tài chính của Công ty.',
    'Đề nghị Công đoàn Công ty: phối hợp tổ chức Hội nghị người lao động năm 2027; giám sát việc thực hiện Quy chế dân chủ ở cơ sở tại nơi làm việc.',
  ]);
  expect(roles(outline)).toEqual([
    ['II.1.a.1', ['Phòng Tổ chức - Hành chính'], ['Công đoàn Công ty']],
    ['II.1.b.1', ['Phòng Tài chính - Kế toán'], []],
  ]);
});

test('nhiệm vụ không ghi đơn vị giữa các nhiệm vụ có ghi lấy đơn vị từ phần tổ chức thực hiện, kể cả khoản không có dấu hai chấm ("1. Ban Xây dựng Đảng Đảng ủy chủ trì tham mưu …"); vế nhắc lại nhiệm vụ đã có đơn vị không đổi nhiệm vụ ấy', () => {
  const outline = plainTypedPlan([
    'ĐẢNG ỦY XÃ THIỆN TÍN',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
    'II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM',
    '1. Thực hiện đồng bộ các giải pháp phòng ngừa tham nhũng, tiêu cực',
    '- Thực hiện công khai, minh bạch dự toán, quyết toán ngân sách xã theo quy định; thực hiện thường xuyên (Ủy ban nhân dân xã).',
    '- Kiểm soát chặt chẽ quyền lực trong công tác cán bộ theo Quy định số 114-QĐ/TW; thực hiện thường xuyên (Ban Xây dựng Đảng Đảng ủy chủ trì, phối hợp Ủy ban Kiểm tra Đảng ủy).',
    '- Thực hiện việc chuyển đổi vị trí công tác đối với công chức làm việc ở các vị trí liên quan đến quản lý đất đai; ban hành kế hoạch chuyển đổi vị trí công tác trong quý II.',
    '2. Nâng cao hiệu quả công tác kiểm tra, giám sát, phát hiện và xử lý tham nhũng, tiêu cực',
    '- Tiếp nhận, giải quyết kịp thời đơn thư tố cáo liên quan đến tham nhũng, tiêu cực của tổ chức đảng, đảng viên; thực hiện thường xuyên (Ủy ban Kiểm tra Đảng ủy chủ trì, phối hợp Văn phòng Đảng ủy).',
    '- Xử lý nghiêm minh tổ chức đảng, đảng viên vi phạm; kết hợp đồng bộ giữa kỷ luật đảng với kỷ luật hành chính; thực hiện thường xuyên.',
    '- Theo dõi, đôn đốc việc thực hiện các kết luận sau kiểm tra, giám sát; thực hiện thường xuyên (Ủy ban Kiểm tra Đảng ủy chủ trì, phối hợp Ủy ban nhân dân xã).',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Ban Xây dựng Đảng Đảng ủy chủ trì tham mưu thực hiện kiểm soát quyền lực trong công tác cán bộ.',
    '2. Ủy ban Kiểm tra Đảng ủy xã chủ trì tham mưu giải quyết tố cáo liên quan đến tham nhũng, tiêu cực; tham mưu Đảng ủy xem xét, xử lý kỷ luật tổ chức đảng, đảng viên vi phạm.',
    '3. Ủy ban nhân dân xã thực hiện công khai, minh bạch, chuyển đổi vị trí công tác đối với công chức thuộc thẩm quyền quản lý; xử lý kỷ luật hành chính đối với cán bộ, công chức vi phạm theo thẩm quyền.',
  ]);
  expect(roles(outline)).toEqual([
    ['II.1.1', ['Ủy ban nhân dân xã'], []],
    ['II.1.2', ['Ban Xây dựng Đảng Đảng ủy'], ['Ủy ban Kiểm tra Đảng ủy']],
    ['II.1.3', ['Ủy ban nhân dân xã'], []],
    ['II.2.1', ['Ủy ban Kiểm tra Đảng ủy'], ['Văn phòng Đảng ủy']],
    ['II.2.2', ['Ủy ban Kiểm tra Đảng ủy xã', 'Ủy ban nhân dân xã'], []],
    ['II.2.3', ['Ủy ban Kiểm tra Đảng ủy'], ['Ủy ban nhân dân xã']],
  ]);
});

test('"gạch đầu dòng thứ hai điểm b khoản 2 Mục II": "khoản" chỉ chỗ như "mục"; nơi gửi giấy tờ "(qua Phòng Tổ chức - Hành chính)" không phải nội dung nhiệm vụ', () => {
  const outline = plainTypedPlan([
    'CÔNG TY TNHH MTV KHAI THÁC CÔNG TRÌNH THỦY LỢI',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
    'II. NỘI DUNG',
    '1. Công tác lãnh đạo, chỉ đạo, tuyên truyền, phổ biến, giáo dục pháp luật về PCTN, TC',
    '- Tổ chức quán triệt Kế hoạch này đến người quản lý, người lao động toàn Công ty trong tháng 01/2027.',
    '- Các Xí nghiệp, Chi nhánh thủy lợi căn cứ Kế hoạch này xây dựng, ban hành kế hoạch công tác PCTN, TC năm 2027 của đơn vị, gửi về Công ty (qua Phòng Tổ chức - Hành chính) trước ngày 10/02/2027.',
    '- Tuyên truyền, phổ biến pháp luật về PCTN, TC cho người lao động; tổ chức ít nhất 01 buổi sinh hoạt chuyên đề trong quý II/2027.',
    '2. Thực hiện các biện pháp phòng ngừa tham nhũng, tiêu cực',
    'a) Công khai, minh bạch trong hoạt động của Công ty',
    '- Công khai báo cáo tài chính năm 2026 đã được kiểm toán trước ngày 31/5/2027.',
    '- Niêm yết công khai kế hoạch cấp nước, lịch vận hành công trình tại trụ sở đơn vị trước mỗi vụ sản xuất.',
    'III. TỔ CHỨC THỰC HIỆN',
    'Phòng Tổ chức - Hành chính: chủ trì tham mưu Giám đốc Công ty quán triệt, triển khai Kế hoạch này; tổ chức tuyên truyền, phổ biến, giáo dục pháp luật về PCTN, TC.',
    'Phòng Tài chính - Kế toán: chủ trì công khai báo cáo tài chính của Công ty.',
    'Các Xí nghiệp, Chi nhánh thủy lợi: thực hiện các nội dung được giao tại gạch đầu dòng thứ hai khoản 1 và gạch đầu dòng thứ hai điểm a khoản 2 Mục II.',
    'Đề nghị Công đoàn Công ty: phối hợp với Phòng Tổ chức - Hành chính tuyên truyền, vận động đoàn viên, người lao động thực hiện pháp luật về PCTN, TC.',
  ]);
  expect(roles(outline)).toEqual([
    ['II.1.1', ['Phòng Tổ chức - Hành chính'], []],
    ['II.1.2', ['Các Xí nghiệp, Chi nhánh thủy lợi'], []],
    ['II.1.3', ['Phòng Tổ chức - Hành chính'], ['Công đoàn Công ty']],
    ['II.2.a.1', ['Phòng Tài chính - Kế toán'], []],
    ['II.2.a.2', ['Các Xí nghiệp, Chi nhánh thủy lợi'], []],
  ]);
});

test('"là đầu mối tiếp nhận, tham mưu xử lý đơn thư …" là việc đơn vị chủ trì, "là cơ quan thường trực" thì không; "… gửi Phòng Tổ chức - Hành chính" và "thực hiện các kiến nghị … liên quan đến đơn vị" là phối hợp', () => {
  const outline = plainTypedPlan([
    'CÔNG TY TNHH MTV KHAI THÁC CÔNG TRÌNH THỦY LỢI',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
    'II. NỘI DUNG',
    '1. Chuyển đổi vị trí công tác',
    '- Rà soát danh mục vị trí công tác phải định kỳ chuyển đổi đối với người làm công tác kế toán, thủ quỹ, thủ kho; xây dựng, ban hành Kế hoạch chuyển đổi vị trí công tác năm 2027 trước ngày 31/3/2027.',
    '2. Phát hiện, xử lý tham nhũng, tiêu cực',
    '- Tiếp nhận, xem xét, giải quyết hoặc chuyển cơ quan có thẩm quyền giải quyết đơn thư phản ánh, tố cáo liên quan đến hành vi tham nhũng, tiêu cực; bảo vệ người tố cáo theo quy định.',
    '- Thực hiện nghiêm túc, đầy đủ kết luận thanh tra, kiểm tra, kiến nghị kiểm toán đối với Công ty; báo cáo kết quả thực hiện về Thanh tra tỉnh trước ngày 30/6/2027.',
    'III. TỔ CHỨC THỰC HIỆN',
    'Phòng Tổ chức - Hành chính: là cơ quan thường trực giúp Giám đốc Công ty thực hiện Kế hoạch này; chủ trì chuyển đổi vị trí công tác; là đầu mối tiếp nhận, tham mưu xử lý đơn thư phản ánh, tố cáo liên quan đến tham nhũng, tiêu cực.',
    'Phòng Tài chính - Kế toán: chủ trì tổ chức thực hiện kết luận thanh tra, kiến nghị kiểm toán đối với Công ty.',
    'Các Xí nghiệp, Chi nhánh thủy lợi: rà soát, đề xuất danh sách người lao động thuộc diện chuyển đổi vị trí công tác gửi Phòng Tổ chức - Hành chính trước ngày 15/3/2027; thực hiện các kiến nghị của kết luận thanh tra liên quan đến đơn vị.',
  ]);
  expect(roles(outline)).toEqual([
    ['II.1.1', ['Phòng Tổ chức - Hành chính'], ['Các Xí nghiệp, Chi nhánh thủy lợi']],
    ['II.2.1', ['Phòng Tổ chức - Hành chính'], []],
    ['II.2.2', ['Phòng Tài chính - Kế toán'], ['Các Xí nghiệp, Chi nhánh thủy lợi']],
  ]);
});

test('nhiệm vụ tự nêu người làm ("Người đứng đầu các phòng, Xí nghiệp, Chi nhánh thủy lợi chịu trách nhiệm …") giữ đơn vị của mình, không lấy vế giống nó ở phần tổ chức thực hiện', () => {
  const outline = plainTypedPlan([
    'CÔNG TY TNHH MTV KHAI THÁC CÔNG TRÌNH THỦY LỢI',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
    'II. NỘI DUNG',
    '1. Phát hiện, xử lý tham nhũng, tiêu cực',
    '- Tổ chức kiểm tra nội bộ việc quản lý, sử dụng vốn, tài sản tại các Xí nghiệp, Chi nhánh thủy lợi trong quý III/2027.',
    '- Người đứng đầu các phòng, Xí nghiệp, Chi nhánh thủy lợi chịu trách nhiệm khi để xảy ra tham nhũng, tiêu cực tại đơn vị mình quản lý; kịp thời báo cáo Giám đốc Công ty và xử lý nghiêm người có hành vi tham nhũng, tiêu cực.',
    'III. TỔ CHỨC THỰC HIỆN',
    'Kiểm soát viên Công ty: chủ trì tổ chức kiểm tra nội bộ tại các Xí nghiệp, Chi nhánh thủy lợi; kịp thời báo cáo Chủ tịch Công ty khi phát hiện dấu hiệu tham nhũng, tiêu cực để xử lý nghiêm.',
  ]);
  expect(roles(outline)).toEqual([
    ['II.1.1', ['Kiểm soát viên Công ty'], []],
    ['II.1.2', ['các phòng', 'Xí nghiệp, Chi nhánh thủy lợi'], []],
  ]);
});
