import type { Bilingual } from '../../errors/app-error';
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

export const partMissing: Rule = {
  id: 'part-missing',
  severity: 'warning',
  description: { vi: 'Thiếu thành phần thể thức theo Nghị định 30/2020/NĐ-CP.', en: 'A part required by Decree 30/2020/NĐ-CP is missing.' },
  check: ({ parts }) =>
    DOCUMENT_PARTS.filter((part) => !parts[part].present).map((part) => ({
      id: `part-missing:${part}`,
      rule: 'part-missing',
      severity: 'warning',
      message: {
        vi: `Thiếu ${PART_NAMES[part].vi} (Nghị định 30/2020/NĐ-CP, Điều 8).`,
        en: `Missing ${PART_NAMES[part].en} (Decree 30/2020/NĐ-CP, Article 8).`,
      },
      target: { kind: 'part', part },
      locator: null,
      action: { kind: 'insertPart', part },
    })),
};
