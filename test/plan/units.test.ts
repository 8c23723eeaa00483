import { AppError } from '../../src/errors/app-error';
import { expandUnits, findGroup, findUnit, itemsOfUnit, plan2023, unitsResponsibleFor, type TaskItem } from '../../src/plan';

const ids = (items: TaskItem[]): string[] => items.map((i) => i.id);
const item = (id: string): TaskItem => plan2023.items.find((i) => i.id === id)!;

/** Every name and alias of a unit or group, keyed case-insensitively, with its owner. */
function namesByOwner(): Map<string, Set<string>> {
  const owners = new Map<string, Set<string>>();
  const add = (name: string, owner: string) => {
    const key = name.toLocaleLowerCase('vi');
    owners.set(key, (owners.get(key) ?? new Set()).add(owner));
  };
  for (const u of plan2023.units) [u.name, ...(u.shortName ? [u.shortName] : []), ...u.aliases].forEach((n) => add(n, u.id));
  for (const g of plan2023.groups) [g.name, ...g.aliases].forEach((n) => add(n, g.id));
  return owners;
}

const ownerOf = (name: string): string | undefined => {
  const owners = namesByOwner().get(name.toLocaleLowerCase('vi'));
  return owners ? [...owners].join(',') : undefined;
};

describe('đơn vị và nhóm đơn vị', () => {
  test('findUnit, findGroup', () => {
    expect(findUnit(plan2023, 'CCVC')?.name).toBe('Phòng Công chức, viên chức');
    expect(findUnit(plan2023, 'DVTT')).toBeUndefined();
    expect(findGroup(plan2023, 'DVTT')?.name).toBe('các đơn vị trực thuộc Sở');
    expect(findGroup(plan2023, 'VP')).toBeUndefined();
  });

  test('expandUnits thay nhóm bằng các thành viên, giữ thứ tự, bỏ trùng; SNV giữ nguyên', () => {
    expect(expandUnits(plan2023, ['VP', 'DVTT'])).toEqual(['VP', 'BTDKT', 'BTG', 'CCVTLT']);
    expect(expandUnits(plan2023, ['PCM'])).toEqual(['VP', 'TTr', 'CCVC', 'CCHC']);
    expect(expandUnits(plan2023, ['VP', 'TTr', 'PCM', 'DVTT'])).toEqual(['VP', 'TTr', 'CCVC', 'CCHC', 'BTDKT', 'BTG', 'CCVTLT']);
    expect(expandUnits(plan2023, ['SNV'])).toEqual(['SNV']);
    expect(expandUnits(plan2023, [])).toEqual([]);
  });

  test('mã đơn vị lạ: lỗi bằng tiếng Việt và tiếng Anh', () => {
    expect(() => expandUnits(plan2023, ['VP', 'PhongTaiChinh'])).toThrow(AppError);
    try {
      expandUnits(plan2023, ['PhongTaiChinh']);
    } catch (error) {
      const e = error as AppError;
      expect(e.vi).toContain('"PhongTaiChinh"');
      expect(e.en).toContain('"PhongTaiChinh"');
      expect(e.vi).toMatch(/đơn vị/u);
    }
    expect(() => itemsOfUnit(plan2023, 'XYZ')).toThrow(AppError);
    expect(() => itemsOfUnit(plan2023, 'DVTT')).toThrow(/nhóm đơn vị/u);
  });

  test('unitsResponsibleFor trải các nhóm ra từng đơn vị', () => {
    expect(unitsResponsibleFor(plan2023, item('II.3.c.6'))).toEqual({ lead: ['CCHC'], support: ['CCVC'] });
    expect(unitsResponsibleFor(plan2023, item('II.3.b.2'))).toEqual({ lead: ['TTr'], support: ['VP'] });
    expect(unitsResponsibleFor(plan2023, item('II.3.a.3')).lead).toEqual(['VP', 'TTr', 'CCVC', 'CCHC', 'BTDKT', 'BTG', 'CCVTLT']);
    expect(unitsResponsibleFor(plan2023, item('II.1.1')).lead).toEqual(['VP', 'TTr', 'CCVC', 'CCHC', 'BTDKT', 'BTG', 'CCVTLT']);
  });
});

