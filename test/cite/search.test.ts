import { createRegistry, DOCUMENTS, searchRegistry } from '../../src/cite';

const first = (query: string) => searchRegistry(query)[0]?.document.id;

describe('tìm văn bản trong danh mục', () => {
  test.each([
    ['59/2019', 'nd-59-2019'],
    ['nghi dinh 59', 'nd-59-2019'],
    ['Nghị định 59', 'nd-59-2019'],
    ['xung dot loi ich', 'nd-59-2019'],
    ['xung đột lợi ích', 'nd-59-2019'],
    ['XUNG ĐỘT LỢI ÍCH', 'nd-59-2019'],
    ['10/CT-TTg', 'ct-10-ttg-2019'],
    ['10/ct-ttg', 'ct-10-ttg-2019'],
    ['tai san thu nhap', 'nd-130-2020'],
    ['02/2021/TT-TTCP', 'tt-02-2021-ttcp'],
    ['31-CT/TU', 'ct-31-tu-2014'],
    ['cong tac van thu', 'nd-30-2020'],
  ])('"%s" → %s đứng đầu', (query, id) => expect(first(query)).toBe(id));

  test('"chuyen doi vi tri" tìm ra Luật PCTN và Nghị định 59 trước tiên', () => {
    const ids = searchRegistry('chuyen doi vi tri').slice(0, 2).map((h) => h.document.id);
    expect(ids.sort()).toEqual(['luat-pctn-2018', 'nd-59-2019']);
  });

  test('kết quả sắp theo điểm giảm dần, không có văn bản không khớp', () => {
    const hits = searchRegistry('tham nhũng');
    expect(hits.length).toBeGreaterThan(2);
    expect(hits.length).toBeLessThan(DOCUMENTS.length);
    for (let i = 1; i < hits.length; i += 1) expect((hits[i - 1]?.score ?? 0) >= (hits[i]?.score ?? 0)).toBe(true);
  });

  test('truy vấn rỗng hoặc không khớp', () => {
    expect(searchRegistry('   ')).toEqual([]);
    expect(searchRegistry('qwertyuiop')).toEqual([]);
  });

  test('tìm trong danh mục khác', () => {
    const own = { id: 'qd-9-snv-2024', type: 'Quyết định', number: '9/QĐ-SNV', issuer: 'Sở Nội vụ', subject: 'ban hành Quy chế kiểm soát xung đột lợi ích', normative: false, party: false, verified: true } as const;
    const registry = createRegistry([...DOCUMENTS.filter((d) => d.id !== 'nd-59-2019'), own]);
    expect(searchRegistry('xung đột lợi ích', registry)[0]?.document.id).toBe('qd-9-snv-2024');
    expect(searchRegistry('xung đột lợi ích', registry).map((h) => h.document.id)).not.toContain('nd-59-2019');
  });
});
