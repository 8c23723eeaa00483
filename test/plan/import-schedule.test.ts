/** Lịch báo cáo ở phần "Tổ chức thực hiện": các kỳ, hạn gửi và nơi nhận. */
import { readSchedule } from '../../src/plan/import/schedule';
import { plan2023 } from '../../src/plan';

test('kế hoạch 2023: bốn kỳ, hạn 05/3, 05/6, 05/9, 05/12, gửi Thanh tra Sở', () => {
  const schedule = readSchedule(plan2023.reporting.text);
  expect(schedule.periods.map((p) => [p.code, p.due!.day, p.due!.month])).toEqual(plan2023.reporting.periods.map((p) => [p.code, p.due!.day, p.due!.month]));
  expect(schedule.periods.find((p) => p.code === 'H1')!.names).toEqual(['quý II', '6 tháng']);
  expect(schedule.receiver).toBe('Thanh tra Sở');
});

test('cách viết khác: "chậm nhất ngày 16/6 cho báo cáo 6 tháng", gửi UBND thành phố qua Thanh tra thành phố (nơi nhận thật)', () => {
  const schedule = readSchedule(['Các cơ quan, đơn vị gửi báo cáo về UBND thành phố (qua Thanh tra thành phố) chậm nhất ngày 16/3 cho báo cáo quý I; ngày 16/6 cho báo cáo 6 tháng; ngày 16/9 cho báo cáo 9 tháng; ngày 16/12 cho báo cáo năm.']);
  expect(schedule.periods.map((p) => `${p.code} ${p.due!.day}/${p.due!.month}`)).toEqual(['Q1 16/3', 'H1 16/6', '9M 16/9', 'Y 16/12']);
  expect(schedule.receiver).toBe('Thanh tra thành phố');
});

test('danh sách "- Báo cáo quý I năm 2026: gửi trước ngày 10/3/2026;", nơi nhận ở đoạn dẫn trước đó', () => {
  const schedule = readSchedule([
    '2. Các sở, ban, ngành, UBND các xã, phường báo cáo kết quả thực hiện Kế hoạch này gửi về UBND tỉnh (qua Thanh tra tỉnh) để tổng hợp, cụ thể:',
    '- Báo cáo quý I năm 2026: gửi trước ngày 10/3/2026;',
    '- Báo cáo 6 tháng đầu năm 2026: gửi trước ngày 10/6/2026;',
    '- Báo cáo 9 tháng năm 2026: gửi trước ngày 10/9/2026;',
    '- Báo cáo năm 2026: gửi trước ngày 05/12/2026.',
    '3. Giao Thanh tra tỉnh tổng hợp kết quả, tham mưu UBND tỉnh báo cáo Thanh tra Chính phủ theo quy định.',
  ]);
  expect(schedule.periods.map((p) => `${p.code} ${p.due!.day}/${p.due!.month} ${p.dueRaw}`)).toEqual([
    'Q1 10/3 trước ngày 10/3/2026',
    'H1 10/6 trước ngày 10/6/2026',
    '9M 10/9 trước ngày 10/9/2026',
    'Y 5/12 trước ngày 05/12/2026',
  ]);
  expect(schedule.receiver).toBe('Thanh tra tỉnh');
});

test('trong một câu: "báo cáo quý I trước ngày 10/3/2026; báo cáo 6 tháng trước ngày 10/6/2026; ..."', () => {
  const schedule = readSchedule(['Các sở, ngành gửi về UBND tỉnh (qua Thanh tra tỉnh) như sau: báo cáo quý I trước ngày 10/3/2026; báo cáo 6 tháng trước ngày 10/6/2026; báo cáo 9 tháng trước ngày 10/9/2026; báo cáo năm trước ngày 05/12/2026.']);
  expect(schedule.periods.map((p) => `${p.code} ${p.due!.day}/${p.due!.month}`)).toEqual(['Q1 10/3', 'H1 10/6', '9M 10/9', 'Y 5/12']);
});

test('"định kỳ 6 tháng, năm" không có ngày: hai kỳ, không bịa hạn; báo cáo của cơ quan ban hành lên cấp trên không phải nơi nhận', () => {
  const schedule = readSchedule([
    '1. Phòng TCCB là đầu mối giúp Giám đốc tổng hợp kết quả thực hiện, tham mưu Giám đốc báo cáo Sở Y tế (qua Thanh tra Sở) định kỳ 6 tháng, năm.',
    '2. Trưởng các khoa, phòng tổ chức thực hiện và báo cáo kết quả về Bệnh viện (qua phòng TCCB) định kỳ 6 tháng, năm để tổng hợp.',
  ]);
  expect(schedule.periods).toEqual([
    { code: 'H1', names: ['6 tháng'], dueRaw: 'định kỳ 6 tháng, năm' },
    { code: 'Y', names: ['năm'], dueRaw: 'định kỳ 6 tháng, năm' },
  ]);
  expect(schedule.receiver).toBe('phòng TCCB');
});

test('"Báo cáo quý I, 6 tháng, 9 tháng gửi trước ngày 10 của tháng cuối kỳ báo cáo": ngày 10 của tháng cuối mỗi kỳ', () => {
  const schedule = readSchedule([
    '4. Chế độ báo cáo: các sở, ngành, UBND cấp xã báo cáo kết quả thực hiện Kế hoạch này gửi về Thanh tra tỉnh để tổng hợp. Báo cáo quý I, 6 tháng, 9 tháng gửi trước ngày 10 của tháng cuối kỳ báo cáo (10/3, 10/6, 10/9/2026); báo cáo năm gửi trước ngày 05/12/2026.',
  ]);
  expect(schedule.periods.map((p) => `${p.code} ${p.due!.day}/${p.due!.month}`)).toEqual(['Q1 10/3', 'H1 10/6', '9M 10/9', 'Y 5/12']);
  expect(schedule.periods[0]!.dueRaw).toBe('trước ngày 10 của tháng cuối kỳ báo cáo (10/3, 10/6, 10/9/2026)');
  expect(schedule.receiver).toBe('Thanh tra tỉnh');
});

test('"định kỳ hằng quý ... trước ngày 08 của tháng cuối quý; riêng báo cáo năm gửi trước ngày 05/12/2026"', () => {
  const schedule = readSchedule([
    '2. Trưởng các phòng chuyên môn, Giám đốc các đơn vị trực thuộc Sở căn cứ nhiệm vụ được giao tổ chức thực hiện; định kỳ hằng quý gửi báo cáo kết quả thực hiện về Sở (qua Văn phòng Sở) trước ngày 08 của tháng cuối quý; riêng báo cáo năm gửi trước ngày 05/12/2026.',
  ]);
  expect(schedule.periods.map((p) => `${p.code} ${p.due!.day}/${p.due!.month}`)).toEqual(['Q1 8/3', 'H1 8/6', '9M 8/9', 'Y 5/12']);
  expect(schedule.receiver).toBe('Văn phòng Sở');
});

test('"hằng quý ... chậm nhất vào ngày 08 của tháng cuối quý (quý I: ngày 08/3/2026; ...); riêng báo cáo năm ... ngày 25/11/2026", báo cáo của Sở lên tỉnh ngày 12', () => {
  const schedule = readSchedule([
    '2. Chế độ báo cáo thực hiện theo Thông tư số 06/2025/TT-TTCP ngày 29/9/2025 của Thanh tra Chính phủ. Các phòng thuộc Sở, các đơn vị trực thuộc báo cáo kết quả thực hiện Kế hoạch hằng quý bằng văn bản (kèm tệp điện tử) về Sở qua Văn phòng Sở, chậm nhất vào ngày 08 của tháng cuối quý (quý I: ngày 08/3/2026; quý II và 6 tháng: ngày 08/6/2026; quý III và 9 tháng: ngày 08/9/2026); riêng báo cáo năm gửi chậm nhất ngày 25/11/2026.',
    '3. Giao Văn phòng Sở theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch; tổng hợp, tham mưu Giám đốc Sở báo cáo Ủy ban nhân dân tỉnh (qua Thanh tra tỉnh) trước ngày 12 của tháng cuối quý và báo cáo đột xuất khi có yêu cầu.',
  ]);
  expect(schedule.periods.map((p) => `${p.code} ${p.due!.day}/${p.due!.month} → ${p.issuerDue!.day}/${p.issuerDue!.month}`)).toEqual([
    'Q1 8/3 → 12/3',
    'H1 8/6 → 12/6',
    '9M 8/9 → 12/9',
    'Y 25/11 → 12/12',
  ]);
  expect(schedule.periods.find((p) => p.code === 'H1')!.names).toEqual(['quý II', '6 tháng']);
  expect(schedule.receiver).toBe('Văn phòng Sở');
});

test('hạn trong câu "tham mưu ... báo cáo UBND tỉnh (quý I: ngày 12/3)" là hạn của cơ quan ban hành, không phải của các đơn vị', () => {
  const schedule = readSchedule(['Văn phòng Sở tổng hợp, tham mưu Giám đốc Sở báo cáo UBND tỉnh (quý I: ngày 12/3/2026; 6 tháng: ngày 12/6/2026).']);
  expect(schedule.periods).toEqual([]);
});

