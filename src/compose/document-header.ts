/**
 * The parts of an administrative document around its body (Nghị định 30/2020/NĐ-CP, Điều 8 and Phụ lục I): the
 * two-column header (agency | national title), the type name and subject line, and the signature block
 * (recipients | signer). Both two-column blocks are borderless tables.
 */
import { cellRuns, PLACEHOLDER_TAG, type Block, type CellParagraph, type TextRun } from './blocks';
import { BLANK, MOTTO, NATIONAL_TITLE, RECIPIENTS_LABEL, SIGNER_NAME_PLACEHOLDER } from './data/report-text';
import { CELL_MARGINS_MM, CENTRED, fitLines, HEADER_COLUMNS_PCT, SIGNATURE_COLUMNS_PCT, SIZES, TEXT_WIDTH_MM, textWidthMm } from './layout';
import type { TemplateUnit } from './unit';

const line = (runs: TextRun[], format: CellParagraph['format'] = CENTRED): CellParagraph => ({ runs, format });
const rule = (widthMm: number): CellParagraph => ({ runs: [], format: { ...CENTRED, rule: { widthMm: Math.round(widthMm) } } });

function table(paragraphs: CellParagraph[][][], widthsPct: number[]): Extract<Block, { kind: 'table' }> {
  return { kind: 'table', borders: false, widthsPct, rows: paragraphs.map((row) => row.map(cellRuns)), paragraphs };
}

export interface HeaderOptions {
  /** "BC" for a report, "KH" for a plan (Phụ lục III). */
  typeCode: string;
  year: number;
  place: string;
}

export function documentHeader(unit: TemplateUnit, options: HeaderOptions): Block {
  const { governingBody, headerName, code } = unit.layout;
  // The width estimate is rough: keep 3 mm to spare so that Word and LibreOffice do not wrap a line again.
  const column = (TEXT_WIDTH_MM * HEADER_COLUMNS_PCT[0]!) / 100 - CELL_MARGINS_MM - 3;
  const governing = fitLines(governingBody, column, SIZES.governingBody);
  // A name that would take three lines at 13 pt takes two at 12 (Nghị định 30 allows 12–13).
  const at13 = fitLines(headerName, column, SIZES.issuingUnit, true);
  const issuingSize = at13.length > 2 && fitLines(headerName, column, SIZES.issuingUnit - 1, true).length <= 2 ? SIZES.issuingUnit - 1 : SIZES.issuingUnit;
  const issuing = issuingSize === SIZES.issuingUnit ? at13 : fitLines(headerName, column, issuingSize, true);
  // The issuing unit's rule is a third to a half of its name; the motto's is as long as the motto.
  const longestLine = Math.min(Math.max(...issuing.map((l) => textWidthMm(l, issuingSize, true))), column);
  const left: CellParagraph[] = [
    ...governing.map((text) => line([{ text, size: SIZES.governingBody }])),
    ...issuing.map((text) => line([{ text, bold: true, size: issuingSize }])),
    rule(Math.max(18, longestLine * 0.4)),
  ];
  const right: CellParagraph[] = [
    line([{ text: NATIONAL_TITLE, bold: true, size: SIZES.nationalTitle }]),
    line([{ text: MOTTO, bold: true, size: SIZES.motto }]),
    rule(textWidthMm(MOTTO, SIZES.motto, true)),
  ];
  const number = line([{ text: `Số: ${BLANK}/${options.typeCode}-${code}`, size: SIZES.number }], { ...CENTRED, spaceBeforePt: 6 });
  const date = line([{ text: `${options.place}, ngày ${BLANK} tháng ${BLANK} năm ${options.year}`, italic: true, size: SIZES.placeAndDate }], {
    ...CENTRED,
    spaceBeforePt: 6,
  });
  return table(
    [
      [left, right],
      [[number], [date]],
    ],
    HEADER_COLUMNS_PCT,
  );
}

