/**
 * Bảng nhiệm vụ có cột "Bộ phận/cá nhân thực hiện": kế hoạch giao việc cho cả người giữ chức vụ, không chỉ cho bộ phận.
 * "Chủ tịch UBND phường" ghi ở cột ấy là người làm việc của riêng mình: vẫn là UBND phường (người đứng đầu của cơ quan
 * ban hành), nhưng cơ quan ban hành được biết cả qua chức vụ ấy, như một kế hoạch giao việc riêng cho các Phó Chủ tịch.
 * Bảng có cột "Cơ quan chủ trì" giữ cách đọc cũ: Chủ tịch là chính UBND phường, không thêm cách gọi ấy.
 */
import { readDocx } from '../../src/docx';
import { importPlan } from '../../src/plan/import/assemble';
import { rawDocx } from '../docx/helpers';

const run = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (text: string) => `<w:tc><w:tcPr><w:tcW w:w="1800" w:type="dxa"/></w:tcPr>${run(text)}</w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;

function planDocx(doerColumn: string): Uint8Array {
  const rows = [
    tr(tc('TT'), tc('Nội dung công việc'), tc(doerColumn), tc('Bộ phận phối hợp'), tc('Sản phẩm')),
    tr(tc('I'), tc('QUÝ III/2027'), tc(''), tc(''), tc('')),
    tr(tc('1'), tc('Tổ chức đối thoại trực tiếp giữa Chủ tịch UBND phường với Nhân dân, doanh nghiệp trên địa bàn về giải quyết thủ tục hành chính.'), tc('Chủ tịch UBND phường'), tc('Văn phòng HĐND và UBND phường'), tc('Thông báo kết luận đối thoại')),
    tr(tc('2'), tc('Xây dựng Kế hoạch tuyên truyền, phổ biến, giáo dục pháp luật về PCTN, TC năm 2027 trên địa bàn phường.'), tc('Công chức Tư pháp - Hộ tịch'), tc('Phòng Văn hóa - Xã hội'), tc('Kế hoạch')),
    tr(tc('II'), tc('THỰC HIỆN THƯỜNG XUYÊN TRONG NĂM'), tc(''), tc(''), tc('')),
    tr(tc('1'), tc('Tiếp công dân; tiếp nhận, xử lý đơn khiếu nại, tố cáo liên quan đến tham nhũng, tiêu cực theo thẩm quyền.'), tc('Chủ tịch UBND phường; Văn phòng HĐND và UBND phường'), tc('Công an phường'), tc('Sổ tiếp công dân')),
  ];
  return rawDocx({
    body: [
      run('ỦY BAN NHÂN DÂN'),
      run('PHƯỜNG TRƯƠNG QUANG TRỌNG'),
      run('Số: 09/KH-UBND'),
      run('KẾ HOẠCH'),
      run('Công tác phòng, chống tham nhũng, tiêu cực năm 2027'),
      run('II. NỘI DUNG CÔNG VIỆC, THỜI GIAN THỰC HIỆN'),
      `<w:tbl><w:tblPr/><w:tblGrid>${'<w:gridCol w:w="1800"/>'.repeat(5)}</w:tblGrid>${rows.join('')}</w:tbl>`,
      run('III. TỔ CHỨC THỰC HIỆN'),
      run('1. Văn phòng HĐND và UBND phường là đầu mối, theo dõi, đôn đốc các bộ phận triển khai Kế hoạch này.'),
    ].join(''),
  });
}

test('cột "Bộ phận/cá nhân thực hiện": "Chủ tịch UBND phường" là UBND phường, được biết cả qua chức vụ ấy', () => {
  const { plan } = importPlan(readDocx(planDocx('Bộ phận/cá nhân thực hiện')));
  const issuer = plan.units.find((u) => u.id === plan.meta.issuer)!;
  const lead = (id: string) => plan.items.find((i) => i.id === id)!.lead;
  expect(lead('I.1')).toEqual([issuer.id]);
  expect(lead('II.1')[0]).toBe(issuer.id);
  expect(issuer.aliases).toEqual(expect.arrayContaining(['UBND phường', 'Chủ tịch UBND phường']));
  // The other post the column names is a doer of its own.
  expect(plan.units.find((u) => u.id === lead('I.2')[0])!.name).toBe('Công chức Tư pháp - Hộ tịch');
});

test('cột "Cơ quan chủ trì": "Chủ tịch UBND phường" là chính UBND phường, không thêm cách gọi theo chức vụ', () => {
  const { plan } = importPlan(readDocx(planDocx('Cơ quan chủ trì')));
  const issuer = plan.units.find((u) => u.id === plan.meta.issuer)!;
  expect(plan.items.find((i) => i.id === 'I.1')!.lead).toEqual([issuer.id]);
  expect(issuer.aliases).not.toContain('Chủ tịch UBND phường');
});
