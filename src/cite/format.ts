/**
 * Citations as a report writes them: the full form at the first mention, the short form afterwards, and the
 * căn cứ form of a law (name and date in words, no number).
 */
import { formatDateSlash, formatDateWords } from './dates';
import type { RegistryDocument } from './schema';

const yearOf = (doc: RegistryDocument): string | undefined => doc.date?.slice(0, 4);

function lawTitle(doc: RegistryDocument): string {
  return `Luật ${doc.name ?? ''}`.trim();
}

function standardTitle(doc: RegistryDocument): string {
  return `Tiêu chuẩn quốc gia ${doc.number}`;
}

/** Words a trích yếu opens with that govern it directly ("quy định ...", "ban hành ..."); any other subject takes "về". */
const GOVERNING = /^(về|quy định|ban hành|phê duyệt|hướng dẫn|sửa đổi|bổ sung|bãi bỏ|thực hiện|triển khai|tăng cường|thành lập|kiện toàn|giao|công bố|chỉ đạo|tổ chức|chấn chỉnh|điều chỉnh|xử lý|ủy quyền|phân cấp|quy chế|hủy bỏ)(?![\p{L}])/iu;

/**
 * The trích yếu as it follows the issuer mid-sentence: lower case first (unless it opens with a name or an acronym),
 * "về" where no verb governs it, and not the issuer a second time at its end.
 */
export function subjectAfterIssuer(doc: RegistryDocument): string {
  if (!doc.subject) return '';
  let subject = doc.subject.trim();
  const issuerTail = new RegExp(`\\s+của\\s+${doc.issuer.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'u');
  subject = subject.replace(issuerTail, '');
  const first = subject.split(/\s+/)[0] ?? '';
  if (first !== first.toUpperCase() && /^\p{Lu}\p{Ll}/u.test(first) && GOVERNING.test(subject)) subject = subject.charAt(0).toLocaleLowerCase('vi') + subject.slice(1);
  if (!GOVERNING.test(subject)) subject = `về ${subject}`;
  return subject;
}

/**
 * First mention: "Nghị định số 59/2019/NĐ-CP ngày 01/7/2019 của Chính phủ quy định chi tiết …";
 * a law: "Luật Phòng, chống tham nhũng số 36/2018/QH14 ngày 20/11/2018".
 */
export function formatFull(doc: RegistryDocument): string {
  if (doc.type === 'Tiêu chuẩn') return doc.name ? `${standardTitle(doc)} ${doc.name}` : standardTitle(doc);
  const date = doc.date ? ` ngày ${formatDateSlash(doc.date)}` : '';
  if (doc.type === 'Luật' && doc.name) return `${lawTitle(doc)} số ${doc.number}${date}`;
  const subject = doc.subject ? ` ${subjectAfterIssuer(doc)}` : '';
  return `${doc.type} số ${doc.number}${date} của ${doc.issuer}${subject}`;
}

/** Later mentions: "Nghị định số 59/2019/NĐ-CP"; a law: "Luật Phòng, chống tham nhũng năm 2018". */
export function formatShort(doc: RegistryDocument): string {
  if (doc.type === 'Tiêu chuẩn') return standardTitle(doc);
  const year = yearOf(doc);
  if (doc.type === 'Luật' && doc.name) return year ? `${lawTitle(doc)} năm ${year}` : lawTitle(doc);
  return `${doc.type} số ${doc.number}`;
}

/**
 * The form of a căn cứ line: a law by name and date in words ("Luật Phòng, chống tham nhũng ngày 20 tháng 11 năm 2018"),
 * any other document with its date in words and its issuer and subject.
 */
export function formatBasis(doc: RegistryDocument): string {
  if (doc.type === 'Luật' && doc.name) return doc.date ? `${lawTitle(doc)} ${formatDateWords(doc.date)}` : lawTitle(doc);
  if (doc.type === 'Tiêu chuẩn') return formatFull(doc);
  const date = doc.date ? ` ${formatDateWords(doc.date)}` : '';
  const subject = doc.subject ? ` ${subjectAfterIssuer(doc)}` : '';
  return `${doc.type} số ${doc.number}${date} của ${doc.issuer}${subject}`;
}

/**
 * The opening line that cites it: "Căn cứ" for a legal ground (a law, a legal normative document), "Thực hiện" for an
 * administrative document carried out (a plan, an official letter, an individual decision, a Party document).
 */
export function formatBasisLine(doc: RegistryDocument): string {
  const legal = doc.normative || doc.type === 'Luật';
  return `${legal ? 'Căn cứ' : 'Thực hiện'} ${formatBasis(doc)};`;
}
