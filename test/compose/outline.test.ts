import { reportOutline, requiredItems, tt02NodeOf, citationBlock, type Block } from '../../src/compose';
import { requiredStatus } from '../../src/check/required';
import { plan2023 } from '../../src/plan';
import { isAppError } from '../../src/errors/app-error';

const headings = (blocks: Block[]) => blocks.filter((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading');
const itemIds = (blocks: Block[]) => headings(blocks).flatMap((h) => (h.itemId ? [h.itemId] : []));
const placeholderIds = (blocks: Block[]) => blocks.flatMap((b) => (b.kind === 'placeholder' && b.tag.startsWith('pctn:placeholder:') ? [b.tag.slice('pctn:placeholder:'.length)] : []));

describe('reportOutline', () => {
  test('Phòng CCVC quý I: các nhiệm vụ CCVC phải báo cáo trong quý I và các nhiệm vụ theo dõi cả năm (báo cáo 6 tháng, năm), không có nhiệm vụ của đơn vị khác hay chưa đến hạn', () => {
    const monitoring = plan2023.items.filter((item) => requiredStatus(plan2023, item, 'CCVC', 'Q1').reason === 'notInThisPeriod').map((item) => item.id);
    expect(monitoring.sort()).toEqual(['II.3.c.5', 'II.3.i.2', 'II.3.đ.3']);
    const expected = [...plan2023.items.filter((item) => requiredStatus(plan2023, item, 'CCVC', 'Q1').required).map((item) => item.id), ...monitoring];
    const blocks = reportOutline(plan2023, { unit: 'CCVC', period: 'Q1', style: 'tt02' });
    const c5 = blocks.find((b) => b.kind === 'placeholder' && b.tag === 'pctn:placeholder:II.3.c.5');
    expect(c5).toMatchObject({ text: 'Kết quả theo dõi trong kỳ: ... (tổng hợp, báo cáo vào kỳ 6 tháng và năm)' });
    expect(placeholderIds(blocks)).toEqual(expect.arrayContaining(expected));
    expect(new Set(placeholderIds(blocks))).toEqual(new Set(expected));
    // II.3.e.1 (kê khai tài sản, quý IV) is the Sở's, not CCVC's; II.3.a.1 is Văn phòng's.
    expect(placeholderIds(blocks)).not.toContain('II.3.e.1');
    expect(placeholderIds(blocks)).not.toContain('II.3.a.1');
  });

  test('Sở Nội vụ cả năm: mọi nhiệm vụ của kế hoạch; nhiều hơn hẳn CCVC quý I', () => {
    const snv = reportOutline(plan2023, { unit: 'SNV', period: 'Y', style: 'tt02' });
    expect(new Set(placeholderIds(snv))).toEqual(new Set(plan2023.items.map((item) => item.id)));
    const ccvc = reportOutline(plan2023, { unit: 'CCVC', period: 'Q1', style: 'tt02' });
    expect(placeholderIds(ccvc).length).toBeLessThan(placeholderIds(snv).length);
  });

  test('dàn ý Thông tư 02/2021: I, II, III với 3, 7, 4 mục; nhiệm vụ xếp đúng chỗ (II.3.đ → II.4 chuyển đổi vị trí)', () => {
    const blocks = reportOutline(plan2023, { unit: 'SNV', period: 'Y', style: 'tt02' });
    const top = headings(blocks).filter((h) => h.level === 1);
    expect(top.map((h) => h.label)).toEqual(['I.', 'II.', 'III.']);
    expect(top[1]!.text).toBe('KẾT QUẢ THỰC HIỆN CÁC BIỆN PHÁP PHÒNG NGỪA THAM NHŨNG');
    const level2 = headings(blocks).filter((h) => h.level === 2);
    expect(level2.map((h) => h.label).join(' ')).toBe('1. 2. 3. 1. 2. 3. 4. 5. 6. 7. 1. 2. 3. 4.');
    const rotationIndex = blocks.findIndex((b) => b.kind === 'heading' && b.text.startsWith('Chuyển đổi vị trí công tác của người'));
    const rotation = blocks.slice(rotationIndex + 1).findIndex((b) => b.kind === 'heading' && b.level <= 2);
    const under = itemIds(blocks.slice(rotationIndex + 1, rotationIndex + 1 + rotation));
    expect(under).toEqual(['II.3.đ.1', 'II.3.đ.2', 'II.3.đ.3', 'II.3.đ.4']);
    expect(headings(blocks.slice(rotationIndex + 1, rotationIndex + 1 + rotation)).map((h) => h.label)).toEqual(['a)', 'b)', 'c)', 'd)']);
    expect(tt02NodeOf(plan2023.items.find((i) => i.id === 'II.3.h.1')!)).toBe('III.2');
  });

  test('dàn ý theo kế hoạch: "I. KẾT QUẢ THỰC HIỆN …", các mục 1., 2., 3. và a) … như kế hoạch, đánh số liền mạch', () => {
    const blocks = reportOutline(plan2023, { unit: 'CCVC', period: 'Q1', style: 'plan' });
    const hs = headings(blocks);
    expect(hs[0]).toMatchObject({ level: 1, label: 'I.', text: 'KẾT QUẢ THỰC HIỆN NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU CÔNG TÁC PCTN NĂM 2023' });
    const sections = hs.filter((h) => !h.itemId || h.level === 3);
    expect(sections.filter((h) => h.level === 2).map((h) => `${h.label} ${h.text}`)).toEqual(['1. Công tác lãnh đạo, chỉ đạo', '2. Triển khai thực hiện các giải pháp phòng ngừa tham nhũng']);
    const points = hs.filter((h) => h.level === 3 && !h.itemId).map((h) => h.label);
    expect(points).toEqual(['a)', 'b)', 'c)', 'd)', 'đ)', 'e)'].slice(0, points.length));
    // Every required item is there once, under a heading or as a section's only task, with its results line.
    expect(placeholderIds(blocks).sort()).toEqual([...requiredItems(plan2023, 'CCVC', 'Q1').map((i) => i.id), 'II.3.c.5', 'II.3.i.2', 'II.3.đ.3'].sort());
    // Tasks under a point "a)" are "-" items; "Kiểm soát xung đột lợi ích" has one task of the same name: no repeat.
    expect(hs.filter((h) => h.text === 'Kiểm soát xung đột lợi ích')).toHaveLength(1);
    expect(hs.some((h) => h.label === '-')).toBe(true);
  });

  test('đơn vị hay kỳ không có: lỗi hai thứ tiếng', () => {
    expect.assertions(4);
    for (const call of [() => reportOutline(plan2023, { unit: 'PCM', period: 'Q1', style: 'tt02' }), () => reportOutline(plan2023, { unit: 'XYZ', period: 'Q1', style: 'tt02' })]) {
      try {
        call();
      } catch (error) {
        expect(isAppError(error)).toBe(true);
        if (isAppError(error)) expect(error.vi.length * error.en.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('citationBlock', () => {
  test('dạng đầy đủ, rút gọn và căn cứ của Nghị định 59/2019/NĐ-CP', () => {
    expect(citationBlock('nd-59-2019', 'full')).toEqual({
      kind: 'citation',
      registryId: 'nd-59-2019',
      form: 'full',
      text: 'Nghị định số 59/2019/NĐ-CP ngày 01/7/2019 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Phòng, chống tham nhũng',
    });
    expect(citationBlock('nd-59-2019', 'short').text).toBe('Nghị định số 59/2019/NĐ-CP');
    expect(citationBlock('luat-pctn-2018', 'basis').text).toBe('Căn cứ Luật Phòng, chống tham nhũng ngày 20 tháng 11 năm 2018;');
    expect(citationBlock('luat-pctn-2018', 'full').text).toBe('Luật Phòng, chống tham nhũng số 36/2018/QH14 ngày 20/11/2018');
  });

  test('mã văn bản không có trong danh mục: lỗi hai thứ tiếng', () => {
    expect(() => citationBlock('nd-999-2030', 'full')).toThrow(/không có văn bản mã "nd-999-2030".*no document with id/);
  });
});
