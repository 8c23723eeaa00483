/** Dòng "Đơn vị thực hiện": tách đơn vị chủ trì, phối hợp; tên có dấu phẩy hay chữ "và" vẫn nguyên. */
import { readUnitsLine, splitBodies } from '../../src/plan/import/units-line';

test.each([
  ['Thanh tra Sở (chủ trì); Văn phòng Sở (phối hợp).*', ['Thanh tra Sở'], ['Văn phòng Sở']],
  ['Văn phòng Sở, Thanh tra Sở, các phòng chuyên môn và các đơn vị trực thuộc.*', ['Văn phòng Sở', 'Thanh tra Sở', 'các phòng chuyên môn', 'các đơn vị trực thuộc'], []],
  ['Phòng Cải cách hành chính và Công tác thanh niên; Phòng công chức, viên chức (phối hợp).*', ['Phòng Cải cách hành chính và Công tác thanh niên'], ['Phòng công chức, viên chức']],
  ['Văn phòng Sở và các đơn vị trực thuộc Sở (lồng ghép vào kế hoạch tuyên truyền, phổ biến, giáo dục pháp luật của cơ quan, đơn vị).*', ['Văn phòng Sở', 'các đơn vị trực thuộc Sở'], []],
  ['Các phòng chuyên môn và tương đương thuộc Sở và các đơn vị trực thuộc.*', ['Các phòng chuyên môn và tương đương thuộc Sở', 'các đơn vị trực thuộc'], []],
  ['Thanh tra huyện chủ trì, phối hợp với Phòng Tài chính - Kế hoạch, Phòng Nội vụ', ['Thanh tra huyện'], ['Phòng Tài chính - Kế hoạch', 'Phòng Nội vụ']],
  ['Chủ trì: Sở Nội vụ; phối hợp: Sở Tài chính, UBND các xã, phường', ['Sở Nội vụ'], ['Sở Tài chính', 'UBND các xã, phường']],
])('"%s"', (raw, lead, support) => {
  expect(readUnitsLine(raw)).toEqual({ lead, support });
});

test('tên đơn vị có dấu phẩy không bị tách', () => {
  expect(splitBodies('Phòng Công chức, viên chức, Ban Thi đua – Khen thưởng tỉnh')).toEqual(['Phòng Công chức, viên chức', 'Ban Thi đua – Khen thưởng tỉnh']);
});
