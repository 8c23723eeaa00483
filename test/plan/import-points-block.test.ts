/** "Giao nhiệm vụ:" cuối một mục, các dòng "- " giao từng điểm a), b), c) của mục cho đơn vị, rồi "Thời gian:" chung cho mục. */
import { PLAIN_PARAGRAPH, toDocumentModel } from '../../src/document';
import { readPlanOutline } from '../../src/plan/import/outline';
import { blockLineClauses, pointTimes } from '../../src/plan/import/points-block';

/** A prose plan from its lines: headings ("II.", "1.", "a)") bold, the rest as written. */
function prosePlan(lines: string[]) {
  return readPlanOutline(toDocumentModel(lines.map((text) => ({ ...PLAIN_PARAGRAPH, text, bold: text === text.toUpperCase() || /^([IVX]+\.|\d+\.|[a-zđ]\))\s/.test(text) })), { host: 'docx' }));
}

test('một dòng giao: vế không nêu đơn vị nối tiếp đơn vị của vế trước; lời sau tên điểm chỉ thu hẹp việc, không là đơn vị', () => {
  expect(blockLineClauses('Phòng Tổ chức cán bộ (sau đây viết tắt là Phòng TCCB) chủ trì các nội dung tại điểm a, c; phối hợp thực hiện điểm b.')).toEqual([
    'Phòng Tổ chức cán bộ chủ trì điểm a, c',
    'Phòng Tổ chức cán bộ phối hợp điểm b',
  ]);
  expect(blockLineClauses('Chi cục Kiểm lâm phối hợp thực hiện điểm b đối với nội dung tuyên truyền tại các xã miền núi.')).toEqual(['Chi cục Kiểm lâm phối hợp điểm b']);
  // "phối hợp với X thực hiện điểm a": X chủ trì điểm a ở dòng của nó; đơn vị đầu dòng phối hợp.
  expect(blockLineClauses('Phòng Hợp tác quốc tế chủ trì điểm d; phối hợp với Văn phòng Sở thực hiện điểm a đối với các dự án ODA.')).toEqual([
    'Phòng Hợp tác quốc tế chủ trì điểm d',
    'Phòng Hợp tác quốc tế phối hợp điểm a',
  ]);
});

test('"nội dung a, b", "các điểm còn lại", "toàn bộ mục này", "tổ chức thực hiện"; dòng không nêu điểm nào hay không mở bằng đơn vị thì không phải dòng giao', () => {
  expect(blockLineClauses('Văn phòng Sở chủ trì nội dung a, b; các phòng chuyên môn tổ chức thực hiện các điểm còn lại.')).toEqual([
    'Văn phòng Sở chủ trì điểm a, b',
    'các nội dung còn lại do các phòng chuyên môn thực hiện',
  ]);
  expect(blockLineClauses('Thanh tra Sở phối hợp thực hiện toàn bộ mục này.')).toEqual(['các nội dung trên do Thanh tra Sở phối hợp']);
  expect(blockLineClauses('Tổ chức quán triệt đến toàn thể công chức, viên chức.')).toBeNull();
  expect(blockLineClauses('Tổ chức thực hiện điểm a tại đơn vị mình.')).toBeNull();
});

