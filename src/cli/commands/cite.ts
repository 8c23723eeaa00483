/**
 * pctn cite QUERY: the registry document the query means, in full (first mention), short and opening-line form, with
 * the facts the registry has not checked marked as such; "not found" when nothing matches well enough.
 * Exit codes: 0 a document found; 1 none found; 2 bad usage.
 */
import { answerFor, defaultRegistry, formatBasisLine, formatFull, formatShort } from '../../cite';
import { formatDateSlash } from '../../cite/dates';
import type { RegistryDocument } from '../../cite/schema';
import { EXIT_FINDINGS, EXIT_OK, type CliIO, type Lang } from '../io';
import { UsageError } from '../usage-error';

/** The longest query read; a query is echoed back at most this long. */
const MAX_QUERY = 200;
const ECHO = 80;

const FIELD_NAMES: Record<string, { vi: string; en: string }> = {
  number: { vi: 'số, ký hiệu', en: 'number' },
  name: { vi: 'tên', en: 'name' },
  date: { vi: 'ngày ban hành', en: 'date of issue' },
  issuer: { vi: 'cơ quan ban hành', en: 'issuer' },
  subject: { vi: 'trích yếu', en: 'subject' },
  effective: { vi: 'ngày hiệu lực', en: 'effective date' },
  replacedBy: { vi: 'văn bản thay thế', en: 'replacement' },
  amendedBy: { vi: 'văn bản sửa đổi', en: 'amendments' },
  keywords: { vi: 'từ khóa', en: 'keywords' },
};

/** The registry's unchecked facts of a document, a presumed replacement among them. */
function unverifiedOf(doc: RegistryDocument): string[] {
  const fields = [...(doc.unverified ?? [])];
  if (doc.replacedBy?.presumed && !fields.includes('replacedBy')) fields.push('replacedBy');
  return fields;
}

export function runCiteCommand(args: { query: string[]; json: boolean; lang: Lang }, io: CliIO): number {
  const query = args.query.join(' ').trim().slice(0, MAX_QUERY);
  if (!query) throw new UsageError({ vi: 'Cần từ khóa tìm văn bản, ví dụ: pctn cite "nghi dinh 59"', en: 'Expected a query, for example: pctn cite "nghi dinh 59"' });
  const answer = answerFor(query);
  const t = (vi: string, en: string) => (args.lang === 'vi' ? vi : en);
  const describe = (document: RegistryDocument) => ({
    id: document.id,
    number: document.number,
    type: document.type,
    full: formatFull(document),
    short: formatShort(document),
    basis: formatBasisLine(document),
    unverified: unverifiedOf(document),
  });
  if (args.json) {
    io.stdout(JSON.stringify({ found: answer.reason, document: answer.document ? describe(answer.document) : null, candidates: answer.candidates.map((c) => describe(c.document)) }, null, 2) + '\n');
    return answer.document ? EXIT_OK : EXIT_FINDINGS;
  }
  const shown = query.length > ECHO ? `${query.slice(0, ECHO)}…` : query;
  if (answer.reason === 'ambiguous') {
    io.stdout(t(`Nhiều văn bản cùng khớp "${shown}"; hãy gõ số, ký hiệu hoặc thêm từ để chọn một:\n`, `Several documents match "${shown}" as well; type the number or more words to pick one:\n`));
    for (const hit of answer.candidates) io.stdout(`  ${formatShort(hit.document)}\n`);
    return EXIT_FINDINGS;
  }
  if (!answer.document) {
    io.stdout(t(`Không tìm thấy văn bản nào khớp "${shown}" trong danh mục. Hãy gõ số, ký hiệu (59/2019/NĐ-CP) hoặc tên đầy đủ hơn.\n`, `No document of the registry matches "${shown}". Try its number (59/2019/NĐ-CP) or a fuller name.\n`));
    return EXIT_FINDINGS;
  }
  const doc = answer.document;
  const others = answer.candidates;
  io.stdout(`${t('Lần đầu (đầy đủ)', 'First mention (full)')}: ${formatFull(doc)}\n`);
  io.stdout(`${t('Lần sau (rút gọn)', 'Later mentions (short)')}: ${formatShort(doc)}\n`);
  io.stdout(`${t('Dòng dẫn', 'Opening line')}: ${formatBasisLine(doc)}\n`);
  const unchecked = unverifiedOf(doc);
  if (unchecked.length) {
    const names = unchecked.map((f) => FIELD_NAMES[f]?.[args.lang] ?? f).join(', ');
    io.stdout(t(`Chưa kiểm chứng: ${names} (đối chiếu với văn bản gốc trước khi dùng).\n`, `Not verified: ${names} (check against the original before use).\n`));
  }
  if (doc.replacedBy) {
    const by = defaultRegistry.get(doc.replacedBy.id);
    const name = by ? formatShort(by) : doc.replacedBy.id;
    const when = formatDateSlash(doc.replacedBy.from);
    const presumed = doc.replacedBy.presumed ? t(' (giả định, chưa kiểm chứng)', ' (presumed, not verified)') : '';
    io.stdout(t(`Lưu ý: được thay thế bởi ${name} từ ngày ${when}${presumed}.\n`, `Note: replaced by ${name} from ${when}${presumed}.\n`));
  }
  if (others.length) {
    io.stdout(t('Văn bản khác khớp:\n', 'Other matches:\n'));
    for (const hit of others) io.stdout(`  ${formatShort(hit.document)}\n`);
  }
  return EXIT_OK;
}