test('hai kỳ trong một câu: "báo cáo quý I và báo cáo 9 tháng gửi chậm nhất ngày 10 của tháng cuối kỳ; báo cáo 6 tháng và báo cáo năm gửi trước ngày 05/6 và 05/11" (mỗi ngày một kỳ, theo thứ tự)', () => {
  const schedule = readSchedule([
    '3. Thủ trưởng các phòng, đơn vị thuộc Sở chủ động tổ chức thực hiện. Báo cáo gửi về Sở (qua VP) như sau: báo cáo quý I và báo cáo 9 tháng gửi chậm nhất ngày 10 của tháng cuối kỳ; báo cáo 6 tháng và báo cáo năm gửi trước ngày 05/6 và 05/11.',
  ]);
  expect(schedule.periods.map((p) => `${p.code} ${p.due!.day}/${p.due!.month} «${p.dueRaw}»`)).toEqual([
    'Q1 10/3 «chậm nhất ngày 10 của tháng cuối kỳ»',
    'H1 5/6 «trước ngày 05/6»',
    '9M 10/9 «chậm nhất ngày 10 của tháng cuối kỳ»',
    'Y 5/11 «05/11»',
  ]);
  expect(schedule.periods.map((p) => p.names)).toEqual([['quý I'], ['6 tháng'], ['9 tháng'], ['năm']]);
});

test('ngày kèm tên kỳ trong ngoặc: "trước ngày 15/3 (quý I), 10/6 (6 tháng), 15/9 (9 tháng) và 10/11 (năm)": của các đơn vị, hoặc của Sở khi là câu tham mưu', () => {
  const units = readSchedule(['Các phòng, đơn vị gửi báo cáo về Thanh tra Sở trước ngày 08/3 (quý I), 08/6 (6 tháng), 08/9 (9 tháng) và 08/11 (năm).']);
  expect(units.periods.map((p) => `${p.code} ${p.due!.day}/${p.due!.month}`)).toEqual(['Q1 8/3', 'H1 8/6', '9M 8/9', 'Y 8/11']);
  expect(units.receiver).toBe('Thanh tra Sở');
  const both = readSchedule([
    'Báo cáo gửi về Sở (qua VP): báo cáo quý I và báo cáo 9 tháng gửi chậm nhất ngày 10 của tháng cuối kỳ; báo cáo 6 tháng và báo cáo năm gửi trước ngày 05/6 và 05/11.',
    '4. VP tổng hợp, tham mưu Giám đốc Sở báo cáo Thanh tra tỉnh kết quả thực hiện công tác PCTNTC của Sở trước ngày 15/3 (quý I), 10/6 (6 tháng), 15/9 (9 tháng) và 10/11 (năm); báo cáo đột xuất khi có yêu cầu.',
  ]);
  expect(both.periods.map((p) => `${p.code} ${p.due!.day}/${p.due!.month} → ${p.issuerDue!.day}/${p.issuerDue!.month}`)).toEqual([
    'Q1 10/3 → 15/3',
    'H1 5/6 → 10/6',
    '9M 10/9 → 15/9',
    'Y 5/11 → 10/11',
  ]);
});

describe('những cách viết lịch báo cáo khác', () => {
  const days = (paragraphs: string[]) => readSchedule(paragraphs).periods.map((p) => `${p.code} ${p.due ? `${p.due.day}/${p.due.month}` : '-'}${p.issuerDue ? ` → ${p.issuerDue.day}/${p.issuerDue.month}` : ''}`);

  test('"gửi báo cáo quý về Văn phòng Sở trước ngày 12 của tháng cuối quý; báo cáo năm ... 10/12/2026": ba quý theo ngày 12, năm theo ngày riêng', () => {
    const text = 'Các phòng, đơn vị gửi báo cáo quý về Văn phòng Sở trước ngày 12 của tháng cuối quý; báo cáo năm gửi trước ngày 10/12/2026.';
    expect(days([text])).toEqual(['Q1 12/3', 'H1 12/6', '9M 12/9', 'Y 10/12']);
    expect(readSchedule([text]).receiver).toBe('Văn phòng Sở');
  });

  test('tên kỳ trong ngoặc sau "định kỳ", ngày của tháng cuối quý không có "của"; nơi nhận qua Văn phòng Sở', () => {
    const text = 'Các đơn vị báo cáo định kỳ (quý I, 6 tháng, 9 tháng, năm) về Sở qua Văn phòng Sở chậm nhất vào ngày 08 tháng cuối quý.';
    expect(days([text])).toEqual(['Q1 8/3', 'H1 8/6', '9M 8/9', 'Y 8/12']);
    expect(readSchedule([text]).receiver).toBe('Văn phòng Sở');
  });

  test('"Thời hạn gửi báo cáo: Quý I trước ngày 12/3/2026; 6 tháng trước ngày 12/6/2026; ..." (tên kỳ mở đầu vế câu)', () => {
    expect(days(['Thời hạn gửi báo cáo: Quý I trước ngày 12/3/2026; 6 tháng trước ngày 12/6/2026; 9 tháng trước ngày 12/9/2026; năm trước ngày 12/12/2026.'])).toEqual(['Q1 12/3', 'H1 12/6', '9M 12/9', 'Y 12/12']);
  });

  test('ngày viết bằng chữ "ngày 05 tháng 3 (báo cáo quý I)"', () => {
    expect(days(['Các phòng, đơn vị thuộc Sở báo cáo kết quả thực hiện về Sở (qua Thanh tra Sở) trước ngày 05 tháng 3 (báo cáo quý I), ngày 05 tháng 6 (báo cáo 6 tháng), ngày 05 tháng 9 (báo cáo 9 tháng) và ngày 05 tháng 12 (báo cáo năm).'])).toEqual(['Q1 5/3', 'H1 5/6', '9M 5/9', 'Y 5/12']);
  });

  test('ngày liệt kê không kèm tên kỳ: mỗi ngày về kỳ nó khép lại; trong câu tham mưu là hạn của cơ quan ban hành', () => {
    expect(days(['Các đơn vị gửi báo cáo về Thanh tra Sở trước ngày 10/3, 10/6, 10/9 và 05/12/2026.'])).toEqual(['Q1 10/3', 'H1 10/6', '9M 10/9', 'Y 5/12']);
    expect(
      days([
        'Các đơn vị gửi báo cáo về Thanh tra Sở trước ngày 10/3, 10/6, 10/9 và 05/12/2026.',
        'Văn phòng Sở tổng hợp, tham mưu Giám đốc Sở báo cáo UBND tỉnh (qua Thanh tra tỉnh) trước ngày 15/3, 15/6, 15/9 và 10/12/2026.',
      ]),
    ).toEqual(['Q1 10/3 → 15/3', 'H1 10/6 → 15/6', '9M 10/9 → 15/9', 'Y 5/12 → 10/12']);
    // Days that do not close four different periods are not guessed.
    expect(days(['Các đơn vị gửi báo cáo về Thanh tra Sở trước ngày 10/3 và 20/3/2026.'])).toEqual([]);
  });

  test('"(báo cáo năm trước ngày 10/12/2026)" trong câu tham mưu là hạn báo cáo năm của cơ quan ban hành', () => {
    expect(
      days([
        '2. Các phòng, đơn vị định kỳ hằng quý gửi báo cáo về Sở (qua Văn phòng Sở) trước ngày 08 của tháng cuối quý; riêng báo cáo năm gửi trước ngày 05/12/2026.',
        '3. Văn phòng Sở tổng hợp, tham mưu Giám đốc Sở báo cáo Thanh tra tỉnh trước ngày 12 của tháng cuối quý (báo cáo năm trước ngày 10/12/2026) và báo cáo đột xuất khi có yêu cầu.',
      ]),
    ).toEqual(['Q1 8/3 → 12/3', 'H1 8/6 → 12/6', '9M 8/9 → 12/9', 'Y 5/12 → 10/12']);
  });
});

test('hai danh sách ngày trong một câu: của các phòng ("trước ngày 05/6 và 05/12") và của cơ quan ban hành ở vế "tham mưu ... báo cáo" ("chậm nhất ngày 10 tháng 6 và ngày 10 tháng 12")', () => {
  const schedule = readSchedule([
    '3. Chế độ báo cáo: định kỳ 6 tháng, năm, các phòng, đơn vị trực thuộc báo cáo kết quả thực hiện Kế hoạch về Sở (qua VP) trước ngày 05/6 và 05/12 để tổng hợp; VP tham mưu Giám đốc Sở báo cáo UBND Thành phố (qua Thanh tra Thành phố) chậm nhất ngày 10 tháng 6 và ngày 10 tháng 12.',
  ]);
  expect(schedule.periods.map((p) => `${p.code} ${p.due?.day}/${p.due?.month} ${p.issuerDue?.day}/${p.issuerDue?.month}`)).toEqual(['H1 5/6 10/6', 'Y 5/12 10/12']);
  expect(schedule.periods[0]!.dueRaw).toBe('trước ngày 05/6');
});

test('lời chú trong ngoặc giữa tên kỳ và hạn: "báo cáo năm (kết hợp báo cáo quý IV) gửi trước ngày 05/12/2026"', () => {
  const schedule = readSchedule([
    '- Các cơ quan, đơn vị thuộc UBND xã gửi báo cáo về UBND xã (qua Văn phòng): báo cáo quý I, báo cáo 6 tháng, báo cáo 9 tháng gửi trước ngày 10 của tháng cuối quý; báo cáo năm (kết hợp báo cáo quý IV) gửi trước ngày 05/12/2026.',
    '- Văn phòng tổng hợp, tham mưu UBND xã báo cáo UBND Thành phố (qua Thanh tra Thành phố) trước ngày 15 của tháng cuối quý; báo cáo năm trước ngày 15/12/2026.',
  ]);
  expect(schedule.periods.map((p) => `${p.code} ${p.due?.day}/${p.due?.month} ${p.issuerDue?.day}/${p.issuerDue?.month}`)).toEqual(['Q1 10/3 15/3', 'H1 10/6 15/6', '9M 10/9 15/9', 'Y 5/12 15/12']);
});

