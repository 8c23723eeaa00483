/**
 * A draft not yet finished, told as one finding: a blank number or date in the header, a signature with no name,
 * placeholders still to fill ("(bổ sung số liệu ...)", "[...]", "số .../KH-...", the add-in's own "Kết quả thực
 * hiện: ..."). Read on the plain text (the match key expands abbreviations). Citations with the type abbreviated
 * ("QĐ 48/2021/QĐ-UBND") are a separate, softer suggestion: a finished report may still write them so.
 */
import { foldForCompare } from '../../text';
import type { Analysis } from '../analyze';
import type { Rule } from '../rule';
import type { Finding } from '../types';
import { isPlaceholder } from '../match/units';
import { listPlaces, type Place } from './places';

const HEAD = 300;
const BLANK_NUMBER = /^số\s*:?\s*[\s.…_]*\/\s*\p{L}/u;
const BLANK_DATE = /ngày\s*[\s.…_]*tháng|tháng\s*[\s.…_]*năm/u;
// "(bổ sung số liệu ...)", "(cập nhật sau)": a note to oneself, not "(bổ sung mức chi ...)" which reports a change.
// The note ends on what is missing or on "sau": "(bổ sung nội dung chi sau hợp nhất ...)" reports a change.
const FILL_IN = [/\(\s*(bổ sung|cập nhật|điền|ghi rõ)[^)]{0,60}?(\.{2,}|…|số liệu|(?<![\p{L}])sau)\s*[.…]*\s*\)/u, /\[\s*(\.{2,}|…)\s*\]/u, /\bsố\s*(\.{2,}|…)/u, /\b(\.{2,}|…)\s*\/\s*(\.{2,}|…)/u, /\bx{2,}\b/u];
// A name, after a degree or title if any: "Nguyễn Văn A", "ThS. Đỗ Thị Thu Hằng", "PGS.TS. Lê Văn B", "BSCKII. Trần C".
// A rank may stand before a police or army signer's name: "Thượng tá Hoàng Văn Đức".
// Names of the Tây Nguyên peoples keep an apostrophe: "Ksor H'Nhi", "H' Loan Niê", "Y Blang Êban".
// A degree written without its dots is a title too: "BSCKII Đỗ Văn Hoà", "DS.CKII Trần Minh Đức" (a word with a dot or two
// capitals in a row, never a surname).
const NAME = /^(?:(?:\p{Lu}[\p{L}]{0,6}\.){1,3}\s*|(?=\S*(?:\.|\p{Lu}{2}))\p{Lu}[\p{L}.]{1,12}\s+)?(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tá|úy|uý)\s+)?(\p{Lu}[\p{Ll}\p{M}]*(?:['’]\p{Lu}?[\p{Ll}\p{M}]*)?\.?\s+){1,5}\p{Lu}(?:['’]\p{Lu})?[\p{Ll}\p{M}]+$/u;
const ABBREVIATED = /(?<![\p{L}\p{N}])(QĐ|NĐ|TT|CT|KH|CV|NQ|TB)\s+(số\s+)?\d+\/(\d{4}\/)?[\p{Lu}Đ]/u;


function gaps({ prepared, zoning, parts }: Analysis): Place[] {
  const ps = prepared.paragraphs;
  const found: Place[] = [];
  const plain = (i: number) => foldForCompare(ps[i]!.paragraph.text.slice(0, HEAD));
  for (let i = 0; i < ps.length; i += 1) {
    const zone = zoning.zones[i];
    if (zone === 'header' || zone === 'title') {
      const text = plain(i);
      if (BLANK_NUMBER.test(text)) found.push({ paragraph: i, what: { vi: 'chưa có số văn bản', en: 'no document number yet' } });
      else if (/ngày/.test(text) && /năm\s*\d{4}/.test(text) && BLANK_DATE.test(text)) found.push({ paragraph: i, what: { vi: 'chưa ghi ngày, tháng', en: 'no day or month yet' } });
      continue;
    }
    const head = ps[i]!.paragraph.text.slice(0, 2000).toLowerCase();
    if (isPlaceholder(ps[i]!) || FILL_IN.some((pattern) => pattern.test(head))) {
      // The words around what is to fill in ("… đường dây nóng 0207.3822.xxx …"), not the paragraph's first words.
      const at = Math.max(0, ...FILL_IN.map((pattern) => pattern.exec(head)?.index ?? -1));
      const text = ps[i]!.paragraph.text;
      const shown = at > 40 ? `…${text.slice(at - 30, at + 30).trim()}` : text.trim().slice(0, 60);
      found.push({ paragraph: i, what: { vi: `còn chỗ phải điền: “${shown}”`, en: `still to fill in: “${shown}”` } });
    }
  }
  const signature = parts.signature.locator?.index;
  if (signature !== undefined) {
    const after = ps.slice(signature + 1, signature + 7).map((p) => p.paragraph.text.normalize('NFC').trim()).filter(Boolean);
    if (!after.some((line) => NAME.test(line))) found.push({ paragraph: signature, what: { vi: 'chưa có họ tên người ký', en: 'no signer\'s name yet' } });
  }
  return found;
}

export const draftUnfinished: Rule = {
  id: 'draft-unfinished',
  severity: 'warning',
  description: { vi: 'Báo cáo chưa hoàn chỉnh: còn chỗ trống, chỗ phải điền hoặc chưa có người ký.', en: 'The report is not finished: blanks, fill-ins or no signer yet.' },
  check: (analysis) => {
    const found = gaps(analysis);
    if (found.length === 0) return [];
    const listed = listPlaces(found);
    const finding: Finding = {
      id: 'draft-unfinished',
      rule: 'draft-unfinished',
      severity: 'warning',
      message: { vi: `Báo cáo chưa hoàn chỉnh: ${listed.vi}.`, en: `The report is not finished: ${listed.en}.` },
      target: { kind: 'document' },
      locator: analysis.prepared.paragraphs[found[0]!.paragraph]!.paragraph.locator,
      action: null,
    };
    return [finding];
  },
};

export const citationAbbreviated: Rule = {
  id: 'citation-abbreviated',
  severity: 'info',
  description: { vi: 'Trích dẫn viết tắt tên loại văn bản.', en: 'A citation abbreviates the document type.' },
  check: ({ prepared, zoning }) => {
    const found: Place[] = [];
    prepared.paragraphs.forEach((p, i) => {
      const zone = zoning.zones[i];
      const heading = p.paragraph.headingSource !== null && p.paragraph.level !== null && p.paragraph.level <= 3;
      if (zone === 'header' || zone === 'closing' || zone === 'title' || heading) return;
      const m = ABBREVIATED.exec(p.paragraph.text.slice(0, 20_000));
      if (m) found.push({ paragraph: i, what: { vi: `“${m[0]}…”`, en: `“${m[0]}…”` } });
    });
    if (found.length === 0) return [];
    const listed = listPlaces(found);
    return [
      {
        id: 'citation-abbreviated',
        rule: 'citation-abbreviated',
        severity: 'info',
        message: {
          vi: `${found.length} đoạn viết tắt tên loại văn bản khi trích dẫn (Nghị định 30/2020/NĐ-CP ghi đủ tên loại: "Quyết định số ..."): ${listed.vi}.`,
          en: `${found.length} paragraph(s) abbreviate the document type in a citation (Decree 30/2020/NĐ-CP writes it in full: "Quyết định số ..."): ${listed.en}.`,
        },
        target: { kind: 'document' },
        locator: prepared.paragraphs[found[0]!.paragraph]!.paragraph.locator,
        action: null,
      },
    ];
  },
};
