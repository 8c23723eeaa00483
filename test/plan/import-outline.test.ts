/** Đọc kế hoạch viết dạng văn xuôi: 26 nhiệm vụ của kế hoạch 2023, đúng mã, đơn vị và thời gian như đã viết. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PLAIN_PARAGRAPH, toDocumentModel } from '../../src/document';
import type { RawParagraph } from '../../src/document/model';
import { plan2023 } from '../../src/plan';
import { readPlanOutline } from '../../src/plan/import/outline';

/** The seed's Markdown as a document: one paragraph per line, "**...**" bold, emphasis marks removed. */
function seedDocument() {
  const md = readFileSync(path.join(__dirname, '../fixtures/plans/ke-hoach-pctn-2023-so-noi-vu-quang-ngai.md'), 'utf8');
  const raws: RawParagraph[] = md
    .split('\n')
    .map((line) => line.replace(/^#+\s*/, '').trim())
    .filter((line) => line !== '' && !/^\|/.test(line))
    .map((line) => ({ ...PLAIN_PARAGRAPH, text: line.replace(/\*\*|\*/g, '').trim(), bold: /^\*\*.*\*\*$/.test(line) }));
  return toDocumentModel(raws, { host: 'docx', name: 'ke-hoach-2023.docx' });
}

describe('kế hoạch 2023 (văn xuôi)', () => {
  const outline = readPlanOutline(seedDocument());

  test('đúng 26 nhiệm vụ, đúng mã theo plan-items.md', () => {
    expect(outline.items.map((i) => i.id)).toEqual(plan2023.items.map((i) => i.id));
  });

  test('mỗi nhiệm vụ mở đầu bằng đúng nội dung của kế hoạch', () => {
    for (const item of outline.items) {
      const builtIn = plan2023.items.find((i) => i.id === item.id)!;
      expect([item.id, item.text.slice(0, 40)]).toEqual([item.id, builtIn.text.slice(0, 40)]);
    }
  });

  test('khối "+ Đơn vị thực hiện / + Thời gian thực hiện" áp cho mọi gạch đầu dòng từ khối trước', () => {
    const byId = new Map(outline.items.map((i) => [i.id, i]));
    for (const id of ['II.3.c.1', 'II.3.c.2', 'II.3.c.3']) {
      expect(byId.get(id)!.unitsRaw).toBe('Văn phòng Sở, Thanh tra Sở, các phòng chuyên môn và các đơn vị trực thuộc.');
      expect(byId.get(id)!.timingRaw).toBe('Thường xuyên.');
    }
    expect(byId.get('II.3.đ.2')).toMatchObject({ unitsRaw: 'Phòng công chức, viên chức.', timingRaw: 'Quý I/2023.' });
    expect(byId.get('II.3.h.1')!.text).toMatch(/^Tổ chức thực hiện tốt công tác theo dõi, đôn đốc, kiểm tra thực hiện kết luận thanh tra/);
  });

  test('nghi ngờ được nêu rõ: II.1.2 không có dòng đơn vị, đơn vị đọc từ câu nhiệm vụ; II.1.1 không nêu đơn vị nào', () => {
    expect(outline.doubts.filter((d) => d.item === 'II.1.2').map((d) => d.vi)).toContainEqual(expect.stringMatching(/đơn vị đọc từ câu nhiệm vụ: các đơn vị trực thuộc Sở/));
    expect(outline.items.find((i) => i.id === 'II.1.1')!.lead).toEqual([]);
    expect(outline.doubts.every((d) => d.en.length > 0)).toBe(true);
  });

  test('phần "Tổ chức thực hiện" được giữ lại để đọc lịch báo cáo', () => {
    expect(outline.organisation.some((p) => /trước ngày 05\/3 đối với báo cáo quý I/.test(p.text))).toBe(true);
  });

  test('đơn vị chủ trì và phối hợp: số đơn vị mỗi vai đúng như kế hoạch ở ít nhất 90% nhiệm vụ có dòng đơn vị', () => {
    const withLine = outline.items.filter((i) => i.unitsRaw !== null);
    const right = withLine.filter((item) => {
      const builtIn = plan2023.items.find((i) => i.id === item.id)!;
      return item.lead.length === builtIn.lead.length && item.support.length === builtIn.support.length;
    });
    expect(withLine.length).toBe(24);
    expect(right.length / withLine.length).toBeGreaterThanOrEqual(0.9);
    expect(outline.items.find((i) => i.id === 'II.3.b.2')).toMatchObject({ lead: ['Thanh tra Sở'], support: ['Văn phòng Sở'] });
  });
});

test('thời gian nói ngay trong câu nhiệm vụ (không có dòng "Thời gian thực hiện"): đọc ra, kèm một điểm cần xem lại', () => {
  const lines = [
    'SỞ Y TẾ TỈNH ĐỒNG THÁP',
    'Số: 168/KH-SYT',
    'KẾ HOẠCH',
    'Phòng, chống tham nhũng, tiêu cực năm 2026',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '1. Công tác lãnh đạo, chỉ đạo',
    '- Thủ trưởng các đơn vị sự nghiệp trực thuộc Sở xây dựng, ban hành kế hoạch PCTNTC năm 2026 của đơn vị, gửi về Sở (qua Văn phòng Sở) trước ngày 15/02/2026.',
    '- Văn phòng Sở chủ trì, phối hợp với Phòng Tổ chức cán bộ tham mưu Giám đốc Sở tự đánh giá công tác PCTNTC năm 2026 trong quý IV/2026; cung cấp tài liệu khi có yêu cầu.',
    '- Phòng Tổ chức cán bộ tổng hợp kết quả xử lý trách nhiệm người đứng đầu, báo cáo Giám đốc Sở định kỳ 6 tháng, năm.',
    '- Văn phòng Sở phối hợp với các đoàn thanh tra, kiểm tra khi có yêu cầu.',
    '- Các khoa, phòng xây dựng kế hoạch của đơn vị mình, hoàn thành trước ngày 31/01/2026 và gửi về Sở (qua Văn phòng Sở).',
    'III. TỔ CHỨC THỰC HIỆN',
  ];
  const model = toDocumentModel(lines.map((text) => ({ ...PLAIN_PARAGRAPH, text, bold: text === text.toUpperCase() || /^(II|III)\.|^1\./.test(text) })), { host: 'docx' });
  const outline = readPlanOutline(model);
  expect(outline.items.map((item) => item.timingRaw)).toEqual(['trước ngày 15/02/2026', 'trong quý IV/2026', 'định kỳ 6 tháng, năm', 'khi có yêu cầu', 'hoàn thành trước ngày 31/01/2026']);
  expect(outline.items.map((item) => item.timing?.[0]?.kind)).toEqual(['deadline', 'quarter', 'periodicReport', 'onRequest', 'deadline']);
  expect(outline.doubts.filter((d) => d.vi.includes('thời gian đọc từ câu nhiệm vụ'))).toHaveLength(5);
});

test('thời gian trong câu giữ đủ chữ của nó: ai được yêu cầu giải trình theo luật, tần suất "mỗi quý ít nhất 01 lần", chuỗi kỳ báo cáo kèm "đột xuất", "theo thời hạn quy định", "việc kê khai hằng năm hoàn thành trước ngày …", kế hoạch riêng mà việc theo ("theo Kế hoạch cải cách hành chính …", không phải "theo kế hoạch đã ban hành")', () => {
  const lines = [
    'SỞ TƯ PHÁP TỈNH HÀ TĨNH',
    'Số: 21/KH-STP',
    'KẾ HOẠCH',
    'Phòng, chống tham nhũng, tiêu cực năm 2026',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '1. Công tác lãnh đạo, chỉ đạo',
    '- Thực hiện trách nhiệm giải trình về việc thực hiện nhiệm vụ, quyền hạn được giao theo Nghị định số 59/2019/NĐ-CP khi có yêu cầu của cơ quan, tổ chức, cá nhân.',
    '- Phòng Tổ chức cán bộ tiếp nhận đề nghị giải trình khi có yêu cầu của viên chức, người học và tổ chức, cá nhân có liên quan.',
    '- Kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính tại các phòng, đơn vị thuộc Sở; mỗi quý ít nhất 01 lần.',
    '- Văn phòng Sở tổng hợp kết quả, tham mưu báo cáo định kỳ quý, 6 tháng, năm và đột xuất theo yêu cầu của cấp có thẩm quyền.',
    '- Công khai dự toán, quyết toán ngân sách của Sở. Văn phòng Sở và các đơn vị sự nghiệp trực thuộc Sở thực hiện theo thời hạn quy định.',
    '- Tổ chức kê khai, công khai bản kê khai tài sản, thu nhập theo Nghị định số 130/2020/NĐ-CP; việc kê khai hằng năm hoàn thành trước ngày 31/12/2026.',
    '- Thực hiện Kế hoạch cải cách hành chính năm 2026 của Sở. Văn phòng Sở chủ trì, phối hợp với các phòng chuyên môn thực hiện theo Kế hoạch cải cách hành chính năm 2026 của Sở.',
    '- Rà soát, sửa đổi quy chế chi tiêu nội bộ của Sở theo kế hoạch đã ban hành.',
    'III. TỔ CHỨC THỰC HIỆN',
  ];
  const model = toDocumentModel(lines.map((text) => ({ ...PLAIN_PARAGRAPH, text, bold: text === text.toUpperCase() || /^(II|III)\.|^1\./.test(text) })), { host: 'docx' });
  const outline = readPlanOutline(model);
  expect(outline.items.map((item) => item.timingRaw)).toEqual([
    'khi có yêu cầu của cơ quan, tổ chức, cá nhân',
    'khi có yêu cầu',
    'mỗi quý ít nhất 01 lần',
    'định kỳ quý, 6 tháng, năm và đột xuất theo yêu cầu',
    'theo thời hạn quy định',
    'việc kê khai hằng năm hoàn thành trước ngày 31/12/2026',
    'theo Kế hoạch cải cách hành chính năm 2026 của Sở',
    null,
  ]);
  expect(outline.items.map((item) => item.timing?.[0]?.kind)).toEqual(['onRequest', 'onRequest', 'recurring', 'periodicReport', 'unstated', 'deadline', 'followsPlan', undefined]);
});

test('"đúng thời hạn quy định" là thời gian của nhiệm vụ khi câu không nói thời gian nào khác; có "trong quý II" thì lấy quý II', () => {
  const lines = [
    'ỦY BAN NHÂN DÂN XÃ LONG PHÚ',
    'Số: 07/KH-UBND',
    'KẾ HOẠCH',
    'Phòng, chống tham nhũng, tiêu cực năm 2027',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '1. Công khai, minh bạch',
    '- Công khai dự toán, tình hình thực hiện dự toán và quyết toán ngân sách xã theo Thông tư số 343/2016/TT-BTC ngày 30/12/2016 của Bộ Tài chính, đúng thời hạn quy định; công khai việc huy động, sử dụng các khoản đóng góp của Nhân dân.',
    '- Công khai kế hoạch sử dụng đất trong quý II năm 2027, đúng thời hạn quy định.',
    'III. TỔ CHỨC THỰC HIỆN',
  ];
  const model = toDocumentModel(lines.map((text) => ({ ...PLAIN_PARAGRAPH, text, bold: text === text.toUpperCase() || /^(II|III)\.|^1\./.test(text) })), { host: 'docx' });
  const outline = readPlanOutline(model);
  expect(outline.items.map((item) => item.timingRaw)).toEqual(['đúng thời hạn quy định', 'trong quý II năm 2027']);
  expect(outline.items.map((item) => item.timing?.[0]?.kind)).toEqual(['unstated', 'quarter']);
});

test('"báo cáo kết quả thực hiện theo yêu cầu của cơ quan ban hành kết luận": thời gian là khi cơ quan đã kết luận yêu cầu; "theo yêu cầu của cơ quan có thẩm quyền" giữa câu thì không', () => {
  const lines = [
    'SỞ TƯ PHÁP TỈNH LÂM ĐỒNG',
    'Số: 18/KH-STP',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '3. Phát hiện, xử lý tham nhũng, tiêu cực',
    '3.4. Theo dõi, đôn đốc thực hiện các kết luận thanh tra, kiểm tra, kiểm toán đối với Sở Tư pháp; báo cáo kết quả thực hiện theo yêu cầu của cơ quan ban hành kết luận.',
    '3.5. Cung cấp hồ sơ, tài liệu theo yêu cầu của cơ quan có thẩm quyền trong việc xác minh vụ việc.',
    'III. TỔ CHỨC THỰC HIỆN',
  ];
  const model = toDocumentModel(lines.map((text) => ({ ...PLAIN_PARAGRAPH, text, bold: text === text.toUpperCase() || /^(II|III)\.|^3\.\s/.test(text) })), { host: 'docx' });
  expect(readPlanOutline(model).items.map((item) => [item.id, item.timingRaw])).toEqual([
    ['II.3.4', 'theo yêu cầu của cơ quan ban hành kết luận'],
    ['II.3.5', null],
  ]);
});

test('kế hoạch trộn: nhiệm vụ văn xuôi và một bảng nhiệm vụ đặt dưới đề mục "3." (nhóm a), b), số thứ tự lại từ 1)', () => {
  const raws: RawParagraph[] = [];
  const line = (text: string, bold = false) => raws.push({ ...PLAIN_PARAGRAPH, text, bold });
  const row = (table: number, r: number, cells: string[]) => cells.forEach((text, cell) => raws.push({ ...PLAIN_PARAGRAPH, text, bold: r === 0, table: { table, row: r, cell, depth: 1 } }));
  line('SỞ TÀI CHÍNH', true);
  line('Số: 18/KH-STC');
  line('KẾ HOẠCH', true);
  line('Phòng, chống tham nhũng, tiêu cực năm 2026', true);
  line('II. NHIỆM VỤ, GIẢI PHÁP', true);
  line('1. Công tác lãnh đạo, chỉ đạo', true);
  line('- Quán triệt Kế hoạch này đến toàn thể công chức của Sở (Văn phòng Sở chủ trì; các phòng chuyên môn phối hợp; hoàn thành trong Quý I/2026).');
  line('3. Thực hiện các giải pháp phòng ngừa tham nhũng, tiêu cực', true);
  line('Nhiệm vụ cụ thể, đơn vị chủ trì, phối hợp, thời gian và sản phẩm theo bảng sau:');
  row(1, 0, ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian', 'Sản phẩm']);
  row(1, 1, ['a)', 'Công khai, minh bạch trong hoạt động của cơ quan, đơn vị', '', '', '', '']);
  row(1, 2, ['1', 'Công khai dự toán, quyết toán ngân sách của Sở.', 'Văn phòng Sở', 'Phòng Quản lý ngân sách', 'Định kỳ quý, 6 tháng, năm', 'Quyết định công khai']);
  row(1, 3, ['b)', 'Xây dựng và thực hiện định mức, tiêu chuẩn, chế độ', '', '', '', '']);
  row(1, 4, ['1', 'Rà soát Quy chế chi tiêu nội bộ của Sở.', 'Văn phòng Sở', '', 'Quý I/2026', 'Quy chế sửa đổi']);
  row(1, 5, ['2', 'Kiểm tra việc chấp hành chế độ, định mức tại 03 đơn vị trực thuộc.', 'Phòng Tài chính hành chính sự nghiệp', 'Văn phòng Sở', 'Quý III/2026', 'Kết luận kiểm tra']);
  line('III. TỔ CHỨC THỰC HIỆN', true);
  const outline = readPlanOutline(toDocumentModel(raws, { host: 'docx' }));
  expect(outline.items.map((item) => item.id)).toEqual(['II.1.1', 'II.3.a.1', 'II.3.b.1', 'II.3.b.2']);
  expect(outline.items[0]).toMatchObject({ lead: ['Văn phòng Sở'], support: ['các phòng chuyên môn'], timingRaw: 'hoàn thành trong Quý I/2026' });
  expect(outline.items[3]).toMatchObject({ lead: ['Phòng Tài chính hành chính sự nghiệp'], support: ['Văn phòng Sở'], timingRaw: 'Quý III/2026' });
  expect(outline.headings.map((h) => h.id)).toEqual(expect.arrayContaining(['II.3', 'II.3.a', 'II.3.b']));
});

test('thời gian ở câu cuối ("Thực hiện thường xuyên.") hay trong ngoặc cuối ("(thực hiện trong năm 2026)")', () => {
  const lines = [
    'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
    'Số: 21/KH-SKHCN',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2026',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '1. Công tác lãnh đạo, chỉ đạo',
    '- Trưởng các phòng chuyên môn chịu trách nhiệm trước Giám đốc Sở về công tác PCTNTC tại phòng mình phụ trách. Thực hiện thường xuyên.',
    '- Phòng KH-TC chủ trì, phối hợp với Văn phòng Sở theo dõi, quản lý tài sản hình thành từ nhiệm vụ khoa học và công nghệ (thực hiện trong năm 2026).',
    '- Tổ chức hội nghị phổ biến pháp luật (Hoàn thành trong tháng 3/2026).',
    'III. TỔ CHỨC THỰC HIỆN',
  ];
  const model = toDocumentModel(lines.map((text) => ({ ...PLAIN_PARAGRAPH, text, bold: text === text.toUpperCase() || /^(II|III)\.|^1\./.test(text) })), { host: 'docx' });
  const outline = readPlanOutline(model);
  expect(outline.items.map((item) => item.timingRaw)).toEqual(['Thực hiện thường xuyên', 'thực hiện trong năm 2026', 'Hoàn thành trong tháng 3/2026']);
  expect(outline.items.map((item) => item.timing?.[0]?.kind)).toEqual(['recurring', 'recurring', 'deadline']);
});

/** A prose plan from its lines: headings ("II.", "1.", "a)") bold, the rest as written. */
function prosePlan(lines: string[]) {
  return readPlanOutline(toDocumentModel(lines.map((text) => ({ ...PLAIN_PARAGRAPH, text, bold: text === text.toUpperCase() || /^([IVX]+\.|\d+\.|[a-zđ]\))\s/.test(text) })), { host: 'docx' }));
}

test('dòng "Cơ quan chủ trì: ...; Cơ quan phối hợp: ...; Thời gian: ..." tách ra đơn vị và thời gian, áp cho các gạch đầu dòng trên nó', () => {
  const outline = prosePlan([
    'BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG TỈNH',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2026',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '3. Thực hiện các giải pháp phòng ngừa tham nhũng, tiêu cực',
    'đ) Chuyển đổi vị trí công tác',
    '- Xây dựng, ban hành Kế hoạch chuyển đổi vị trí công tác năm 2026 đối với viên chức làm công tác kế toán, lựa chọn nhà thầu.',
    '- Tổ chức thực hiện việc chuyển đổi vị trí công tác theo kế hoạch đã ban hành.',
    'Cơ quan chủ trì: Phòng Tổ chức - Hành chính; Cơ quan phối hợp: các phòng chuyên môn, nghiệp vụ; Thời gian: ban hành kế hoạch trong tháng 02/2026; thực hiện chuyển đổi trước ngày 30/9/2026.',
    'III. TỔ CHỨC THỰC HIỆN',
  ]);
  expect(outline.items.map((item) => item.id)).toEqual(['II.3.đ.1', 'II.3.đ.2']);
  for (const item of outline.items) {
    expect(item).toMatchObject({ lead: ['Phòng Tổ chức - Hành chính'], support: ['các phòng chuyên môn, nghiệp vụ'], timingRaw: 'ban hành kế hoạch trong tháng 02/2026; thực hiện chuyển đổi trước ngày 30/9/2026.' });
    expect(item.timing?.map((part) => part.kind)).toEqual(['deadline', 'deadline']);
  }
});

test('thời gian là câu cuối của nhiệm vụ ("Năm 2026.") hay phần cuối của ngoặc đơn vị ("(Phòng KH-TC thực hiện, thường xuyên)")', () => {
  const outline = prosePlan([
    'BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG TỈNH',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2026',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '3. Thực hiện các giải pháp phòng ngừa tham nhũng, tiêu cực',
    'g) Cải cách hành chính, chuyển đổi số',
    '- Phòng Tổ chức - Hành chính chủ trì, phối hợp với các phòng chuyên môn, nghiệp vụ đẩy mạnh ứng dụng công nghệ thông tin trong quản lý, điều hành. Năm 2026.',
    '- Thực hiện thanh toán không dùng tiền mặt đối với việc chi trả tiền lương (Phòng Kế hoạch - Tài chính thực hiện, thường xuyên).',
    '- Thu phí, lệ phí bằng phương thức thanh toán không dùng tiền mặt (Phòng Kế hoạch - Tài chính, các Chi cục và các đơn vị sự nghiệp có thu phí, lệ phí; thường xuyên).',
    '- Tổ chức hội nghị tổng kết năm 2026.',
    'III. TỔ CHỨC THỰC HIỆN',
  ]);
  expect(outline.items.map((item) => item.timingRaw)).toEqual(['Năm 2026', 'thường xuyên', 'thường xuyên', null]);
  expect(outline.items[1]).toMatchObject({ lead: ['Phòng Kế hoạch - Tài chính'] });
});

test('phần "III. CHẾ ĐỘ BÁO CÁO" riêng, sau "II. TỔ CHỨC THỰC HIỆN": lịch báo cáo đọc từ cả hai', () => {
  const outline = prosePlan([
    'ỦY BAN NHÂN DÂN XÃ TAM ĐƯỜNG',
    'KẾ HOẠCH',
    'Phòng, chống tham nhũng, tiêu cực năm 2026',
    'I. NHIỆM VỤ, GIẢI PHÁP',
    '1. Công tác lãnh đạo, chỉ đạo',
    '- Quán triệt Kế hoạch này đến toàn thể cán bộ, công chức (Văn phòng chủ trì; Quý I/2026).',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Văn phòng HĐND và UBND xã theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch.',
    'III. CHẾ ĐỘ BÁO CÁO',
    '1. Các cơ quan, đơn vị báo cáo kết quả gửi UBND xã (qua Văn phòng): báo cáo 6 tháng gửi trước ngày 05/6/2026; báo cáo năm gửi trước ngày 05/12/2026.',
  ]);
  expect(outline.organisation.map((p) => p.text)).toHaveLength(2);
  expect(outline.schedule?.receiver).toBe('Văn phòng');
  expect(outline.schedule?.periods.map((p) => p.code)).toEqual(['H1', 'Y']);
});

test('"+ Nội dung: ..." rồi "+ Đơn vị thực hiện: ..." và "+ Thời gian: ...": mỗi khối một nhiệm vụ, không cần gạch đầu dòng ở trên', () => {
  const outline = prosePlan([
    'TRUNG TÂM Y TẾ KHU VỰC GIÁ RAI',
    'KẾ HOẠCH',
    'Phòng, chống tham nhũng, tiêu cực năm 2026',
    'II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM',
    '3. Thực hiện các giải pháp phòng ngừa tham nhũng, tiêu cực',
    'a) Công khai, minh bạch trong hoạt động của Trung tâm',
    '+ Nội dung: Công khai dự toán ngân sách, tình hình thực hiện dự toán, quyết toán ngân sách.',
    '+ Đơn vị thực hiện: Phòng Tài chính - Kế toán.',
    '+ Thời gian: Định kỳ quý, 6 tháng, năm.',
    '+ Nội dung: Niêm yết công khai giá dịch vụ khám bệnh, chữa bệnh, giá thuốc, vật tư y tế.',
    '+ Đơn vị thực hiện: Phòng Kế hoạch - Nghiệp vụ chủ trì; Khoa Dược - Trang thiết bị - Vật tư y tế phối hợp.',
    '+ Thời gian: Thường xuyên.',
    'III. TỔ CHỨC THỰC HIỆN',
  ]);
  expect(outline.items.map((item) => [item.id, item.text.slice(0, 25), item.lead, item.support, item.timingRaw])).toEqual([
    ['II.3.a.1', 'Công khai dự toán ngân sá', ['Phòng Tài chính - Kế toán'], [], 'Định kỳ quý, 6 tháng, năm.'],
    ['II.3.a.2', 'Niêm yết công khai giá dị', ['Phòng Kế hoạch - Nghiệp vụ'], ['Khoa Dược - Trang thiết bị - Vật tư y tế'], 'Thường xuyên.'],
  ]);
});

test('không có dòng thời gian: trạng từ trong câu ("thường xuyên", "hằng quý") là thời gian, kèm một điểm cần xem lại', () => {
  const outline = prosePlan([
    'SỞ Y TẾ',
    'KẾ HOẠCH',
    'Phòng, chống tham nhũng, tiêu cực năm 2026',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '2. Công tác tuyên truyền',
    '- Phòng Kế hoạch - Nghiệp vụ thường xuyên cập nhật văn bản, tin bài về PCTN, TC lên Trang thông tin điện tử của Trung tâm.',
    '- Phòng Nghiệp vụ Y khảo sát sự hài lòng của người bệnh hằng quý.',
    '- Phòng Tổ chức cán bộ rà soát danh mục vị trí việc làm của cơ quan Sở.',
    'III. TỔ CHỨC THỰC HIỆN',
  ]);
  expect(outline.items.map((item) => item.timingRaw)).toEqual(['thường xuyên', 'hằng quý', null]);
  expect(outline.items.map((item) => item.timing?.[0]?.kind ?? null)).toEqual(['recurring', 'recurring', null]);
  expect(outline.doubts.filter((d) => d.vi.includes('thời gian đọc từ câu nhiệm vụ')).map((d) => d.item)).toEqual(['II.2.1', 'II.2.2']);
});

test('thời gian trong câu kể nhiều quý ("trong Quý II/2026 và Quý IV/2026") hoặc có năm sau "ít nhất 01 lần trong năm": đọc đủ', () => {
  const outline = prosePlan([
    'ỦY BAN NHÂN DÂN XÃ HÒA AN',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2026',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '3. Các biện pháp phòng ngừa',
    '- Phòng Văn hóa - Xã hội chủ trì, phối hợp với Văn phòng kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính tại các cơ quan, đơn vị thuộc UBND xã trong Quý II/2026 và Quý IV/2026.',
    '- Các cơ quan, đơn vị thuộc UBND xã chủ động tự kiểm tra nội bộ ít nhất 01 lần trong năm 2026 để kịp thời phát hiện sai phạm.',
    'III. TỔ CHỨC THỰC HIỆN',
  ]);
  expect(outline.items.map((item) => item.timingRaw)).toEqual(['trong Quý II/2026 và Quý IV/2026', 'ít nhất 01 lần trong năm 2026']);
});

test('câu cuối "Thời gian thực hiện: ...; ..." của nhiệm vụ: đọc cả câu, kể cả vế sau dấu chấm phẩy', () => {
  const outline = prosePlan([
    'BỆNH VIỆN ĐA KHOA TỈNH',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2026',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '1. Công tác lãnh đạo, chỉ đạo',
    '- Phòng Tổ chức cán bộ tham mưu Giám đốc ban hành Kế hoạch này; theo dõi, đôn đốc việc thực hiện. Thời gian thực hiện: ban hành trong tháng 01/2026; theo dõi, đôn đốc thường xuyên.',
    '- Phòng Tài chính kế toán công khai dự toán ngân sách năm 2026. Thời gian: Quý I/2026; Đơn vị phối hợp: Phòng Hành chính quản trị.',
    'III. TỔ CHỨC THỰC HIỆN',
  ]);
  expect(outline.items.map((item) => item.timingRaw)).toEqual(['ban hành trong tháng 01/2026; theo dõi, đôn đốc thường xuyên', 'Quý I/2026']);
});

test('thời gian trong câu: "theo Kế hoạch thanh tra năm 2025", "trong năm học 2024-2025 và năm học 2025-2026"; "Giáo dục thường xuyên" trong tên không phải thời gian', () => {
  const outline = prosePlan([
    'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2025',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '3. Các biện pháp phòng ngừa',
    '- Phòng Kế hoạch - Tài chính kiểm tra việc thực hiện chế độ, định mức tại một số đơn vị trực thuộc, theo Kế hoạch kiểm tra công tác tài chính năm 2025 của Sở.',
    '- Các trường lồng ghép nội dung giáo dục liêm chính trong năm học 2024-2025 và năm học 2025-2026.',
    '- Hiệu trưởng các trường báo cáo kết quả về Sở (qua Phòng Giáo dục Trung học - Giáo dục thường xuyên).',
    'III. TỔ CHỨC THỰC HIỆN',
  ]);
  expect(outline.items.map((item) => item.timingRaw)).toEqual(['theo Kế hoạch kiểm tra công tác tài chính năm 2025 của Sở', 'trong năm học 2024-2025 và năm học 2025-2026', null]);
});

test('thời gian trong ngoặc cuối nhiệm vụ: "thực hiện khi phát sinh", "ban hành trong Quý I/2025, hoàn thành ... trước ngày 31/12/2025", cả khi ngoặc có ngoặc lồng', () => {
  const outline = prosePlan([
    'BỆNH VIỆN ĐA KHOA TỈNH',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2025',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '6. Kiểm soát tài sản, thu nhập',
    '- Tổ chức kê khai lần đầu đối với người được tuyển dụng, bổ nhiệm. (Phòng TCCB chủ trì; thực hiện khi phát sinh)',
    '- Xây dựng Kế hoạch chuyển đổi vị trí công tác năm 2025. (Phòng Tổ chức cán bộ (Phòng TCCB) chủ trì; Phòng TCKT phối hợp; ban hành trong Quý I/2025, hoàn thành việc chuyển đổi trước ngày 31/12/2025)',
    'III. TỔ CHỨC THỰC HIỆN',
  ]);
  expect(outline.items.map((item) => item.timingRaw)).toEqual(['thực hiện khi phát sinh', 'ban hành trong Quý I/2025, hoàn thành việc chuyển đổi trước ngày 31/12/2025']);
  expect(outline.items.map((item) => item.timing?.map((part) => part.kind))).toEqual([['onRequest'], ['quarter', 'deadline']]);
});

test('đề mục "2.1.", "2.2." giữa "2." và gạch đầu dòng: mã II.2.1.1; bảng nhiệm vụ bị cắt thành từng dòng (mỗi dòng một bảng) vẫn là một bảng', () => {
  const raws: RawParagraph[] = [];
  const line = (text: string, bold = false, label?: string) => raws.push({ ...PLAIN_PARAGRAPH, text, bold, ...(label ? { listLabel: label } : {}) });
  const row = (table: number, cells: string[], bold = false) => cells.forEach((text, cell) => raws.push({ ...PLAIN_PARAGRAPH, text, bold, table: { table, row: 0, cell, depth: 1 } }));
  line('BỆNH VIỆN ĐA KHOA ĐỒNG NAI', true);
  line('KẾ HOẠCH', true);
  line('Công tác phòng, chống tham nhũng, tiêu cực năm 2026', true);
  line('II. NHIỆM VỤ, GIẢI PHÁP', true);
  line('2. Thực hiện các giải pháp phòng ngừa tham nhũng, tiêu cực', true);
  line('2.1. Công khai, minh bạch trong tổ chức và hoạt động của Bệnh viện', true);
  line('- Giao Phòng Tài chính kế toán công khai dự toán, quyết toán ngân sách. Thời gian thực hiện: Thường xuyên.');
  line('2.3. Quy tắc ứng xử, kiểm soát xung đột lợi ích', true);
  line('Các nhiệm vụ cụ thể như sau:');
  row(1, ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian'], true);
  line('');
  row(2, ['1', 'Thực hiện Quy tắc ứng xử của viên chức y tế.', 'Các khoa, phòng', 'Phòng Điều dưỡng', 'Thường xuyên']);
  line('');
  row(3, ['2', 'Kiểm soát xung đột lợi ích trong mua sắm, đấu thầu.', 'Phòng Vật tư thiết bị y tế', 'Khoa Dược', 'Khi tổ chức lựa chọn nhà thầu']);
  line('III. TỔ CHỨC THỰC HIỆN', true);
  const outline = readPlanOutline(toDocumentModel(raws, { host: 'docx' }));
  expect(outline.items.map((item) => item.id)).toEqual(['II.2.1.1', 'II.2.3.1', 'II.2.3.2']);
  expect(outline.items[2]).toMatchObject({ lead: ['Phòng Vật tư thiết bị y tế'], support: ['Khoa Dược'], timingRaw: 'Khi tổ chức lựa chọn nhà thầu' });
  expect(outline.headings.map((h) => h.id)).toEqual(expect.arrayContaining(['II.2', 'II.2.1', 'II.2.3']));
});

test('dòng "+ Phòng Kinh tế (chủ trì), Văn phòng (phối hợp). Hoàn thành trong Quý I/2026." dưới một gạch đầu dòng: đơn vị và thời gian của nó', () => {
  const outline = prosePlan([
    'ỦY BAN NHÂN DÂN XÃ YÊN MINH',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2026',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '3. Thực hiện các biện pháp phòng ngừa',
    'b) Xây dựng, thực hiện chế độ, định mức, tiêu chuẩn',
    '- Rà soát, sửa đổi, bổ sung Quy chế chi tiêu nội bộ của UBND xã năm 2026.',
    '+ Phòng Kinh tế (chủ trì), Văn phòng (phối hợp). Hoàn thành trong Quý I/2026.',
    '- Hiệu trưởng các trường học xây dựng Quy chế chi tiêu nội bộ năm học; công khai các khoản thu, chi đầu năm học.',
    '+ Thời gian: Tháng 9/2026.',
    'III. TỔ CHỨC THỰC HIỆN',
  ]);
  expect(outline.items.map((item) => [item.id, item.lead, item.support, item.timingRaw])).toEqual([
    ['II.3.b.1', ['Phòng Kinh tế'], ['Văn phòng'], 'Hoàn thành trong Quý I/2026.'],
    ['II.3.b.2', ['các trường học'], [], 'Tháng 9/2026.'],
  ]);
  expect(outline.items[0]!.text).not.toMatch(/chủ trì/);
});

test('đề mục "c) … (X chủ trì, Y phối hợp; thời gian: …):" trên các gạch đầu dòng: ngoặc của đề mục áp cho gạch không tự ghi; "a) … (…)." không có gạch là một nhiệm vụ', () => {
  const outline = prosePlan([
    'SỞ NỘI VỤ',
    'KẾ HOẠCH',
    'Phòng, chống tham nhũng, tiêu cực năm 2026',
    'II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM',
    '1. Công tác lãnh đạo, chỉ đạo; tuyên truyền, phổ biến, giáo dục pháp luật',
    'a) Quán triệt, triển khai kịp thời các văn bản về phòng, chống tham nhũng, tiêu cực đến toàn thể công chức, viên chức (Văn phòng Sở chủ trì, các phòng, chi cục, ban thuộc Sở phối hợp; thời gian: Quý I/2026).',
    'c) Tuyên truyền, phổ biến, giáo dục pháp luật về PCTNTC (Văn phòng Sở chủ trì, các phòng, chi cục, ban thuộc Sở phối hợp; thời gian: thường xuyên):',
    '- Lồng ghép phổ biến Luật Phòng, chống tham nhũng trong các cuộc họp cơ quan, sinh hoạt chi bộ.',
    '- Tổ chức 01 lớp tập huấn nghiệp vụ kê khai tài sản, thu nhập (Văn phòng Sở chủ trì, Phòng Công chức, viên chức phối hợp; thời gian: Quý II/2026).',
    'h) Phòng ngừa tham nhũng, tiêu cực trong các lĩnh vực dễ phát sinh (các phòng, chi cục, ban thuộc Sở thực hiện theo lĩnh vực được giao; thời gian: thường xuyên):',
    '- Ban Thi đua - Khen thưởng thẩm định hồ sơ đề nghị khen thưởng đúng đối tượng, tiêu chuẩn, quy trình.',
    'III. TỔ CHỨC THỰC HIỆN',
  ]);
  expect(outline.items.map((item) => item.id)).toEqual(['II.1.a.1', 'II.1.c.1', 'II.1.c.2', 'II.1.h.1']);
  const [quanTriet, longGhep, tapHuan, khenThuong] = outline.items;
  expect(quanTriet).toMatchObject({ lead: ['Văn phòng Sở'], support: ['các phòng, chi cục, ban thuộc Sở'], timingRaw: 'Quý I/2026' });
  expect(quanTriet!.text).toMatch(/^Quán triệt, triển khai kịp thời/);
  expect(longGhep).toMatchObject({ lead: ['Văn phòng Sở'], support: ['các phòng, chi cục, ban thuộc Sở'], timingRaw: 'thường xuyên' });
  expect(tapHuan).toMatchObject({ lead: ['Văn phòng Sở'], support: ['Phòng Công chức, viên chức'], timingRaw: 'Quý II/2026' });
  // The bullet that names its doer keeps it; the heading's time is still its time.
  expect(khenThuong).toMatchObject({ lead: ['Ban Thi đua - Khen thưởng'], timingRaw: 'thường xuyên' });
  expect(outline.headings.map((h) => h.title)).toContain('Tuyên truyền, phổ biến, giáo dục pháp luật về PCTNTC (Văn phòng Sở chủ trì, các phòng, chi cục, ban thuộc Sở phối hợp; thời gian: thường xuyên)');
});

test('thời gian sau dấu phẩy ở cuối câu nhiệm vụ: "…, thực hiện thường xuyên trong năm 2026." là thời gian, không phải "hằng tháng" giữa câu', () => {
  const outline = prosePlan([
    'CÔNG TY TNHH MỘT THÀNH VIÊN XỔ SỐ KIẾN THIẾT',
    'KẾ HOẠCH',
    'Phòng, chống tham nhũng, tiêu cực năm 2026',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '1. Công tác lãnh đạo, chỉ đạo',
    '- Phòng Tổ chức - Hành chính tham mưu Giám đốc Công ty quán triệt Kế hoạch này đến toàn thể người lao động; đưa nội dung PCTN, TC vào chương trình giao ban hằng tháng của Công ty, thực hiện thường xuyên trong năm 2026.',
    'III. TỔ CHỨC THỰC HIỆN',
  ]);
  expect(outline.items[0]!.timingRaw).toBe('thực hiện thường xuyên trong năm 2026');
});

test('ngoặc đơn vị và thời gian đứng riêng một đoạn sau các gạch đầu dòng: áp cho các gạch không tự ghi; gạch tự nêu người làm và hạn giữ của mình', () => {
  const outline = prosePlan([
    'CHI CỤC QUẢN LÝ THỊ TRƯỜNG',
    'KẾ HOẠCH',
    'Phòng, chống tham nhũng, tiêu cực năm 2026',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '3. Thực hiện các giải pháp phòng ngừa tham nhũng, tiêu cực',
    'c) Thực hiện quy tắc ứng xử, kỷ luật, kỷ cương trong hoạt động công vụ',
    '- Thực hiện nghiêm Quy tắc ứng xử của công chức Quản lý thị trường, văn hóa công vụ.',
    '- Quản lý chặt chẽ tang vật vi phạm hành chính bị tạm giữ (các Đội thực hiện, Phòng Nghiệp vụ - Thanh tra phối hợp; thời gian: thường xuyên).',
    '- Đội QLTT số 3 thực hiện thí điểm sử dụng thiết bị ghi hình cá nhân; tổng kết, báo cáo kết quả thí điểm trước ngày 30/11/2026.',
    '(Phòng Tổng hợp chủ trì, các Đội phối hợp; thời gian: thường xuyên)',
    'III. TỔ CHỨC THỰC HIỆN',
  ]);
  expect(outline.items.map((item) => item.id)).toEqual(['II.3.c.1', 'II.3.c.2', 'II.3.c.3']);
  const [ungXu, tangVat, thiDiem] = outline.items;
  expect(ungXu).toMatchObject({ lead: ['Phòng Tổng hợp'], support: ['các Đội'], timingRaw: 'thường xuyên' });
  expect(tangVat).toMatchObject({ lead: ['các Đội'], support: ['Phòng Nghiệp vụ - Thanh tra'] });
  expect(thiDiem).toMatchObject({ lead: ['Đội QLTT số 3'] });
  expect(thiDiem!.timingRaw).toMatch(/30\/11\/2026/);
  // The bracket is a block, not more of the last bullet's text.
  expect(thiDiem!.text).not.toMatch(/Phòng Tổng hợp chủ trì/);
});

test('nhiệm vụ đánh số "5.3." có đoạn viết tiếp và ngoặc đơn vị ở đoạn riêng: một nhiệm vụ II.5.3, đủ lời và đơn vị', () => {
  const outline = prosePlan([
    'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG',
    'KẾ HOẠCH',
    'Phòng, chống tham nhũng, tiêu cực năm 2026',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '5. Cải cách thủ tục hành chính, chuyển đổi số',
    '5.3. Vận hành ổn định Hệ thống thông tin giải quyết thủ tục hành chính tại Trung tâm và các chi nhánh; đẩy mạnh số hóa hồ sơ.',
    'Phấn đấu năm 2026: 100% hồ sơ tiếp nhận được số hóa; tỷ lệ hồ sơ trực tuyến toàn trình đạt từ 60% trở lên.',
    '(Phòng Chuyển đổi số chủ trì, Phòng Tiếp nhận và Trả kết quả phối hợp; thời gian: năm 2026).',
    '5.4. Bảo đảm an toàn thông tin trên Hệ thống thông tin giải quyết thủ tục hành chính. Giao Phòng Chuyển đổi số thực hiện, hoàn thành trong quý II/2026.',
    'III. TỔ CHỨC THỰC HIỆN',
  ]);
  expect(outline.items.map((item) => item.id)).toEqual(['II.5.3', 'II.5.4']);
  expect(outline.items[0]!.text).toMatch(/Phấn đấu năm 2026/);
  expect(outline.items[0]).toMatchObject({ lead: ['Phòng Chuyển đổi số'], support: ['Phòng Tiếp nhận và Trả kết quả'] });
  expect(outline.items[1]).toMatchObject({ lead: ['Phòng Chuyển đổi số'] });
});

test('"b) Nhiệm vụ … (các phòng, đơn vị thuộc Sở; thường xuyên)." không có gạch đầu dòng: một nhiệm vụ, đơn vị và thời gian trong ngoặc; "(X thực hiện, hoàn thành trước ngày …)" là của gạch đó', () => {
  const outline = prosePlan([
    'SỞ TƯ PHÁP',
    'KẾ HOẠCH',
    'Phòng, chống tham nhũng, tiêu cực năm 2026',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '1. Công tác lãnh đạo, chỉ đạo',
    'b) Gắn công tác PCTNTC với thực hiện nhiệm vụ chuyên môn; đưa nội dung PCTNTC vào chương trình giao ban định kỳ của Sở (các phòng, đơn vị thuộc Sở; thường xuyên).',
    '2. Công tác tuyên truyền',
    '- Tổ chức trưng bày sách, tài liệu pháp luật về PCTNTC tại Thư viện thành phố (Thư viện thành phố thực hiện, hoàn thành trước ngày 09/11/2026).',
    '- Tuyên truyền Luật Phòng, chống tham nhũng đến công chức, viên chức.',
    '+ Đơn vị thực hiện: Các phòng, đơn vị thuộc Sở.',
    '+ Thời gian thực hiện: Thường xuyên.',
    'III. TỔ CHỨC THỰC HIỆN',
  ]);
  expect(outline.items.map((item) => item.id)).toEqual(['II.1.b.1', 'II.2.1', 'II.2.2']);
  expect(outline.items[0]).toMatchObject({ lead: ['các phòng, đơn vị thuộc Sở'], timingRaw: 'thường xuyên' });
  expect(outline.items[1]!.timingRaw).toMatch(/09\/11\/2026/);
  expect(outline.items[1]!.lead).toEqual(['Thư viện thành phố']);
  expect(outline.items[2]).toMatchObject({ lead: ['Các phòng, đơn vị thuộc Sở'], timingRaw: 'Thường xuyên.' });
});

test('mục "3.1. … các nội dung sau. Đơn vị thực hiện: …. Thời gian: …." trên các gạch đầu dòng: mục là đề mục, đơn vị và thời gian của nó là của các gạch', () => {
  const outline = prosePlan([
    'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
    'KẾ HOẠCH',
    'Phòng, chống tham nhũng, tiêu cực năm 2026',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '3. Công khai, minh bạch trong hoạt động của cơ quan, đơn vị',
    '3.1. Thực hiện công khai, minh bạch về tổ chức và hoạt động của Sở theo Điều 10 Luật Phòng, chống tham nhũng năm 2018, tập trung vào các nội dung sau. Đơn vị thực hiện: Văn phòng Sở chủ trì; các phòng chuyên môn, các đơn vị sự nghiệp trực thuộc Sở phối hợp. Thời gian: Thường xuyên.',
    '- Công khai dự toán, tình hình thực hiện dự toán và quyết toán ngân sách nhà nước trên Trang thông tin điện tử của Sở.',
    '- Công khai thủ tục hành chính thuộc thẩm quyền giải quyết của Sở, hoàn thành trong quý II năm 2026.',
    '3.2. Công khai kế hoạch, kết quả tuyển dụng viên chức. Đơn vị thực hiện: Văn phòng Sở chủ trì; các đơn vị sự nghiệp trực thuộc Sở phối hợp theo dõi. Thời gian: Theo kế hoạch tuyển dụng được phê duyệt.',
    'III. TỔ CHỨC THỰC HIỆN',
  ]);
  expect(outline.items.map((item) => item.id)).toEqual(['II.3.1.1', 'II.3.1.2', 'II.3.2']);
  expect(outline.headings.map((h) => h.id)).toContain('II.3.1');
  expect(outline.items[0]).toMatchObject({ lead: ['Văn phòng Sở'], support: ['các phòng chuyên môn', 'các đơn vị sự nghiệp trực thuộc Sở'], timingRaw: 'Thường xuyên' });
  // A bullet that gives its own time keeps it.
  expect(outline.items[1]!.timingRaw).toBe('hoàn thành trong quý II năm 2026');
  expect(outline.items[2]).toMatchObject({ lead: ['Văn phòng Sở'], support: ['các đơn vị sự nghiệp trực thuộc Sở'] });
});

test('câu giao việc sau các gạch đầu dòng ("Giao Phòng X chủ trì, … thực hiện các nội dung trên, thường xuyên trong năm 2026."): thời gian của câu là của các gạch không tự ghi; "trong quý I năm 2026", "trước ngày … và trước ngày …" đọc đủ', () => {
  const outline = prosePlan([
    'ỦY BAN NHÂN DÂN XÃ TAM ĐẢO',
    'KẾ HOẠCH',
    'Phòng, chống tham nhũng, tiêu cực năm 2026',
    'II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM',
    '1. Công tác lãnh đạo, chỉ đạo',
    '- Văn phòng HĐND và UBND xã chủ trì, phối hợp với các phòng chuyên môn tham mưu UBND xã quán triệt Kế hoạch này, hoàn thành trong quý I năm 2026.',
    '2. Công tác tuyên truyền, phổ biến, giáo dục pháp luật về PCTNTC',
    '- Tuyên truyền, phổ biến Luật Phòng, chống tham nhũng cho cán bộ, công chức của xã.',
    '- Lồng ghép nội dung PCTNTC vào sinh hoạt định kỳ của các thôn.',
    'Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp với Văn phòng và các thôn tổ chức thực hiện các nội dung trên, thường xuyên trong năm 2026.',
    '3. Phát hiện, xử lý tham nhũng, tiêu cực',
    '- Văn phòng theo dõi, đôn đốc thực hiện kết luận thanh tra; báo cáo Chủ tịch UBND xã trước ngày 10/6/2026 và trước ngày 10/12/2026.',
    '- Phòng Kinh tế đẩy mạnh thanh toán không dùng tiền mặt trên địa bàn xã trong năm 2026.',
    'III. TỔ CHỨC THỰC HIỆN',
  ]);
  expect(outline.items.map((item) => [item.id, item.timingRaw])).toEqual([
    ['II.1.1', 'hoàn thành trong quý I năm 2026'],
    ['II.2.1', 'thường xuyên trong năm 2026'],
    ['II.2.2', 'thường xuyên trong năm 2026'],
    ['II.3.1', 'trước ngày 10/6/2026 và trước ngày 10/12/2026'],
    ['II.3.2', 'trong năm 2026'],
  ]);
  expect(outline.items[1]!.lead).toEqual(['Phòng Văn hóa - Xã hội']);
});

test('nhiệm vụ đánh số ba cấp "1.1.1." dưới "1.1.", mỗi nhiệm vụ có dòng "Đơn vị thực hiện: X (chủ trì); Y (phối hợp theo dõi). Thời gian: …" ngay sau', () => {
  const outline = prosePlan([
    'CÔNG TY TNHH MỘT THÀNH VIÊN KHAI THÁC CÔNG TRÌNH THỦY LỢI',
    'KẾ HOẠCH',
    'Phòng, chống tham nhũng, tiêu cực năm 2026',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '1. Công tác lãnh đạo, chỉ đạo và tuyên truyền',
    '1.1. Công tác lãnh đạo, chỉ đạo',
    '1.1.1. Quán triệt, triển khai Kế hoạch này đến toàn thể người quản lý, người lao động.',
    'Đơn vị thực hiện: Phòng TC-HC (chủ trì); các Xí nghiệp thủy lợi (phối hợp). Thời gian: Tháng 01/2026.',
    '1.1.2. Giám đốc các Xí nghiệp thủy lợi xây dựng, ban hành Kế hoạch PCTN, TC năm 2026 của Xí nghiệp.',
    'Đơn vị thực hiện: Các Xí nghiệp thủy lợi (chủ trì); Phòng TC-HC (phối hợp theo dõi). Thời gian: Ban hành trước ngày 10/02/2026.',
    '1.2. Công tác tuyên truyền',
    '1.2.1. Tuyên truyền, phổ biến Luật Phòng, chống tham nhũng cho người lao động.',
    'Đơn vị thực hiện: Phòng TC-HC (chủ trì). Thời gian: Thường xuyên.',
    'III. TỔ CHỨC THỰC HIỆN',
  ]);
  expect(outline.items.map((item) => [item.id, item.lead, item.support])).toEqual([
    ['II.1.1.1', ['Phòng TC-HC'], ['các Xí nghiệp thủy lợi']],
    ['II.1.1.2', ['Các Xí nghiệp thủy lợi'], ['Phòng TC-HC']],
    ['II.1.2.1', ['Phòng TC-HC'], []],
  ]);
  expect(outline.items[1]!.timingRaw).toMatch(/10\/02\/2026/);
});

test('đơn vị và thời gian đứng ngay sau đề mục, trước các ý "+ ": các ý là nhiệm vụ và dùng chung khối ấy; đề mục không có ý "+" là một nhiệm vụ', () => {
  const outline = prosePlan([
    'BỆNH VIỆN Y HỌC CỔ TRUYỀN',
    'KẾ HOẠCH',
    'Phòng, chống tham nhũng, tiêu cực năm 2026',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '2. Công tác tuyên truyền, phổ biến, giáo dục pháp luật về PCTN, TC',
    '- Đơn vị chủ trì: Phòng Tổ chức cán bộ; đơn vị phối hợp: Phòng Kế hoạch tổng hợp, các khoa, phòng.',
    '- Thời gian thực hiện: Thường xuyên.',
    '+ Tổ chức 02 hội nghị phổ biến Luật Phòng, chống tham nhũng cho viên chức, người lao động.',
    '+ Đăng tải tin bài, văn bản về PCTN, TC trên Trang thông tin điện tử của Bệnh viện.',
    '3. Kiểm soát xung đột lợi ích',
    '- Đơn vị chủ trì: Phòng Tổ chức cán bộ.',
    '- Thời gian thực hiện: Quý II/2026.',
    'III. TỔ CHỨC THỰC HIỆN',
  ]);
  expect(outline.items.map((item) => [item.id, item.lead, item.support, item.timingRaw])).toEqual([
    ['II.2.1', ['Phòng Tổ chức cán bộ'], ['Phòng Kế hoạch tổng hợp', 'các khoa, phòng'], 'Thường xuyên.'],
    ['II.2.2', ['Phòng Tổ chức cán bộ'], ['Phòng Kế hoạch tổng hợp', 'các khoa, phòng'], 'Thường xuyên.'],
    ['II.3.1', ['Phòng Tổ chức cán bộ'], [], 'Quý II/2026.'],
  ]);
});

test('nhiệm vụ chữ cái kết thúc bằng câu "Giao: X (chủ trì), Y (phối hợp); thời gian: …" trong cùng đoạn; ý "+ " dưới đề mục có dấu hai chấm là nhiệm vụ, dùng chung câu "Giao" của ý cuối', () => {
  const outline = prosePlan([
    'SỞ XÂY DỰNG',
    'KẾ HOẠCH',
    'Phòng, chống tham nhũng, tiêu cực năm 2026',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '1. Công tác lãnh đạo, chỉ đạo',
    'a) Quán triệt các văn bản của Trung ương, của tỉnh về PCTN, TC đến toàn thể công chức. Giao: Văn phòng Sở (chủ trì), các phòng, đơn vị thuộc Sở (phối hợp); thời gian: thường xuyên.',
    'b) Cập nhật chuyên mục PCTN, TC trên Trang thông tin điện tử của Sở. Giao: Văn phòng Sở; thời gian: Quý I/2026.',
    'c) Về chuyển đổi vị trí công tác:',
    '+ Xây dựng, ban hành Kế hoạch chuyển đổi vị trí công tác năm 2026;',
    '+ Tổ chức thực hiện chuyển đổi theo kế hoạch được duyệt. Giao: Phòng Quản lý xây dựng, Phòng Quản lý giao thông (chủ trì), Văn phòng Sở (phối hợp); thời gian: trong năm 2026.',
    'd) Về công khai, minh bạch: Niêm yết thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh (Văn phòng Sở chủ trì; thời gian: thường xuyên).',
    'III. TỔ CHỨC THỰC HIỆN',
  ]);
  expect(outline.items.map((item) => [item.id, item.lead, item.support, item.timingRaw])).toEqual([
    ['II.1.a.1', ['Văn phòng Sở'], ['các phòng, đơn vị thuộc Sở'], 'thường xuyên'],
    ['II.1.b.1', ['Văn phòng Sở'], [], 'Quý I/2026'],
    ['II.1.c.1', ['Phòng Quản lý xây dựng', 'Phòng Quản lý giao thông'], ['Văn phòng Sở'], 'trong năm 2026'],
    ['II.1.c.2', ['Phòng Quản lý xây dựng', 'Phòng Quản lý giao thông'], ['Văn phòng Sở'], 'trong năm 2026'],
    ['II.1.d.1', ['Văn phòng Sở'], [], 'thường xuyên'],
  ]);
  // The task is the whole sentence, not the units after "Giao:"; the heading "c) Về chuyển đổi vị trí công tác" is a title.
  expect(outline.items[0]!.text).toMatch(/^Quán triệt các văn bản/);
  expect(outline.headings.map((h) => h.title)).toContain('Về chuyển đổi vị trí công tác');
});

test('điểm a), b), c) là nhiệm vụ không có dòng đơn vị; câu cuối mục giao từng điểm ("X chủ trì thực hiện điểm a; …; riêng điểm b do …; thời gian: điểm a …, các nội dung còn lại …")', () => {
  const outline = prosePlan([
    'BAN QUẢN LÝ KHU KINH TẾ',
    'KẾ HOẠCH',
    'Phòng, chống tham nhũng, tiêu cực năm 2026',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '1. Công tác lãnh đạo, chỉ đạo',
    'a) Quán triệt các văn bản chỉ đạo của tỉnh về PCTN, TC đến công chức, viên chức của Ban.',
    'b) Các phòng, đơn vị thuộc Ban xây dựng kế hoạch PCTN, TC năm 2026 của đơn vị mình.',
    'c) Xử lý nghiêm công chức có hành vi nhũng nhiễu doanh nghiệp.',
    'Văn phòng Ban chủ trì, tham mưu Trưởng ban thực hiện nội dung tại điểm a; các phòng, đơn vị thuộc Ban thực hiện các nội dung tại điểm b, c; thời gian: điểm b hoàn thành trong tháng 02/2026, các nội dung còn lại thực hiện thường xuyên.',
    '2. Công khai, minh bạch',
    'a) Công khai dự toán, quyết toán ngân sách của Ban.',
    'b) Công khai quy hoạch chi tiết các khu công nghiệp.',
    'Các nội dung trên do Văn phòng Ban chủ trì, phối hợp với các phòng, đơn vị thuộc Ban thực hiện; riêng điểm b do Phòng Quy hoạch và Xây dựng chủ trì, Văn phòng Ban phối hợp; thời gian: thường xuyên.',
    'III. TỔ CHỨC THỰC HIỆN',
  ]);
  expect(outline.items.map((item) => [item.id, item.lead, item.support, item.timingRaw])).toEqual([
    ['II.1.a.1', ['Văn phòng Ban'], [], 'các nội dung còn lại thực hiện thường xuyên'],
    ['II.1.b.1', ['các phòng, đơn vị thuộc Ban'], [], 'điểm b hoàn thành trong tháng 02/2026'],
    ['II.1.c.1', ['các phòng, đơn vị thuộc Ban'], [], 'các nội dung còn lại thực hiện thường xuyên'],
    ['II.2.a.1', ['Văn phòng Ban'], ['các phòng, đơn vị thuộc Ban'], 'thường xuyên'],
    ['II.2.b.1', ['Phòng Quy hoạch và Xây dựng'], ['Văn phòng Ban'], 'thường xuyên'],
  ]);
  expect(outline.items[2]!.text).toBe('Xử lý nghiêm công chức có hành vi nhũng nhiễu doanh nghiệp.');
});

test('phần nhiệm vụ chia theo đơn vị ("1. Văn phòng Sở", "2. Phòng Đầu tư", "3. Các phòng, đơn vị thuộc Sở"): đơn vị của đề mục chủ trì mọi gạch dưới nó; "phối hợp với X" trong gạch là X phối hợp; đề mục chủ đề ("4. Thanh tra, kiểm tra") không là đơn vị', () => {
  const outline = prosePlan([
    'SỞ TÀI CHÍNH',
    'KẾ HOẠCH',
    'Phòng, chống tham nhũng, tiêu cực năm 2026',
    'II. NHIỆM VỤ CỤ THỂ CỦA CÁC PHÒNG, ĐƠN VỊ',
    '1. Văn phòng Sở',
    '- Tham mưu Giám đốc Sở quán triệt Kế hoạch này tới toàn thể công chức. Thực hiện trong quý I/2026.',
    '- Chủ trì, phối hợp với các phòng, đơn vị thuộc Sở tổ chức tuyên truyền pháp luật về PCTNTC. Thực hiện thường xuyên.',
    '2. Phòng Đầu tư',
    '- Tham mưu thẩm định phương án cổ phần hóa; phối hợp với Phòng Quản lý giá - Công sản trong việc xác định giá trị doanh nghiệp.',
    '3. Các phòng, đơn vị thuộc Sở',
    '- Thực hiện nghiêm quy tắc ứng xử, kỷ luật, kỷ cương hành chính.',
    '4. Thanh tra, kiểm tra',
    '- Tự kiểm tra nội bộ tại các phòng (Văn phòng Sở chủ trì; thời gian: quý III/2026).',
    'III. TỔ CHỨC THỰC HIỆN',
  ]);
  expect(outline.items.map((item) => [item.id, item.lead, item.support])).toEqual([
    ['II.1.1', ['Văn phòng Sở'], []],
    ['II.1.2', ['Văn phòng Sở'], ['các phòng, đơn vị thuộc Sở']],
    ['II.2.1', ['Phòng Đầu tư'], ['Phòng Quản lý giá - Công sản']],
    ['II.3.1', ['Các phòng, đơn vị thuộc Sở'], []],
    ['II.4.1', ['Văn phòng Sở'], []],
  ]);
});

test('nhiệm vụ đánh số liền qua các mục ("Nhiệm vụ 1." … dưới "1.", "Nhiệm vụ 3." dưới "2."): mã giữ số in của kế hoạch (II.2.3), nhãn không thuộc lời nhiệm vụ', () => {
  const outline = prosePlan([
    'BẢO HIỂM XÃ HỘI TỈNH',
    'KẾ HOẠCH',
    'Phòng, chống tham nhũng, tiêu cực năm 2026',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '1. Công tác lãnh đạo, chỉ đạo',
    'Nhiệm vụ 1. Quán triệt các văn bản của Bảo hiểm xã hội Việt Nam về PCTN, TC.',
    'Đơn vị chủ trì: Văn phòng; đơn vị phối hợp: Phòng Kiểm tra; thời gian hoàn thành: Quý I/2026.',
    'Nhiệm vụ 2. Bảo hiểm xã hội cơ sở xây dựng kế hoạch PCTN, TC năm 2026.',
    'Đơn vị chủ trì: Bảo hiểm xã hội cơ sở; đơn vị phối hợp: Phòng Kiểm tra; thời gian hoàn thành: trước ngày 31/01/2026.',
    '2. Công khai, minh bạch',
    'Nhiệm vụ 3. Niêm yết công khai thủ tục hành chính về bảo hiểm xã hội, bảo hiểm y tế.',
    'Đơn vị chủ trì: Phòng Thu - Sổ thẻ; thời gian hoàn thành: thường xuyên.',
    'III. TỔ CHỨC THỰC HIỆN',
  ]);
  expect(outline.items.map((item) => [item.id, item.text, item.lead])).toEqual([
    ['II.1.1', 'Quán triệt các văn bản của Bảo hiểm xã hội Việt Nam về PCTN, TC.', ['Văn phòng']],
    ['II.1.2', 'Bảo hiểm xã hội cơ sở xây dựng kế hoạch PCTN, TC năm 2026.', ['Bảo hiểm xã hội cơ sở']],
    ['II.2.3', 'Niêm yết công khai thủ tục hành chính về bảo hiểm xã hội, bảo hiểm y tế.', ['Phòng Thu - Sổ thẻ']],
  ]);
});

test('câu cuối là việc làm kèm thời gian ("… . Ban hành trong quý I/2026 và tổ chức thực hiện trong năm 2026."): cả câu là thời gian, không chỉ "trong quý I/2026"', () => {
  const outline = prosePlan([
    'SỞ TÀI CHÍNH',
    'KẾ HOẠCH',
    'Phòng, chống tham nhũng, tiêu cực năm 2026',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '1. Văn phòng Sở',
    '- Xây dựng Kế hoạch chuyển đổi vị trí công tác năm 2026 đối với công chức. Ban hành trong quý I/2026 và tổ chức thực hiện trong năm 2026.',
    'III. TỔ CHỨC THỰC HIỆN',
  ]);
  expect(outline.items[0]).toMatchObject({ id: 'II.1.1', timingRaw: 'Ban hành trong quý I/2026 và tổ chức thực hiện trong năm 2026', lead: ['Văn phòng Sở'] });
  expect(outline.items[0]!.timing).toEqual([{ kind: 'recurring', within: 'year', year: 2026 }, { kind: 'quarter', quarter: 1, year: 2026 }]);
});

test('chia theo đơn vị bằng đề mục chữ cái có dấu hai chấm ("a) Văn phòng Sở:", "b) Phòng Nghiệp vụ Dược:"): đơn vị của đề mục chủ trì các gạch dưới nó', () => {
  const outline = prosePlan([
    'SỞ Y TẾ',
    'KẾ HOẠCH',
    'Phòng, chống tham nhũng, tiêu cực năm 2026',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '2. Nhiệm vụ cụ thể của các phòng, đơn vị',
    'a) Văn phòng Sở:',
    '- Tổ chức kê khai tài sản, thu nhập hằng năm đối với người có nghĩa vụ kê khai (trước ngày 31/12/2026).',
    'b) Phòng Nghiệp vụ Dược:',
    '- Công khai kết quả cấp chứng chỉ hành nghề dược; phối hợp với Văn phòng Sở trong việc niêm yết thủ tục hành chính (thường xuyên).',
    'III. TỔ CHỨC THỰC HIỆN',
  ]);
  expect(outline.items.map((item) => [item.id, item.lead, item.support])).toEqual([
    ['II.2.a.1', ['Văn phòng Sở'], []],
    ['II.2.b.1', ['Phòng Nghiệp vụ Dược'], ['Văn phòng Sở']],
  ]);
});

test('nhiệm vụ đánh số "1.1.", "1.2." không có đơn vị, câu cuối mục giao theo số ("… chủ trì thực hiện nội dung tại tiết 1.1; … tiết 1.2; thời gian: …")', () => {
  const outline = prosePlan([
    'THUẾ TỈNH',
    'KẾ HOẠCH',
    'Phòng, chống tham nhũng, tiêu cực năm 2026',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '1. Công tác lãnh đạo, chỉ đạo',
    '1.1. Quán triệt Kế hoạch này đến toàn thể công chức, người lao động của Thuế tỉnh.',
    '1.2. Các Thuế cơ sở xây dựng kế hoạch PCTN, TC năm 2026 của đơn vị mình.',
    'Phòng Tổ chức cán bộ chủ trì thực hiện nội dung tại tiết 1.1; các Thuế cơ sở thực hiện tiết 1.2; thời gian: thường xuyên, riêng tiết 1.2 hoàn thành trong tháng 01/2026.',
    'III. TỔ CHỨC THỰC HIỆN',
  ]);
  expect(outline.items.map((item) => [item.id, item.lead, item.timingRaw])).toEqual([
    ['II.1.1', ['Phòng Tổ chức cán bộ'], 'thường xuyên'],
    ['II.1.2', ['các Thuế cơ sở'], 'riêng tiết 1.2 hoàn thành trong tháng 01/2026'],
  ]);
});

test('câu cuối mục giao theo số một mục có gạch đầu dòng ("mục 2.1" là mọi gạch đầu dòng của nó) và từng gạch đầu dòng ("mục 3.1 (gạch đầu dòng thứ nhất)")', () => {
  const outline = prosePlan([
    'BCH ĐOÀN TỈNH LÂM ĐỒNG',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '2. Công tác tuyên truyền, phổ biến, giáo dục',
    '2.1. Tuyên truyền, phổ biến pháp luật về PCTN, TC trong cán bộ, đoàn viên, thanh niên',
    '- Duy trì chuyên mục "Tuổi trẻ với công tác phòng, chống tham nhũng, tiêu cực" trên Trang thông tin điện tử của Tỉnh Đoàn (thường xuyên).',
    '- Tổ chức Cuộc thi trực tuyến tìm hiểu pháp luật về phòng, chống tham nhũng, tiêu cực (quý III/2027).',
    '2.2. Lồng ghép giáo dục liêm chính trong sinh hoạt chi đoàn, diễn đàn thanh niên; biểu dương gương đoàn viên tiêu biểu (năm 2027).',
    'Giao Ban Tuyên giáo Tỉnh Đoàn chủ trì, phối hợp với Văn phòng Tỉnh Đoàn thực hiện các nội dung tại mục 2.1; Đoàn cấp xã thực hiện nội dung tại mục 2.2.',
    '3. Thực hiện các giải pháp phòng ngừa tham nhũng, tiêu cực',
    '3.1. Công khai, minh bạch trong hoạt động của cơ quan Tỉnh Đoàn',
    '- Công khai dự toán, quyết toán kinh phí hoạt động của cơ quan Tỉnh Đoàn theo quy định (thường xuyên).',
    '- Công khai quy trình, kết quả xét giới thiệu đoàn viên ưu tú cho Đảng xem xét kết nạp (thường xuyên).',
    '3.2. Rà soát, sửa đổi, bổ sung Quy chế chi tiêu nội bộ của cơ quan Tỉnh Đoàn phù hợp với quy định hiện hành (quý I/2027).',
    'Giao Văn phòng Tỉnh Đoàn chủ trì thực hiện các nội dung tại mục 3.1 (gạch đầu dòng thứ nhất), 3.2; Ban Tổ chức Tỉnh Đoàn chủ trì thực hiện nội dung tại mục 3.1 (gạch đầu dòng thứ hai).',
    'III. TỔ CHỨC THỰC HIỆN',
  ]);
  expect(outline.items.map((item) => [item.id, item.lead, item.support])).toEqual([
    ['II.2.1.1', ['Ban Tuyên giáo Tỉnh Đoàn'], ['Văn phòng Tỉnh Đoàn']],
    ['II.2.1.2', ['Ban Tuyên giáo Tỉnh Đoàn'], ['Văn phòng Tỉnh Đoàn']],
    ['II.2.2', ['Đoàn cấp xã'], []],
    ['II.3.1.1', ['Văn phòng Tỉnh Đoàn'], []],
    ['II.3.1.2', ['Ban Tổ chức Tỉnh Đoàn'], []],
    ['II.3.2', ['Văn phòng Tỉnh Đoàn'], []],
  ]);
});

/** A plan typed in plain type: bold only where the line is in capitals or wrapped in "**…**". */
function plainTypedPlan(lines: string[]) {
  const paragraphs = lines.map((line) => {
    const text = line.replace(/^\*\*(.*)\*\*$/u, '$1');
    return { ...PLAIN_PARAGRAPH, text, bold: text !== line || text === text.toUpperCase() };
  });
  return readPlanOutline(toDocumentModel(paragraphs, { host: 'docx' }));
}

test('nhiệm vụ đánh số "1.", "2." ngay dưới "II.", mỗi nhiệm vụ là một câu, sau nó "- Đơn vị thực hiện" và "- Thời gian": mã là số của nó (II.1), không phải II.1.1', () => {
  const outline = plainTypedPlan([
    'HỘI LIÊN HIỆP PHỤ NỮ TỈNH',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2026',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '1. Tham mưu Thường trực Hội lãnh đạo, chỉ đạo, quán triệt và tổ chức thực hiện nghiêm túc các chủ trương của Đảng về công tác PCTNTC.',
    '- Đơn vị thực hiện: Ban Tổ chức - Kiểm tra chủ trì, các ban, văn phòng phối hợp.',
    '- Thời gian: Thường xuyên.',
    '2. Thực hiện công khai, minh bạch trong công tác tổ chức, cán bộ: tuyển dụng, quy hoạch, bổ nhiệm, luân chuyển cán bộ.',
    '- Đơn vị thực hiện: Ban Tổ chức - Kiểm tra chủ trì, Văn phòng phối hợp.',
    '- Thời gian: Thường xuyên.',
    'III. TỔ CHỨC THỰC HIỆN',
  ]);
  expect(outline.items.map((item) => [item.id, item.lead, item.timingRaw])).toEqual([
    ['II.1', ['Ban Tổ chức - Kiểm tra'], 'Thường xuyên.'],
    ['II.2', ['Ban Tổ chức - Kiểm tra'], 'Thường xuyên.'],
  ]);
});

test('đề mục ngắn in đậm "2. Công tác tuyên truyền" trên một đoạn vẫn là đề mục: nhiệm vụ là II.2.1', () => {
  const outline = plainTypedPlan([
    'SỞ NỘI VỤ',
    'KẾ HOẠCH',
    'Phòng, chống tham nhũng năm 2026',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '**2. Công tác tuyên truyền, phổ biến, giáo dục pháp luật về PCTN**',
    'Tiếp tục thực hiện tốt công tác tuyên truyền, phổ biến, giáo dục pháp luật về PCTN cho công chức, viên chức.',
    'III. TỔ CHỨC THỰC HIỆN',
  ]);
  expect(outline.items.map((item) => item.id)).toEqual(['II.2.1']);
});

test('nhiệm vụ "7. … ; trong đó:" với các ý "+ " rồi một dòng "- Đơn vị thực hiện": một nhiệm vụ, các ý là nội dung của nó', () => {
  const outline = plainTypedPlan([
    'HỘI LIÊN HIỆP PHỤ NỮ TỈNH',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2026',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '6. Thực hiện công khai, minh bạch trong hoạt động của cơ quan theo quy định tại Điều 10 Luật Phòng, chống tham nhũng.',
    '- Đơn vị thực hiện: Văn phòng chủ trì, các ban phối hợp.',
    '- Thời gian: Thường xuyên.',
    '7. Quản lý chặt chẽ nguồn vốn vay ủy thác qua Ngân hàng Chính sách xã hội, bảo đảm cho vay đúng đối tượng, đúng mục đích; trong đó:',
    '+ Chỉ đạo công khai danh sách hộ vay, dư nợ, lãi tồn đọng tại điểm giao dịch xã, phường.',
    '+ Phối hợp với Ngân hàng Chính sách xã hội tỉnh rà soát, đối chiếu dư nợ, xử lý nợ quá hạn.',
    '- Đơn vị thực hiện: Ban Kinh tế chủ trì, Ban Tổ chức - Kiểm tra phối hợp.',
    '- Thời gian: Thường xuyên.',
    'III. TỔ CHỨC THỰC HIỆN',
  ]);
  expect(outline.items.map((item) => [item.id, item.lead, item.support])).toEqual([
    ['II.6', ['Văn phòng'], ['các ban']],
    ['II.7', ['Ban Kinh tế'], ['Ban Tổ chức - Kiểm tra']],
  ]);
  expect(outline.items[1]!.text).toContain('xử lý nợ quá hạn');
});

test('phần tổ chức thực hiện giao nhiệm vụ theo số ("1. Phòng Tổ chức cán bộ: chủ trì thực hiện các nhiệm vụ tại mục 1.1.2, 2.1 Phần II; phối hợp thực hiện nhiệm vụ tại mục 1.1.1"): nhiệm vụ không ghi đơn vị nhận đơn vị từ đó; số của đề mục là mọi nhiệm vụ dưới nó', () => {
  const outline = plainTypedPlan([
    'BẢO HIỂM XÃ HỘI TỈNH',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2026',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '**1. Công tác lãnh đạo, chỉ đạo**',
    '**1.1. Quán triệt, triển khai**',
    '1.1.1. Quán triệt Kế hoạch này đến toàn thể công chức, viên chức, người lao động. Thời gian: Quý I/2026.',
    '1.1.2. Các Bảo hiểm xã hội cơ sở xây dựng kế hoạch PCTN, TC năm 2026 của đơn vị mình. Thời gian: Tháng 02/2026.',
    '**2. Các biện pháp phòng ngừa**',
    '**2.1. Công khai, minh bạch (các nhiệm vụ tại mục này thực hiện thường xuyên)**',
    '2.1.1. Công khai dự toán, quyết toán ngân sách của cơ quan.',
    '2.1.2. Công khai kế hoạch tuyển dụng, bổ nhiệm, nâng lương.',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Phòng Tổ chức cán bộ: chủ trì thực hiện các nhiệm vụ tại mục 1.1.2, 2.1 Phần II; phối hợp thực hiện nhiệm vụ tại mục 1.1.1.',
    '2. Văn phòng: chủ trì thực hiện nhiệm vụ tại mục 1.1.1 Phần II; là đầu mối tổng hợp kết quả thực hiện Kế hoạch.',
    '3. Giám đốc Bảo hiểm xã hội cơ sở: cùng Trưởng các phòng nghiệp vụ thực hiện nhiệm vụ tại mục 2.1.2 Phần II tại đơn vị mình.',
  ]);
  expect(outline.items.map((item) => [item.id, item.lead, item.support, item.timingRaw])).toEqual([
    ['II.1.1.1', ['Văn phòng'], ['Phòng Tổ chức cán bộ'], 'Quý I/2026'],
    ['II.1.1.2', ['Phòng Tổ chức cán bộ'], [], 'Tháng 02/2026'],
    ['II.2.1.1', ['Phòng Tổ chức cán bộ'], [], 'các nhiệm vụ tại mục này thực hiện thường xuyên'],
    ['II.2.1.2', ['Phòng Tổ chức cán bộ', 'các phòng nghiệp vụ', 'Bảo hiểm xã hội cơ sở'], [], 'các nhiệm vụ tại mục này thực hiện thường xuyên'],
  ]);
});

test('văn bản của Đảng: "Đảng ủy UBND xã lãnh đạo UBND xã thực hiện …" — cả hai chủ trì; "Ban Thường vụ Đảng ủy lãnh đạo quán triệt …" — tên cơ quan dừng trước "lãnh đạo"', () => {
  const outline = plainTypedPlan([
    'ĐẢNG ỦY XÃ ĐÔNG SƠN',
    'KẾ HOẠCH',
    'công tác phòng, chống tham nhũng, lãng phí, tiêu cực năm 2026',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '**1. Công tác lãnh đạo, chỉ đạo**',
    '- Ban Thường vụ Đảng ủy lãnh đạo quán triệt, triển khai các văn bản của Trung ương, Tỉnh ủy về công tác PCTNLPTC (thực hiện thường xuyên).',
    '- Đảng ủy UBND xã lãnh đạo UBND xã thực hiện công khai, minh bạch trong hoạt động của cơ quan (thời gian: quý II/2026).',
    'III. TỔ CHỨC THỰC HIỆN',
  ]);
  expect(outline.items.map((item) => [item.id, item.lead])).toEqual([
    ['II.1.1', ['Ban Thường vụ Đảng ủy']],
    ['II.1.2', ['Đảng ủy UBND xã', 'UBND xã']],
  ]);
});

test('các điểm "a)", "b)", "c)" rồi một dòng "Trách nhiệm thực hiện" và "Thời hạn" ở cuối mục: các điểm chưa ghi đơn vị dùng chung; điểm có dòng riêng giữ của mình; dòng ở giữa mục không áp ngược', () => {
  const outline = plainTypedPlan([
    'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG',
    'KẾ HOẠCH',
    'Phòng, chống tham nhũng, tiêu cực năm 2026',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '**3. Công khai, minh bạch**',
    'a) Thực hiện trách nhiệm giải trình khi có yêu cầu của cơ quan, tổ chức, cá nhân.',
    'Trách nhiệm thực hiện: Văn phòng Sở chủ trì; các phòng, đơn vị phối hợp.',
    'Thời hạn: Thường xuyên.',
    'b) Công khai dự toán, quyết toán ngân sách và việc quản lý, sử dụng tài sản công.',
    'c) Công khai đầy đủ thủ tục hành chính lĩnh vực đất đai, môi trường.',
    'Thời hạn: Quý I/2026.',
    'Trách nhiệm thực hiện: Phòng Kế hoạch - Tài chính chủ trì; các Chi cục phối hợp.',
    '**4. Cải cách hành chính**',
    'a) Rà soát, đơn giản hóa thủ tục hành chính thuộc phạm vi quản lý của Sở.',
    'b) Thực hiện thanh toán không dùng tiền mặt trong chi trả lương, phụ cấp.',
    'Đơn vị thực hiện: Văn phòng Sở chủ trì; các phòng chuyên môn phối hợp.',
    'Thời hạn: Thường xuyên trong năm 2026.',
    'III. TỔ CHỨC THỰC HIỆN',
  ]);
  expect(outline.items.map((item) => [item.id, item.lead, item.timingRaw])).toEqual([
    ['II.3.a.1', ['Văn phòng Sở'], 'Thường xuyên.'],
    ['II.3.b.1', ['Phòng Kế hoạch - Tài chính'], null],
    ['II.3.c.1', ['Phòng Kế hoạch - Tài chính'], 'Quý I/2026.'],
    ['II.4.a.1', ['Văn phòng Sở'], 'Thường xuyên trong năm 2026.'],
    ['II.4.b.1', ['Văn phòng Sở'], 'Thường xuyên trong năm 2026.'],
  ]);
});

test('phần đánh "PHẦN II. NHIỆM VỤ, GIẢI PHÁP" (chữ "Phần" trước số La Mã) là phần nhiệm vụ như "II."; "ISO 9001:2015" không phải dấu hai chấm kết thúc tiêu đề', () => {
  const outline = plainTypedPlan([
    'TRƯỜNG ĐẠI HỌC KINH TẾ - KỸ THUẬT',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2026',
    'PHẦN I. MỤC ĐÍCH, YÊU CẦU',
    '- Quán triệt, triển khai nghiêm túc các chủ trương của Đảng về phòng, chống tham nhũng.',
    'PHẦN II. NHIỆM VỤ, GIẢI PHÁP',
    '**1. Công tác lãnh đạo, chỉ đạo**',
    'a) Tổ chức quán triệt các văn bản về PCTNTC đến toàn thể viên chức, người lao động.',
    '- Chủ trì: Phòng Thanh tra - Pháp chế.',
    '- Thời gian: Quý I/2026.',
    'b) Rà soát quy trình giải quyết công việc theo cơ chế một cửa; duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015.',
    '- Chủ trì: Phòng Tổ chức - Hành chính.',
    '- Thời gian: Năm 2026.',
    'PHẦN III. TỔ CHỨC THỰC HIỆN',
    'Các đơn vị báo cáo kết quả về Hiệu trưởng (qua Phòng Thanh tra - Pháp chế) trước ngày 05/6/2026 và 05/12/2026.',
  ]);
  expect(outline.items.map((item) => [item.id, item.lead, item.timingRaw])).toEqual([
    ['II.1.a.1', ['Phòng Thanh tra - Pháp chế'], 'Quý I/2026.'],
    ['II.1.b.1', ['Phòng Tổ chức - Hành chính'], 'Năm 2026.'],
  ]);
  expect(outline.items[1]!.text).toMatch(/^Rà soát quy trình .* ISO 9001:2015\.$/u);
});

test('dấu ngoặc đơn vị, thời gian trước dấu hai chấm của bảng lịch ("… theo lịch sau (Văn phòng Sở chủ trì; …; Quý II - Quý IV/2026):"); "(Văn phòng Sở tham mưu Giám đốc Sở; Khi phát hiện vi phạm)"', () => {
  const outline = plainTypedPlan([
    'SỞ TÀI CHÍNH',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2026',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '**5. Công tác thanh tra, kiểm tra**',
    '- Tổ chức kiểm tra việc thực hiện pháp luật về PCTN tại 05 đơn vị theo lịch sau (Văn phòng Sở chủ trì; các phòng chuyên môn phối hợp; Quý II - Quý IV/2026):',
    '**6. Xử lý tham nhũng**',
    '- Kịp thời xem xét, xử lý trách nhiệm đối với tập thể, cá nhân có hành vi tham nhũng, tiêu cực (Văn phòng Sở tham mưu Giám đốc Sở; Khi phát hiện vi phạm).',
    'III. TỔ CHỨC THỰC HIỆN',
  ]);
  expect(outline.items.map((item) => [item.id, item.lead, item.support, item.timingRaw])).toEqual([
    ['II.5.1', ['Văn phòng Sở'], ['các phòng chuyên môn'], 'Quý II - Quý IV/2026'],
    ['II.6.1', ['Văn phòng Sở'], [], 'Khi phát hiện vi phạm'],
  ]);
  expect(outline.items[1]!.timing).toEqual([{ kind: 'onRequest' }]);
});

test('đề mục "1. Công tác lãnh đạo, chỉ đạo. Các nhiệm vụ tại mục này giao Văn phòng Sở chủ trì." trên các gạch: đề mục, không phải nhiệm vụ; câu giao là đơn vị của các gạch không tự ghi đơn vị', () => {
  const outline = plainTypedPlan([
    'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2026',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '1. Công tác lãnh đạo, chỉ đạo, triển khai thực hiện. Các nhiệm vụ tại mục này giao Văn phòng Sở chủ trì.',
    '– Quán triệt, triển khai Kế hoạch này đến toàn thể công chức, viên chức, người lao động của Sở. Thời gian: Hoàn thành trong tháng 02/2026.',
    '– Các đơn vị sự nghiệp trực thuộc Sở xây dựng kế hoạch công tác PCTN, TC năm 2026 của đơn vị. Thời gian: Trước ngày 15/02/2026; đơn vị thực hiện: các đơn vị sự nghiệp trực thuộc Sở.',
    'III. TỔ CHỨC THỰC HIỆN',
  ]);
  expect(outline.items.map((item) => [item.id, item.lead, item.timingRaw])).toEqual([
    ['II.1.1', ['Văn phòng Sở'], 'Hoàn thành trong tháng 02/2026'],
    ['II.1.2', ['các đơn vị sự nghiệp trực thuộc Sở'], 'Trước ngày 15/02/2026'],
  ]);
});

test('dòng "Đơn vị thực hiện: Văn phòng chủ trì việc kê khai …; Thanh tra chủ trì việc xác minh …; các đơn vị phối hợp" sau hai gạch: mỗi gạch nhận vế có việc của nó', () => {
  const outline = plainTypedPlan([
    'VIỆN KIỂM SÁT NHÂN DÂN TỈNH',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2026',
    'II. NỘI DUNG THỰC HIỆN',
    '**8. Kiểm soát tài sản, thu nhập**',
    '- Hướng dẫn, tổ chức việc kê khai tài sản, thu nhập hằng năm; công khai bản kê khai theo quy định.',
    '- Xác minh tài sản, thu nhập đối với người có nghĩa vụ kê khai được lựa chọn ngẫu nhiên.',
    'Đơn vị thực hiện: Văn phòng chủ trì việc kê khai, công khai bản kê khai; Thanh tra chủ trì việc xác minh tài sản, thu nhập; các đơn vị phối hợp thực hiện.',
    'Thời gian: Năm 2026.',
    'III. TỔ CHỨC THỰC HIỆN',
  ]);
  expect(outline.items.map((item) => [item.id, item.lead, item.support])).toEqual([
    ['II.8.1', ['Văn phòng'], ['các đơn vị']],
    ['II.8.2', ['Thanh tra'], ['các đơn vị']],
  ]);
});

test('"III. PHÂN CÔNG THỰC HIỆN" giao nhiệm vụ theo nội dung ("1. Phòng Tổ chức - Hành chính: chủ trì tổ chức quán triệt Kế hoạch; …"): mỗi vế về nhiệm vụ có nhiều cụm từ chung nhất; câu không phải tên đơn vị trước dấu hai chấm thì bỏ qua', () => {
  const outline = plainTypedPlan([
    'TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2026',
    'II. NỘI DUNG',
    '**1. Lãnh đạo, chỉ đạo, tuyên truyền**',
    '1.1. Tổ chức quán triệt, triển khai Kế hoạch này đến toàn thể viên chức, người lao động (Quý I/2026).',
    '1.2. Tuyên truyền, phổ biến pháp luật về phòng, chống tham nhũng cho viên chức, người lao động (thường xuyên).',
    '**2. Phòng ngừa tham nhũng**',
    '2.1. Công khai dự toán, quyết toán ngân sách và các nguồn thu của Trung tâm (thường xuyên).',
    'III. PHÂN CÔNG THỰC HIỆN',
    '1. Phòng Tổ chức - Hành chính: chủ trì tham mưu Giám đốc tổ chức quán triệt, triển khai Kế hoạch; chủ trì, phối hợp với Công đoàn cơ sở tuyên truyền, phổ biến pháp luật về phòng, chống tham nhũng.',
    '2. Phòng Tài chính - Kế toán: chủ trì công khai dự toán, quyết toán ngân sách và các nguồn thu.',
    '3. Các khoa, phòng báo cáo kết quả thực hiện Kế hoạch về Phòng Tổ chức - Hành chính: báo cáo quý gửi trước ngày 05 của tháng cuối quý.',
  ]);
  expect(outline.items.map((item) => [item.id, item.lead, item.support])).toEqual([
    ['II.1.1', ['Phòng Tổ chức - Hành chính'], []],
    ['II.1.2', ['Phòng Tổ chức - Hành chính'], ['Công đoàn cơ sở']],
    ['II.2.1', ['Phòng Tài chính - Kế toán'], []],
  ]);
});

test('gạch đầu dòng kết thúc bằng "…; chủ trì: X; phối hợp: Y; thời gian: Z." trên cùng dòng: đơn vị và thời gian của chính nó', () => {
  const outline = plainTypedPlan([
    'ỦY BAN NHÂN DÂN XÃ PHÚ THỊNH',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2026',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '**1. Công tác lãnh đạo, chỉ đạo**',
    '- Theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch; tham mưu UBND xã xây dựng báo cáo công tác PCTNTC; chủ trì: Văn phòng HĐND và UBND; phối hợp: các phòng chuyên môn; thời gian: định kỳ hằng quý.',
    '- Tổ chức tuyên truyền, phổ biến Luật Phòng, chống tham nhũng cho cán bộ, công chức và Nhân dân; thực hiện: Phòng Văn hóa - Xã hội; thời gian: thường xuyên.',
    'III. TỔ CHỨC THỰC HIỆN',
  ]);
  expect(outline.items.map((item) => [item.id, item.lead, item.support, item.timingRaw])).toEqual([
    ['II.1.1', ['Văn phòng HĐND và UBND'], ['các phòng chuyên môn'], 'định kỳ hằng quý'],
    ['II.1.2', ['Phòng Văn hóa - Xã hội'], [], 'thường xuyên'],
  ]);
});

test('nhiệm vụ ở nhiều phần La Mã ("II. CÁC GIẢI PHÁP PHÒNG NGỪA", "III. PHÁT HIỆN, XỬ LÝ …") trước "IV. TỔ CHỨC THỰC HIỆN": mỗi nhiệm vụ giữ số La Mã của phần nó; phần kinh phí không phải nhiệm vụ', () => {
  const outline = plainTypedPlan([
    'CHI CỤC KIỂM LÂM TỈNH',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2026',
    'I. MỤC ĐÍCH, YÊU CẦU',
    '- Phòng ngừa từ sớm, từ xa các hành vi tham nhũng, tiêu cực.',
    'II. CÁC GIẢI PHÁP PHÒNG NGỪA',
    '**1. Công khai, minh bạch**',
    '- Công khai dự toán, quyết toán ngân sách của Chi cục (Phòng Hành chính - Tổng hợp chủ trì; thời gian: thường xuyên).',
    'III. PHÁT HIỆN, XỬ LÝ THAM NHŨNG, TIÊU CỰC',
    '**1. Kiểm tra nội bộ**',
    '- Tổ chức 02 cuộc kiểm tra nội bộ tại các Hạt Kiểm lâm khu vực (Phòng Pháp chế chủ trì; thời gian: Quý III/2026).',
    'IV. KINH PHÍ THỰC HIỆN',
    'Kinh phí thực hiện từ dự toán ngân sách giao cho Chi cục năm 2026.',
    'V. TỔ CHỨC THỰC HIỆN',
    'Các phòng, Hạt, Đội báo cáo kết quả về Phòng Hành chính - Tổng hợp trước ngày 06 của tháng cuối quý.',
  ]);
  expect(outline.items.map((item) => [item.id, item.lead, item.timingRaw])).toEqual([
    ['II.1.1', ['Phòng Hành chính - Tổng hợp'], 'thường xuyên'],
    ['III.1.1', ['Phòng Pháp chế'], 'Quý III/2026'],
  ]);
});

test('"(Phòng Nghiệp vụ 1, 2, 3 thực hiện theo lĩnh vực)": ba đơn vị đánh số, mỗi phòng một đơn vị; "Phòng Phòng, chống tham nhũng" là tên phòng', async () => {
  const { importPlan } = await import('../../src/plan/import/assemble');
  const lines = [
    'THANH TRA TỈNH AN GIANG',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2026',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '**1. Công tác thanh tra**',
    'a) Thanh tra trách nhiệm thực hiện pháp luật về phòng, chống tham nhũng tại 04 sở, ngành (Phòng Nghiệp vụ 1, 2, 3 thực hiện theo lĩnh vực; thời gian: theo Kế hoạch thanh tra năm 2026).',
    'b) Phòng Phòng, chống tham nhũng tham mưu Chánh Thanh tra tỉnh tổng hợp, báo cáo kết quả công tác PCTN (thời gian: hằng quý).',
    'III. TỔ CHỨC THỰC HIỆN',
    'Các phòng báo cáo kết quả về Văn phòng trước ngày 06 của tháng cuối quý.',
  ];
  const { plan } = importPlan(toDocumentModel(lines.map((line) => ({ ...PLAIN_PARAGRAPH, text: line.replace(/\*\*/g, ''), bold: line.startsWith('**') || line === line.toUpperCase() })), { host: 'docx' }));
  const name = (id: string) => plan.units.find((u) => u.id === id)?.name ?? id;
  expect(plan.items.map((i) => [i.id, i.lead.map(name)])).toEqual([
    ['II.1.a.1', ['Phòng Nghiệp vụ 1', 'Phòng Nghiệp vụ 2', 'Phòng Nghiệp vụ 3']],
    ['II.1.b.1', ['Phòng Phòng, chống tham nhũng']],
  ]);
});

test('câu giao việc đứng TRƯỚC các điểm ("1. Giao X chủ trì, phối hợp Y thực hiện các nội dung sau:" rồi "a)", "b)"); câu "Những nội dung không ghi thời gian cụ thể thì thực hiện thường xuyên trong năm 2027" là thời gian của điểm không tự ghi', () => {
  const outline = plainTypedPlan([
    'ỦY BAN NHÂN DÂN PHƯỜNG CẨM THÀNH',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    'Ủy ban nhân dân phường giao nhiệm vụ cụ thể cho các cơ quan, đơn vị như sau. Những nội dung không ghi thời gian cụ thể thì thực hiện thường xuyên trong năm 2027.',
    '1. Giao Văn phòng HĐND và UBND phường chủ trì, phối hợp Phòng Kinh tế, Hạ tầng và Đô thị thực hiện các nội dung sau:',
    'a) Tham mưu Chủ tịch Ủy ban nhân dân phường ban hành văn bản quán triệt, triển khai Kế hoạch này đến toàn thể cán bộ, công chức (thời gian: tháng 01/2027).',
    'b) Thực hiện công khai, minh bạch về tổ chức và hoạt động của Ủy ban nhân dân phường theo quy định tại Điều 10 Luật Phòng, chống tham nhũng.',
    '2. Phòng Văn hóa - Xã hội chủ trì thực hiện:',
    'a) Tuyên truyền, phổ biến, giáo dục pháp luật về phòng, chống tham nhũng cho cán bộ, công chức và Nhân dân trên địa bàn phường.',
    '3. Thủ trưởng các phòng chuyên môn, đơn vị sự nghiệp thuộc Ủy ban nhân dân phường có trách nhiệm thực hiện:',
    'a) Chấp hành nghiêm quy tắc ứng xử, kỷ luật, kỷ cương hành chính trong cơ quan, đơn vị.',
    'III. TỔ CHỨC THỰC HIỆN',
  ]);
  expect(outline.items.map((item) => [item.id, item.unitsRaw])).toEqual([
    ['II.1.a.1', 'Văn phòng HĐND và UBND phường chủ trì, phối hợp Phòng Kinh tế, Hạ tầng và Đô thị'],
    ['II.1.b.1', 'Văn phòng HĐND và UBND phường chủ trì, phối hợp Phòng Kinh tế, Hạ tầng và Đô thị'],
    ['II.2.a.1', 'Phòng Văn hóa - Xã hội chủ trì'],
    ['II.3.a.1', 'Thủ trưởng các phòng chuyên môn, đơn vị sự nghiệp thuộc Ủy ban nhân dân phường'],
  ]);
  expect(outline.items.map((item) => item.lead)).toEqual([['Văn phòng HĐND và UBND phường'], ['Văn phòng HĐND và UBND phường'], ['Phòng Văn hóa - Xã hội'], ['các phòng chuyên môn', 'các đơn vị sự nghiệp thuộc Ủy ban nhân dân phường']]);
  expect(outline.items[1]!.support).toEqual(['Phòng Kinh tế, Hạ tầng và Đô thị']);
  expect(outline.items.map((item) => item.timingRaw)).toEqual([
    'tháng 01/2027',
    'Những nội dung không ghi thời gian cụ thể thì thực hiện thường xuyên trong năm 2027',
    'Những nội dung không ghi thời gian cụ thể thì thực hiện thường xuyên trong năm 2027',
    'Những nội dung không ghi thời gian cụ thể thì thực hiện thường xuyên trong năm 2027',
  ]);
});

test('kế hoạch chia theo khoa, phòng: câu "Các nhiệm vụ dưới đây được thực hiện thường xuyên trong năm 2027; nhiệm vụ có thời hạn riêng được ghi trong ngoặc đơn" là thời gian của gạch đầu dòng không tự ghi', () => {
  const outline = plainTypedPlan([
    'BỆNH VIỆN ĐA KHOA KHU VỰC TÂY QUẢNG NGÃI',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
    'II. NHIỆM VỤ CỤ THỂ CỦA CÁC KHOA, PHÒNG',
    'Các nhiệm vụ dưới đây được thực hiện thường xuyên trong năm 2027; nhiệm vụ có thời hạn riêng được ghi trong ngoặc đơn ở cuối nội dung.',
    '2. Phòng Tổ chức cán bộ',
    '- Tham mưu Giám đốc ban hành Kế hoạch chuyển đổi vị trí công tác năm 2027 (ban hành trong quý I/2027).',
    '- Tổ chức kê khai, công khai bản kê khai tài sản, thu nhập theo Nghị định số 130/2020/NĐ-CP.',
    'III. TỔ CHỨC THỰC HIỆN',
  ]);
  expect(outline.items.map((item) => [item.lead, item.timingRaw])).toEqual([
    [['Phòng Tổ chức cán bộ'], 'ban hành trong quý I/2027'],
    [['Phòng Tổ chức cán bộ'], 'thực hiện thường xuyên trong năm 2027'],
  ]);
});

test('nhiệm vụ mở đầu bằng một mục La Mã đặt tên theo chủ đề ("II. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO; TUYÊN TRUYỀN …") trước "III. CÁC GIẢI PHÁP …": mục ấy cũng là nhiệm vụ; mỗi nhiệm vụ có ba dòng "– Chủ trì / – Phối hợp / – Thời hạn"', () => {
  const outline = plainTypedPlan([
    'BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
    'I. MỤC ĐÍCH, YÊU CẦU',
    '1. Mục đích',
    'Nâng cao nhận thức, trách nhiệm của lãnh đạo Ban, Trưởng các phòng và viên chức trong công tác phòng, chống tham nhũng.',
    'II. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO; TUYÊN TRUYỀN, PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT VỀ PCTN, TC',
    '1. Quán triệt, triển khai Kế hoạch này và các văn bản chỉ đạo của Trung ương, Tỉnh ủy về phòng, chống tham nhũng, tiêu cực đến viên chức, người lao động.',
    '– Chủ trì: Giám đốc Ban.',
    '– Phối hợp: Văn phòng Ban.',
    '– Thời hạn: Quý I/2027 và thường xuyên trong năm.',
    'III. CÁC GIẢI PHÁP PHÒNG NGỪA THAM NHŨNG, TIÊU CỰC',
    '1. Công khai kế hoạch lựa chọn nhà thầu, kết quả lựa chọn nhà thầu trên Hệ thống mạng đấu thầu quốc gia.',
    '– Chủ trì: Phòng Kế hoạch - Tài chính.',
    '– Thời hạn: Thường xuyên.',
    'IV. TỔ CHỨC THỰC HIỆN',
    '1. Văn phòng Ban theo dõi, đôn đốc việc thực hiện Kế hoạch này.',
  ]);
  expect(outline.items.map((item) => [item.id, item.unitsRaw, item.timingRaw])).toEqual([
    ['II.1', 'Chủ trì: Giám đốc Ban; phối hợp: Văn phòng Ban.', 'Quý I/2027 và thường xuyên trong năm.'],
    ['III.1', 'Chủ trì: Phòng Kế hoạch - Tài chính.', 'Thường xuyên.'],
  ]);
});

test('phần đánh chữ in hoa trước số La Mã ("A. NHIỆM VỤ CHUNG", "B. NHIỆM VỤ CỤ THỂ" với I, II, III, "C. TỔ CHỨC THỰC HIỆN"): nhiệm vụ của mục La Mã cuối dừng ở phần C, khối chữ ký dạng bảng không làm mất mục ấy; dòng "Phòng/bộ phận thực hiện: …. Thời gian: …" là dòng đơn vị và thời gian', () => {
  const raws: RawParagraph[] = [
    'NGÂN HÀNG CHÍNH SÁCH XÃ HỘI',
    'CHI NHÁNH TỈNH TUYÊN QUANG',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
    'A. NHIỆM VỤ CHUNG',
    'Tiếp tục quán triệt, triển khai đồng bộ, có hiệu quả chủ trương của Đảng, chính sách, pháp luật của Nhà nước về PCTN, TC.',
    'B. NHIỆM VỤ CỤ THỂ',
    'I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO VÀ TUYÊN TRUYỀN, PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT VỀ PCTN, TC',
    '1. Công tác lãnh đạo, chỉ đạo',
    '- Quán triệt các văn bản của Đảng, Nhà nước, của NHCSXH về PCTN, TC tại hội nghị sơ kết, tổng kết, giao ban định kỳ của Chi nhánh.',
    'Phòng/bộ phận thực hiện: Phòng Hành chính - Tổ chức chủ trì, các Phòng giao dịch phối hợp. Thời gian: Thường xuyên.',
    'II. THỰC HIỆN CÁC GIẢI PHÁP PHÒNG NGỪA THAM NHŨNG, TIÊU CỰC',
    '1. Công khai, minh bạch trong hoạt động của Chi nhánh',
    '- Công khai dự toán, quyết toán thu, chi tài chính theo quy định của NHCSXH.',
    'Phòng/bộ phận thực hiện: Phòng Kế toán - Ngân quỹ. Thời gian: Định kỳ 6 tháng, năm.',
    'III. PHÁT HIỆN, XỬ LÝ THAM NHŨNG, TIÊU CỰC',
    '1. Công tác kiểm tra, giám sát',
    '- Các Phòng giao dịch tự kiểm tra hoạt động nghiệp vụ tại đơn vị; đối chiếu nợ đến từng hộ vay.',
    'Thời gian: Hằng quý.',
    'C. TỔ CHỨC THỰC HIỆN',
    '1. Chế độ báo cáo: các phòng chuyên môn, các Phòng giao dịch báo cáo kết quả thực hiện công tác PCTN, TC định kỳ hằng quý về Chi nhánh (qua Phòng KTKSNB), báo cáo quý I trước ngày 10/3/2027.',
    'Nơi nhận:',
  ].map((text) => ({ ...PLAIN_PARAGRAPH, text, bold: text === text.toUpperCase() || /^[A-Z]\.\s/u.test(text) }));
  ['- Như trên;', 'GIÁM ĐỐC'].forEach((text, cell) => raws.push({ ...PLAIN_PARAGRAPH, text, table: { table: 0, row: 0, cell, depth: 1 } }));
  const outline = readPlanOutline(toDocumentModel(raws, { host: 'docx' }));
  expect(outline.items.map((item) => [item.id, item.lead, item.support, item.timingRaw])).toEqual([
    ['I.1.1', ['Phòng Hành chính - Tổ chức'], ['các Phòng giao dịch'], 'Thường xuyên.'],
    ['II.1.1', ['Phòng Kế toán - Ngân quỹ'], [], 'Định kỳ 6 tháng, năm.'],
    ['III.1.1', ['Các Phòng giao dịch'], [], 'Hằng quý.'],
  ]);
  expect(outline.organisation[0]?.text).toMatch(/^1\. Chế độ báo cáo/u);
});

test('phần tổ chức thực hiện giao từng đơn vị bằng câu trộn nội dung và số mục: câu mới sau dấu chấm, câu tự nêu đơn vị ("Các trường THPT thực hiện mục 1.2"), "hướng dẫn, kiểm tra" là phối hợp, và "(mục 2.1)" chỉ các gạch đầu dòng của 2.1 mà nội dung vế câu nói tới', async () => {
  const { importPlan } = await import('../../src/plan/import/assemble');
  const lines = [
    'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '**1. Công tác lãnh đạo, chỉ đạo; tuyên truyền**',
    '1.1. Quán triệt, triển khai kịp thời văn bản chỉ đạo của Tỉnh ủy, Ủy ban nhân dân tỉnh về PCTN, TC đến toàn thể viên chức của ngành. Thời gian thực hiện: Thường xuyên.',
    '1.2. Lồng ghép giáo dục liêm chính trong môn Giáo dục kinh tế và pháp luật ở cấp THPT. Thời gian thực hiện: Theo kế hoạch năm học.',
    '**2. Các giải pháp phòng ngừa**',
    '2.1. Thực hiện công khai, minh bạch và quản lý các khoản thu trong các cơ sở giáo dục:',
    '- Thực hiện công khai cam kết chất lượng giáo dục, điều kiện bảo đảm chất lượng giáo dục và thu, chi tài chính của trường.',
    '- Quản lý chặt chẽ các khoản thu đầu năm học, các khoản thu thỏa thuận và việc vận động, tiếp nhận tài trợ; không để xảy ra lạm thu.',
    '- Công khai, minh bạch kế hoạch, quy chế, kết quả tuyển sinh vào lớp 10 THPT, kỳ thi tốt nghiệp THPT và kỳ thi chọn học sinh giỏi cấp tỉnh.',
    'Thời gian thực hiện: Trong năm học.',
    '2.2. Xây dựng, ban hành và thực hiện Kế hoạch chuyển đổi vị trí công tác năm 2027 đối với viên chức làm kế toán, thủ quỹ. Thời gian thực hiện: Quý I/2027.',
    '2.3. Thực hiện Quy tắc ứng xử trong cơ sở giáo dục; chấp hành nghiêm kỷ luật, kỷ cương hành chính. Thời gian thực hiện: Thường xuyên.',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Văn phòng Sở: chủ trì tham mưu Giám đốc Sở quán triệt, chỉ đạo triển khai Kế hoạch này (mục 1.1); phối hợp với Phòng Tổ chức cán bộ thực hiện mục 2.2. Chủ trì tổng hợp kết quả thực hiện Kế hoạch này.',
    '2. Phòng Tổ chức cán bộ: chủ trì các nội dung về chuyển đổi vị trí công tác (mục 2.2).',
    '3. Phòng Kế hoạch – Tài chính: hướng dẫn, kiểm tra việc quản lý các khoản thu, tài trợ tại các trường THPT (mục 2.1).',
    '4. Phòng Quản lý chất lượng: chủ trì công khai, minh bạch trong tuyển sinh, thi tốt nghiệp THPT, thi chọn học sinh giỏi (mục 2.1).',
    '5. Các trường trung học phổ thông: thực hiện công khai, quản lý các khoản thu, tài trợ (mục 2.1). Các trường THPT thực hiện mục 1.2 theo hướng dẫn của Phòng Giáo dục phổ thông.',
    '6. Văn phòng Sở, các phòng chuyên môn thuộc Sở và các trường THPT thực hiện mục 2.3 trong phạm vi chức năng, nhiệm vụ của mình.',
    '7. Các phòng chuyên môn, các trường THPT báo cáo kết quả về Sở (qua Văn phòng Sở) trước ngày 06 của tháng cuối quý.',
  ];
  const { plan } = importPlan(toDocumentModel(lines.map((line) => ({ ...PLAIN_PARAGRAPH, text: line.replace(/\*\*/g, ''), bold: line.startsWith('**') || line === line.toUpperCase() })), { host: 'docx' }));
  const name = (id: string) => plan.units.find((u) => u.id === id)?.name ?? plan.groups.find((g) => g.id === id)?.name ?? id;
  expect(plan.items.map((i) => [i.id, i.lead.map(name), i.support.map(name)])).toEqual([
    ['II.1.1', ['Văn phòng Sở'], []],
    ['II.1.2', ['Các trường THPT'], []],
    ['II.2.1.1', ['Các trường trung học phổ thông'], []],
    ['II.2.1.2', ['Các trường trung học phổ thông'], ['Phòng Kế hoạch – Tài chính']],
    ['II.2.1.3', ['Phòng Quản lý chất lượng'], []],
    ['II.2.2', ['Phòng Tổ chức cán bộ'], ['Văn phòng Sở']],
    ['II.2.3', ['Văn phòng Sở', 'các phòng chuyên môn thuộc Sở', 'Các trường THPT'], []],
  ]);
});

test('dòng "Bộ phận tham mưu: …" hay "Bộ phận chủ trì: …; Bộ phận phối hợp: …" sau mỗi nhiệm vụ: bộ phận tham mưu, chủ trì là đơn vị chủ trì', () => {
  const outline = prosePlan([
    'LIÊN ĐOÀN LAO ĐỘNG TỈNH TUYÊN QUANG',
    'KẾ HOẠCH',
    'Thực hiện công tác phòng, chống tham nhũng, tiêu cực năm 2027',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '1. Tổ chức quán triệt, triển khai Kế hoạch này đến cán bộ cơ quan LĐLĐ tỉnh, Ban Chấp hành các công đoàn cơ sở trực thuộc.',
    'Bộ phận tham mưu: Ban Tổ chức - Kiểm tra',
    'Thời gian: Quý I/2027',
    '2. Rà soát, sửa đổi, bổ sung Quy chế chi tiêu nội bộ, Quy chế quản lý, sử dụng tài sản của cơ quan LĐLĐ tỉnh.',
    'Bộ phận chủ trì: Văn phòng Liên đoàn; Bộ phận phối hợp: Ban Tài chính, Ban Tổ chức - Kiểm tra',
    'Thời gian: Quý I/2027',
    '3. Kiểm tra, giám sát và theo dõi việc thực hiện kết luận kiểm tra:',
    '- Kiểm tra việc chấp hành Điều lệ Công đoàn Việt Nam tại 06 công đoàn cơ sở trực thuộc.',
    '- Kiểm tra việc quản lý, sử dụng tài chính, tài sản công đoàn tại 08 công đoàn cơ sở trực thuộc.',
    'Bộ phận tham mưu: Ủy ban Kiểm tra LĐLĐ tỉnh; Bộ phận phối hợp: Ban Tài chính',
    'Thời gian: Theo Kế hoạch kiểm tra, giám sát năm 2027 của Ủy ban Kiểm tra LĐLĐ tỉnh',
    'III. TỔ CHỨC THỰC HIỆN',
  ]);
  expect(outline.items.map((item) => [item.id, item.lead, item.support, item.timingRaw])).toEqual([
    ['II.1.1', ['Ban Tổ chức - Kiểm tra'], [], 'Quý I/2027'],
    ['II.2.1', ['Văn phòng Liên đoàn'], ['Ban Tài chính', 'Ban Tổ chức - Kiểm tra'], 'Quý I/2027'],
    ['II.3.1', ['Ủy ban Kiểm tra LĐLĐ tỉnh'], ['Ban Tài chính'], 'Theo Kế hoạch kiểm tra, giám sát năm 2027 của Ủy ban Kiểm tra LĐLĐ tỉnh'],
    ['II.3.2', ['Ủy ban Kiểm tra LĐLĐ tỉnh'], ['Ban Tài chính'], 'Theo Kế hoạch kiểm tra, giám sát năm 2027 của Ủy ban Kiểm tra LĐLĐ tỉnh'],
  ]);
});

test('dòng nghiêng "Đầu mối: …; Phối hợp: …; Thời gian: …" sau nhiệm vụ hay nhóm gạch đầu dòng: đơn vị đầu mối chủ trì', () => {
  const outline = prosePlan([
    'CHI CỤC HẢI QUAN KHU VỰC XI',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
    'II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM',
    '2. Thực hiện các biện pháp phòng ngừa tham nhũng, tiêu cực',
    '2.2. Rà soát, sửa đổi, bổ sung Quy chế chi tiêu nội bộ, Quy chế quản lý, sử dụng tài sản công của Chi cục phù hợp với tổ chức bộ máy sau sắp xếp.',
    'Đầu mối: Đội Tổng hợp; Phối hợp: Đội Kiểm soát hải quan; Thời gian: Rà soát, ban hành trong quý I/2027; thực hiện thường xuyên.',
    '2.3. Cải cách hành chính, hiện đại hóa hải quan:',
    '- Đẩy mạnh thực hiện thủ tục hải quan điện tử, Cơ chế một cửa quốc gia.',
    '- Thực hiện thu nộp thuế điện tử và thông quan 24/7.',
    'Đầu mối: Đội Nghiệp vụ; Phối hợp: các Hải quan cửa khẩu; Thời gian: Thường xuyên.',
    '- Hải quan cửa khẩu quốc tế Lao Bảo triển khai giám sát hải quan tự động đối với phương tiện, hàng hóa ra vào bãi kiểm tra tập trung.',
    'Đầu mối: Hải quan cửa khẩu quốc tế Lao Bảo; Phối hợp: Đội Nghiệp vụ; Thời gian: Quý III/2027.',
    'III. TỔ CHỨC THỰC HIỆN',
  ]);
  expect(outline.items.map((item) => [item.id, item.lead, item.support, item.timingRaw])).toEqual([
    ['II.2.2', ['Đội Tổng hợp'], ['Đội Kiểm soát hải quan'], 'Rà soát, ban hành trong quý I/2027; thực hiện thường xuyên.'],
    ['II.2.3.1', ['Đội Nghiệp vụ'], ['các Hải quan cửa khẩu'], 'Thường xuyên.'],
    ['II.2.3.2', ['Đội Nghiệp vụ'], ['các Hải quan cửa khẩu'], 'Thường xuyên.'],
    ['II.2.3.3', ['Hải quan cửa khẩu quốc tế Lao Bảo'], ['Đội Nghiệp vụ'], 'Quý III/2027.'],
  ]);
});

test('"IV. PHÂN CÔNG TRÁCH NHIỆM" giao việc theo chỗ đứng trong kế hoạch ("gạch đầu dòng thứ hai điểm a mục 2 phần II", "điểm c, d mục 1 phần II", "mục 1 phần III"); đơn vị chỉ "hướng dẫn" thì phối hợp, người chủ trì theo câu nhiệm vụ; báo cáo "về Bộ Chỉ huy (qua Phòng Chính trị)"', async () => {
  const { importPlan } = await import('../../src/plan/import/assemble');
  const lines = [
    'BỘ CHỈ HUY QUÂN SỰ TỈNH',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
    'II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU',
    '**1. Công tác lãnh đạo, chỉ đạo, tuyên truyền**',
    '**a) Công tác quán triệt**',
    '- Tổ chức quán triệt các chủ trương của Đảng, pháp luật của Nhà nước về công tác PCTN, TC đến 100% cán bộ, chiến sĩ. Hoàn thành trong quý I/2027.',
    '**b) Xây dựng kế hoạch công tác PCTN, TC của cơ quan, đơn vị**',
    '- Các cơ quan, đơn vị căn cứ Kế hoạch này xây dựng kế hoạch công tác PCTN, TC năm 2027, gửi về Bộ Chỉ huy (qua Phòng Chính trị) trước ngày 10/02/2027.',
    '**2. Thực hiện các biện pháp phòng ngừa tham nhũng, tiêu cực**',
    '**a) Công khai, minh bạch**',
    '- Thực hiện công khai dự toán, quyết toán ngân sách, các khoản thu, chi tài chính. Thời gian: theo quý, năm.',
    '- Công khai tiêu chuẩn, quy trình, kết quả tuyển chọn và gọi công dân nhập ngũ năm 2027. Thời gian: tháng 01 đến tháng 3/2027.',
    'III. PHÁT HIỆN, XỬ LÝ THAM NHŨNG, TIÊU CỰC',
    '1. Tăng cường tự kiểm tra, kiểm tra nội bộ để chủ động phát hiện hành vi tham nhũng, tiêu cực. Thời gian: hằng quý và đột xuất.',
    '2. Tiếp nhận, xử lý kịp thời đơn thư phản ánh, tố cáo về tham nhũng, tiêu cực theo đúng thẩm quyền.',
    'IV. PHÂN CÔNG TRÁCH NHIỆM',
    '1. Phòng Tham mưu: chủ trì tham mưu, hướng dẫn công khai kết quả tuyển chọn và gọi công dân nhập ngũ (gạch đầu dòng thứ hai điểm a mục 2 phần II).',
    '2. Phòng Chính trị: chủ trì tham mưu các nội dung tại điểm a mục 1 phần II; hướng dẫn các cơ quan, đơn vị xây dựng kế hoạch công tác PCTN, TC năm 2027 (điểm b mục 1 phần II); chủ trì tiếp nhận, xử lý đơn thư phản ánh, tố cáo (mục 2 phần III).',
    '3. Ban Tài chính: chủ trì thực hiện công khai dự toán, quyết toán ngân sách (gạch đầu dòng thứ nhất điểm a mục 2 phần II); chủ trì tự kiểm tra tài chính hằng quý tại cơ quan Bộ Chỉ huy (mục 1 phần III).',
    '4. Chế độ báo cáo: các cơ quan, đơn vị báo cáo kết quả thực hiện công tác PCTN, TC định kỳ hằng quý về Bộ Chỉ huy (qua Phòng Chính trị) trước ngày 10 của tháng cuối quý (báo cáo quý I trước ngày 10/3/2027; báo cáo 6 tháng trước ngày 10/6/2027; báo cáo 9 tháng trước ngày 10/9/2027; báo cáo năm trước ngày 05/12/2027).',
  ];
  const { plan } = importPlan(toDocumentModel(lines.map((line) => ({ ...PLAIN_PARAGRAPH, text: line.replace(/\*\*/g, ''), bold: line.startsWith('**') || line === line.toUpperCase() })), { host: 'docx' }));
  const name = (id: string) => plan.units.find((u) => u.id === id)?.name ?? plan.groups.find((g) => g.id === id)?.name ?? id;
  expect(plan.items.map((i) => [i.id, i.lead.map(name), i.support.map(name)])).toEqual([
    ['II.1.a.1', ['Phòng Chính trị'], []],
    ['II.1.b.1', ['Các cơ quan, đơn vị'], ['Phòng Chính trị']],
    ['II.2.a.1', ['Ban Tài chính'], []],
    ['II.2.a.2', ['Phòng Tham mưu'], []],
    ['III.1', ['Ban Tài chính'], []],
    ['III.2', ['Phòng Chính trị'], []],
  ]);
  expect(name(plan.reporting.channel)).toBe('Phòng Chính trị');
});

test('đoạn phân công trộn vế có số mục và vế chỉ nêu nội dung ("5. Ban Tài chính: chủ trì … (gạch đầu dòng thứ nhất điểm a mục 2 phần II); thực hiện chi trả tiền lương … qua tài khoản"): vế nội dung về nhiệm vụ có nhiều cụm từ chung nhất, kể cả nhiệm vụ đã được giao theo số (đơn vị ấy cùng chủ trì); vế "là đầu mối …" không phải nhiệm vụ', async () => {
  const { importPlan } = await import('../../src/plan/import/assemble');
  const lines = [
    'BỘ CHỈ HUY QUÂN SỰ TỈNH',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
    'II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU',
    '**1. Thực hiện các biện pháp phòng ngừa tham nhũng, tiêu cực**',
    '**a) Công khai, minh bạch**',
    '- Thực hiện công khai dự toán, quyết toán ngân sách, các khoản thu, chi tài chính và tình hình quản lý, sử dụng tài sản công. Thời gian: theo quý, năm.',
    '- Công khai tiêu chuẩn, quy trình, kết quả tuyển dụng quân nhân chuyên nghiệp, công nhân viên chức quốc phòng. Thời gian: thường xuyên.',
    '**b) Thanh toán không dùng tiền mặt**',
    '- Thực hiện chi trả tiền lương, phụ cấp cho quân nhân chuyên nghiệp, công nhân viên chức quốc phòng qua tài khoản.',
    'IV. PHÂN CÔNG TRÁCH NHIỆM',
    '1. Phòng Chính trị: chủ trì công khai kết quả tuyển dụng quân nhân chuyên nghiệp, công nhân viên chức quốc phòng (gạch đầu dòng thứ hai điểm a mục 1 phần II).',
    '2. Ban Tài chính: chủ trì thực hiện công khai dự toán, quyết toán ngân sách (gạch đầu dòng thứ nhất điểm a mục 1 phần II); thực hiện chi trả tiền lương, phụ cấp qua tài khoản.',
    '3. Ban Chỉ huy Phòng thủ khu vực: thực hiện nghiêm việc công khai dự toán, quyết toán ngân sách tại đơn vị; là đầu mối theo dõi việc chi trả tiền lương, phụ cấp qua tài khoản.',
  ];
  const { plan } = importPlan(toDocumentModel(lines.map((line) => ({ ...PLAIN_PARAGRAPH, text: line.replace(/\*\*/g, ''), bold: line.startsWith('**') || line === line.toUpperCase() })), { host: 'docx' }));
  const name = (id: string) => plan.units.find((u) => u.id === id)?.name ?? id;
  expect(plan.items.map((i) => [i.id, i.lead.map(name)])).toEqual([
    ['II.1.a.1', ['Ban Tài chính', 'Ban Chỉ huy Phòng thủ khu vực']],
    ['II.1.a.2', ['Phòng Chính trị']],
    ['II.1.b.1', ['Ban Tài chính']],
  ]);
});

test('ngoặc cuối nhiệm vụ "(X tham mưu; thời gian)" chỉ nêu đơn vị tham mưu: đơn vị ấy chủ trì; thời gian cuối ngoặc đơn vị ("…; ít nhất 01 lần/quý") là của nhiệm vụ, không lấy thời gian của tiểu mục', () => {
  const outline = prosePlan([
    'THI HÀNH ÁN DÂN SỰ TỈNH LAI CHÂU',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
    'II. NHIỆM VỤ, GIẢI PHÁP CÔNG TÁC PCTN, TC NĂM 2027',
    '1. Công tác lãnh đạo, chỉ đạo; tuyên truyền, phổ biến, giáo dục pháp luật về PCTN, TC',
    'a) Tổ chức quán triệt, triển khai Kế hoạch này đến toàn thể công chức, người lao động (Văn phòng chủ trì, phối hợp với các phòng chuyên môn; thời gian: Quý I năm 2027).',
    'b) Tổ chức 01 hội nghị tập huấn nghiệp vụ thi hành án dân sự năm 2027, trong đó có chuyên đề nhận diện nguy cơ tham nhũng, tiêu cực (Phòng Nghiệp vụ và Tổ chức thi hành án tham mưu; trong tháng 6/2027).',
    '2. Thực hiện các biện pháp phòng ngừa tham nhũng, tiêu cực',
    'c) Thực hiện quy tắc ứng xử, đạo đức nghề nghiệp; kỷ luật, kỷ cương hành chính (Các phòng chuyên môn và các Phòng THADS khu vực thực hiện; thường xuyên):',
    '- Chấp hành kỷ luật, kỷ cương hành chính, thời gian làm việc; thực hiện quy định về tặng quà, nhận quà tặng và nộp lại quà tặng.',
    '- Kiểm tra công vụ đột xuất việc chấp hành kỷ luật, kỷ cương hành chính tại các Phòng THADS khu vực (Phòng Kiểm tra và Giải quyết khiếu nại, tố cáo chủ trì, phối hợp với Văn phòng; ít nhất 01 lần/quý).',
    'd) Trách nhiệm của người đứng đầu',
    '- Xem xét, xử lý trách nhiệm của người đứng đầu các phòng chuyên môn, các Phòng THADS khu vực khi để xảy ra tham nhũng, tiêu cực (Phòng Tổ chức cán bộ tham mưu; khi phát sinh vụ việc).',
    'III. TỔ CHỨC THỰC HIỆN',
  ]);
  expect(outline.items.map((item) => [item.id, item.lead, item.support, item.timingRaw])).toEqual([
    ['II.1.a.1', ['Văn phòng'], ['các phòng chuyên môn'], 'Quý I năm 2027'],
    ['II.1.b.1', ['Phòng Nghiệp vụ và Tổ chức thi hành án'], [], 'trong tháng 6/2027'],
    ['II.2.c.1', ['Các phòng chuyên môn', 'các Phòng THADS khu vực'], [], 'thường xuyên'],
    ['II.2.c.2', ['Phòng Kiểm tra và Giải quyết khiếu nại, tố cáo'], ['Văn phòng'], 'ít nhất 01 lần/quý'],
    ['II.2.d.1', ['Phòng Tổ chức cán bộ'], [], 'khi phát sinh vụ việc'],
  ]);
  // A closing bracket that assigns the roles is the task's units line: no doubt; the adviser alone is read, so doubted.
  expect(outline.doubts.filter((doubt) => /không có dòng "Đơn vị thực hiện"/u.test(doubt.vi)).map((doubt) => doubt.item)).toEqual(['II.2.d.1']);
  // The task opens with the head the office advises: the head leads, the office helps.
  const school = prosePlan([
    'TRƯỜNG TRUNG HỌC CƠ SỞ NGUYỄN DU',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '3. Các biện pháp phòng ngừa tham nhũng, tiêu cực',
    'đ) Chuyển đổi vị trí công tác',
    '- Hiệu trưởng rà soát các vị trí công tác phải định kỳ chuyển đổi theo Nghị định số 59/2019/NĐ-CP; xây dựng kế hoạch chuyển đổi vị trí công tác nếu có trường hợp đến thời hạn (Tổ Văn phòng tham mưu; thời gian: Quý IV/2027).',
    'III. TỔ CHỨC THỰC HIỆN',
  ]);
  expect(school.items.map((item) => [item.lead, item.support, item.timingRaw])).toEqual([[['Hiệu trưởng'], ['Tổ Văn phòng'], 'Quý IV/2027']]);
});

test('phần "B. NỘI DUNG THỰC HIỆN" chứa các mục La Mã (dù mục không mang tên "nhiệm vụ, giải pháp"); mỗi nhiệm vụ mở đầu bằng đơn vị trong ngoặc "(Phòng Đào tạo chủ trì, các khoa phối hợp) Rà soát …", dấu hai chấm nằm trong câu và "– Thời gian: …" ở cuối', () => {
  const raws: RawParagraph[] = [
    'TRƯỜNG CAO ĐẲNG KỸ THUẬT - CÔNG NGHỆ LÂM ĐỒNG',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
    'A. MỤC ĐÍCH, YÊU CẦU',
    'I. Mục đích',
    '- Nâng cao nhận thức, trách nhiệm của viên chức, người lao động và học sinh, sinh viên trong công tác PCTN, TC.',
    'II. Yêu cầu',
    '- Mỗi nhiệm vụ có đơn vị chủ trì và thời gian hoàn thành cụ thể.',
    'B. NỘI DUNG THỰC HIỆN',
    'I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO; TUYÊN TRUYỀN, PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT VỀ PCTN, TC',
    '1. (Phòng Tổ chức - Hành chính, sau đây gọi là Phòng TCHC) Tham mưu Hiệu trưởng tổ chức quán triệt Kế hoạch này tại Hội nghị viên chức, người lao động năm 2027 – Thời gian: Quý I/2027.',
    'II. THỰC HIỆN CÁC BIỆN PHÁP PHÒNG NGỪA THAM NHŨNG, TIÊU CỰC',
    '1. Công khai, minh bạch trong tổ chức và hoạt động của Nhà trường',
    'a) (Phòng Đào tạo chủ trì, các khoa phối hợp) Rà soát, công khai chương trình đào tạo, chuẩn đầu ra của các ngành, nghề trên Trang thông tin điện tử của Trường – Thời gian: Quý II/2027.',
    'b) (Phòng Đào tạo chủ trì, các khoa phối hợp) Kiểm soát xung đột lợi ích trong ra đề, coi thi, chấm thi và xét tuyển sinh: viên chức có người thân dự thi phải báo cáo bằng văn bản – Thời gian: Theo kế hoạch thi của từng học kỳ.',
    'c) (Phòng Công tác học sinh, sinh viên) Công khai danh sách xét cấp học bổng khuyến khích học tập cho HSSV – Thời gian: Sau mỗi học kỳ (tháng 3/2027 và tháng 10/2027).',
    'C. TỔ CHỨC THỰC HIỆN',
    '1. Các phòng, khoa báo cáo kết quả thực hiện Kế hoạch gửi về Nhà trường (qua Phòng TCHC): báo cáo 6 tháng đầu năm gửi trước ngày 08/6/2027; báo cáo năm gửi trước ngày 08/12/2027.',
    'Nơi nhận:',
  ].map((text) => ({ ...PLAIN_PARAGRAPH, text, bold: /^[A-Z]\.\s|^[IVX]+\.\s/u.test(text) }));
  const outline = readPlanOutline(toDocumentModel(raws, { host: 'docx' }));
  expect(outline.items.map((item) => [item.id, item.lead, item.support, item.timingRaw, item.text.slice(0, 24)])).toEqual([
    ['I.1', ['Phòng Tổ chức - Hành chính'], [], 'Quý I/2027', 'Tham mưu Hiệu trưởng tổ '],
    ['II.1.a.1', ['Phòng Đào tạo'], ['các khoa'], 'Quý II/2027', 'Rà soát, công khai chươn'],
    ['II.1.b.1', ['Phòng Đào tạo'], ['các khoa'], 'Theo kế hoạch thi của từng học kỳ', 'Kiểm soát xung đột lợi í'],
    ['II.1.c.1', ['Phòng Công tác học sinh, sinh viên'], [], 'Sau mỗi học kỳ (tháng 3/2027 và tháng 10/2027)', 'Công khai danh sách xét '],
  ]);
});

test('"IV. TỔ CHỨC THỰC HIỆN" giao theo chức danh, mỗi đoạn một bộ phận: vế chỉ nêu chỗ ("gạch đầu dòng thứ hai, thứ ba mục 3; mục 5 và gạch đầu dòng thứ nhất mục 8 phần II") theo việc của vế trước; "gạch đầu dòng thứ nhất và thứ ba mục 9"; "Trưởng các thôn, bản" là một bộ phận (các thôn, bản); "giám sát việc thực hiện Kế hoạch này" không phải một nhiệm vụ', async () => {
  const { importPlan } = await import('../../src/plan/import/assemble');
  const lines = [
    'ỦY BAN NHÂN DÂN XÃ CHIỀNG HẶC',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
    'II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM',
    '1. Công tác lãnh đạo, chỉ đạo',
    '- Tổ chức quán triệt, triển khai Kế hoạch này đến toàn thể cán bộ, công chức, hoàn thành trong quý I/2027.',
    '- Thường xuyên kiểm tra, đôn đốc việc thực hiện Kế hoạch; tổ chức tự kiểm tra tại cơ quan trong tháng 11/2027.',
    '2. Công tác tuyên truyền',
    '- Tuyên truyền đến Nhân dân qua hệ thống truyền thanh của xã và các cuộc họp thôn, bản. Thực hiện thường xuyên.',
    '3. Thực hiện công khai, minh bạch',
    '- Công khai dự toán, quyết toán ngân sách xã theo quy định. Thực hiện thường xuyên.',
    '- Niêm yết công khai thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã. Thực hiện thường xuyên.',
    '- Công khai danh sách hộ nghèo, hộ cận nghèo tại nhà văn hóa thôn, bản. Thực hiện thường xuyên.',
    '4. Chuyển đổi vị trí công tác',
    'Xây dựng và thực hiện Kế hoạch chuyển đổi vị trí công tác năm 2027 đối với công chức xã; ban hành kế hoạch trong quý I/2027.',
    '5. Phát hiện, xử lý tham nhũng, tiêu cực',
    '- Tiếp nhận, giải quyết kịp thời đơn khiếu nại, tố cáo thuộc thẩm quyền. Thực hiện thường xuyên.',
    '- Chủ động nắm tình hình, phát hiện các vụ việc có dấu hiệu tham nhũng trên địa bàn. Thực hiện thường xuyên.',
    '- Theo dõi, đôn đốc việc thực hiện các kết luận thanh tra, kiểm tra đối với xã. Thực hiện thường xuyên.',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Công chức Văn phòng - Thống kê: tham mưu thực hiện các nội dung tại mục 1, mục 2 phần II; gạch đầu dòng thứ hai, thứ ba mục 3; mục 4 phần II Kế hoạch này; là đầu mối theo dõi, đôn đốc việc thực hiện Kế hoạch.',
    '2. Công chức Tài chính - Kế toán: tham mưu thực hiện gạch đầu dòng thứ nhất mục 3 phần II.',
    '3. Công chức Tư pháp - Hộ tịch: tham mưu thực hiện gạch đầu dòng thứ nhất và thứ ba mục 5 phần II; phối hợp với công chức Văn phòng - Thống kê thực hiện mục 2 phần II; phối hợp với Công an xã thực hiện gạch đầu dòng thứ hai mục 5 phần II.',
    '4. Công an xã: chủ trì thực hiện gạch đầu dòng thứ hai mục 5 phần II; phối hợp tuyên truyền pháp luật về PCTNTC trong Nhân dân (gạch đầu dòng thứ nhất mục 2 phần II).',
    '5. Ủy ban Mặt trận Tổ quốc xã: phối hợp tuyên truyền, vận động Nhân dân tham gia PCTNTC (gạch đầu dòng thứ nhất mục 2 phần II); giám sát việc thực hiện Kế hoạch này.',
    '6. Trưởng các thôn, bản: phối hợp tổ chức tuyên truyền tại các cuộc họp thôn, bản (gạch đầu dòng thứ nhất mục 2 phần II).',
  ];
  const { plan } = importPlan(toDocumentModel(lines.map((line) => ({ ...PLAIN_PARAGRAPH, text: line, bold: line === line.toUpperCase() })), { host: 'docx' }));
  const name = (id: string) => plan.units.find((u) => u.id === id)?.name ?? plan.groups.find((g) => g.id === id)?.name ?? id;
  expect(plan.items.map((i) => [i.id, i.lead.map(name), i.support.map(name)])).toEqual([
    ['II.1.1', ['Công chức Văn phòng - Thống kê'], []],
    ['II.1.2', ['Công chức Văn phòng - Thống kê'], []],
    ['II.2.1', ['Công chức Văn phòng - Thống kê'], ['Công chức Tư pháp - Hộ tịch', 'Công an xã', 'Ủy ban Mặt trận Tổ quốc xã', 'các thôn, bản']],
    ['II.3.1', ['Công chức Tài chính - Kế toán'], []],
    ['II.3.2', ['Công chức Văn phòng - Thống kê'], []],
    ['II.3.3', ['Công chức Văn phòng - Thống kê'], []],
    ['II.4.1', ['Công chức Văn phòng - Thống kê'], []],
    ['II.5.1', ['Công chức Tư pháp - Hộ tịch'], []],
    ['II.5.2', ['Công an xã'], ['Công chức Tư pháp - Hộ tịch']],
    ['II.5.3', ['Công chức Tư pháp - Hộ tịch'], []],
  ]);
});

test('câu cuối "Thực hiện thường xuyên; riêng … trong tháng 12/2027." là thời gian cùng ngoại lệ của nó; không có "riêng" thì vẫn chỉ là "thường xuyên"', () => {
  const outline = prosePlan([
    'ỦY BAN NHÂN DÂN XÃ CHIỀNG HẶC',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
    'II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM',
    '1. Thực hiện công khai, minh bạch trong hoạt động của cơ quan',
    '- Công khai các nội dung Nhân dân được biết (danh sách hộ nghèo, hộ cận nghèo; các khoản thu, chi các quỹ) bằng hình thức niêm yết tại trụ sở Ủy ban nhân dân xã. Thực hiện thường xuyên; riêng danh sách hộ nghèo, hộ cận nghèo công khai trong tháng 12/2027.',
    '- Niêm yết công khai đầy đủ, kịp thời thủ tục hành chính, phí, lệ phí tại Trung tâm Phục vụ hành chính công xã. Thực hiện thường xuyên.',
  ]);
  expect(outline.items.map((item) => item.timingRaw)).toEqual(['Thực hiện thường xuyên; riêng danh sách hộ nghèo, hộ cận nghèo công khai trong tháng 12/2027.', 'Thực hiện thường xuyên']);
});

test('khối nhiệm vụ "1. Tiêu đề" rồi "- Nội dung:", "- Đơn vị chủ trì:", "- Đơn vị phối hợp:", "- Thời gian:", "- Sản phẩm:" dưới các phần La Mã đặt theo chủ đề: mỗi khối một nhiệm vụ mang số của nó', () => {
  const outline = prosePlan([
    'BAN QUẢN LÝ RỪNG PHÒNG HỘ SÔNG TRÀ',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
    'I. MỤC ĐÍCH, YÊU CẦU',
    '- Phòng Tổ chức - Hành chính (Phòng TC-HC), Phòng Kỹ thuật (Phòng KT) và các Trạm bảo vệ rừng căn cứ Kế hoạch này tổ chức thực hiện.',
    'II. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO VÀ TUYÊN TRUYỀN, PHỔ BIẾN PHÁP LUẬT VỀ PCTN, TC',
    '1. Quán triệt, triển khai Kế hoạch',
    '- Nội dung: Quán triệt Kế hoạch này đến toàn thể viên chức, người lao động tại cuộc họp giao ban đầu năm.',
    '- Nội dung: Các Trạm bảo vệ rừng xây dựng kế hoạch PCTN, TC năm 2027 của Trạm, gửi về Ban (qua Phòng TC-HC).',
    '- Đơn vị chủ trì: Phòng TC-HC',
    '- Đơn vị phối hợp: Công đoàn cơ sở, các Trạm bảo vệ rừng',
    '- Thời gian: Quý I/2027',
    '- Sản phẩm: Kế hoạch PCTN, TC năm 2027 của các Trạm',
    'III. CÁC BIỆN PHÁP PHÒNG NGỪA THAM NHŨNG, TIÊU CỰC',
    '1. Kê khai, công khai tài sản, thu nhập',
    '- Nội dung: Lập danh sách người có nghĩa vụ kê khai tài sản, thu nhập hằng năm; tổ chức công khai bản kê khai theo Nghị định số 130/2020/NĐ-CP.',
    '- Đơn vị chủ trì: Phòng Tổ chức - Hành chính',
    '- Thời gian: Hoàn thành trước ngày 31/12/2027',
    '- Sản phẩm: Danh sách người có nghĩa vụ kê khai',
    '2. Công khai trong giao khoán bảo vệ rừng',
    '- Nội dung: Công khai danh sách hộ nhận khoán, diện tích và mức kinh phí khoán bảo vệ rừng tại trụ sở Ủy ban nhân dân xã.',
    '- Đơn vị chủ trì: Phòng KT',
    '- Đơn vị phối hợp: các Trạm bảo vệ rừng',
    '- Thời gian: Thường xuyên',
    '- Sản phẩm: Bảng niêm yết công khai',
    'IV. TỔ CHỨC THỰC HIỆN',
    '1. Phòng TC-HC là đầu mối theo dõi, đôn đốc việc thực hiện Kế hoạch này.',
  ]);
  expect(outline.items.map((item) => [item.id, item.section, item.title, item.lead, item.support, item.timingRaw, item.productRaw])).toEqual([
    ['II.1', 'II', 'Quán triệt, triển khai Kế hoạch', ['Phòng TC-HC'], ['Công đoàn cơ sở', 'các Trạm bảo vệ rừng'], 'Quý I/2027', 'Kế hoạch PCTN, TC năm 2027 của các Trạm'],
    ['III.1', 'III', 'Kê khai, công khai tài sản, thu nhập', ['Phòng Tổ chức - Hành chính'], [], 'Hoàn thành trước ngày 31/12/2027', 'Danh sách người có nghĩa vụ kê khai'],
    ['III.2', 'III', 'Công khai trong giao khoán bảo vệ rừng', ['Phòng KT'], ['các Trạm bảo vệ rừng'], 'Thường xuyên', 'Bảng niêm yết công khai'],
  ]);
  // Hai dòng "Nội dung" của một khối là nội dung của cùng một nhiệm vụ.
  expect(outline.items[0]!.text.split('\n')).toEqual([
    'Quán triệt Kế hoạch này đến toàn thể viên chức, người lao động tại cuộc họp giao ban đầu năm.',
    'Các Trạm bảo vệ rừng xây dựng kế hoạch PCTN, TC năm 2027 của Trạm, gửi về Ban (qua Phòng TC-HC).',
  ]);
  expect(outline.headings.map((h) => h.id)).toEqual(['II', 'III']);
});

test('đoạn "Đơn vị thực hiện: … . Thời gian: …" khép một phần La Mã (chưa có dòng đơn vị nào trước nó) áp cho mọi nhiệm vụ của phần ấy; nhiệm vụ có ngoặc riêng giữ phần mình ghi, nửa còn thiếu lấy từ đoạn khép phần', () => {
  const outline = prosePlan([
    'BẢO HIỂM XÃ HỘI KHU VỰC XII',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
    'I. MỤC ĐÍCH, YÊU CẦU',
    '1. Mục đích',
    '- Nâng cao nhận thức, trách nhiệm của người đứng đầu và của công chức, viên chức, người lao động trong công tác PCTNTC.',
    '2. Yêu cầu',
    '- Đơn vị thực hiện và thời gian ghi ở cuối mỗi phần của Kế hoạch áp dụng chung cho các nhiệm vụ thuộc phần đó; nhiệm vụ có ghi phân công riêng thì thực hiện theo phân công riêng.',
    'II. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO; TUYÊN TRUYỀN, PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT VỀ PCTNTC',
    '1. Công tác lãnh đạo, chỉ đạo',
    '- Quán triệt, triển khai kịp thời văn bản chỉ đạo về PCTNTC; đưa nội dung PCTNTC vào chương trình công tác năm và nội dung giao ban hằng tháng của BHXH khu vực.',
    '- Giám đốc Bảo hiểm xã hội cơ sở xây dựng, ban hành kế hoạch PCTNTC năm 2027 của đơn vị (Bảo hiểm xã hội cơ sở thực hiện; trước ngày 31/01/2027).',
    '2. Công tác tuyên truyền, phổ biến, giáo dục pháp luật',
    '- Duy trì chuyên mục "Phòng, chống tham nhũng, tiêu cực" trên Trang thông tin điện tử của BHXH khu vực (Văn phòng chủ trì).',
    '- Thực hiện trách nhiệm giải trình về quyết định, hành vi của mình trong thực hiện nhiệm vụ, công vụ (khi có yêu cầu).',
    'Đơn vị thực hiện: Phòng Tổ chức - Hành chính chủ trì; Bảo hiểm xã hội cơ sở phối hợp. Thời gian: thường xuyên.',
    'III. THỰC HIỆN CÁC GIẢI PHÁP PHÒNG NGỪA THAM NHŨNG, TIÊU CỰC',
    '1. Chuyển đổi vị trí công tác',
    '- Xây dựng, ban hành và tổ chức thực hiện Kế hoạch chuyển đổi vị trí công tác năm 2027 đối với công chức, viên chức làm việc tại các vị trí thu, cấp sổ, thẻ, giải quyết chế độ (ban hành kế hoạch trong quý I/2027).',
    '2. Kiểm soát tài sản, thu nhập',
    '- Tổ chức kê khai tài sản, thu nhập hằng năm, kê khai bổ sung; công khai bản kê khai theo Nghị định số 130/2020/NĐ-CP ngày 30/10/2020 của Chính phủ.',
    'Đơn vị thực hiện: Phòng Kiểm tra chủ trì; Phòng Tổ chức - Hành chính phối hợp. Thời gian: thường xuyên.',
    'IV. TỔ CHỨC THỰC HIỆN',
  ]);
  expect(outline.items.map((item) => [item.id, item.lead, item.support, item.timingRaw])).toEqual([
    ['II.1.1', ['Phòng Tổ chức - Hành chính'], ['Bảo hiểm xã hội cơ sở'], 'thường xuyên.'],
    ['II.1.2', ['Bảo hiểm xã hội cơ sở'], [], 'trước ngày 31/01/2027'],
    ['II.2.1', ['Văn phòng'], [], 'thường xuyên.'],
    ['II.2.2', ['Phòng Tổ chức - Hành chính'], ['Bảo hiểm xã hội cơ sở'], 'khi có yêu cầu'],
    ['III.1.1', ['Phòng Kiểm tra'], ['Phòng Tổ chức - Hành chính'], 'ban hành kế hoạch trong quý I/2027'],
    ['III.2.1', ['Phòng Kiểm tra'], ['Phòng Tổ chức - Hành chính'], 'thường xuyên.'],
  ]);
});

test('gạch đầu dòng kết thúc bằng "– Đơn vị thực hiện: … – Thời gian: …" trong cùng đoạn: đơn vị chủ trì, phối hợp và thời gian của chính nó', () => {
  const outline = prosePlan([
    'SỞ Y TẾ',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2027 của ngành Y tế',
    'II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM',
    '3. Xây dựng và thực hiện chế độ, định mức, tiêu chuẩn; quản lý tài chính, tài sản công, mua sắm',
    '- Tổ chức lựa chọn nhà thầu cung cấp thuốc, vật tư y tế theo Luật Đấu thầu; không để xảy ra thông thầu, nâng giá trong mua sắm giai đoạn 2026 – 2027 – Đơn vị thực hiện: Phòng Kế hoạch - Tài chính chủ trì; Phòng Nghiệp vụ Y, Dược và các bệnh viện, trung tâm y tế trực thuộc phối hợp – Thời gian: Năm 2027.',
    '- Niêm yết, công khai giá dịch vụ khám bệnh, chữa bệnh, giá thuốc tại nơi tiếp đón người bệnh – Đơn vị thực hiện: Các đơn vị trực thuộc Sở – Thời gian: Thường xuyên.',
    '- Cung cấp thông tin, hồ sơ phục vụ việc xác minh tài sản, thu nhập khi có yêu cầu của cơ quan kiểm soát tài sản, thu nhập – Đơn vị thực hiện: Phòng Tổ chức cán bộ.',
    'III. TỔ CHỨC THỰC HIỆN',
  ]);
  expect(outline.items.map((item) => [item.id, item.lead, item.support, item.timingRaw])).toEqual([
    ['II.3.1', ['Phòng Kế hoạch - Tài chính'], ['Phòng Nghiệp vụ Y, Dược', 'các bệnh viện, trung tâm y tế trực thuộc'], 'Năm 2027'],
    ['II.3.2', ['Các đơn vị trực thuộc Sở'], [], 'Thường xuyên'],
    ['II.3.3', ['Phòng Tổ chức cán bộ'], [], 'khi có yêu cầu'],
  ]);
});

test('"1.3. Đẩy mạnh … :" là câu dẫn các gạch đầu dòng, ngoặc "(Chủ trì: …; phối hợp: …; thời gian: …)" khép chúng: các gạch đầu dòng là nhiệm vụ, câu dẫn thì không; "1.2." có ngoặc riêng vẫn là một nhiệm vụ', () => {
  const outline = prosePlan([
    'ĐẢNG ỦY XÃ HÒA NINH',
    'KẾ HOẠCH',
    'công tác phòng, chống tham nhũng, tiêu cực năm 2027',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '1. Tăng cường lãnh đạo, chỉ đạo; tuyên truyền, giáo dục về PCTNTC',
    '1.2. Các chi bộ trực thuộc căn cứ Kế hoạch này xây dựng, ban hành kế hoạch PCTNTC năm 2027 của chi bộ, sát với đặc điểm, nhiệm vụ của cơ quan, đơn vị, thôn.',
    '(Chủ trì: các chi bộ trực thuộc; phối hợp: Văn phòng Đảng ủy; thời gian: hoàn thành trong tháng 01/2027)',
    '1.3. Đẩy mạnh công tác tuyên truyền, phổ biến, giáo dục chủ trương của Đảng, pháp luật của Nhà nước về PCTNTC; xây dựng văn hóa liêm chính trong cán bộ, đảng viên và Nhân dân:',
    '- Tuyên truyền trên hệ thống truyền thanh xã, Trang thông tin điện tử xã, nhóm Zalo của các chi bộ, thôn.',
    '- Lồng ghép nội dung PCTNTC vào sinh hoạt chuyên đề của chi bộ và các lớp bồi dưỡng lý luận chính trị do Đảng ủy tổ chức.',
    '(Chủ trì: Ban Xây dựng Đảng; phối hợp: các chi bộ trực thuộc; thời gian: thường xuyên)',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Văn phòng Đảng ủy theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch.',
  ]);
  expect(outline.items.map((item) => item.id)).toEqual(['II.1.2', 'II.1.3.1', 'II.1.3.2']);
  expect(outline.items.slice(1).map((item) => item.timingRaw)).toEqual(['thường xuyên', 'thường xuyên']);
});

test('gạch đầu dòng có ngoặc riêng rồi câu cuối mục "Giao X chủ trì tham mưu thực hiện các nội dung trên.": ngoặc nêu đơn vị và thời gian giữ đơn vị của mình; ngoặc chỉ nêu đơn vị phối hợp lấy X chủ trì', () => {
  const outline = prosePlan([
    'ỦY BAN NHÂN DÂN XÃ LONG PHỤNG',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '3. Công khai, minh bạch; quản lý tài chính, tài sản công, đất đai',
    '- Công khai dự toán, tình hình thực hiện dự toán và quyết toán ngân sách xã đúng thời hạn quy định.',
    '- Rà soát việc quản lý, sử dụng đất công, quỹ đất công ích và các cơ sở nhà, đất dôi dư sau sắp xếp đơn vị hành chính (Công an xã, Ban Chỉ huy Quân sự xã phối hợp; hoàn thành trước 30/6/2027).',
    '- Thực hiện trách nhiệm giải trình về quyết định, hành vi của mình trong thực hiện nhiệm vụ, công vụ khi có yêu cầu (Các cơ quan, đơn vị thuộc UBND xã; cả năm).',
    'Giao Phòng Kinh tế chủ trì tham mưu thực hiện các nội dung trên.',
    'III. TỔ CHỨC THỰC HIỆN',
  ]);
  expect(outline.items.map((item) => [item.id, item.lead, item.support])).toEqual([
    ['II.3.1', ['Phòng Kinh tế'], []],
    ['II.3.2', ['Phòng Kinh tế'], ['Công an xã', 'Ban Chỉ huy Quân sự xã']],
    ['II.3.3', ['Các cơ quan, đơn vị thuộc UBND xã'], []],
  ]);
  expect(outline.items[2]!.timingRaw).toBe('cả năm');
});

test('thời gian trong câu của doanh nghiệp: "Hằng năm," mở đầu nhiệm vụ (giữa câu, "kê khai … hằng năm" thì không), "tại thời điểm 31/12/2027" của việc kiểm kê, "trước mỗi vụ sản xuất …" lặp lại mỗi năm', () => {
  const lines = [
    'CÔNG TY TNHH MTV KHAI THÁC CÔNG TRÌNH THỦY LỢI ĐẮK LẮK',
    'Số: 09/KH-CT',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
    'II. NỘI DUNG',
    '1. Thực hiện các biện pháp phòng ngừa tham nhũng, tiêu cực',
    '- Các Xí nghiệp, Chi nhánh thủy lợi niêm yết công khai kế hoạch cấp nước, lịch vận hành công trình và giá sản phẩm, dịch vụ thủy lợi. Thực hiện trước mỗi vụ sản xuất Đông Xuân, Hè Thu và vụ Mùa.',
    '- Quản lý chặt chẽ vốn, tài sản nhà nước giao cho Công ty; tổ chức kiểm kê tài sản tại thời điểm 31/12/2027.',
    '- Hằng năm, xây dựng kế hoạch lao động, quỹ tiền lương trình chủ sở hữu phê duyệt; chi trả tiền lương qua tài khoản cá nhân của người lao động.',
    '- Lập danh sách người có nghĩa vụ kê khai tài sản, thu nhập hằng năm; hướng dẫn kê khai, tiếp nhận, quản lý bản kê khai.',
    'III. TỔ CHỨC THỰC HIỆN',
  ];
  const model = toDocumentModel(lines.map((text) => ({ ...PLAIN_PARAGRAPH, text, bold: text === text.toUpperCase() || /^(II|III)\.|^1\./.test(text) })), { host: 'docx' });
  const outline = readPlanOutline(model);
  expect(outline.items.map((item) => item.timingRaw)).toEqual(['Thực hiện trước mỗi vụ sản xuất Đông Xuân, Hè Thu và vụ Mùa', 'tại thời điểm 31/12/2027', 'Hằng năm', null]);
  expect(outline.items.map((item) => item.timing?.[0])).toEqual([{ kind: 'recurring', within: 'year' }, { kind: 'deadline', date: '2027-12-31' }, { kind: 'recurring', within: 'year' }, undefined]);
});