test('nơi nhận sau một danh sách kỳ có dấu phẩy: "gửi báo cáo kết quả ... định kỳ quý I, 6 tháng, 9 tháng về Sở (qua Văn phòng Sở)"', () => {
  const schedule = readSchedule([
    '1. Văn phòng Sở là đầu mối giúp Giám đốc Sở theo dõi, đôn đốc; tham mưu Giám đốc Sở báo cáo Ủy ban nhân dân thành phố (qua Thanh tra thành phố) theo quy định.',
    '3. Chế độ báo cáo: Các phòng chuyên môn, các đơn vị trực thuộc Sở gửi báo cáo kết quả thực hiện công tác PCTNTC định kỳ quý I, 6 tháng, 9 tháng về Sở (qua Văn phòng Sở) trước ngày 08 của tháng cuối kỳ báo cáo; báo cáo năm gửi trước ngày 20/11/2026.',
  ]);
  expect(schedule.receiver).toBe('Văn phòng Sở');
  expect(schedule.periods.map((p) => [p.code, p.due?.day, p.due?.month])).toEqual([['Q1', 8, 3], ['H1', 8, 6], ['9M', 8, 9], ['Y', 20, 11]]);
});

test('trường cao đẳng: "gửi về Nhà trường (qua Phòng TC-HC)" là gửi Phòng TC-HC; "tham mưu Hiệu trưởng báo cáo ... trước ngày 10/6/2026 đối với báo cáo 6 tháng" là hạn của chính trường', () => {
  const text =
    '3. Chế độ báo cáo thực hiện theo Thông tư số 06/2025/TT-TTCP ngày 29/9/2025 của Thanh tra Chính phủ. Các đơn vị báo cáo kết quả thực hiện Kế hoạch định kỳ 6 tháng, năm gửi về Nhà trường (qua Phòng TC-HC): báo cáo 6 tháng đầu năm gửi trước ngày 05/6/2026; báo cáo năm gửi trước ngày 05/12/2026. Phòng TC-HC tổng hợp, tham mưu Hiệu trưởng báo cáo Ủy ban nhân dân tỉnh (qua Thanh tra tỉnh) trước ngày 10/6/2026 đối với báo cáo 6 tháng và trước ngày 10/12/2026 đối với báo cáo năm.';
  const schedule = readSchedule([text]);
  expect(schedule.receiver).toBe('Phòng TC-HC');
  expect(schedule.periods.map((p) => `${p.code} ${p.due?.day}/${p.due?.month} ${p.issuerDue?.day}/${p.issuerDue?.month}`)).toEqual(['H1 5/6 10/6', 'Y 5/12 10/12']);
});

test('"gửi UBND xã (qua Văn phòng)" không có chữ "về": gửi Văn phòng; hạn của xã lên tỉnh ở câu tham mưu', () => {
  const schedule = readSchedule([
    '1. Các cơ quan chuyên môn, Trung tâm Phục vụ hành chính công xã, các trường học thuộc UBND xã báo cáo kết quả thực hiện công tác PCTNTC gửi UBND xã (qua Văn phòng) theo định kỳ: báo cáo 6 tháng gửi trước ngày 05/6/2026; báo cáo năm gửi trước ngày 05/12/2026; báo cáo đột xuất khi có yêu cầu.',
    '2. Văn phòng tổng hợp, tham mưu UBND xã báo cáo Thanh tra tỉnh trước ngày 10/6/2026 đối với báo cáo 6 tháng và trước ngày 10/12/2026 đối với báo cáo năm.',
  ]);
  expect(schedule.receiver).toBe('Văn phòng');
  expect(schedule.periods.map((p) => `${p.code} ${p.due!.day}/${p.due!.month}`)).toEqual(['H1 5/6', 'Y 5/12']);
});

test('câu tham mưu "... báo cáo UBND tỉnh ... 6 tháng trước ngày 10/6/2026 và năm 2026 trước ngày 10/12/2026": hạn của chính xã', () => {
  const schedule = readSchedule([
    '1. Các cơ quan, đơn vị báo cáo kết quả định kỳ 6 tháng, năm gửi UBND xã (qua Văn phòng HĐND và UBND xã): báo cáo 6 tháng gửi trước ngày 05/6/2026; báo cáo năm gửi trước ngày 05/12/2026.',
    '2. Văn phòng HĐND và UBND xã tổng hợp, tham mưu UBND xã báo cáo UBND tỉnh (qua Thanh tra tỉnh) kết quả công tác PCTNTC 6 tháng trước ngày 10/6/2026 và năm 2026 trước ngày 10/12/2026.',
  ]);
  expect(schedule.periods.map((p) => [p.code, `${p.due!.day}/${p.due!.month}`, p.issuerDue && `${p.issuerDue.day}/${p.issuerDue.month}`])).toEqual([
    ['H1', '5/6', '10/6'],
    ['Y', '5/12', '10/12'],
  ]);
});

test('"định kỳ 6 tháng trước ngày 05/6/2026 và báo cáo năm trước ngày 05/12/2026; ... tham mưu ... báo cáo Sở ... trước ngày 10/6/2026 và trước ngày 10/12/2026"', () => {
  const schedule = readSchedule([
    '3. Chế độ báo cáo: các tổ, bộ phận, đoàn thể báo cáo kết quả thực hiện về nhà trường (qua Tổ Văn phòng) định kỳ 6 tháng trước ngày 05/6/2026 và báo cáo năm trước ngày 05/12/2026; Tổ Văn phòng tham mưu Hiệu trưởng tổng hợp, báo cáo Sở Giáo dục và Đào tạo trước ngày 10/6/2026 và trước ngày 10/12/2026.',
  ]);
  expect(schedule.receiver).toBe('Tổ Văn phòng');
  expect(schedule.periods.map((p) => [p.code, `${p.due!.day}/${p.due!.month}`, p.issuerDue && `${p.issuerDue.day}/${p.issuerDue.month}`])).toEqual([
    ['H1', '5/6', '10/6'],
    ['Y', '5/12', '10/12'],
  ]);
});

test('công ty: "gửi về Công ty (qua Phòng Tổ chức - Hành chính)" — nơi nhận là phòng mà báo cáo đi qua', () => {
  const schedule = readSchedule([
    'Chế độ báo cáo: các phòng, xí nghiệp báo cáo kết quả thực hiện Kế hoạch định kỳ hằng quý gửi về Công ty (qua Phòng Tổ chức - Hành chính) trước ngày 10 của tháng cuối quý, cụ thể: báo cáo quý I trước ngày 10/3/2026; báo cáo 6 tháng trước ngày 10/6/2026; báo cáo 9 tháng trước ngày 10/9/2026; báo cáo năm trước ngày 10/12/2026.',
  ]);
  expect(schedule.receiver).toBe('Phòng Tổ chức - Hành chính');
  expect(schedule.periods.map((p) => [p.code, p.due!.day, p.due!.month])).toEqual([['Q1', 10, 3], ['H1', 10, 6], ['9M', 10, 9], ['Y', 10, 12]]);
});

test('nơi nhận là người đứng đầu, qua một bộ phận: "gửi Giám đốc Báo (qua Phòng Tổ chức - Hành chính)", "về Hiệu trưởng (qua Tổ Văn phòng)", "gửi Chánh Thanh tra tỉnh (qua Văn phòng)"', () => {
  expect(readSchedule(['Các phòng, ban báo cáo kết quả thực hiện định kỳ 6 tháng, năm gửi Giám đốc Báo (qua Phòng Tổ chức - Hành chính) trước ngày 05/6/2026 đối với báo cáo 6 tháng và trước ngày 05/12/2026 đối với báo cáo năm.']).receiver).toBe('Phòng Tổ chức - Hành chính');
  expect(readSchedule(['Các tổ chuyên môn, Tổ Văn phòng báo cáo kết quả thực hiện Kế hoạch mỗi học kỳ về Hiệu trưởng (qua Tổ Văn phòng): báo cáo 6 tháng gửi trước ngày 05/6/2026; báo cáo năm 2026 gửi trước ngày 05/12/2026.']).receiver).toBe('Tổ Văn phòng');
  expect(readSchedule(['Các đơn vị thuộc VKSND tỉnh báo cáo kết quả thực hiện công tác PCTN, TC định kỳ hằng quý gửi về VKSND tỉnh (qua Văn phòng tổng hợp) trước ngày 10 của tháng cuối quý.']).receiver).toBe('Văn phòng');
  expect(readSchedule(['Các chi bộ, đảng bộ trực thuộc định kỳ báo cáo kết quả thực hiện 6 tháng, năm về Đảng ủy (qua Văn phòng Đảng ủy) trước ngày 05/6 và 05/12/2026.']).receiver).toBe('Văn phòng Đảng ủy');
  expect(readSchedule(['Chế độ báo cáo: các ban, văn phòng báo cáo kết quả thực hiện định kỳ hằng quý gửi Thường trực Hội (qua Ban Tổ chức - Kiểm tra) để tổng hợp: báo cáo quý I trước ngày 08/3/2026; báo cáo năm trước ngày 05/12/2026.']).receiver).toBe('Ban Tổ chức - Kiểm tra');
  const inspectorate = readSchedule([
    'Văn phòng tổng hợp kết quả, tham mưu Chánh Thanh tra tỉnh báo cáo UBND tỉnh, Thanh tra Chính phủ trước ngày 15 của tháng cuối quý.',
    'Các phòng thuộc Thanh tra tỉnh báo cáo kết quả thực hiện Kế hoạch định kỳ hằng quý gửi Chánh Thanh tra tỉnh (qua Văn phòng) để tổng hợp, cụ thể: báo cáo quý I trước ngày 10/3/2026; báo cáo năm trước ngày 05/12/2026.',
  ]);
  expect(inspectorate.receiver).toBe('Văn phòng');
});

