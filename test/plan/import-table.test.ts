/**
 * Kế hoạch giao nhiệm vụ bằng bảng (Phụ lục: STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian | Sản
 * phẩm, có dòng nhóm I, II, ...): mã nhiệm vụ là số nhóm và STT. Bảng được dựng từ plan.json mà người viết bộ báo cáo
 * kín Đà Nẵng 2026 soạn tay (đáp án), không từ mã của bộ nhập.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Block, TextRun } from '../../src/compose/blocks';
import { readDocx } from '../../src/docx';
import { writeDocx } from '../../src/docx/write';
import { parsePlanJson } from '../../src/plan';
import { readPlanOutline } from '../../src/plan/import/outline';
import { importPlan } from '../../src/plan/import/assemble';
import { parsePlan } from '../../src/plan/load';
import { p, rawDocx } from '../docx/helpers';

const plan = parsePlanJson(readFileSync(path.join(__dirname, '../fixtures/labelled/blind2/da-nang-2026/plan.json'), 'utf8'));
const nameOf = (id: string) => plan.units.find((u) => u.id === id)?.name ?? plan.groups.find((g) => g.id === id)?.name ?? id;
const cell = (text: string, bold = false): TextRun[] => [{ text, bold }];

function planDocx(): Uint8Array {
  const rows: TextRun[][][] = [['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện', 'Sản phẩm'].map((h) => cell(h, true))];
  for (const heading of plan.headings.filter((h) => /^[IVX]+$/.test(h.id))) {
    rows.push([cell(heading.id, true), cell(heading.title, true), [], [], [], []]);
    for (const item of plan.items.filter((i) => i.section === heading.id)) {
      const [task, product] = item.text.split('\nSản phẩm: ');
      rows.push([cell(String(item.ordinal)), cell(task!), cell(item.lead.map(nameOf).join('; ')), cell(item.support.map(nameOf).join('; ')), cell(item.timing.raw), cell(product ?? '')]);
    }
  }
  const blocks: Block[] = [
    { kind: 'paragraph', runs: [{ text: 'PHỤ LỤC', bold: true }] },
    { kind: 'paragraph', runs: [{ text: 'NHIỆM VỤ CỤ THỂ CÔNG TÁC PHÒNG, CHỐNG THAM NHŨNG, TIÊU CỰC NĂM 2026', bold: true }] },
    { kind: 'table', rows, borders: true },
  ];
  return writeDocx(blocks);
}

describe('bảng nhiệm vụ (Đà Nẵng 2026)', () => {
  const outline = readPlanOutline(readDocx(planDocx()));

  test('mọi nhiệm vụ, mã = số nhóm + STT, đúng thứ tự', () => {
    expect(outline.items.map((i) => i.id)).toEqual(plan.items.map((i) => i.id));
    expect(outline.headings.map((h) => h.id)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI']);
  });

  test('nội dung, chủ trì, phối hợp, thời gian và sản phẩm lấy đúng cột', () => {
    const item = outline.items.find((i) => i.id === 'II.2')!;
    const source = plan.items.find((i) => i.id === 'II.2')!;
    expect(item.text).toBe(source.text.split('\nSản phẩm: ')[0]);
    expect(item.unitsRaw).toBe(source.lead.map(nameOf).join('; '));
    expect(item.supportRaw).toBe(source.support.map(nameOf).join('; ') || null);
    expect(item.timingRaw).toBe(source.timing.raw);
    expect(item.productRaw).toBe(source.text.split('\nSản phẩm: ')[1] ?? null);
    expect(item.lead.length).toBe(source.lead.length);
    // The one timing no form covers is said, not guessed: "Định kỳ và theo hướng dẫn của Thanh tra Chính phủ".
    // This document is the table alone: that it holds no reporting schedule is said too.
    expect(outline.doubts.map((d) => d.vi.split(':')[0])).toEqual(['Không đọc được lịch gửi báo cáo (kỳ và hạn).', 'VI.2']);
    expect(outline.year).toBe(2026);
  });
});

test('bảng đánh số nhóm bằng chữ số ("1 | CÔNG TÁC LÃNH ĐẠO") và nhiệm vụ "1.1", "1.2": mã theo số của kế hoạch', () => {
  const rows: TextRun[][][] = [
    ['STT', 'Nội dung nhiệm vụ', 'Cơ quan/đơn vị chủ trì', 'Cơ quan/đơn vị phối hợp', 'Tiến độ', 'Sản phẩm'].map((h) => cell(h, true)),
    [cell('1', true), cell('CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO', true), [], [], [], []],
    [cell('1.1'), cell('Ban hành Kế hoạch phòng, chống tham nhũng, tiêu cực năm 2026 của Sở.'), cell('Thanh tra Sở'), cell('Văn phòng Sở'), cell('Tháng 01/2026'), cell('Kế hoạch')],
    [cell('1.2'), cell('Quán triệt các văn bản chỉ đạo về phòng, chống tham nhũng.'), cell('Văn phòng Sở'), [], cell('Thường xuyên'), cell('Báo cáo')],
    [cell('2', true), cell('CÔNG KHAI, MINH BẠCH', true), [], [], [], []],
    [cell('2.1'), cell('Công khai dự toán, quyết toán ngân sách.'), cell('Phòng Kế hoạch - Tài chính'), [], cell('Quý I/2026'), cell('Thông báo')],
  ];
  const outline = readPlanOutline(readDocx(writeDocx([{ kind: 'paragraph', runs: [{ text: 'PHỤ LỤC', bold: true }] }, { kind: 'table', rows, borders: true }])));
  expect(outline.headings.map((h) => [h.id, h.title])).toEqual([['1', 'CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO'], ['2', 'CÔNG KHAI, MINH BẠCH']]);
  expect(outline.items.map((i) => [i.id, i.section, i.unitsRaw, i.supportRaw, i.timingRaw])).toEqual([
    ['1.1', '1', 'Thanh tra Sở', 'Văn phòng Sở', 'Tháng 01/2026'],
    ['1.2', '1', 'Văn phòng Sở', null, 'Thường xuyên'],
    ['2.1', '2', 'Phòng Kế hoạch - Tài chính', null, 'Quý I/2026'],
  ]);
  // The whole plan imports and validates with those ids.
  const docx = writeDocx([{ kind: 'paragraph', runs: [{ text: 'SỞ XÂY DỰNG', bold: true }] }, { kind: 'paragraph', runs: [{ text: 'KẾ HOẠCH', bold: true }] }, { kind: 'paragraph', runs: [{ text: 'Phòng, chống tham nhũng, tiêu cực năm 2026' }] }, { kind: 'table', rows, borders: true }]);
  const { plan: imported } = importPlan(readDocx(docx));
  expect(imported.items.map((i) => i.id)).toEqual(['1.1', '1.2', '2.1']);
  expect(() => parsePlan(imported)).not.toThrow();
});

test('bảng nhiệm vụ trong thân kế hoạch, dòng nhóm đánh số "1.", "2." (tiêu đề in hoa, không có đơn vị, thời gian) và nhiệm vụ đánh số lại từ 1 trong mỗi nhóm: mã II.<nhóm>.<dòng>', () => {
  const rows: TextRun[][][] = [
    ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện'].map((h) => cell(h, true)),
    [cell('1.', true), cell('CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO', true), [], [], []],
    [cell('1'), cell('Quán triệt, triển khai thực hiện Kế hoạch này.'), cell('Các cơ quan chuyên môn thuộc UBND huyện'), [], cell('Thường xuyên')],
    [cell('2'), cell('Xây dựng kế hoạch công tác PCTN, TC năm 2024 của cơ quan, đơn vị.'), cell('UBND các xã, thị trấn'), [], cell('Trước ngày 15/02/2024')],
    [cell('2.', true), cell('CÔNG TÁC TUYÊN TRUYỀN, PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT', true), [], [], []],
    [cell('1'), cell('Tuyên truyền, phổ biến pháp luật về PCTN, TC.'), cell('Phòng Tư pháp'), cell('Phòng Văn hóa và Thông tin'), cell('Năm 2024')],
  ];
  const docx = writeDocx([
    { kind: 'paragraph', runs: [{ text: 'ỦY BAN NHÂN DÂN HUYỆN CẦN GIUỘC', bold: true }] },
    { kind: 'paragraph', runs: [{ text: 'KẾ HOẠCH', bold: true }] },
    { kind: 'paragraph', runs: [{ text: 'Công tác phòng, chống tham nhũng, tiêu cực năm 2024' }] },
    { kind: 'paragraph', runs: [{ text: 'II. NHIỆM VỤ, GIẢI PHÁP', bold: true }] },
    { kind: 'paragraph', runs: [{ text: 'Bảng phân công nhiệm vụ', bold: true }] },
    { kind: 'table', rows, borders: true },
    { kind: 'paragraph', runs: [{ text: 'III. TỔ CHỨC THỰC HIỆN', bold: true }] },
  ]);
  const { plan: imported } = importPlan(readDocx(docx));
  expect(imported.items.map((i) => [i.id, i.timing.raw])).toEqual([
    ['II.1.1', 'Thường xuyên'],
    ['II.1.2', 'Trước ngày 15/02/2024'],
    ['II.2.1', 'Năm 2024'],
  ]);
  expect(() => parsePlan(imported)).not.toThrow();
});

describe('dòng nhóm viết trải cả bảng: số và tên nhóm ở ô đầu, các ô khác trống', () => {
  const header = ['TT', 'Nhiệm vụ', 'Chủ trì', 'Phối hợp', 'Thời gian'].map((h) => cell(h, true));
  const importRows = (rows: TextRun[][][]) =>
    importPlan(
      readDocx(
        writeDocx([
          { kind: 'paragraph', runs: [{ text: 'BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG TỈNH KHÁNH HÒA', bold: true }] },
          { kind: 'paragraph', runs: [{ text: 'KẾ HOẠCH', bold: true }] },
          { kind: 'paragraph', runs: [{ text: 'Phòng, chống tham nhũng, tiêu cực năm 2026' }] },
          { kind: 'paragraph', runs: [{ text: 'II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN', bold: true }] },
          { kind: 'table', rows: [header, ...rows], borders: true },
          { kind: 'paragraph', runs: [{ text: 'III. TỔ CHỨC THỰC HIỆN', bold: true }] },
        ]),
      ),
    ).plan;

  test('"1. Công tác lãnh đạo, chỉ đạo …" rồi các dòng 1, 2 đánh số lại: mã II.<nhóm>.<dòng>, kế hoạch hợp lệ', () => {
    const imported = importRows([
      [cell('1. Công tác lãnh đạo, chỉ đạo; tuyên truyền, phổ biến pháp luật về PCTNTC', true), [], [], [], []],
      [cell('1'), cell('Quán triệt các văn bản về PCTNTC đến toàn thể viên chức của Ban.'), cell('Phòng Hành chính - Kế toán'), cell('Các phòng chuyên môn'), cell('Thường xuyên')],
      [cell('2'), cell('Xây dựng, ban hành Kế hoạch PCTNTC năm 2026 của Ban.'), cell('Phòng Hành chính - Kế toán'), [], cell('Tháng 01/2026')],
      [cell('2. Công tác công khai, minh bạch', true), [], [], [], []],
      [cell('1'), cell('Công khai kế hoạch lựa chọn nhà thầu trên Hệ thống mạng đấu thầu quốc gia.'), cell('Phòng Kế hoạch - Tổng hợp'), cell('Phòng Quản lý dự án 1; Phòng Quản lý dự án 2'), cell('Thường xuyên')],
    ]);
    expect(imported.items.map((i) => [i.id, i.timing.raw])).toEqual([
      ['II.1.1', 'Thường xuyên'],
      ['II.1.2', 'Tháng 01/2026'],
      ['II.2.1', 'Thường xuyên'],
    ]);
    expect(imported.headings.find((h) => h.id === 'II.2')?.title).toBe('Công tác công khai, minh bạch');
    expect(() => parsePlan(imported)).not.toThrow();
  });

  test('"I. CÔNG TÁC LÃNH ĐẠO" ở ô đầu: nhóm số La Mã đánh mã nhiệm vụ (I.1), không thành II.I.1', () => {
    const imported = importRows([
      [cell('I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO', true), [], [], [], []],
      [cell('1'), cell('Quán triệt các văn bản về PCTNTC.'), cell('Văn phòng'), [], cell('Quý I/2026')],
      [cell('II. CÔNG KHAI, MINH BẠCH', true), [], [], [], []],
      [cell('1'), cell('Công khai dự toán ngân sách của đơn vị.'), cell('Phòng Kế toán'), [], cell('Thường xuyên')],
    ]);
    expect(imported.items.map((i) => i.id)).toEqual(['I.1', 'II.1']);
  });

  test('một dòng có số ở ô đầu và chữ ở ô khác vẫn là nhiệm vụ, không là nhóm', () => {
    const imported = importRows([
      [cell('1. Công tác lãnh đạo, chỉ đạo', true), [], [], [], []],
      [cell('1'), cell('Quán triệt các văn bản về PCTNTC.'), cell('Văn phòng'), [], cell('Quý I/2026')],
      [cell('2'), cell('Kiểm tra việc thực hiện Kế hoạch.'), cell('Văn phòng'), [], cell('Quý IV/2026')],
    ]);
    expect(imported.items.map((i) => i.id)).toEqual(['II.1.1', 'II.1.2']);
  });
});

describe('tiêu đề bảng hai dòng: "Đơn vị thực hiện" gộp hai cột trên "Chủ trì | Phối hợp" (w:gridSpan, w:vMerge như Word lưu)', () => {
  const tc = (text: string, props = '') => `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${p(text, { bold: false })}</w:tc>`;
  const row = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
  const merged = '<w:vMerge w:val="restart"/>';
  const table = [
    row(tc('STT', merged), tc('Nội dung', merged), tc('Đơn vị thực hiện', '<w:gridSpan w:val="2"/>'), tc('Thời gian hoàn thành', merged)),
    row(tc('', '<w:vMerge/>'), tc('', '<w:vMerge/>'), tc('Chủ trì'), tc('Phối hợp'), tc('', '<w:vMerge/>')),
    row(tc('A.', ''), tc('CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO'), tc(''), tc(''), tc('')),
    row(tc('1'), tc('Quán triệt Kế hoạch PCTNTC năm 2026 của Sở đến công chức, viên chức.'), tc('Văn phòng Sở'), tc('Các đơn vị trực thuộc Sở'), tc('Quý I/2026')),
    row(tc('B.'), tc('CÔNG KHAI, MINH BẠCH'), tc(''), tc(''), tc('')),
    row(tc('1'), tc('Công khai dự toán, quyết toán ngân sách của Sở.'), tc('Phòng Kế hoạch - Tài chính'), tc('Văn phòng Sở'), tc('Thường xuyên')),
  ].join('');
  const docx = rawDocx({
    body: [p('SỞ Y TẾ TỈNH HƯNG YÊN', { bold: true }), p('KẾ HOẠCH', { bold: true }), p('Phòng, chống tham nhũng, tiêu cực năm 2026'), p('PHỤ LỤC: PHÂN CÔNG NHIỆM VỤ', { bold: true }), `<w:tbl>${table}</w:tbl>`].join(''),
  });

  test('cột theo lưới của bảng: chủ trì, phối hợp và thời gian đúng cột; dòng tiêu đề thứ hai không là nhiệm vụ', () => {
    const { plan: imported } = importPlan(readDocx(docx));
    const nameOf = (id: string) => imported.units.find((u) => u.id === id)?.name ?? imported.groups.find((g) => g.id === id)?.name ?? id;
    expect(imported.items.map((i) => [i.id, i.lead.map(nameOf), i.support.map(nameOf), i.timing.raw])).toEqual([
      ['1.1', ['Văn phòng Sở'], ['Các đơn vị trực thuộc Sở'], 'Quý I/2026'],
      ['2.1', ['Phòng Kế hoạch - Tài chính'], ['Văn phòng Sở'], 'Thường xuyên'],
    ]);
  });

  test('bộ đọc .docx ghi cột lưới của ô (ô gộp hai cột đẩy các ô sau đi hai cột)', () => {
    const cells = readDocx(docx).paragraphs.filter((x) => x.table?.row === 0).map((x) => [x.text, x.table!.cell, x.table!.column]);
    expect(cells).toEqual([
      ['STT', 0, 0],
      ['Nội dung', 1, 1],
      ['Đơn vị thực hiện', 2, 2],
      ['Thời gian hoàn thành', 3, 4],
    ]);
  });
});

test('kế hoạch hỗn hợp: gạch đầu dòng ở "II. NHIỆM VỤ, GIẢI PHÁP", rồi bảng ở "III. MỘT SỐ NHIỆM VỤ TRỌNG TÂM" trước "IV. TỔ CHỨC THỰC HIỆN": cả hai là nhiệm vụ (II.1.1 …, III.1 …)', () => {
  const rows: TextRun[][][] = [
    ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian'].map((h) => cell(h, true)),
    [cell('1'), cell('Tổ chức 01 hội nghị tập huấn nghiệp vụ về PCTNTC cho cán bộ, công chức phường.'), cell('Văn phòng HĐND và UBND phường'), cell('Phòng Văn hóa - Xã hội'), cell('Quý II/2026')],
    [cell('2'), cell('Kiểm tra việc công khai thủ tục hành chính tại Trung tâm Phục vụ hành chính công phường.'), cell('Văn phòng HĐND và UBND phường'), cell('Công an phường'), cell('Quý III/2026')],
  ];
  const docx = writeDocx([
    { kind: 'paragraph', runs: [{ text: 'ỦY BAN NHÂN DÂN PHƯỜNG BẾN THÀNH', bold: true }] },
    { kind: 'paragraph', runs: [{ text: 'KẾ HOẠCH', bold: true }] },
    { kind: 'paragraph', runs: [{ text: 'Công tác phòng, chống tham nhũng, tiêu cực năm 2026' }] },
    { kind: 'paragraph', runs: [{ text: 'II. NHIỆM VỤ, GIẢI PHÁP', bold: true }] },
    { kind: 'paragraph', runs: [{ text: '1. Công tác tuyên truyền', bold: true }] },
    { kind: 'paragraph', runs: [{ text: '- Tuyên truyền, phổ biến Luật Phòng, chống tham nhũng cho cán bộ, công chức (Phòng Văn hóa - Xã hội chủ trì, Văn phòng HĐND và UBND phường phối hợp).' }] },
    { kind: 'paragraph', runs: [{ text: 'Thời gian thực hiện: trong năm 2026.' }] },
    { kind: 'paragraph', runs: [{ text: 'III. MỘT SỐ NHIỆM VỤ TRỌNG TÂM', bold: true }] },
    { kind: 'table', rows, borders: true },
    { kind: 'paragraph', runs: [{ text: 'IV. TỔ CHỨC THỰC HIỆN', bold: true }] },
    { kind: 'paragraph', runs: [{ text: 'Các phòng, đơn vị báo cáo kết quả định kỳ hằng quý gửi về UBND phường (qua Văn phòng HĐND và UBND phường) trước ngày 10 của tháng cuối quý.' }] },
  ]);
  const { plan: imported } = importPlan(readDocx(docx));
  expect(imported.items.map((i) => [i.id, i.timing.raw])).toEqual([
    ['II.1.1', 'trong năm 2026.'],
    ['III.1', 'Quý II/2026'],
    ['III.2', 'Quý III/2026'],
  ]);
  expect(() => parsePlan(imported)).not.toThrow();
});

test('bảng nhiệm vụ có dòng nhóm "1", "2" (tên nhóm chữ thường) và dòng nhiệm vụ "a", "b" có chủ trì, thời gian: mỗi dòng chữ là một nhiệm vụ (III.1.a.1); "Phòng Tham mưu" là tên, không phải vai "tham mưu"; kế hoạch nhập nạp được', () => {
  const rows: TextRun[][][] = [
    ['TT', 'Nội dung', 'Chủ trì', 'Phối hợp', 'Thời gian'].map((h) => cell(h, true)),
    [cell('1', true), cell('Công tác lãnh đạo, chỉ đạo; tuyên truyền về PCTN, TC', true), [], [], []],
    [cell('a'), cell('Tham mưu Ban Giám đốc quán triệt các văn bản của Bộ về PCTN, TC.'), cell('Phòng Tham mưu'), cell('Phòng Tổ chức cán bộ'), cell('Quý I/2026')],
    [cell('b'), cell('Tuyên truyền, phổ biến pháp luật về PCTN, TC cho cán bộ, chiến sĩ:\n- Lồng ghép trong sinh hoạt chi bộ;\n- Tổ chức hội nghị trực tuyến.'), cell('Phòng Tổ chức cán bộ'), cell('Các phòng nghiệp vụ'), cell('Thường xuyên')],
    [cell('2', true), cell('Thực hiện các biện pháp phòng ngừa', true), [], [], []],
    [cell('a'), cell('Công khai dự toán, quyết toán ngân sách, kết quả mua sắm tài sản.'), cell('Phòng Hậu cần'), cell('Phòng Tham mưu'), cell('Thường xuyên')],
  ];
  const docx = writeDocx([
    { kind: 'paragraph', runs: [{ text: 'CÔNG AN TỈNH', bold: true }] },
    { kind: 'paragraph', runs: [{ text: 'KẾ HOẠCH', bold: true }] },
    { kind: 'paragraph', runs: [{ text: 'Công tác phòng, chống tham nhũng, tiêu cực năm 2026' }] },
    { kind: 'paragraph', runs: [{ text: 'III. NHIỆM VỤ, GIẢI PHÁP', bold: true }] },
    { kind: 'table', rows, borders: true },
    { kind: 'paragraph', runs: [{ text: 'IV. TỔ CHỨC THỰC HIỆN', bold: true }] },
    { kind: 'paragraph', runs: [{ text: 'Các đơn vị báo cáo kết quả định kỳ hằng quý về Giám đốc Công an tỉnh (qua Phòng Tham mưu) trước ngày 15 của tháng cuối quý.' }] },
  ]);
  const { plan: imported } = importPlan(readDocx(docx));
  const name = (id: string) => imported.units.find((u) => u.id === id)?.name ?? id;
  expect(imported.items.map((i) => [i.id, i.lead.map(name), i.support.map(name), i.timing.raw])).toEqual([
    ['III.1.a.1', ['Phòng Tham mưu'], ['Phòng Tổ chức cán bộ'], 'Quý I/2026'],
    ['III.1.b.1', ['Phòng Tổ chức cán bộ'], ['Các phòng nghiệp vụ'], 'Thường xuyên'],
    ['III.2.a.1', ['Phòng Hậu cần'], ['Phòng Tham mưu'], 'Thường xuyên'],
  ]);
  // The cell's "- " sub-points are one task.
  expect(imported.items[1]!.text).toMatch(/Lồng ghép trong sinh hoạt chi bộ;\n- Tổ chức hội nghị trực tuyến/);
  expect(() => parsePlan(imported)).not.toThrow();
});

/** A plan document from its paragraphs ("**…**" bold) and tables, imported. */
function importDocument(parts: (string | TextRun[][][])[]) {
  const blocks: Block[] = parts.map((part) =>
    typeof part === 'string'
      ? { kind: 'paragraph', runs: [{ text: part.replace(/^\*\*(.*)\*\*$/u, '$1'), bold: /^\*\*.*\*\*$/u.test(part) }] }
      : { kind: 'table', rows: part, borders: true },
  );
  return importPlan(readDocx(writeDocx(blocks)));
}

