import { DOCUMENTS, defaultRegistry, formatBasis, formatDateSlash, formatDateWords, formatFull, formatShort, parseCitations, parseDocumentNumber } from '../../src/cite';
import { isAppError } from '../../src/errors/app-error';

const doc = (id: string) => {
  const found = defaultRegistry.get(id);
  if (!found) throw new Error(`thiếu ${id}`);
  return found;
};

describe('ngày theo Nghị định 30/2020/NĐ-CP', () => {
  test.each([
    ['2023-01-05', 'ngày 05 tháng 01 năm 2023'],
    ['2021-03-22', 'ngày 22 tháng 3 năm 2021'],
    ['2022-02-15', 'ngày 15 tháng 02 năm 2022'],
    ['2018-04-09', 'ngày 09 tháng 4 năm 2018'],
    ['2018-11-20', 'ngày 20 tháng 11 năm 2018'],
  ])('%s → %s', (iso, words) => expect(formatDateWords(iso)).toBe(words));

  test.each([
    ['2019-07-01', '01/7/2019'],
    ['2021-12-30', '30/12/2021'],
    ['2019-01-24', '24/01/2019'],
  ])('dạng gạch chéo %s → %s', (iso, slash) => expect(formatDateSlash(iso)).toBe(slash));

  test('ngày không có thật báo lỗi song ngữ', () => {
    expect.assertions(3);
    try {
      formatDateWords('2023-02-30');
    } catch (error) {
      expect(isAppError(error)).toBe(true);
      if (isAppError(error)) {
        expect(error.vi).toContain('không phải một ngày');
        expect(error.en).toContain('is not a date');
      }
    }
  });
});

describe('trích dẫn đầy đủ và rút gọn', () => {
  test('Nghị định 59: lần đầu đầy đủ, về sau rút gọn', () => {
    expect(formatFull(doc('nd-59-2019'))).toBe(
      'Nghị định số 59/2019/NĐ-CP ngày 01/7/2019 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Phòng, chống tham nhũng',
    );
    expect(formatShort(doc('nd-59-2019'))).toBe('Nghị định số 59/2019/NĐ-CP');
  });

  test('Luật: có số và ngày; dạng căn cứ ghi ngày bằng chữ; rút gọn ghi năm', () => {
    const law = doc('luat-pctn-2018');
    expect(formatFull(law)).toBe('Luật Phòng, chống tham nhũng số 36/2018/QH14 ngày 20/11/2018');
    expect(formatBasis(law)).toBe('Luật Phòng, chống tham nhũng ngày 20 tháng 11 năm 2018');
    expect(formatShort(law)).toBe('Luật Phòng, chống tham nhũng năm 2018');
  });

  test('văn bản Đảng và văn bản hành chính', () => {
    expect(formatFull(doc('ct-31-tu-2014'))).toBe(
      'Chỉ thị số 31-CT/TU ngày 13/6/2014 của Ban Thường vụ Tỉnh ủy về chủ trương không dùng bia, rượu trong buổi trưa của các ngày làm việc',
    );
    expect(formatShort(doc('ct-10-ttg-2019'))).toBe('Chỉ thị số 10/CT-TTg');
    expect(formatBasis(doc('tt-02-2021-ttcp'))).toMatch(/^Thông tư số 02\/2021\/TT-TTCP ngày 22 tháng 3 năm 2021 của Thanh tra Chính phủ quy định/);
  });
});

describe('mọi văn bản trong danh mục: định dạng rồi đọc lại ra đúng văn bản', () => {
  test.each(DOCUMENTS.map((d) => [d.id, d] as const))('%s', (_id, entry) => {
    for (const form of [formatFull(entry), formatShort(entry), formatBasis(entry)]) {
      const citations = parseCitations(form);
      const first = citations[0];
      expect({ form, registryId: first?.registryId }).toEqual({ form, registryId: entry.id });
      expect(first?.span).toEqual({ start: 0, end: form.length });
      // the whole form is one citation: the subject (which may name other documents) belongs to it
      expect(citations).toHaveLength(1);
      if (first?.number) expect(first.number).toBe(entry.number);
      if (first?.date) expect(first.date.iso).toBe(entry.date);
      if (first?.year !== undefined && entry.type !== 'Tiêu chuẩn') {
        expect(first.year).toBe(parseDocumentNumber(entry.number)?.year ?? Number(entry.date?.slice(0, 4)));
      }
    }
    const full = parseCitations(formatFull(entry))[0];
    if (entry.date) expect(full?.date?.iso).toBe(entry.date);
    if (entry.type !== 'Luật' && entry.type !== 'Tiêu chuẩn') expect(full?.issuerText).toBe(entry.issuer);
  });
});
