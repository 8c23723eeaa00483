/**
 * Whether a report is a document of the Đoàn TNCS Hồ Chí Minh (a Tỉnh đoàn's, a Đoàn trường's, a Đoàn cơ sở's). The Đoàn
 * writes its documents by its own rules (Hướng dẫn số 29-HD/TWĐTN-VP ngày 29/10/2013 của Ban Bí thư Trung ương Đoàn,
 * thể thức văn bản của Đoàn), not by Nghị định 30/2020/NĐ-CP: its title "ĐOÀN TNCS HỒ CHÍ MINH" stands where a state
 * document has the Quốc hiệu, and its number is written "Số: 27-BC/ĐTN" (a hyphen between the number and the type, a
 * slash before the issuing body, as that Hướng dẫn and Quyết định 367-QĐ/TWĐTN-VP are numbered themselves).
 *
 * What the rules rely on is only that much: the number line and the title. Everything else (fonts, recipients, signer)
 * is judged as before. Read from the report itself, never from the plan.
 */
import { foldForCompare } from '../../text';
import type { Bilingual } from '../../errors/app-error';
import type { PreparedDocument } from '../prepare';
import type { Zoning } from '../zones';
import { headerLines } from './header-lines';

export interface YouthUnionDocument {
  /** 'title': "ĐOÀN TNCS HỒ CHÍ MINH"; 'body': a governing or issuing line names a Đoàn body ("BCH ĐOÀN TRƯỜNG ..."). */
  signal: 'title' | 'body';
  /** The header paragraph that says so. */
  index: number;
}

export const HD29_TWDTN = {
  vi: 'Hướng dẫn 29-HD/TWĐTN-VP về thể thức văn bản của Đoàn',
  en: 'Guideline 29-HD/TWĐTN-VP on the form of Youth Union documents',
} as const satisfies Bilingual;

/** The title of a Đoàn document, alone on its line. */
const TITLE = /^đoàn (?:tncs|thanh niên cộng sản) hồ chí minh$/u;

/**
 * A Đoàn body's name as a governing or issuing line writes it (plain text): "tỉnh đoàn ...", "thành đoàn ...", "huyện
 * đoàn ...", "đoàn tỉnh ...", "đoàn trường ...", "đoàn khối ...", "đoàn thanh niên ...", "đoàn tncs ...", with "ban chấp
 * hành", "bch" or "ban thường vụ" before it. Not "đoàn thanh tra", "đoàn kiểm tra", "đoàn công tác" (teams), nor "công
 * đoàn" (the trade union): none of them is named here.
 */
const BODY =
  /^(?:(?:ban chấp hành|bch|ban thường vụ|btv)\s+)?(?:(?:tỉnh|thành|huyện|quận|thị) đoàn|đoàn (?:tncs|thanh niên|tỉnh|thành phố|huyện|xã|phường|trường|khối|cơ sở|viện|bệnh viện|sở|công ty|cơ quan))(?![\p{L}\p{N}])/u;

/** "Số: 27-BC/ĐTN", "Số 27-BC/ĐTN", "Số: 27 - BC/TĐTN-VP" as typed (NFC). */
export const YOUTH_UNION_REPORT_NUMBER = /^Số:?\s?\d+\s?-\s?BC\s?\/\s?[\p{Lu}\p{N}][\p{L}\p{N}]*([-&][\p{Lu}\p{N}][\p{L}\p{N}]*)*$/u;

/** A short line in capitals naming a Đoàn body. */
export function isYouthUnionBodyLine(text: string): boolean {
  const line = text.trim();
  if (line.length < 4 || line.length > 120 || line !== line.toUpperCase() || !/\p{L}/u.test(line)) return false;
  return BODY.test(foldForCompare(line));
}

/** The report is the Đoàn's when its header carries the title "ĐOÀN TNCS HỒ CHÍ MINH" or names a Đoàn body. */
export function detectYouthUnionDocument(doc: PreparedDocument, zoning: Zoning): YouthUnionDocument | null {
  const lines = headerLines(doc, zoning);
  const title = lines.find((l) => TITLE.test(l.plain));
  if (title) return { signal: 'title', index: title.index };
  const body = lines.find((l) => isYouthUnionBodyLine(l.text));
  return body ? { signal: 'body', index: body.index } : null;
}