test('dấu ";" trong ngoặc không cắt mệnh đề: "định kỳ hằng quý (quý I; quý II và 6 tháng; …) gửi về Sở … trước ngày 10 của tháng cuối quý"', () => {
  const schedule = readSchedule([
    'Chế độ báo cáo: các phòng, đơn vị sự nghiệp trực thuộc Sở báo cáo kết quả thực hiện công tác PCTNTC định kỳ hằng quý (quý I; quý II và 6 tháng; quý III và 9 tháng; quý IV và năm) gửi về Sở (qua Văn phòng Sở) trước ngày 10 của tháng cuối quý; thời kỳ lấy số liệu thực hiện theo Thông tư số 01/2024/TT-TTCP. Văn phòng Sở tổng hợp, tham mưu Giám đốc Sở báo cáo UBND tỉnh trước ngày 15 của tháng cuối quý.',
  ]);
  expect(schedule.periods.map((p) => `${p.code} ${p.due?.day}/${p.due?.month} ${p.issuerDue?.day}/${p.issuerDue?.month}`)).toEqual(['Q1 10/3 15/3', 'H1 10/6 15/6', '9M 10/9 15/9', 'Y 10/12 15/12']);
});

test('kỳ chỉ cơ quan ban hành báo cáo (quý I, 9 tháng lên Sở Y tế) là kỳ có hạn của cơ quan ban hành, không có hạn của đơn vị', () => {
  const schedule = readSchedule([
    'Các khoa, phòng, trạm y tế xã báo cáo kết quả thực hiện Kế hoạch định kỳ 6 tháng, năm gửi Giám đốc Trung tâm (qua Phòng Tổ chức - Hành chính) để tổng hợp: báo cáo 6 tháng gửi trước ngày 05/6/2026; báo cáo năm gửi trước ngày 05/12/2026.',
    'Giao Phòng Tổ chức - Hành chính tổng hợp, tham mưu Giám đốc Trung tâm báo cáo Sở Y tế: báo cáo quý I trước ngày 10/3/2026; báo cáo 6 tháng trước ngày 10/6/2026; báo cáo 9 tháng trước ngày 10/9/2026; báo cáo năm trước ngày 10/12/2026.',
  ]);
  expect(schedule.periods.map((p) => `${p.code} ${p.due ? `${p.due.day}/${p.due.month}` : '-'} ${p.issuerDue?.day}/${p.issuerDue?.month}`)).toEqual(['Q1 - 10/3', 'H1 5/6 10/6', '9M - 10/9', 'Y 5/12 10/12']);
  expect(schedule.receiver).toBe('Phòng Tổ chức - Hành chính');
});

test('báo cáo hằng quý của chính cơ quan ban hành ("tham mưu Giám đốc Ban báo cáo UBND tỉnh … định kỳ hằng quý …, gửi trước ngày 12 của tháng cuối quý") không phải hạn của các phòng; quý I, 9 tháng chỉ có hạn của cơ quan ban hành', () => {
  const schedule = readSchedule([
    'Các phòng chuyên môn báo cáo kết quả thực hiện Kế hoạch định kỳ 6 tháng, năm gửi Giám đốc Ban (qua Phòng Hành chính - Tổng hợp) trước ngày 05/6/2026 đối với báo cáo 6 tháng và trước ngày 05/12/2026 đối với báo cáo năm; báo cáo đột xuất khi có yêu cầu.',
    'Phòng Hành chính - Tổng hợp theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, tham mưu Giám đốc Ban báo cáo Ủy ban nhân dân tỉnh (qua Thanh tra tỉnh) định kỳ hằng quý theo Thông tư số 06/2025/TT-TTCP ngày 29/9/2025 của Thanh tra Chính phủ, gửi trước ngày 12 của tháng cuối quý.',
  ]);
  expect(schedule.periods.map((p) => `${p.code} ${p.due ? `${p.due.day}/${p.due.month}` : '-'} ${p.issuerDue?.day}/${p.issuerDue?.month}`)).toEqual(['Q1 - 12/3', 'H1 5/6 12/6', '9M - 12/9', 'Y 5/12 12/12']);
});

test('ngày viết bằng chữ ("trước ngày 16 tháng 3 năm 2026"); hạn của cơ quan ban hành liệt kê "trước ngày 18/3/2026 đối với báo cáo quý I, trước ngày 18/6/2026 đối với báo cáo 6 tháng, …"', () => {
  const schedule = readSchedule([
    'Định kỳ hằng quý, các phòng, đơn vị thuộc Sở báo cáo kết quả thực hiện Kế hoạch này gửi về Sở Tư pháp (qua Văn phòng Sở), cụ thể: báo cáo quý I gửi trước ngày 16 tháng 3 năm 2026; báo cáo quý II và 6 tháng gửi trước ngày 15 tháng 6 năm 2026; báo cáo quý III và 9 tháng gửi trước ngày 16 tháng 9 năm 2026; báo cáo quý IV và năm gửi trước ngày 15 tháng 12 năm 2026.',
    'Văn phòng Sở tổng hợp, tham mưu Giám đốc Sở báo cáo Ủy ban nhân dân thành phố (qua Thanh tra thành phố) trước ngày 18/3/2026 đối với báo cáo quý I, trước ngày 18/6/2026 đối với báo cáo 6 tháng, trước ngày 18/9/2026 đối với báo cáo 9 tháng và trước ngày 17/12/2026 đối với báo cáo năm.',
  ]);
  expect(schedule.periods.map((p) => `${p.code} ${p.due?.day}/${p.due?.month} ${p.issuerDue?.day}/${p.issuerDue?.month}`)).toEqual(['Q1 16/3 18/3', 'H1 15/6 18/6', '9M 16/9 18/9', 'Y 15/12 17/12']);
});

test('"dự thảo báo cáo của Trường gửi Ủy ban nhân dân tỉnh …: báo cáo quý I gửi trước ngày 10/3/2026; …" là hạn của chính cơ quan ban hành', () => {
  const schedule = readSchedule([
    'Các khoa, phòng, trung tâm định kỳ 6 tháng, năm báo cáo kết quả thực hiện về Hiệu trưởng (qua Phòng Tổ chức - Hành chính): báo cáo 6 tháng gửi trước ngày 05/6/2026; báo cáo năm gửi trước ngày 05/12/2026.',
    'Phòng Tổ chức - Hành chính là đầu mối giúp Hiệu trưởng theo dõi, đôn đốc; tổng hợp, dự thảo báo cáo của Trường gửi Ủy ban nhân dân tỉnh (qua Thanh tra tỉnh), cụ thể: báo cáo quý I gửi trước ngày 10/3/2026; báo cáo quý II và 6 tháng gửi trước ngày 10/6/2026; báo cáo quý III và 9 tháng gửi trước ngày 10/9/2026; báo cáo quý IV và năm gửi trước ngày 10/12/2026.',
  ]);
  expect(schedule.periods.map((p) => `${p.code} ${p.due ? `${p.due.day}/${p.due.month}` : '-'} ${p.issuerDue?.day}/${p.issuerDue?.month}`)).toEqual(['Q1 - 10/3', 'H1 5/6 10/6', '9M - 10/9', 'Y 5/12 10/12']);
});

test('nơi nhận "gửi Chánh Văn phòng qua Phòng Hành chính - Tổ chức" (không ngoặc) là Phòng Hành chính - Tổ chức', () => {
  const schedule = readSchedule(['Định kỳ hằng quý, các phòng chuyên môn, đơn vị trực thuộc báo cáo kết quả thực hiện Kế hoạch gửi Chánh Văn phòng qua Phòng Hành chính - Tổ chức trước ngày 08 của tháng cuối quý (báo cáo quý I trước ngày 08/3/2026; báo cáo 6 tháng trước ngày 08/6/2026; báo cáo 9 tháng trước ngày 08/9/2026; báo cáo năm trước ngày 08/12/2026).']);
  expect(schedule.receiver).toBe('Phòng Hành chính - Tổ chức');
  expect(schedule.periods.map((p) => p.due)).toEqual([{ day: 8, month: 3 }, { day: 8, month: 6 }, { day: 8, month: 9 }, { day: 8, month: 12 }]);
});

test('ngày viết bằng chữ trước "đối với báo cáo …" ("trước ngày 10 tháng 3 năm 2026 đối với báo cáo quý I"); nơi nhận "gửi Trưởng ban (qua Văn phòng Ban)"', () => {
  const schedule = readSchedule(['Các cơ quan, đơn vị thuộc UBND xã báo cáo kết quả thực hiện Kế hoạch hằng quý, gửi về UBND xã (qua Văn phòng HĐND và UBND xã) trước ngày 10 tháng 3 năm 2026 đối với báo cáo quý I; trước ngày 10 tháng 6 năm 2026 đối với báo cáo quý II và 6 tháng; trước ngày 10 tháng 9 năm 2026 đối với báo cáo quý III và 9 tháng; trước ngày 05 tháng 12 năm 2026 đối với báo cáo quý IV và năm.']);
  expect(schedule.periods.map((p) => [p.code, p.due])).toEqual([['Q1', { day: 10, month: 3 }], ['H1', { day: 10, month: 6 }], ['9M', { day: 10, month: 9 }], ['Y', { day: 5, month: 12 }]]);
  expect(readSchedule(['Các phòng chuyên môn báo cáo kết quả định kỳ hằng quý gửi Trưởng ban (qua Văn phòng Ban) trước ngày 08 của tháng cuối quý.']).receiver).toBe('Văn phòng Ban');
});

