/** Nhóm kế hoạch nêu mà không kể thành viên: đơn vị nào thuộc nhóm, đọc từ chữ của nhóm và tên của đơn vị. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PLAIN_PARAGRAPH, toDocumentModel } from '../../src/document';
import { readDocx } from '../../src/docx';
import { importPlan } from '../../src/plan/import/assemble';
import { bodyKindOf, fitsGroup, groupForBody, kindsOfGroup } from '../../src/plan/group-fit';
import { expandUnits } from '../../src/plan/units';
import { checkReport } from '../../src/check';

test.each([
  ['các phòng chuyên môn và tương đương thuộc Sở', 'Phòng Công chức, viên chức', true],
  ['các phòng chuyên môn và tương đương thuộc Sở', 'Văn phòng Sở', true],
  ['các phòng chuyên môn và tương đương thuộc Sở', 'Chi cục Văn thư - Lưu trữ', false],
  ['các đơn vị trực thuộc Sở', 'Chi cục Văn thư - Lưu trữ', true],
  ['các đơn vị sự nghiệp trực thuộc', 'Trung tâm Dịch vụ việc làm', true],
  ['UBND các xã, phường', 'UBND phường Hải Châu', true],
  ['các khoa, phòng', 'Khoa Nội tổng hợp', true],
  ['các đơn vị trực thuộc Sở', 'Thanh tra Sở', false],
  ['các bệnh viện trực thuộc Sở', 'Bệnh viện Đa khoa khu vực Tháp Mười', true],
  ['các bệnh viện trực thuộc Sở', 'Trung tâm Kiểm soát bệnh tật tỉnh', false],
  ['các trung tâm y tế khu vực', 'Trung tâm Y tế khu vực Cao Lãnh', true],
  // A group naming two kinds takes in both, and no other affiliate.
  ['các bệnh viện, trung tâm y tế trực thuộc', 'Trung tâm Y tế khu vực Bảo Lộc', true],
  ['các bệnh viện, trung tâm y tế trực thuộc', 'Bệnh viện Đa khoa tỉnh Lâm Đồng', true],
  ['các bệnh viện, trung tâm y tế trực thuộc', 'Chi cục Dân số', false],
  // The youth union's tier under its committee takes in every commune's Đoàn, not the commune's UBND.
  ['Đoàn cấp xã và Đoàn trực thuộc', 'BCH Đoàn xã Di Linh', true],
  ['Đoàn cơ sở', 'Đoàn phường Bảo Lộc', true],
  ['Đoàn cấp xã và Đoàn trực thuộc', 'UBND xã Di Linh', false],
  ['UBND các xã, phường', 'Đoàn xã Di Linh', false],
])('"%s" ∋ "%s": %s', (group, body, fits) => {
  expect(fitsGroup({ name: group }, { name: body, kind: bodyKindOf(body) === 'affiliate' ? 'affiliate' : 'division' })).toBe(fits);
});

const plan = importPlan(readDocx(readFileSync(path.join(__dirname, '../fixtures/plans/so-noi-vu-quang-ngai-2023/plan.docx')), { name: 'plan.docx' })).plan;
const idOf = (name: string) => plan.units.find((u) => u.name === name)!.id;

test('nhóm "các phòng chuyên môn" của kế hoạch đã nhập gồm các phòng kế hoạch nêu tên, không gồm Sở', () => {
  const members = expandUnits(plan, [idOf('Các phòng chuyên môn và tương đương thuộc Sở')]);
  expect(members).toEqual(expect.arrayContaining([idOf('Phòng Công chức, viên chức'), idOf('Văn phòng Sở'), idOf('Thanh tra Sở')]));
  expect(members).not.toContain(plan.meta.issuer);
});

test('báo cáo của một Chi cục kế hoạch không nêu tên: coi là thành viên nhóm "các đơn vị trực thuộc Sở"', () => {
  const lines = ['SỞ NỘI VỤ TỈNH QUẢNG NGÃI', 'CHI CỤC VĂN THƯ - LƯU TRỮ', 'Số: 12/BC-CCVTLT', 'BÁO CÁO', 'Kết quả công tác phòng, chống tham nhũng quý I năm 2023', 'Thực hiện Kế hoạch số 235/KH-SNV, Chi cục báo cáo như sau:'];
  const model = toDocumentModel(lines.map((text) => ({ ...PLAIN_PARAGRAPH, text, bold: text === text.toUpperCase() })), { host: 'docx' });
  const result = checkReport(plan, model);
  expect(result.unit?.name).toBe('các đơn vị trực thuộc Sở');
  expect(result.items.find((i) => i.id === 'II.1.2')!.required).toBe(true);
  expect(result.items.find((i) => i.id === 'II.3.b.2')!.required).toBe(false);
});

test('dòng thứ hai của tiêu đề "PHƯỜNG PHỐ HIẾN" (dưới "ỦY BAN NHÂN DÂN") là một đơn vị cấp xã', () => {
  expect(bodyKindOf('PHƯỜNG PHỐ HIẾN')).toBe('commune');
  expect(bodyKindOf('UBND xã Tân Hưng')).toBe('commune');
  expect(fitsGroup({ name: 'UBND các xã, phường' }, { name: 'PHƯỜNG PHỐ HIẾN', kind: 'division' })).toBe(true);
});

test('bệnh viện kế hoạch không nêu tên thuộc nhóm "các bệnh viện", không phải nhóm chung "các đơn vị trực thuộc"', () => {
  const groups = [{ name: 'các đơn vị sự nghiệp trực thuộc Sở' }, { name: 'các bệnh viện trực thuộc Sở' }, { name: 'các trung tâm y tế khu vực' }];
  expect(groupForBody(groups, { name: 'BỆNH VIỆN ĐA KHOA', kind: 'division' })?.name).toBe('các bệnh viện trực thuộc Sở');
  expect(groupForBody(groups, { name: 'TRUNG TÂM Y TẾ KHU VỰC HỒNG NGỰ', kind: 'division' })?.name).toBe('các trung tâm y tế khu vực');
  expect(groupForBody(groups, { name: 'Chi cục Dân số', kind: 'division' })?.name).toBe('các đơn vị sự nghiệp trực thuộc Sở');
});

test('"Văn phòng Đăng ký đất đai", "Văn phòng công chứng" là đơn vị sự nghiệp, không phải văn phòng của một cơ quan', () => {
  expect(bodyKindOf('VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI')).toBe('affiliate');
  expect(bodyKindOf('Văn phòng công chứng số 1')).toBe('affiliate');
  expect(bodyKindOf('Văn phòng Sở')).toBe('division');
  expect(bodyKindOf('BẢO TÀNG TỈNH')).toBe('affiliate');
  expect(bodyKindOf('Thư viện tỉnh')).toBe('affiliate');
  expect(bodyKindOf('Trường THPT Hai Bà Trưng')).toBe('affiliate');
  expect(groupForBody([{ name: 'các phòng chuyên môn' }, { name: 'các đơn vị sự nghiệp trực thuộc Sở' }], { name: 'VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI', kind: 'division' })?.name).toBe('các đơn vị sự nghiệp trực thuộc Sở');
});

test('"các phòng, đơn vị thuộc Sở" và "các phòng, đơn vị thuộc và trực thuộc Sở" gồm cả phòng lẫn đơn vị trực thuộc', () => {
  expect(kindsOfGroup('các phòng, đơn vị thuộc Sở')).toEqual(['division', 'affiliate']);
  expect(kindsOfGroup('Các phòng, đơn vị thuộc và trực thuộc Sở')).toEqual(['division', 'affiliate']);
  expect(kindsOfGroup('các đơn vị thuộc, trực thuộc Sở')).toEqual(['affiliate']);
  // "các phòng chuyên môn" alone stays the phòng.
  expect(kindsOfGroup('các phòng chuyên môn thuộc Sở')).toEqual(['division']);
});

test('"các đơn vị thuộc Trường" gồm mọi đơn vị bên trong: phòng, khoa, trung tâm; "các đơn vị trực thuộc Sở" chỉ gồm đơn vị trực thuộc', () => {
  expect(kindsOfGroup('các đơn vị thuộc Trường')).toEqual(['affiliate', 'division', 'ward']);
  expect(fitsGroup({ name: 'các đơn vị thuộc Trường' }, { name: 'các Khoa', kind: 'group' })).toBe(true);
  expect(fitsGroup({ name: 'các đơn vị thuộc Trường' }, { name: 'Phòng Tổ chức - Hành chính', kind: 'division' })).toBe(true);
  expect(fitsGroup({ name: 'các đơn vị trực thuộc Sở' }, { name: 'Phòng Tổ chức cán bộ', kind: 'division' })).toBe(false);
  expect(kindsOfGroup('các đơn vị thuộc, trực thuộc Sở')).toEqual(['affiliate']);
});

test('nhóm kể nhiều loại ("các phòng, chi cục, đơn vị thuộc Sở", "các khoa, phòng, trạm y tế"): mỗi loại được kể đều thuộc nhóm', () => {
  const listed = { name: 'Các phòng, chi cục, đơn vị thuộc Sở' };
  expect(fitsGroup(listed, { name: 'Chi cục Kiểm lâm', kind: 'affiliate' })).toBe(true);
  expect(fitsGroup(listed, { name: 'Phòng Tổ chức cán bộ', kind: 'division' })).toBe(true);
  expect(kindsOfGroup('các khoa, phòng, trạm y tế')).toEqual(['division', 'ward', 'affiliate']);
  // A list with a word this reading does not know adds nothing ("các sở, ban, ngành" stays the departments).
  expect(kindsOfGroup('các sở, ban, ngành tỉnh')).toEqual(['department']);
  expect(kindsOfGroup('các tổ chuyên môn, tổ văn phòng')).toEqual([]);
});

test('"các đơn vị trường học trực thuộc Sở", "các cơ sở giáo dục": một trường THPT thuộc nhóm; một phòng của Sở, một trung tâm thì không', () => {
  const schools = { name: 'các đơn vị trường học trực thuộc Sở' };
  expect(fitsGroup(schools, { name: 'Trường THPT Nguyễn Hùng Sơn', kind: 'affiliate' })).toBe(true);
  expect(fitsGroup(schools, { name: 'Phòng Tổ chức cán bộ', kind: 'division' })).toBe(false);
  expect(fitsGroup(schools, { name: 'Trung tâm Giáo dục thường xuyên tỉnh', kind: 'affiliate' })).toBe(false);
  expect(fitsGroup({ name: 'các cơ sở giáo dục trực thuộc' }, { name: 'Trường Phổ thông Dân tộc nội trú tỉnh', kind: 'affiliate' })).toBe(true);
  const groups = [{ name: 'các phòng chuyên môn thuộc Sở' }, schools];
  expect(groupForBody(groups, { name: 'Trường THPT Nguyễn Hùng Sơn', kind: 'affiliate' })).toBe(schools);
});

test('thân thể không có tên trong kế hoạch thuộc nhóm hẹp nhất nhận nó: "Khoa Nội tổng hợp" là của "các khoa lâm sàng", không phải "các khoa, phòng"', () => {
  const groups = [{ name: 'các khoa, phòng' }, { name: 'các khoa lâm sàng' }];
  expect(groupForBody(groups, { name: 'Khoa Nội tổng hợp', kind: 'division' })?.name).toBe('các khoa lâm sàng');
  expect(groupForBody(groups, { name: 'Phòng Điều dưỡng', kind: 'division' })?.name).toBe('các khoa, phòng');
});

test('nhóm ít loại hơn nằm trong nhóm nhiều loại hơn: báo cáo của "các khoa" trả lời cho việc của "các khoa, phòng, trung tâm"; ngược lại thì không', () => {
  expect(fitsGroup({ name: 'các khoa, phòng, trung tâm' }, { name: 'các khoa', kind: 'group' })).toBe(true);
  expect(fitsGroup({ name: 'các khoa' }, { name: 'các khoa, phòng, trung tâm', kind: 'group' })).toBe(false);
  expect(fitsGroup({ name: 'các phòng, đơn vị thuộc Sở' }, { name: 'các phòng chuyên môn', kind: 'group' })).toBe(true);
});