/** A plan whose tasks are all in an appendix table; the prose parts are numbered "1."–"4." with no Roman part. */
function appendixPlan(rows: TextRun[][][], organisation: string) {
  return importDocument([
    '**ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN**',
    '**KẾ HOẠCH**',
    '**Thực hiện công tác phòng, chống tham nhũng, tiêu cực năm 2026**',
    '**3. Nhiệm vụ, giải pháp**',
    'Chi tiết tại Phụ lục kèm theo.',
    '**4. Tổ chức thực hiện**',
    organisation,
    '**Phụ lục: PHÂN CÔNG NHIỆM VỤ**',
    rows,
  ]).plan;
}

test('bảng ba cấp: dòng nhóm La Mã "I", dòng nhóm "1" dưới nó, dòng nhiệm vụ "a", "b": mã I.1.a.1, II.1.a.1 — nhóm "1" của II không trùng nhóm "1" của I; kế hoạch nhập nạp được', () => {
  const plan = appendixPlan(
    [
      ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Sản phẩm'].map((h) => cell(h, true)),
      [cell('I', true), cell('CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO; TUYÊN TRUYỀN', true), [], [], [], []],
      [cell('1', true), cell('Công tác lãnh đạo, chỉ đạo', true), [], [], [], []],
      [cell('a'), cell('Tham mưu UBND tỉnh chỉ đạo triển khai các văn bản của Trung ương về công tác PCTNTC.'), cell('Thanh tra tỉnh'), cell('Văn phòng UBND tỉnh'), cell('Thường xuyên'), cell('Văn bản chỉ đạo')],
      [cell('b'), cell('Xây dựng, ban hành kế hoạch PCTNTC năm 2026 của cơ quan, đơn vị, địa phương.'), cell('Các sở, ban, ngành, UBND các xã, phường'), [], cell('Trước ngày 31/01/2026'), cell('Kế hoạch')],
      [cell('II', true), cell('THỰC HIỆN CÁC BIỆN PHÁP PHÒNG NGỪA', true), [], [], [], []],
      [cell('1', true), cell('Công khai, minh bạch', true), [], [], [], []],
      [cell('a'), cell('Thực hiện công khai, minh bạch về tổ chức và hoạt động của cơ quan, đơn vị.'), cell('Các sở, ban, ngành, UBND các xã, phường'), [], cell('Thường xuyên'), []],
    ],
    'Các sở, ban, ngành, UBND các xã, phường báo cáo kết quả về Thanh tra tỉnh trước ngày 10 của tháng cuối quý.',
  );
  expect(plan.items.map((i) => [i.id, i.timing.raw])).toEqual([
    ['I.1.a.1', 'Thường xuyên'],
    ['I.1.b.1', 'Trước ngày 31/01/2026'],
    ['II.1.a.1', 'Thường xuyên'],
  ]);
  expect(() => parsePlan(plan)).not.toThrow();
});

