/** The parts of an administrative document that Nghị định 30/2020/NĐ-CP Điều 8 requires (for a Party document, those of
 * Hướng dẫn 36-HD/VPTW, mục II, khoản 1), found by their form. */
import { foldForCompare } from '../text';
import { PARTY_AUTHORITY, PARTY_NUMBER_LINE } from './context/party-document';
import { MASS_ORGANISATION_TITLE } from './context/mass-organisation-document';
import type { PreparedDocument } from './prepare';
import type { Zoning } from './zones';
import type { DocumentPart, SectionStatus } from './types';

/**
 * The signer's title line: an authority prefix (TM., KT., TL., TUQ., Q.) or a title of any kind of body ("GIÁM ĐỐC",
 * "PHÓ CHỦ TỊCH", "CHÁNH THANH TRA", "CHI CỤC TRƯỞNG", "HIỆU TRƯỞNG", "BÍ THƯ", a newspaper's "TỔNG BIÊN TẬP"). Read on the plain text: the match key
 * expands "KT." into "ký thay".
 */
const SIGNER = /^((kt|tm|tl|tuq|q)\.\s*\p{L}|(phó )?(giám đốc|tổng giám đốc|tổng biên tập|chủ tịch|chánh\b|thủ trưởng|bí thư|người ký|chỉ huy trưởng|trưởng\b)|(\p{L}+ )?(\p{L}+ )?trưởng\b)/u;

/** A Party document's signer besides those: "CHỦ NHIỆM" (of a Ủy ban kiểm tra) under "T/M ỦY BAN KIỂM TRA". */
const PARTY_SIGNER = /^(phó )?chủ nhiệm\b/u;

const HEADER_CHARS = 300;

/** The rules a document follows: the state's (Nghị định 30/2020/NĐ-CP), the Party's (Hướng dẫn 36-HD/VPTW) or a
 * socio-political organisation's own (the Đoàn's Hướng dẫn 29-HD/TWĐTN-VP, a Hội's). */
export type DocumentKind = 'state' | 'party' | 'massOrganisation';

/** A Party document's title "ĐẢNG CỘNG SẢN VIỆT NAM", a Đoàn's "ĐOÀN TNCS HỒ CHÍ MINH", a Hội's "HỘI NÔNG DÂN VIỆT NAM" stands for the Quốc hiệu;
 * a Party document's signer's authority is written "T/M", "K/T", "T/L", "T/U". */
export function detectParts(doc: PreparedDocument, zoning: Zoning, kind: DocumentKind = 'state'): Record<DocumentPart, SectionStatus> {
  const party = kind === 'party';
  const ps = doc.paragraphs;
  const headerEnd = zoning.typeLine >= 0 ? zoning.typeLine : Math.min(ps.length, 12);
  // Header lines are short: patterns see at most their first HEADER_CHARS characters, so that no paragraph, however
  // long, can make a pattern backtrack without end.
  const inHeader = (test: (key: string, i: number) => boolean): number => {
    for (let i = 0; i < headerEnd; i += 1) if (test(ps[i]!.key.slice(0, HEADER_CHARS), i)) return i;
    return -1;
  };
  const quocHieu = inHeader((k) => k.includes('cộng hòa xã hội chủ nghĩa việt nam'));
  const tieuNgu = inHeader((k) => /độc lập\s*-\s*tự do\s*-\s*hạnh phúc/.test(k));
  const ownTitle =
    kind === 'party' ? inHeader((k) => /^đảng cộng sản việt nam(?![\p{L}\p{N}])/u.test(k))
    : kind === 'massOrganisation' ? inHeader((k) => MASS_ORGANISATION_TITLE.test(k.replace(/[\s\-–—_=*]+$/u, '')))
    : -1;
  const agency = inHeader((k, i) => {
    const text = ps[i]!.paragraph.text.slice(0, HEADER_CHARS).trim();
    return text.length > 2 && text === text.toUpperCase() && /\p{L}/u.test(text) && !/cộng hòa|độc lập|^số/.test(k);
  });
  // A Party document's number ("Số 04-BC/CB"), and any "Số" line with a figure and a slash that rule layout-number
  // judges: its form is that rule's to judge, so that one number line never makes two findings.
  const partyNumber = (i: number) => {
    const plain = foldForCompare(ps[i]!.paragraph.text.slice(0, HEADER_CHARS));
    return PARTY_NUMBER_LINE.test(plain) || (/^số(?!\p{L})/u.test(plain) && /\d/.test(plain) && plain.includes('/'));
  };
  // (A state report numbered "Số: 27-BC/ĐTN" has a number: rule layout-number says its form is not Nghị định 30's; it is
  // not also missing.)
  const number = inHeader((k, i) => /^số:?\s*[\d.…]*\s*\/\s*\p{L}/u.test(k) || partyNumber(i));
  const placeDate = inHeader((k) => /^[\p{L} .]+, ngày[\s.…\d]*tháng[\s.…\d]*năm\s*\d{4}/u.test(k));
  const typeAndSubject = zoning.typeLine >= 0 && zoning.title.length > 0 ? zoning.typeLine : -1;
  let recipients = -1;
  let signature = -1;
  for (let i = ps.length - 1; i >= Math.max(0, ps.length - 40); i -= 1) {
    const key = ps[i]!.key.slice(0, HEADER_CHARS);
    if (recipients < 0 && /^nơi nhận:?/.test(key)) recipients = i;
    const plain = foldForCompare(ps[i]!.paragraph.text.slice(0, 60));
    const signer = SIGNER.test(plain) || (party && (PARTY_AUTHORITY.test(plain) || PARTY_SIGNER.test(plain)));
    if (signature < 0 && plain.length < 60 && signer && i + 1 < ps.length) signature = i;
  }
  const status = (index: number): SectionStatus => ({ present: index >= 0, locator: index >= 0 ? ps[index]!.paragraph.locator : null });
  return {
    issuingAgency: status(agency),
    numberAndSymbol: status(number),
    nationalTitle: status(quocHieu >= 0 && tieuNgu >= 0 ? quocHieu : ownTitle),
    placeAndDate: status(placeDate),
    typeAndSubject: status(typeAndSubject),
    signature: status(signature),
    recipients: status(recipients),
  };
}
