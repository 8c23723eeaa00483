/** The citation findings' messages, in Vietnamese and English. */
import type { Bilingual } from '../errors/app-error';
import { formatDateSlash } from './dates';
import type { SymbolProblem } from './symbol';

const q = (text: string): string => `“${text}”`;

export const messages = {
  dateMismatch: (cited: string, registered: string, number: string): Bilingual => ({
    vi: `Ngày ban hành của văn bản số ${number} là ${formatDateSlash(registered)}, không phải ${cited}.`,
    en: `Document ${number} was issued on ${formatDateSlash(registered)}, not ${cited}.`,
  }),
  dateInvalid: (raw: string): Bilingual => ({
    vi: `${q(raw)} không phải một ngày có thật.`,
    en: `${q(raw)} is not a real calendar date.`,
  }),
  missingSo: (number: string): Bilingual => ({
    vi: `Thiếu chữ "số" trước số, ký hiệu ${number}.`,
    en: `The word "số" is missing before ${number}.`,
  }),
  symbol: (problem: SymbolProblem, written: string, right: string): Bilingual => {
    const why: Record<SymbolProblem, Bilingual> = {
      spaces: { vi: 'có khoảng trắng bên trong', en: 'has spaces inside' },
      case: { vi: 'phải viết in hoa', en: 'must be in capitals' },
      hyphen: { vi: 'thiếu dấu gạch nối giữa các nhóm chữ', en: 'lacks the hyphen between its parts' },
      'd-stroke': { vi: 'viết "D" thay cho "Đ"', en: 'has "D" where "Đ" belongs' },
      form: { vi: 'không đúng dạng', en: 'is not in its proper form' },
    };
    return {
      vi: `Ký hiệu ${q(written)} ${why[problem].vi}; viết đúng: ${q(right)}.`,
      en: `The symbol ${q(written)} ${why[problem].en}; write ${q(right)}.`,
    };
  },
  yearMissing: (number: string, right?: string): Bilingual => ({
    vi: `Văn bản quy phạm pháp luật phải có năm ban hành trong số, ký hiệu: ${q(number)}${right ? ` → ${q(right)}` : ''}.`,
    en: `A legal normative document carries its year in the number: ${q(number)}${right ? ` → ${q(right)}` : ''}.`,
  }),
  yearUnexpected: (number: string, right?: string): Bilingual => ({
    vi: `Văn bản hành chính không ghi năm trong số, ký hiệu: ${q(number)}${right ? ` → ${q(right)}` : ''}.`,
    en: `An administrative document does not carry the year in its number: ${q(number)}${right ? ` → ${q(right)}` : ''}.`,
  }),
  replaced: (cited: string, successor: string, from: string, presumed: boolean): Bilingual => ({
    vi: `${cited} đã được thay thế bởi ${successor} từ ngày ${formatDateSlash(from)}${presumed ? ' (theo giả định, cần kiểm tra)' : ''}.`,
    en: `${cited} was replaced by ${successor} from ${formatDateSlash(from)}${presumed ? ' (presumed; to be checked)' : ''}.`,
  }),
  notYetIssued: (cited: string, date: string, reportDate: string): Bilingual => ({
    vi: `${cited} ban hành ngày ${formatDateSlash(date)}, sau ngày của báo cáo (${formatDateSlash(reportDate)}).`,
    en: `${cited} was issued on ${formatDateSlash(date)}, after the report's date (${formatDateSlash(reportDate)}).`,
  }),
  firstMentionShort: (cited: string): Bilingual => ({
    vi: `Lần đầu nhắc đến ${cited} cần ghi đầy đủ: số, ký hiệu, ngày ban hành, cơ quan ban hành và trích yếu.`,
    en: `The first mention of ${cited} should be in full: number, date, issuer and subject.`,
  }),
  unknown: (cited: string): Bilingual => ({
    vi: `${q(cited)} không có trong danh mục văn bản; chưa kiểm tra được ngày và ký hiệu.`,
    en: `${q(cited)} is not in the document registry; its date and symbol were not checked.`,
  }),
  articleComma: (article: string): Bilingual => ({
    vi: `Không đặt dấu phẩy giữa ${q(article)} và tên văn bản.`,
    en: `No comma between ${q(article)} and the document's name.`,
  }),
  lawName: (written: string, right: string): Bilingual => ({
    vi: `Tên luật viết đúng là ${q(right)} (viết hoa chữ đầu của tên), không phải ${q(written)}.`,
    en: `The law's name is written ${q(right)} (first letter of the name capitalised), not ${q(written)}.`,
  }),
  dateForm: (raw: string, right: string): Bilingual => ({
    vi: `Ngày ${q(raw)} viết theo Nghị định 30/2020/NĐ-CP là ${q(right)} (thêm số 0 trước ngày nhỏ hơn 10 và tháng 1, 2).`,
    en: `Under Decree 30/2020/NĐ-CP the date ${q(raw)} is written ${q(right)} (a leading zero for days under 10 and for months 1 and 2).`,
  }),
};