test('báo cáo của chính cơ quan ban hành sau dấu ";" ("… là đầu mối tham mưu …; tổng hợp, báo cáo Sở Y tế định kỳ hằng quý (trước ngày 10 của tháng cuối quý)") là hạn của cơ quan ban hành, không phải hạn của các khoa, phòng', () => {
  const schedule = readSchedule([
    '1. Phòng Tổ chức - Hành chính là đầu mối tham mưu Giám đốc Trung tâm triển khai, theo dõi, đôn đốc việc thực hiện Kế hoạch này; tổng hợp, báo cáo Sở Y tế định kỳ hằng quý (trước ngày 10 của tháng cuối quý) và đột xuất khi có yêu cầu.',
    '2. Trưởng các khoa, phòng căn cứ nhiệm vụ được giao tổ chức thực hiện; báo cáo kết quả định kỳ 6 tháng, năm gửi Giám đốc Trung tâm (qua Phòng TC-HC): báo cáo 6 tháng gửi trước ngày 05/6/2026, báo cáo năm gửi trước ngày 05/12/2026.',
  ]);
  const h1 = schedule.periods.find((p) => p.code === 'H1')!;
  expect(h1.due).toEqual({ day: 5, month: 6 });
  expect(h1.issuerDue).toEqual({ day: 10, month: 6 });
  expect(schedule.periods.find((p) => p.code === 'Y')!.due).toEqual({ day: 5, month: 12 });
});

test('"… báo cáo kết quả định kỳ hằng quý …, cụ thể:" rồi từng dòng "- Báo cáo quý I: trước ngày 08/3/2026;": mỗi kỳ lấy ngày của dòng mình', () => {
  const schedule = readSchedule([
    '2. Trưởng các phòng chuyên môn căn cứ nhiệm vụ được giao tổ chức thực hiện; báo cáo kết quả định kỳ hằng quý về Ủy ban nhân dân phường (qua Văn phòng) để tổng hợp, cụ thể:',
    '- Báo cáo quý I: trước ngày 08/3/2026;',
    '- Báo cáo 6 tháng: trước ngày 08/6/2026;',
    '- Báo cáo 9 tháng: trước ngày 08/9/2026;',
    '- Báo cáo năm: trước ngày 08/12/2026.',
  ]);
  expect(schedule.periods.map((p) => [p.code, p.due])).toEqual([['Q1', { day: 8, month: 3 }], ['H1', { day: 8, month: 6 }], ['9M', { day: 8, month: 9 }], ['Y', { day: 8, month: 12 }]]);
});

test('đoạn có khoảng trắng kép hay dấu "…" (chữ so sánh ngắn hơn chữ gốc) không làm hỏng việc đọc: vẫn đọc đủ kỳ và hạn', () => {
  const schedule = readSchedule(['Các  phòng,  đơn  vị  gửi  báo  cáo  về  Sở  (qua  Văn  phòng  Sở):  báo cáo quý I gửi trước ngày 05/3/2026; báo cáo 6 tháng gửi trước ngày 05/6/2026; báo cáo năm gửi trước ngày 05/12/2026.']);
  expect(schedule.periods.map((p) => `${p.code} ${p.due?.day}/${p.due?.month}`)).toEqual(['Q1 5/3', 'H1 5/6', 'Y 5/12']);
  expect(schedule.receiver).toBe('Văn phòng Sở');
});

test('kế hoạch năm học của trường: học kỳ I là kỳ đầu năm (Q1), học kỳ II và cả năm học là 6 tháng đầu năm (H1); báo cáo "của nhà trường" do Tổ Văn phòng giúp Hiệu trưởng là hạn của trường', () => {
  const schedule = readSchedule([
    '1. Các tổ chuyên môn, Tổ Văn phòng, Ban TTND báo cáo kết quả thực hiện Kế hoạch về Hiệu trưởng vào cuối mỗi học kỳ: báo cáo học kỳ I gửi trước ngày 10/01/2027; báo cáo học kỳ II và cả năm học gửi trước ngày 20/5/2027.',
    '2. Tổ Văn phòng giúp Hiệu trưởng tổng hợp, xây dựng báo cáo của nhà trường gửi UBND phường (qua Phòng Văn hóa - Xã hội): báo cáo 6 tháng đầu năm gửi trước ngày 05/6; báo cáo năm gửi trước ngày 05/12.',
  ]);
  expect(schedule.periods.map((p) => [p.code, p.due ? `${p.due.day}/${p.due.month}` : null, p.issuerDue ? `${p.issuerDue.day}/${p.issuerDue.month}` : null])).toEqual([
    ['Q1', '10/1', null],
    ['H1', '20/5', '5/6'],
    ['Y', null, '5/12'],
  ]);
  expect(schedule.receiver).toBe('Hiệu trưởng');
});

test('"(qua Phòng Thanh tra - Kiểm tra, sau đây gọi là Phòng TTKT)": nơi nhận là phòng ấy; "định kỳ 6 tháng (trước ngày 15/6/2026) và năm (trước ngày 15/12/2026)": hạn của cơ quan ban hành', () => {
  const schedule = readSchedule([
    '1. Trưởng các phòng, Trưởng các Phòng Giao dịch định kỳ hằng quý báo cáo kết quả thực hiện về Giám đốc KBNN khu vực (qua Phòng Thanh tra - Kiểm tra, sau đây gọi là Phòng TTKT) trước ngày 10 của tháng cuối quý: báo cáo quý I trước ngày 10/3/2026; báo cáo quý II và 6 tháng trước ngày 10/6/2026; báo cáo quý III và 9 tháng trước ngày 10/9/2026; báo cáo quý IV và năm trước ngày 10/12/2026.',
    '2. Phòng TTKT là đầu mối theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch; tham mưu Giám đốc KBNN khu vực báo cáo Kho bạc Nhà nước định kỳ 6 tháng (trước ngày 15/6/2026) và năm (trước ngày 15/12/2026).',
  ]);
  expect(schedule.receiver).toBe('Phòng Thanh tra - Kiểm tra');
  expect(schedule.periods.map((p) => [p.code, p.due?.day, p.issuerDue?.day ?? null])).toEqual([
    ['Q1', 10, null],
    ['H1', 10, 15],
    ['9M', 10, null],
    ['Y', 10, 15],
  ]);
});

test('"gửi Trưởng Thuế tỉnh (qua Phòng Kiểm tra nội bộ)": nơi nhận là phòng ấy', () => {
  const schedule = readSchedule(['Các phòng, các Thuế cơ sở báo cáo kết quả thực hiện định kỳ hằng quý, gửi Trưởng Thuế tỉnh (qua Phòng Kiểm tra nội bộ) trước ngày 08 của tháng cuối quý.']);
  expect(schedule.receiver).toBe('Phòng Kiểm tra nội bộ');
});

test('nơi nhận: "báo cáo định kỳ hằng quý kết quả … về Sở Y tế (qua Văn phòng Sở)", dù câu sau có "gửi … về Văn phòng Sở cùng thời hạn trên"', () => {
  const schedule = readSchedule([
    '3. Chế độ báo cáo: các đơn vị trực thuộc Sở báo cáo định kỳ hằng quý kết quả thực hiện công tác PCTNTC về Sở Y tế (qua Văn phòng Sở) trước ngày 10 của tháng cuối quý (báo cáo quý I trước ngày 10/3/2026; báo cáo quý II và 6 tháng trước ngày 10/6/2026); các phòng chuyên môn thuộc Sở gửi kết quả thực hiện các nhiệm vụ được giao chủ trì về Văn phòng Sở cùng thời hạn trên.',
  ]);
  expect(schedule.receiver).toBe('Văn phòng Sở');
});

test('nơi nhận: "gửi về UBND phường (qua Văn phòng) bằng văn bản và qua hệ thống …": qua Văn phòng', () => {
  const schedule = readSchedule([
    '3. Chế độ báo cáo: Các phòng, đơn vị thuộc UBND phường và các khu phố báo cáo kết quả thực hiện định kỳ hằng quý, gửi về UBND phường (qua Văn phòng) bằng văn bản và qua hệ thống quản lý văn bản và điều hành, cụ thể: báo cáo quý I gửi trước ngày 10/3/2026; báo cáo quý II và 6 tháng gửi trước ngày 10/6/2026.',
  ]);
  expect(schedule.receiver).toBe('Văn phòng');
});

test('hạn của chính cơ quan ban hành khi câu lấy nó làm chủ ngữ: "3. Ủy ban nhân dân phường tổng hợp, báo cáo Ủy ban nhân dân Thành phố … trước ngày 15 của tháng cuối quý"', () => {
  const schedule = readSchedule([
    '2. Các phòng chuyên môn, đơn vị thuộc UBND phường và các khu phố báo cáo kết quả thực hiện định kỳ hằng quý gửi về UBND phường (qua Văn phòng HĐND và UBND phường) trước ngày 10 của tháng cuối quý.',
    '3. Ủy ban nhân dân phường tổng hợp, báo cáo Ủy ban nhân dân Thành phố (qua Thanh tra Thành phố) trước ngày 15 của tháng cuối quý.',
  ]);
  expect(schedule.periods.map((p) => [p.code, p.due?.day, p.due?.month, p.issuerDue?.day, p.issuerDue?.month])).toEqual([
    ['Q1', 10, 3, 15, 3],
    ['H1', 10, 6, 15, 6],
    ['9M', 10, 9, 15, 9],
    ['Y', 10, 12, 15, 12],
  ]);
  expect(schedule.receiver).toBe('Văn phòng HĐND và UBND phường');
});

