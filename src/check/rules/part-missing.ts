import type { Bilingual } from '../../errors/app-error';
import { HD36 } from '../context/party-document';
import { HD29_TWDTN } from '../context/mass-organisation-document';
import type { Rule } from '../rule';
import { DOCUMENT_PARTS, type DocumentPart } from '../types';

export const PART_NAMES: Record<DocumentPart, Bilingual> = {
  issuingAgency: { vi: 'tên cơ quan, đơn vị ban hành', en: 'the issuing body' },
  numberAndSymbol: { vi: 'số, ký hiệu văn bản ("Số: .../BC-...")', en: 'the number and symbol ("Số: .../BC-...")' },
  nationalTitle: { vi: 'Quốc hiệu và Tiêu ngữ', en: 'the national title and motto' },
  placeAndDate: { vi: 'địa danh và thời gian ban hành', en: 'the place and date of issue' },
  typeAndSubject: { vi: 'tên loại ("BÁO CÁO") và trích yếu nội dung', en: 'the document type ("BÁO CÁO") and subject line' },
  signature: { vi: 'chức vụ, họ tên người ký', en: 'the signer\'s position and name' },
  recipients: { vi: 'nơi nhận', en: 'the recipients ("Nơi nhận")' },
};

/** The same parts as Hướng dẫn 36-HD/VPTW names them for a Party document. */
export const PARTY_PART_NAMES: Record<DocumentPart, Bilingual> = {
  issuingAgency: { vi: 'tên cơ quan ban hành văn bản', en: 'the issuing body' },
  numberAndSymbol: { vi: 'số và ký hiệu văn bản ("Số ...-BC/...")', en: 'the number and symbol ("Số ...-BC/...")' },
  nationalTitle: { vi: 'tiêu đề "ĐẢNG CỘNG SẢN VIỆT NAM"', en: 'the heading "ĐẢNG CỘNG SẢN VIỆT NAM"' },
  placeAndDate: { vi: 'địa danh và ngày, tháng, năm ban hành văn bản', en: 'the place and date of issue' },
  typeAndSubject: { vi: 'tên loại ("BÁO CÁO") và trích yếu nội dung văn bản', en: 'the document type ("BÁO CÁO") and subject line' },
  signature: { vi: 'quyền hạn, chức vụ, họ tên người ký', en: 'the signer\'s authority, position and name' },
  recipients: { vi: 'nơi nhận văn bản', en: 'the recipients ("Nơi nhận")' },
};

/** A Đoàn's or a Hội's document's parts: the state's, but for its title that may stand for the Quốc hiệu. */
export const MASS_ORGANISATION_PART_NAMES: Record<DocumentPart, Bilingual> = {
  ...PART_NAMES,
  nationalTitle: { vi: 'tiêu đề của tổ chức ("ĐOÀN TNCS HỒ CHÍ MINH", "HỘI NÔNG DÂN VIỆT NAM"…) hoặc Quốc hiệu và Tiêu ngữ', en: 'the organisation\'s heading ("ĐOÀN TNCS HỒ CHÍ MINH", "HỘI NÔNG DÂN VIỆT NAM"…) or the national title and motto' },
};

const ND30_ARTICLE_8 = { vi: 'Nghị định 30/2020/NĐ-CP, Điều 8', en: 'Decree 30/2020/NĐ-CP, Article 8' };

export const partMissing: Rule = {
  id: 'part-missing',
  severity: 'warning',
  description: { vi: 'Thiếu thành phần thể thức theo Nghị định 30/2020/NĐ-CP (văn bản của Đảng: Hướng dẫn 36-HD/VPTW; của Đoàn: Hướng dẫn 29-HD/TWĐTN-VP).', en: 'A part required by Decree 30/2020/NĐ-CP (a Party document: Guideline 36-HD/VPTW; a Youth Union document: Guideline 29-HD/TWĐTN-VP) is missing.' },
  check: ({ parts, party, massOrganisation }) => {
    const names = party ? PARTY_PART_NAMES : massOrganisation ? MASS_ORGANISATION_PART_NAMES : PART_NAMES;
    // (A Hội's own rules could not be read when this was written: its parts are named as Nghị định 30 names them.)
    const source = party ? HD36.parts : massOrganisation?.organisation === 'doan' ? HD29_TWDTN : ND30_ARTICLE_8;
    return DOCUMENT_PARTS.filter((part) => !parts[part].present).map((part) => ({
      id: `part-missing:${part}`,
      rule: 'part-missing',
      severity: 'warning',
      message: {
        vi: `Thiếu ${names[part].vi} (${source.vi}).`,
        en: `Missing ${names[part].en} (${source.en}).`,
      },
      target: { kind: 'part', part },
      locator: null,
      action: { kind: 'insertPart', part },
    }));
  },
};