test('nhóm chữ in hoa "D" rồi "Đ": hai nhóm khác nhau (II.d, II.đ), không trùng mã; kế hoạch nhập nạp được', () => {
  const rows: TextRun[][][] = [
    ['STT', 'Nội dung', 'Đơn vị thực hiện', 'Thời gian'].map((h) => cell(h, true)),
    [cell('D', true), cell('CÔNG TÁC PHÁT HIỆN, XỬ LÝ THAM NHŨNG, TIÊU CỰC', true), [], []],
    [cell('1'), cell('Tự kiểm tra nội bộ việc thu, chi tài chính, thu viện phí tại các khoa, phòng.'), cell('Phòng Tài chính kế toán'), cell('Tháng 6 và tháng 12')],
    [cell('Đ', true), cell('CÔNG TÁC THÔNG TIN, BÁO CÁO', true), [], []],
    [cell('1'), cell('Tổng hợp, tham mưu Giám đốc báo cáo Sở Y tế kết quả công tác PCTN, TC.'), cell('Phòng Tổ chức cán bộ'), cell('Trước ngày 12 của tháng cuối quý')],
  ];
  const { plan } = importDocument([
    '**BỆNH VIỆN ĐA KHOA TỈNH**',
    '**KẾ HOẠCH**',
    '**Phòng, chống tham nhũng, tiêu cực năm 2026**',
    '**II. NHIỆM VỤ, GIẢI PHÁP**',
    rows,
    '**III. TỔ CHỨC THỰC HIỆN**',
    'Các khoa, phòng báo cáo kết quả về Phòng Tổ chức cán bộ trước ngày 08 của tháng cuối quý.',
  ]);
  expect(plan.items.map((i) => i.id)).toEqual(['II.d.1', 'II.đ.1']);
  expect(() => parsePlan(plan)).not.toThrow();
});

test('bảng chỉ ghi tên viết tắt, chú giải dưới bảng ("Ghi chú: P.TCHC: Phòng Tổ chức - Hành chính; …"): mỗi chữ viết tắt là đơn vị nó chỉ, "P.TCHC, P.KTTĐ" là hai đơn vị', () => {
  const rows: TextRun[][][] = [
    ['TT', 'Nội dung công việc', 'Bộ phận chủ trì', 'Bộ phận phối hợp', 'Thời gian thực hiện', 'Ghi chú'].map((h) => cell(h, true)),
    [cell('I', true), cell('CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO', true), [], [], [], []],
    [cell('1'), cell('Xây dựng, ban hành Kế hoạch công tác phòng, chống tham nhũng, tiêu cực năm 2026 của Ban.'), cell('P.TCHC'), cell('Các P.ĐH DA, P.KTTĐ'), cell('Tháng 01/2026'), cell('Kế hoạch')],
    [cell('2'), cell('Công khai dự toán, quyết toán kinh phí quản lý dự án của Ban.'), cell('P.KHTC'), cell('P.TCHC, P.KTTĐ'), cell('Định kỳ quý'), []],
  ];
  const { plan } = importDocument([
    '**BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG TỈNH**',
    '**KẾ HOẠCH**',
    '**Công tác phòng, chống tham nhũng, tiêu cực năm 2026**',
    '**II. NHIỆM VỤ, GIẢI PHÁP**',
    'Chi tiết tại Phụ lục kèm theo.',
    '**III. TỔ CHỨC THỰC HIỆN**',
    'Các phòng báo cáo kết quả định kỳ hằng quý gửi Giám đốc Ban (qua Phòng Tổ chức - Hành chính) trước ngày 08 của tháng cuối quý.',
    '**PHỤ LỤC**',
    rows,
    'Ghi chú: P.TCHC: Phòng Tổ chức - Hành chính; P.KHTC: Phòng Kế hoạch - Tài chính; P.KTTĐ: Phòng Kỹ thuật - Thẩm định; P.ĐHDA1, P.ĐHDA2: Phòng Điều hành dự án 1, Phòng Điều hành dự án 2 (gọi chung là các P.ĐH DA).',
  ]);
  const name = (id: string) => plan.units.find((u) => u.id === id)?.name ?? id;
  expect(plan.items.map((i) => [i.id, i.lead.map(name), i.support.map(name)])).toEqual([
    ['I.1', ['Phòng Tổ chức - Hành chính'], ['Các P.ĐH DA', 'Phòng Kỹ thuật - Thẩm định']],
    ['I.2', ['Phòng Kế hoạch - Tài chính'], ['Phòng Tổ chức - Hành chính', 'Phòng Kỹ thuật - Thẩm định']],
  ]);
  expect(plan.units.find((u) => u.name === 'Phòng Tổ chức - Hành chính')!.aliases).toContain('P.TCHC');
});

test('một câu "Ghi chú: …" không phải bảng chú giải: không đọc thành tên viết tắt', async () => {
  const { legendEntries } = await import('../../src/plan/import/assemble');
  expect(legendEntries('Ghi chú: Thời gian thực hiện có thể điều chỉnh theo chỉ đạo của UBND tỉnh.')).toEqual([]);
  expect(legendEntries('Ghi chú: BGĐ: Ban Giám đốc; CĐCS: Công đoàn cơ sở Ban.')).toEqual([['BGĐ', 'Ban Giám đốc'], ['CĐCS', 'Công đoàn cơ sở Ban']]);
});

