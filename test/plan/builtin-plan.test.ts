import { PlanSchema, plan2023, type LegalReference, type TaskItem, type TimingPart } from '../../src/plan';

/** The 26 ids of the plan-items spec, in plan order. */
const ITEM_IDS = [
  'II.1.1', 'II.1.2', 'II.2.1',
  'II.3.a.1', 'II.3.a.2', 'II.3.a.3',
  'II.3.b.1', 'II.3.b.2',
  'II.3.c.1', 'II.3.c.2', 'II.3.c.3', 'II.3.c.4', 'II.3.c.5', 'II.3.c.6',
  'II.3.d.1',
  'II.3.đ.1', 'II.3.đ.2', 'II.3.đ.3', 'II.3.đ.4',
  'II.3.e.1',
  'II.3.g.1', 'II.3.g.2', 'II.3.g.3',
  'II.3.h.1',
  'II.3.i.1', 'II.3.i.2',
];

/** Every numbered document the plan cites (with its ký hiệu), from the plan text. */
const CITED_NUMBERS = [
  '202/KH-UBND', '61/2017/TT-BTC', '595/QĐ-SNV', '1847/QĐ-TTg', '673/QĐ-SNV', '48/2021/QĐ-UBND', '31-CT/TU',
  '10/CT-TTg', '59/2019/NĐ-CP', '62/2017/QĐ-UBND', '26/2015/QĐ-UBND', '61/2017/QĐ-UBND', '73/2021/QĐ-UBND',
  '235/KH-SNV', '151/KH-UBND', '02/2021/TT-TTCP', '1186/SNV-TTr',
];

const item = (id: string): TaskItem => {
  const found = plan2023.items.find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
};

/** "Thông tư số 61/2017/TT-BTC ngày 15/6/2017": type, number and (when written) the date, as ISO. */
const CITATION =
  /(Luật|Nghị định|Thông tư|Quyết định|Chỉ thị|Kế hoạch|Công văn)\s+(?:số\s+)?(\d{1,5}(?:[/-][0-9A-Za-zĐđ]+)+)(?:\s+ngày\s+(\d{1,2})\/(\d{1,2})\/(\d{4}))?/gu;

interface FoundCitation {
  type: string;
  number: string;
  date?: string;
}

function citationsIn(text: string): FoundCitation[] {
  return [...text.matchAll(CITATION)].map((m) => ({
    type: m[1]!,
    number: m[2]!,
    ...(m[5] ? { date: `${m[5]}-${m[4]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` } : {}),
  }));
}

