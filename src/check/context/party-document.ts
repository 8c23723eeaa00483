/**
 * Whether a report is a document of the Party (văn bản của Đảng): a chi bộ's, a đảng ủy's, a Ủy ban kiểm tra's, a
 * Văn phòng or Ban of a cấp ủy. Such a document follows Hướng dẫn số 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương
 * Đảng (thể thức và kỹ thuật trình bày văn bản của Đảng), not Nghị định 30/2020/NĐ-CP, and the layout rules judge it
 * by that Hướng dẫn. Read from the report itself, never from the plan: the same plan's units may write either kind.
 *
 * What HD 36 says that the rules rely on (mục II, khoản 1; Phụ lục 3):
 * - 1.1: the title "ĐẢNG CỘNG SẢN VIỆT NAM" (top right) is what makes a document the Party's;
 * - 1.3 and Phụ lục 3: "Số 127-QĐ/TW", "Số 24-BS/UBKTTU": no colon after "Số", a hyphen between the number and the
 *   type's abbreviation, a slash before the issuing body's;
 * - 1.7: the signer's authority is written "T/M" (thay mặt), "K/T" (ký thay), "T/L" (thừa lệnh), "T/U" (thừa ủy quyền);
 * - 1.9: recipients one a line, each opening with "-" and ending with ",", the last "- Lưu ..." with "." (as Party
 *   documents write them; the words of point 1.9 itself could not be read when this was written, so the rule accepts
 *   ";" there too and does not judge the font of "Nơi nhận").
 */
import { foldForCompare } from '../../text';
import type { Bilingual } from '../../errors/app-error';
import type { PreparedDocument } from '../prepare';
import type { Zoning } from '../zones';
import { headerLines } from './header-lines';

/** What in the header says the report is a Party document. */
export interface PartyDocument {
  /** 'body': a governing or issuing line names a Party body; 'title': "ĐẢNG CỘNG SẢN VIỆT NAM"; 'number': "Số 04-BC/CB". */
  signal: 'body' | 'title' | 'number';
  /** The header paragraph that says so. */
  index: number;
}

/** The Hướng dẫn, and the point of it a finding rests on, as a finding cites it. */
export const HD36 = {
  parts: { vi: 'Hướng dẫn 36-HD/VPTW, mục II, khoản 1', en: 'Guideline 36-HD/VPTW, Section II, clause 1' },
  number: { vi: 'Hướng dẫn 36-HD/VPTW, mục II, điểm 1.3 và Phụ lục 3', en: 'Guideline 36-HD/VPTW, Section II, point 1.3 and Appendix 3' },
  recipients: { vi: 'Hướng dẫn 36-HD/VPTW, mục II, điểm 1.9', en: 'Guideline 36-HD/VPTW, Section II, point 1.9' },
} as const satisfies Record<string, Bilingual>;

/** A cấp ủy by its place: "tỉnh ủy", "huyện ủy", "đảng ủy" (never "... ủy ban"). */
const CAP_UY = '(?:đảng|tỉnh|thành|huyện|quận|thị|khu) ủy(?! ban)';

/**
 * A Party body's name, as a governing or issuing line writes it (on the plain text: lower case, "uỷ" as "ủy"):
 * "chi bộ ...", "đảng bộ ...", "đảng ủy ...", "tỉnh ủy ...", "đảng đoàn ...", "ban cán sự đảng ..."; the committees,
 * offices and boards of a cấp ủy ("ủy ban kiểm tra đảng ủy", "văn phòng huyện ủy", "ban tổ chức tỉnh ủy",
 * "ban thường vụ đảng ủy"), and "ban chấp hành đảng bộ". "Ủy ban kiểm tra", "Ban thường vụ", "Ban chấp hành" alone are not
 * enough: a Công đoàn, the Đoàn and the Hội have them too.
 */