test('kế hoạch của Đảng ủy xã: chi bộ báo cáo "định kỳ 6 tháng (trước ngày 25/5/2027) và năm (trước ngày 25/11/2027) về Đảng ủy (qua Văn phòng Đảng ủy)"; "Ban Thường vụ Đảng ủy báo cáo … 6 tháng về Ban Nội chính Tỉnh ủy trước ngày 05/6/2027" là hạn của chính Đảng ủy', () => {
  const schedule = readSchedule([
    '1. Văn phòng Đảng ủy chủ trì, phối hợp với Ủy ban Kiểm tra Đảng ủy theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp kết quả, tham mưu Ban Thường vụ Đảng ủy báo cáo Ban Nội chính Tỉnh ủy theo quy định.',
    '2. Các chi bộ trực thuộc, Đảng ủy Ủy ban nhân dân xã căn cứ nhiệm vụ được giao tổ chức thực hiện nghiêm túc Kế hoạch này; báo cáo kết quả thực hiện định kỳ 6 tháng (trước ngày 25/5/2027) và năm (trước ngày 25/11/2027) về Đảng ủy (qua Văn phòng Đảng ủy) để tổng hợp.',
    '3. Ban Thường vụ Đảng ủy báo cáo kết quả thực hiện công tác PCTN, TC 6 tháng về Ban Nội chính Tỉnh ủy trước ngày 05/6/2027 và báo cáo năm trước ngày 05/12/2027.',
  ]);
  expect(schedule.receiver).toBe('Văn phòng Đảng ủy');
  expect(schedule.periods.map((p) => `${p.code} ${p.due!.day}/${p.due!.month} ${p.issuerDue?.day}/${p.issuerDue?.month}`)).toEqual(['H1 25/5 5/6', 'Y 25/11 5/12']);
});

test('trường đại học báo cáo theo học kỳ: "Báo cáo học kỳ I năm học 2026 - 2027 (kèm số liệu quý I/2027): trước ngày 05/3/2027"; "… tổng hợp, trình Hiệu trưởng ký báo cáo gửi UBND tỉnh … trước ngày 10/3, 10/6 và 10/12/2027" là hạn của nhà trường', () => {
  const schedule = readSchedule([
    '3. Các khoa, phòng, trung tâm báo cáo kết quả thực hiện Kế hoạch theo học kỳ và năm, gửi về Phòng Thanh tra - Pháp chế, cụ thể:',
    '- Báo cáo học kỳ I năm học 2026 - 2027 (kèm số liệu quý I/2027): trước ngày 05/3/2027;',
    '- Báo cáo học kỳ II năm học 2026 - 2027 (6 tháng đầu năm 2027): trước ngày 05/6/2027;',
    '- Báo cáo năm 2027: trước ngày 05/12/2027.',
    'Phòng Thanh tra - Pháp chế tổng hợp, trình Hiệu trưởng ký báo cáo gửi Ủy ban nhân dân tỉnh (qua Thanh tra tỉnh) trước ngày 10/3, 10/6 và 10/12/2027; báo cáo đột xuất khi có yêu cầu.',
  ]);
  expect(schedule.periods.map((p) => `${p.code} ${p.names[0]} ${p.due!.day}/${p.due!.month} ${p.issuerDue?.day}/${p.issuerDue?.month}`)).toEqual([
    'Q1 học kỳ I 5/3 10/3',
    'H1 học kỳ II 5/6 10/6',
    'Y năm 5/12 10/12',
  ]);
  expect(schedule.receiver).toBe('Phòng Thanh tra - Pháp chế');
});

test('ghi chú dài trong ngoặc trước nơi nhận: "báo cáo kết quả thực hiện Kế hoạch (bằng văn bản, gửi qua Hệ thống quản lý văn bản và điều hành) về Văn phòng Sở"', () => {
  const schedule = readSchedule([
    '8. Chế độ báo cáo: các phòng, đơn vị thuộc Sở báo cáo kết quả thực hiện Kế hoạch (bằng văn bản, gửi qua Hệ thống quản lý văn bản và điều hành) về Văn phòng Sở trước ngày 08/3 đối với báo cáo quý I; trước ngày 08/6 đối với báo cáo quý II và 6 tháng.',
  ]);
  expect(schedule.receiver).toBe('Văn phòng Sở');
  expect(schedule.periods.map((p) => [p.code, p.due])).toEqual([['Q1', { day: 8, month: 3 }], ['H1', { day: 8, month: 6 }]]);
});

test('kế hoạch năm học chỉ báo cáo theo học kỳ ("báo cáo học kỳ I", "báo cáo cả năm học"), không có báo cáo theo năm dương lịch bên cạnh: hai kỳ là 6 tháng (H1) và năm (Y)', () => {
  const schedule = readSchedule([
    '4. Chế độ báo cáo: Các tổ chuyên môn, Tổ Văn phòng, Bộ phận Kế toán, Công đoàn cơ sở, Đoàn Thanh niên và Ban TTND báo cáo kết quả thực hiện về Hiệu trưởng (qua Tổ Văn phòng) trước ngày 08/01/2027 đối với báo cáo học kỳ I và trước ngày 12/5/2027 đối với báo cáo cả năm học. Tổ Văn phòng tổng hợp, tham mưu Hiệu trưởng báo cáo Sở Giáo dục và Đào tạo trước ngày 15/01/2027 (học kỳ I) và trước ngày 20/5/2027 (cả năm học).',
  ]);
  expect(schedule.periods.map((p) => [p.code, p.names, `${p.due?.day}/${p.due?.month}`, `${p.issuerDue?.day}/${p.issuerDue?.month}`])).toEqual([
    ['H1', ['học kỳ I'], '8/1', '15/1'],
    ['Y', ['cả năm học'], '12/5', '20/5'],
  ]);
  expect(schedule.receiver).toBe('Tổ Văn phòng');
});

test('báo cáo "về Chi nhánh (qua Phòng KTKSNB)": nơi nhận là phòng ấy', () => {
  const schedule = readSchedule(['2. Chế độ báo cáo: các phòng chuyên môn, các Phòng giao dịch báo cáo kết quả thực hiện công tác PCTN, TC định kỳ hằng quý về Chi nhánh (qua Phòng KTKSNB), thời gian gửi báo cáo như sau: báo cáo quý I trước ngày 10/3/2027; báo cáo quý II và 6 tháng trước ngày 10/6/2027.']);
  expect(schedule.receiver).toBe('Phòng KTKSNB');
});

test('"định kỳ hằng quý … trước ngày 06 của tháng cuối quý (riêng báo cáo năm gửi trước ngày 04/12/2027)": ngoại lệ trong ngoặc không thay các kỳ của quy tắc', () => {
  const schedule = readSchedule([
    '8. Chế độ báo cáo: Các phòng chuyên môn thuộc Sở, các đơn vị trực thuộc, các trường THPT báo cáo kết quả thực hiện công tác PCTN, TC định kỳ hằng quý theo Thông tư số 06/2025/TT-TTCP ngày 29/9/2025 của Thanh tra Chính phủ (kèm biểu số liệu), gửi về Sở (qua Văn phòng Sở) trước ngày 06 của tháng cuối quý (riêng báo cáo năm gửi trước ngày 04/12/2027). Văn phòng Sở tổng hợp, tham mưu Giám đốc Sở báo cáo Ủy ban nhân dân tỉnh (qua Thanh tra tỉnh) trước ngày 10 của tháng cuối quý và báo cáo đột xuất khi có yêu cầu.',
  ]);
  expect(schedule.periods.map((p) => `${p.code} ${p.due?.day}/${p.due?.month} ${p.issuerDue?.day}/${p.issuerDue?.month}`)).toEqual(['Q1 6/3 10/3', 'H1 6/6 10/6', '9M 6/9 10/9', 'Y 4/12 10/12']);
  expect(schedule.receiver).toBe('Văn phòng Sở');
});

test('công an tỉnh: "gửi về Công an tỉnh (qua Phòng Tham mưu - PV01)" — nơi nhận là Phòng Tham mưu (không kèm mã PV01); "Phòng Tham mưu" là tên phòng, không phải việc "tham mưu": hạn 16 là của các đơn vị, hạn 18 ở câu "tham mưu Giám đốc Công an tỉnh báo cáo Bộ Công an" là của Công an tỉnh', () => {
  const schedule = readSchedule([
    '2. Chế độ báo cáo: Công an các đơn vị, địa phương báo cáo kết quả thực hiện Kế hoạch định kỳ hằng quý, 6 tháng, 9 tháng và năm, gửi về Công an tỉnh (qua Phòng Tham mưu - PV01) trước ngày 16 của tháng cuối quý (báo cáo quý I trước ngày 16/3/2027; báo cáo quý II và 6 tháng trước ngày 16/6/2027; báo cáo quý III và 9 tháng trước ngày 16/9/2027; báo cáo quý IV và năm trước ngày 16/12/2027).',
    '3. Giao Phòng Tham mưu (PV01) là đơn vị thường trực, giúp Giám đốc Công an tỉnh theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tổng hợp kết quả, tham mưu Giám đốc Công an tỉnh báo cáo Bộ Công an (qua Cục Tổ chức cán bộ) và Ủy ban nhân dân tỉnh (qua Thanh tra tỉnh) trước ngày 18 của tháng cuối quý.',
  ]);
  expect(schedule.receiver).toBe('Phòng Tham mưu');
  expect(schedule.periods.map((p) => `${p.code} ${p.due?.day}/${p.due?.month} ${p.issuerDue?.day}/${p.issuerDue?.month}`)).toEqual(['Q1 16/3 18/3', 'H1 16/6 18/6', '9M 16/9 18/9', 'Y 16/12 18/12']);
});

