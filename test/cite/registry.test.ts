import { plan2023, type LegalReference } from '../../src/plan';
import { DOCUMENTS, RegistryDataSchema, defaultRegistry, inForceOn, loadRegistry, parseCitations, parseDocumentNumber } from '../../src/cite';
import { isAppError } from '../../src/errors/app-error';

/** Every legal reference the built-in plan carries, wherever it stands. */
function planReferences(): LegalReference[] {
  const refs = plan2023.items.flatMap((item) => item.references);
  if (plan2023.meta.implements) refs.push(plan2023.meta.implements);
  refs.push(plan2023.reporting.regime);
  if (plan2023.reporting.replaces) refs.push(plan2023.reporting.replaces);
  return refs;
}

describe('danh mục văn bản', () => {
  test('dữ liệu hợp lệ theo lược đồ zod', () => {
    const result = RegistryDataSchema.safeParse(DOCUMENTS);
    expect(result.error?.issues).toBeUndefined();
    expect(result.success).toBe(true);
  });

  test('số hiệu khớp với loại văn bản: QPPL có năm, văn bản hành chính không, văn bản Đảng dạng 31-CT/TU', () => {
    for (const doc of DOCUMENTS) {
      const parts = parseDocumentNumber(doc.number);
      expect({ id: doc.id, parsed: parts !== undefined }).toEqual({ id: doc.id, parsed: true });
      if (doc.type === 'Tiêu chuẩn') continue;
      expect({ id: doc.id, hasYear: parts?.year !== undefined }).toEqual({ id: doc.id, hasYear: doc.normative });
      expect({ id: doc.id, party: parts?.party }).toEqual({ id: doc.id, party: doc.party });
      if (parts?.year !== undefined && doc.date) expect(Number(doc.date.slice(0, 4))).toBe(parts.year);
    }
  });

  test('mọi văn bản kế hoạch năm 2023 trích dẫn đều có trong danh mục, cùng số và ngày', () => {
    const refs = planReferences();
    expect(refs.length).toBeGreaterThan(15);
    for (const ref of refs) {
      const [citation] = parseCitations(ref.cited);
      const doc = citation?.registryId ? defaultRegistry.get(citation.registryId) : undefined;
      expect({ cited: ref.cited, number: doc?.number }).toEqual({ cited: ref.cited, number: ref.number });
      if (ref.date) expect({ cited: ref.cited, date: doc?.date }).toEqual({ cited: ref.cited, date: ref.date });
    }
  });

  test('các văn bản cốt lõi về PCTN có mặt với ngày đúng', () => {
    const expected: Record<string, [string, string]> = {
      'luat-pctn-2018': ['36/2018/QH14', '2018-11-20'],
      'nd-59-2019': ['59/2019/NĐ-CP', '2019-07-01'],
      'nd-134-2021': ['134/2021/NĐ-CP', '2021-12-30'],
      'nd-130-2020': ['130/2020/NĐ-CP', '2020-10-30'],
      'tt-02-2021-ttcp': ['02/2021/TT-TTCP', '2021-03-22'],
      'tt-01-2024-ttcp': ['01/2024/TT-TTCP', '2024-01-20'],
      'tt-06-2025-ttcp': ['06/2025/TT-TTCP', '2025-09-29'],
      'nd-30-2020': ['30/2020/NĐ-CP', '2020-03-05'],
      'nd-09-2019': ['09/2019/NĐ-CP', '2019-01-24'],
    };
    for (const [id, [number, date]] of Object.entries(expected)) {
      expect(defaultRegistry.get(id)).toMatchObject({ number, date });
    }
    expect(defaultRegistry.get('luat-pctn-2018')?.effective).toBe('2019-07-01');
    expect(defaultRegistry.get('nd-134-2021')?.amends).toContain('nd-59-2019');
  });

  test('văn bản thay thế theo ngày: TT 02/2021 → TT 01/2024 từ 05/3/2024, rồi TT 06/2025 (giả định)', () => {
    const tt02 = defaultRegistry.get('tt-02-2021-ttcp');
    if (!tt02) throw new Error('thiếu TT 02/2021');
    expect(inForceOn(defaultRegistry, tt02, '2024-03-04').doc.id).toBe('tt-02-2021-ttcp');
    // The registry has not read TT 01/2024's repealing article (tt-02-2021-ttcp lists replacedBy as unverified): presumed.
    expect(inForceOn(defaultRegistry, tt02, '2024-03-05')).toEqual({ doc: defaultRegistry.get('tt-01-2024-ttcp'), presumed: true });
    expect(inForceOn(defaultRegistry, tt02, '2025-12-31')).toEqual({ doc: defaultRegistry.get('tt-06-2025-ttcp'), presumed: true });
  });

  test('dữ liệu sai bị từ chối với thông báo tiếng Việt và tiếng Anh', () => {
    const bad = [
      { ...DOCUMENTS[0], id: 'Sai Mã' },
      { ...DOCUMENTS[1], replacedBy: { id: 'khong-co', from: '2024-01-01' } },
    ];
    let caught: unknown;
    try {
      loadRegistry(bad);
    } catch (error) {
      caught = error;
    }
    expect(isAppError(caught)).toBe(true);
    if (!isAppError(caught)) return;
    expect(caught.vi).toBe('Danh mục văn bản không hợp lệ.');
    expect(caught.details.map((d) => d.vi).join('\n')).toContain('cần mã văn bản dạng nd-59-2019');
    expect(caught.details.map((d) => d.vi).join('\n')).toContain('không có văn bản mã "khong-co"');
    expect(caught.details.map((d) => d.en).join('\n')).toContain('unknown registry id "khong-co"');
  });

  test('danh mục đọc từ dữ liệu hợp lệ tra cứu được theo số', () => {
    const registry = loadRegistry(JSON.parse(JSON.stringify(DOCUMENTS)));
    expect(registry.byNumber('59', 2019, 'ND-CP')?.id).toBe('nd-59-2019');
    expect(registry.bySerialAndCode('10', 'CT-TTg').map((d) => d.id)).toEqual(['ct-10-ttg-2019']);
  });
});
