/**
 * Bảng tiến độ theo quý ghi tên viết tắt của đơn vị thực hiện ở ô quý thay cho dấu "x" ("TT | Nội dung nhiệm vụ | Quý I
 * | … | Quý IV | Ghi chú", ô quý ghi "VP", "P.TCKT, VP"; quý không làm thì để trống): ô có chữ là quý thực hiện, đơn vị ghi
 * đầu tiên chủ trì, các đơn vị sau phối hợp; tên viết tắt được giải nghĩa trong phần tổ chức thực hiện.
 */
import type { Block, TextRun } from '../../src/compose/blocks';
import { readDocx } from '../../src/docx';
import { writeDocx } from '../../src/docx/write';
import { importPlan } from '../../src/plan/import/assemble';
import { parsePlan } from '../../src/plan/load';

const cell = (text: string, bold = false): TextRun[] => (text ? [{ text, bold }] : []);
const row = (stt: string, task: string, quarters: string[], note = ''): TextRun[][] => [cell(stt), cell(task), ...quarters.map((q) => cell(q)), cell(note)];
const group = (numeral: string, title: string): TextRun[][] => [cell(numeral, true), cell(title, true), [], [], [], [], []];

function quarterPlan() {
  const blocks: Block[] = [
    '**SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG**',
    '**KẾ HOẠCH**',
    '**Công tác phòng, chống tham nhũng, tiêu cực năm 2027**',
    '**I. MỤC ĐÍCH, YÊU CẦU**',
    'Nâng cao nhận thức, trách nhiệm của công chức, viên chức trong công tác phòng, chống tham nhũng, tiêu cực.',
    '**II. NHIỆM VỤ, GIẢI PHÁP**',
    'Các nhiệm vụ cụ thể theo Phụ lục kèm theo Kế hoạch này.',
    '**III. TỔ CHỨC THỰC HIỆN**',
    'Tại Phụ lục, đơn vị ghi ở cột quý là đơn vị thực hiện trong quý đó; đơn vị ghi đầu tiên chủ trì, các đơn vị còn lại phối hợp. Tên các đơn vị được viết tắt như sau: Văn phòng Sở (VP), Phòng Tài chính - Kế toán (P.TCKT), Phòng Quản lý đất đai (P.QLĐĐ).',
    '**GIÁM ĐỐC**',
    '**PHỤ LỤC**',
    '**NHIỆM VỤ CÔNG TÁC PHÒNG, CHỐNG THAM NHŨNG, TIÊU CỰC NĂM 2027**',
  ].map((text) => ({ kind: 'paragraph', runs: [{ text: text.replace(/^\*\*(.*)\*\*$/u, '$1'), bold: /^\*\*.*\*\*$/u.test(text) }] }));
  const rows: TextRun[][][] = [
    ['TT', 'Nội dung nhiệm vụ', 'Quý I', 'Quý II', 'Quý III', 'Quý IV', 'Ghi chú'].map((h) => cell(h, true)),
    group('I.', 'CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO'),
    row('1', 'Quán triệt, triển khai Kế hoạch công tác phòng, chống tham nhũng, tiêu cực năm 2027 của Sở.', ['VP', '', '', '']),
    row('2', 'Theo dõi, đôn đốc việc thực hiện Kế hoạch; lồng ghép nội dung phòng, chống tham nhũng vào giao ban định kỳ.', ['VP', 'VP', 'VP', 'VP'], 'Thường xuyên'),
    group('II.', 'CÁC BIỆN PHÁP PHÒNG NGỪA THAM NHŨNG, TIÊU CỰC'),
    row('1', 'Công khai dự toán, quyết toán ngân sách nhà nước theo quy định.', ['', 'P.TCKT, VP', '', 'P.TCKT, VP']),
    row('2', 'Công khai thủ tục hành chính trong lĩnh vực đất đai.', ['P.QLĐĐ', 'P.QLĐĐ, VP', 'P.QLĐĐ, VP', 'P.QLĐĐ, VP'], 'Thường xuyên'),
  ];
  blocks.push({ kind: 'table', rows, borders: true });
  return importPlan(readDocx(writeDocx(blocks))).plan;
}

test('ô quý ghi đơn vị viết tắt: quý có chữ là quý thực hiện, đơn vị đầu chủ trì, đơn vị sau phối hợp', () => {
  const plan = quarterPlan();
  const nameOf = (id: string) => plan.units.find((u) => u.id === id)?.name ?? id;
  expect(plan.items.map((i) => [i.id, i.lead.map(nameOf), i.support.map(nameOf), i.timing.raw])).toEqual([
    ['I.1', ['Văn phòng Sở'], [], 'Quý I'],
    ['I.2', ['Văn phòng Sở'], [], 'Quý I, Quý II, Quý III, Quý IV; Thường xuyên'],
    ['II.1', ['Phòng Tài chính - Kế toán'], ['Văn phòng Sở'], 'Quý II, Quý IV'],
    ['II.2', ['Phòng Quản lý đất đai'], ['Văn phòng Sở'], 'Quý I, Quý II, Quý III, Quý IV; Thường xuyên'],
  ]);
  expect(plan.items.find((i) => i.id === 'II.1')!.timing.parts).toEqual([
    { kind: 'quarter', quarter: 2, year: 2027 },
    { kind: 'quarter', quarter: 4, year: 2027 },
  ]);
  expect(() => parsePlan(plan)).not.toThrow();
});