test('năm của kỳ viết sau dấu gạch chéo: "- Báo cáo quý I/2026: gửi trước ngày 06/3/2026;", "(… quý I/2026 trước ngày 05/3/2026; …)" cạnh báo cáo học kỳ', () => {
  const list = readSchedule([
    '3. Chế độ báo cáo: Các phòng chuyên môn, Công an xã, các trường học báo cáo kết quả thực hiện công tác PCTNTC định kỳ về UBND xã (qua Văn phòng), cụ thể:',
    '- Báo cáo quý I/2026: gửi trước ngày 06/3/2026;',
    '- Báo cáo 6 tháng đầu năm 2026: gửi trước ngày 06/6/2026;',
    '- Báo cáo 9 tháng năm 2026: gửi trước ngày 06/9/2026;',
    '- Báo cáo năm 2026: gửi trước ngày 05/12/2026.',
  ]);
  expect(list.periods.map((p) => `${p.code} ${p.due!.day}/${p.due!.month}`)).toEqual(['Q1 6/3', 'H1 6/6', '9M 6/9', 'Y 5/12']);
  const school = readSchedule([
    '3. Các tổ chuyên môn, Tổ Văn phòng báo cáo kết quả về Hiệu trưởng (qua Tổ Văn phòng) định kỳ hằng quý trước ngày 05 của tháng cuối quý (quý I/2026 trước ngày 05/3/2026; quý II/2026 trước ngày 05/6/2026; quý III/2026 trước ngày 05/9/2026; quý IV và năm 2026 trước ngày 05/12/2026); báo cáo sơ kết học kỳ I trước ngày 10/01/2026 và báo cáo tổng kết năm học 2025-2026 trước ngày 15/5/2026.',
  ]);
  expect(school.periods.find((p) => p.code === 'Q1')?.due).toEqual({ day: 5, month: 3 });
});

test('báo cáo của chính đơn vị ban hành "định kỳ hằng quý, 6 tháng, 9 tháng và năm, gửi trước ngày 10 của tháng cuối kỳ báo cáo": đủ bốn kỳ, kỳ các phòng không báo cáo thì không có hạn', () => {
  const schedule = readSchedule([
    '2. Chế độ báo cáo: các phòng thuộc KBNN khu vực XII và các Phòng Giao dịch báo cáo kết quả thực hiện công tác PCTN, TC định kỳ 6 tháng, năm, gửi về KBNN khu vực XII (qua Phòng Thanh tra - Kiểm tra) trước ngày 05/6 đối với báo cáo 6 tháng và trước ngày 05/12 đối với báo cáo năm.',
    '3. Giao Phòng Thanh tra - Kiểm tra theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch; tổng hợp, tham mưu Giám đốc KBNN khu vực XII báo cáo Kho bạc Nhà nước định kỳ hằng quý, 6 tháng, 9 tháng và năm, gửi trước ngày 10 của tháng cuối kỳ báo cáo.',
  ]);
  expect(schedule.periods.map((p) => `${p.code} ${p.due ? `${p.due.day}/${p.due.month}` : '-'} ${p.issuerDue!.day}/${p.issuerDue!.month}`)).toEqual(['Q1 - 10/3', 'H1 5/6 10/6', '9M - 10/9', 'Y 5/12 10/12']);
});

test('"gửi về Văn phòng Ban (qua đồng chí phụ trách công tác nội chính, PCTN, TC)": báo cáo qua một người, nơi nhận là Văn phòng Ban', () => {
  const schedule = readSchedule([
    '2. Các phòng, Văn phòng Ban báo cáo kết quả thực hiện Kế hoạch định kỳ 6 tháng (trước ngày 05/6/2027) và năm (trước ngày 05/11/2027) gửi về Văn phòng Ban (qua đồng chí phụ trách công tác nội chính, PCTN, TC).',
    '3. Giao Văn phòng Ban tổng hợp, tham mưu Lãnh đạo Ban báo cáo Ban Nội chính Tỉnh ủy trước ngày 10/6/2027 (báo cáo 6 tháng) và trước ngày 10/11/2027 (báo cáo năm).',
  ]);
  expect(schedule.periods.map((p) => `${p.code} ${p.due!.day}/${p.due!.month}`)).toEqual(['H1 5/6', 'Y 5/11']);
  expect(schedule.receiver).toBe('Văn phòng Ban');
});

test('cơ quan chia thành tổ: các tổ "gửi về Tổ Tổng hợp - Hành chính" là nơi nhận báo cáo; "gửi tổ chức, cá nhân" thì không', () => {
  const schedule = readSchedule([
    '2. Chế độ báo cáo: Các Tổ, các Thống kê cơ sở báo cáo kết quả thực hiện gửi về Tổ Tổng hợp - Hành chính (bằng văn bản điện tử trên hệ thống quản lý văn bản và điều hành) trước ngày 05 của tháng cuối quý, cụ thể: báo cáo quý I trước ngày 05/3/2027; báo cáo quý II và 6 tháng trước ngày 05/6/2027; báo cáo quý III và 9 tháng trước ngày 05/9/2027; báo cáo quý IV và năm trước ngày 05/12/2027.',
    '3. Tổ TH-HC theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, tham mưu Trưởng Thống kê tỉnh báo cáo Cục Thống kê (qua Văn phòng Cục) trước ngày 10 của tháng cuối quý.',
  ]);
  expect(schedule.receiver).toBe('Tổ Tổng hợp - Hành chính');
  expect(readSchedule(['Văn phòng gửi tổ chức, cá nhân có liên quan báo cáo quý I trước ngày 05/3/2027.']).receiver).toBeNull();
});

test('"về Ủy ban nhân dân xã (qua công chức Văn phòng - Thống kê)": chức danh công chức cấp xã là bộ phận nhận báo cáo; "qua cán bộ phụ trách …" thì không', () => {
  const commune = readSchedule([
    '7. Chế độ báo cáo: các công chức, Công an xã và các bộ phận được giao nhiệm vụ tại Kế hoạch này báo cáo kết quả thực hiện về Ủy ban nhân dân xã (qua công chức Văn phòng - Thống kê) định kỳ hằng quý, cụ thể: báo cáo quý I trước ngày 08/3/2027.',
  ]);
  expect(commune.receiver).toBe('công chức Văn phòng - Thống kê');
  const person = readSchedule(['Các phòng báo cáo kết quả về Văn phòng Sở (qua cán bộ phụ trách công tác PCTN) trước ngày 05/6/2027.']);
  expect(person.receiver).toBe('Văn phòng Sở');
});

test('Hạt Kiểm lâm: các tổ, trạm báo cáo "về Hạt (qua Tổ Tổng hợp)": nơi nhận là Tổ Tổng hợp, không phải Chi cục Hạt trưởng báo cáo', () => {
  const schedule = readSchedule([
    '3. Chế độ báo cáo: Tổ KLCĐ&PCCCR và các Trạm Kiểm lâm địa bàn báo cáo kết quả thực hiện Kế hoạch về Hạt (qua Tổ Tổng hợp) định kỳ hằng quý như sau: báo cáo quý I trước ngày 04/3/2027; báo cáo quý II và 6 tháng trước ngày 04/6/2027; báo cáo quý III và 9 tháng trước ngày 04/9/2027; báo cáo quý IV và năm trước ngày 04/12/2027.',
    '4. Tổ Tổng hợp là đầu mối theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp kết quả, tham mưu Hạt trưởng báo cáo Chi cục Kiểm lâm trước ngày 08 của tháng cuối quý và đột xuất khi có yêu cầu.',
  ]);
  expect(schedule.periods.map((p) => `${p.code} ${p.due!.day}/${p.due!.month}`)).toEqual(['Q1 4/3', 'H1 4/6', '9M 4/9', 'Y 4/12']);
  expect(schedule.receiver).toBe('Tổ Tổng hợp');
});