describe('nhiệm vụ của từng đơn vị', () => {
  test('Phòng Công chức, viên chức: chủ trì trực tiếp, qua nhóm phòng chuyên môn, và phối hợp ở II.3.c.6', () => {
    const lead = ['II.1.1', 'II.3.a.2', 'II.3.a.3', 'II.3.c.1', 'II.3.c.2', 'II.3.c.3', 'II.3.c.5', 'II.3.d.1', 'II.3.đ.2', 'II.3.đ.3', 'II.3.g.2', 'II.3.i.2'];
    expect(ids(itemsOfUnit(plan2023, 'CCVC', { lead: true, support: false }))).toEqual(lead);
    expect(ids(itemsOfUnit(plan2023, 'CCVC', { lead: false, support: true }))).toEqual(['II.3.c.6']);
    const all = ids(itemsOfUnit(plan2023, 'CCVC'));
    expect(all).toHaveLength(lead.length + 1);
    expect(all.indexOf('II.3.c.6')).toBe(all.indexOf('II.3.c.5') + 1);
  });

  test('Ban Thi đua – Khen thưởng tỉnh chịu trách nhiệm qua nhóm "các đơn vị trực thuộc Sở"', () => {
    const items = ids(itemsOfUnit(plan2023, 'BTDKT'));
    expect(items).toEqual([
      'II.1.1', 'II.1.2', 'II.2.1', 'II.3.a.1', 'II.3.a.3', 'II.3.b.1',
      'II.3.c.1', 'II.3.c.2', 'II.3.c.3', 'II.3.c.4', 'II.3.d.1', 'II.3.đ.1', 'II.3.e.1', 'II.3.g.3', 'II.3.i.1',
    ]);
    // II.3.b.2 is an inspection held at the Ban, not a task of the Ban.
    expect(items).not.toContain('II.3.b.2');
    expect(ids(itemsOfUnit(plan2023, 'BTG'))).toEqual(items);
  });

  test('Thanh tra Sở', () => {
    expect(ids(itemsOfUnit(plan2023, 'TTr'))).toEqual(['II.1.1', 'II.3.a.3', 'II.3.b.2', 'II.3.c.1', 'II.3.c.2', 'II.3.c.3', 'II.3.d.1', 'II.3.đ.4', 'II.3.h.1']);
    expect(itemsOfUnit(plan2023, 'TTr', { lead: false, support: true })).toEqual([]);
    expect(ids(itemsOfUnit(plan2023, 'VP', { lead: false, support: true }))).toEqual(['II.3.b.2']);
  });

  test('Sở Nội vụ chịu trách nhiệm mọi nhiệm vụ', () => {
    expect(ids(itemsOfUnit(plan2023, 'SNV'))).toEqual(plan2023.items.map((i) => i.id));
    expect(itemsOfUnit(plan2023, 'SNV')).toHaveLength(26);
    expect(itemsOfUnit(plan2023, 'SNV', { lead: false, support: false })).toEqual([]);
  });
});