test('bảng lịch kiểm tra ("STT | Đơn vị được kiểm tra | Nội dung kiểm tra | Thời gian | Đơn vị chủ trì") dưới một nhiệm vụ không phải bảng nhiệm vụ', () => {
  const rows: TextRun[][][] = [
    ['STT', 'Đơn vị được kiểm tra', 'Nội dung kiểm tra', 'Thời gian', 'Đơn vị chủ trì'].map((h) => cell(h, true)),
    [cell('1'), cell('Trung tâm Xúc tiến đầu tư'), cell('Công khai, minh bạch; Quy chế chi tiêu nội bộ'), cell('Quý II/2026'), cell('Văn phòng Sở')],
    [cell('2'), cell('Phòng Quản lý giá và công sản'), cell('Kiểm soát xung đột lợi ích'), cell('Quý III/2026'), cell('Văn phòng Sở')],
  ];
  const { plan } = importDocument([
    '**SỞ TÀI CHÍNH**',
    '**KẾ HOẠCH**',
    '**Công tác phòng, chống tham nhũng, tiêu cực năm 2026**',
    '**II. NHIỆM VỤ, GIẢI PHÁP**',
    '**1. Công tác thanh tra, kiểm tra**',
    '- Tổ chức kiểm tra việc thực hiện pháp luật về PCTN tại 02 đơn vị theo lịch sau (Văn phòng Sở chủ trì; Quý II - Quý III/2026):',
    rows,
    '- Theo dõi, đôn đốc việc thực hiện kết luận kiểm tra (Văn phòng Sở chủ trì; thường xuyên).',
    '**III. TỔ CHỨC THỰC HIỆN**',
    'Các phòng, đơn vị báo cáo kết quả về Văn phòng Sở trước ngày 08 của tháng cuối quý.',
  ]);
  expect(plan.items.map((i) => i.id)).toEqual(['II.1.1', 'II.1.2']);
  expect(() => parsePlan(plan)).not.toThrow();
});

test('kế hoạch đánh trùng số nhóm (hai dòng nhóm "A"): kế hoạch nhập vẫn nạp được, nhiệm vụ sau đánh số lại và có ghi chú nghi vấn; không mất nhiệm vụ nào', () => {
  const rows: TextRun[][][] = [
    ['STT', 'Nội dung', 'Đơn vị thực hiện', 'Thời gian'].map((h) => cell(h, true)),
    [cell('A', true), cell('CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO', true), [], []],
    [cell('1'), cell('Quán triệt, triển khai Kế hoạch này đến toàn thể viên chức.'), cell('Phòng Tổ chức cán bộ'), cell('Quý I/2026')],
    [cell('A', true), cell('CÔNG TÁC PHÒNG NGỪA THAM NHŨNG', true), [], []],
    [cell('1'), cell('Công khai dự toán, quyết toán ngân sách của Bệnh viện.'), cell('Phòng Tài chính kế toán'), cell('Thường xuyên')],
  ];
  const { plan, doubts } = importDocument([
    '**BỆNH VIỆN ĐA KHOA TỈNH**',
    '**KẾ HOẠCH**',
    '**Phòng, chống tham nhũng, tiêu cực năm 2026**',
    '**II. NHIỆM VỤ, GIẢI PHÁP**',
    rows,
    '**III. TỔ CHỨC THỰC HIỆN**',
    'Các khoa, phòng báo cáo kết quả về Phòng Tổ chức cán bộ trước ngày 08 của tháng cuối quý.',
  ]);
  expect(plan.items.map((i) => [i.id, i.text.slice(0, 20)])).toEqual([
    ['II.a.1', 'Quán triệt, triển kh'],
    ['II.a.2', 'Công khai dự toán, q'],
  ]);
  expect(doubts.some((d) => d.vi.includes('"II.a.1" có hai lần') && d.en.includes('renumbered "II.a.2"'))).toBe(true);
  expect(() => parsePlan(plan)).not.toThrow();
});

test('bảng phân công riêng ("STT | Đơn vị | Chủ trì thực hiện nhiệm vụ tại mục | Phối hợp thực hiện nhiệm vụ tại mục"): nhiệm vụ văn xuôi không ghi đơn vị nhận đơn vị theo mục ("1.a", "2", …)', () => {
  const rows: TextRun[][][] = [
    ['STT', 'Đơn vị', 'Chủ trì thực hiện nhiệm vụ tại mục', 'Phối hợp thực hiện nhiệm vụ tại mục'].map((h) => cell(h, true)),
    [cell('1'), cell('Phòng Tổ chức cán bộ'), cell('1.a, 2'), cell('1.b')],
    [cell('2'), cell('Phòng Tài chính kế toán'), cell('1.b'), cell('-')],
  ];
  const { plan } = importDocument([
    '**BỆNH VIỆN ĐA KHOA TỈNH**',
    '**KẾ HOẠCH**',
    '**Công tác phòng, chống tham nhũng, tiêu cực năm 2026**',
    '**II. NHIỆM VỤ, GIẢI PHÁP**',
    '**1. Công khai, minh bạch**',
    'a) Công khai kế hoạch tuyển dụng, kết quả tuyển dụng viên chức. Thời gian thực hiện: Quý I/2026.',
    'b) Công khai dự toán, quyết toán ngân sách của Bệnh viện. Thời gian thực hiện: thường xuyên.',
    '**2. Kê khai tài sản, thu nhập**',
    'Tổ chức kê khai tài sản, thu nhập hằng năm theo Nghị định số 130/2020/NĐ-CP. Thời gian thực hiện: Quý IV/2026.',
    '**III. TỔ CHỨC THỰC HIỆN**',
    'Các khoa, phòng báo cáo kết quả về Phòng Tổ chức cán bộ trước ngày 06 của tháng cuối quý.',
    '**Phụ lục: PHÂN CÔNG THỰC HIỆN**',
    rows,
  ]);
  const name = (id: string) => plan.units.find((u) => u.id === id)?.name ?? id;
  expect(plan.items.map((i) => [i.id, i.lead.map(name), i.support.map(name)])).toEqual([
    ['II.1.a.1', ['Phòng Tổ chức cán bộ'], []],
    ['II.1.b.1', ['Phòng Tài chính kế toán'], ['Phòng Tổ chức cán bộ']],
    ['II.2.1', ['Phòng Tổ chức cán bộ'], []],
  ]);
});

test('phụ lục sau chữ ký "STT | Nội dung nhiệm vụ | Phân công thực hiện | Thời gian | Sản phẩm", ô phân công có các dòng "Chủ trì: …", "Phối hợp: …": mã theo nhóm của phụ lục (I.1), không trùng các phần I, II, III của thân kế hoạch; kế hoạch nạp được', () => {
  const assigned = (...lines: string[]): TextRun[] => cell(lines.join('\n'));
  const rows: TextRun[][][] = [
    ['STT', 'Nội dung nhiệm vụ', 'Phân công thực hiện', 'Thời gian', 'Sản phẩm'].map((h) => cell(h, true)),
    [cell('I.', true), cell('CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO; TUYÊN TRUYỀN, PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT VỀ PCTNTC', true), [], [], []],
    // (Its task cell speaks of "nội dung": a task row all the same, not the table's header.)
    [cell('1'), cell('Quán triệt Kế hoạch này đến toàn thể công chức, viên chức; đưa nội dung PCTNTC vào chương trình giao ban định kỳ của Sở.'), assigned('Chủ trì: Văn phòng Sở', 'Phối hợp: Các phòng, đơn vị thuộc Sở'), cell('Quý I/2027'), cell('Công văn')],
    [cell('2'), cell('Xây dựng, ban hành kế hoạch PCTNTC năm 2027 của đơn vị, gửi về Sở (qua Văn phòng Sở).'), assigned('Chủ trì: Các đơn vị sự nghiệp trực thuộc Sở', 'Theo dõi, đôn đốc: Văn phòng Sở'), cell('Trước ngày 31/01/2027'), cell('Kế hoạch')],
    [cell('II.', true), cell('CÔNG KHAI, MINH BẠCH TRONG HOẠT ĐỘNG CỦA CƠ QUAN, ĐƠN VỊ', true), [], [], []],
    [cell('1'), cell('Công khai thủ tục hành chính thuộc thẩm quyền giải quyết của Sở.'), assigned('Chủ trì: Văn phòng Sở', 'Phối hợp: Phòng Quản lý văn hóa, Phòng Quản lý du lịch'), cell('Thường xuyên'), cell('Báo cáo')],
    [cell('2'), cell('Thực hiện nghiêm quy tắc ứng xử của công chức, viên chức thuộc Sở.'), cell('Các phòng, đơn vị thuộc Sở'), cell('Thường xuyên'), cell('Báo cáo')],
  ];
  const { plan } = importDocument([
    '**SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH**',
    '**KẾ HOẠCH**',
    '**Công tác phòng, chống tham nhũng, tiêu cực năm 2027**',
    '**I. MỤC ĐÍCH, YÊU CẦU**',
    'Xác định rõ nội dung công việc, đơn vị chủ trì, đơn vị phối hợp và thời gian thực hiện.',
    '**II. NHIỆM VỤ, GIẢI PHÁP**',
    '(Nhiệm vụ cụ thể, phân công thực hiện, thời gian và sản phẩm tại Phụ lục kèm theo Kế hoạch này)',
    '**III. TỔ CHỨC THỰC HIỆN**',
    'Các phòng, đơn vị thuộc Sở báo cáo kết quả định kỳ hằng quý, gửi về Sở (qua Văn phòng Sở) trước ngày 07 của tháng cuối quý.',
    'GIÁM ĐỐC',
    '**PHỤ LỤC**',
    '**DANH MỤC NHIỆM VỤ CÔNG TÁC PHÒNG, CHỐNG THAM NHŨNG, TIÊU CỰC NĂM 2027**',
    rows,
  ]);
  const name = (id: string) => plan.units.find((u) => u.id === id)?.name ?? plan.groups.find((g) => g.id === id)?.name ?? id;
  expect(plan.items.map((i) => [i.id, i.lead.map(name), i.support.map(name), i.timing.raw])).toEqual([
    ['I.1', ['Văn phòng Sở'], ['Các phòng, đơn vị thuộc Sở'], 'Quý I/2027'],
    ['I.2', ['Các đơn vị sự nghiệp trực thuộc Sở'], ['Văn phòng Sở'], 'Trước ngày 31/01/2027'],
    ['II.1', ['Văn phòng Sở'], ['Phòng Quản lý văn hóa', 'Phòng Quản lý du lịch'], 'Thường xuyên'],
    ['II.2', ['Các phòng, đơn vị thuộc Sở'], [], 'Thường xuyên'],
  ]);
  expect(() => parsePlan(plan)).not.toThrow();
});