/** "BÁO CÁO" and the subject line under it, bold and centred, with a short rule below. */
export function typeAndSubject(typeName: string, subject: string): Block[] {
  const subjectWidth = Math.min(textWidthMm(subject, SIZES.subject, true), TEXT_WIDTH_MM);
  return [
    { kind: 'paragraph', runs: [{ text: typeName, bold: true, size: SIZES.typeName }], format: { alignment: 'center', spaceBeforePt: 18, spaceAfterPt: 0, lineSpacing: 1, keepWithNext: true } },
    { kind: 'paragraph', runs: [{ text: subject, bold: true, size: SIZES.subject }], format: { alignment: 'center', spaceAfterPt: 0, lineSpacing: 1, keepWithNext: true } },
    { kind: 'paragraph', runs: [], format: { alignment: 'center', rule: { widthMm: Math.round(Math.max(25, Math.min(subjectWidth, TEXT_WIDTH_MM) * 0.35)) }, spaceAfterPt: 12 } },
  ];
}

/** How the document is signed (Nghị định 30/2020/NĐ-CP, Điều 13): by the head, for the head (KT.), by order (TL.), acting (Q.). */
export type SignatureForm = 'direct' | 'deputy' | 'byOrder' | 'acting';

export interface SignerOptions {
  form?: SignatureForm;
  /** "KT. GIÁM ĐỐC", or none when the head signs; overrides the form's. */
  authority?: string;
  position?: string;
  name?: string;
  /** The unit that drafted the document, for "Lưu: VT, <code>."; default the issuing unit. */
  draftedBy?: string;
}

/** The two lines of the signature for a form, from the head's title ("GIÁM ĐỐC", "TRƯỞNG PHÒNG"). */
export function signatureLines(head: string, form: SignatureForm): { authority?: string; position: string } {
  switch (form) {
    case 'deputy':
      return { authority: `KT. ${head}`, position: `PHÓ ${head}` };
    case 'byOrder':
      return { authority: `TL. ${head}`, position: 'CHÁNH VĂN PHÒNG' };
    case 'acting':
      return { position: `Q. ${head}` };
    default:
      return { position: head };
  }
}

/** Recipients on the left (the last line "- Lưu: VT, <drafting unit>."), the signer on the right. */
export function signatureBlock(unit: TemplateUnit, recipients: readonly string[], signer: SignerOptions = {}): Block {
  const lines = signatureLines(unit.layout.position, signer.form ?? 'direct');
  const authority = signer.authority ?? (signer.position ? undefined : lines.authority);
  const position = signer.position ?? lines.position;
  const left: CellParagraph[] = [
    line([{ text: RECIPIENTS_LABEL, bold: true, italic: true, size: SIZES.recipientsLabel }], { alignment: 'left', spaceAfterPt: 0, lineSpacing: 1 }),
    ...[...recipients, `Lưu: VT, ${signer.draftedBy ?? unit.layout.code}.`].map((text) => line([{ text: `- ${text}`, size: SIZES.recipients }], { alignment: 'left', spaceAfterPt: 0, lineSpacing: 1 })),
  ];
  const name: CellParagraph = signer.name
    ? line([{ text: signer.name, bold: true, size: SIZES.signer }])
    : { ...line([{ text: SIGNER_NAME_PLACEHOLDER, bold: true, size: SIZES.signer }]), tag: PLACEHOLDER_TAG, alias: SIGNER_NAME_PLACEHOLDER };
  const right: CellParagraph[] = [
    ...(authority ? [line([{ text: authority.toLocaleUpperCase('vi'), bold: true, size: SIZES.signer }])] : []),
    line([{ text: position.toLocaleUpperCase('vi'), bold: true, size: SIZES.signer }]),
    // Room for the signature and the seal.
    ...Array.from({ length: 4 }, () => line([])),
    name,
  ];
  return table([[left, right]], SIGNATURE_COLUMNS_PCT);
}
