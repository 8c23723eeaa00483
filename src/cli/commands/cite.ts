/** pctn cite QUERY: the best matches of the legal document registry, in full (first mention) and short form. */
import { defaultRegistry, formatBasis, formatFull, formatShort, searchRegistry } from '../../cite';
import { EXIT_FINDINGS, EXIT_OK, type CliIO, type Lang } from '../io';
import { UsageError } from '../usage-error';

export function runCiteCommand(args: { query: string[]; json: boolean; lang: Lang }, io: CliIO): number {
  const query = args.query.join(' ').trim();
  if (!query) throw new UsageError({ vi: 'Cần từ khóa tìm văn bản, ví dụ: pctn cite "nghi dinh 59"', en: 'Expected a query, for example: pctn cite "nghi dinh 59"' });
  const hits = searchRegistry(query).slice(0, 5);
  const t = (vi: string, en: string) => (args.lang === 'vi' ? vi : en);
  if (args.json) {
    io.stdout(
      JSON.stringify(
        hits.map(({ document, score }) => ({ id: document.id, number: document.number, type: document.type, score, full: formatFull(document), short: formatShort(document), basis: formatBasis(document) })),
        null,
        2,
      ) + '\n',
    );
    return hits.length ? EXIT_OK : EXIT_FINDINGS;
  }
  if (hits.length === 0) {
    io.stdout(t(`Không tìm thấy văn bản nào khớp "${query}".\n`, `No document matches "${query}".\n`));
    return EXIT_FINDINGS;
  }
  const [best, ...others] = hits;
  const doc = best!.document;
  io.stdout(`${t('Lần đầu (đầy đủ)', 'First mention (full)')}: ${formatFull(doc)}\n`);
  io.stdout(`${t('Lần sau (rút gọn)', 'Later mentions (short)')}: ${formatShort(doc)}\n`);
  io.stdout(`${t('Căn cứ', 'Legal basis line')}: ${t('Căn cứ', 'Căn cứ')} ${formatBasis(doc)};\n`);
  if (doc.replacedBy) {
    const [y, m, d] = doc.replacedBy.from.split('-');
    const by = defaultRegistry.get(doc.replacedBy.id);
    const name = by ? formatShort(by) : doc.replacedBy.id;
    io.stdout(t(`Lưu ý: được thay thế bởi ${name} từ ngày ${d}/${m}/${y}.\n`, `Note: replaced by ${name} from ${d}/${m}/${y}.\n`));
  }
  if (others.length) {
    io.stdout(t('Văn bản khác khớp:\n', 'Other matches:\n'));
    for (const hit of others) io.stdout(`  ${formatShort(hit.document)}\n`);
  }
  return EXIT_OK;
}
