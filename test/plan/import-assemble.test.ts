/** Từ dàn ý đã đọc ra một kế hoạch hợp lệ theo lược đồ, dùng được cho bộ kiểm tra; những gì phải đoán đều được nêu. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PLAIN_PARAGRAPH, toDocumentModel } from '../../src/document';
import { importPlan } from '../../src/plan/import/assemble';
import { PlanSchema, type Plan } from '../../src/plan/schema';
import { fitsGroup } from '../../src/plan/group-fit';
import { bodyOfCommittee, casedCommittee, casedName, spelledOut, withoutPlace } from '../../src/plan/import/committee-issuer';

/** A plan typed line by line, its headings (all capitals, "1.", "I.") in bold. */
function importLines(lines: readonly string[]) {
  return importPlan(toDocumentModel(lines.map((text) => ({ ...PLAIN_PARAGRAPH, text, bold: text === text.toUpperCase() || /^\d+\.|^I+\./.test(text) })), { host: 'docx' }));
}

/** A unit's or group's name by its id, and an item's lead and support by name. */
function namesIn(plan: Plan) {
  const name = (id: string) => plan.units.find((u) => u.id === id)?.name ?? plan.groups.find((g) => g.id === id)!.name;
  const roles = (id: string) => {
    const item = plan.items.find((i) => i.id === id)!;
    return [item.lead.map(name), item.support.map(name)];
  };
  return { name, roles };
}