test('bảng ma trận phân công "TT | Nội dung nhiệm vụ | VP | P.CSDT | P.TG | TTr | Thời gian", mỗi cột một đơn vị ghi "CT"/"PH", chú thích dưới bảng: chủ trì, phối hợp theo cột; mã II.1.1', () => {
  const marks = (...cells: string[]) => cells.map((c) => (c ? cell(c) : []));
  const rows: TextRun[][][] = [
    ['TT', 'Nội dung nhiệm vụ', 'VP', 'P.CSDT', 'P.TG', 'TTr', 'Thời gian'].map((h) => cell(h, true)),
    [cell('1.', true), cell('Công tác lãnh đạo, chỉ đạo; tuyên truyền, phổ biến, giáo dục pháp luật về PCTN, TC', true), [], [], [], [], []],
    [cell('1.1'), cell('Quán triệt, triển khai kịp thời các văn bản của Trung ương, Tỉnh ủy, UBND tỉnh về công tác PCTN, TC đến công chức, viên chức, người lao động của Sở.'), ...marks('CT', 'PH', 'PH', 'PH'), cell('Tháng 01/2027')],
    [cell('1.2'), cell('Lồng ghép nội dung PCTN, TC trong các hội nghị phổ biến, giáo dục pháp luật cho người có uy tín trong đồng bào dân tộc thiểu số, chức sắc, chức việc.'), ...marks('PH', 'CT', 'CT', ''), cell('Thường xuyên')],
    [cell('2.', true), cell('Kiểm tra, phát hiện, xử lý tham nhũng, tiêu cực', true), [], [], [], [], []],
    [cell('2.1'), cell('Tiếp nhận, xử lý đơn thư phản ánh, kiến nghị, khiếu nại, tố cáo liên quan đến tham nhũng, tiêu cực thuộc thẩm quyền.'), ...marks('PH', '', '', 'CT'), cell('Thường xuyên')],
  ];
  const { plan } = importDocument([
    '**SỞ DÂN TỘC VÀ TÔN GIÁO**',
    '**KẾ HOẠCH**',
    '**Công tác phòng, chống tham nhũng, tiêu cực năm 2027**',
    '**I. MỤC ĐÍCH, YÊU CẦU**',
    'Nhiệm vụ được phân công cụ thể, rõ đơn vị chủ trì, đơn vị phối hợp và thời gian thực hiện.',
    '**II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN**',
    'Giám đốc Sở giao nhiệm vụ cho Văn phòng Sở và các phòng chuyên môn thuộc Sở thực hiện theo bảng sau:',
    rows,
    'Ghi chú: VP: Văn phòng Sở; P.CSDT: Phòng Chính sách dân tộc; P.TG: Phòng Tôn giáo; TTr: Thanh tra Sở.',
    'CT: chủ trì; PH: phối hợp.',
    '**III. TỔ CHỨC THỰC HIỆN**',
    'Các phòng chuyên môn thuộc Sở báo cáo kết quả thực hiện Kế hoạch định kỳ hằng quý, gửi về Văn phòng Sở trước ngày 06 của tháng cuối quý.',
  ]);
  const name = (id: string) => plan.units.find((u) => u.id === id)?.name ?? id;
  expect(plan.items.map((i) => [i.id, i.lead.map(name), i.support.map(name), i.timing.raw])).toEqual([
    ['II.1.1', ['Văn phòng Sở'], ['Phòng Chính sách dân tộc', 'Phòng Tôn giáo', 'Thanh tra Sở'], 'Tháng 01/2027'],
    ['II.1.2', ['Phòng Chính sách dân tộc', 'Phòng Tôn giáo'], ['Văn phòng Sở'], 'Thường xuyên'],
    ['II.2.1', ['Thanh tra Sở'], ['Văn phòng Sở'], 'Thường xuyên'],
  ]);
  expect(plan.headings.find((h) => h.id === 'II.2')?.title).toBe('Kiểm tra, phát hiện, xử lý tham nhũng, tiêu cực');
  expect(() => parsePlan(plan)).not.toThrow();
});

test('cột "Quý I | Quý II | Quý III | Quý IV" đánh dấu "x" là lịch thực hiện, không phải đơn vị: bảng không có cột chủ trì thì không là bảng nhiệm vụ', () => {
  const rows: TextRun[][][] = [
    ['STT', 'Nội dung công việc', 'Quý I', 'Quý II', 'Quý III', 'Quý IV'].map((h) => cell(h, true)),
    [cell('1'), cell('Tuyên truyền, phổ biến pháp luật về phòng, chống tham nhũng.'), cell('x'), [], cell('x'), []],
    [cell('2'), cell('Kiểm tra việc thực hiện quy tắc ứng xử.'), [], cell('x'), [], cell('x')],
  ];
  const outline = readPlanOutline(readDocx(writeDocx([{ kind: 'paragraph', runs: [{ text: 'PHỤ LỤC', bold: true }] }, { kind: 'table', rows, borders: true }])));
  expect(outline.items).toEqual([]);
});

test('bảng phân công ghi số mục theo nhiều cách: "1.3; các mục 3.1 – 3.3" (khoảng, kể cả hai đầu), "toàn bộ mục 4" (mọi nhiệm vụ dưới mục), "2.3" (mọi gạch đầu dòng của 2.3)', () => {
  const rows: TextRun[][][] = [
    ['STT', 'Đơn vị', 'Chủ trì thực hiện (mục)', 'Phối hợp thực hiện (mục)'].map((h) => cell(h, true)),
    [cell('1'), cell('Phòng Hành chính - Tổ chức - Quản trị'), cell('1.1, 2.1'), cell('2.2')],
    [cell('2'), cell('Phòng Tổng hợp'), cell('1.2, 2.2'), cell('1.1; các mục 3.1 – 3.3')],
    [cell('3'), cell('Phòng Thông tin - Dân nguyện'), cell('3.1 – 3.3; toàn bộ mục 4'), cell('2.1')],
    [cell('4'), cell('Các phòng thuộc Văn phòng'), cell('2.3'), cell('4.2')],
  ];
  const { plan } = importDocument([
    '**VĂN PHÒNG ĐOÀN ĐBQH VÀ HĐND TỈNH**',
    '**KẾ HOẠCH**',
    '**Công tác phòng, chống tham nhũng, tiêu cực năm 2027**',
    '**II. NHIỆM VỤ, GIẢI PHÁP**',
    '**1. Công tác lãnh đạo, chỉ đạo**',
    '1.1. Tổ chức quán triệt, triển khai Kế hoạch này đến toàn thể công chức, người lao động của Văn phòng. Thời gian thực hiện: tháng 01/2027.',
    '1.2. Theo dõi, đôn đốc các phòng triển khai thực hiện Kế hoạch này. Thời gian thực hiện: Thường xuyên.',
    '**2. Các biện pháp phòng ngừa**',
    '2.1. Công khai dự toán, quyết toán ngân sách của Văn phòng. Thời gian thực hiện: Thường xuyên.',
    '2.2. Rà soát, sửa đổi Quy chế chi tiêu nội bộ. Thời gian thực hiện: Quý I/2027.',
    '2.3. Thực hiện quy tắc ứng xử, kỷ luật, kỷ cương hành chính:',
    '- Thực hiện nghiêm Quy tắc ứng xử của công chức, người lao động Văn phòng.',
    '- Chấp hành nghiêm thời giờ làm việc, nội quy cơ quan.',
    'Thời gian thực hiện: Thường xuyên.',
    '**3. Tham mưu, phục vụ hoạt động giám sát**',
    '3.1. Tham mưu Đoàn ĐBQH tỉnh lựa chọn nội dung giám sát chuyên đề. Thời gian thực hiện: Quý I/2027.',
    '3.2. Phục vụ thẩm tra báo cáo công tác phòng, chống tham nhũng của Ủy ban nhân dân tỉnh. Thời gian thực hiện: Quý IV/2027.',
    '3.3. Tổng hợp ý kiến, kiến nghị của cử tri có liên quan đến tham nhũng, tiêu cực. Thời gian thực hiện: Thường xuyên.',
    '**4. Tiếp công dân, xử lý đơn thư**',
    '4.1. Tham mưu tiếp công dân định kỳ, đột xuất. Thời gian thực hiện: hằng tháng.',
    '4.2. Giữ bí mật họ tên, địa chỉ của người tố cáo. Thời gian thực hiện: Thường xuyên.',
    '**III. TỔ CHỨC THỰC HIỆN**',
    '**1. Phân công thực hiện**',
    'Giao các phòng thuộc Văn phòng chủ trì, phối hợp thực hiện các nhiệm vụ tại mục II theo bảng phân công sau:',
    rows,
    '**2. Chế độ thông tin, báo cáo**',
    'Các phòng báo cáo kết quả định kỳ 6 tháng, năm, gửi về Phòng Hành chính - Tổ chức - Quản trị trước ngày 05/6/2027 đối với báo cáo 6 tháng và trước ngày 04/12/2027 đối với báo cáo năm.',
  ]);
  const name = (id: string) => plan.units.find((u) => u.id === id)?.name ?? plan.groups.find((g) => g.id === id)?.name ?? id;
  expect(plan.items.map((i) => [i.id, i.lead.map(name), i.support.map(name)])).toEqual([
    ['II.1.1', ['Phòng Hành chính - Tổ chức - Quản trị'], ['Phòng Tổng hợp']],
    ['II.1.2', ['Phòng Tổng hợp'], []],
    ['II.2.1', ['Phòng Hành chính - Tổ chức - Quản trị'], ['Phòng Thông tin - Dân nguyện']],
    ['II.2.2', ['Phòng Tổng hợp'], ['Phòng Hành chính - Tổ chức - Quản trị']],
    ['II.2.3.1', ['Các phòng thuộc Văn phòng'], []],
    ['II.2.3.2', ['Các phòng thuộc Văn phòng'], []],
    ['II.3.1', ['Phòng Thông tin - Dân nguyện'], ['Phòng Tổng hợp']],
    ['II.3.2', ['Phòng Thông tin - Dân nguyện'], ['Phòng Tổng hợp']],
    ['II.3.3', ['Phòng Thông tin - Dân nguyện'], ['Phòng Tổng hợp']],
    ['II.4.1', ['Phòng Thông tin - Dân nguyện'], []],
    ['II.4.2', ['Phòng Thông tin - Dân nguyện'], ['Các phòng thuộc Văn phòng']],
  ]);
});