const PARTY_BODY = new RegExp(
  `^(?:chi bộ|đảng bộ|đảng đoàn|ban cán sự đảng|${CAP_UY}|` +
    `(?:ủy ban kiểm tra|văn phòng|ban thường vụ|ban chấp hành|ban)\\s.*(?:${CAP_UY}|đảng bộ|trung ương đảng))(?![\\p{L}\\p{N}])`,
  'u',
);

/** The title of a Party document, alone on its line (a rule drawn under it with "-" or "_" set aside). */
const PARTY_TITLE = /^đảng cộng sản việt nam$/u;

/** The state's Quốc hiệu or Tiêu ngữ. */
const STATE_TITLE = /cộng hòa xã hội chủ nghĩa việt nam|^độc lập\s*[-–—]\s*tự do/u;

/** "Số: 148/BC-BPTTH" (plain text): the state's form, a slash between the number and the type. */
const STATE_NUMBER_LINE = /^số\s*:?\s*[\d.…_]+\s*\/\s*\p{L}+\s*-\s*\p{L}/u;

/** "Số 04-BC/CB", "Số: 04-BC/CB", "Số ...-BC/CB" (plain text): a number, a hyphen, the type, a slash. */
export const PARTY_NUMBER_LINE = /^số\s*:?\s*[\d.…_\s]*-\s*\p{L}+\s*\/\s*\p{L}/u;

/** "Số 04-BC/CB" as HD 36 writes a report's number (as typed, NFC): no colon; BC; the body's abbreviation after "/". */
export const PARTY_REPORT_NUMBER = /^Số \d+\s?-\s?BC\s?\/\s?[\p{Lu}\p{N}][\p{L}\p{N}]*([-&][\p{Lu}\p{N}][\p{L}\p{N}]*)*$/u;

/** The signer's authority in a Party document, with a slash: "T/M CHI BỘ", "K/T BÍ THƯ", "T/L", "T/U" (plain text). */
export const PARTY_AUTHORITY = /^(?:t\s?\/\s?[mlu]|k\s?\/\s?t)\s*\p{L}/u;

/** A governing or issuing line naming a Party body: short, in capitals, and a Party body's name. */
export function isPartyBodyLine(text: string): boolean {
  const line = text.trim();
  if (line.length < 4 || line.length > 120 || line !== line.toUpperCase() || !/\p{L}/u.test(line)) return false;
  return PARTY_BODY.test(foldForCompare(line));
}

/**
 * The report is a Party document when its header names a Party body or carries the title "ĐẢNG CỘNG SẢN VIỆT NAM"; or
 * when its number is in the Party's form ("Số 04-BC/CB") and nothing in the header is the state's (a Quốc hiệu, a Tiêu
 * ngữ): a state body's report that only slips into that form stays a state document, judged by Nghị định 30. Null for a
 * state document.
 */
export function detectPartyDocument(doc: PreparedDocument, zoning: Zoning): PartyDocument | null {
  const lines = headerLines(doc, zoning);
  const title = lines.find((l) => PARTY_TITLE.test(l.plain));
  if (title) return { signal: 'title', index: title.index };
  const stateTitle = lines.some((l) => STATE_TITLE.test(l.plain));
  // (A body under a cấp ủy that writes the Quốc hiệu and numbers its report as the state does, "TỈNH ỦY QUẢNG NGÃI / BÁO
  // VÀ PHÁT THANH, TRUYỀN HÌNH" with "Số: 148/BC-BPTTH", has chosen the state's form: it is judged by Nghị định 30.)
  if (stateTitle && lines.some((l) => STATE_NUMBER_LINE.test(l.plain))) return null;
  const body = lines.find((l) => isPartyBodyLine(l.text));
  if (body) return { signal: 'body', index: body.index };
  if (stateTitle) return null;
  const number = lines.find((l) => PARTY_NUMBER_LINE.test(l.plain));
  return number ? { signal: 'number', index: number.index } : null;
}
