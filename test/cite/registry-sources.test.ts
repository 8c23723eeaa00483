import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DOCUMENTS, RegistryDataSchema, RegistryDocumentSchema, loadRegistry } from '../../src/cite';
import { isAppError } from '../../src/errors/app-error';
import type { RegistryDocument } from '../../src/cite/schema';

/** Documents marked verified before each fact carried its source (issue 14 item 5): the review must not lose any. */
const VERIFIED_BEFORE = 7;

/** The facts that need a source when a document states them (keywords and notes are search aids and status notes). */
const FACTS = ['number', 'name', 'date', 'issuer', 'subject', 'effective', 'replacedBy', 'amendedBy'] as const;
type Fact = (typeof FACTS)[number];

const stated = (doc: RegistryDocument, fact: Fact): boolean => {
  const value = doc[fact];
  return Array.isArray(value) ? value.length > 0 : value !== undefined;
};

const allSources = (): { id: string; field: string; source: string }[] =>
  DOCUMENTS.flatMap((doc) => Object.entries(doc.sources ?? {}).map(([field, source]) => ({ id: doc.id, field, source: source as string })));

const PLAN_NAME = 'Kế hoạch PCTN 2023 của Sở Nội vụ Quảng Ngãi';
const WEB = /https?:\/\/[^\s'();]+/;
const addresses = (source: string): string[] => source.match(new RegExp(WEB.source, 'g')) ?? [];
const DOMAIN_NOTE = /domain\.md §\d+(\.\d+)? \[(V|V2|R)\]/;
const PLAN_QUOTE = new RegExp(`${PLAN_NAME}, (?:mục [IVX]+(?:\\.\\d+)?(?:\\.[a-zđ])?|phần mở đầu): '([^']+)'`, 'gu');

/** The plan's text as one line, without markdown emphasis. */
const planText = readFileSync(path.join(__dirname, '../fixtures/plans/ke-hoach-pctn-2023-so-noi-vu-quang-ngai.md'), 'utf8')
  .replace(/[*_]/g, '')
  .replace(/\s+/g, ' ');

function withoutDateSource(): Record<string, unknown> {
  const doc = structuredClone(DOCUMENTS.find((d) => d.id === 'nd-09-2019')) as RegistryDocument;
  if (!doc.sources?.date) throw new Error('nd-09-2019 phải có nguồn cho ngày ban hành');
  delete doc.sources.date;
  return doc;
}

describe('nguồn của từng dữ kiện trong danh mục văn bản', () => {
  test('mọi văn bản hợp lệ theo lược đồ, kể cả phần nguồn', () => {
    for (const doc of DOCUMENTS) {
      const result = RegistryDocumentSchema.safeParse(doc);
      expect({ id: doc.id, issues: result.error?.issues }).toEqual({ id: doc.id, issues: undefined });
    }
    expect(RegistryDataSchema.safeParse(DOCUMENTS).success).toBe(true);
  });

  test('mọi dữ kiện văn bản nêu đều có nguồn, kể cả dữ kiện chưa kiểm chứng (ghi nguồn tốt nhất đã có)', () => {
    for (const doc of DOCUMENTS) {
      for (const fact of FACTS) {
        if (stated(doc, fact)) expect({ id: doc.id, fact, source: typeof doc.sources?.[fact] }).toEqual({ id: doc.id, fact, source: 'string' });
      }
    }
  });

  test('văn bản ghi ngày ban hành mà không có nguồn và không nằm trong unverified bị từ chối, thông báo rõ ràng bằng hai thứ tiếng', () => {
    const result = RegistryDocumentSchema.safeParse(withoutDateSource());
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((i) => i.path.join('.') === 'sources.date');
    expect(issue?.message).toBe('"date" is stated without a source: give sources.date or list "date" in unverified');
    expect((issue as { params?: { vi?: string } } | undefined)?.params?.vi).toBe(
      '"date" có giá trị nhưng không có nguồn: ghi nguồn vào sources.date hoặc đưa "date" vào unverified',
    );

    let caught: unknown;
    try {
      loadRegistry([withoutDateSource()]);
    } catch (error) {
      caught = error;
    }
    expect(isAppError(caught)).toBe(true);
    if (!isAppError(caught)) return;
    expect(caught.details.map((d) => d.vi)).toContain('[0].sources.date: "date" có giá trị nhưng không có nguồn: ghi nguồn vào sources.date hoặc đưa "date" vào unverified');
    expect(caught.details.map((d) => d.en)).toContain('[0].sources.date: "date" is stated without a source: give sources.date or list "date" in unverified');
  });

  test('ngày không có nguồn được chấp nhận khi nằm trong unverified (và văn bản không còn là đã kiểm chứng)', () => {
    const doc = { ...withoutDateSource(), verified: false, unverified: ['date'] };
    expect(RegistryDocumentSchema.safeParse(doc).success).toBe(true);
    expect(RegistryDocumentSchema.safeParse({ ...doc, verified: true }).success).toBe(false);
  });

  test('mọi nguồn là một địa chỉ web, hoặc nêu kế hoạch, hoặc nêu mục của ghi chú miền', () => {
    for (const { id, field, source } of allSources()) {
      const kind = /^https?:\/\//.test(source) ? 'web' : source.startsWith(PLAN_NAME) ? 'plan' : DOMAIN_NOTE.test(source) ? 'domain' : 'none';
      expect({ id, field, kind: kind === 'none' ? source : 'ok' }).toEqual({ id, field, kind: 'ok' });
      for (const address of addresses(source)) expect(() => new URL(address)).not.toThrow();
    }
  });

  test('mỗi trích dẫn kế hoạch làm nguồn có nguyên văn trong kế hoạch năm 2023', () => {
    let quotes = 0;
    for (const { id, field, source } of allSources()) {
      for (const [, quote] of source.matchAll(PLAN_QUOTE)) {
        quotes += 1;
        expect({ id, field, quote, found: planText.includes(quote as string) }).toEqual({ id, field, quote, found: true });
      }
    }
    expect(quotes).toBeGreaterThan(20);
  });

  test('dữ kiện đã kiểm chứng dựa trên trang công khai hoặc ghi chú miền [V]/[V2], không chỉ trên kế hoạch hay trí nhớ', () => {
    for (const doc of DOCUMENTS) {
      for (const fact of FACTS) {
        const source = doc.sources?.[fact];
        if (!stated(doc, fact) || !source) continue;
        if (/\[R\]/.test(source)) expect({ id: doc.id, fact, unverified: doc.unverified?.includes(fact) }).toEqual({ id: doc.id, fact, unverified: true });
        if (!doc.verified) continue;
        const checked = WEB.test(source) || /domain\.md §[\d.]+ \[V2?\]/.test(source);
        expect({ id: doc.id, fact, checked }).toEqual({ id: doc.id, fact, checked: true });
      }
    }
  });

  test('số văn bản đã kiểm chứng không ít hơn trước khi rà soát', () => {
    expect(DOCUMENTS.filter((doc) => doc.verified).length).toBeGreaterThanOrEqual(VERIFIED_BEFORE);
  });
});
