/**
 * Một cơ quan, nhiều cách viết tên: kế hoạch của Đảng ủy xã viết "Đảng ủy Ủy ban nhân dân xã" rồi "Đảng ủy UBND xã",
 * "Ủy ban Mặt trận Tổ quốc Việt Nam xã" rồi "Ủy ban MTTQ Việt Nam xã", "Ủy ban Kiểm tra Đảng ủy" rồi "UBKT Đảng ủy";
 * "Hội đồng nhân dân xã (HĐND xã)", "Trung tâm Phục vụ hành chính công xã (TTPVHCC xã)": tên viết tắt trong ngoặc ngay
 * sau tên là tên khác của cơ quan đó. Mỗi cơ quan là một đơn vị, các cách viết khác là bí danh của nó; hai cơ quan khác
 * nhau ("Ủy ban nhân dân xã" và "Đảng ủy Ủy ban nhân dân xã") vẫn là hai đơn vị.
 */
import { PLAIN_PARAGRAPH, toDocumentModel } from '../../src/document';
import { importPlan } from '../../src/plan/import/assemble';

const lines = [
  'ĐẢNG BỘ TỈNH QUẢNG NGÃI',
  'ĐẢNG ỦY XÃ MINH TÂN',
  'Số 21-KH/ĐU',
  'Minh Tân, ngày 08 tháng 01 năm 2027',
  'KẾ HOẠCH',
  'Thực hiện công tác phòng, chống tham nhũng, lãng phí, tiêu cực năm 2027',
  'I. MỤC ĐÍCH, YÊU CẦU',
  '- Nâng cao trách nhiệm của cấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể trong công tác PCTNLPTC.',
  'II. NHIỆM VỤ, GIẢI PHÁP',
  '1. Đảng ủy Ủy ban nhân dân xã lãnh đạo Ủy ban nhân dân xã rà soát, công khai dự toán, quyết toán ngân sách xã theo quy định; thời gian: quý I/2027.',
  '2. Ủy ban Mặt trận Tổ quốc Việt Nam xã chủ trì, phối hợp với Ủy ban Kiểm tra Đảng ủy giám sát việc tu dưỡng, rèn luyện đạo đức, lối sống của cán bộ, đảng viên; thời gian: thường xuyên.',
  '3. Hội đồng nhân dân xã (HĐND xã) tổ chức ít nhất 01 cuộc giám sát chuyên đề về quản lý, sử dụng tài sản công; thời gian: quý III/2027.',
  '4. Trung tâm Phục vụ hành chính công xã (TTPVHCC xã) công khai thủ tục hành chính, tiếp nhận phản ánh, kiến nghị của người dân; thời gian: thường xuyên.',
  '5. Đảng ủy UBND xã chỉ đạo rà soát, xử lý tài sản công dôi dư sau sắp xếp; HĐND xã, Ủy ban MTTQ Việt Nam xã phối hợp giám sát; thời gian: quý II/2027.',
  '6. UBKT Đảng ủy chủ trì, phối hợp với TTPVHCC xã kiểm tra việc công khai kết quả giải quyết phản ánh, kiến nghị; thời gian: 6 tháng, năm.',
  'III. TỔ CHỨC THỰC HIỆN',
  'Các cơ quan, đơn vị báo cáo kết quả thực hiện về Đảng ủy xã (qua Ủy ban Kiểm tra Đảng ủy) trước ngày 20/11/2027.',
  'Nơi nhận:',
  '- Lưu Văn phòng Đảng ủy.',
  'T/M ĐẢNG ỦY',
];

const { plan } = importPlan(toDocumentModel(lines.map((text) => ({ ...PLAIN_PARAGRAPH, text, bold: text === text.toUpperCase() || /^I+\./.test(text) })), { host: 'docx' }));
const unitNamed = (name: string) => plan.units.filter((u) => u.name === name || u.aliases.includes(name));

test('"Đảng ủy UBND xã", "Ủy ban MTTQ Việt Nam xã", "UBKT Đảng ủy", "HĐND xã", "TTPVHCC xã": mỗi tên là một đơn vị đã có, không phải đơn vị mới', () => {
  for (const [full, short] of [
    ['Đảng ủy Ủy ban nhân dân xã', 'Đảng ủy UBND xã'],
    ['Ủy ban Mặt trận Tổ quốc Việt Nam xã', 'Ủy ban MTTQ Việt Nam xã'],
    ['Ủy ban Kiểm tra Đảng ủy', 'UBKT Đảng ủy'],
    ['Hội đồng nhân dân xã', 'HĐND xã'],
    ['Trung tâm Phục vụ hành chính công xã', 'TTPVHCC xã'],
  ]) {
    expect(unitNamed(full!)).toHaveLength(1);
    expect(unitNamed(short!)).toEqual(unitNamed(full!));
  }
});

test('"Ủy ban nhân dân xã" và "Đảng ủy Ủy ban nhân dân xã" là hai cơ quan khác nhau', () => {
  const ubnd = unitNamed('Ủy ban nhân dân xã');
  expect(ubnd.length).toBeLessThanOrEqual(1);
  expect(ubnd[0]?.id).not.toBe(unitNamed('Đảng ủy Ủy ban nhân dân xã')[0]!.id);
});

test('nhiệm vụ 5, 6 giao cho đơn vị đã đặt tên đầy đủ ở trên', () => {
  const id = (name: string) => unitNamed(name)[0]!.id;
  const item = (n: string) => plan.items.find((i) => i.id.endsWith(n))!;
  expect(item('5').lead).toEqual([id('Đảng ủy Ủy ban nhân dân xã')]);
  expect(item('5').support).toEqual([id('Hội đồng nhân dân xã'), id('Ủy ban Mặt trận Tổ quốc Việt Nam xã')]);
  expect(item('6').lead).toEqual([id('Ủy ban Kiểm tra Đảng ủy')]);
  expect(item('6').support).toEqual([id('Trung tâm Phục vụ hành chính công xã')]);
});

