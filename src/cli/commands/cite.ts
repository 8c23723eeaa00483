/**
 * pctn cite QUERY: the registry document the query means, in full (first mention), short and opening-line form, with
 * the facts the registry has not checked marked as such; "not found" when nothing matches well enough.
 * Exit codes: 0 a document found; 1 none found; 2 bad usage.
 */
import { defaultRegistry, formatBasisLine, formatFull, formatShort, searchRegistry } from '../../cite';
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
  const hits = searchRegistry(query).slice(0, 5);
  const t = (vi: string, en: string) => (args.lang === 'vi' ? vi : en);
  if (args.json) {
    io.stdout(
      JSON.stringify(
        hits.map(({ document, score }) => ({
          id: document.id,
          number: document.number,
          type: document.type,
          score,
          full: formatFull(document),
          short: formatShort(document),
          basis: formatBasisLine(document),
          unverified: unverifiedOf(document),
        })),
        null,
        2,
      ) + '\n',
    );
    return hits.length ? EXIT_OK : EXIT_FINDINGS;
  }
  const shown = query.length > ECHO ? `${query.slice(0, ECHO)}…` : query;
  if (hits.length === 0) {
    io.stdout(t(`Không tìm thấy văn bản nào khớp "${shown}" trong danh mục. Hãy gõ số, ký hiệu (59/2019/NĐ-CP) hoặc tên đầy đủ hơn.\n`, `No document of the registry matches "${shown}". Try its number (59/2019/NĐ-CP) or a fuller name.\n`));
    return EXIT_FINDINGS;
  }
  const [best, ...others] = hits;
  const doc = best!.document;
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
