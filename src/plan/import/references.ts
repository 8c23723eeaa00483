/**
 * The documents a plan names, read with the citation parser: the plan(s) it carries out (its opening "Thực hiện Kế
 * hoạch số 202/KH-UBND ..."), and each task's legal references ("Quyết định số 1847/QĐ-TTg ngày 27/12/2018 ...").
 */
import { parseCitations, type Citation } from '../../cite';
import { DocumentTypeSchema, type LegalReference } from '../schema';

function toReference(c: Citation): LegalReference | null {
  const type = DocumentTypeSchema.safeParse(c.type);
  if (!type.success) return null;
  const number = c.number ?? (c.name ? undefined : null);
  if (number === null) return null;
  return {
    type: type.data,
    number: number ?? c.name!,
    ...(c.name ? { name: c.name } : {}),
    ...(c.date ? { date: c.date.iso } : {}),
    ...(c.issuerText ? { issuer: c.issuerText } : {}),
    ...(c.subjectText ? { subject: c.subjectText } : {}),
    ...(c.article ? { article: `Điều ${c.article.dieu}` } : {}),
    cited: c.text,
  };
}

/** Every document a text cites with its number (a law by its name), once each, in order. */
export function referencesIn(text: string): LegalReference[] {
  const found = new Map<string, LegalReference>();
  for (const reference of parseCitations(text).map(toReference)) {
    if (reference && !found.has(`${reference.type}|${reference.number}`)) found.set(`${reference.type}|${reference.number}`, reference);
  }
  return [...found.values()];
}

/** The plans and programmes the opening says the plan carries out ("Thực hiện ..."), the first one first. */
export function implementedIn(opening: string): LegalReference[] {
  const carried = /^(thực hiện|triển khai)/iu.test(opening.trim());
  if (!carried) return [];
  return referencesIn(opening).filter((r) => ['Kế hoạch', 'Chương trình', 'Chỉ thị', 'Nghị quyết', 'Kết luận', 'Đề án', 'Quyết định'].includes(r.type));
}