test('"gửi về Chi cục (qua Phòng Tổ chức - Hành chính) trước ngày 08 của tháng cuối quý để tổng hợp, báo cáo Sở Công Thương và Thanh tra tỉnh trước ngày 12 của tháng cuối quý": ngày 08 của các đơn vị, ngày 12 của Chi cục', () => {
  const schedule = readSchedule([
    '2. Chế độ báo cáo: các phòng, các Đội báo cáo kết quả thực hiện Kế hoạch định kỳ hằng quý (báo cáo quý I, 6 tháng, 9 tháng và năm) theo quy định tại Thông tư số 06/2025/TT-TTCP ngày 29/9/2025 của Thanh tra Chính phủ, gửi về Chi cục (qua Phòng Tổ chức - Hành chính) trước ngày 08 của tháng cuối quý để tổng hợp, báo cáo Sở Công Thương và Thanh tra tỉnh trước ngày 12 của tháng cuối quý.',
    '3. Giao Phòng Tổ chức - Hành chính theo dõi, đôn đốc việc thực hiện Kế hoạch; tham mưu Chi cục trưởng tổng hợp, báo cáo theo định kỳ và đột xuất khi có yêu cầu.',
  ]);
  expect(schedule.periods.map((p) => `${p.code} ${p.due!.day}/${p.due!.month} → ${p.issuerDue!.day}/${p.issuerDue!.month}`)).toEqual([
    'Q1 8/3 → 12/3',
    'H1 8/6 → 12/6',
    '9M 8/9 → 12/9',
    'Y 8/12 → 12/12',
  ]);
  expect(schedule.receiver).toBe('Phòng Tổ chức - Hành chính');
  // Without a second day the units' own day is not the issuer's.
  const unitsOnly = readSchedule(['Các phòng báo cáo kết quả định kỳ hằng quý về Chi cục trước ngày 08 của tháng cuối quý để tổng hợp, báo cáo Sở Công Thương.']);
  expect(unitsOnly.periods.map((p) => `${p.code} ${p.due!.day}/${p.due!.month} ${p.issuerDue ? 'own' : '-'}`)).toEqual(['Q1 8/3 -', 'H1 8/6 -', '9M 8/9 -', 'Y 8/12 -']);
});

test('"định kỳ 6 tháng, năm gửi về Phòng … trước ngày 05/6 (báo cáo 6 tháng) và trước ngày 05/12 (báo cáo năm)": mỗi ngày là của báo cáo ghi trong ngoặc sau nó, không phải của tên kỳ đứng trước', () => {
  const schedule = readSchedule([
    '3. Chế độ báo cáo: các phòng chuyên môn, các Trạm KTTV báo cáo kết quả thực hiện công tác PCTN, TC định kỳ 6 tháng, năm gửi về Phòng Hành chính - Tổng hợp trước ngày 05/6 (báo cáo 6 tháng) và trước ngày 05/12 (báo cáo năm); Phòng HC-TH tổng hợp, tham mưu Đài báo cáo Cục Khí tượng Thủy văn trước ngày 10/6 và ngày 10/12.',
  ]);
  expect(schedule.periods.map((p) => `${p.code} ${p.due!.day}/${p.due!.month} → ${p.issuerDue!.day}/${p.issuerDue!.month}`)).toEqual(['H1 5/6 → 10/6', 'Y 5/12 → 10/12']);
  expect(schedule.receiver).toBe('Phòng Hành chính - Tổng hợp');
});

test('báo cáo về người đứng đầu hay cơ quan cấp trên "(qua X)": nơi nhận là X ("về Chánh án", "về LĐLĐ tỉnh")', () => {
  const court = readSchedule(['2. Các Thẩm phán, Thư ký được giao nhiệm vụ báo cáo kết quả về Chánh án (qua Tổ Hành chính - Tư pháp) định kỳ 6 tháng trước ngày 05/6/2027 và báo cáo năm trước ngày 05/12/2027.']);
  expect(court.receiver).toBe('Tổ Hành chính - Tư pháp');
  const union = readSchedule(['3. Chế độ báo cáo: Văn phòng, các ban và các CĐCS báo cáo kết quả thực hiện định kỳ hằng quý về LĐLĐ tỉnh (qua Ban Tổ chức - Kiểm tra) như sau: báo cáo quý I trước ngày 08/3/2027; báo cáo năm trước ngày 05/12/2027.']);
  expect(union.receiver).toBe('Ban Tổ chức - Kiểm tra');
});

test('"các cơ quan tham mưu, giúp việc của Đảng ủy báo cáo … về Đảng ủy xã (qua Văn phòng Đảng ủy)": các cơ quan ấy là đơn vị báo cáo, không phải việc tham mưu của chính Đảng ủy', () => {
  const schedule = readSchedule([
    '7. Chế độ báo cáo: các chi bộ trực thuộc, Ủy ban nhân dân xã, các cơ quan tham mưu, giúp việc của Đảng ủy báo cáo kết quả thực hiện Kế hoạch định kỳ 6 tháng (trước ngày 05/6/2027) và năm (trước ngày 05/11/2027) về Đảng ủy xã (qua Văn phòng Đảng ủy). Văn phòng Đảng ủy tổng hợp, tham mưu Đảng ủy báo cáo Ban Thường vụ Huyện ủy trước ngày 15/6/2027 và trước ngày 15/11/2027.',
  ]);
  expect(schedule.periods.map((p) => `${p.code} ${p.due!.day}/${p.due!.month} → ${p.issuerDue!.day}/${p.issuerDue!.month}`)).toEqual(['H1 5/6 → 15/6', 'Y 5/11 → 15/11']);
  expect(schedule.receiver).toBe('Văn phòng Đảng ủy');
});

test('"gửi về Chi cục (qua Đội Tổng hợp) hằng quý": kỳ báo cáo viết sau ngoặc "qua", nơi nhận vẫn là đơn vị trong ngoặc', () => {
  const schedule = readSchedule([
    '2. Chế độ báo cáo: các Đội, Hải quan cửa khẩu báo cáo kết quả thực hiện Kế hoạch (kèm biểu số liệu) gửi về Chi cục (qua Đội Tổng hợp) hằng quý, cụ thể: báo cáo quý I gửi trước ngày 08/3/2027; báo cáo quý II và 6 tháng gửi trước ngày 08/6/2027; báo cáo quý III và 9 tháng gửi trước ngày 08/9/2027; báo cáo quý IV và năm gửi trước ngày 08/12/2027.',
  ]);
  expect(schedule.periods.map((p) => p.code)).toEqual(['Q1', 'H1', '9M', 'Y']);
  expect(schedule.receiver).toBe('Đội Tổng hợp');
  expect(readSchedule(['Các phòng báo cáo kết quả thực hiện về Sở (qua Văn phòng Sở) hàng năm trước ngày 05/12/2027.']).receiver).toBe('Văn phòng Sở');
});

test('"gửi kết quả về Văn phòng trước ngày 06 của tháng cuối kỳ báo cáo", rồi "Văn phòng tham mưu … báo cáo … như sau: báo cáo 6 tháng trước ngày 10/6/2027; …": ngày của các bộ phận rơi vào từng kỳ mà lịch báo cáo của cơ quan ban hành kể tên', () => {
  const schedule = readSchedule([
    '1. Các đồng chí Phó Viện trưởng, Trưởng các bộ phận căn cứ nội dung Kế hoạch tổ chức thực hiện tại bộ phận mình; gửi kết quả thực hiện về Văn phòng trước ngày 06 của tháng cuối kỳ báo cáo để tổng hợp.',
    '2. Văn phòng tham mưu Viện trưởng báo cáo kết quả thực hiện Kế hoạch gửi Viện kiểm sát nhân dân tỉnh Lâm Đồng (qua Văn phòng) theo định kỳ như sau: báo cáo 6 tháng trước ngày 10/6/2027; báo cáo năm trước ngày 05/12/2027.',
  ]);
  expect(schedule.periods.map((p) => `${p.code} ${p.names.join(', ')} ${p.due!.day}/${p.due!.month} → ${p.issuerDue!.day}/${p.issuerDue!.month}`)).toEqual(['H1 6 tháng 6/6 → 10/6', 'Y năm 6/12 → 5/12']);
  expect(schedule.periods[0]!.dueRaw).toBe('trước ngày 06 của tháng cuối kỳ báo cáo');
  expect(schedule.receiver).toBe('Văn phòng');
});

test('"trước ngày 05 của tháng đầu quý sau": ngày 05 của tháng đầu kỳ sau (quý I → 05/4, năm → 05/01 năm sau)', () => {
  const schedule = readSchedule([
    '2. Các phòng chuyên môn, các đơn vị trực thuộc Sở báo cáo định kỳ quý I, 6 tháng, 9 tháng và năm về kết quả thực hiện Kế hoạch này gửi Thanh tra tỉnh, thời gian gửi báo cáo trước ngày 05 của tháng đầu quý sau; báo cáo đột xuất theo yêu cầu.',
  ]);
  expect(schedule.periods.map((p) => `${p.code} ${p.due!.day}/${p.due!.month}`)).toEqual(['Q1 5/4', 'H1 5/7', '9M 5/10', 'Y 5/1']);
  expect(schedule.periods[0]!.dueRaw).toBe('trước ngày 05 của tháng đầu quý sau');
  expect(schedule.receiver).toBe('Thanh tra tỉnh');
});

test('"định kỳ hằng quý ... chậm nhất ngày 03 tháng đầu của quý tiếp theo"; "tháng cuối quý" vẫn là tháng cuối', () => {
  const next = readSchedule([
    '3. Các xã, phường định kỳ hằng quý gửi báo cáo kết quả thực hiện về UBND tỉnh (qua Thanh tra tỉnh) chậm nhất ngày 03 tháng đầu của quý tiếp theo.',
  ]);
  expect(next.periods.map((p) => `${p.code} ${p.due!.day}/${p.due!.month}`)).toEqual(['Q1 3/4', 'H1 3/7', '9M 3/10', 'Y 3/1']);
  const named = readSchedule(['Báo cáo quý I, 6 tháng, 9 tháng gửi trước ngày 10 tháng đầu kỳ báo cáo sau; báo cáo năm gửi trước ngày 05/12/2026.']);
  expect(named.periods.map((p) => `${p.code} ${p.due!.day}/${p.due!.month}`)).toEqual(['Q1 10/4', 'H1 10/7', '9M 10/10', 'Y 5/12']);
});
