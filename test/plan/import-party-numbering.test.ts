/**
 * Kế hoạch của cấp ủy đánh số theo lối văn bản Đảng: mục "1)", "2)" dưới phần II, điểm "a.", "b." (chữ và dấu chấm), gạch
 * đầu dòng dưới một số điểm; đọc như "1." và "a)". Ngoài phần nhiệm vụ, hay khi kế hoạch đã dùng "1." / "a)", thì không.
 */
import { PLAIN_PARAGRAPH, toDocumentModel } from '../../src/document';
import { importPlan } from '../../src/plan/import/assemble';

function partyPlan(lines: readonly string[]) {
  const paragraphs = lines.map((line) => {
    const text = line.replace(/^\*\*(.*)\*\*$/u, '$1');
    return { ...PLAIN_PARAGRAPH, text, bold: text !== line };
  });
  return importPlan(toDocumentModel(paragraphs, { host: 'docx' })).plan;
}

const HEAD = [
  'ĐẢNG BỘ TỈNH QUẢNG NGÃI',
  'ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH',
  'Số 52-KH/ĐU',
  'KẾ HOẠCH',
  'lãnh đạo công tác phòng, chống tham nhũng, tiêu cực năm 2027',
  '**I. MỤC ĐÍCH, YÊU CẦU**',
  '- Tiếp tục quán triệt, thực hiện nghiêm các chủ trương của Đảng về phòng, chống tham nhũng, tiêu cực.',
  '**II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM**',
];
const ORGANISATION = [
  '**III. TỔ CHỨC THỰC HIỆN**',
  '1. Các chi bộ, đảng bộ cơ sở trực thuộc định kỳ báo cáo kết quả thực hiện 6 tháng (trước ngày 15/6/2027) và năm (trước ngày 30/11/2027) về Ban Thường vụ Đảng ủy (qua Ủy ban Kiểm tra Đảng ủy).',
];

test('mục "1)", điểm "a." có gạch đầu dòng và điểm "b." tự là nhiệm vụ: đánh số II.1.a.1, II.1.a.2, II.1.b.1, II.2.1', () => {
  const plan = partyPlan([
    ...HEAD,
    '**1) Tăng cường lãnh đạo, chỉ đạo; công tác quán triệt, tuyên truyền**',
    'a. Kiểm soát quyền lực trong công tác cán bộ:',
    '- Ban Xây dựng Đảng Đảng ủy chủ trì, phối hợp với Ủy ban Kiểm tra Đảng ủy thẩm định tiêu chuẩn chính trị cán bộ thuộc diện Ban Thường vụ Đảng ủy quản lý. Thực hiện thường xuyên.',
    '- Ủy ban Kiểm tra Đảng ủy xác minh tài sản, thu nhập đối với một số đảng viên theo kế hoạch xác minh năm 2027.',
    'b. Ủy ban Kiểm tra Đảng ủy, Văn phòng Đảng ủy tiếp nhận, phân loại, xử lý kịp thời đơn thư phản ánh, tố cáo liên quan đến tham nhũng, tiêu cực; hoàn thành trước 31/12/2027.',
    '**2) Nâng cao trách nhiệm nêu gương; xây dựng văn hóa liêm chính**',
    'Ủy ban Kiểm tra Đảng ủy tham mưu Ban Thường vụ Đảng ủy kiểm tra việc thực hiện Quy định số 144-QĐ/TW của Bộ Chính trị trong quý III/2027.',
    ...ORGANISATION,
  ]);
  expect(plan.items.map((item) => item.id)).toEqual(['II.1.a.1', 'II.1.a.2', 'II.1.b.1', 'II.2.1']);
  const name = (id: string) => plan.units.find((u) => u.id === id)?.name;
  expect(plan.items.map((item) => item.lead.map(name))).toEqual([['Ban Xây dựng Đảng Đảng ủy'], ['Ủy ban Kiểm tra Đảng ủy'], ['Ủy ban Kiểm tra Đảng ủy', 'Văn phòng Đảng ủy'], ['Ủy ban Kiểm tra Đảng ủy']]);
  // The headings keep the labels as printed.
  expect(plan.headings.filter((h) => h.id.startsWith('II.')).map((h) => [h.id, h.label])).toEqual([
    ['II.1', '1)'],
    ['II.1.a', 'a.'],
    ['II.1.b', 'b.'],
    ['II.2', '2)'],
  ]);
});

