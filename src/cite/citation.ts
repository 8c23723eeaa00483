/** A citation found in running text. All spans are offsets in the original text (before normalization). */
import type { Span } from '../text';
import type { DateStyle } from './dates';
import type { CitedDocumentType } from './schema';

export interface CitationDate {
  iso: string;
  /** as written, without "ngày": "01/7/2019", "05 tháng 01 năm 2023", "15-5-2016" */
  raw: string;
  style: DateStyle;
}

export interface ArticleRef {
  dieu: number;
  khoan?: number;
  diem?: string;
}

export interface CitationParts {
  /** the document itself: from the type word to the last part read (date, issuer or subject) */
  document: Span;
  /** the type word; absent for a later number of a list, which shares the first one's */
  type?: Span;
  number?: Span;
  /** a law's name as written, "Phòng, chống tham nhũng" */
  name?: Span;
  /** "năm 2018" after a law's name */
  yearPhrase?: Span;
  date?: Span;
  issuer?: Span;
  subject?: Span;
  /** "điểm b khoản 3 Điều 36" */
  article?: Span;
  /** a comma between "Điều 5" and the document */
  articleComma?: Span;
}

export interface Citation {
  /** the whole citation, article included */
  span: Span;
  text: string;
  type: CitedDocumentType;
  /** số và ký hiệu as written (NFC): "59/2019/NĐ-CP"; absent for a law cited by name only */
  number?: string;
  serial?: string;
  /** the year in the number; for a law cited by name, the year of "năm 2018" */
  year?: number;
  /** the ký hiệu as written: "NĐ-CP", "CT/TU", "QH14" */
  code?: string;
  /** a law's or standard's name as written */
  name?: string;
  party: boolean;
  /** "số" stands before the number */
  hasSo: boolean;
  /** the number follows an earlier one of the same type in a list ("…, 61/2017/QĐ-UBND và …") */
  listed: boolean;
  date?: CitationDate;
  /** a date that is not a real calendar day, as written */
  invalidDate?: string;
  issuerText?: string;
  subjectText?: string;
  article?: ArticleRef;
  registryId?: string;
  parts: CitationParts;
}