function expectReferenced(found: FoundCitation, references: readonly LegalReference[], where: string): void {
  const ref = references.find((r) => r.number === found.number);
  if (!ref) throw new Error(`${where}: "${found.number}" is cited but has no reference`);
  expect(ref.type).toBe(found.type);
  expect(ref.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(ref.issuer).toBeTruthy();
  if (found.date) expect(ref.date).toBe(found.date);
}

const allReferences = (): LegalReference[] => [
  ...plan2023.items.flatMap((i) => i.references),
  ...(plan2023.meta.implements ? [plan2023.meta.implements] : []),
  plan2023.reporting.regime,
  ...(plan2023.reporting.replaces ? [plan2023.reporting.replaces] : []),
];

describe('kế hoạch PCTN năm 2023 có sẵn', () => {
  test('qua PlanSchema.parse mà không thay đổi', () => {
    expect(PlanSchema.parse(plan2023)).toEqual(plan2023);
  });

  test('đúng 26 nhiệm vụ, đúng mã và đúng thứ tự của kế hoạch', () => {
    expect(plan2023.items.map((i) => i.id)).toEqual(ITEM_IDS);
  });

  test('mỗi nhiệm vụ có đơn vị chủ trì, thời gian và các mã đơn vị đều có thật', () => {
    const known = new Set([...plan2023.units.map((u) => u.id), ...plan2023.groups.map((g) => g.id)]);
    for (const i of plan2023.items) {
      expect(i.lead.length).toBeGreaterThan(0);
      expect(i.timing.parts.length).toBeGreaterThan(0);
      expect(i.timing.raw.trim()).not.toBe('');
      for (const id of [...i.lead, ...i.support]) expect(known).toContain(id);
    }
    for (const g of plan2023.groups) for (const m of g.members) expect(known).toContain(m);
  });

  test('văn bản được trích dẫn trong mỗi nhiệm vụ đều có trong references của nhiệm vụ đó, đủ loại, số, ngày, cơ quan', () => {
    for (const i of plan2023.items) for (const found of citationsIn(i.text)) expectReferenced(found, i.references, i.id);
  });

  test('văn bản trích dẫn trong câu mở đầu và phần III có ở meta.implements và reporting', () => {
    const opening = citationsIn(plan2023.meta.opening);
    expect(opening.map((c) => c.number)).toEqual(['202/KH-UBND']);
    opening.forEach((c) => expectReferenced(c, [plan2023.meta.implements!], 'meta.opening'));
    const sectionIII = plan2023.reporting.text.flatMap(citationsIn);
    expect(sectionIII.map((c) => c.number)).toEqual(['02/2021/TT-TTCP', '1186/SNV-TTr']);
    sectionIII.forEach((c) => expectReferenced(c, [plan2023.reporting.regime, plan2023.reporting.replaces!], 'reporting'));
    expect(plan2023.reporting.regime).toMatchObject({ type: 'Thông tư', issuer: 'Thanh tra Chính phủ', date: '2021-03-22' });
    expect(plan2023.reporting.replaces).toMatchObject({ type: 'Công văn', issuer: 'Sở Nội vụ', date: '2021-05-24' });
  });

  test('mọi văn bản có số mà kế hoạch trích dẫn đều được mã hóa, không thừa không thiếu', () => {
    const texts = [plan2023.meta.opening, ...plan2023.items.map((i) => i.text), ...plan2023.reporting.text];
    const citedInText = new Set(texts.flatMap(citationsIn).map((c) => c.number));
    expect([...citedInText].sort()).toEqual([...CITED_NUMBERS].sort());
    // The law's number (36/2018/QH14) is known but the plan never writes it.
    const numbered = new Set(allReferences().filter((r) => r.type !== 'Luật' && r.type !== 'Tiêu chuẩn').map((r) => r.number));
    expect([...numbered].sort()).toEqual([...CITED_NUMBERS].sort());
  });

  test('cited là nguyên văn câu trích trong kế hoạch; năm trong số hiệu khớp với ngày ban hành', () => {
    for (const i of plan2023.items) for (const r of i.references) expect(i.text).toContain(r.cited);
    expect(plan2023.meta.opening).toContain(plan2023.meta.implements!.cited);
    expect(plan2023.reporting.text.join('\n')).toContain(plan2023.reporting.regime.cited);
    expect(plan2023.reporting.text.join('\n')).toContain(plan2023.reporting.replaces!.cited);
    for (const r of allReferences()) {
      const year = /^\d+\/(\d{4})\//.exec(r.number)?.[1];
      if (year && r.type !== 'Luật') expect(r.date?.slice(0, 4)).toBe(year);
    }
  });

  test('cơ quan ban hành suy ra từ ký hiệu', () => {
    const issuerOf: [RegExp, string][] = [
      [/NĐ-CP$/, 'Chính phủ'],
      [/(QĐ|CT)-TTg$/, 'Thủ tướng Chính phủ'],
      [/(QĐ|KH)-UBND$/, 'UBND tỉnh Quảng Ngãi'],
      [/(QĐ|KH)-SNV$/, 'Sở Nội vụ'],
      [/TT-BTC$/, 'Bộ Tài chính'],
      [/CT\/TU$/, 'Ban Thường vụ Tỉnh ủy'],
    ];
    let checked = 0;
    for (const r of allReferences())
      for (const [code, issuer] of issuerOf)
        if (code.test(r.number)) {
          expect(r.issuer).toBe(issuer);
          checked += 1;
        }
    expect(checked).toBeGreaterThanOrEqual(15);
  });

  test('Luật Phòng, chống tham nhũng và TCVN 9001:2015 là tham chiếu có cấu trúc', () => {
    const mentionsLaw = /Luật (PCTN|[Pp]hòng, chống tham nhũng)/u;
    const lawItems = plan2023.items.filter((i) => i.references.some((r) => r.type === 'Luật'));
    expect(lawItems.map((i) => i.id)).toEqual(['II.3.a.1', 'II.3.d.1', 'II.3.đ.1']);
    for (const i of lawItems) {
      expect(i.text).toMatch(mentionsLaw);
      expect(i.references.find((r) => r.type === 'Luật')).toMatchObject({
        number: '36/2018/QH14',
        name: 'Phòng, chống tham nhũng',
        date: '2018-11-20',
        issuer: 'Quốc hội',
      });
    }
    expect(item('II.3.a.1').references.find((r) => r.type === 'Luật')?.article).toBe('Điều 10');
    expect(item('II.3.a.1').references.find((r) => r.number === '61/2017/TT-BTC')?.article).toBe('Điều 5');
    expect(item('II.3.g.3').text).toContain('TCVN 9001:2015');
    expect(item('II.3.g.3').references).toContainEqual(expect.objectContaining({ type: 'Tiêu chuẩn', number: 'TCVN 9001:2015' }));
  });

  test('II.3.c.1 – II.3.c.3 dùng chung một khối "Đơn vị thực hiện / Thời gian thực hiện"', () => {
    const shared = ['II.3.c.1', 'II.3.c.2', 'II.3.c.3'].map((id) => {
      const { lead, support, unitsRaw, timing } = item(id);
      return { lead, support, unitsRaw, timing };
    });
    expect(shared[1]).toEqual(shared[0]);
    expect(shared[2]).toEqual(shared[0]);
    expect(shared[0]!.unitsRaw).toBe('Văn phòng Sở, Thanh tra Sở, các phòng chuyên môn và các đơn vị trực thuộc.');
    expect(shared[0]!.lead).toEqual(['VP', 'TTr', 'PCM', 'DVTT']);
    expect(item('II.3.c.4').unitsRaw).toBe('Văn phòng Sở và các đơn vị trực thuộc.');
  });

  test('chủ trì và phối hợp', () => {
    expect(item('II.3.b.2')).toMatchObject({ lead: ['TTr'], support: ['VP'], unitsRaw: 'Thanh tra Sở (chủ trì); Văn phòng Sở (phối hợp).' });
    expect(item('II.3.c.6')).toMatchObject({ lead: ['CCHC'], support: ['CCVC'] });
    expect(item('II.3.đ.4')).toMatchObject({ lead: ['TTr', 'CCHC'], support: [] });
    // Leadership is every head's duty (plan I.2), so II.1.1 falls to every division and unit.
    expect(item('II.1.1').lead).toEqual(['PCM', 'DVTT']);
    expect(item('II.1.2').lead).toEqual(['DVTT']);
    expect(item('II.2.1').lead).toEqual(['VP', 'DVTT']);
    expect(item('II.3.a.3').lead).toEqual(['PCM', 'DVTT']);
  });

  test('đoạn thứ hai của II.3.g.3 thuộc về II.3.g.3', () => {
    const paragraphs = item('II.3.g.3').text.split('\n');
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[1]).toMatch(/^Tổ chức thực hiện có hiệu quả việc ứng dụng công nghệ thông tin/u);
    expect(item('II.3.g.3').references.map((r) => r.number)).toEqual(['235/KH-SNV', 'TCVN 9001:2015', '151/KH-UBND']);
  });

  test('thời gian thực hiện của các nhiệm vụ tiêu biểu', () => {
    expect(item('II.3.b.2').timing).toEqual({ raw: 'quý IV/2023.', parts: [{ kind: 'quarter', quarter: 4, year: 2023 }] });
    expect(item('II.3.e.1').timing).toEqual({ raw: 'Trong quý IV/2023.', parts: [{ kind: 'quarter', quarter: 4, year: 2023 }] });
    expect(item('II.3.đ.1').timing.raw).toBe('ban hành kế hoạch trong quý I/2023 và triển khai trong năm 2023.');
    expect(item('II.3.đ.1').timing.parts).toEqual([
      { kind: 'quarter', quarter: 1, year: 2023, activity: 'ban hành kế hoạch' },
      { kind: 'recurring', within: 'year' },
    ]);
    expect(item('II.3.c.5').timing).toEqual({
      raw: 'Theo dõi thường xuyên và tổng hợp báo cáo vào cuối tháng 5 và tháng 11.',
      parts: [
        { kind: 'recurring', within: 'always' },
        { kind: 'periodicReport', dates: [{ day: 31, month: 5 }, { day: 30, month: 11 }], periods: ['H1', 'Y'] },
      ],
    });
    const inspections = item('II.3.đ.4').timing.parts.filter((p): p is Extract<TimingPart, { kind: 'followsPlan' }> => p.kind === 'followsPlan');
    expect(inspections.map((p) => p.units)).toEqual([['TTr'], ['CCHC']]);
    expect(inspections[0]!.plan).toMatch(/^Kế hoạch thanh tra, kiểm tra năm 2023/u);
    expect(item('II.3.a.1').timing.parts).toEqual([{ kind: 'recurring', within: 'always' }]);
    expect(item('II.3.g.2').timing.parts).toEqual([{ kind: 'recurring', within: 'year' }]);
  });

  test('nhiệm vụ nào ghi "trước ngày 31/5 ... 30/11" thì có hạn tổng hợp 6 tháng và năm', () => {
    const withSummary = plan2023.items.filter((i) => /trước ngày 31\/5\), 01 năm \(trước ngày 30\/11\)/u.test(i.text));
    expect(withSummary.map((i) => i.id)).toEqual(['II.3.c.5', 'II.3.đ.3', 'II.3.g.1', 'II.3.i.2']);
    for (const i of withSummary)
      expect(i.timing.parts).toContainEqual({ kind: 'periodicReport', dates: [{ day: 31, month: 5 }, { day: 30, month: 11 }], periods: ['H1', 'Y'] });
  });

  test('nhiệm vụ "trên địa bàn tỉnh" có phạm vi toàn tỉnh', () => {
    for (const i of plan2023.items) if (i.text.includes('trên địa bàn tỉnh')) expect([i.id, i.scope]).toEqual([i.id, 'province']);
    expect(item('II.3.c.4').scope).toBe('internal');
    expect(item('II.3.g.2').scope).toBe('province');
  });

  test('lịch gửi báo cáo và thời gian chốt số liệu (mục III.2)', () => {
    const { periods, channel, unitPlan } = plan2023.reporting;
    expect(channel).toBe('TTr');
    expect(periods.map((p) => [p.code, p.names, p.quarter, p.due!.day, p.due!.month])).toEqual([
      ['Q1', ['quý I'], 1, 5, 3],
      ['H1', ['quý II', '6 tháng'], 2, 5, 6],
      ['9M', ['quý III', '9 tháng'], 3, 5, 9],
      ['Y', ['quý IV', 'năm'], 4, 5, 12],
    ]);
    for (const p of periods) {
      expect(p.dataWindow.from).toEqual({ day: 15, month: 12, previousYear: true });
      expect(p.dataWindow.to).toEqual({ day: 14, month: p.quarter * 3 });
      expect(plan2023.reporting.text[1]).toContain(p.dueRaw);
    }
    expect(periods[0]!.dueRaw).toBe('trước ngày 05/3');
    expect(unitPlan).toMatchObject({ dueBy: '2023-01-31', dueRaw: 'Thời gian hoàn thành trong tháng 01 năm 2023', sendTo: ['TTr', 'VP'] });
    expect(unitPlan!.text).toContain(unitPlan!.dueRaw);
    expect(plan2023.reporting.text).toHaveLength(4);
    expect(plan2023.reporting.text[3]).toMatch(/\.\/\.$/u);
  });

  test('thông tin chung và dàn ý của kế hoạch', () => {
    expect(plan2023.meta).toMatchObject({
      type: 'Kế hoạch',
      number: '/KH-SNV',
      symbol: 'KH-SNV',
      dateRaw: 'ngày tháng 01 năm 2023',
      year: 2023,
      issuer: 'SNV',
      signer: { position: 'GIÁM ĐỐC', name: 'Tạ Công Dũng' },
    });
    expect(plan2023.meta.implements).toMatchObject({ type: 'Kế hoạch', number: '202/KH-UBND', date: '2022-12-31' });
    expect(plan2023.meta.recipients).toHaveLength(6);
    expect(plan2023.headings.map((h) => h.id)).toEqual([
      'I', 'I.1', 'I.2', 'II', 'II.1', 'II.2', 'II.3',
      'II.3.a', 'II.3.b', 'II.3.c', 'II.3.d', 'II.3.đ', 'II.3.e', 'II.3.g', 'II.3.h', 'II.3.i', 'III',
    ]);
    expect(plan2023.headings.filter((h) => h.level === 3).map((h) => h.label).join('')).toBe('a)b)c)d)đ)e)g)h)i)');
    expect(plan2023.headings.find((h) => h.id === 'I.1')?.paragraphs).toHaveLength(2);
  });

  test('chữ Việt ở dạng NFC, giữ dấu gạch ngang dài và chính tả của kế hoạch', () => {
    const strings: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === 'string') strings.push(value);
      else if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect(plan2023);
    for (const s of strings) expect(s).toBe(s.normalize('NFC'));
    expect(plan2023.units.find((u) => u.id === 'BTDKT')?.name).toBe('Ban Thi đua \u2013 Khen thưởng tỉnh');
    expect(item('II.1.2').text).toContain('theo qui định');
    expect(item('II.3.g.1').text).toContain('Thanh Tra tỉnh');
  });

  test('các cặp nhiệm vụ dễ lẫn được đánh dấu ở cả hai phía', () => {
    const pairs = [
      ['II.3.c.4', 'II.3.c.5'],
      ['II.3.đ.1', 'II.3.đ.3'],
      ['II.3.g.1', 'II.3.g.3'],
      ['II.3.i.1', 'II.3.i.2'],
      ['II.3.a.1', 'II.3.g.3'],
    ] as const;
    for (const [a, b] of pairs) {
      expect(item(a).cues?.distinctFrom).toContain(b);
      expect(item(b).cues?.distinctFrom).toContain(a);
    }
  });
});
