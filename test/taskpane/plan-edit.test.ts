import { editUnit, formatAliases, formatDayMonth, parseAliases, parseDayMonth, planUnits, setItemUnits, setPeriodDue, tidyPlan } from '../../src/taskpane/plan/plan-edit';
import { plan2023, PlanSchema } from '../../src/plan';

describe('plan edits', () => {
  test('aliases: one per line keeps commas inside a name; one line splits on commas; blanks and repeats go', () => {
    expect(parseAliases('Phòng Công chức, viên chức\nPhòng CCVC\n\n phòng ccvc ')).toEqual(['Phòng Công chức, viên chức', 'Phòng CCVC']);
    expect(parseAliases('TTr Sở, Thanh tra,  , TTr sở')).toEqual(['TTr Sở', 'Thanh tra']);
    expect(parseAliases('   ')).toEqual([]);
    expect(parseAliases(formatAliases(['A, B', 'C']))).toEqual(['A, B', 'C']);
  });

  test('a unit\'s name and aliases change; the old plan is untouched; the result still validates', () => {
    const next = editUnit(plan2023, 'TTr', { name: 'Thanh tra Sở Nội vụ', aliases: ['TTr', 'Thanh tra'] });
    expect(next.units.find((u) => u.id === 'TTr')).toMatchObject({ name: 'Thanh tra Sở Nội vụ', aliases: ['TTr', 'Thanh tra'] });
    expect(plan2023.units.find((u) => u.id === 'TTr')?.name).toBe('Thanh tra Sở');
    expect(PlanSchema.safeParse(next).success).toBe(true);
    // Groups have names and aliases too.
    const group = plan2023.groups[0]!;
    expect(editUnit(plan2023, group.id, { aliases: ['nhóm'] }).groups[0]!.aliases).toEqual(['nhóm']);
    expect(planUnits(plan2023).map((u) => u.id)).toEqual([...plan2023.units.map((u) => u.id), ...plan2023.groups.map((g) => g.id)]);
  });

  test('an empty name fails validation; tidyPlan trims names before saving', () => {
    expect(PlanSchema.safeParse(editUnit(plan2023, 'VP', { name: '' })).success).toBe(false);
    expect(tidyPlan(editUnit(plan2023, 'VP', { name: '  Văn phòng   Sở ' })).units.find((u) => u.id === 'VP')?.name).toBe('Văn phòng Sở');
  });

  test('lead and support: one role per unit per task; the lead cannot be emptied', () => {
    const item = plan2023.items.find((i) => i.support.length === 0)!;
    const withSupport = setItemUnits(plan2023, item.id, 'support', ['VP'])!;
    expect(withSupport.items.find((i) => i.id === item.id)!.support).toEqual(['VP']);
    const moved = setItemUnits(withSupport, item.id, 'lead', ['VP'])!;
    const after = moved.items.find((i) => i.id === item.id)!;
    expect(after.lead).toEqual(['VP']);
    expect(after.support).toEqual([]);
    expect(setItemUnits(plan2023, item.id, 'lead', [])).toBeNull();
    expect(setItemUnits(plan2023, 'IX.9', 'lead', ['VP'])).toBeNull();
    expect(PlanSchema.safeParse(moved).success).toBe(true);
  });

  test('hạn gửi gõ tay: "05/6", "5/6", "05/06" là ngày 5 tháng 6; để trống là không có ngày; ngày không có thật bị từ chối', () => {
    expect(parseDayMonth('05/6')).toEqual({ day: 5, month: 6 });
    expect(parseDayMonth(' 5/06 ')).toEqual({ day: 5, month: 6 });
    expect(parseDayMonth('10.02')).toEqual({ day: 10, month: 2 });
    expect(parseDayMonth('')).toBeNull();
    expect(parseDayMonth('31/4')).toBe('invalid');
    expect(parseDayMonth('ngày 5')).toBe('invalid');
    expect(parseDayMonth('29/02')).toEqual({ day: 29, month: 2 });
    expect(formatDayMonth({ day: 5, month: 6 })).toBe('05/6');
    expect(formatDayMonth({ day: 10, month: 2 })).toBe('10/02');
    expect(formatDayMonth(undefined)).toBe('');
  });

  test('sửa hạn gửi của một kỳ và hạn báo cáo của Sở; bỏ ngày thì kỳ không còn hạn; kế hoạch cũ giữ nguyên, kế hoạch mới vẫn hợp lệ', () => {
    const next = setPeriodDue(plan2023, 'Q1', 'due', { day: 8, month: 3 });
    expect(next.reporting.periods.find((p) => p.code === 'Q1')!.due).toEqual({ day: 8, month: 3 });
    expect(plan2023.reporting.periods.find((p) => p.code === 'Q1')!.due).toEqual({ day: 5, month: 3 });
    const own = setPeriodDue(next, 'Y', 'issuerDue', { day: 15, month: 12 });
    expect(own.reporting.periods.find((p) => p.code === 'Y')!.issuerDue).toEqual({ day: 15, month: 12 });
    const cleared = setPeriodDue(own, 'H1', 'due', null);
    expect('due' in cleared.reporting.periods.find((p) => p.code === 'H1')!).toBe(false);
    expect(PlanSchema.safeParse(cleared).success).toBe(true);
  });
});