test('"Giao nhiệm vụ:" cuối mục giao từng điểm; các dòng "- " không thành nhiệm vụ; "Thời gian:" cho mọi điểm không tự nêu thời gian ("hoàn thành trong tháng 02/2027", ", tổ chức trong quý II/2027" là của điểm)', () => {
  const outline = prosePlan([
    'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '1. Công tác tuyên truyền, phổ biến pháp luật về phòng, chống tham nhũng',
    'a) Quán triệt Kế hoạch này đến toàn thể công chức, viên chức của Sở; hoàn thành trong tháng 02/2027.',
    'b) Tuyên truyền pháp luật về phòng, chống tham nhũng kết hợp với pháp luật về đất đai, lâm nghiệp cho người dân.',
    'c) Tổ chức 01 lớp bồi dưỡng kiến thức về kiểm soát xung đột lợi ích cho công chức quản lý, tổ chức trong quý II/2027.',
    'Giao nhiệm vụ:',
    '- Văn phòng Sở (sau đây viết tắt là VPS) chủ trì các nội dung tại điểm a, c; phối hợp thực hiện điểm b.',
    '- Chi cục Kiểm lâm chủ trì điểm b.',
    'Thời gian: Thường xuyên trong năm 2027.',
    '2. Công khai, minh bạch',
    'a) Công khai dự toán, quyết toán ngân sách của Sở theo quy định.',
    '- Niêm yết tại trụ sở Sở.',
    '- Đăng tải trên Cổng thông tin điện tử của Sở.',
    'b) Công khai kết quả tuyển dụng, bổ nhiệm công chức.',
    'Phân công thực hiện:',
    '- Phòng Kế hoạch - Tài chính chủ trì điểm a; các phòng, đơn vị thuộc Sở phối hợp thực hiện điểm a.',
    '- Văn phòng Sở chủ trì các điểm còn lại.',
    'Thời gian: Thường xuyên.',
    'III. TỔ CHỨC THỰC HIỆN',
  ]);
  expect(outline.items.map((item) => [item.id, item.lead, item.support, item.timingRaw])).toEqual([
    ['II.1.a.1', ['Văn phòng Sở'], [], 'hoàn thành trong tháng 02/2027'],
    ['II.1.b.1', ['Chi cục Kiểm lâm'], ['Văn phòng Sở'], 'Thường xuyên trong năm 2027.'],
    ['II.1.c.1', ['Văn phòng Sở'], [], 'tổ chức trong quý II/2027'],
    ['II.2.a.1', ['Phòng Kế hoạch - Tài chính'], ['các phòng, đơn vị thuộc Sở'], 'Thường xuyên.'],
    ['II.2.a.2', ['Phòng Kế hoạch - Tài chính'], ['các phòng, đơn vị thuộc Sở'], 'Thường xuyên.'],
    ['II.2.b.1', ['Văn phòng Sở'], [], 'Thường xuyên.'],
  ]);
});

test('dòng "Thời gian:" nêu riêng từng điểm ("điểm c …, các điểm còn lại …"); không nêu điểm nào thì cả dòng cho mọi điểm', () => {
  expect(Object.fromEntries(pointTimes('Điểm c hoàn thành trong quý I/2027, các điểm còn lại thực hiện thường xuyên.', ['a', 'b', 'c']))).toEqual({
    c: 'Điểm c hoàn thành trong quý I/2027',
    a: 'các điểm còn lại thực hiện thường xuyên',
    b: 'các điểm còn lại thực hiện thường xuyên',
  });
  expect(Object.fromEntries(pointTimes('Thường xuyên; riêng điểm b trước ngày 30/6/2027.', ['a', 'b']))).toEqual({ a: 'Thường xuyên', b: 'riêng điểm b trước ngày 30/6/2027' });
  expect(Object.fromEntries(pointTimes('Thường xuyên; đột xuất khi có yêu cầu.', ['a', 'b']))).toEqual({ a: 'Thường xuyên; đột xuất khi có yêu cầu.', b: 'Thường xuyên; đột xuất khi có yêu cầu.' });
});

test('"Phân công:" với "toàn bộ mục này" và "nội dung a, b"; "Thời gian:" riêng từng điểm', () => {
  const outline = prosePlan([
    'ỦY BAN NHÂN DÂN XÃ TÂN LẬP',
    'KẾ HOẠCH',
    'Phòng, chống tham nhũng, tiêu cực năm 2027',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '1. Kiểm soát xung đột lợi ích, kiểm soát tài sản, thu nhập',
    'a) Rà soát các vị trí công tác dễ phát sinh xung đột lợi ích.',
    'b) Tổ chức kê khai tài sản, thu nhập hằng năm.',
    'c) Công khai bản kê khai tài sản, thu nhập tại trụ sở.',
    'Phân công:',
    '- Văn phòng Hội đồng nhân dân và Ủy ban nhân dân chủ trì nội dung a, b.',
    '- Công an xã chủ trì điểm c.',
    '- Phòng Kinh tế phối hợp thực hiện toàn bộ mục này.',
    'Thời gian: điểm b hoàn thành trước ngày 31/12/2027, các điểm còn lại thực hiện thường xuyên.',
    'III. TỔ CHỨC THỰC HIỆN',
  ]);
  expect(outline.items.map((item) => [item.id, item.lead, item.support, item.timingRaw])).toEqual([
    ['II.1.a.1', ['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân'], ['Phòng Kinh tế'], 'các điểm còn lại thực hiện thường xuyên'],
    ['II.1.b.1', ['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân'], ['Phòng Kinh tế'], 'điểm b hoàn thành trước ngày 31/12/2027'],
    ['II.1.c.1', ['Công an xã'], ['Phòng Kinh tế'], 'các điểm còn lại thực hiện thường xuyên'],
  ]);
});