test('phụ lục sau chữ ký của một trường "TT | Nội dung công việc | Đơn vị, cá nhân thực hiện | Thời gian | Ghi chú": cột giao việc cho cả đơn vị và cá nhân là cột chủ trì; mã 1.1, 2.1 theo dòng nhóm 1, 2; các khoa, phòng là đơn vị của kế hoạch; kế hoạch nạp được', () => {
  const rows: TextRun[][][] = [
    ['TT', 'Nội dung công việc', 'Đơn vị, cá nhân thực hiện', 'Thời gian', 'Ghi chú'].map((h) => cell(h, true)),
    [cell('1', true), cell('CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO; TUYÊN TRUYỀN, GIÁO DỤC VỀ PCTN, TC', true), [], [], []],
    [cell('1.1'), cell('Lồng ghép nội dung PCTN, TC vào bài giảng các lớp trung cấp lý luận chính trị; biên soạn 01 chuyên đề bồi dưỡng về PCTN, TC.'), cell('Khoa Xây dựng Đảng (chủ trì); Khoa Nhà nước và Pháp luật'), cell('Quý III/2027'), cell('Chuyên đề bồi dưỡng')],
    [cell('1.2'), cell('Công khai kế hoạch mở lớp, lịch thi, kết quả thi; quản lý và cấp phát văn bằng, chứng chỉ.'), cell('Phó Hiệu trưởng phụ trách đào tạo; Phòng Quản lý đào tạo - Nghiên cứu khoa học'), cell('Thường xuyên'), []],
    [cell('2', true), cell('THỰC HIỆN CÁC GIẢI PHÁP PHÒNG NGỪA THAM NHŨNG, TIÊU CỰC', true), [], [], []],
    [cell('2.1'), cell('Công khai dự toán, quyết toán ngân sách; kết quả mua sắm tài sản, trang thiết bị.'), cell('Phòng Tổ chức - Hành chính'), cell('Quý I/2027'), cell('Niêm yết tại Trường')],
    [cell('2.2'), cell('Thực hiện nghiêm Quy tắc ứng xử của cán bộ, giảng viên, nhân viên Trường; không nhận quà, tiền của học viên dưới mọi hình thức.'), cell('Các khoa, phòng; cán bộ, giảng viên, nhân viên'), cell('Thường xuyên'), []],
  ];
  const { plan } = importDocument([
    '**TRƯỜNG CHÍNH TRỊ**',
    '**KẾ HOẠCH**',
    '**công tác phòng, chống tham nhũng, tiêu cực năm 2027**',
    '**I. MỤC ĐÍCH, YÊU CẦU**',
    'Xác định rõ đơn vị, cá nhân thực hiện, thời gian hoàn thành.',
    '**II. NHIỆM VỤ, GIẢI PHÁP**',
    'Các nhiệm vụ cụ thể, đơn vị, cá nhân thực hiện và thời gian thực hiện được giao tại Phụ lục kèm theo Kế hoạch này.',
    '**III. TỔ CHỨC THỰC HIỆN**',
    'Chế độ báo cáo: các khoa, phòng báo cáo kết quả thực hiện Kế hoạch gửi về Phòng Tổ chức - Hành chính: báo cáo 6 tháng gửi trước ngày 05/6/2027; báo cáo năm gửi trước ngày 05/12/2027.',
    'HIỆU TRƯỞNG',
    '**PHỤ LỤC**',
    '**DANH MỤC NHIỆM VỤ CÔNG TÁC PHÒNG, CHỐNG THAM NHŨNG, TIÊU CỰC NĂM 2027**',
    rows,
  ]);
  const name = (id: string) => plan.units.find((u) => u.id === id)?.name ?? plan.groups.find((g) => g.id === id)?.name ?? id;
  expect(plan.items.map((i) => [i.id, i.lead.map(name), i.support.map(name), i.timing.raw])).toEqual([
    ['1.1', ['Khoa Xây dựng Đảng'], ['Khoa Nhà nước và Pháp luật'], 'Quý III/2027'],
    ['1.2', ['Phó Hiệu trưởng phụ trách đào tạo', 'Phòng Quản lý đào tạo - Nghiên cứu khoa học'], [], 'Thường xuyên'],
    ['2.1', ['Phòng Tổ chức - Hành chính'], [], 'Quý I/2027'],
    // (The staff the khoa, phòng hold to it are not a body of their own.)
    ['2.2', ['Các khoa, phòng'], [], 'Thường xuyên'],
  ]);
  expect(plan.units.map((u) => u.name)).toEqual(expect.arrayContaining(['Khoa Xây dựng Đảng', 'Khoa Nhà nước và Pháp luật', 'Phòng Quản lý đào tạo - Nghiên cứu khoa học']));
  expect(() => parsePlan(plan)).not.toThrow();
});

test('ô chủ trì "PA04, PC03 (theo chức năng)" gồm mã đơn vị, một mã kế hoạch đã viết rõ ("Phòng Cảnh sát kinh tế (PC03)"): hai đơn vị, không phải một đơn vị tên "PA04, PC03"', () => {
  const rows: TextRun[][][] = [
    ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian'].map((h) => cell(h, true)),
    [cell('C', true), cell('PHÁT HIỆN, XỬ LÝ THAM NHŨNG, TIÊU CỰC', true), [], [], []],
    [cell('16'), cell('Tăng cường nắm tình hình, phát hiện dấu hiệu tham nhũng, tiêu cực trong quản lý đất đai, đầu tư công, đấu thầu.'), cell('PA04, PC03 (theo chức năng)'), cell('Công an các xã, phường'), cell('Thường xuyên')],
    [cell('17'), cell('Tiếp nhận, giải quyết tố giác, tin báo về tội phạm về tham nhũng, chức vụ.'), cell('Phòng Cảnh sát kinh tế (PC03)'), cell('Viện Kiểm sát nhân dân tỉnh'), cell('Thường xuyên')],
  ];
  const { plan } = importDocument([
    '**CÔNG AN TỈNH**',
    '**KẾ HOẠCH**',
    '**Công tác phòng, chống tham nhũng, tiêu cực năm 2027**',
    '**II. NHIỆM VỤ, GIẢI PHÁP**',
    rows,
    '**III. TỔ CHỨC THỰC HIỆN**',
    'Các đơn vị báo cáo kết quả về Phòng Tham mưu trước ngày 10 của tháng cuối quý.',
  ]);
  const name = (id: string) => plan.units.find((u) => u.id === id)?.name ?? id;
  expect(plan.items.map((i) => [i.id, i.lead.map(name)])).toEqual([
    ['II.c.16', ['PA04', 'Phòng Cảnh sát kinh tế']],
    ['II.c.17', ['Phòng Cảnh sát kinh tế']],
  ]);
});

test('bảng chia theo khoa, phòng ("STT | Khoa, phòng | Nhiệm vụ | Thời gian"): tên khoa, phòng ghi ở dòng đầu nhóm (ô gộp) là đơn vị chủ trì của mọi dòng trong nhóm', () => {
  const rows: TextRun[][][] = [
    ['STT', 'Khoa, phòng', 'Nhiệm vụ', 'Thời gian'].map((h) => cell(h, true)),
    [cell('1'), cell('Ban Giám đốc'), cell('Quán triệt, triển khai Kế hoạch này đến toàn thể viên chức, người lao động.'), cell('Tháng 01/2027')],
    [cell('2'), [], cell('Chỉ đạo xử lý kịp thời, nghiêm minh các hành vi tham nhũng, tiêu cực.'), cell('Thường xuyên')],
    [cell('3'), cell('Phòng Tổ chức - Hành chính'), cell('Hướng dẫn, tổ chức kê khai tài sản, thu nhập hằng năm.'), cell('Trước ngày 31/12/2027')],
    [cell('4'), [], cell('Rà soát danh mục vị trí công tác phải định kỳ chuyển đổi.'), cell('Quý I/2027')],
    [cell('5'), cell('Tất cả các khoa, phòng'), cell('Chấp hành nghiêm kỷ luật, kỷ cương hành chính.'), cell('Thường xuyên')],
  ];
  const blocks: Block[] = [
    { kind: 'paragraph', runs: [{ text: 'II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN', bold: true }] },
    { kind: 'paragraph', runs: [{ text: 'Nhiệm vụ cụ thể của Ban Giám đốc và các khoa, phòng được phân công tại bảng dưới đây:' }] },
    { kind: 'table', rows, borders: true },
  ];
  const outline = readPlanOutline(readDocx(writeDocx(blocks)));
  expect(outline.items.map((i) => `${i.id} ${i.unitsRaw}`)).toEqual([
    'II.1 Ban Giám đốc',
    'II.2 Ban Giám đốc',
    'II.3 Phòng Tổ chức - Hành chính',
    'II.4 Phòng Tổ chức - Hành chính',
    'II.5 Tất cả các khoa, phòng',
  ]);
  expect(outline.doubts.filter((d) => d.item)).toEqual([]);
});

