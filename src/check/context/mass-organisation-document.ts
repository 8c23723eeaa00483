/**
 * Whether a report is a document of a socio-political organisation that writes by its own rules, not by Nghị định
 * 30/2020/NĐ-CP: the Đoàn TNCS Hồ Chí Minh (Hướng dẫn số 29-HD/TWĐTN-VP ngày 29/10/2013 của Ban Bí thư Trung ương Đoàn,
 * thể thức văn bản của Đoàn), the Hội Nông dân, the Hội Liên hiệp Phụ nữ, the Hội Cựu chiến binh. Their title
 * ("ĐOÀN TNCS HỒ CHÍ MINH", "HỘI NÔNG DÂN VIỆT NAM") stands where a state document has the Quốc hiệu, and their numbers
 * are written "Số: 27-BC/ĐTN", "Số: 15-KH/HND" (a hyphen between the number and the type, a slash before the issuing
 * body, as that Hướng dẫn and Quyết định 367-QĐ/TWĐTN-VP are numbered themselves).
 *
 * What the rules rely on is only that much: the number line and the title. Everything else (fonts, recipients, signer)
 * is judged as before. Read from the report itself, never from the plan. (The Mặt trận and the Công đoàn number their
 * documents as the state does: they are not among these.)
 */
import type { Bilingual } from '../../errors/app-error';
import { foldForCompare } from '../../text';
import type { PreparedDocument } from '../prepare';
import type { Zoning } from '../zones';
import { headerLines } from './header-lines';

export interface MassOrganisationDocument {
  organisation: 'doan' | 'hoi';
  /** 'title': "ĐOÀN TNCS HỒ CHÍ MINH", "HỘI NÔNG DÂN VIỆT NAM"; 'body': a header line names one of its bodies. */
  signal: 'title' | 'body';
  /** The header paragraph that says so. */
  index: number;
}

export const HD29_TWDTN = {
  vi: 'Hướng dẫn 29-HD/TWĐTN-VP về thể thức văn bản của Đoàn',
  en: 'Guideline 29-HD/TWĐTN-VP on the form of Youth Union documents',
} as const satisfies Bilingual;

const HOI = '(?:nông dân|liên hiệp phụ nữ|cựu chiến binh)';

/** The title of such a document, alone on its line. */
export const MASS_ORGANISATION_TITLE = new RegExp(`^(?:đoàn (?:tncs|thanh niên cộng sản) hồ chí minh|hội ${HOI} việt nam)$`, 'u');

/**
 * A Đoàn body's name as a governing or issuing line writes it (plain text): "tỉnh đoàn ...", "thành đoàn ...", "huyện
 * đoàn ...", "đoàn tỉnh ...", "đoàn trường ...", "đoàn khối ...", "đoàn thanh niên ...", "đoàn tncs ...", with "ban chấp
 * hành", "bch" or "ban thường vụ" before it. Not "đoàn thanh tra", "đoàn kiểm tra", "đoàn công tác" (teams), nor "công
 * đoàn" (the trade union): none of them is named here.
 */
const DOAN_BODY =
  /^(?:(?:ban chấp hành|bch|ban thường vụ|btv)\s+)?(?:(?:tỉnh|thành|huyện|quận|thị) đoàn|đoàn (?:tncs|thanh niên|tỉnh|thành phố|huyện|xã|phường|trường|khối|cơ sở|viện|bệnh viện|sở|công ty|cơ quan))(?![\p{L}\p{N}])/u;

/** A Hội's body: "HỘI NÔNG DÂN TỈNH …", "BCH HỘI LIÊN HIỆP PHỤ NỮ XÃ …", "BAN THƯỜNG VỤ HỘI CỰU CHIẾN BINH …". */
const HOI_BODY = new RegExp(`^(?:(?:ban chấp hành|bch|ban thường vụ|btv)\\s+)?hội ${HOI}(?![\\p{L}\\p{N}])`, 'u');

/** "Số: 27-BC/ĐTN", "Số 27-BC/ĐTN", "Số: 27 - BC/TĐTN-VP" as typed (NFC). */
export const MASS_ORGANISATION_REPORT_NUMBER = /^Số:?\s?\d+\s?-\s?BC\s?\/\s?[\p{Lu}\p{N}][\p{L}\p{N}]*([-&][\p{Lu}\p{N}][\p{L}\p{N}]*)*$/u;

/** A short line in capitals naming a Đoàn body ('doan') or a Hội's ('hoi'); null otherwise. */
export function massOrganisationOfLine(text: string): MassOrganisationDocument['organisation'] | null {
  const line = text.trim();
  if (line.length < 4 || line.length > 120 || line !== line.toUpperCase() || !/\p{L}/u.test(line)) return null;
  const plain = foldForCompare(line);
  return DOAN_BODY.test(plain) ? 'doan' : HOI_BODY.test(plain) ? 'hoi' : null;
}

/** The report is such an organisation's when its header carries the title or names one of its bodies. */
export function detectMassOrganisationDocument(doc: PreparedDocument, zoning: Zoning): MassOrganisationDocument | null {
  const lines = headerLines(doc, zoning);
  const title = lines.find((l) => MASS_ORGANISATION_TITLE.test(l.plain));
  if (title) return { organisation: title.plain.startsWith('đoàn') ? 'doan' : 'hoi', signal: 'title', index: title.index };
  for (const l of lines) {
    const organisation = massOrganisationOfLine(l.text);
    if (organisation) return { organisation, signal: 'body', index: l.index };
  }
  return null;
}
