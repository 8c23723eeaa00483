/**
 * Builds small hand-made reports as the hosts would read them, for checker tests: a Nghị định 30 header, the title,
 * the opening, headings and paragraphs, tables, and the closing block.
 */
import { PLAIN_PARAGRAPH, toDocumentModel } from '../../src/document';
import type { DocumentModel, RawParagraph } from '../../src/document/model';

const base: RawParagraph = { text: '', ...PLAIN_PARAGRAPH };

export const para = (text: string, extra: Partial<RawParagraph> = {}): RawParagraph => ({ ...base, text, ...extra });
export const heading = (text: string): RawParagraph => para(text, { bold: true });
let tableCount = 100;
/** A table: each row a list of cell texts. */
export function table(rows: string[][]): RawParagraph[] {
  const id = tableCount++;
  return rows.flatMap((cells, row) =>
    cells.map((text, cell) => para(text, { bold: row === 0, table: { table: id, row, cell, depth: 1 } })),
  );
}

export interface ReportSpec {
  governing?: string;
  issuer?: string;
  number?: string;
  date?: string;
  title?: string;
  opening?: string;
  body: (RawParagraph | RawParagraph[])[];
  /** The signer's lines, "\n" between them ("T/M CHI BỘ\nBÍ THƯ"). */
  signer?: string;
  signerName?: string;
  recipients?: boolean;
  /** The header's right-hand lines; the Quốc hiệu and the Tiêu ngữ unless given ("ĐẢNG CỘNG SẢN VIỆT NAM"). */
  rightHeader?: string[];
  /** The lines under "Nơi nhận:"; "- Thanh tra Sở;" and "- Lưu: VT, CCVC." unless given. */
  recipientLines?: string[];
}

export function header(spec: Partial<ReportSpec> = {}): RawParagraph[] {
  const cell = (row: number, c: number, text: string, bold = false) => para(text, { bold, table: { table: 0, row, cell: c, depth: 1 } });
  return [
    cell(0, 0, spec.governing ?? 'SỞ NỘI VỤ TỈNH QUẢNG NGÃI'),
    // A long name goes on over several lines of its cell ("\n" between them).
    ...(spec.issuer ?? 'PHÒNG CÔNG CHỨC, VIÊN CHỨC').split('\n').map((line) => cell(0, 0, line, true)),
    cell(0, 0, spec.number ?? 'Số: 12/BC-CCVC'),
    ...(spec.rightHeader ?? ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']).map((line) => cell(0, 1, line, true)),
    cell(0, 1, spec.date ?? 'Quảng Ngãi, ngày 02 tháng 3 năm 2023'),
    para('BÁO CÁO', { bold: true, alignment: 'center' }),
    para(spec.title ?? 'Kết quả công tác phòng, chống tham nhũng quý I năm 2023', { bold: true, alignment: 'center' }),
  ];
}

export function closing(spec: Partial<ReportSpec> = {}): RawParagraph[] {
  const rows: RawParagraph[] = [];
  if (spec.recipients !== false) {
    rows.push(
      para('Nơi nhận:', { bold: true, italic: true, table: { table: 99, row: 0, cell: 0, depth: 1 } }),
      ...(spec.recipientLines ?? ['- Thanh tra Sở;', '- Lưu: VT, CCVC.']).map((line) => para(line, { table: { table: 99, row: 0, cell: 0, depth: 1 } })),
    );
  }
  rows.push(
    ...(spec.signer ?? 'TRƯỞNG PHÒNG').split('\n').map((line) => para(line, { bold: true, table: { table: 99, row: 0, cell: 1, depth: 1 } })),
    para(spec.signerName ?? 'Lê Thị Thu Hà', { bold: true, table: { table: 99, row: 0, cell: 1, depth: 1 } }),
  );
  return rows;
}

export function buildReport(spec: ReportSpec): DocumentModel {
  const raw: RawParagraph[] = [
    ...header(spec),
    para(spec.opening ?? 'Thực hiện Kế hoạch số 14/KH-SNV ngày 17/01/2023 của Sở Nội vụ về công tác phòng, chống tham nhũng năm 2023, Phòng báo cáo kết quả như sau:'),
    ...spec.body.flat(),
    ...closing(spec),
  ];
  return toDocumentModel(raw, { host: 'playground', name: 'test' });
}

/** A report whose body has the usual parts; `results` goes under "I. KẾT QUẢ THỰC HIỆN". */
export function standardReport(results: (RawParagraph | RawParagraph[])[], spec: Partial<ReportSpec> = {}): DocumentModel {
  return buildReport({
    ...spec,
    body: [
      heading('I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO'),
      para('Trưởng phòng đã quán triệt Kế hoạch công tác phòng, chống tham nhũng năm 2023 đến toàn thể công chức của Phòng.'),
      heading('II. KẾT QUẢ THỰC HIỆN CÁC BIỆN PHÁP PHÒNG NGỪA THAM NHŨNG'),
      ...results,
      heading('III. KẾT QUẢ PHÁT HIỆN, XỬ LÝ THAM NHŨNG'),
      para('Trong kỳ, Phòng không phát hiện hành vi tham nhũng; không nhận được đơn thư tố cáo liên quan đến tham nhũng.'),
      heading('IV. ĐÁNH GIÁ'),
      para('Ưu điểm: các nhiệm vụ được triển khai đúng kế hoạch. Hạn chế: một số báo cáo gửi còn chậm.'),
      heading('V. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II NĂM 2023'),
      para('- Tiếp tục thực hiện các nhiệm vụ còn lại của kế hoạch.'),
      heading('VI. KIẾN NGHỊ, ĐỀ XUẤT'),
      para('Đề nghị Lãnh đạo Sở bố trí kinh phí cho công tác kiểm tra.'),
    ],
  });
}