describe('cột "Phân công thực hiện" trộn người với cơ quan (Hội LHPN tỉnh): ai làm việc thì chủ trì', () => {
  const header = ['TT', 'Nội dung', 'Thời gian', 'Phân công thực hiện'].map((h) => cell(h, true));
  const task = (n: string, text: string, units: string) => [cell(n), cell(text), cell('Cả năm'), cell(units)];
  const imported = importPlan(
    readDocx(
      writeDocx([
        { kind: 'paragraph', runs: [{ text: 'HỘI LIÊN HIỆP PHỤ NỮ TỈNH TUYÊN QUANG', bold: true }] },
        { kind: 'paragraph', runs: [{ text: 'CHƯƠNG TRÌNH', bold: true }] },
        { kind: 'paragraph', runs: [{ text: 'Công tác phòng, chống tham nhũng, tiêu cực năm 2027' }] },
        { kind: 'paragraph', runs: [{ text: 'II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN', bold: true }] },
        {
          kind: 'table',
          borders: true,
          rows: [
            header,
            [cell('1', true), cell('CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, QUÁN TRIỆT, TUYÊN TRUYỀN', true), [], []],
            task('1.1', 'Tổ chức quán triệt, triển khai Chương trình công tác PCTN, TC năm 2027 đến cán bộ, hội viên.', 'Đ/c Phó Chủ tịch Thường trực chỉ đạo; Ban Tổ chức - Kiểm tra tham mưu'),
            task('1.2', 'Kiểm soát xung đột lợi ích trong thực hiện nhiệm vụ, nhất là trong quản lý tài chính.', 'Ban Tổ chức - Kiểm tra tham mưu; Văn phòng, các ban thực hiện'),
            task('1.3', 'Chỉ đạo, hướng dẫn thực hiện hoạt động nhận ủy thác cho vay vốn Ngân hàng Chính sách xã hội.', 'Ban Kinh tế chủ trì, phối hợp Ngân hàng Chính sách xã hội tỉnh; Hội LHPN cấp xã thực hiện'),
            task('1.4', 'Tiếp công dân, đối thoại với hội viên, phụ nữ về những vấn đề liên quan đến PCTN, TC.', 'Thường trực Hội chủ trì; Văn phòng phục vụ'),
            task('1.5', 'Tổng hợp, báo cáo kết quả công tác PCTN, TC 6 tháng, năm của Hội LHPN tỉnh.', 'Ban Tổ chức - Kiểm tra tổng hợp; Văn phòng, các ban, Hội LHPN cấp xã báo cáo'),
          ],
        },
        { kind: 'paragraph', runs: [{ text: 'III. TỔ CHỨC THỰC HIỆN', bold: true }] },
      ]),
    ),
  ).plan;
  const names = (ids: readonly string[]) => ids.map((id) => imported.units.find((u) => u.id === id)?.name ?? imported.groups.find((g) => g.id === id)?.name ?? id);
  const roles = (id: string) => {
    const item = imported.items.find((i) => i.id === id)!;
    return { lead: names(item.lead), support: names(item.support) };
  };

  test('"Đ/c Phó Chủ tịch Thường trực chỉ đạo; Ban … tham mưu": người chỉ đạo không là đơn vị, ban tham mưu chủ trì', () => {
    expect(roles('II.1.1')).toEqual({ lead: ['Ban Tổ chức - Kiểm tra'], support: [] });
  });

  test('"Ban … tham mưu; Văn phòng, các ban thực hiện": không ai "chủ trì", ban tham mưu cùng làm với các đơn vị thực hiện', () => {
    expect(roles('II.1.2').lead).toHaveLength(3);
    expect(roles('II.1.2').support).toEqual([]);
  });

  test('"Ban Kinh tế chủ trì, phối hợp Ngân hàng …; Hội LHPN cấp xã thực hiện": Hội cấp xã thực hiện cũng chủ trì', () => {
    expect(roles('II.1.3')).toEqual({ lead: ['Ban Kinh tế', 'Hội LHPN cấp xã'], support: ['Ngân hàng Chính sách xã hội tỉnh'] });
  });

  test('"Văn phòng phục vụ": phục vụ là việc của đơn vị phối hợp, không phải tên', () => {
    expect(roles('II.1.4')).toEqual({ lead: ['Thường trực Hội'], support: ['Văn phòng'] });
  });

  test('"Ban … tổng hợp; Văn phòng, các ban, Hội LHPN cấp xã báo cáo": ban tổng hợp chủ trì, các đơn vị báo cáo phối hợp', () => {
    const { lead, support } = roles('II.1.5');
    expect(lead).toEqual(['Ban Tổ chức - Kiểm tra']);
    expect(support).toHaveLength(3);
    expect(support.join('; ')).not.toMatch(/báo cáo/u);
  });
});

test('bảng theo đơn vị, không có cột phối hợp: đơn vị phối hợp ghi trong lời nhiệm vụ ("phối hợp với …", "(… tham mưu; … phối hợp …)", "(… phối hợp)") là đơn vị phối hợp', () => {
  const rows: TextRun[][][] = [
    ['STT', 'Đơn vị', 'Nhiệm vụ', 'Thời gian'].map((h) => cell(h, true)),
    [cell('1'), cell('Ban Giám đốc'), cell('Ban hành Kế hoạch kiểm tra nội bộ việc thực hiện công tác PCTN, TC tại các khoa, phòng (Phòng Tổ chức - Hành chính tham mưu; Ban Thanh tra nhân dân phối hợp giám sát).'), cell('Quý III/2027')],
    [cell('2'), cell('Phòng Tài chính - Kế toán'), cell('Công khai dự toán và quyết toán ngân sách; phối hợp với Ban Thanh tra nhân dân giám sát việc công khai tài chính.'), cell('Thường xuyên')],
    [cell('3'), cell('Khoa Dược'), cell('Lập kế hoạch lựa chọn nhà thầu cung cấp thuốc năm 2027; công khai giá thuốc trúng thầu (Phòng Tài chính - Kế toán, Phòng Kế hoạch tổng hợp phối hợp).'), cell('Năm 2027')],
    [cell('4'), cell('Phòng Kế hoạch tổng hợp'), cell('Cung cấp thông tin, tài liệu, phối hợp với đoàn thanh tra, kiểm tra của cơ quan có thẩm quyền.'), cell('Khi có yêu cầu')],
  ];
  const { plan } = importDocument([
    '**BỆNH VIỆN Y DƯỢC CỔ TRUYỀN TỈNH**',
    '**KẾ HOẠCH**',
    '**Phòng, chống tham nhũng, tiêu cực năm 2027**',
    '**II. NHIỆM VỤ, GIẢI PHÁP**',
    rows,
    '**III. TỔ CHỨC THỰC HIỆN**',
    'Các khoa, phòng báo cáo kết quả về Phòng Tổ chức - Hành chính trước ngày 12 của tháng cuối quý.',
  ]);
  const name = (id: string) => plan.units.find((u) => u.id === id)?.name ?? plan.groups.find((g) => g.id === id)!.name;
  expect(plan.items.map((i) => [i.lead.map(name), i.support.map(name)])).toEqual([
    // (The hospital's Ban Giám đốc is the hospital itself.)
    [[name(plan.meta.issuer)], ['Phòng Tổ chức - Hành chính', 'Ban Thanh tra nhân dân']],
    [['Phòng Tài chính - Kế toán'], ['Ban Thanh tra nhân dân']],
    [['Khoa Dược'], ['Phòng Tài chính - Kế toán', 'Phòng Kế hoạch tổng hợp']],
    // (The inspectors who come are no body of the plan.)
    [['Phòng Kế hoạch tổng hợp'], []],
  ]);
});

test('dòng "5 | Thực hiện công khai, minh bạch …:" chia thành các dòng "a)", "b)" ghi chữ ở đầu ô nội dung, ô STT để trống: mỗi dòng chữ là một nhiệm vụ dưới dòng dẫn (II.5.a.1), dòng "6" sau đó lại thuộc nhóm II; "(CT)", "(PH)", "(TH)" cho chủ trì, phối hợp', () => {
  const rows: TextRun[][][] = [
    ['STT', 'Nội dung công việc', 'Đơn vị thực hiện', 'Thời gian', 'Sản phẩm'].map((h) => cell(h, true)),
    [cell('I', true), cell('CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO; TUYÊN TRUYỀN, PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT VỀ PCTNTC', true), [], [], []],
    [cell('1'), cell('Quán triệt, triển khai Kế hoạch công tác PCTNTC năm 2027 của Ủy ban nhân dân tỉnh và của Sở đến toàn thể công chức, viên chức'), cell('Văn phòng Sở (CT); Các phòng, đơn vị (PH)'), cell('Quý I/2027'), cell('Hội nghị quán triệt')],
    [cell('II', true), cell('CÔNG KHAI, MINH BẠCH; CHẾ ĐỘ, ĐỊNH MỨC, TIÊU CHUẨN; TRÁCH NHIỆM GIẢI TRÌNH', true), [], [], []],
    [cell('5'), cell('Thực hiện công khai, minh bạch trong hoạt động của Sở theo Điều 10 Luật Phòng, chống tham nhũng năm 2018:'), [], [], []],
    [[], cell('a) Công khai dự toán, tình hình thực hiện dự toán và quyết toán ngân sách của Sở Tài chính và của Trung tâm Xúc tiến đầu tư'), cell('Văn phòng Sở, Trung tâm Xúc tiến đầu tư (TH)'), cell('Theo thời hạn quy định'), cell('Quyết định công khai')],
    [[], cell('b) Tham mưu công khai dự toán ngân sách địa phương năm 2027 đã được Hội đồng nhân dân tỉnh quyết định'), cell('Phòng Quản lý ngân sách (CT); Văn phòng Sở (PH)'), cell('Năm 2027'), cell('Số liệu công khai')],
    [cell('6'), cell('Công khai kế hoạch đầu tư công trung hạn và hằng năm; công khai việc phân bổ, điều chỉnh kế hoạch vốn đầu tư công năm 2027'), cell('Phòng Kế hoạch - Tổng hợp (CT); Phòng Quản lý ngân sách (PH)'), cell('Quý I/2027'), cell('Văn bản công khai')],
    [cell('7'), cell('Thực hiện trách nhiệm giải trình về việc thực hiện nhiệm vụ, quyền hạn được giao khi có yêu cầu'), cell('Các phòng, đơn vị (TH)'), cell('Khi có yêu cầu'), cell('Văn bản giải trình')],
  ];
  const { plan } = importDocument([
    '**SỞ TÀI CHÍNH**',
    '**KẾ HOẠCH**',
    '**Công tác phòng, chống tham nhũng, tiêu cực năm 2027**',
    '**II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM**',
    'Nội dung công việc, đơn vị thực hiện, thời gian và sản phẩm cụ thể tại Phụ lục kèm theo Kế hoạch này.',
    '**III. TỔ CHỨC THỰC HIỆN**',
    'Các phòng, đơn vị thuộc Sở báo cáo kết quả thực hiện Kế hoạch này gửi về Văn phòng Sở trước ngày 08 của tháng cuối quý.',
    '**Phụ lục**',
    '**DANH MỤC NHIỆM VỤ CÔNG TÁC PHÒNG, CHỐNG THAM NHŨNG, TIÊU CỰC NĂM 2027**',
    rows,
    'Ghi chú: CT: chủ trì; PH: phối hợp; TH: thực hiện.',
  ]);
  const name = (id: string) => plan.units.find((u) => u.id === id)?.name ?? plan.groups.find((g) => g.id === id)?.name ?? id;
  expect(plan.items.map((i) => [i.id, i.text.slice(0, 20), i.lead.map(name), i.support.map(name), i.timing.raw])).toEqual([
    ['I.1', 'Quán triệt, triển kh', ['Văn phòng Sở'], ['Các phòng, đơn vị'], 'Quý I/2027'],
    ['II.5.a.1', 'Công khai dự toán, t', ['Văn phòng Sở', 'Trung tâm Xúc tiến đầu tư'], [], 'Theo thời hạn quy định'],
    ['II.5.b.1', 'Tham mưu công khai d', ['Phòng Quản lý ngân sách'], ['Văn phòng Sở'], 'Năm 2027'],
    ['II.6', 'Công khai kế hoạch đ', ['Phòng Kế hoạch - Tổng hợp'], ['Phòng Quản lý ngân sách'], 'Quý I/2027'],
    ['II.7', 'Thực hiện trách nhiệ', ['Các phòng, đơn vị'], [], 'Khi có yêu cầu'],
  ]);
  // The row that leads in is the heading of its lettered parts, not a task of its own.
  expect(plan.headings.map((h) => h.id)).toEqual(expect.arrayContaining(['II.5', 'II.5.a', 'II.5.b']));
  expect(plan.headings.find((h) => h.id === 'II.5.a')!.title).toMatch(/^Công khai dự toán/u);
  expect(() => parsePlan(plan)).not.toThrow();
});