describe('tên gọi khác của đơn vị', () => {
  test('không tên gọi nào thuộc về hai đơn vị', () => {
    const shared = [...namesByOwner()].filter(([, owners]) => owners.size > 1).map(([name, owners]) => `${name}: ${[...owners].join(', ')}`);
    expect(shared).toEqual([]);
  });

  test('các cách viết trong kế hoạch và trong báo cáo đều chỉ về đúng một đơn vị', () => {
    expect(ownerOf('Phòng công chức, viên chức')).toBe('CCVC');
    expect(ownerOf('Phòng Công chức, viên chức')).toBe('CCVC');
    expect(ownerOf('Phòng CCVC')).toBe('CCVC');
    expect(ownerOf('VP Sở')).toBe('VP');
    expect(ownerOf('Văn phòng Sở')).toBe('VP');
    expect(ownerOf('TTr Sở')).toBe('TTr');
    expect(ownerOf('T.Tra Sở')).toBe('TTr');
    expect(ownerOf('Thanh tra Sở Nội vụ')).toBe('TTr');
    expect(ownerOf('Phòng Cải cách hành chính và công tác thanh niên')).toBe('CCHC');
    expect(ownerOf('Phòng CCHC và CTTN')).toBe('CCHC');
    expect(ownerOf('Ban Thi đua - Khen thưởng tỉnh')).toBe('BTDKT');
    expect(ownerOf('Ban Thi đua – Khen thưởng tỉnh')).toBe('BTDKT');
    expect(ownerOf('Ban TĐKT')).toBe('BTDKT');
    expect(ownerOf('Chi cục VTLT')).toBe('CCVTLT');
    expect(ownerOf('Các phòng chuyên môn và tương đương thuộc Sở')).toBe('PCM');
    expect(ownerOf('các phòng chuyên môn')).toBe('PCM');
    expect(ownerOf('các đơn vị trực thuộc')).toBe('DVTT');
    expect(ownerOf('Sở Nội vụ')).toBe('SNV');
    // In running text these mean "công chức, viên chức" and "cải cách hành chính", not the divisions.
    expect(ownerOf('CCVC')).toBeUndefined();
    expect(ownerOf('CCHC')).toBeUndefined();
  });

  test('mã ký hiệu của các phòng', () => {
    expect(plan2023.units.map((u) => [u.id, u.code ?? null])).toEqual([
      ['SNV', 'SNV'], ['VP', 'VP'], ['TTr', 'TTr'], ['CCVC', 'CCVC'], ['CCHC', 'CCHC'], ['BTDKT', 'TĐKT'], ['BTG', null], ['CCVTLT', null],
    ]);
    expect(plan2023.units.map((u) => u.kind)).toEqual(['department', 'division', 'division', 'division', 'division', 'affiliate', 'affiliate', 'affiliate']);
  });
});

test('báo cáo của một phòng mà kế hoạch chỉ gọi chung là "các phòng chuyên môn" (nhóm PCM) phải báo cáo nhiệm vụ giao cho nhóm, không phải nhiệm vụ riêng của Văn phòng', async () => {
  const { answersFor } = await import('../../src/plan/units');
  const { requiredStatus } = await import('../../src/check/required');
  expect(answersFor(plan2023, item('II.1.1').lead, 'PCM')).toBe(true);
  expect(answersFor(plan2023, item('II.1.1').lead, 'VP')).toBe(true);
  expect(answersFor(plan2023, ['VP'], 'PCM')).toBe(false);
  expect(requiredStatus(plan2023, item('II.3.c.2'), 'PCM', 'H1')).toEqual({ required: true, reason: 'lead' });
});

test('nhiệm vụ giao cho một lớp người ("Kiểm sát viên", "Các Thẩm phán, Thư ký Tòa án") là nhiệm vụ của mọi bộ phận có người ấy, không phải của cơ quan ngoài', async () => {
  const { answersFor } = await import('../../src/plan/units');
  const { isPersonClass } = await import('../../src/plan/person-class');
  const plan = {
    ...plan2023,
    units: [
      ...plan2023.units,
      { id: 'KSV', kind: 'group' as const, name: 'Kiểm sát viên', aliases: [] },
      { id: 'TPTK', kind: 'group' as const, name: 'Các Thẩm phán, Thư ký Tòa án', aliases: [] },
      { id: 'TTT', kind: 'external' as const, name: 'Thanh tra tỉnh', aliases: [] },
    ],
  };
  expect(answersFor(plan, ['KSV'], 'CCVC')).toBe(true);
  expect(answersFor(plan, ['TPTK'], 'BTG')).toBe(true);
  expect(answersFor(plan, ['KSV'], 'TTT')).toBe(false);
  // Một nhóm cơ quan ("các phòng chuyên môn") không phải lớp người; "Kế toán" là một bộ phận.
  expect(plan2023.units.filter((u) => isPersonClass(u))).toEqual([]);
  expect(isPersonClass({ kind: 'group', name: 'Các phòng chuyên môn' })).toBe(false);
  expect(isPersonClass({ kind: 'division', name: 'Kế toán' })).toBe(false);
  expect(isPersonClass({ kind: 'group', name: 'Cán bộ, công chức, viên chức' })).toBe(true);
});
