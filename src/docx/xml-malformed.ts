/** Why a part's XML is not well-formed, said in Vietnamese and English, with the line and column where it breaks. */
import type { Bilingual } from '../errors/app-error';
import { DocxReadError } from './errors';

export type MalformedReason =
  | 'truncated'
  | 'unclosed'
  | 'mismatched'
  | 'unopened'
  | 'badName'
  | 'badAttribute'
  | 'duplicateAttribute'
  | 'ltInAttribute'
  | 'badEntity'
  | 'badComment'
  | 'doctype'
  | 'misplacedDeclaration'
  | 'noRoot'
  | 'outsideRoot'
  | 'tooDeep';

function describe(reason: MalformedReason, name: string): Bilingual {
  switch (reason) {
    case 'truncated':
      return { vi: 'phần XML kết thúc giữa chừng', en: 'the XML ends in the middle of a construct' };
    case 'unclosed':
      return { vi: `thẻ <${name}> chưa được đóng`, en: `element <${name}> is never closed` };
    case 'mismatched':
      return { vi: `thẻ đóng không khớp với thẻ mở <${name}>`, en: `closing tag does not match <${name}>` };
    case 'unopened':
      return { vi: `thẻ đóng </${name}> không có thẻ mở tương ứng`, en: `closing tag </${name}> has no opening tag` };
    case 'badName':
      return { vi: 'tên thẻ hoặc thuộc tính không hợp lệ', en: 'invalid element or attribute name' };
    case 'badAttribute':
      return { vi: `thuộc tính của thẻ <${name}> sai cú pháp`, en: `malformed attribute in <${name}>` };
    case 'duplicateAttribute':
      return { vi: `thuộc tính "${name}" bị lặp lại`, en: `attribute "${name}" is repeated` };
    case 'ltInAttribute':
      return { vi: 'ký tự "<" trong giá trị thuộc tính', en: 'a "<" inside an attribute value' };
    case 'badEntity':
      return { vi: 'tham chiếu ký tự (&...;) không hợp lệ', en: 'invalid character or entity reference (&...;)' };
    case 'badComment':
      return { vi: 'chú thích XML chứa "--"', en: 'an XML comment contains "--"' };
    case 'doctype':
      return { vi: 'khai báo DOCTYPE không được hỗ trợ', en: 'DOCTYPE declarations are not supported' };
    case 'misplacedDeclaration':
      return { vi: 'khai báo <?xml ...?> không nằm ở đầu phần', en: 'the <?xml ...?> declaration is not at the start of the part' };
    case 'noRoot':
      return { vi: 'không có phần tử gốc', en: 'there is no root element' };
    case 'outsideRoot':
      return { vi: 'có nội dung nằm ngoài phần tử gốc', en: 'there is content outside the root element' };
    case 'tooDeep':
      return { vi: `các thẻ lồng nhau quá sâu (quá ${name} cấp)`, en: `elements are nested too deeply (over ${name} levels)` };
  }
}

/** Line and column (1-based, in characters) of `position`; only computed when an error is raised. */
function lineAndColumn(xml: string, position: number): { line: number; column: number } {
  const end = Math.min(position, xml.length);
  let line = 1;
  let lineStart = 0;
  for (let at = xml.indexOf('\n'); at !== -1 && at < end; at = xml.indexOf('\n', at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return { line, column: end - lineStart + 1 };
}

/** The reader's DOCX_MALFORMED_XML error for a part, naming where and why. */
export function malformedXml(partName: string, xml: string, position: number, reason: MalformedReason, name = ''): DocxReadError {
  const { line, column } = lineAndColumn(xml, position);
  const why = describe(reason, name.length > 80 ? `${name.slice(0, 80)}…` : name);
  return new DocxReadError('DOCX_MALFORMED_XML', {
    vi: `(${partName}, dòng ${line}, cột ${column}: ${why.vi}.)`,
    en: `(${partName}, line ${line}, column ${column}: ${why.en}.)`,
  });
}