test('phần lớn đánh chữ "A.", "B.", "C."; bảng ở phần B có nhóm La Mã "I.", "II.", nhóm con "1.", "2." đánh lại từ 1 trong mỗi nhóm La Mã và dòng nhiệm vụ "1.1", "1.2": mã I.1.1, II.1.1 (số nhóm + số của bảng); dòng "2." có đơn vị, thời gian mà không có dòng con là nhiệm vụ (III.2)', () => {
  const { plan } = importDocument([
    '**CÔNG TY TNHH MTV XỔ SỐ KIẾN THIẾT KHÁNH HÒA**',
    '**KẾ HOẠCH**',
    '**Công tác phòng, chống tham nhũng, tiêu cực năm 2027**',
    '**A. MỤC ĐÍCH, YÊU CẦU**',
    'Nâng cao nhận thức, trách nhiệm của người quản lý, người lao động trong phòng, chống tham nhũng, tiêu cực.',
    '**B. NHIỆM VỤ, GIẢI PHÁP VÀ PHÂN CÔNG THỰC HIỆN**',
    [
      ['TT', 'Nội dung công việc', 'Đơn vị thực hiện', 'Thời gian'].map((h) => cell(h, true)),
      [cell('I.', true), cell('CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO; TUYÊN TRUYỀN, PHỔ BIẾN PHÁP LUẬT', true), [], []],
      [cell('1.', true), cell('Công tác lãnh đạo, chỉ đạo', true), [], []],
      [cell('1.1'), cell('Quán triệt, triển khai Kế hoạch này đến toàn thể người quản lý, người lao động của Công ty.'), cell('Ban Giám đốc Công ty'), cell('Quý I/2027 và thường xuyên')],
      [cell('1.2'), cell('Theo dõi, đôn đốc các phòng, các Chi nhánh thực hiện Kế hoạch; tổng hợp kết quả.'), cell('Phòng Tổ chức - Hành chính'), cell('Thường xuyên')],
      [cell('2.', true), cell('Tuyên truyền, phổ biến, giáo dục pháp luật', true), [], []],
      [cell('2.1'), cell('Tuyên truyền Luật Phòng, chống tham nhũng đến người lao động, lồng ghép trong sinh hoạt công đoàn.'), cell('Phòng Tổ chức - Hành chính'), cell('Thường xuyên')],
      [cell('II.', true), cell('THỰC HIỆN CÁC GIẢI PHÁP PHÒNG NGỪA THAM NHŨNG, TIÊU CỰC', true), [], []],
      [cell('1.', true), cell('Công khai, minh bạch trong tổ chức và hoạt động của Công ty', true), [], []],
      [cell('1.1'), cell('Công khai, minh bạch trong mua sắm tài sản, hàng hóa, dịch vụ; lựa chọn nhà thầu đúng quy định.'), cell('Phòng Kế toán - Tài vụ'), cell('Khi phát sinh')],
      [cell('III.', true), cell('KIỂM TRA, GIÁM SÁT; PHÁT HIỆN, XỬ LÝ THAM NHŨNG, TIÊU CỰC', true), [], []],
      [cell('1.', true), cell('Kiểm tra, kiểm soát nội bộ', true), [], []],
      [cell('1.1'), cell('Kiểm tra nội bộ việc chấp hành quy chế tài chính, quản lý vé tại các Chi nhánh.'), cell('Ban Kiểm soát nội bộ'), cell('Quý II và quý IV/2027')],
      [cell('2.'), cell('Tiếp nhận, xử lý phản ánh, kiến nghị, tố cáo liên quan đến hành vi tham nhũng, tiêu cực qua đường dây nóng của Công ty.'), cell('Phòng Tổ chức - Hành chính'), cell('Thường xuyên')],
      [cell('3.', true), cell('Thực hiện kết luận thanh tra, kiểm toán', true), [], []],
      [cell('3.1'), cell('Tổ chức thực hiện đầy đủ, kịp thời kết luận, kiến nghị của cơ quan thanh tra, Kiểm toán nhà nước.'), cell('Phòng Kế toán - Tài vụ'), cell('Theo thời hạn ghi tại kết luận')],
    ],
    '**C. TỔ CHỨC THỰC HIỆN**',
    'Các phòng, các Chi nhánh báo cáo kết quả thực hiện về Công ty (qua Phòng Tổ chức - Hành chính) trước ngày 08 của tháng cuối quý.',
  ]);
  expect(plan.items.map((i) => [i.id, i.section, i.timing.raw])).toEqual([
    ['I.1.1', 'I.1', 'Quý I/2027 và thường xuyên'],
    ['I.1.2', 'I.1', 'Thường xuyên'],
    ['I.2.1', 'I.2', 'Thường xuyên'],
    ['II.1.1', 'II.1', 'Khi phát sinh'],
    ['III.1.1', 'III.1', 'Quý II và quý IV/2027'],
    ['III.2', 'III', 'Thường xuyên'],
    ['III.3.1', 'III.3', 'Theo thời hạn ghi tại kết luận'],
  ]);
  expect(plan.headings.filter((h) => /^[IVX]+(\.\d+)?$/.test(h.id)).map((h) => `${h.id} ${h.level}`)).toEqual(['I 1', 'I.1 2', 'I.2 2', 'II 1', 'II.1 2', 'III 1', 'III.1 2', 'III.3 2']);
  expect(() => parsePlan(plan)).not.toThrow();
});

describe('bảng của bệnh viện "STT | Nội dung | Khoa, phòng thực hiện | Quý I | … | Quý IV": dấu "x" ở quý thực hiện, dòng nhóm "1" trên các dòng "a)", "b)", khoa, phòng viết tắt theo ghi chú dưới bảng', () => {
  const header = ['STT', 'Nội dung', 'Khoa, phòng thực hiện', 'Quý I', 'Quý II', 'Quý III', 'Quý IV'].map((h) => cell(h, true));
  const rows: TextRun[][][] = [
    header,
    [cell('1', true), cell('Công tác lãnh đạo, chỉ đạo; tuyên truyền, phổ biến, giáo dục pháp luật về PCTN, TC', true), [], [], [], [], []],
    [cell('a)'), cell('Quán triệt, triển khai Kế hoạch PCTN, TC năm 2027 của Bệnh viện đến toàn thể viên chức, người lao động.'), cell('P.TCCB, Toàn viện'), cell('x'), [], [], []],
    [cell('b)'), cell('Tổng hợp, xây dựng báo cáo kết quả công tác PCTN, TC quý I, 6 tháng, 9 tháng và năm 2027.'), cell('P.TCCB'), cell('x'), cell('x'), cell('x'), cell('x')],
    [cell('2', true), cell('Công khai, minh bạch trong tổ chức và hoạt động của Bệnh viện', true), [], [], [], [], []],
    [cell('a)'), cell('Công khai kế hoạch lựa chọn nhà thầu mua sắm thuốc, vật tư y tế trên Hệ thống mạng đấu thầu quốc gia.'), cell('K.Dược, P.TCKT'), cell('x'), cell('x'), cell('x'), []],
    [cell('b)'), cell('Tự kiểm tra việc chỉ định xét nghiệm, chẩn đoán hình ảnh tại các khoa lâm sàng.'), cell('P.KHTH, P.TCKT, Các khoa lâm sàng'), [], cell('x'), [], cell('x')],
  ];
  const document = (rule: string[]) =>
    importDocument([
      '**BỆNH VIỆN ĐA KHOA TỈNH**',
      '**KẾ HOẠCH**',
      '**Phòng, chống tham nhũng, tiêu cực năm 2027**',
      '**II. NỘI DUNG, NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN**',
      rows,
      'Ghi chú: P.TCCB: Phòng Tổ chức cán bộ; P.TCKT: Phòng Tài chính kế toán; P.KHTH: Phòng Kế hoạch tổng hợp; K.Dược: Khoa Dược.',
      ...rule,
      '**III. TỔ CHỨC THỰC HIỆN**',
      'Các khoa, phòng báo cáo kết quả thực hiện gửi về Phòng Tổ chức cán bộ trước ngày 10 của tháng cuối quý.',
    ]).plan;
  const named = (plan: ReturnType<typeof document>) => {
    const name = (id: string) => plan.units.find((u) => u.id === id)?.name ?? plan.groups.find((g) => g.id === id)?.name ?? id;
    return plan.items.map((i) => [i.id, i.lead.map(name), i.support.map(name), i.timing.raw]);
  };

  test('khoa, phòng ghi đầu tiên chủ trì, các khoa, phòng sau phối hợp, như ghi chú dưới bảng nói; mã II.1.a.1 như dòng chữ dưới dòng nhóm số', () => {
    const plan = document(['Khoa, phòng ghi đầu tiên là đơn vị chủ trì, các khoa, phòng ghi tiếp theo là đơn vị phối hợp; dấu "x" là quý thực hiện.']);
    expect(named(plan)).toEqual([
      ['II.1.a.1', ['Phòng Tổ chức cán bộ'], ['Toàn viện'], 'Quý I'],
      ['II.1.b.1', ['Phòng Tổ chức cán bộ'], [], 'Quý I, Quý II, Quý III, Quý IV'],
      ['II.2.a.1', ['Khoa Dược'], ['Phòng Tài chính kế toán'], 'Quý I, Quý II, Quý III'],
      ['II.2.b.1', ['Phòng Kế hoạch tổng hợp'], ['Phòng Tài chính kế toán', 'Các khoa lâm sàng'], 'Quý II, Quý IV'],
    ]);
    expect(plan.items.find((i) => i.id === 'II.2.b.1')!.timing.parts).toEqual([
      { kind: 'quarter', quarter: 2, year: 2027 },
      { kind: 'quarter', quarter: 4, year: 2027 },
    ]);
    expect(() => parsePlan(plan)).not.toThrow();
  });

  test('kế hoạch không nói khoa, phòng nào chủ trì: mọi khoa, phòng ghi trong ô cùng chủ trì', () => {
    expect(named(document([])).find(([id]) => id === 'II.2.a.1')).toEqual(['II.2.a.1', ['Khoa Dược', 'Phòng Tài chính kế toán'], [], 'Quý I, Quý II, Quý III']);
  });
});
