/** Câu cuối một mục giao các điểm a), b), c) của mục cho đơn vị và nêu thời gian, một lần cho tất cả. */
import { isPointsSentence, readPointsSentence } from '../../src/plan/import/points';

const read = (sentence: string, letters: string[]) => Object.fromEntries([...(readPointsSentence(sentence, letters) ?? new Map())].map(([l, a]) => [l, [a.units, a.time]]));

test('mỗi vế một đơn vị và các điểm của nó; vế "thời gian:" chung cho cả câu', () => {
  expect(read('Phòng Quản lý đầu tư chủ trì thực hiện điểm a, phối hợp với Phòng Quản lý doanh nghiệp; Văn phòng Ban chủ trì thực hiện điểm b, Trung tâm phối hợp; thời gian: thường xuyên.', ['a', 'b'])).toEqual({
    a: ['Phòng Quản lý đầu tư chủ trì, phối hợp với Phòng Quản lý doanh nghiệp', 'thường xuyên'],
    b: ['Văn phòng Ban chủ trì, Trung tâm phối hợp', 'thường xuyên'],
  });
});

test('"Các nội dung tại điểm a, b do X chủ trì, Y (sau đây gọi là Z) phối hợp thực hiện"; thời gian riêng từng điểm', () => {
  expect(read('Các nội dung tại điểm a, b do Văn phòng Ban chủ trì, Trung tâm Dịch vụ (sau đây gọi là Trung tâm) phối hợp thực hiện; thời gian: điểm a hoàn thành trong quý I/2026, điểm b thực hiện thường xuyên.', ['a', 'b'])).toEqual({
    a: ['Văn phòng Ban chủ trì, Trung tâm Dịch vụ phối hợp', 'điểm a hoàn thành trong quý I/2026'],
    b: ['Văn phòng Ban chủ trì, Trung tâm Dịch vụ phối hợp', 'điểm b thực hiện thường xuyên'],
  });
});

test('thời gian nói trong vế của một điểm ("…, hoàn thành … trước ngày …") là của điểm ấy; vế sau có "thời gian:" của riêng nó', () => {
  expect(read('Văn phòng Ban chủ trì thực hiện điểm c, hoàn thành việc ban hành kế hoạch trước ngày 31/3/2026; các phòng, đơn vị thuộc Ban thực hiện các nội dung tại điểm a, b, thời gian: thường xuyên.', ['a', 'b', 'c'])).toEqual({
    a: ['các phòng, đơn vị thuộc Ban', 'thường xuyên'],
    b: ['các phòng, đơn vị thuộc Ban', 'thường xuyên'],
    c: ['Văn phòng Ban chủ trì', 'hoàn thành việc ban hành kế hoạch trước ngày 31/3/2026'],
  });
});

test('vế không nêu điểm nào ("các phòng phối hợp") áp cho mọi điểm', () => {
  expect(read('Văn phòng Ban chủ trì thực hiện các nội dung tại điểm a, b; các phòng, đơn vị thuộc Ban phối hợp; thời gian: trước ngày 31/12/2026.', ['a', 'b'])).toEqual({
    a: ['Văn phòng Ban chủ trì; các phòng, đơn vị thuộc Ban phối hợp', 'trước ngày 31/12/2026'],
    b: ['Văn phòng Ban chủ trì; các phòng, đơn vị thuộc Ban phối hợp', 'trước ngày 31/12/2026'],
  });
});

test('câu không giao điểm nào không phải câu giao điểm', () => {
  expect(isPointsSentence('Tăng cường công tác kiểm tra, giám sát việc thực hiện nhiệm vụ.')).toBe(false);
  expect(isPointsSentence('a) Văn phòng Ban chủ trì thực hiện điểm a.')).toBe(false);
  expect(isPointsSentence('Các nội dung trên do Văn phòng Ban chủ trì thực hiện; thời gian: thường xuyên.')).toBe(true);
  expect(readPointsSentence('Thời gian: thường xuyên.', ['a', 'b'])).toBeNull();
});

test('điểm đánh số ("tiết 1.1, 1.2"): mỗi vế giao các tiết của nó; "riêng tiết 1.2 …" trong thời gian là thời gian riêng của tiết ấy', () => {
  expect(read('Phòng Tổ chức cán bộ chủ trì thực hiện nội dung tại tiết 1.1, 1.2; Văn phòng chủ trì nội dung tại tiết 1.3; các Thuế cơ sở phối hợp; thời gian: thường xuyên, riêng tiết 1.2 hoàn thành trong quý I/2026.', ['1.1', '1.2', '1.3'])).toEqual({
    '1.1': ['Phòng Tổ chức cán bộ chủ trì; các Thuế cơ sở phối hợp', 'thường xuyên'],
    '1.2': ['Phòng Tổ chức cán bộ chủ trì; các Thuế cơ sở phối hợp', 'riêng tiết 1.2 hoàn thành trong quý I/2026'],
    '1.3': ['Văn phòng chủ trì; các Thuế cơ sở phối hợp', 'thường xuyên'],
  });
});