test('"1." và "a)" thường dùng đã có thì "a." giữa chúng không phải điểm; "b." không theo sau "a." cũng không', () => {
  const plan = partyPlan([
    ...HEAD,
    '**1. Công tác lãnh đạo, chỉ đạo**',
    'a) Ban Thường vụ Đảng ủy lãnh đạo, chỉ đạo quán triệt các chủ trương của Trung ương, Tỉnh ủy về phòng, chống tham nhũng, tiêu cực. Thực hiện thường xuyên.',
    'b) Ủy ban Kiểm tra Đảng ủy chủ trì, phối hợp với Văn phòng Đảng ủy tham mưu Ban Thường vụ Đảng ủy ban hành chương trình kiểm tra, giám sát năm 2027 theo các căn cứ:',
    'a. Quy định số 131-QĐ/TW, ngày 27/10/2023 của Bộ Chính trị;',
    'b. Chỉ thị số 27-CT/TW, ngày 10/01/2019 của Bộ Chính trị.',
    ...ORGANISATION,
  ]);
  expect(plan.items.map((item) => item.id)).toEqual(['II.1.a.1', 'II.1.b.1']);
});

test('"Cấp ủy các chi, đảng bộ trực thuộc" (đề mục điểm và đầu câu) là nhóm "các chi bộ, đảng bộ cơ sở trực thuộc": một đơn vị', () => {
  const plan = partyPlan([
    ...HEAD,
    '**1) Tăng cường lãnh đạo, chỉ đạo; công tác quán triệt, tuyên truyền**',
    'a. Cấp ủy các chi, đảng bộ trực thuộc:',
    '- Xây dựng, ban hành kế hoạch lãnh đạo công tác PCTN, TC năm 2027 của cấp mình; hoàn thành trong quý I/2027.',
    '- Tổ chức quán triệt, tuyên truyền các văn bản của Đảng về PCTN, TC đến cán bộ, đảng viên.',
    'b. Cấp ủy các chi, đảng bộ trực thuộc lãnh đạo cơ quan, đơn vị thực hiện nghiêm việc công khai, minh bạch trong tổ chức và hoạt động. Thực hiện thường xuyên.',
    'c. Các chi bộ, đảng bộ cơ sở trực thuộc chỉ đạo kiểm soát xung đột lợi ích trong thực thi công vụ.',
    ...ORGANISATION,
  ]);
  const name = (id: string) => plan.units.find((u) => u.id === id)?.name;
  const leads = plan.items.map((item) => item.lead);
  expect(plan.items.map((item) => item.id)).toEqual(['II.1.a.1', 'II.1.a.2', 'II.1.b.1', 'II.1.c.1']);
  expect(new Set(leads.map((lead) => lead.join()))).toEqual(new Set([leads[0]!.join()]));
  expect(leads[0]!.map(name)).toHaveLength(1);
  expect(plan.units.find((u) => u.id === leads[0]![0])?.kind).toBe('group');
  expect(plan.units.find((u) => u.id === leads[0]![0])?.aliases?.map((a) => a.toLowerCase())).toContain('các chi bộ, đảng bộ cơ sở trực thuộc');
});

test('"X chủ trì, phối hợp với Văn phòng Đảng ủy định hướng công tác tuyên truyền": "định hướng" là việc làm, không thuộc tên đơn vị', () => {
  const plan = partyPlan([
    ...HEAD,
    '**1) Tăng cường lãnh đạo, chỉ đạo; công tác quán triệt, tuyên truyền**',
    'a. Ban Xây dựng Đảng Đảng ủy chủ trì, phối hợp với Văn phòng Đảng ủy định hướng công tác tuyên truyền về PCTN, TC trong Đảng bộ; hoàn thành trước 30/6/2027.',
    ...ORGANISATION,
  ]);
  const name = (id: string) => plan.units.find((u) => u.id === id)?.name;
  expect(plan.items.map((item) => [item.id, item.lead.map(name), item.support.map(name)])).toEqual([['II.1.a.1', ['Ban Xây dựng Đảng Đảng ủy'], ['Văn phòng Đảng ủy']]]);
});