function seedModel() {
  const md = readFileSync(path.join(__dirname, '../fixtures/plans/ke-hoach-pctn-2023-so-noi-vu-quang-ngai.md'), 'utf8');
  const raws = md
    .split('\n')
    .map((line) => line.replace(/^#+\s*/, '').trim())
    .filter((line) => line !== '' && !line.startsWith('|'))
    .map((line) => ({ ...PLAIN_PARAGRAPH, text: line.replace(/\*\*|\*/g, '').trim(), bold: /^\*\*.*\*\*$/.test(line) }));
  return toDocumentModel(raws, { host: 'docx' });
}

/** A plan document of upper-case bold header lines, then one table; a cell given as a list is several paragraphs. */
function tablePlan(body: readonly string[], rows: readonly (readonly (string | readonly string[])[])[]) {
  const raws = [
    ...body.map((text) => ({ ...PLAIN_PARAGRAPH, text, bold: text === text.toUpperCase() })),
    ...rows.flatMap((row, r) => row.flatMap((cell, c) => (typeof cell === 'string' ? [cell] : cell).map((text) => ({ ...PLAIN_PARAGRAPH, text, table: { table: 0, row: r, cell: c, depth: 1 } })))),
  ];
  return importPlan(toDocumentModel(raws, { host: 'docx' }));
}

test('kế hoạch 2023: kế hoạch hợp lệ, đủ 26 nhiệm vụ, chủ trì/phối hợp thành mã đơn vị, lịch báo cáo 4 kỳ', () => {
  const { plan, doubts } = importPlan(seedModel());
  expect(PlanSchema.safeParse(plan).success).toBe(true);
  expect(plan.items).toHaveLength(26);
  expect(plan.meta).toMatchObject({ year: 2023, symbol: 'KH-SNV', title: 'Công tác phòng, chống tham nhũng năm 2023 của Sở Nội vụ tỉnh Quảng Ngãi' });
  const b2 = plan.items.find((i) => i.id === 'II.3.b.2')!;
  expect([b2.lead.map((id) => plan.units.find((u) => u.id === id)!.name), b2.support.map((id) => plan.units.find((u) => u.id === id)!.name)]).toEqual([['Thanh tra Sở'], ['Văn phòng Sở']]);
  expect(plan.reporting.periods.map((p) => `${p.code} ${p.due!.day}/${p.due!.month}`)).toEqual(['Q1 5/3', 'H1 5/6', '9M 5/9', 'Y 5/12']);
  expect(plan.units.find((u) => u.id === plan.reporting.channel)!.name).toBe('Thanh tra Sở');
  expect(plan.reporting.unitPlan!.dueBy).toBe('2023-01-31');
  // One body, one unit: "các đơn vị trực thuộc" and "... Sở" are the same group; "Văn phòng" is how the Văn phòng heads its reports.
  expect(plan.units.filter((u) => /^các đơn vị trực thuộc/i.test(u.name))).toHaveLength(1);
  expect(plan.units.find((u) => u.name === 'Văn phòng Sở')!.aliases).toContain('Văn phòng');
  // What it had to assume is said: II.1's units, the groups' members, the data windows, the signer.
  const said = doubts.map((d) => d.vi).join('\n');
  expect(said).toMatch(/II\.1\.1: nhiệm vụ không nêu đơn vị; tạm giao cho tất cả \(các đơn vị trực thuộc Sở; Các phòng chuyên môn và tương đương thuộc Sở\)/);
  // II.1.2 names its bodies in its own words: "Thủ trưởng các đơn vị trực thuộc Sở ...".
  const ii12 = plan.items.find((i) => i.id === 'II.1.2')!;
  expect(ii12.lead.map((id) => plan.units.find((u) => u.id === id)!.name)).toEqual(['các đơn vị trực thuộc Sở']);
  expect(plan.units.filter((u) => u.kind === 'group').map((u) => u.name).sort()).toEqual(['Các phòng chuyên môn và tương đương thuộc Sở', 'các đơn vị trực thuộc Sở']);
  expect(said).toMatch(/là một nhóm đơn vị; kế hoạch không kể tên các thành viên/);
  expect(said).toMatch(/Khoảng số liệu lấy theo Thông tư 02\/2021\/TT-TTCP/);
});

test('tên cơ quan ban hành viết hai dòng ("ỦY BAN NHÂN DÂN" / "TỈNH HƯNG YÊN") là một tên', () => {
  const lines = ['ỦY BAN NHÂN DÂN', 'TỈNH HƯNG YÊN', 'Số: 10/KH-UBND', 'Hưng Yên, ngày 14 tháng 01 năm 2026', 'KẾ HOẠCH', 'Thực hiện công tác phòng, chống tham nhũng, tiêu cực năm 2026', 'II. NHIỆM VỤ, GIẢI PHÁP', '1. Lãnh đạo, chỉ đạo', '- Quán triệt các văn bản về phòng, chống tham nhũng.', 'III. TỔ CHỨC THỰC HIỆN'];
  const model = toDocumentModel(lines.map((text) => ({ ...PLAIN_PARAGRAPH, text, bold: text === text.toUpperCase() || text.startsWith('Thực hiện công tác') })), { host: 'docx' });
  expect(importPlan(model).plan.meta.issuerName).toBe('ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN');
});

test('cơ quan chủ quản viết thường (không đậm), cơ quan ban hành in đậm trên hai dòng: tên đủ của cả hai', () => {
  const header = (lines: [string, boolean][]) => {
    const body = ['Số: 15/KH-BQLDA', 'Đắk Lắk, ngày 20 tháng 01 năm 2026', 'KẾ HOẠCH', 'II. NHIỆM VỤ, GIẢI PHÁP', '1. Lãnh đạo, chỉ đạo', '- Quán triệt Kế hoạch này đến toàn thể viên chức.', 'III. TỔ CHỨC THỰC HIỆN'];
    const raws = [...lines.map(([text, bold]) => ({ ...PLAIN_PARAGRAPH, text, bold })), ...body.map((text) => ({ ...PLAIN_PARAGRAPH, text, bold: text === text.toUpperCase() }))];
    return importPlan(toDocumentModel(raws, { host: 'docx' })).plan.meta;
  };
  expect(header([['UBND TỈNH ĐẮK LẮK', false], ['BAN QUẢN LÝ DỰ ÁN', true], ['ĐẦU TƯ XÂY DỰNG TỈNH', true]])).toMatchObject({ issuerName: 'BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG TỈNH', governingBody: 'UBND TỈNH ĐẮK LẮK' });
  expect(header([['ỦY BAN NHÂN DÂN', false], ['THÀNH PHỐ ĐÀ NẴNG', false], ['SỞ XÂY DỰNG', true]])).toMatchObject({ issuerName: 'SỞ XÂY DỰNG', governingBody: 'ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG' });
  // Everything bold: no way to tell the two apart by weight; the last line is the issuer.
  expect(header([['UBND TỈNH GIA LAI', true], ['SỞ NỘI VỤ', true]])).toMatchObject({ issuerName: 'SỞ NỘI VỤ', governingBody: 'UBND TỈNH GIA LAI' });
});

test('kế hoạch của Đảng ủy (Hướng dẫn 36-HD/VPTW): "ĐẢNG CỘNG SẢN VIỆT NAM" không thuộc tên cơ quan; số "Số 09-KH/ĐU" không có dấu hai chấm', () => {
  const lines = ['ĐẢNG BỘ TỈNH QUẢNG NGÃI', 'ĐẢNG ỦY XÃ ĐÔNG SƠN', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Số 09-KH/ĐU', 'Đông Sơn, ngày 15 tháng 01 năm 2026', 'KẾ HOẠCH', 'II. NHIỆM VỤ, GIẢI PHÁP', '1. Lãnh đạo, chỉ đạo', '- Ban Thường vụ Đảng ủy quán triệt Kế hoạch này đến các chi bộ (thực hiện thường xuyên).', 'III. TỔ CHỨC THỰC HIỆN'];
  const raws = lines.map((text) => ({ ...PLAIN_PARAGRAPH, text, bold: text === text.toUpperCase() && text !== 'ĐẢNG BỘ TỈNH QUẢNG NGÃI' }));
  expect(importPlan(toDocumentModel(raws, { host: 'docx' })).plan.meta).toMatchObject({ issuerName: 'ĐẢNG ỦY XÃ ĐÔNG SƠN', governingBody: 'ĐẢNG BỘ TỈNH QUẢNG NGÃI', number: '09-KH/ĐU', symbol: 'KH/ĐU' });
});

test('tên gọi chung của nhóm có dấu phẩy: "các sở, ban, ngành tỉnh (sau đây gọi chung là các sở, ngành)"', async () => {
  const { definedShortForms } = await import('../../src/plan/import/assemble');
  const model = toDocumentModel(
    [
      'để các sở, ban, ngành tỉnh (sau đây gọi chung là các sở, ngành), Ủy ban nhân dân các xã, phường (sau đây gọi chung là UBND cấp xã) tổ chức thực hiện;',
      'Phòng Tổ chức cán bộ (sau đây viết tắt là phòng TCCB) chủ trì.',
    ].map((text) => ({ ...PLAIN_PARAGRAPH, text })),
    { host: 'docx' },
  );
  const forms = definedShortForms(model);
  expect([...forms.values()]).toEqual(['các sở, ban, ngành tỉnh', 'Ủy ban nhân dân các xã, phường', 'Phòng Tổ chức cán bộ']);
});

test('tên viết tắt trong ngoặc ngay sau tên ("Phòng Kế hoạch - Tài chính (Phòng KH-TC)"); tên sau "gồm", sau "và", không kèm số thứ tự', async () => {
  const { definedShortForms } = await import('../../src/plan/import/assemble');
  const model = toDocumentModel(
    [
      '1. Văn phòng Sở (sau đây gọi tắt là VP) là đơn vị đầu mối giúp Giám đốc Sở theo dõi, đôn đốc.',
      '2. Các phòng chuyên môn gồm VP, Phòng Kế hoạch - Tài chính (Phòng KH-TC), Phòng Quản lý công nghiệp (Phòng QLCN); các đơn vị trực thuộc gồm Chi cục Quản lý thị trường (sau đây gọi tắt là Chi cục QLTT) và Trung tâm Khuyến công và Tư vấn phát triển công nghiệp (sau đây gọi tắt là Trung tâm Khuyến công) tổ chức thực hiện.',
      'Tổ chức hội nghị (Quý II/2026); kiểm tra tại các phòng (Phòng QLCN chủ trì).',
    ].map((text) => ({ ...PLAIN_PARAGRAPH, text })),
    { host: 'docx' },
  );
  expect(Object.fromEntries(definedShortForms(model))).toEqual({
    vp: 'Văn phòng Sở',
    'phòng kh-tc': 'Phòng Kế hoạch - Tài chính',
    'phòng qlcn': 'Phòng Quản lý công nghiệp',
    'chi cục qltt': 'Chi cục Quản lý thị trường',
    'trung tâm khuyến công': 'Trung tâm Khuyến công và Tư vấn phát triển công nghiệp',
  });
});

test('kế hoạch dạng bảng: "các đơn vị thuộc, trực thuộc Sở" là hai nhóm đã có; chế độ báo cáo theo Thông tư 06/2025; hạn của Sở lên tỉnh', () => {
  const rows: [string, string, string, string, string][] = [
    ['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian'],
    ['I', 'CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO', '', '', ''],
    ['1', 'Quán triệt, phổ biến các văn bản về phòng, chống tham nhũng, tiêu cực.', 'Các phòng thuộc Sở', '', 'Quý I/2026'],
    ['2', 'Xây dựng văn hóa liêm chính trong cơ quan, đơn vị.', 'Thủ trưởng các đơn vị thuộc, trực thuộc Sở', 'Văn phòng Sở tổng hợp', 'Năm 2026'],
    ['3', 'Xây dựng kế hoạch phòng, chống tham nhũng, tiêu cực của đơn vị.', 'Các đơn vị trực thuộc Sở', '', 'Tháng 02/2026'],
  ];
  const body = [
    'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
    'Số: 25/KH-SGDĐT',
    'KẾ HOẠCH',
    'Thực hiện công tác phòng, chống tham nhũng, tiêu cực năm 2026',
    'III. TỔ CHỨC THỰC HIỆN',
    'Chế độ báo cáo thực hiện theo Thông tư số 06/2025/TT-TTCP ngày 29/9/2025 của Thanh tra Chính phủ. Các phòng thuộc Sở, các đơn vị trực thuộc báo cáo kết quả hằng quý về Sở qua Văn phòng Sở, chậm nhất vào ngày 08 của tháng cuối quý.',
    'Văn phòng Sở tổng hợp, tham mưu Giám đốc Sở báo cáo Ủy ban nhân dân tỉnh (qua Thanh tra tỉnh) trước ngày 12 của tháng cuối quý.',
    'PHỤ LỤC',
  ];
  const { plan } = tablePlan(body, rows);
  const names = (ids: string[]) => ids.map((id) => plan.units.find((u) => u.id === id)!.name);
  const task = plan.items.find((i) => i.id === 'I.2')!;
  expect(names(task.lead)).toEqual(['Các phòng thuộc Sở', 'các đơn vị trực thuộc Sở']);
  expect(names(task.support)).toEqual(['Văn phòng Sở']);
  expect(plan.reporting.regime).toMatchObject({ type: 'Thông tư', number: '06/2025/TT-TTCP', date: '2025-09-29' });
  expect(plan.reporting.periods.map((p) => `${p.code} ${p.due!.day}/${p.due!.month} ${p.issuerDue!.day}/${p.issuerDue!.month}`)).toEqual(['Q1 8/3 12/3', 'H1 8/6 12/6', '9M 8/9 12/9', 'Y 8/12 12/12']);
});

test('"Các phòng, đơn vị thuộc Sở": một nhóm như kế hoạch viết, gồm cả phòng lẫn đơn vị (kế hoạch không có nhóm "các phòng thuộc Sở")', () => {
  const rows = [
    ['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian'],
    ['I', 'CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO', '', '', ''],
    ['1', 'Quán triệt các văn bản về phòng, chống tham nhũng, tiêu cực.', 'Các phòng, đơn vị thuộc Sở', '', 'Quý I/2026'],
  ];
  const body = ['SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', 'Số: 186/KH-SNNMT', 'KẾ HOẠCH', 'Thực hiện công tác phòng, chống tham nhũng, tiêu cực năm 2026', 'PHỤ LỤC'];
  const { plan } = tablePlan(body, rows);
  const lead = plan.items.find((i) => i.id === 'I.1')!.lead;
  const group = plan.units.find((u) => u.id === lead[0])!;
  expect(lead.map((id) => plan.units.find((u) => u.id === id)!.name)).toEqual(['Các phòng, đơn vị thuộc Sở']);
  // A phòng and a chi cục of the Sở both answer for it; the Sở itself does not.
  expect(fitsGroup(group, { name: 'Phòng Kế hoạch - Tài chính', kind: 'division' })).toBe(true);
  expect(fitsGroup(group, { name: 'Chi cục Thủy lợi', kind: 'affiliate' })).toBe(true);
  expect(fitsGroup(group, { name: 'Sở Nông nghiệp và Môi trường', kind: 'department' })).toBe(false);
});

test('nhãn đơn vị và thời gian khác: "Trách nhiệm thực hiện: X (chủ trì); Y (phối hợp)", "Cơ quan chủ trì: …; Cơ quan phối hợp: …", "Thời gian:", "Tiến độ:"', () => {
  const lines = [
    'SỞ XÂY DỰNG TỈNH AN GIANG',
    'Số: 15/KH-SXD',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2026',
    'I. MỤC ĐÍCH, YÊU CẦU',
    '- Nâng cao hiệu quả công tác phòng, chống tham nhũng.',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '1. Công tác lãnh đạo, chỉ đạo',
    '- Quán triệt, triển khai Kế hoạch đến toàn thể công chức, viên chức, người lao động.',
    '+ Trách nhiệm thực hiện: Phòng Tổ chức - Hành chính (chủ trì); Phòng Tài chính - Kế toán (phối hợp).',
    '+ Thời gian: Quý I/2026.',
    '2. Công khai, minh bạch',
    '- Công khai dự toán, quyết toán ngân sách theo quy định.',
    '+ Cơ quan chủ trì: Văn phòng Sở; Cơ quan phối hợp: các đơn vị sự nghiệp trực thuộc.',
    '+ Tiến độ: Tháng 3/2026.',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Các phòng, đơn vị gửi báo cáo quý về Văn phòng Sở trước ngày 12 của tháng cuối quý; báo cáo năm gửi trước ngày 10/12/2026.',
  ];
  const model = toDocumentModel(lines.map((text) => ({ ...PLAIN_PARAGRAPH, text, bold: /^[IVX]+\.|^KẾ HOẠCH|^SỞ/.test(text) })), { host: 'docx' });
  const { plan } = importPlan(model);
  const name = (id: string) => plan.units.find((u) => u.id === id)?.name ?? plan.groups.find((g) => g.id === id)?.name ?? id;
  const rows = plan.items.map((i) => [i.id, i.lead.map(name), i.support.map(name), i.timing.raw, i.timing.parts.map((p) => p.kind)]);
  expect(rows).toEqual([
    ['II.1.1', ['Phòng Tổ chức - Hành chính'], ['Phòng Tài chính - Kế toán'], 'Quý I/2026.', ['quarter']],
    ['II.2.1', ['Văn phòng Sở'], ['các đơn vị sự nghiệp trực thuộc'], 'Tháng 3/2026.', ['deadline']],
  ]);
  expect(name(plan.reporting.channel)).toBe('Văn phòng Sở');
  expect(plan.reporting.periods.map((p) => `${p.code} ${p.due?.day}/${p.due?.month}`)).toEqual(['Q1 12/3', 'H1 12/6', '9M 12/9', 'Y 10/12']);
});

test('tên có dấu phẩy được đặt tên gọi tắt ("sau đây gọi là"); thành viên kể trong ngoặc sau tên nhóm là đơn vị của kế hoạch', async () => {
  const { definedShortForms, groupMembers } = await import('../../src/plan/import/assemble');
  const model = toDocumentModel(
    [
      '- Thủ trưởng các đơn vị trực thuộc Sở (Chi cục Tiêu chuẩn Đo lường Chất lượng (sau đây gọi là Chi cục TĐC), Trung tâm Ứng dụng tiến bộ khoa học và công nghệ, Trung tâm Chuyển đổi số) xây dựng kế hoạch của đơn vị.',
      '+ Đơn vị thực hiện: Văn phòng Sở (chủ trì); Phòng Chuyển đổi số và Bưu chính, Viễn thông (sau đây gọi là Phòng CĐS-BCVT), các đơn vị trực thuộc Sở (phối hợp).',
      '- Thực hiện kê khai tài sản, thu nhập theo quy định (nếu có).',
    ].map((text) => ({ ...PLAIN_PARAGRAPH, text })),
    { host: 'docx' },
  );
  expect(Object.fromEntries(definedShortForms(model))).toEqual({ 'chi cục tđc': 'Chi cục Tiêu chuẩn Đo lường Chất lượng', 'phòng cđs-bcvt': 'Phòng Chuyển đổi số và Bưu chính, Viễn thông' });
  expect(groupMembers(model)).toEqual([['Chi cục Tiêu chuẩn Đo lường Chất lượng', 'Trung tâm Ứng dụng tiến bộ khoa học và công nghệ', 'Trung tâm Chuyển đổi số']]);
});

test('nhóm kể thành viên cùng loại trong ngoặc: "các Tổ (Tổ Tổng hợp - Hành chính, …)", "các Thống kê cơ sở (Thống kê cơ sở 1, …)"; "(khu vực)" không phải thành viên', async () => {
  const { listedGroups } = await import('../../src/plan/import/assemble');
  const model = toDocumentModel(
    [
      '1. Tổ trưởng các Tổ (Tổ Tổng hợp - Hành chính, Tổ Phương pháp - Chất lượng, Tổ Thu thập thông tin) và Trưởng các Thống kê cơ sở (Thống kê cơ sở 1, Thống kê cơ sở 2, Thống kê cơ sở 3) căn cứ nhiệm vụ được giao tổ chức triển khai thực hiện Kế hoạch này.',
      '- Cụ thể hóa Kế hoạch này thành nhiệm vụ của đơn vị: các Thống kê cơ sở (khu vực) thực hiện trong tháng 02/2027.',
    ].map((text) => ({ ...PLAIN_PARAGRAPH, text })),
    { host: 'docx' },
  );
  expect(listedGroups(model).map((g) => `${g.name}: ${g.members.join('; ')}`)).toEqual([
    'các Tổ: Tổ Tổng hợp - Hành chính; Tổ Phương pháp - Chất lượng; Tổ Thu thập thông tin',
    'các Thống kê cơ sở: Thống kê cơ sở 1; Thống kê cơ sở 2; Thống kê cơ sở 3',
  ]);
});

test('nhóm có tên viết tắt trong ngoặc rồi "gồm:": "các Thống kê cơ sở (viết tắt là TKCS) gồm: Thống kê khu vực …" là sáu đơn vị cùng loại, tên địa bàn sau vài chữ', async () => {
  const { listedGroups } = await import('../../src/plan/import/assemble');
  const model = toDocumentModel(
    [
      'Trong Phụ lục, các Thống kê cơ sở (viết tắt là TKCS) gồm: Thống kê khu vực Hội An – Điện Bàn, Thống kê khu vực Tam Kỳ – Núi Thành và Thống kê khu vực Thăng Bình – Quế Sơn; Tổ kiểm tra nội bộ (viết tắt là Tổ KTNB) do Trưởng Thống kê tỉnh thành lập.',
    ].map((text) => ({ ...PLAIN_PARAGRAPH, text })),
    { host: 'docx' },
  );
  expect(listedGroups(model).map((g) => `${g.name}: ${g.members.join('; ')}`)).toEqual([
    'các Thống kê cơ sở: Thống kê khu vực Hội An – Điện Bàn; Thống kê khu vực Tam Kỳ – Núi Thành; Thống kê khu vực Thăng Bình – Quế Sơn',
  ]);
});

test('thành viên kể trong ngoặc sau tên nhóm có thể là một nhóm khác: "các đơn vị trực thuộc Sở (Chi cục Dân số, các bệnh viện, trung tâm y tế trực thuộc)"; ngoặc chỉ có nhóm viết thường không phải danh sách thành viên', async () => {
  const { listedGroups } = await import('../../src/plan/import/assemble');
  const model = toDocumentModel(
    [
      '- Công tác phòng, chống tham nhũng, tiêu cực phải gắn với nhiệm vụ chuyên môn; Thủ trưởng các đơn vị trực thuộc Sở (Chi cục Dân số, các bệnh viện, trung tâm y tế trực thuộc) chịu trách nhiệm trước Giám đốc Sở về việc tổ chức thực hiện Kế hoạch này.',
      '- Các phòng chức năng báo cáo kết quả thực hiện về Thanh tra Sở; các trung tâm (các trạm y tế trực thuộc) phối hợp.',
    ].map((text) => ({ ...PLAIN_PARAGRAPH, text })),
    { host: 'docx' },
  );
  expect(listedGroups(model).map((g) => `${g.name}: ${g.members.join('; ')}`)).toEqual(['các đơn vị trực thuộc Sở: Chi cục Dân số; các bệnh viện, trung tâm y tế trực thuộc']);
});

test('ô chủ trì tự ghi vai ("VPS chủ trì, phối hợp với Phòng PBGDPL", "Văn phòng (chủ trì)"); "Giám đốc Sở" là Sở; "các phòng, đơn vị" là nhóm gồm hai nhóm khi kế hoạch có cả hai', () => {
  const rows = [
    ['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian'],
    ['I', 'CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO', '', '', ''],
    ['1', 'Quán triệt Kế hoạch đến công chức, viên chức.', 'Giám đốc Sở; Thủ trưởng các phòng, đơn vị', '', 'Quý I/2026'],
    ['2', 'Tổ chức phổ biến pháp luật về phòng, chống tham nhũng.', 'Phòng Phổ biến, giáo dục pháp luật', 'Văn phòng Sở', 'Năm 2026'],
    ['II', 'CÁC BIỆN PHÁP PHÒNG NGỪA', '', '', ''],
    ['1', 'Cập nhật chuyên mục phòng, chống tham nhũng trên Trang thông tin điện tử.', 'Văn phòng Sở chủ trì, phối hợp với Phòng PBGDPL', '', 'Thường xuyên'],
    ['2', 'Công khai dự toán, quyết toán ngân sách.', 'Văn phòng (chủ trì)', 'Các phòng chuyên môn; các đơn vị sự nghiệp', 'Thường xuyên'],
    ['3', 'Tự kiểm tra nội bộ.', 'Các phòng chuyên môn', 'Các đơn vị sự nghiệp', 'Năm 2026'],
  ];
  const body = ['SỞ TƯ PHÁP', 'Số: 15/KH-STP', 'KẾ HOẠCH', 'Công tác phòng, chống tham nhũng, tiêu cực năm 2026', 'PHỤ LỤC'];
  const { plan } = tablePlan(body, rows);
  const named = [...plan.units, ...plan.groups];
  const name = (id: string) => named.find((u) => u.id === id)!.name;
  const roles = (id: string) => {
    const item = plan.items.find((i) => i.id === id)!;
    return [item.lead.map(name), item.support.map(name)];
  };
  // The group as the plan writes it, whose members are the plan's two groups.
  expect(roles('I.1')).toEqual([['Sở tư pháp', 'các phòng, đơn vị'], []]);
  expect(plan.groups.find((g) => g.name === 'các phòng, đơn vị')!.members.map(name)).toEqual(['Các phòng chuyên môn', 'các đơn vị sự nghiệp']);
  expect(roles('II.1')).toEqual([['Văn phòng Sở'], ['Phòng Phổ biến, giáo dục pháp luật']]);
  expect(roles('II.2')).toEqual([['Văn phòng Sở'], ['Các phòng chuyên môn', 'các đơn vị sự nghiệp']]);
  expect(plan.units.find((u) => u.id === plan.meta.issuer)!.aliases).toContain('Giám đốc Sở');
  // "Phòng PBGDPL" is one of that phòng's spellings, so that its report is known as its own.
  expect(plan.units.find((u) => u.name === 'Phòng Phổ biến, giáo dục pháp luật')!.aliases).toContain('Phòng PBGDPL');
});

test('"các phòng, đơn vị" vẫn là một nhóm khi kế hoạch không có riêng nhóm phòng và nhóm đơn vị', () => {
  const rows = [
    ['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian'],
    ['I', 'CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO', '', '', ''],
    ['1', 'Quán triệt Kế hoạch đến công chức, viên chức.', 'Thủ trưởng các phòng, đơn vị', '', 'Quý I/2026'],
    ['2', 'Tự kiểm tra nội bộ.', 'Các đơn vị sự nghiệp', '', 'Năm 2026'],
  ];
  const body = ['SỞ TƯ PHÁP', 'Số: 15/KH-STP', 'KẾ HOẠCH', 'Công tác phòng, chống tham nhũng, tiêu cực năm 2026', 'PHỤ LỤC'];
  const { plan } = tablePlan(body, rows);
  expect(plan.items[0]!.lead.map((id) => plan.units.find((u) => u.id === id)!.name)).toEqual(['các phòng, đơn vị']);
});

test('"các đơn vị thuộc Sở" là "các đơn vị trực thuộc Sở" khi kế hoạch không đặt hai cách gọi cạnh nhau; "Các phòng chuyên môn, đơn vị" và "các phòng, đơn vị thuộc Sở" là nhóm gồm hai nhóm ấy; tên viết tắt sau dấu phẩy là đơn vị khác', () => {
  const rows = [
    ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành'],
    ['I', 'CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO', '', '', ''],
    ['1', 'Quán triệt Kế hoạch đến công chức, viên chức, người lao động.', 'Văn phòng Sở', 'Các phòng chuyên môn, đơn vị thuộc Sở', 'Quý I/2026'],
    ['2', 'Xây dựng kế hoạch phòng, chống tham nhũng, tiêu cực của đơn vị.', 'Các đơn vị trực thuộc Sở', '', 'Trước ngày 31/01/2026'],
    ['II', 'CÁC BIỆN PHÁP PHÒNG NGỪA', '', '', ''],
    ['3', 'Kiểm soát xung đột lợi ích khi phân công thẩm định hồ sơ.', 'Thủ trưởng các phòng, đơn vị thuộc Sở', 'Văn phòng Sở', 'Thường xuyên'],
    ['4', 'Công khai thủ tục hành chính về đất đai.', 'Văn phòng Sở', 'Phòng Quản lý đất đai, VPĐKĐĐ', 'Thường xuyên'],
    ['5', 'Theo dõi việc thực hiện kết luận thanh tra.', 'Văn phòng Sở', 'Các phòng chuyên môn, đơn vị; các đơn vị được thanh tra, kiểm tra', 'Theo thời hạn tại kết luận'],
  ];
  const body = [
    'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG',
    'Số: 21/KH-SNNMT',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2026',
    'Thủ trưởng các đơn vị trực thuộc Sở (Chi cục Kiểm lâm, Văn phòng Đăng ký đất đai (sau đây viết tắt là VPĐKĐĐ)) triển khai thực hiện.',
    'PHỤ LỤC',
  ];
  const { plan } = tablePlan(body, rows);
  const named = [...plan.units, ...plan.groups];
  const name = (id: string) => named.find((u) => u.id === id)!.name;
  const roles = (id: string) => {
    const item = plan.items.find((i) => i.id === id)!;
    return [item.lead.map(name), item.support.map(name)];
  };
  // One group by both names, whichever the plan wrote first; its members are the bodies the plan lists for it.
  const units = name(plan.items.find((i) => i.id === 'I.2')!.lead[0]!);
  expect(named.filter((u) => [u.name, ...u.aliases].some((n) => /^các đơn vị (trực )?thuộc Sở$/iu.test(n)))).toHaveLength(1);
  const group = plan.groups.find((g) => g.name === units)!;
  expect(group.members.map(name)).toEqual(['Chi cục Kiểm lâm', 'Văn phòng Đăng ký đất đai']);
  expect(roles('I.1')).toEqual([['Văn phòng Sở'], ['Các phòng chuyên môn', units]]);
  expect(roles('II.3')).toEqual([['các phòng, đơn vị thuộc Sở'], ['Văn phòng Sở']]);
  expect(plan.groups.find((g) => g.name === 'các phòng, đơn vị thuộc Sở')!.members.map(name)).toEqual(['Các phòng chuyên môn', units]);
  expect(roles('II.4')).toEqual([['Văn phòng Sở'], ['Phòng Quản lý đất đai', 'Văn phòng Đăng ký đất đai']]);
  expect(roles('II.5')[1]).toEqual(['Các phòng chuyên môn, đơn vị', 'các đơn vị được thanh tra, kiểm tra']);
  expect(plan.groups.find((g) => g.name === 'Các phòng chuyên môn, đơn vị')!.members.map(name)).toEqual(['Các phòng chuyên môn', units]);
});

test('báo cáo của "Trung tâm Phục vụ hành chính công" là của "Trung tâm Phục vụ hành chính công xã" trong kế hoạch của UBND xã', () => {
  const rows = [
    ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian'],
    ['I', 'CÁC BIỆN PHÁP PHÒNG NGỪA', '', '', ''],
    ['1', 'Công khai thủ tục hành chính tại Bộ phận một cửa.', 'Trung tâm Phục vụ hành chính công xã', 'Phòng Văn hóa - Xã hội', 'Thường xuyên'],
  ];
  const { plan } = tablePlan(['ỦY BAN NHÂN DÂN XÃ HÒA AN', 'Số: 12/KH-UBND', 'KẾ HOẠCH', 'Công tác phòng, chống tham nhũng, tiêu cực năm 2026', 'PHỤ LỤC'], rows);
  const centre = plan.units.find((u) => u.name === 'Trung tâm Phục vụ hành chính công xã')!;
  expect(centre.aliases).toContain('Trung tâm Phục vụ hành chính công');
  // The UBND's own name keeps its level: "Ủy ban nhân dân" alone would be every UBND.
  expect(plan.units.find((u) => u.id === plan.meta.issuer)!.aliases).not.toContain('Ủy ban nhân dân');
});

test('nhóm chung mà kế hoạch định nghĩa là một ("sau đây gọi chung là các phòng, đơn vị") vẫn là một nhóm', () => {
  const rows = [
    ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian'],
    ['I', 'CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO', '', '', ''],
    ['1', 'Quán triệt Kế hoạch đến công chức, viên chức.', 'Các phòng, đơn vị', '', 'Quý I/2026'],
    ['2', 'Tự kiểm tra nội bộ.', 'Các đơn vị sự nghiệp trực thuộc Sở', 'các phòng chuyên môn', 'Năm 2026'],
  ];
  const body = [
    'SỞ TÀI CHÍNH',
    'Số: 18/KH-STC',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2026',
    'Các phòng chuyên môn, đơn vị sự nghiệp trực thuộc Sở (sau đây gọi chung là các phòng, đơn vị) tổ chức thực hiện.',
    'PHỤ LỤC',
  ];
  const { plan } = tablePlan(body, rows);
  const named = [...plan.units, ...plan.groups];
  const name = (id: string) => named.find((u) => u.id === id)!.name;
  // One group, whose members are the two groups the definition lists (not split into them, not the last of them).
  const [lead] = plan.items[0]!.lead;
  expect(plan.items[0]!.lead).toHaveLength(1);
  expect(plan.groups.find((g) => g.id === lead)!.members.map((id) => name(id).toLowerCase())).toEqual(['các phòng chuyên môn', 'các đơn vị sự nghiệp trực thuộc sở']);
});

test('ô có nhiều đoạn ("Văn phòng" / "Trung tâm PTHT") là danh sách đơn vị', () => {
  const body = ['BAN QUẢN LÝ KHU KINH TẾ', 'Số: 14/KH-BQLKKT', 'KẾ HOẠCH', 'Công tác phòng, chống tham nhũng, tiêu cực năm 2026', 'PHỤ LỤC'];
  const cells = [
    ['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian'],
    ['I', 'CÔNG KHAI, MINH BẠCH', '', '', ''],
    ['1', 'Rà soát Quy chế chi tiêu nội bộ.', ['Văn phòng Ban Quản lý', 'Trung tâm Phát triển hạ tầng'], ['Phòng Kế hoạch - Tài chính', 'Công đoàn cơ sở'], 'Quý I/2026'],
  ];
  const { plan } = tablePlan(body, cells);
  const name = (id: string) => plan.units.find((u) => u.id === id)!.name;
  const item = plan.items.find((i) => i.id === 'I.1')!;
  expect([item.lead.map(name), item.support.map(name)]).toEqual([['Văn phòng Ban Quản lý', 'Trung tâm Phát triển hạ tầng'], ['Phòng Kế hoạch - Tài chính', 'Công đoàn cơ sở']]);
});

test('đơn vị nêu trong câu bằng người đứng đầu: "Giám đốc Sở trực tiếp …" là Sở; "Lãnh đạo Sở, Chánh Văn phòng Sở và Trưởng các phòng …" là ba đơn vị', () => {
  const lines = [
    'SỞ DÂN TỘC VÀ TÔN GIÁO',
    'Số: 15/KH-SDTTG',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2026',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '1. Công tác lãnh đạo, chỉ đạo',
    '- Giám đốc Sở trực tiếp lãnh đạo, chỉ đạo công tác phòng, chống tham nhũng, tiêu cực của Sở.',
    '- Lãnh đạo Sở, Chánh Văn phòng Sở và Trưởng các phòng chuyên môn thực hiện trách nhiệm giải trình khi có yêu cầu.',
    'III. TỔ CHỨC THỰC HIỆN',
    'Các phòng gửi báo cáo quý về Văn phòng Sở trước ngày 05 của tháng cuối quý.',
  ];
  const { plan } = importLines(lines);
  const name = (id: string) => plan.units.find((u) => u.id === id)!.name;
  const lead = (id: string) => plan.items.find((i) => i.id === id)!.lead.map(name);
  const issuer = name(plan.meta.issuer);
  expect(lead('II.1.1')).toEqual([issuer]);
  expect(lead('II.1.2')).toEqual([issuer, 'Văn phòng Sở', 'các phòng chuyên môn']);
});

test('"+ Chủ trì: … / + Phối hợp: … / + Thời gian: …" sau nhiều gạch đầu dòng; gạch đầu dòng tự ghi đơn vị và thời gian trong ngoặc cuối câu giữ phần của mình', () => {
  const lines = [
    'TRƯỜNG CAO ĐẲNG SƠN LA',
    'Số: 09/KH-CĐSL',
    'KẾ HOẠCH',
    'Thực hiện công tác phòng, chống tham nhũng, tiêu cực năm 2026',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '1. Công tác lãnh đạo, chỉ đạo',
    '- Tổ chức quán triệt các văn bản về phòng, chống tham nhũng, tiêu cực đến toàn thể viên chức (Phòng Tổ chức - Hành chính chủ trì; các khoa phối hợp; thực hiện: Quý I/2026 và thường xuyên).',
    '- Gắn kết quả thực hiện công tác phòng, chống tham nhũng, tiêu cực với đánh giá, xếp loại viên chức cuối năm.',
    '+ Chủ trì: Phòng Đào tạo.',
    '+ Phối hợp: Công đoàn Trường, các khoa.',
    '+ Thời gian: Tháng 12/2026.',
    'III. TỔ CHỨC THỰC HIỆN',
    'Các đơn vị gửi báo cáo năm về Phòng Tổ chức - Hành chính trước ngày 05/12/2026.',
  ];
  const { plan } = importLines(lines);
  const name = (id: string) => plan.units.find((u) => u.id === id)!.name;
  const row = (id: string) => {
    const item = plan.items.find((i) => i.id === id)!;
    return [item.lead.map(name), item.support.map(name), item.timing.raw];
  };
  expect(row('II.1.1')).toEqual([['Phòng Tổ chức - Hành chính'], ['các khoa'], 'Quý I/2026 và thường xuyên']);
  expect(row('II.1.2')).toEqual([['Phòng Đào tạo'], ['Công đoàn Trường', 'các khoa'], 'Tháng 12/2026.']);
});

test('kế hoạch của phường: "Chủ tịch UBND phường", "Các Phó Chủ tịch UBND phường" là chính UBND phường; "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường (sau đây gọi là Văn phòng)" là một đơn vị', () => {
  const body = [
    'ỦY BAN NHÂN DÂN',
    'PHƯỜNG HOA LƯ',
    'Số: 12/KH-UBND',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2026',
    'Giao Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường (sau đây gọi là Văn phòng) làm đầu mối theo dõi.',
    'PHỤ LỤC',
  ];
  const rows = [
    ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian'],
    ['I', 'LÃNH ĐẠO, CHỈ ĐẠO', '', '', ''],
    ['1', 'Quán triệt Kế hoạch đến cán bộ, công chức.', 'Chủ tịch UBND phường; Văn phòng', 'Công an phường', 'Quý I/2026'],
    ['2', 'Kiểm tra việc thực hiện Kế hoạch.', 'Các Phó Chủ tịch UBND phường', 'Văn phòng', 'Năm 2026'],
    ['3', 'Tổng hợp đề xuất của UBND tỉnh.', 'UBND tỉnh', '', 'Năm 2026'],
  ];
  const { plan } = tablePlan(body, rows);
  const name = (id: string) => plan.units.find((u) => u.id === id)!.name;
  const lead = (id: string) => plan.items.find((i) => i.id === id)!.lead.map(name);
  const issuer = name(plan.meta.issuer);
  expect(lead('I.1')).toEqual([issuer, 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường']);
  expect(lead('I.2')).toEqual([issuer]);
  // The plan's own spellings of it, the head's as well as the body's: a key or a report naming "Chủ tịch UBND phường"
  // as the doer names the issuer.
  const spellings = plan.units.find((u) => u.id === plan.meta.issuer)!.aliases;
  expect(spellings).toEqual(expect.arrayContaining(['UBND phường', 'Chủ tịch UBND phường', 'Các Phó Chủ tịch UBND phường']));
  // The province's UBND is another body.
  expect(lead('I.3')).not.toContain(issuer);
});

test('khối "+ Đơn vị thực hiện" sau ba gạch đầu dòng không đè gạch đầu dòng đã tự giao "X chủ trì, phối hợp với Y"; thời gian của khối vẫn áp cho cả ba', () => {
  const lines = [
    'ỦY BAN NHÂN DÂN XÃ BÁT XÁT',
    'Số: 15/KH-UBND',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2026',
    'II. NHIỆM VỤ TRỌNG TÂM',
    '9. Cải cách hành chính, chuyển đổi số',
    '- Trung tâm Phục vụ hành chính công xã chủ trì, phối hợp với Phòng Kinh tế tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông.',
    '- Đẩy mạnh ứng dụng công nghệ thông tin, sử dụng văn bản điện tử, chữ ký số trong xử lý công việc.',
    '- Thực hiện chi trả tiền lương, phụ cấp qua tài khoản.',
    '+ Đơn vị thực hiện: Văn phòng HĐND và UBND xã, Phòng Kinh tế.',
    '+ Thời gian thực hiện: Năm 2026.',
    'III. TỔ CHỨC THỰC HIỆN',
    'Các cơ quan, đơn vị gửi báo cáo quý về UBND xã (qua Văn phòng HĐND và UBND xã) trước ngày 10 của tháng cuối quý.',
  ];
  const { plan } = importLines(lines);
  const name = (id: string) => plan.units.find((u) => u.id === id)!.name;
  const row = (id: string) => {
    const item = plan.items.find((i) => i.id === id)!;
    return [item.lead.map(name), item.support.map(name), item.timing.raw];
  };
  expect(row('II.9.1')).toEqual([['Trung tâm Phục vụ hành chính công xã'], ['Phòng Kinh tế'], 'Năm 2026.']);
  expect(row('II.9.2')).toEqual([['Văn phòng HĐND và UBND xã', 'Phòng Kinh tế'], [], 'Năm 2026.']);
});

test('gạch đầu dòng khép bằng câu nêu đơn vị làm ("Phòng A, Phòng B và Trung tâm C thực hiện thường xuyên.") giữ đơn vị của mình; dòng "+ Trách nhiệm:" sau cả loạt chỉ áp cho gạch đầu dòng không nêu', () => {
  const lines = [
    'SỞ TƯ PHÁP',
    'Số: 15/KH-STP',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2025',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '3. Thực hiện các giải pháp phòng ngừa tham nhũng, tiêu cực',
    'a) Công khai, minh bạch trong tổ chức và hoạt động',
    '- Công khai dự toán, quyết toán ngân sách; công khai việc quản lý, sử dụng tài sản công theo quy định. Văn phòng Sở và các đơn vị sự nghiệp trực thuộc Sở thực hiện theo thời hạn quy định.',
    '- Niêm yết, công khai thủ tục hành chính, phí, lệ phí tại Bộ phận Một cửa; công khai phí công chứng, quy chế cuộc đấu giá. Phòng Hành chính tư pháp, Phòng Công chứng số 1 và Trung tâm Dịch vụ đấu giá tài sản thực hiện thường xuyên.',
    '- Thực hiện trách nhiệm giải trình về việc thực hiện nhiệm vụ, quyền hạn được giao khi có yêu cầu của cơ quan, tổ chức, cá nhân.',
    '+ Trách nhiệm: Văn phòng Sở, Thanh tra Sở, các phòng chuyên môn và các đơn vị sự nghiệp trực thuộc Sở.',
    'III. TỔ CHỨC THỰC HIỆN',
    'Các phòng, đơn vị báo cáo kết quả định kỳ hằng quý gửi về Sở (qua Thanh tra Sở) trước ngày 08 của tháng cuối quý.',
  ];
  const { plan } = importLines(lines);
  const { name } = namesIn(plan);
  const lead = (id: string) => plan.items.find((i) => i.id === id)!.lead.map(name);
  expect(lead('II.3.a.1')).toEqual(['Văn phòng Sở', 'các đơn vị sự nghiệp trực thuộc Sở']);
  expect(lead('II.3.a.2')).toEqual(['Phòng Hành chính tư pháp', 'Phòng Công chứng số 1', 'Trung tâm Dịch vụ đấu giá tài sản']);
  expect(lead('II.3.a.3')).toEqual(['Văn phòng Sở', 'Thanh tra Sở', 'các phòng chuyên môn', 'các đơn vị sự nghiệp trực thuộc Sở']);
});

test('câu riêng sau loạt gạch đầu dòng "Văn phòng, Bộ phận Hành chính tư pháp và các Tòa chuyên trách thực hiện các nội dung tại điểm g …; thời gian: năm 2027." giao cả loạt, với thời gian của nó', () => {
  const lines = [
    'TÒA ÁN NHÂN DÂN KHU VỰC 3 - QUẢNG NGÃI',
    'Số: 06/KH-TA',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '3. Thực hiện các biện pháp phòng ngừa tham nhũng, tiêu cực',
    'g) Cải cách tư pháp, cải cách hành chính và chuyển đổi số',
    '- Đẩy mạnh ứng dụng công nghệ thông tin trong tiếp nhận, xử lý đơn khởi kiện; thực hiện tống đạt văn bản tố tụng qua phương tiện điện tử.',
    '- Số hóa hồ sơ vụ án, lưu trữ hồ sơ điện tử theo hướng dẫn của Tòa án nhân dân tối cao.',
    'Văn phòng, Bộ phận Hành chính tư pháp và các Tòa chuyên trách thực hiện các nội dung tại điểm g theo chức năng, nhiệm vụ được giao; thời gian: năm 2027.',
    'III. TỔ CHỨC THỰC HIỆN',
    'Các Tòa chuyên trách, Bộ phận Hành chính tư pháp báo cáo kết quả thực hiện Kế hoạch theo quý, gửi về Văn phòng trước ngày 06 của tháng cuối quý.',
  ];
  const { plan } = importLines(lines);
  const { name } = namesIn(plan);
  for (const id of ['II.3.g.1', 'II.3.g.2']) {
    const item = plan.items.find((i) => i.id === id)!;
    expect([item.lead.map(name), item.timing.raw]).toEqual([['Văn phòng', 'Bộ phận Hành chính tư pháp', 'các Tòa chuyên trách'], 'năm 2027.']);
  }
});

/** A prose plan: one paragraph per line, "**...**" lines bold; a task table's rows may stand between two runs of lines. */
function prosePlan(lines: readonly string[], rows: readonly (readonly string[])[] = [], after: readonly string[] = []) {
  const paragraph = (line: string) => ({ ...PLAIN_PARAGRAPH, text: line.replace(/\*\*/g, ''), bold: /^\*\*.*\*\*$/.test(line) });
  const cells = rows.flatMap((row, r) => row.map((text, c) => ({ ...PLAIN_PARAGRAPH, text, table: { table: 0, row: r, cell: c, depth: 1 } })));
  return importPlan(toDocumentModel([...lines.map(paragraph), ...cells, ...after.map(paragraph)], { host: 'docx' }));
}

test('tên gọi chung không trong ngoặc ("…, sau đây gọi chung là các phòng, đơn vị thuộc và trực thuộc Sở, …") là một nhóm gồm các đơn vị đã kể; "riêng việc … do X thực hiện" giao đúng gạch đầu dòng cho X', () => {
  const { plan } = prosePlan([
    '**SỞ NỘI VỤ**',
    'Số: 126/KH-SNV',
    '**KẾ HOẠCH**',
    '**Công tác phòng, chống tham nhũng, tiêu cực năm 2026**',
    '**I. MỤC ĐÍCH, YÊU CẦU**',
    '- Văn phòng Sở, Thanh tra Sở, các phòng chuyên môn và các đơn vị trực thuộc Sở (Ban Thi đua - Khen thưởng, Chi cục Văn thư - Lưu trữ), sau đây gọi chung là các phòng, đơn vị thuộc và trực thuộc Sở, xác định công tác phòng, chống tham nhũng là nhiệm vụ trọng tâm.',
    '**II. NHIỆM VỤ, GIẢI PHÁP**',
    '**1. Công tác lãnh đạo, chỉ đạo**',
    '- Quán triệt, phổ biến Kế hoạch này đến toàn thể công chức, viên chức, người lao động.',
    '- Xây dựng, ban hành kế hoạch phòng, chống tham nhũng, tiêu cực năm 2026 của đơn vị.',
    '+ Đơn vị thực hiện: Các phòng, đơn vị thuộc và trực thuộc Sở; riêng việc xây dựng, ban hành kế hoạch của đơn vị do các đơn vị trực thuộc Sở thực hiện.',
    '+ Thời gian thực hiện: Quý I/2026.',
    '**2. Công tác tuyên truyền**',
    '- Tuyên truyền, phổ biến pháp luật về phòng, chống tham nhũng.',
    '+ Đơn vị thực hiện: Văn phòng Sở chủ trì, phối hợp với Thanh tra Sở và các phòng, đơn vị thuộc và trực thuộc Sở.',
    '+ Thời gian thực hiện: Thường xuyên.',
    '**III. TỔ CHỨC THỰC HIỆN**',
    'Các phòng, đơn vị báo cáo kết quả về Sở (qua Thanh tra Sở) trước ngày 08/3/2026.',
  ]);
  const named = [...plan.units, ...plan.groups];
  const name = (id: string) => named.find((u) => u.id === id)!.name;
  const roles = (id: string) => {
    const item = plan.items.find((i) => i.id === id)!;
    return [item.lead.map(name), item.support.map(name)];
  };
  expect(roles('II.1.1')).toEqual([['Các phòng, đơn vị thuộc và trực thuộc Sở'], []]);
  expect(roles('II.1.2')).toEqual([['các đơn vị trực thuộc Sở'], []]);
  expect(roles('II.2.1')).toEqual([['Văn phòng Sở'], ['Thanh tra Sở', 'Các phòng, đơn vị thuộc và trực thuộc Sở']]);
  const whole = plan.groups.find((g) => g.name === 'Các phòng, đơn vị thuộc và trực thuộc Sở')!;
  expect(whole.members.map(name)).toEqual(['Văn phòng Sở', 'Thanh tra Sở', 'các phòng chuyên môn', 'các đơn vị trực thuộc Sở']);
  // The listed members of "các đơn vị trực thuộc Sở" are its members.
  expect(plan.groups.find((g) => g.name === 'các đơn vị trực thuộc Sở')!.members.map(name)).toEqual(['Ban Thi đua - Khen thưởng', 'Chi cục Văn thư - Lưu trữ']);
  expect(PlanSchema.safeParse(plan).success).toBe(true);
});

test('kế hoạch của trường: năm là năm trong trích yếu ("năm học 2025 - 2026 và năm 2026"), không phải năm của dòng ngày tháng; Phó Hiệu trưởng, kế toán, tổ trưởng là người làm; "Hiệu trưởng" là chính nhà trường', () => {
  const { plan } = prosePlan([
    '**TRƯỜNG THPT CHUYÊN QUỐC HỌC**',
    'Số: 187/KH-QH',
    'Huế, ngày 22 tháng 9 năm 2025',
    '**KẾ HOẠCH**',
    '**Phòng, chống tham nhũng, tiêu cực năm học 2025 - 2026 và năm 2026**',
    '**I. MỤC ĐÍCH, YÊU CẦU**',
    '- Nâng cao nhận thức của cán bộ, giáo viên, nhân viên.',
    '**II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM**',
    '**1. Công tác lãnh đạo, chỉ đạo**',
    '- Hiệu trưởng chỉ đạo xây dựng, ban hành Kế hoạch phòng, chống tham nhũng, tiêu cực năm học 2025 - 2026. Thời gian: Tháng 9/2025.',
    '- Phó Hiệu trưởng phụ trách chuyên môn chủ trì, phối hợp với Công đoàn trường tuyên truyền, phổ biến Luật Phòng, chống tham nhũng. Thời gian: Thường xuyên.',
    '- Kế toán, thủ quỹ thực hiện công khai dự toán, quyết toán ngân sách. Thời gian: Định kỳ hằng quý và cuối năm.',
    '- Các tổ chuyên môn và Tổ Văn phòng đưa nội dung phòng, chống tham nhũng vào kế hoạch hoạt động của tổ. Thời gian: Tháng 9/2025 (ban hành kế hoạch); kiểm tra trong năm học.',
    '- Tổ trưởng chuyên môn chỉ đạo giáo viên lồng ghép nội dung giáo dục liêm chính vào giờ sinh hoạt lớp trong năm học.',
    '**III. TỔ CHỨC THỰC HIỆN**',
    'Các tổ chuyên môn, Tổ Văn phòng báo cáo kết quả thực hiện Kế hoạch về Hiệu trưởng (qua Tổ Văn phòng): báo cáo 6 tháng gửi trước ngày 05/6/2026; báo cáo năm gửi trước ngày 05/12/2026.',
  ]);
  expect(plan.meta.year).toBe(2026);
  const name = (id: string) => [...plan.units, ...plan.groups].find((u) => u.id === id)!.name;
  const roles = (id: string) => {
    const item = plan.items.find((i) => i.id === id)!;
    return [item.lead.map(name), item.support.map(name), item.timing.raw];
  };
  expect(plan.items.find((i) => i.id === 'II.1.1')!.lead).toEqual([plan.meta.issuer]);
  expect(roles('II.1.2')).toEqual([['Phó Hiệu trưởng phụ trách chuyên môn'], ['Công đoàn trường'], 'Thường xuyên']);
  expect(roles('II.1.3')).toEqual([['Kế toán, thủ quỹ'], [], 'Định kỳ hằng quý và cuối năm']);
  expect(roles('II.1.4')).toEqual([['Các tổ chuyên môn', 'Tổ Văn phòng'], [], 'Tháng 9/2025 (ban hành kế hoạch); kiểm tra trong năm học']);
  expect(roles('II.1.5')).toEqual([['Tổ trưởng chuyên môn'], [], 'trong năm học']);
  expect(name(plan.reporting.channel)).toBe('Tổ Văn phòng');
});

test('kế hoạch "đến năm 2030" không có năm của kế hoạch trong trích yếu: năm là năm của dòng ngày tháng', () => {
  const { plan } = prosePlan([
    '**ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP**',
    'Số: 40/KH-UBND',
    'Đồng Tháp, ngày 14 tháng 01 năm 2026',
    '**KẾ HOẠCH**',
    '**THỰC HIỆN CHIẾN LƯỢC QUỐC GIA PHÒNG, CHỐNG THAM NHŨNG, TIÊU CỰC ĐẾN NĂM 2030**',
    '**I. NHIỆM VỤ, GIẢI PHÁP**',
    '- Các sở, ban, ngành tỉnh rà soát, hoàn thiện thể chế. Thời gian: Năm 2026.',
  ]);
  expect(plan.meta.year).toBe(2026);
});

test('nhiệm vụ đánh số thập phân ("1.1. Quán triệt …" rồi dòng "Cơ quan chủ trì: …") là nhiệm vụ II.1.1, không phải đề mục có một nhiệm vụ II.1.1.1; đề mục "2.1." in đậm có gạch đầu dòng vẫn là đề mục', () => {
  const { plan } = prosePlan([
    '**SỞ TÀI CHÍNH**',
    'Số: 112/KH-STC',
    '**KẾ HOẠCH**',
    '**Công tác phòng, chống tham nhũng, tiêu cực năm 2026**',
    '**I. MỤC ĐÍCH, YÊU CẦU**',
    '- Nâng cao nhận thức, trách nhiệm của công chức, viên chức.',
    '**II. NHIỆM VỤ, GIẢI PHÁP**',
    '**1. Công tác lãnh đạo, chỉ đạo**',
    '1.1. Tổ chức quán triệt, triển khai Kế hoạch này đến toàn thể công chức, viên chức, người lao động của Sở.',
    'Cơ quan chủ trì: Văn phòng Sở; Cơ quan phối hợp: các phòng, đơn vị thuộc Sở; Thời gian hoàn thành: Quý I/2026.',
    '1.2. Các phòng, đơn vị thuộc Sở xây dựng kế hoạch phòng, chống tham nhũng, tiêu cực của đơn vị.',
    'Đơn vị thực hiện: các phòng, đơn vị thuộc Sở.',
    '**2.1. Công khai, minh bạch**',
    '- Công khai dự toán, quyết toán ngân sách của Sở.',
    '+ Đơn vị thực hiện: Văn phòng Sở.',
    '**III. TỔ CHỨC THỰC HIỆN**',
    'Các phòng, đơn vị báo cáo kết quả về Sở (qua Văn phòng Sở) trước ngày 08/3/2026.',
  ]);
  expect(plan.items.map((i) => `${i.id} ${i.section}`)).toEqual(['II.1.1 II.1', 'II.1.2 II.1', 'II.2.1.1 II.2.1']);
  expect(plan.items[0]!.text).toBe('Tổ chức quán triệt, triển khai Kế hoạch này đến toàn thể công chức, viên chức, người lao động của Sở.');
  expect(plan.items[0]!.timing.raw).toBe('Quý I/2026.');
  expect(plan.headings.map((h) => h.id)).not.toContain('II.1.1');
  expect(PlanSchema.safeParse(plan).success).toBe(true);
});

test('câu "Đơn vị thực hiện: …" ngay trong đoạn nhiệm vụ là dòng đơn vị của nhiệm vụ đó, thời hạn sau nó là thời gian', () => {
  const { plan } = prosePlan([
    '**SỞ KHOA HỌC VÀ CÔNG NGHỆ**',
    'Số: 112/KH-SKHCN',
    '**KẾ HOẠCH**',
    '**Phòng, chống tham nhũng, tiêu cực năm 2026**',
    '**I. MỤC ĐÍCH, YÊU CẦU**',
    '- Nâng cao nhận thức, trách nhiệm của công chức, viên chức.',
    '**II. NHIỆM VỤ TRỌNG TÂM**',
    '**1. Công tác lãnh đạo, chỉ đạo**',
    '- Kiện toàn, phân công công chức làm đầu mối tham mưu công tác PCTN, TC của Sở. Đơn vị thực hiện: Văn phòng Sở. Thời hạn: Hoàn thành trong tháng 02/2026.',
    '- Rà soát, sửa đổi Quy chế chi tiêu nội bộ của Sở. Cơ quan chủ trì: Phòng Kế hoạch - Tài chính; Cơ quan phối hợp: Văn phòng Sở. Thời gian thực hiện: Quý I/2026.',
    '- Công khai dự toán ngân sách. Phòng Kế hoạch - Tài chính (chủ trì), Văn phòng Sở (phối hợp) thực hiện thường xuyên.',
    '**III. TỔ CHỨC THỰC HIỆN**',
    'Các phòng, đơn vị báo cáo kết quả về Sở (qua Văn phòng Sở) trước ngày 08/3/2026.',
  ]);
  const name = (id: string) => [...plan.units, ...plan.groups].find((u) => u.id === id)!.name;
  const roles = (id: string) => {
    const item = plan.items.find((i) => i.id === id)!;
    return [item.lead.map(name), item.support.map(name), item.timing.raw];
  };
  expect(roles('II.1.1')).toEqual([['Văn phòng Sở'], [], 'Hoàn thành trong tháng 02/2026']);
  expect(roles('II.1.2')).toEqual([['Phòng Kế hoạch - Tài chính'], ['Văn phòng Sở'], 'Quý I/2026']);
  expect(roles('II.1.3').slice(0, 2)).toEqual([['Phòng Kế hoạch - Tài chính'], ['Văn phòng Sở']]);
});

test('bảng nhiệm vụ có dòng nhóm đánh chữ "A", "B": mã giữ chữ của kế hoạch dưới mục nhiệm vụ (II.a.1, II.b.3), cả khi bảng ở phụ lục; kế hoạch không có mục nhiệm vụ thì chữ thành số (1.1)', () => {
  const rows = [
    ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'],
    ['A', 'CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO', '', '', ''],
    ['1', 'Ban hành Kế hoạch phòng, chống tham nhũng, tiêu cực năm 2026 của phường.', 'Văn phòng HĐND và UBND phường', '', 'Tháng 01/2026'],
    ['2', 'Quán triệt Kế hoạch đến cán bộ, công chức.', 'Văn phòng HĐND và UBND phường', 'Phòng Văn hóa - Xã hội', 'Quý I/2026'],
    ['B', 'CÁC BIỆN PHÁP PHÒNG NGỪA', '', '', ''],
    ['3', 'Công khai thủ tục hành chính tại Trung tâm Phục vụ hành chính công phường.', 'Trung tâm Phục vụ hành chính công phường', '', 'Thường xuyên'],
  ];
  const { plan } = prosePlan(
    ['**ỦY BAN NHÂN DÂN PHƯỜNG LONG BIÊN**', 'Số: 12/KH-UBND', '**KẾ HOẠCH**', '**Phòng, chống tham nhũng, tiêu cực năm 2026**', '**I. MỤC ĐÍCH, YÊU CẦU**', '- Nâng cao nhận thức, trách nhiệm của cán bộ, công chức.', '**II. NHIỆM VỤ, GIẢI PHÁP**'],
    rows,
    ['**III. TỔ CHỨC THỰC HIỆN**', 'Các cơ quan, đơn vị báo cáo kết quả về UBND phường (qua Văn phòng HĐND và UBND phường) trước ngày 05 của tháng cuối quý.'],
  );
  expect(plan.items.map((i) => i.id)).toEqual(['II.a.1', 'II.a.2', 'II.b.3']);
  expect(PlanSchema.safeParse(plan).success).toBe(true);
  const appendix = tablePlan(['ỦY BAN NHÂN DÂN PHƯỜNG LONG BIÊN', 'Số: 12/KH-UBND', 'KẾ HOẠCH', 'Phòng, chống tham nhũng, tiêu cực năm 2026', 'PHỤ LỤC'], rows).plan;
  expect(appendix.items.map((i) => i.id)).toEqual(['1.1', '1.2', '2.3']);
  // "II. NHIỆM VỤ TRỌNG TÂM — chi tiết tại Phụ lục": the appendix's lettered groups are that part's.
  const pointed = tablePlan(
    ['ỦY BAN NHÂN DÂN PHƯỜNG LONG BIÊN', 'Số: 12/KH-UBND', 'KẾ HOẠCH', 'Phòng, chống tham nhũng, tiêu cực năm 2026', 'I. MỤC ĐÍCH, YÊU CẦU', 'II. NHIỆM VỤ TRỌNG TÂM', 'Các nhiệm vụ cụ thể tại Phụ lục kèm theo.', 'III. TỔ CHỨC THỰC HIỆN', 'PHỤ LỤC'],
    rows,
  ).plan;
  expect(pointed.items.map((i) => i.id)).toEqual(['II.a.1', 'II.a.2', 'II.b.3']);
  expect(PlanSchema.safeParse(pointed).success).toBe(true);
});

test('bảng trong mục "2." có dòng nhóm "2.1", "2.2" (chỉ có tên nhóm) và dòng nhiệm vụ đánh số lại từ 1: mã II.2.1.1, II.2.2.1', () => {
  const rows = [
    ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện'],
    ['2.1', 'Công khai, minh bạch trong tổ chức và hoạt động', '', '', ''],
    ['1', 'Công khai dự toán, quyết toán ngân sách của đơn vị.', 'Văn phòng', '', 'Thường xuyên'],
    ['2', 'Niêm yết công khai thủ tục hành chính tại trụ sở.', 'Phòng Kiểm soát chi', 'Văn phòng', 'Thường xuyên'],
    ['2.2', 'Xây dựng, thực hiện chế độ, định mức, tiêu chuẩn', '', '', ''],
    ['1', 'Rà soát, sửa đổi Quy chế chi tiêu nội bộ.', 'Văn phòng', 'Phòng Kế toán nhà nước', 'Quý I/2026'],
  ];
  const { plan } = prosePlan(
    [
      '**KHO BẠC NHÀ NƯỚC KHU VỰC XII**',
      'Số: 19/KH-KVXII',
      '**KẾ HOẠCH**',
      '**Phòng, chống tham nhũng, tiêu cực năm 2026**',
      '**I. MỤC ĐÍCH, YÊU CẦU**',
      '- Nâng cao nhận thức, trách nhiệm của công chức.',
      '**II. NHIỆM VỤ**',
      '**1. Công tác lãnh đạo, chỉ đạo**',
      '- Quán triệt Kế hoạch đến toàn thể công chức (Văn phòng chủ trì; thời gian: Quý I/2026).',
      '**2. Các giải pháp phòng ngừa**',
    ],
    rows,
    ['**III. TỔ CHỨC THỰC HIỆN**', 'Các phòng báo cáo kết quả về Văn phòng trước ngày 05/6/2026 đối với báo cáo 6 tháng và trước ngày 05/12/2026 đối với báo cáo năm.'],
  );
  expect(plan.items.map((i) => i.id)).toEqual(['II.1.1', 'II.2.1.1', 'II.2.1.2', 'II.2.2.1']);
  expect(plan.headings.map((h) => h.id)).toEqual(expect.arrayContaining(['II.2.1', 'II.2.2']));
  expect(PlanSchema.safeParse(plan).success).toBe(true);
});

test('bảng trong mục "3." đánh số "3.1", "3.2" (số đã mang số mục): mã II.3.1, II.3.2 và kế hoạch nhập vào nạp được', () => {
  const rows = [
    ['STT', 'Nội dung', 'Chủ trì', 'Phối hợp', 'Thời hạn'],
    ['3.1', 'Rà soát, sửa đổi, bổ sung Quy chế chi tiêu nội bộ.', 'Văn phòng', 'Các phòng nghiệp vụ', 'Tháng 3/2026'],
    ['3.2', 'Thực hiện chuyển đổi vị trí công tác đối với viên chức.', 'Phòng Tổ chức cán bộ', 'Văn phòng, BHXH cơ sở', 'Thường xuyên'],
  ];
  const { plan } = prosePlan(
    [
      '**BẢO HIỂM XÃ HỘI TỈNH HƯNG YÊN**',
      'Số: 28/KH-BHXH',
      '**KẾ HOẠCH**',
      '**Phòng, chống tham nhũng, tiêu cực năm 2026**',
      '**I. MỤC ĐÍCH, YÊU CẦU**',
      '- Nâng cao nhận thức của công chức, viên chức.',
      '**II. NHIỆM VỤ, GIẢI PHÁP**',
      '**1. Công tác lãnh đạo, chỉ đạo**',
      '- Quán triệt Kế hoạch đến công chức, viên chức (Văn phòng chủ trì; các phòng nghiệp vụ, BHXH cơ sở phối hợp; định kỳ hằng tháng).',
      '- Căn cứ Kế hoạch này, xây dựng kế hoạch của đơn vị, hoàn thành trong tháng 01/2026 (Trưởng các phòng nghiệp vụ, Giám đốc BHXH cơ sở thực hiện).',
      '**3. Các giải pháp khác**',
    ],
    rows,
    ['**III. TỔ CHỨC THỰC HIỆN**', 'Các phòng nghiệp vụ, BHXH cơ sở báo cáo kết quả định kỳ 6 tháng, năm, gửi về BHXH tỉnh (qua Phòng Kiểm tra) trước ngày 10/6/2026 đối với báo cáo 6 tháng và trước ngày 10/12/2026 đối với báo cáo năm.'],
  );
  expect(plan.items.map((i) => `${i.id} ${i.section}`)).toEqual(['II.1.1 II.1', 'II.1.2 II.1', 'II.3.1 II.3', 'II.3.2 II.3']);
  expect(PlanSchema.safeParse(plan).success).toBe(true);
  const named = [...plan.units, ...plan.groups];
  const names = (ids: readonly string[]) => ids.map((id) => named.find((u) => u.id === id)!.name);
  const item = (id: string) => plan.items.find((i) => i.id === id)!;
  // "các phòng nghiệp vụ, BHXH cơ sở": two bodies, the second named by its short form; "Giám đốc BHXH cơ sở" is that body.
  expect(names(item('II.1.1').support)).toEqual(['các phòng nghiệp vụ', 'BHXH cơ sở']);
  expect(names(item('II.1.2').lead)).toEqual(['các phòng nghiệp vụ', 'BHXH cơ sở']);
  expect(names(item('II.3.2').support)).toEqual(['Văn phòng', 'BHXH cơ sở']);
  // Reports go to the BHXH tỉnh through Phòng Kiểm tra.
  expect(named.find((u) => u.id === plan.reporting.channel)!.name).toBe('Phòng Kiểm tra');
});

test('bảng đặt trong mục II có dòng nhóm I–III (số La Mã): bảng tự đánh số nhiệm vụ (I.1, II.1), không thành "II.I.1"', () => {
  const rows = [
    ['TT', 'Nội dung công việc', 'Khoa, phòng chủ trì', 'Khoa, phòng phối hợp', 'Thời gian hoàn thành'],
    ['I', 'CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO', '', '', ''],
    ['1', 'Quán triệt Kế hoạch đến toàn thể viên chức, người lao động.', 'Phòng Tổ chức cán bộ', 'Các khoa, phòng', 'Quý I/2026'],
    ['II', 'CÔNG KHAI, MINH BẠCH', '', '', ''],
    ['1', 'Công khai dự toán, quyết toán ngân sách của Bệnh viện.', 'Phòng Tài chính kế toán', '', 'Thường xuyên'],
    ['2', 'Công khai giá dịch vụ khám bệnh, chữa bệnh.', 'Phòng Kế hoạch tổng hợp', 'Phòng Tài chính kế toán', 'Thường xuyên'],
  ];
  const { plan } = prosePlan(
    ['**BỆNH VIỆN ĐA KHOA TỈNH QUẢNG TRỊ**', 'Số: 41/KH-BVĐK', '**KẾ HOẠCH**', '**Phòng, chống tham nhũng, tiêu cực năm 2026**', '**I. MỤC ĐÍCH, YÊU CẦU**', '- Nâng cao nhận thức của viên chức.', '**II. NHIỆM VỤ, GIẢI PHÁP**'],
    rows,
    ['**III. TỔ CHỨC THỰC HIỆN**', 'Các khoa, phòng báo cáo kết quả về Phòng Tổ chức cán bộ trước ngày 05/6/2026 đối với báo cáo 6 tháng và trước ngày 05/12/2026 đối với báo cáo năm.'],
  );
  expect(plan.items.map((i) => i.id)).toEqual(['I.1', 'II.1', 'II.2']);
  expect(PlanSchema.safeParse(plan).success).toBe(true);
});

test('ngoặc cuối câu ghi đơn vị và thời gian: "(BBT; Thường xuyên)" (tên viết tắt đã định nghĩa), "(Phòng Tổ chức – Hành chính; Tháng 12/2026)", "(…; Khi có phát sinh)", "(phòng Thời sự, các phòng chuyên môn; Thường xuyên)"', () => {
  const { plan } = prosePlan([
    '**BÁO VÀ PHÁT THANH, TRUYỀN HÌNH NINH BÌNH**',
    'Số: 09/KH-BPTTH',
    '**KẾ HOẠCH**',
    '**Phòng, chống tham nhũng, tiêu cực năm 2026**',
    '**I. MỤC ĐÍCH, YÊU CẦU**',
    '- Nâng cao trách nhiệm của Ban Biên tập (sau đây gọi tắt là BBT), trưởng các phòng chuyên môn trong công tác PCTNTC.',
    '**II. NHIỆM VỤ, GIẢI PHÁP**',
    '**1. Công tác lãnh đạo, chỉ đạo**',
    '- BBT tăng cường lãnh đạo, chỉ đạo, quán triệt các văn bản về PCTNTC (BBT; Thường xuyên).',
    '- Hướng dẫn, tổ chức kê khai tài sản, thu nhập hằng năm (Phòng Tổ chức – Hành chính; Tháng 12/2026).',
    '- Tiếp nhận, xử lý phản ánh, tố cáo về hành vi tham nhũng, tiêu cực (Phòng Tổ chức - Hành chính; Khi có phát sinh).',
    '- Thông tin kịp thời về các vụ án tham nhũng, tiêu cực (phòng Thời sự, các phòng chuyên môn; Thường xuyên).',
    '**III. TỔ CHỨC THỰC HIỆN**',
    'Các phòng chuyên môn báo cáo kết quả gửi Giám đốc (qua Phòng Tổ chức - Hành chính) trước ngày 05 tháng 6 năm 2026 và trước ngày 05 tháng 12 năm 2026.',
  ]);
  const named = [...plan.units, ...plan.groups];
  const lead = (id: string) => plan.items.find((i) => i.id === id)!.lead.map((u) => named.find((x) => x.id === u)!.name);
  expect(lead('II.1.1')).toEqual(['Ban Biên tập']);
  // (the en dash and the hyphen spell one body)
  expect(lead('II.1.2')).toEqual(['Phòng Tổ chức – Hành chính']);
  expect(plan.items.find((i) => i.id === 'II.1.3')!.lead).toEqual(plan.items.find((i) => i.id === 'II.1.2')!.lead);
  expect(lead('II.1.4')).toEqual(['Phòng Thời sự', 'các phòng chuyên môn']);
  expect(plan.items.find((i) => i.id === 'II.1.2')!.support).toEqual([]);
});

test('thời gian nằm trong câu nhiệm vụ giữ đủ chữ: "định kỳ hằng quý, năm", "thường xuyên trong năm 2026"', () => {
  const { plan } = prosePlan([
    '**BẢO HIỂM XÃ HỘI TỈNH HƯNG YÊN**',
    'Số: 28/KH-BHXH',
    '**KẾ HOẠCH**',
    '**Phòng, chống tham nhũng, tiêu cực năm 2026**',
    '**II. NHIỆM VỤ, GIẢI PHÁP**',
    '**2. Công khai, minh bạch**',
    '- Công khai dự toán, quyết toán ngân sách, định kỳ hằng quý, năm (Văn phòng chủ trì; các phòng nghiệp vụ phối hợp).',
    '- Công khai, minh bạch trong công tác tổ chức cán bộ; thực hiện thường xuyên trong năm 2026 (Phòng Tổ chức cán bộ chủ trì; Văn phòng phối hợp).',
    '**III. TỔ CHỨC THỰC HIỆN**',
    'Các phòng báo cáo kết quả về BHXH tỉnh (qua Phòng Kiểm tra) trước ngày 10/6/2026 đối với báo cáo 6 tháng và trước ngày 10/12/2026 đối với báo cáo năm.',
  ]);
  expect(plan.items.map((i) => i.timing.raw)).toEqual(['định kỳ hằng quý, năm', 'thường xuyên trong năm 2026']);
});

test('nhiều nhiệm vụ không đánh số dưới một đề mục, mỗi nhiệm vụ có khối "+ Đơn vị chủ trì / + Đơn vị phối hợp / + Thời gian thực hiện" riêng: mỗi đoạn sau một khối là nhiệm vụ mới', () => {
  const { plan } = prosePlan([
    '**THANH TRA TỈNH QUẢNG NGÃI**',
    'Số: 09/KH-TTr',
    '**KẾ HOẠCH**',
    '**Công tác phòng, chống tham nhũng, tiêu cực năm 2026**',
    '**II. NHIỆM VỤ, GIẢI PHÁP**',
    '**1. Công tác lãnh đạo, chỉ đạo**',
    'Tổ chức quán triệt, triển khai Kế hoạch này đến toàn thể công chức, người lao động của cơ quan.',
    '+ Đơn vị chủ trì: Văn phòng.',
    '+ Đơn vị phối hợp: Các phòng thuộc Thanh tra tỉnh.',
    '+ Thời gian thực hiện: Quý I/2026.',
    'Người đứng đầu các phòng nêu cao tinh thần trách nhiệm, gương mẫu trong phòng, chống tham nhũng, tiêu cực.',
    '+ Đơn vị chủ trì: Các phòng thuộc Thanh tra tỉnh.',
    '+ Đơn vị phối hợp: Văn phòng.',
    '+ Thời gian thực hiện: Thường xuyên.',
    '**2. Công tác tuyên truyền**',
    'Tuyên truyền, phổ biến Luật Phòng, chống tham nhũng cho công chức, người lao động.',
    '+ Đơn vị chủ trì: Phòng Nghiệp vụ 3.',
    '+ Thời gian thực hiện: Thường xuyên.',
    '**III. TỔ CHỨC THỰC HIỆN**',
    'Các phòng báo cáo kết quả gửi Chánh Thanh tra tỉnh (qua Phòng Nghiệp vụ 3) trước ngày 06/3/2026.',
  ]);
  const named = [...plan.units, ...plan.groups];
  const name = (id: string) => named.find((u) => u.id === id)!.name;
  expect(plan.items.map((i) => [i.id, i.lead.map(name), i.support.map(name), i.timing.raw])).toEqual([
    ['II.1.1', ['Văn phòng'], ['Các phòng thuộc Thanh tra tỉnh'], 'Quý I/2026.'],
    ['II.1.2', ['Các phòng thuộc Thanh tra tỉnh'], ['Văn phòng'], 'Thường xuyên.'],
    ['II.2.1', ['Phòng Nghiệp vụ 3'], [], 'Thường xuyên.'],
  ]);
  expect(plan.items[1]!.text).toMatch(/^Người đứng đầu các phòng/);
});

test('dòng "- Đơn vị chủ trì: …", "- Đơn vị phối hợp: …", "- Thời gian: …" (gạch đầu dòng) là khối đơn vị của nhiệm vụ, không phải nhiệm vụ; thời gian trong ngoặc gồm mọi phần sau "thời gian:"', () => {
  const { plan } = prosePlan([
    '**UBND XÃ HÒA VANG**',
    'Số: 18/KH-UBND',
    '**KẾ HOẠCH**',
    '**Công tác phòng, chống tham nhũng, tiêu cực năm 2026**',
    '**II. NHIỆM VỤ, GIẢI PHÁP**',
    '**1. Công tác lãnh đạo, chỉ đạo**',
    'Quán triệt, triển khai Kế hoạch này đến cán bộ, công chức của xã.',
    '- Đơn vị chủ trì: Văn phòng HĐND và UBND xã.',
    '- Đơn vị phối hợp: Phòng Kinh tế.',
    '- Thời gian: Quý I/2026.',
    'Các cơ quan, đơn vị xây dựng kế hoạch phòng, chống tham nhũng, tiêu cực của đơn vị.',
    '- Đơn vị chủ trì: Phòng Kinh tế.',
    '- Thời gian: Tháng 02/2026.',
    '**2. Kiểm tra**',
    '- Xây dựng, thực hiện Kế hoạch kiểm tra công vụ (Đơn vị thực hiện: Văn phòng HĐND và UBND xã chủ trì, phối hợp với Phòng Kinh tế; thời gian: ban hành kế hoạch hoàn thành trong tháng 02/2026; kiểm tra trong quý III/2026).',
    '**III. TỔ CHỨC THỰC HIỆN**',
    'Các cơ quan, đơn vị báo cáo kết quả gửi về UBND xã (qua Văn phòng HĐND và UBND xã) trước ngày 10 của tháng cuối quý.',
  ]);
  const named = [...plan.units, ...plan.groups];
  const name = (id: string) => named.find((u) => u.id === id)!.name;
  expect(plan.items.map((i) => [i.id, i.lead.map(name), i.support.map(name), i.timing.raw])).toEqual([
    ['II.1.1', ['Văn phòng HĐND và UBND xã'], ['Phòng Kinh tế'], 'Quý I/2026.'],
    ['II.1.2', ['Phòng Kinh tế'], [], 'Tháng 02/2026.'],
    ['II.2.1', ['Văn phòng HĐND và UBND xã'], ['Phòng Kinh tế'], 'ban hành kế hoạch hoàn thành trong tháng 02/2026; kiểm tra trong quý III/2026'],
  ]);
});

test('kế hoạch của trường: dòng "* Người thực hiện: …" / "* Thời gian: …" sau các gạch đầu dòng là khối đơn vị và thời gian của chúng', () => {
  const { plan } = prosePlan([
    '**TRƯỜNG THPT CHUYÊN LÊ QUÝ ĐÔN**',
    'Số: 186/KH-LQĐ',
    '**KẾ HOẠCH**',
    '**Phòng, chống tham nhũng, tiêu cực năm học 2025 - 2026 và năm 2026**',
    '**II. NHIỆM VỤ, GIẢI PHÁP**',
    '**1. Công tác lãnh đạo, chỉ đạo**',
    '- Quán triệt Kế hoạch đến toàn thể cán bộ, giáo viên, nhân viên tại hội đồng sư phạm.',
    '* Người thực hiện: Hiệu trưởng; các Phó Hiệu trưởng.',
    '* Thời gian: Tháng 9, tháng 10/2025 và thường xuyên trong năm học.',
    '- Các tổ chuyên môn xây dựng kế hoạch phòng, chống tham nhũng của tổ.',
    '* Người thực hiện: Tổ trưởng các tổ chuyên môn; Tổ trưởng Tổ Văn phòng.',
    '* Thời gian: Hoàn thành trước ngày 15/10/2025.',
    '**IV. CHẾ ĐỘ THÔNG TIN, BÁO CÁO**',
    'Các tổ chuyên môn báo cáo kết quả về Hiệu trưởng (qua Tổ Văn phòng) trước ngày 15/5/2026.',
  ]);
  const named = [...plan.units, ...plan.groups];
  const name = (id: string) => named.find((u) => u.id === id)!.name;
  expect(plan.items.map((i) => [i.id, i.lead.map(name), i.timing.raw])).toEqual([
    ['II.1.1', [name(plan.meta.issuer), 'các Phó Hiệu trưởng'], 'Tháng 9, tháng 10/2025 và thường xuyên trong năm học.'],
    ['II.1.2', ['các tổ chuyên môn', 'Tổ Văn phòng'], 'Hoàn thành trước ngày 15/10/2025.'],
  ]);
});

test('"Các Đội Quản lý thị trường số 1, số 2, số 3 (sau đây gọi chung là các Đội)": nhóm có ba đội; "Đội QLTT số 3", "Phòng Tổng hợp", "Lãnh đạo Chi cục" là đơn vị đã có', () => {
  const body = [
    'SỞ CÔNG THƯƠNG',
    'CHI CỤC QUẢN LÝ THỊ TRƯỜNG',
    'Số: 09/KH-CCQLTT',
    'KẾ HOẠCH',
    'Phòng, chống tham nhũng, tiêu cực năm 2026',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '1. Công tác lãnh đạo, chỉ đạo',
    '- Lãnh đạo Chi cục, Trưởng các phòng, Đội trưởng các Đội Quản lý thị trường tiếp tục quán triệt chủ trương của Đảng về phòng, chống tham nhũng (thời gian: thường xuyên).',
    '- Các Đội Quản lý thị trường số 1, số 2, số 3 (sau đây gọi chung là các Đội) xây dựng kế hoạch phòng, chống tham nhũng năm 2026 của Đội (thời gian: trước ngày 31/01/2026).',
    '2. Công tác phòng ngừa',
    '- Đội QLTT số 3 thực hiện thí điểm thiết bị ghi hình cá nhân (thời gian: Quý II/2026).',
    '- Công khai quy trình kiểm tra (Phòng Tổng hợp - Hành chính chủ trì, các Đội phối hợp; thời gian: thường xuyên).',
    '- Rà soát quy chế chi tiêu nội bộ (Phòng Tổng hợp chủ trì; thời gian: Quý I/2026).',
    'III. TỔ CHỨC THỰC HIỆN',
  ];
  const { plan } = importPlan(toDocumentModel(body.map((text) => ({ ...PLAIN_PARAGRAPH, text, bold: text === text.toUpperCase() || /^([IVX]+\.|\d+\.)\s/.test(text) })), { host: 'docx' }));
  const named = [...plan.units, ...plan.groups];
  const name = (id: string) => named.find((u) => u.id === id)!.name;
  const teams = plan.groups.find((g) => g.aliases.includes('các Đội'))!;
  expect(teams.members.map(name)).toEqual(['Đội Quản lý thị trường số 1', 'Đội Quản lý thị trường số 2', expect.stringMatching(/^Đội (QLTT|Quản lý thị trường) số 3$/)]);
  expect(plan.items.find((i) => i.id === 'II.1.1')!.lead.map(name)).toEqual([name(plan.meta.issuer), 'các phòng', teams.name]);
  // One body by each of its spellings.
  expect(plan.items.find((i) => i.id === 'II.2.1')!.lead).toEqual([teams.members[2]]);
  expect(plan.items.find((i) => i.id === 'II.2.3')!.lead).toEqual(plan.items.find((i) => i.id === 'II.2.2')!.lead);
});

test('nhiệm vụ không nêu đơn vị giao cho các nhóm kế hoạch gọi đến, nhưng nhóm hẹp ("các khoa") nằm trong nhóm rộng ("các khoa, phòng, trung tâm") thì chỉ nhóm rộng', () => {
  const { plan } = prosePlan([
    '**TRƯỜNG ĐẠI HỌC QUY NHƠN**',
    'Số: 112/KH-ĐHQN',
    '**KẾ HOẠCH**',
    '**Phòng, chống tham nhũng, tiêu cực năm 2026**',
    '**II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM**',
    '**1. Công tác lãnh đạo, chỉ đạo**',
    '- Tiếp tục quán triệt, triển khai thực hiện nghiêm túc các chủ trương của Đảng về phòng, chống tham nhũng, tiêu cực.',
    '- Trưởng các khoa, phòng, trung tâm chịu trách nhiệm trước Hiệu trưởng về công tác phòng, chống tham nhũng tại đơn vị (thời gian: thường xuyên).',
    '- Đưa nội dung phòng, chống tham nhũng vào giảng dạy (Phòng Đào tạo đại học chủ trì, phối hợp với các khoa; thời gian: năm học 2025-2026).',
    '**III. TỔ CHỨC THỰC HIỆN**',
  ]);
  const name = (id: string) => [...plan.units, ...plan.groups].find((u) => u.id === id)!.name;
  expect(plan.items.find((i) => i.id === 'II.1.1')!.lead.map(name)).toEqual(['các khoa, phòng, trung tâm']);
});

describe('kế hoạch của doanh nghiệp nhà nước: mục số thập phân, câu "Giao X chủ trì, phối hợp Y thực hiện; thời gian: …" sau mỗi mục', () => {
  const { plan } = prosePlan([
    '**CÔNG TY TNHH MỘT THÀNH VIÊN KHAI THÁC CÔNG TRÌNH THỦY LỢI QUẢNG NGÃI**',
    'Số: 09/KH-CTTL',
    '**KẾ HOẠCH**',
    '**Công tác phòng, chống tham nhũng, tiêu cực năm 2027**',
    '**II. NHIỆM VỤ, GIẢI PHÁP**',
    'Công ty giao nhiệm vụ cho các phòng chuyên môn, nghiệp vụ gồm Phòng Tổ chức - Hành chính (Phòng TC-HC), Phòng Kế toán - Tài vụ (Phòng KT-TV), Phòng Kế hoạch - Kỹ thuật (Phòng KH-KT) và các đơn vị trực thuộc gồm Xí nghiệp Thủy lợi Thạch Nham, Chi nhánh Thủy lợi Đức Phổ, Chi nhánh Thủy lợi Kon Tum (sau đây gọi chung là các Chi nhánh, Xí nghiệp) như sau:',
    '**1. Công tác lãnh đạo, chỉ đạo**',
    '1.1. Quán triệt, triển khai kịp thời các văn bản về phòng, chống tham nhũng, tiêu cực và Kế hoạch này đến người lao động Công ty.',
    'Giao Phòng Tổ chức - Hành chính chủ trì, phối hợp các phòng, Chi nhánh, Xí nghiệp thực hiện; thời gian: Thường xuyên.',
    '**2. Các biện pháp phòng ngừa**',
    '2.1. Công khai, minh bạch trong hoạt động của Công ty:',
    '- Công bố thông tin định kỳ, bất thường của doanh nghiệp nhà nước theo quy định.',
    '- Công khai quy chế tuyển dụng lao động, quy chế trả lương, thưởng của người lao động.',
    '- Công khai kế hoạch lựa chọn nhà thầu các gói thầu sửa chữa, nâng cấp công trình.',
    'Giao Phòng Kế toán - Tài vụ chủ trì nội dung thứ nhất; Phòng Tổ chức - Hành chính chủ trì nội dung thứ hai; Phòng Kế hoạch - Kỹ thuật chủ trì nội dung thứ ba; các Chi nhánh, Xí nghiệp phối hợp thực hiện; thời gian: Thường xuyên.',
    '2.2. Chuyển đổi vị trí công tác: Xây dựng, ban hành Kế hoạch chuyển đổi vị trí công tác năm 2027 đối với người giữ vị trí kế toán, thủ quỹ, thủ kho. Giao Phòng Tổ chức - Hành chính chủ trì; thời gian: ban hành Kế hoạch trong quý I/2027.',
    '**3. Phát hiện, xử lý tham nhũng, tiêu cực**',
    '3.1. Đề nghị Kiểm soát viên Công ty thực hiện giám sát việc quản lý, sử dụng vốn, tài sản của Công ty. Thời gian: theo Kế hoạch giám sát năm 2027 của Kiểm soát viên.',
    '**III. TỔ CHỨC THỰC HIỆN**',
  ]);
  const named = (ids: readonly string[]) => ids.map((id) => [...plan.units, ...plan.groups].find((u) => u.id === id)!.name);
  const item = (id: string) => plan.items.find((i) => i.id === id)!;
  const lower = (names: string[]) => names.map((n) => n.toLowerCase());

  test('"các đơn vị trực thuộc gồm A, B, C (sau đây gọi chung là các Chi nhánh, Xí nghiệp)": một nhóm gồm ba đơn vị đã kể, không phải tên khác của C', () => {
    const group = plan.groups.find((g) => g.name.toLowerCase() === 'các chi nhánh, xí nghiệp');
    expect(group && named(group.members)).toEqual(['Xí nghiệp Thủy lợi Thạch Nham', 'Chi nhánh Thủy lợi Đức Phổ', 'Chi nhánh Thủy lợi Kon Tum']);
    expect(plan.units.find((u) => u.name === 'Chi nhánh Thủy lợi Kon Tum')!.aliases).toEqual([]);
  });

  test('"1.1. …" rồi "Giao X chủ trì, phối hợp các phòng, Chi nhánh, Xí nghiệp thực hiện; thời gian: …": X chủ trì; "các" áp cho cả nhóm', () => {
    expect(named(item('II.1.1').lead)).toEqual(['Phòng Tổ chức - Hành chính']);
    expect(lower(named(item('II.1.1').support))).toEqual(['các phòng', 'các chi nhánh, xí nghiệp']);
    expect(item('II.1.1').timing?.raw).toBe('Thường xuyên.');
  });

  test('"X chủ trì nội dung thứ nhất; Y chủ trì nội dung thứ hai; Z chủ trì nội dung thứ ba" sau ba gạch: mỗi gạch một đơn vị chủ trì theo thứ tự', () => {
    expect(['II.2.1.1', 'II.2.1.2', 'II.2.1.3'].map((id) => named(item(id).lead))).toEqual([['Phòng Kế toán - Tài vụ'], ['Phòng Tổ chức - Hành chính'], ['Phòng Kế hoạch - Kỹ thuật']]);
    expect(lower(named(item('II.2.1.2').support))).toEqual(['các chi nhánh, xí nghiệp']);
  });

  test('câu "Giao X chủ trì; thời gian: …" ở cuối đoạn nhiệm vụ: X chủ trì, thời gian không phải tên đơn vị', () => {
    expect(named(item('II.2.2').lead)).toEqual(['Phòng Tổ chức - Hành chính']);
    expect(item('II.2.2').timing?.raw).toBe('ban hành Kế hoạch trong quý I/2027');
  });

  test('"Đề nghị Kiểm soát viên Công ty thực hiện giám sát …": Kiểm soát viên chủ trì', () => {
    expect(named(item('II.3.1').lead)).toEqual(['Kiểm soát viên Công ty']);
  });
});

test('tên gọi chung sau nhiều vế cách nhau bởi ";" ("Các phòng nghiệp vụ gồm A, B; Ban KSNB (…); Chi nhánh X và Chi nhánh Y (sau đây gọi chung là các phòng, chi nhánh)"): nhóm gồm mọi đơn vị đã kể', () => {
  const { plan } = prosePlan([
    '**CÔNG TY TNHH MTV XỔ SỐ KIẾN THIẾT**',
    'Số: 12/KH-XSKT',
    '**KẾ HOẠCH**',
    '**Công tác phòng, chống tham nhũng, tiêu cực năm 2026**',
    '**II. NHIỆM VỤ**',
    'Các phòng nghiệp vụ gồm Phòng Tổ chức - Hành chính, Phòng Kế toán - Tài vụ; Ban Kiểm soát nội bộ (sau đây gọi là Ban KSNB); Chi nhánh Sóc Trăng và Chi nhánh Hậu Giang (sau đây gọi chung là các phòng, chi nhánh) căn cứ chức năng, nhiệm vụ thực hiện các nhiệm vụ sau:',
    '1. Quán triệt Kế hoạch này đến người lao động (các phòng, chi nhánh thực hiện; thời gian: Quý I/2026).',
    '**III. TỔ CHỨC THỰC HIỆN**',
  ]);
  const group = plan.groups.find((g) => g.name.toLowerCase() === 'các phòng, chi nhánh')!;
  const name = (id: string) => plan.units.find((u) => u.id === id)!.name;
  expect(group.members.map(name)).toEqual(['Phòng Tổ chức - Hành chính', 'Phòng Kế toán - Tài vụ', 'Ban Kiểm soát nội bộ', 'Chi nhánh Sóc Trăng', 'Chi nhánh Hậu Giang']);
});

test('chú giải sau chữ ký viết bằng gạch ngang "Ghi chú: VP - Văn phòng HĐND và UBND phường; …": mỗi chữ viết tắt một đơn vị, tên có gạch nối giữ nguyên', async () => {
  const { legendEntries } = await import('../../src/plan/import/assemble');
  expect(legendEntries('Ghi chú: VP - Văn phòng HĐND và UBND phường; PKT - Phòng Kinh tế, Hạ tầng và Đô thị; PVHXH - Phòng Văn hóa - Xã hội; TTPVHCC - Trung tâm Phục vụ hành chính công phường.')).toEqual([
    ['VP', 'Văn phòng HĐND và UBND phường'],
    ['PKT', 'Phòng Kinh tế, Hạ tầng và Đô thị'],
    ['PVHXH', 'Phòng Văn hóa - Xã hội'],
    ['TTPVHCC', 'Trung tâm Phục vụ hành chính công phường'],
  ]);
});

test('chú giải "Ghi chú viết tắt: BBT: Ban Biên tập; …; CĐTN: Chi đoàn Thanh niên" (đặt trên bảng): mỗi chữ viết tắt một đơn vị; ô "P.KHTC, P.KT-CN" là hai đơn vị', async () => {
  const { legendEntries } = await import('../../src/plan/import/assemble');
  expect(legendEntries('Ghi chú viết tắt: BBT: Ban Biên tập; P.KHTC: Phòng Kế hoạch - Tài chính; P.KT-CN: Phòng Kỹ thuật - Công nghệ; CĐTN: Chi đoàn Thanh niên.')).toEqual([
    ['BBT', 'Ban Biên tập'],
    ['P.KHTC', 'Phòng Kế hoạch - Tài chính'],
    ['P.KT-CN', 'Phòng Kỹ thuật - Công nghệ'],
    ['CĐTN', 'Chi đoàn Thanh niên'],
  ]);
  const { plan } = tablePlan(
    ['BÁO VÀ PHÁT THANH, TRUYỀN HÌNH QUẢNG NGÃI', 'Số: 05/KH-BPTTH', 'KẾ HOẠCH', 'Phòng, chống tham nhũng, tiêu cực năm 2027', 'PHỤ LỤC', 'Ghi chú viết tắt: BBT: Ban Biên tập; P.KHTC: Phòng Kế hoạch - Tài chính; P.KT-CN: Phòng Kỹ thuật - Công nghệ.'],
    [
      ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian'],
      ['A', 'CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO', '', '', ''],
      ['1', 'Rà soát, sửa đổi Quy chế chi tiêu nội bộ năm 2027.', 'BBT', 'P.KHTC, P.KT-CN', 'Quý I - Quý IV'],
    ],
  );
  const name = (id: string) => plan.units.find((u) => u.id === id)!.name;
  expect(plan.items[0]!.support.map(name)).toEqual(['Phòng Kế hoạch - Tài chính', 'Phòng Kỹ thuật - Công nghệ']);
});

test('người đứng đầu thay cho đơn vị: "Hạt trưởng các Hạt … (sau đây gọi là các Hạt)", "Đội", "Hạt trưởng, Đội trưởng", "Chi cục trưởng"', () => {
  const { plan } = prosePlan([
    '**CHI CỤC KIỂM LÂM**',
    'Số: 09/KH-CCKL',
    '**KẾ HOẠCH**',
    '**Công tác phòng, chống tham nhũng, tiêu cực năm 2026**',
    '**I. MỤC ĐÍCH, YÊU CẦU**',
    '- Trưởng các phòng chuyên môn, Hạt trưởng các Hạt Kiểm lâm khu vực (sau đây gọi là các Hạt), Đội trưởng các Đội Kiểm lâm cơ động và Phòng cháy, chữa cháy rừng (sau đây gọi là các Đội) chịu trách nhiệm trước Chi cục trưởng.',
    '**II. NHIỆM VỤ, GIẢI PHÁP**',
    '1. Thực hiện nghiêm Quy tắc ứng xử, không gây phiền hà chủ rừng, người dân (các phòng, các Hạt, Đội thực hiện; thời gian: Thường xuyên).',
    '2. Chi cục trưởng, Trưởng các phòng, Hạt trưởng, Đội trưởng trực tiếp chỉ đạo các biện pháp phòng ngừa tại phòng, đơn vị mình (thời gian: Thường xuyên).',
    '**III. TỔ CHỨC THỰC HIỆN**',
    'Các phòng, đơn vị báo cáo kết quả về Chi cục (qua Phòng Hành chính - Tổng hợp) trước ngày 10 của tháng cuối quý.',
  ]);
  const named = [...plan.units, ...plan.groups];
  const name = (id: string) => named.find((u) => u.id === id)!.name;
  const lead = (id: string) => plan.items.find((i) => i.id === id)!.lead.map(name);
  expect(lead('II.1')).toEqual(['các phòng', 'các Hạt Kiểm lâm khu vực', 'các Đội Kiểm lâm cơ động và Phòng cháy, chữa cháy rừng']);
  expect(lead('II.2')).toEqual(['Chi cục kiểm lâm', 'các phòng', 'các Hạt Kiểm lâm khu vực', 'các Đội Kiểm lâm cơ động và Phòng cháy, chữa cháy rừng']);
});

test('giao việc cho người đứng đầu: "Giám đốc Vườn" là cơ quan ban hành (tên viết tắt "Vườn"); "Kế toán trưởng" là phòng ghi trong ngoặc "(Trưởng phòng, Kế toán trưởng)"; "Hạt trưởng Hạt Kiểm lâm số 1" là Hạt; câu cuối "Hoàn thành trong quý I/2027." là thời gian riêng', () => {
  const { plan } = prosePlan([
    'UBND TỈNH QUẢNG TRỊ',
    '**BAN QUẢN LÝ VƯỜN QUỐC GIA PHONG NHA - KẺ BÀNG**',
    'Số: 09/KH-VQG',
    '**KẾ HOẠCH**',
    '**Công tác phòng, chống tham nhũng, tiêu cực năm 2027**',
    'Ban Quản lý Vườn quốc gia Phong Nha - Kẻ Bàng (sau đây gọi tắt là Vườn) ban hành Kế hoạch như sau:',
    '**II. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO**',
    '- Giám đốc Vườn trực tiếp lãnh đạo, chỉ đạo công tác phòng, chống tham nhũng, tiêu cực. Thời gian thực hiện: thường xuyên.',
    '**III. CÁC GIẢI PHÁP PHÒNG NGỪA**',
    '- Kế toán trưởng chủ trì, phối hợp với Trưởng phòng Tổ chức - Hành chính rà soát Quy chế chi tiêu nội bộ. Hoàn thành trong quý I/2027.',
    '- Quản lý, sử dụng xe ô tô phục vụ tuần tra đúng định mức.',
    '+ Trách nhiệm thực hiện: Hạt trưởng các Hạt Kiểm lâm.',
    '+ Thời gian thực hiện: Thường xuyên.',
    '- Giao Trưởng phòng Tổ chức - Hành chính chủ trì, phối hợp với Hạt trưởng Hạt Kiểm lâm số 1 kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính. Thời gian thực hiện: quý III/2027.',
    '**IV. TỔ CHỨC THỰC HIỆN**',
    '2. Phòng Kế hoạch - Tài chính (Trưởng phòng, Kế toán trưởng) bảo đảm kinh phí thực hiện Kế hoạch.',
    'Các phòng, đơn vị báo cáo kết quả về Phòng Tổ chức - Hành chính trước ngày 05/6/2027.',
  ]);
  const named = [...plan.units, ...plan.groups];
  const name = (id: string) => named.find((u) => u.id === id)!.name;
  const roles = (n: number) => [plan.items[n]!.lead.map(name), plan.items[n]!.support.map(name), plan.items[n]!.timing.raw];
  expect(name(plan.meta.issuer)).toBe('Ban Quản lý Vườn quốc gia Phong Nha - Kẻ Bàng');
  expect(roles(0)).toEqual([['Ban Quản lý Vườn quốc gia Phong Nha - Kẻ Bàng'], [], 'thường xuyên']);
  expect(roles(1)).toEqual([['Phòng Kế hoạch - Tài chính'], ['Phòng Tổ chức - Hành chính'], 'Hoàn thành trong quý I/2027']);
  expect(roles(2)[0]).toEqual(['các Hạt Kiểm lâm']);
  expect(roles(3).slice(0, 2)).toEqual([['Phòng Tổ chức - Hành chính'], ['Hạt Kiểm lâm số 1']]);
});

test('bảng nhiệm vụ không có cột số thứ tự ("Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian"): dòng chỉ có tên là nhóm, các dòng dưới nó là nhiệm vụ đánh số theo vị trí', () => {
  const body = ['ỦY BAN NHÂN DÂN PHƯỜNG CẨM THÀNH', 'Số: 09/KH-UBND', 'KẾ HOẠCH', 'Công tác phòng, chống tham nhũng, tiêu cực năm 2027', 'II. NHIỆM VỤ, GIẢI PHÁP CỤ THỂ'];
  const rows = [
    ['Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian', 'Ghi chú'],
    ['Công tác lãnh đạo, chỉ đạo', '', '', '', ''],
    ['Quán triệt, triển khai Kế hoạch đến toàn thể cán bộ, công chức.', 'Văn phòng HĐND và UBND phường', 'Các phòng chuyên môn', 'Quý I/2027', ''],
    ['Rà soát Quy chế làm việc của UBND phường.', 'Văn phòng HĐND và UBND phường', '', 'Quý II/2027', ''],
    ['Các giải pháp phòng ngừa', '', '', '', ''],
    ['Công khai thủ tục hành chính tại Trung tâm.', 'Trung tâm Phục vụ hành chính công phường', '', 'Thường xuyên', ''],
  ];
  const { plan } = tablePlan(body, rows);
  expect(plan.items.map((i) => [i.id, i.timing.raw])).toEqual([
    ['II.1.1', 'Quý I/2027'],
    ['II.1.2', 'Quý II/2027'],
    ['II.2.1', 'Thường xuyên'],
  ]);
  expect(plan.headings.filter((h) => /^II\.\d$/.test(h.id)).map((h) => h.title)).toEqual(['Công tác lãnh đạo, chỉ đạo', 'Các giải pháp phòng ngừa']);
});

test('bảng chữ viết tắt đặt sau chữ ký ("BẢNG CHỮ VIẾT TẮT" / "VP | Văn phòng Ban") và ngoặc "(Giao: P.QLDN; phối hợp: VP; thời gian: …)" cuối mỗi nhiệm vụ', () => {
  const { plan } = prosePlan(
    [
      '**BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH HƯNG YÊN**',
      'Số: 09/KH-BQLKCN',
      '**KẾ HOẠCH**',
      '**Công tác phòng, chống tham nhũng, tiêu cực năm 2027**',
      '**II. NHIỆM VỤ, GIẢI PHÁP**',
      '**1. Công khai, minh bạch**',
      '- Hướng dẫn doanh nghiệp trong khu công nghiệp xây dựng quy tắc ứng xử (Giao: P.QLDN; phối hợp: TTDV; thời gian: quý II/2027).',
      '- Công khai dự toán, quyết toán ngân sách của Ban (Giao: VP; thời gian: theo quy định).',
      '**III. TỔ CHỨC THỰC HIỆN**',
      'Các phòng, đơn vị báo cáo kết quả về Ban (qua Văn phòng Ban) trước ngày 08 của tháng cuối quý.',
      'TRƯỞNG BAN',
      '**BẢNG CHỮ VIẾT TẮT**',
    ],
    [
      ['Chữ viết tắt', 'Nội dung'],
      ['VP', 'Văn phòng Ban'],
      ['P.QLDN', 'Phòng Quản lý doanh nghiệp'],
      ['TTDV', 'Trung tâm Dịch vụ việc làm và hỗ trợ doanh nghiệp'],
      ['DN', 'Doanh nghiệp'],
    ],
  );
  const named = [...plan.units, ...plan.groups];
  const name = (id: string) => named.find((u) => u.id === id)!.name;
  const roles = (n: number) => [plan.items[n]!.lead.map(name), plan.items[n]!.support.map(name)];
  expect(roles(0)).toEqual([['Phòng Quản lý doanh nghiệp'], ['Trung tâm Dịch vụ việc làm và hỗ trợ doanh nghiệp']]);
  expect(roles(1)).toEqual([['Văn phòng Ban'], []]);
});

test('chú giải "TTr: Thanh tra Sở — nay là bộ phận thanh tra thuộc Văn phòng": đơn vị mang tên cũ, tên hiện nay (và "bộ phận thanh tra" như đầu báo cáo ghi dưới "VĂN PHÒNG SỞ") là tên khác của nó', async () => {
  const { legendEntries, renamedBodies } = await import('../../src/plan/import/assemble');
  const legend = 'Ghi chú: VP: Văn phòng Sở; P.TG: Phòng Tôn giáo; TTr: Thanh tra Sở — nay là bộ phận thanh tra thuộc Văn phòng.';
  expect(legendEntries(legend)).toEqual([
    ['VP', 'Văn phòng Sở'],
    ['P.TG', 'Phòng Tôn giáo'],
    ['TTr', 'Thanh tra Sở'],
  ]);
  const { plan } = tablePlan(
    ['SỞ DÂN TỘC VÀ TÔN GIÁO', 'Số: 09/KH-SDTTG', 'KẾ HOẠCH', 'Công tác phòng, chống tham nhũng, tiêu cực năm 2027', legend],
    [
      ['TT', 'Nội dung nhiệm vụ', 'VP', 'P.TG', 'TTr', 'Thời gian'],
      ['1.', 'Kiểm tra, phát hiện, xử lý tham nhũng, tiêu cực', '', '', '', ''],
      ['1.1', 'Tiếp nhận, xử lý đơn thư phản ánh, kiến nghị, tố cáo liên quan đến tham nhũng, tiêu cực thuộc thẩm quyền.', 'PH', '', 'CT', 'Thường xuyên'],
    ],
  );
  const inspectors = plan.units.find((u) => u.id === plan.items[0]!.lead[0])!;
  expect(inspectors.name).toBe('Thanh tra Sở');
  expect(inspectors.aliases).toEqual(expect.arrayContaining(['TTr', 'bộ phận thanh tra thuộc Văn phòng', 'bộ phận thanh tra']));
  // In brackets as well.
  const model = toDocumentModel([{ ...PLAIN_PARAGRAPH, text: 'Chữ viết tắt: VP: Văn phòng Sở; TTr: Thanh tra Sở (nay là bộ phận thanh tra thuộc Văn phòng Sở).' }], { host: 'docx' });
  expect(renamedBodies(model)).toEqual([['Thanh tra Sở', ['bộ phận thanh tra thuộc Văn phòng Sở', 'bộ phận thanh tra']]]);
});

test('trường giao việc cho người ("Người phụ trách: Hiệu trưởng; Kế toán; Bí thư Đoàn trường"): Hiệu trưởng, Phó Hiệu trưởng là Ban Giám hiệu, Kế toán là Bộ phận Kế toán, Bí thư Đoàn trường là Đoàn Thanh niên, Chủ tịch Công đoàn là Công đoàn cơ sở', () => {
  const { plan } = prosePlan([
    '**TRƯỜNG THPT NGUYỄN VĂN CỪ**',
    'Số: 142/KH-NVC',
    '**KẾ HOẠCH**',
    '**Công tác phòng, chống tham nhũng, tiêu cực năm học 2026 - 2027**',
    '**II. NHIỆM VỤ VÀ GIẢI PHÁP**',
    '**1. Công tác lãnh đạo, chỉ đạo**',
    '- Quán triệt, triển khai Kế hoạch này đến toàn thể CBQL, GV, NV tại Hội nghị viên chức, người lao động đầu năm học.',
    'Người phụ trách: Hiệu trưởng (chủ trì); Chủ tịch Công đoàn cơ sở (phối hợp).',
    'Thời gian: Tháng 9/2026.',
    '- Tổ chức cho học sinh tìm hiểu về phòng, chống tham nhũng, tiêu cực qua sinh hoạt dưới cờ, sinh hoạt chi đoàn.',
    'Người phụ trách: Bí thư Đoàn trường (chủ trì); Tổ Văn phòng (phối hợp).',
    'Thời gian: Tháng 3/2027.',
    '**2. Công khai, minh bạch**',
    '- Công khai dự toán, quyết toán ngân sách; công khai mức thu học phí và các khoản thu đầu năm học.',
    'Người phụ trách: Phó Hiệu trưởng phụ trách cơ sở vật chất; Kế toán.',
    'Thời gian: Học kỳ I.',
    '- Thực hiện trách nhiệm giải trình theo quy định.',
    'Người phụ trách: Ban Giám hiệu; Kế toán.',
    'Thời gian: Khi có yêu cầu.',
    '**III. TỔ CHỨC THỰC HIỆN**',
    '1. Bộ phận Kế toán, Tổ Văn phòng, Công đoàn cơ sở, Đoàn Thanh niên báo cáo kết quả thực hiện về Hiệu trưởng (qua Tổ Văn phòng) trước ngày 08/01/2027 đối với báo cáo học kỳ I và trước ngày 12/5/2027 đối với báo cáo cả năm học.',
  ]);
  const name = (id: string) => plan.units.find((u) => u.id === id)?.name ?? id;
  expect(plan.items.map((item) => [item.id, item.lead.map(name), item.support.map(name)])).toEqual([
    ['II.1.1', ['Ban Giám hiệu'], ['Công đoàn cơ sở']],
    ['II.1.2', ['Đoàn Thanh niên'], ['Tổ Văn phòng']],
    ['II.2.1', ['Ban Giám hiệu', 'Bộ phận Kế toán'], []],
    ['II.2.2', ['Ban Giám hiệu', 'Bộ phận Kế toán'], []],
  ]);
  expect(plan.units.find((u) => u.name === 'Ban Giám hiệu')!.aliases).toEqual(expect.arrayContaining(['Hiệu trưởng', 'Phó Hiệu trưởng phụ trách cơ sở vật chất']));
  expect(plan.units.find((u) => u.name === 'Bộ phận Kế toán')!.aliases).toContain('Kế toán');
  expect(plan.units.find((u) => u.name === 'Công đoàn cơ sở')!.aliases).not.toContain('Công đoàn cơ');
});

test('trường mà Hiệu trưởng tự làm trong câu nhiệm vụ (không có dòng "Người phụ trách"): Hiệu trưởng vẫn là nhà trường, không thành Ban Giám hiệu', () => {
  const { plan } = prosePlan([
    '**TRƯỜNG THCS NGUYỄN DU**',
    'Số: 45/KH-THCSND',
    '**KẾ HOẠCH**',
    '**Công tác phòng, chống tham nhũng, tiêu cực năm học 2026 - 2027**',
    '**II. NHIỆM VỤ, GIẢI PHÁP**',
    '**1. Công tác lãnh đạo, chỉ đạo**',
    '- Ban Giám hiệu kiểm tra nội bộ việc thực hiện nội quy, quy chế chuyên môn (thời gian: theo Kế hoạch kiểm tra nội bộ).',
    '- Hiệu trưởng rà soát các vị trí công tác phải định kỳ chuyển đổi (Tổ Văn phòng tham mưu; thời gian: Quý IV/2026).',
    '**III. TỔ CHỨC THỰC HIỆN**',
  ]);
  expect(plan.units.find((u) => u.name === 'Ban Giám hiệu')?.aliases ?? []).not.toContain('Hiệu trưởng');
  expect(plan.units.find((u) => u.id === plan.meta.issuer)!.aliases).toContain('Hiệu trưởng');
});

test('"Các phòng, PGD có liên quan": chữ viết tắt in hoa sau "các" của nhóm trước nó dùng chung chữ "các" khi kế hoạch gọi chung nhóm là "các PGD"', () => {
  const { plan } = tablePlan(
    [
      'KHO BẠC NHÀ NƯỚC KHU VỰC XIII',
      'KẾ HOẠCH',
      'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
      'Các đơn vị thuộc Kho bạc được viết tắt như sau: Phòng Thanh tra - Kiểm tra (sau đây viết tắt là P.TTKT); Phòng Giao dịch số 1, Phòng Giao dịch số 2 (sau đây viết tắt lần lượt là PGD số 1, PGD số 2, gọi chung là các PGD).',
      'PHỤ LỤC NHIỆM VỤ',
    ],
    [
      ['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện'],
      ['I', 'CÔNG TÁC PHÁT HIỆN, XỬ LÝ THAM NHŨNG', '', '', ''],
      ['1', 'Tự kiểm tra nội bộ việc chấp hành quy trình nghiệp vụ tại đơn vị.', 'Các PGD', 'P.TTKT', 'Quý III/2027'],
      ['2', 'Theo dõi, đôn đốc thực hiện kết luận thanh tra, kiểm tra và kiến nghị của Kiểm toán nhà nước.', 'P.TTKT', 'Các phòng, PGD có liên quan', 'Thường xuyên'],
    ],
  );
  const name = (id: string) => plan.units.find((u) => u.id === id)?.name ?? plan.groups.find((g) => g.id === id)?.name ?? id;
  expect(plan.items.map((i) => [i.id, i.lead.map(name), i.support.map(name)])).toEqual([
    ['I.1', ['Các PGD'], ['Phòng Thanh tra - Kiểm tra']],
    ['I.2', ['Phòng Thanh tra - Kiểm tra'], ['Các phòng', 'Các PGD']],
  ]);
});

test('tên viết tắt định nghĩa sau dấu phẩy trong ngoặc, tên đầy đủ cũng trong ngoặc và có dấu phẩy riêng: "gửi về Chi nhánh (qua Phòng Kiểm tra, kiểm soát nội bộ, sau đây gọi là Phòng KTKSNB)"', async () => {
  const { definedShortForms } = await import('../../src/plan/import/assemble');
  const model = toDocumentModel(
    ['- Giám đốc các Phòng giao dịch xây dựng kế hoạch công tác PCTN, TC năm 2027 của đơn vị; gửi về Chi nhánh (qua Phòng Kiểm tra, kiểm soát nội bộ, sau đây gọi là Phòng KTKSNB) trước ngày 31/01/2027.'].map((text) => ({ ...PLAIN_PARAGRAPH, text })),
    { host: 'docx' },
  );
  expect(Object.fromEntries(definedShortForms(model))).toEqual({ 'phòng ktksnb': 'Phòng Kiểm tra, kiểm soát nội bộ' });
});

test('"các Đội", "các Hải quan cửa khẩu" không kể thành viên: là các đơn vị mà kế hoạch đặt tên mở đầu bằng các chữ ấy, kể cả cửa khẩu chỉ nêu trong lời nhiệm vụ', () => {
  const lines = [
    'CỤC HẢI QUAN',
    'CHI CỤC HẢI QUAN KHU VỰC XI',
    'Số: 18/KH-HQKV11',
    'Quảng Trị, ngày 12 tháng 01 năm 2027',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
    'II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM',
    '1. Công tác lãnh đạo, chỉ đạo',
    '1.1. Các Đội, các Hải quan cửa khẩu xây dựng, ban hành kế hoạch phòng, chống tham nhũng, tiêu cực năm 2027 của đơn vị.',
    'Đầu mối: các Đội, các Hải quan cửa khẩu; Thời gian: Ban hành trước ngày 31/01/2027.',
    '1.2. Công khai thủ tục hành chính tại trụ sở Chi cục, tại Hải quan cửa khẩu quốc tế Lao Bảo, Hải quan cửa khẩu quốc tế La Lay và trên Cổng thông tin điện tử hải quan.',
    'Đầu mối: Đội Nghiệp vụ; Phối hợp: Đội Tổng hợp; Thời gian: Thường xuyên.',
    '1.3. Triển khai giám sát hải quan tự động đối với phương tiện ra vào bãi kiểm tra tập trung.',
    'Đầu mối: Hải quan cửa khẩu quốc tế Lao Bảo; Phối hợp: Đội Kiểm soát hải quan; Thời gian: Quý III/2027.',
    'III. TỔ CHỨC THỰC HIỆN',
  ];
  const model = toDocumentModel(lines.map((text) => ({ ...PLAIN_PARAGRAPH, text, bold: text === text.toUpperCase() })), { host: 'docx' });
  const { plan } = importPlan(model);
  expect(PlanSchema.safeParse(plan).success).toBe(true);
  const nameOf = (id: string) => plan.units.find((u) => u.id === id)?.name;
  const members = (name: string) => plan.groups!.find((g) => g.name === name)?.members.map(nameOf).sort();
  expect(members('các Đội')).toEqual(['Đội Kiểm soát hải quan', 'Đội Nghiệp vụ', 'Đội Tổng hợp']);
  expect(members('các Hải quan cửa khẩu')).toEqual(['Hải quan cửa khẩu quốc tế La Lay', 'Hải quan cửa khẩu quốc tế Lao Bảo']);
  // "trên Cổng thông tin …" after the name is not part of it; the groups are groups, not units of their own.
  expect(plan.units.map((u) => u.name)).not.toContain('các Đội');
});

test('nhóm "các Hạt Kiểm lâm" chỉ có một Hạt được nêu tên: vẫn là nhóm không kể thành viên', () => {
  const lines = [
    'BAN QUẢN LÝ RỪNG PHÒNG HỘ',
    'Số: 05/KH-BQL',
    'Quảng Bình, ngày 10 tháng 01 năm 2026',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2026',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '1. Lãnh đạo, chỉ đạo',
    '1.1. Quán triệt Kế hoạch này đến toàn thể viên chức, người lao động.',
    'Đầu mối: các Hạt Kiểm lâm; Phối hợp: Hạt Kiểm lâm Minh Hóa; Thời gian: Quý I/2026.',
    'III. TỔ CHỨC THỰC HIỆN',
  ];
  const model = toDocumentModel(lines.map((text) => ({ ...PLAIN_PARAGRAPH, text, bold: text === text.toUpperCase() })), { host: 'docx' });
  const { plan } = importPlan(model);
  expect(plan.groups ?? []).toEqual([]);
  expect(plan.units.find((u) => u.name === 'các Hạt Kiểm lâm')?.kind).toBe('group');
});

test('"Ủy ban Kiểm tra LĐLĐ tỉnh" (tên viết tắt của cơ quan ban hành ở cuối) còn có tên "Ủy ban Kiểm tra", như báo cáo của nó ghi dưới tên Liên đoàn', () => {
  const lines = [
    'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM',
    'LIÊN ĐOÀN LAO ĐỘNG TỈNH TUYÊN QUANG',
    'Số: 25/KH-LĐLĐ',
    'Tuyên Quang, ngày 20 tháng 01 năm 2027',
    'KẾ HOẠCH',
    'Thực hiện công tác phòng, chống tham nhũng, tiêu cực năm 2027',
    'Thực hiện Kế hoạch số 178/KH-TLĐ của Tổng Liên đoàn Lao động Việt Nam, Ban Thường vụ Liên đoàn Lao động tỉnh Tuyên Quang (sau đây viết tắt là LĐLĐ tỉnh) ban hành Kế hoạch như sau:',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '1. Kiểm tra việc quản lý, sử dụng tài chính, tài sản công đoàn tại các công đoàn cơ sở trực thuộc.',
    'Bộ phận chủ trì: Ủy ban Kiểm tra LĐLĐ tỉnh; Bộ phận phối hợp: Ban Tài chính',
    'Thời gian: Quý III/2027',
    'III. TỔ CHỨC THỰC HIỆN',
  ];
  const model = toDocumentModel(lines.map((text) => ({ ...PLAIN_PARAGRAPH, text, bold: text === text.toUpperCase() })), { host: 'docx' });
  const { plan } = importPlan(model);
  expect(plan.units.find((u) => u.name === 'Ủy ban Kiểm tra LĐLĐ tỉnh')?.aliases).toContain('Ủy ban Kiểm tra');
});

test('tên viết tắt định nghĩa trong câu giao việc có số thứ tự: "1. Giao Phòng Tổ chức - Hành chính (sau đây viết tắt là Phòng TC-HC) …; phối hợp với Phòng Quản lý đào tạo - Nghiên cứu khoa học (sau đây viết tắt là Phòng QLĐT-NCKH)": tên đơn vị, không kèm "Giao", "phối hợp với"', async () => {
  const { definedShortForms } = await import('../../src/plan/import/assemble');
  const model = toDocumentModel(
    ['1. Giao Phòng Tổ chức - Hành chính (sau đây viết tắt là Phòng TC-HC) là đầu mối giúp Hiệu trưởng theo dõi, đôn đốc việc thực hiện Kế hoạch này; phối hợp với Phòng Quản lý đào tạo - Nghiên cứu khoa học (sau đây viết tắt là Phòng QLĐT-NCKH) theo dõi các nhiệm vụ liên quan đến công tác đào tạo, bồi dưỡng.'].map((text) => ({ ...PLAIN_PARAGRAPH, text })),
    { host: 'docx' },
  );
  expect(Object.fromEntries(definedShortForms(model))).toEqual({ 'phòng tc-hc': 'Phòng Tổ chức - Hành chính', 'phòng qlđt-nckh': 'Phòng Quản lý đào tạo - Nghiên cứu khoa học' });
});

test('kế hoạch của Tỉnh Đoàn: "ĐOÀN TNCS HỒ CHÍ MINH" không phải cơ quan ban hành; "BCH ĐOÀN TỈNH" là "Tỉnh Đoàn" ("Văn phòng Tỉnh Đoàn" ghi đầu báo cáo "VĂN PHÒNG"); báo cáo "gửi về Tỉnh Đoàn (qua Ban Kiểm tra)"', () => {
  const { plan } = prosePlan([
    '**BCH ĐOÀN TỈNH LÂM ĐỒNG**',
    '**ĐOÀN TNCS HỒ CHÍ MINH**',
    'Số: 46-KH/TĐTN-KT',
    'Lâm Đồng, ngày 08 tháng 01 năm 2027',
    '**KẾ HOẠCH**',
    '**công tác phòng, chống tham nhũng, tiêu cực năm 2027**',
    '**II. NHIỆM VỤ, GIẢI PHÁP**',
    '**1. Công tác lãnh đạo, chỉ đạo**',
    '- Quán triệt các văn bản của Trung ương Đoàn về công tác PCTN, TC đến cán bộ cơ quan Tỉnh Đoàn (quý I/2027). Giao Văn phòng Tỉnh Đoàn chủ trì thực hiện.',
    '**III. TỔ CHỨC THỰC HIỆN**',
    '1. Chế độ báo cáo: Các ban, Văn phòng Tỉnh Đoàn, Đoàn cấp xã và Đoàn trực thuộc báo cáo kết quả thực hiện công tác PCTN, TC định kỳ 6 tháng, năm gửi về Tỉnh Đoàn (qua Ban Kiểm tra), cụ thể: báo cáo 6 tháng gửi trước ngày 05/6/2027; báo cáo năm gửi trước ngày 05/11/2027.',
  ]);
  // The committee acts for the body: the issuer is the Đoàn, the header's line one of its names.
  expect(plan.meta.issuerName).toBe('Đoàn tỉnh Lâm Đồng');
  expect(plan.units.find((u) => u.id === plan.meta.issuer)!.aliases).toContain('BCH Đoàn tỉnh Lâm Đồng');
  expect(plan.units.map((u) => u.name)).not.toContainEqual(expect.stringMatching(/tncs/iu));
  expect(plan.units.find((u) => u.id === plan.reporting.channel)!.name).toBe('Ban Kiểm tra');
  expect(plan.units.find((u) => u.name === 'Văn phòng Tỉnh Đoàn')!.aliases).toContain('Văn phòng');
});

test('"Kế toán trưởng Công ty chỉ đạo Phòng TC-KT thực hiện …" ở phần tổ chức thực hiện: nhiệm vụ giao "Kế toán trưởng Công ty" chủ trì là của Phòng Tài chính - Kế toán', () => {
  const { plan } = prosePlan([
    '**CÔNG TY TNHH MỘT THÀNH VIÊN CẤP NƯỚC HÀ TĨNH**',
    'Số: 15/KH-CTN',
    '**KẾ HOẠCH**',
    '**Công tác phòng, chống tham nhũng, tiêu cực năm 2027**',
    '**I. MỤC ĐÍCH, YÊU CẦU**',
    '- Phòng Tổ chức - Hành chính (Phòng TC-HC), Phòng Tài chính - Kế toán (Phòng TC-KT) căn cứ Kế hoạch này tổ chức thực hiện.',
    '**II. CÁC BIỆN PHÁP PHÒNG NGỪA THAM NHŨNG, TIÊU CỰC**',
    '**1. Xây dựng và thực hiện các định mức, tiêu chuẩn, chế độ**',
    '- Nội dung: Rà soát, sửa đổi Quy chế chi tiêu nội bộ, Quy chế quản lý tài chính của Công ty.',
    '- Đơn vị chủ trì: Kế toán trưởng Công ty',
    '- Đơn vị phối hợp: Phòng Tổ chức - Hành chính',
    '- Thời gian: Trước ngày 31/3/2027',
    '**2. Chuyển đổi vị trí công tác**',
    '- Nội dung: Xây dựng Kế hoạch chuyển đổi vị trí công tác năm 2027.',
    '- Đơn vị chủ trì: Phòng TC-HC',
    '- Thời gian: Quý I/2027',
    '**III. TỔ CHỨC THỰC HIỆN**',
    '1. Kế toán trưởng Công ty chỉ đạo Phòng TC-KT thực hiện các nội dung về định mức, tiêu chuẩn, chế độ tại Mục II của Kế hoạch.',
    '2. Các phòng báo cáo kết quả thực hiện về Công ty (qua Phòng TC-HC) trước ngày 05/6/2027 đối với báo cáo 6 tháng và trước ngày 25/11/2027 đối với báo cáo năm.',
  ]);
  const name = (id: string) => plan.units.find((u) => u.id === id)?.name ?? id;
  expect(plan.items.map((item) => [item.id, item.lead.map(name), item.support.map(name)])).toEqual([
    ['II.1', ['Phòng Tài chính - Kế toán'], ['Phòng Tổ chức - Hành chính']],
    ['II.2', ['Phòng Tổ chức - Hành chính'], []],
  ]);
  expect(plan.units.find((u) => u.name === 'Phòng Tài chính - Kế toán')!.aliases).toContain('Kế toán trưởng Công ty');
});

test('bảng "Nội dung (theo mục II) | Chủ trì | Phối hợp | Thời gian" chỉ nêu vị trí ("Điểm 1 mục II", "Điểm 2 (các gạch đầu dòng 1–2)", "Điểm 2 (gạch đầu dòng 3); điểm 3") giao chủ trì, phối hợp, thời gian cho các gạch đầu dòng ở mục II, không thành nhiệm vụ', () => {
  const lines = [
    'TÒA ÁN NHÂN DÂN KHU VỰC 2 - GIA LAI',
    'Số: 05/KH-TA',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
    '**II. NHIỆM VỤ, GIẢI PHÁP**',
    '**1. Công tác lãnh đạo, chỉ đạo**',
    '- Quán triệt Kế hoạch công tác phòng, chống tham nhũng, tiêu cực năm 2027 của Tòa án nhân dân tỉnh đến toàn thể công chức.',
    '- Đưa nội dung phòng, chống tham nhũng, tiêu cực vào chương trình công tác năm của cơ quan.',
    '**2. Công khai, minh bạch trong hoạt động của Tòa án**',
    '- Công bố bản án, quyết định trên Cổng thông tin điện tử của Tòa án đúng thời hạn.',
    '- Niêm yết công khai lịch xét xử, thủ tục nhận đơn khởi kiện tại trụ sở.',
    '- Công khai dự toán, quyết toán ngân sách và việc mua sắm tài sản công.',
    '**3. Kiểm soát tài sản, thu nhập**',
    'Tổ chức kê khai tài sản, thu nhập hằng năm và công khai bản kê khai theo quy định.',
    '**III. PHÂN CÔNG THỰC HIỆN**',
    'Phân công thực hiện các nhiệm vụ tại mục II như sau:',
  ];
  const rows = [
    ['Nội dung (theo mục II)', 'Chủ trì', 'Phối hợp', 'Thời gian'],
    ['Điểm 1 mục II', 'Văn phòng', 'Các Tòa chuyên trách', 'Quý I/2027 và thường xuyên trong năm'],
    ['Điểm 2 (các gạch đầu dòng 1–2)', 'Thẩm phán', 'Văn phòng', 'Thường xuyên'],
    ['Điểm 2 (gạch đầu dòng 3); điểm 3', 'Bộ phận Kế toán', 'Văn phòng', 'Trước ngày 31/12/2027'],
  ];
  const after = ['**IV. TỔ CHỨC THỰC HIỆN**', 'Các Tòa chuyên trách, Bộ phận Kế toán báo cáo kết quả thực hiện gửi Văn phòng trước ngày 05/6/2027 (báo cáo 6 tháng) và trước ngày 05/12/2027 (báo cáo năm).'];
  const { plan } = prosePlan(lines, rows, after);
  const { name } = namesIn(plan);
  const got = plan.items.map((i) => [i.id, i.lead.map(name).join(', '), i.support.map(name).join(', '), i.timing.raw]);
  expect(got).toEqual([
    ['II.1.1', 'Văn phòng', 'Các Tòa chuyên trách', 'Quý I/2027 và thường xuyên trong năm'],
    ['II.1.2', 'Văn phòng', 'Các Tòa chuyên trách', 'Quý I/2027 và thường xuyên trong năm'],
    ['II.2.1', 'Thẩm phán', 'Văn phòng', 'Thường xuyên'],
    ['II.2.2', 'Thẩm phán', 'Văn phòng', 'Thường xuyên'],
    ['II.2.3', 'Bộ phận Kế toán', 'Văn phòng', 'Trước ngày 31/12/2027'],
    ['II.3.1', 'Bộ phận Kế toán', 'Văn phòng', 'Trước ngày 31/12/2027'],
  ]);
});

test('nhiệm vụ đánh số liền 1.–5. dưới các nhóm chữ in hoa "A.", "B.", "C." ở mục II, phụ lục sau chữ ký "Nhiệm vụ (theo mục II) | Chủ trì | Phối hợp | Thời gian hoàn thành" dẫn nhiệm vụ bằng chữ và số rồi tên ngắn ("A.1 …", "B.2-B.3 …"): nhiệm vụ là đoạn văn (mã II.b.3 giữ số in), hàng phụ lục giao đơn vị và thời gian', () => {
  const lines = [
    '**BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP**',
    'Số: 12/KH-BQL',
    '**KẾ HOẠCH**',
    '**Phòng, chống tham nhũng, tiêu cực năm 2027**',
    '**II. NHIỆM VỤ, GIẢI PHÁP**',
    '**A. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO; TUYÊN TRUYỀN, PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT VỀ PCTN, TC**',
    '1. Quán triệt, phổ biến kịp thời, đầy đủ các chủ trương của Đảng, chính sách, pháp luật của Nhà nước về PCTN, TC đến toàn thể công chức, viên chức, người lao động của Ban Quản lý.',
    '**B. THỰC HIỆN CÁC BIỆN PHÁP PHÒNG NGỪA THAM NHŨNG, TIÊU CỰC**',
    '2. Công khai, minh bạch về tổ chức và hoạt động của Ban Quản lý: công khai dự toán, quyết toán ngân sách; công khai việc mua sắm, quản lý, sử dụng tài sản công.',
    '3. Công khai đầy đủ, kịp thời các thủ tục hành chính thuộc thẩm quyền giải quyết của Ban Quản lý trên Trang thông tin điện tử của Ban.',
    '4. Kiểm soát xung đột lợi ích, đặc biệt trong thẩm định, cấp, điều chỉnh Giấy chứng nhận đăng ký đầu tư và cấp giấy phép xây dựng.',
    '**C. KIỂM TRA, GIÁM SÁT; PHÁT HIỆN, XỬ LÝ THAM NHŨNG, TIÊU CỰC**',
    '5. Tổ chức tự kiểm tra nội bộ việc thực hiện công tác PCTN, TC tại các phòng chuyên môn và Trung tâm Dịch vụ khu công nghiệp.',
    '**III. TỔ CHỨC THỰC HIỆN**',
    'Các phòng, Trung tâm Dịch vụ khu công nghiệp báo cáo kết quả thực hiện gửi về Văn phòng trước ngày 05/6/2027 đối với báo cáo 6 tháng và trước ngày 05/12/2027 đối với báo cáo năm.',
    '**TRƯỞNG BAN**',
    'Đỗ Mạnh Hùng',
    '**Phụ lục: Phân công thực hiện**',
  ];
  const rows = [
    ['Nhiệm vụ (theo mục II)', 'Chủ trì', 'Phối hợp', 'Thời gian hoàn thành'],
    ['A.1 Quán triệt, phổ biến chủ trương, pháp luật về PCTN, TC', 'Văn phòng', 'Phòng Quản lý doanh nghiệp', 'Quý I/2027 và thường xuyên'],
    ['B.2-B.3 Công khai, minh bạch hoạt động của Ban; công khai TTHC', 'Văn phòng', 'Trung tâm Dịch vụ khu công nghiệp', 'Thường xuyên'],
    ['B.4 Kiểm soát xung đột lợi ích', 'Phòng Quản lý đầu tư', 'Văn phòng', 'Thường xuyên'],
    ['C.5 Tự kiểm tra nội bộ', 'Văn phòng', 'Phòng Quản lý doanh nghiệp', 'Quý III/2027'],
  ];
  const { plan } = prosePlan(lines, rows);
  const { name } = namesIn(plan);
  expect(plan.headings.map((h) => h.id)).toEqual(['II', 'II.a', 'II.b', 'II.c']);
  expect(plan.items.map((i) => [i.id, i.lead.map(name).join(', '), i.support.map(name).join(', '), i.timing.raw])).toEqual([
    ['II.a.1', 'Văn phòng', 'Phòng Quản lý doanh nghiệp', 'Quý I/2027 và thường xuyên'],
    ['II.b.2', 'Văn phòng', 'Trung tâm Dịch vụ khu công nghiệp', 'Thường xuyên'],
    ['II.b.3', 'Văn phòng', 'Trung tâm Dịch vụ khu công nghiệp', 'Thường xuyên'],
    ['II.b.4', 'Phòng Quản lý đầu tư', 'Văn phòng', 'Thường xuyên'],
    ['II.c.5', 'Văn phòng', 'Phòng Quản lý doanh nghiệp', 'Quý III/2027'],
  ]);
  expect(plan.items[1]!.text).toMatch(/^Công khai, minh bạch về tổ chức/);
});

test('"CHƯƠNG TRÌNH CÔNG TÁC" của "BCH HỘI LHPN TỈNH …": cơ quan ban hành là Hội (tên viết đủ như kế hoạch định nghĩa chữ tắt), dòng của Ban Chấp hành là một tên của Hội; "Hội LHPN cấp xã" là nhóm các Hội xã, phường', () => {
  const { plan } = prosePlan([
    'HỘI LHPN VIỆT NAM',
    '**BCH HỘI LHPN TỈNH TUYÊN QUANG**',
    'Số: 07-CTr/HPN',
    'Tuyên Quang, ngày 20 tháng 01 năm 2027',
    '**CHƯƠNG TRÌNH CÔNG TÁC**',
    '**phòng, chống tham nhũng, tiêu cực năm 2027**',
    'Thực hiện Chương trình số 09-CTr/TU ngày 12/01/2027 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Hội Liên hiệp Phụ nữ (LHPN) tỉnh xây dựng Chương trình công tác phòng, chống tham nhũng, tiêu cực năm 2027 như sau:',
    '**II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN**',
    '**1. Công tác lãnh đạo, chỉ đạo**',
    '- Xây dựng, ban hành kế hoạch công tác PCTN, TC năm 2027 của đơn vị (tháng 3). Giao Hội LHPN cấp xã thực hiện.',
    '**III. TỔ CHỨC THỰC HIỆN**',
    '1. Chế độ báo cáo: Văn phòng và Hội LHPN cấp xã báo cáo kết quả thực hiện công tác PCTN, TC định kỳ 6 tháng, năm về Ban Thường vụ Hội LHPN tỉnh (qua Ban Tổ chức - Kiểm tra): báo cáo 6 tháng gửi trước ngày 05/6/2027; báo cáo năm gửi trước ngày 05/12/2027.',
  ]);
  expect(plan.meta).toMatchObject({ type: 'Chương trình', issuerName: 'Hội Liên hiệp Phụ nữ tỉnh Tuyên Quang', number: '07-CTr/HPN' });
  const issuer = plan.units.find((u) => u.id === plan.meta.issuer)!;
  expect(issuer.shortName).toBe('Hội LHPN tỉnh');
  expect(issuer.aliases).toEqual(expect.arrayContaining(['BCH Hội LHPN tỉnh Tuyên Quang', 'Hội LHPN tỉnh Tuyên Quang', 'Hội Liên hiệp Phụ nữ tỉnh']));
  const tier = plan.units.find((u) => u.name === 'Hội LHPN cấp xã')!;
  expect(tier.kind).toBe('group');
  expect(tier.aliases).toContain('Hội LHPN các xã, phường');
});

test('dòng đầu "BAN THƯỜNG VỤ HUYỆN ỦY …", "BAN CHẤP HÀNH ĐẢNG BỘ …" nêu cơ quan qua ban của nó; dòng khác không phải', () => {
  expect(bodyOfCommittee('BAN THƯỜNG VỤ HUYỆN ỦY SƠN HÀ')).toBe('HUYỆN ỦY SƠN HÀ');
  expect(bodyOfCommittee('BCH HỘI NÔNG DÂN XÃ BA TƠ')).toBe('HỘI NÔNG DÂN XÃ BA TƠ');
  expect(bodyOfCommittee('BAN THƯỜNG VỤ')).toBeNull();
  expect(bodyOfCommittee('BAN QUẢN LÝ DỰ ÁN')).toBeNull();
  expect(casedName('HỘI CỰU CHIẾN BINH THÀNH PHỐ ĐÀ NẴNG')).toBe('Hội Cựu chiến binh thành phố Đà Nẵng');
  expect(casedName('ĐẢNG ỦY XÃ ĐÔNG SƠN')).toBe('Đảng ủy xã Đông Sơn');
  expect(casedCommittee('BAN CHẤP HÀNH')).toBe('Ban Chấp hành');
  expect(spelledOut('Hội LHPN tỉnh Hưng Yên', ['Ban Thường vụ Hội Liên hiệp Phụ nữ (LHPN) tỉnh'])).toBe('Hội Liên hiệp Phụ nữ tỉnh Hưng Yên');
  expect(withoutPlace('Hội LHPN tỉnh Hưng Yên')).toBe('Hội LHPN tỉnh');
});

test('người ký và nơi nhận: "CHỦ TỊCH" trên tên người ký sau "Nơi nhận"; chức danh đặt trước "Nơi nhận" còn tên đặt sau; cấp bậc trước tên; chế độ báo cáo "theo đề cương tại Thông tư số 06/2025/TT-TTCP"', () => {
  const body = [
    '**CÔNG TY TNHH MỘT THÀNH VIÊN KHAI THÁC CÔNG TRÌNH THỦY LỢI TỈNH QUẢNG NGÃI**',
    'Số: 09/KH-CT',
    'Quảng Ngãi, ngày 12 tháng 01 năm 2027',
    '**KẾ HOẠCH**',
    '**Công tác phòng, chống tham nhũng, tiêu cực năm 2027**',
    '**II. NHIỆM VỤ, GIẢI PHÁP**',
    '**1. Công tác lãnh đạo, chỉ đạo**',
    '- Quán triệt Kế hoạch này đến người lao động Công ty (quý I/2027). Giao Phòng Tổ chức - Hành chính chủ trì thực hiện.',
    '**V. TỔ CHỨC THỰC HIỆN**',
    '1. Chế độ báo cáo: các phòng, các Xí nghiệp thủy lợi báo cáo kết quả thực hiện Kế hoạch hằng quý bằng văn bản gửi về Công ty (qua Phòng Tổ chức - Hành chính) theo đề cương tại Thông tư số 06/2025/TT-TTCP ngày 29/9/2025 của Thanh tra Chính phủ, cụ thể: báo cáo quý I trước ngày 05/3/2027; báo cáo năm trước ngày 05/12/2027.',
  ];
  const { plan, doubts } = prosePlan([...body, 'Nơi nhận:', '- UBND tỉnh (b/c);', '- Thanh tra tỉnh;', '- Lưu: VT, TC-HC.', 'CHỦ TỊCH', '(Đã ký)', 'Trần Quốc Hưng']);
  expect(plan.meta.signer).toEqual({ position: 'CHỦ TỊCH', name: 'Trần Quốc Hưng' });
  expect(plan.meta.recipients).toEqual(['UBND tỉnh (b/c);', 'Thanh tra tỉnh;', 'Lưu: VT, TC-HC.']);
  expect(doubts.map((d) => d.vi)).not.toContainEqual(expect.stringMatching(/người ký/u));
  expect(plan.reporting.regime).toMatchObject({ type: 'Thông tư', number: '06/2025/TT-TTCP' });
  // "TM. BAN THƯỜNG VỤ" over the title, the title before "Nơi nhận", a rank before the name; a table of appendices after.
  expect(prosePlan([...body, 'TM. BAN THƯỜNG VỤ', 'CHỦ TỊCH', '', 'Nguyễn Thị Minh Thu']).plan.meta.signer).toEqual({ position: 'CHỦ TỊCH', name: 'Nguyễn Thị Minh Thu' });
  expect(prosePlan([...body, 'GIÁM ĐỐC', 'Nơi nhận:', '- UBND tỉnh;', '- Lưu: VT.', 'Tạ Công Dũng']).plan.meta.signer).toEqual({ position: 'GIÁM ĐỐC', name: 'Tạ Công Dũng' });
  expect(prosePlan([...body, 'Nơi nhận:', '- Bộ Công an;', 'GIÁM ĐỐC', 'Đại tá Phan Quốc Hưng', 'PHỤ LỤC', 'P.TCHC, CĐCS', 'Quý I']).plan.meta.signer).toEqual({ position: 'GIÁM ĐỐC', name: 'Đại tá Phan Quốc Hưng' });
  // No signature: the default, and a doubt.
  const unsigned = prosePlan(body);
  expect(unsigned.plan.meta.signer).toEqual({ position: 'Không rõ', name: 'Không rõ' });
  expect(unsigned.doubts.map((d) => d.vi)).toContainEqual(expect.stringMatching(/người ký/u));
});

test('"HỘI NÔNG DÂN TỈNH QUẢNG NGÃI" / "BAN THƯỜNG VỤ" / "HỘI NÔNG DÂN VIỆT NAM": cơ quan ban hành là Hội tỉnh (Ban Thường vụ của nó ký), tên Hội Việt Nam đứng ở chỗ quốc hiệu không phải cơ quan ban hành', () => {
  const { plan } = prosePlan([
    'HỘI NÔNG DÂN TỈNH QUẢNG NGÃI',
    '**BAN THƯỜNG VỤ**',
    '**HỘI NÔNG DÂN VIỆT NAM**',
    'Số: 15-KH/HND',
    'Quảng Ngãi, ngày 12 tháng 01 năm 2027',
    '**KẾ HOẠCH**',
    '**công tác phòng, chống tham nhũng, tiêu cực năm 2027**',
    '**II. NHIỆM VỤ, GIẢI PHÁP**',
    '**1. Công tác lãnh đạo, chỉ đạo**',
    '- Quán triệt Kế hoạch này đến cán bộ cơ quan Hội Nông dân tỉnh (quý I/2027). Giao Văn phòng chủ trì thực hiện.',
    '**III. TỔ CHỨC THỰC HIỆN**',
  ]);
  expect(plan.meta.issuerName).toBe('Hội Nông dân tỉnh Quảng Ngãi');
  const issuer = plan.units.find((u) => u.id === plan.meta.issuer)!;
  expect(issuer.shortName).toBe('Hội Nông dân tỉnh');
  expect(issuer.aliases).toContain('Ban Thường vụ Hội Nông dân tỉnh Quảng Ngãi');
});

test('tên phòng có "và các …" kế hoạch viết nguyên trong danh sách các phòng là một đơn vị: "Phòng Công tác Mặt trận và các đoàn thể"', () => {
  const lines = [
    'BAN DÂN VẬN TỈNH ỦY',
    'Số: 18-KH/BDVTU',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
    'I. MỤC ĐÍCH, YÊU CẦU',
    '- Xác định rõ trách nhiệm của Văn phòng Ban và 03 phòng chuyên môn (Phòng Dân vận chính quyền, doanh nghiệp; Phòng Dân tộc, tôn giáo; Phòng Công tác Mặt trận và các đoàn thể, sau đây gọi chung là các phòng).',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '1. Công tác giám sát',
    '- Phòng Công tác Mặt trận và các đoàn thể: tham mưu Lãnh đạo Ban hướng dẫn Mặt trận Tổ quốc và các tổ chức chính trị - xã hội thực hiện giám sát, phản biện xã hội. Thường xuyên.',
    '- Phòng Dân tộc, tôn giáo chủ trì, phối hợp Phòng Công tác Mặt trận và các đoàn thể: tham mưu cử cán bộ tham gia các đoàn kiểm tra, giám sát. Thời gian: khi có yêu cầu.',
    '- Các phòng thực hiện nghiêm quy định về kê khai tài sản, thu nhập. Thời gian: trước ngày 31/12/2027.',
    'III. TỔ CHỨC THỰC HIỆN',
    'Các phòng gửi báo cáo về Văn phòng Ban trước ngày 05/12/2027.',
  ];
  const { plan } = importLines(lines);
  const { name, roles } = namesIn(plan);
  expect(roles('II.1.1')).toEqual([['Phòng Công tác Mặt trận và các đoàn thể'], []]);
  expect(roles('II.1.2')).toEqual([['Phòng Dân tộc, tôn giáo'], ['Phòng Công tác Mặt trận và các đoàn thể']]);
  expect(plan.groups.find((g) => /^các phòng$/iu.test(g.name))!.members.map(name)).toEqual(['Phòng Dân vận chính quyền, doanh nghiệp', 'Phòng Dân tộc, tôn giáo', 'Phòng Công tác Mặt trận và các đoàn thể']);
});

test('"Mặt trận Tổ quốc và các đoàn thể xã" mà ngoặc "(Chủ trì: …; phối hợp: …; thời gian: …)" viết nguyên là một bên thực hiện, chủ trì hay phối hợp đều vậy', () => {
  const lines = [
    'ĐẢNG ỦY XÃ HÒA NINH',
    'Số 25-KH/ĐU',
    'KẾ HOẠCH',
    'công tác phòng, chống tham nhũng, tiêu cực năm 2027',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '1. Phát huy vai trò của Mặt trận Tổ quốc, các đoàn thể và Nhân dân trong PCTNTC',
    '- Mặt trận Tổ quốc và các đoàn thể xã tăng cường giám sát, phản biện xã hội đối với cán bộ, đảng viên và hoạt động của cơ quan, đơn vị.',
    '(Chủ trì: Mặt trận Tổ quốc và các đoàn thể xã; phối hợp: Ban Xây dựng Đảng; thời gian: thường xuyên)',
    '- Đẩy mạnh tuyên truyền, vận động đoàn viên, hội viên và Nhân dân tham gia phản ánh, tố giác hành vi tham nhũng, tiêu cực.',
    '(Chủ trì: Ban Xây dựng Đảng; phối hợp: Mặt trận Tổ quốc và các đoàn thể xã, các chi bộ trực thuộc; thời gian: thường xuyên)',
    'III. TỔ CHỨC THỰC HIỆN',
    'Văn phòng Đảng ủy tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy trước ngày 10/11/2027.',
  ];
  const { plan } = importLines(lines);
  const { roles } = namesIn(plan);
  expect(roles('II.1.1')).toEqual([['Mặt trận Tổ quốc và các đoàn thể xã'], ['Ban Xây dựng Đảng']]);
  expect(roles('II.1.2')).toEqual([['Ban Xây dựng Đảng'], ['Mặt trận Tổ quốc và các đoàn thể xã', 'các chi bộ trực thuộc']]);
});

test('"MTTQ và các đoàn thể xã" (tên viết tắt của "Mặt trận Tổ quốc" mà kế hoạch viết nguyên ở chỗ khác) là "Mặt trận Tổ quốc và các đoàn thể xã", không phải hai bên "MTTQ" và "các đoàn thể xã"', () => {
  const lines = [
    'ĐẢNG ỦY XÃ HÒA NINH',
    'Số 25-KH/ĐU',
    'KẾ HOẠCH',
    'công tác phòng, chống tham nhũng, tiêu cực năm 2027',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '1. Phát huy vai trò của Mặt trận Tổ quốc, các đoàn thể và Nhân dân trong PCTNTC',
    '- Mặt trận Tổ quốc và các đoàn thể xã tăng cường giám sát, phản biện xã hội đối với cán bộ, đảng viên.',
    '(Chủ trì: Mặt trận Tổ quốc và các đoàn thể xã; phối hợp: Ban Xây dựng Đảng; thời gian: thường xuyên)',
    '- Duy trì việc tiếp xúc, đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với Nhân dân.',
    '(Chủ trì: Văn phòng Đảng ủy; phối hợp: MTTQ và các đoàn thể xã, Chi bộ UBND xã; thời gian: định kỳ hằng tháng)',
    'III. TỔ CHỨC THỰC HIỆN',
    'Văn phòng Đảng ủy tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy trước ngày 10/11/2027.',
  ];
  const { plan } = importLines(lines);
  const { roles } = namesIn(plan);
  expect(roles('II.1.2')).toEqual([['Văn phòng Đảng ủy'], ['Mặt trận Tổ quốc và các đoàn thể xã', 'Chi bộ UBND xã']]);
  expect(roles('II.1.1')[0]).toEqual(roles('II.1.2')[1]!.slice(0, 1));
});

test('"Các phòng … (sau đây gọi chung là các phòng, đơn vị) có trách nhiệm:" trên các gạch đầu dòng không là nhiệm vụ: các gạch đầu dòng là nhiệm vụ của các đơn vị ấy', () => {
  const lines = [
    'SỞ Y TẾ',
    'Số: 25/KH-SYT',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2026',
    'II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM',
    '1. Nhiệm vụ chung',
    'Các phòng chức năng thuộc Sở và các đơn vị sự nghiệp trực thuộc Sở (sau đây gọi chung là các phòng, đơn vị) có trách nhiệm:',
    '- Quán triệt, triển khai thực hiện nghiêm các chủ trương của Đảng, chính sách, pháp luật của Nhà nước về phòng, chống tham nhũng, tiêu cực (Thường xuyên).',
    '- Người có nghĩa vụ kê khai tài sản, thu nhập thực hiện kê khai trung thực, đầy đủ, đúng thời hạn (Trước ngày 31/12/2026).',
    '2. Nhiệm vụ cụ thể của các phòng, đơn vị',
    'a) Văn phòng Sở:',
    '- Làm đầu mối tổng hợp báo cáo công tác phòng, chống tham nhũng, tiêu cực quý, 6 tháng, năm (Thường xuyên).',
    'III. TỔ CHỨC THỰC HIỆN',
    'Các phòng, đơn vị gửi báo cáo về Văn phòng Sở trước ngày 05 của tháng cuối quý.',
  ];
  const { plan } = importLines(lines);
  const { name } = namesIn(plan);
  expect(plan.items.map((i) => [i.id, i.lead.map(name), i.timing.raw])).toEqual([
    ['II.1.1', ['Các phòng chức năng thuộc Sở', 'các đơn vị sự nghiệp trực thuộc Sở'], 'Thường xuyên'],
    ['II.1.2', ['Các phòng chức năng thuộc Sở', 'các đơn vị sự nghiệp trực thuộc Sở'], 'Trước ngày 31/12/2026'],
    ['II.2.a.1', ['Văn phòng Sở'], 'Thường xuyên'],
  ]);
});

test('thời gian trong câu nhiệm vụ: mốc cụ thể thắng "Thường xuyên" mở câu; "hoàn thành việc … trước ngày …"; "theo thời hạn ghi trong kết luận"', () => {
  const lines = [
    'ỦY BAN NHÂN DÂN',
    'XÃ MƯỜNG LẠN',
    'Số: 09/KH-UBND',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
    'II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM',
    '1. Công tác lãnh đạo, chỉ đạo',
    '- Thường xuyên kiểm tra, đôn đốc việc thực hiện Kế hoạch; tổ chức tự kiểm tra việc thực hiện các quy định về PCTNTC tại cơ quan trong tháng 11/2027; kịp thời chấn chỉnh những hạn chế, thiếu sót.',
    '2. Kiểm soát tài sản, thu nhập',
    'Tổ chức kê khai tài sản, thu nhập hằng năm đối với người có nghĩa vụ kê khai; hoàn thành việc kê khai hằng năm trước ngày 31/12/2027 và bàn giao bản kê khai cho cơ quan kiểm soát tài sản, thu nhập theo quy định.',
    '3. Phát hiện, xử lý tham nhũng, tiêu cực',
    '- Theo dõi, đôn đốc việc thực hiện các kết luận thanh tra, kiểm tra, kiểm toán đối với xã; báo cáo kết quả thực hiện theo thời hạn ghi trong kết luận.',
    'III. TỔ CHỨC THỰC HIỆN',
    'Các công chức báo cáo kết quả thực hiện về Ủy ban nhân dân xã trước ngày 08 của tháng cuối quý.',
  ];
  const { plan } = importLines(lines);
  expect(plan.items.map((i) => [i.id, i.timing.raw, i.timing.parts[0]!.kind])).toEqual([
    ['II.1.1', 'trong tháng 11/2027', 'deadline'],
    ['II.2.1', 'hoàn thành việc kê khai hằng năm trước ngày 31/12/2027', 'deadline'],
    ['II.3.1', 'theo thời hạn ghi trong kết luận', 'unstated'],
  ]);
});

test('"Các Tòa chuyên trách gồm: Tòa Hình sự, Tòa Dân sự, …" là một nhóm gồm các tòa ấy ("Tòa Gia đình và người chưa thành niên" là một tòa)', () => {
  const lines = [
    'TÒA ÁN NHÂN DÂN KHU VỰC 7',
    'Số: 03/KH-TA',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '1. Công khai, minh bạch trong hoạt động của Tòa án',
    '- Công bố bản án, quyết định trên Cổng thông tin điện tử của Tòa án đúng thời hạn (Các Tòa chuyên trách thực hiện; thường xuyên).',
    '- Công khai dự toán, quyết toán ngân sách (Văn phòng thực hiện; trước ngày 31/12/2027).',
    'III. PHÂN CÔNG THỰC HIỆN',
    'Các Tòa chuyên trách gồm: Tòa Hình sự, Tòa Dân sự, Tòa Hành chính, Tòa Gia đình và người chưa thành niên. Các Tòa chuyên trách báo cáo kết quả thực hiện gửi Văn phòng trước ngày 05/12/2027.',
  ];
  const { plan } = importLines(lines);
  const { name } = namesIn(plan);
  const group = plan.groups.find((g) => /^các tòa chuyên trách$/iu.test(g.name))!;
  expect(group.members.map(name)).toEqual(['Tòa Hình sự', 'Tòa Dân sự', 'Tòa Hành chính', 'Tòa Gia đình và người chưa thành niên']);
  expect(plan.items[0]!.lead).toEqual([group.id]);
});

test('chuỗi đơn vị đánh số và tên gọi chung của chúng ("Thuế cơ sở 1, …, Thuế cơ sở 3 (sau đây gọi chung là Thuế cơ sở)") là một nhóm gồm các đơn vị ấy, dù tên không mở đầu bằng "các"', () => {
  const { plan, doubts } = prosePlan([
    '**THUẾ TỈNH HÀ TĨNH**',
    'Số: 12/KH-TTH',
    '**KẾ HOẠCH**',
    '**Công tác phòng, chống tham nhũng, tiêu cực năm 2027**',
    '**I. MỤC ĐÍCH, YÊU CẦU**',
    '- Các nhiệm vụ được phân công cụ thể cho từng phòng, Thuế cơ sở.',
    '**II. NHIỆM VỤ, GIẢI PHÁP**',
    'Căn cứ chức năng, nhiệm vụ được giao, các phòng thuộc Thuế tỉnh và Thuế cơ sở 1, Thuế cơ sở 2, Thuế cơ sở 3 (sau đây gọi chung là Thuế cơ sở) tổ chức thực hiện các nhiệm vụ sau đây.',
    '**1. Phòng Tổ chức - Hành chính chủ trì, phối hợp với các phòng và Thuế cơ sở:**',
    '- Quán triệt, phổ biến Kế hoạch này đến toàn thể công chức, người lao động (Quý I/2027).',
    '**2. Các phòng, Thuế cơ sở:**',
    '- Tự kiểm tra nội bộ, phát hiện kịp thời hành vi tham nhũng, tiêu cực tại đơn vị mình.',
    '**III. TỔ CHỨC THỰC HIỆN**',
    'Các phòng, Thuế cơ sở báo cáo kết quả về Thuế tỉnh (qua Phòng Kiểm tra nội bộ) trước ngày 08/3/2027.',
  ]);
  const named = [...plan.units, ...plan.groups];
  const name = (id: string) => named.find((u) => u.id === id)!.name;
  const series = plan.groups.find((g) => g.name === 'Thuế cơ sở')!;
  expect(series.members.map(name)).toEqual(['Thuế cơ sở 1', 'Thuế cơ sở 2', 'Thuế cơ sở 3']);
  expect(plan.items.find((i) => i.id === 'II.1.1')!.support.map(name)).toContain('Thuế cơ sở');
  // The plan lists its members: no doubt that it does not.
  expect(doubts.some((d) => d.vi.includes('"Thuế cơ sở" là một nhóm'))).toBe(false);
  expect(PlanSchema.safeParse(plan).success).toBe(true);
});

test('dãy đơn vị đánh số "Phòng Giao dịch số 1, …, số 3 (sau đây gọi chung là các Phòng Giao dịch)": tên chung của cả dãy, không phải của đơn vị cuối', async () => {
  const { definedShortForms } = await import('../../src/plan/import/assemble');
  const model = toDocumentModel(
    ['Văn phòng và Phòng Giao dịch số 1, Phòng Giao dịch số 2, Phòng Giao dịch số 3 (sau đây gọi chung là các Phòng Giao dịch) tập trung thực hiện các nhiệm vụ sau đây.'].map((text) => ({ ...PLAIN_PARAGRAPH, text })),
    { host: 'docx' },
  );
  expect(definedShortForms(model).has('các phòng giao dịch')).toBe(false);
});

test('"các ban" của một tòa soạn (chữ thường, không phải loại nhóm đã biết): là các ban mà kế hoạch đặt tên mở đầu bằng "Ban"; "các phòng" vẫn là loại nhóm', async () => {
  const { headGroups } = await import('../../src/plan/import/head-groups');
  const bodies = ['Ban Tổ chức - Hành chính', 'Ban Thời sự', 'Ban Chuyên đề', 'Phòng Kỹ thuật'];
  expect(headGroups(['các ban'], bodies, [])).toEqual([{ name: 'các ban', members: ['Ban Tổ chức - Hành chính', 'Ban Thời sự', 'Ban Chuyên đề'] }]);
  expect(headGroups(['các phòng'], bodies, [])).toEqual([]);
});

test('"Tất cả các khoa, phòng" và "các khoa, phòng" trong một kế hoạch là một nhóm, không phải hai đơn vị', () => {
  const lines = [
    'SỞ Y TẾ TỈNH NINH BÌNH',
    'TRUNG TÂM KIỂM SOÁT BỆNH TẬT',
    'Số: 09/KH-KSBT',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '1. Công tác lãnh đạo, chỉ đạo',
    '1.1. Quán triệt, triển khai Kế hoạch này đến toàn thể viên chức, người lao động của Trung tâm.',
    'Trách nhiệm: Phòng Tổ chức - Hành chính (chủ trì); các khoa, phòng (phối hợp). Thời hạn: trước ngày 31/3/2027.',
    '1.2. Thực hiện quy định về tặng quà, nhận quà tặng và nộp lại quà tặng theo Nghị định số 59/2019/NĐ-CP.',
    'Trách nhiệm: Tất cả các khoa, phòng. Thời hạn: cả năm.',
    'III. TỔ CHỨC THỰC HIỆN',
    'Các khoa, phòng báo cáo kết quả thực hiện về Phòng Tổ chức - Hành chính trước ngày 12 của tháng cuối quý.',
  ];
  const { plan } = importLines(lines);
  const [first, second] = plan.items;
  expect(first!.support).toHaveLength(1);
  expect(second!.lead).toEqual(first!.support);
  expect([...plan.units, ...plan.groups].filter((u) => /khoa, phòng/u.test(u.name))).toHaveLength(1);
});

test('"Trạm trưởng các Trạm KTTV": trưởng của mỗi thành viên ký "TRẠM TRƯỞNG", nên báo cáo của một Trạm kế hoạch không kể tên vẫn là của nhóm; chức danh mà đơn vị khác cũng có thì không ghi', async () => {
  const { addGroupHeadTitles } = await import('../../src/plan/import/group-head-titles');
  const text = [
    'Đề cao trách nhiệm của người đứng đầu các phòng chuyên môn, các Trạm Khí tượng Thủy văn (Trạm KTTV).',
    '1. Trưởng các phòng chuyên môn, Trạm trưởng các Trạm KTTV căn cứ nội dung Kế hoạch này tổ chức triển khai thực hiện tại đơn vị mình.',
  ];
  const units = (): Plan['units'] => [
    { id: 'DAI', name: 'Đài Khí tượng Thủy văn tỉnh Quảng Trị', kind: 'department', aliases: [] },
    { id: 'CP', name: 'các phòng', kind: 'group', aliases: [] },
    { id: 'CTK', name: 'các Trạm KTTV', kind: 'group', aliases: [] },
  ];
  const read = units();
  addGroupHeadTitles(read, text, 'GIÁM ĐỐC');
  expect(read.map((u) => u.signers)).toEqual([undefined, undefined, ['TRẠM TRƯỞNG']]);
  // A Trạm the plan names on its own signs so too: the title is no longer the group's alone.
  const named: Plan['units'] = [...units(), { id: 'TDH', name: 'Trạm Khí tượng Đông Hà', kind: 'affiliate', aliases: [] }];
  addGroupHeadTitles(named, text, 'GIÁM ĐỐC');
  expect(named.every((u) => !u.signers)).toBe(true);
  // Nor the title the issuer's own head signs the plan with.
  const issuer = units();
  addGroupHeadTitles(issuer, text, 'TRẠM TRƯỞNG');
  expect(issuer.every((u) => !u.signers)).toBe(true);
});

test('"Toàn Đài", "Toàn cơ quan" ghi là đơn vị thực hiện: cả cơ quan ban hành, tức mọi phòng, mọi nhóm đơn vị của nó, không phải một phòng tên "Toàn Đài"', async () => {
  const { isWholeBody, wholeBodyGroups } = await import('../../src/plan/import/whole-body');
  const issuer: Plan['units'][number] = { id: 'DAI', name: 'Đài Khí tượng Thủy văn tỉnh Quảng Trị', kind: 'department', aliases: ['Đài'] };
  expect(['Toàn Đài', 'toàn cơ quan', 'Toàn đơn vị'].map((name) => isWholeBody(name, issuer))).toEqual([true, true, true]);
  expect(['Toàn Sở', 'Toàn thể viên chức, người lao động', 'Phòng Dự báo'].map((name) => isWholeBody(name, issuer))).toEqual([false, false, false]);
  const units: Plan['units'] = [
    issuer,
    { id: 'HCTH', name: 'Phòng Hành chính - Tổng hợp', kind: 'division', aliases: [] },
    { id: 'TD', name: 'Toàn Đài', kind: 'division', aliases: [] },
    { id: 'CTK', name: 'các Trạm KTTV', kind: 'group', aliases: [] },
    { id: 'CUC', name: 'Cục Khí tượng Thủy văn', kind: 'external', aliases: [] },
  ];
  expect(wholeBodyGroups(units, issuer)).toEqual([{ name: 'Toàn Đài', members: ['Phòng Hành chính - Tổng hợp', 'các Trạm KTTV'], collective: false }]);
  expect(units.find((u) => u.id === 'TD')!.kind).toBe('group');
});

test('"các Trạm Khí tượng Thủy văn (Trạm KTTV)": tên tắt của một thành viên đặt sau tên nhóm; "các Trạm KTTV" trong nhiệm vụ là nhóm ấy, mang tên đầy đủ', async () => {
  const { definedShortForms } = await import('../../src/plan/import/assemble');
  const model = toDocumentModel(
    [{ ...PLAIN_PARAGRAPH, text: 'Đề cao trách nhiệm của người đứng đầu các phòng chuyên môn, các Trạm Khí tượng Thủy văn (Trạm KTTV); kết hợp chặt chẽ giữa phòng ngừa với phát hiện.' }],
    { host: 'docx' },
  );
  expect(definedShortForms(model).get('trạm kttv')).toBe('các Trạm Khí tượng Thủy văn');
  const { plan } = importLines([
    'ĐÀI KHÍ TƯỢNG THỦY VĂN TỈNH QUẢNG TRỊ',
    'Số: 12/KH-ĐKTTV',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
    'I. MỤC ĐÍCH, YÊU CẦU',
    'Đề cao trách nhiệm của người đứng đầu các phòng chuyên môn, các Trạm Khí tượng Thủy văn (Trạm KTTV).',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '1. Các biện pháp phòng ngừa tham nhũng, tiêu cực',
    'a) Các Trạm KTTV chấp hành nghiêm quy trình, quy phạm quan trắc, chế độ trực ca, truyền phát số liệu; không khai khống số liệu quan trắc.',
    'III. TỔ CHỨC THỰC HIỆN',
    'Trạm trưởng các Trạm KTTV báo cáo kết quả về Phòng Hành chính - Tổng hợp trước ngày 05/6 và ngày 05/12.',
  ]);
  const group = plan.units.find((u) => u.id === plan.items[0]!.lead[0]);
  expect(group).toMatchObject({ name: 'các Trạm Khí tượng Thủy văn', kind: 'group', signers: ['TRẠM TRƯỞNG'] });
  expect(group!.aliases).toEqual(expect.arrayContaining(['Các Trạm KTTV', 'Trạm KTTV']));
});

describe('văn bản không có nhiệm vụ nào đọc được', () => {
  test('bộ đọc nói rõ là không đọc được nhiệm vụ nào, bằng tiếng Việt và tiếng Anh', () => {
    const { plan, doubts } = importLines(['ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI', 'KẾ HOẠCH', 'Công tác phòng, chống tham nhũng, tiêu cực năm 2027', 'Đề nghị các đơn vị nghiêm túc thực hiện.']);
    expect(plan.items).toHaveLength(0);
    expect(doubts[0]?.vi).toMatch(/^Không đọc được nhiệm vụ nào/);
    expect(doubts[0]?.en).toMatch(/^No task could be read/);
  });
});

test('"các Xí nghiệp, Chi nhánh thủy lợi" là một nhóm; mỗi thành viên đứng tên báo cáo bằng loại và chữ chung ("Xí nghiệp Thủy lợi Krông Búk"), nên nhóm mang cả "Xí nghiệp thủy lợi", "Chi nhánh thủy lợi"', () => {
  const { plan } = importLines([
    'CÔNG TY TNHH MTV KHAI THÁC CÔNG TRÌNH THỦY LỢI ĐẮK LẮK',
    'Số: 09/KH-CT',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
    'II. NỘI DUNG',
    '1. Công tác lãnh đạo, chỉ đạo',
    '- Các Xí nghiệp, Chi nhánh thủy lợi căn cứ Kế hoạch này xây dựng, ban hành kế hoạch công tác PCTN, TC năm 2027 của đơn vị trước ngày 10/02/2027.',
    '- Phòng Tổ chức - Hành chính tổ chức quán triệt Kế hoạch này đến người lao động trong tháng 01/2027.',
  ]);
  const { roles } = namesIn(plan);
  expect(roles('II.1.1')).toEqual([['Các Xí nghiệp, Chi nhánh thủy lợi'], []]);
  const group = plan.units.find((u) => u.name === 'Các Xí nghiệp, Chi nhánh thủy lợi')!;
  expect(group.kind).toBe('group');
  expect(group.aliases).toEqual(expect.arrayContaining(['Xí nghiệp thủy lợi', 'Chi nhánh thủy lợi']));
});