test('"Trách nhiệm thực hiện:" cuối mục, mỗi dòng "- Đơn vị: nhiệm vụ" giao điểm, gạch đầu dòng của điểm hay cả "mục này"; "hướng dẫn, theo dõi", "cung cấp tài liệu" là phối hợp; các dòng không thành nhiệm vụ', () => {
  expect(blockLineClauses('Văn phòng Sở: chủ trì nội dung tại gạch đầu dòng thứ nhất và thứ ba điểm a, điểm b; phối hợp Phòng Tổ chức cán bộ thực hiện điểm c;')).toEqual([
    'Văn phòng Sở chủ trì điểm a.1, a.3, điểm b',
    'Văn phòng Sở phối hợp điểm c',
  ]);
  expect(blockLineClauses('Phòng Quản lý văn hóa: hướng dẫn, theo dõi các đơn vị sự nghiệp thực hiện nội dung tại điểm c;')).toEqual(['Phòng Quản lý văn hóa phối hợp điểm c']);
  const outline = prosePlan([
    'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '1. Công tác tuyên truyền, phổ biến pháp luật về phòng, chống tham nhũng',
    'a) Tổ chức hội nghị quán triệt Luật Phòng, chống tham nhũng cho công chức, viên chức, người lao động trong năm 2027.',
    'b) Duy trì chuyên mục "Phòng, chống tham nhũng, tiêu cực" trên Trang thông tin điện tử của Sở.',
    'Trách nhiệm thực hiện:',
    '- Thanh tra Sở: chủ trì nội dung tại điểm a; cung cấp văn bản, tài liệu để Văn phòng Sở đăng tải theo điểm b;',
    '- Văn phòng Sở: chủ trì nội dung tại điểm b;',
    '- Các đơn vị sự nghiệp trực thuộc: thực hiện điểm a đối với đơn vị mình.',
    '2. Thực hiện các biện pháp phòng ngừa tham nhũng, tiêu cực',
    'a) Công khai, minh bạch trong tổ chức và hoạt động:',
    '- Công khai dự toán, quyết toán ngân sách theo Thông tư số 61/2017/TT-BTC.',
    '- Công khai thủ tục hành chính trên Cổng Dịch vụ công và tại Bộ phận Một cửa.',
    'b) Kiểm soát xung đột lợi ích:',
    '- Rà soát, nhận diện xung đột lợi ích khi phân công thẩm định, cấp giấy phép.',
    'Trách nhiệm thực hiện:',
    '- Văn phòng Sở: chủ trì nội dung tại gạch đầu dòng thứ nhất điểm a;',
    '- Phòng Quản lý văn hóa: chủ trì gạch đầu dòng thứ hai điểm a;',
    '- Thanh tra Sở: chủ trì nội dung tại điểm b;',
    '- Các đơn vị sự nghiệp trực thuộc: thực hiện các nội dung tại mục này đối với đơn vị mình.',
    'III. TỔ CHỨC THỰC HIỆN',
  ]);
  expect(outline.items.map((item) => [item.id, item.lead, item.support])).toEqual([
    ['II.1.a.1', ['Thanh tra Sở', 'Các đơn vị sự nghiệp trực thuộc'], []],
    ['II.1.b.1', ['Văn phòng Sở'], ['Thanh tra Sở']],
    ['II.2.a.1', ['Văn phòng Sở', 'Các đơn vị sự nghiệp trực thuộc'], []],
    ['II.2.a.2', ['Phòng Quản lý văn hóa', 'Các đơn vị sự nghiệp trực thuộc'], []],
    ['II.2.b.1', ['Thanh tra Sở', 'Các đơn vị sự nghiệp trực thuộc'], []],
  ]);
});
