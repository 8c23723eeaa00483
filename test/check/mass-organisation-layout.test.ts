/**
 * Văn bản của Đoàn TNCS Hồ Chí Minh (Tỉnh đoàn, Đoàn trường, Đoàn cơ sở) theo Hướng dẫn 29-HD/TWĐTN-VP: số "Số: 27-BC/ĐTN"
 * (gạch nối giữa số và tên loại, gạch chéo trước tên cơ quan), tiêu đề "ĐOÀN TNCS HỒ CHÍ MINH" thay cho Quốc hiệu. Các
 * phần khác vẫn theo Nghị định 30; văn bản nhà nước, của Công đoàn hay của một đoàn kiểm tra giữ nguyên các phát hiện.
 */
import { checkReport } from '../../src/check';
import { analyzeReport } from '../../src/check/analyze';
import { massOrganisationOfLine } from '../../src/check/context/mass-organisation-document';
import { readDocx } from '../../src/docx';
import { plan2023 } from '../../src/plan';
import { buildReport } from '../support/report-builder';
import { editedTemplate } from '../support/template-edit';

/** The template's header turned into a Đoàn cơ sở's, its number in the Đoàn's form. */
const DOAN: [string, string][] = [
  ['>SỞ NỘI VỤ<', '>ĐOÀN KHỐI CÁC CƠ QUAN TỈNH<'],
  ['>TỈNH QUẢNG NGÃI<', '><'],
  ['>PHÒNG CÔNG CHỨC,<', '>BCH ĐOÀN SỞ NỘI VỤ<'],
  ['>VIÊN CHỨC<', '>*<'],
  ['>Số: .../BC-CCVC<', '>Số: 27-BC/ĐTN<'],
];
/** ... with the Đoàn's title on the right instead of the Quốc hiệu and the Tiêu ngữ. */
const DOAN_TITLE: [string, string][] = [
  ['>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<', '>ĐOÀN TNCS HỒ CHÍ MINH<'],
  ['>Độc lập - Tự do - Hạnh phúc<', '><'],
];

const formFindings = (bytes: Uint8Array) => checkReport(plan2023, readDocx(bytes)).findings.filter((f) => f.rule.startsWith('layout-') || f.rule === 'part-missing');
const analysisOf = (bytes: Uint8Array) => analyzeReport(plan2023, readDocx(bytes));

describe('báo cáo của Đoàn theo Hướng dẫn 29-HD/TWĐTN-VP', () => {
  test('tiêu đề "ĐOÀN TNCS HỒ CHÍ MINH" và "Số: 27-BC/ĐTN": là văn bản của Đoàn, không có phát hiện thể thức nào', () => {
    const bytes = editedTemplate([...DOAN, ...DOAN_TITLE]);
    const analysis = analysisOf(bytes);
    expect(analysis.massOrganisation).toEqual({ organisation: 'doan', signal: 'title', index: expect.any(Number) });
    expect(analysis.party).toBeNull();
    expect(analysis.parts.nationalTitle.present).toBe(true);
    expect(formFindings(bytes)).toEqual([]);
  });

  test('Quốc hiệu, Tiêu ngữ bên phải và dòng "BCH ĐOÀN SỞ NỘI VỤ": vẫn là văn bản của Đoàn, "Số: 27-BC/ĐTN" không bị báo', () => {
    const bytes = editedTemplate(DOAN);
    expect(analysisOf(bytes).massOrganisation).toMatchObject({ signal: 'body' });
    // Before: one finding, "Số, ký hiệu viết theo dạng “Số: 12/BC-VP” ... không phải “Số: 27-BC/ĐTN”".
    expect(formFindings(bytes)).toEqual([]);
  });

  test('văn bản của Đoàn ghi số theo dạng nhà nước "Số: 27/BC-ĐTN": không bị báo (không phán xét điều Hướng dẫn để ngỏ)', () => {
    expect(formFindings(editedTemplate([...DOAN, ...DOAN_TITLE, ['>Số: 27-BC/ĐTN<', '>Số: 27/BC-ĐTN<']]))).toEqual([]);
  });

  test('"Số 27/ĐTN" (không có tên loại BC) trong văn bản của Đoàn: một phát hiện, theo dạng của Đoàn, dẫn Hướng dẫn 29', () => {
    const found = formFindings(editedTemplate([...DOAN, ...DOAN_TITLE, ['>Số: 27-BC/ĐTN<', '>Số 27/ĐTN<']]));
    expect(found.map((f) => f.id)).toEqual(['layout-number']);
    expect(found[0]!.message.vi).toBe(
      'Văn bản của Đoàn ghi số và ký hiệu theo dạng “Số: 27-BC/ĐTN” (gạch nối giữa số và tên loại BC, gạch chéo trước tên cơ quan ban hành), không phải “Số 27/ĐTN” (Hướng dẫn 29-HD/TWĐTN-VP về thể thức văn bản của Đoàn).',
    );
    expect(found[0]!.message.en).toMatch(/^A Youth Union document writes its number like “Số: 27-BC\/ĐTN” .*\(Guideline 29-HD\/TWĐTN-VP on the form of Youth Union documents\)\.$/);
  });

  test('không có cả Quốc hiệu lẫn tiêu đề của Đoàn: thiếu tiêu đề, nói theo Hướng dẫn 29', () => {
    const found = formFindings(editedTemplate([...DOAN, ['>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<', '><'], ['>Độc lập - Tự do - Hạnh phúc<', '><']]));
    expect(found.map((f) => f.id)).toEqual(['part-missing:nationalTitle']);
    expect(found[0]!.message.vi).toBe('Thiếu tiêu đề của tổ chức ("ĐOÀN TNCS HỒ CHÍ MINH", "HỘI NÔNG DÂN VIỆT NAM"…) hoặc Quốc hiệu và Tiêu ngữ (Hướng dẫn 29-HD/TWĐTN-VP về thể thức văn bản của Đoàn).');
  });
});

describe('không phải văn bản của Đoàn: giữ các phát hiện theo Nghị định 30', () => {
  test('báo cáo của Công đoàn ghi "Số: 27-BC/CĐ": văn bản theo Nghị định 30, một phát hiện về dạng số', () => {
    const bytes = editedTemplate([['>PHÒNG CÔNG CHỨC,<', '>CÔNG ĐOÀN SỞ NỘI VỤ<'], ['>VIÊN CHỨC<', '>*<'], ['>Số: .../BC-CCVC<', '>Số: 27-BC/CĐ<']]);
    expect(analysisOf(bytes).massOrganisation).toBeNull();
    const found = formFindings(bytes);
    expect(found.map((f) => f.id)).toEqual(['layout-number']);
    expect(found[0]!.message.vi).toContain('(Nghị định 30/2020/NĐ-CP, Phụ lục I)');
  });

  test('tên một đoàn công tác, đoàn kiểm tra, công đoàn hay chữ thường không phải cơ quan của Đoàn; Tỉnh đoàn, BCH Đoàn trường là', () => {
    for (const line of ['TỈNH ĐOÀN QUẢNG NGÃI', 'BCH ĐOÀN TRƯỜNG ĐẠI HỌC', 'BAN CHẤP HÀNH ĐOÀN TNCS HỒ CHÍ MINH', 'ĐOÀN TỈNH GIA LAI', 'ĐOÀN THANH NIÊN SỞ Y TẾ', 'THÀNH ĐOÀN ĐÀ NẴNG']) {
      expect([line, massOrganisationOfLine(line)]).toEqual([line, 'doan']);
    }
    for (const line of ['CÔNG ĐOÀN SỞ NỘI VỤ', 'ĐOÀN THANH TRA SỐ 2', 'ĐOÀN KIỂM TRA LIÊN NGÀNH', 'ĐOÀN ĐẠI BIỂU QUỐC HỘI TỈNH', 'Đoàn Thanh niên Sở', 'BAN CHẤP HÀNH CÔNG ĐOÀN']) {
      expect([line, massOrganisationOfLine(line)]).toEqual([line, null]);
    }
  });
});

describe('báo cáo của Hội Nông dân, Hội Liên hiệp Phụ nữ: số theo dạng của Hội', () => {
  const HOI: [string, string][] = [
    ['>SỞ NỘI VỤ<', '>HỘI NÔNG DÂN TỈNH QUẢNG NGÃI<'],
    ['>TỈNH QUẢNG NGÃI<', '><'],
    ['>PHÒNG CÔNG CHỨC,<', '>VĂN PHÒNG<'],
    ['>VIÊN CHỨC<', '>*<'],
    ['>Số: .../BC-CCVC<', '>Số: 07-BC/VP<'],
  ];

  test('"HỘI NÔNG DÂN TỈNH QUẢNG NGÃI / VĂN PHÒNG", "Số: 07-BC/VP": văn bản của Hội, không bị báo về số', () => {
    const bytes = editedTemplate(HOI);
    expect(analysisOf(bytes).massOrganisation).toMatchObject({ organisation: 'hoi', signal: 'body' });
    expect(formFindings(bytes)).toEqual([]);
  });

  test('tiêu đề "HỘI NÔNG DÂN VIỆT NAM" thay Quốc hiệu: có tiêu đề, không thiếu thành phần', () => {
    const bytes = editedTemplate([...HOI, ['>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<', '>HỘI NÔNG DÂN VIỆT NAM<'], ['>Độc lập - Tự do - Hạnh phúc<', '><']]);
    expect(analysisOf(bytes).massOrganisation).toMatchObject({ organisation: 'hoi', signal: 'title' });
    expect(formFindings(bytes)).toEqual([]);
  });

  test('dòng cơ quan của Hội: Hội Nông dân, BCH Hội Liên hiệp Phụ nữ xã, Ban Thường vụ Hội Cựu chiến binh; không phải hội khác', () => {
    for (const line of ['HỘI NÔNG DÂN TỈNH QUẢNG NGÃI', 'BCH HỘI LIÊN HIỆP PHỤ NỮ XÃ TỊNH HÀ', 'BAN THƯỜNG VỤ HỘI CỰU CHIẾN BINH TỈNH']) {
      expect([line, massOrganisationOfLine(line)]).toEqual([line, 'hoi']);
    }
    for (const line of ['HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG', 'HỘI CHỮ THẬP ĐỎ TỈNH', 'HỘI NÔNG DÂN tỉnh']) {
      expect([line, massOrganisationOfLine(line)]).toEqual([line, null]);
    }
  });
});

test('báo cáo của "BCH HỘI NÔNG DÂN XÃ SƠN HÀ": đơn vị là nhóm "Hội Nông dân các xã, phường" của kế hoạch', () => {
  const plan = {
    ...plan2023,
    units: [...plan2023.units, { id: 'HNDXP', kind: 'group' as const, name: 'Hội Nông dân các xã, phường', aliases: [] }],
  };
  const report = buildReport({ body: [], governing: 'HỘI NÔNG DÂN TỈNH QUẢNG NGÃI', issuer: 'BCH HỘI NÔNG DÂN XÃ SƠN HÀ', number: 'Số: 09-BC/HNDX' });
  expect(checkReport(plan, report).unit).toMatchObject({ id: 'HNDXP', source: 'header' });
});

test('"ỦY BAN MTTQ VIỆT NAM" / "PHƯỜNG ĐỒNG HỚI" / "BAN THƯỜNG TRỰC": Ban Thường trực của Mặt trận phường (thành viên nhóm "Ủy ban MTTQ Việt Nam các xã, phường"), không phải Ban Thường trực cấp tỉnh ban hành kế hoạch', () => {
  const plan = {
    ...plan2023,
    units: [
      ...plan2023.units.map((u) => (u.kind === 'department' ? { ...u, aliases: [...u.aliases, 'Ban Thường trực'] } : u)),
      { id: 'MTXA', kind: 'group' as const, name: 'Ủy ban MTTQ Việt Nam các xã, phường', aliases: ['Ủy ban MTTQ Việt Nam xã, phường'] },
    ],
  };
  const report = buildReport({ body: [], governing: 'ỦY BAN MTTQ VIỆT NAM', issuer: 'PHƯỜNG ĐỒNG HỚI\nBAN THƯỜNG TRỰC', number: 'Số: 58/BC-MTTQ-BTT' });
  expect(checkReport(plan, report).unit).toMatchObject({ id: 'MTXA', source: 'header' });
});

test('"HỘI NÔNG DÂN TỈNH" / "BAN THƯỜNG VỤ": Ban Thường vụ của Hội, không phải Ban Thường vụ Tỉnh ủy mà kế hoạch cũng gọi tên', () => {
  const plan = {
    ...plan2023,
    units: [
      ...plan2023.units,
      { id: 'HND', kind: 'affiliate' as const, name: 'Hội Nông dân tỉnh', aliases: [] },
      { id: 'TU', kind: 'external' as const, name: 'Tỉnh ủy', aliases: ['Ban Thường vụ Tỉnh ủy'] },
    ],
  };
  const report = buildReport({ body: [], governing: 'ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG NGÃI', issuer: 'HỘI NÔNG DÂN TỈNH\nBAN THƯỜNG VỤ', number: 'Số: 38-BC/HNDT' });
  expect(checkReport(plan, report).unit).toMatchObject({ id: 'HND', source: 'header' });
  // Alone under the governing line, "BAN THƯỜNG VỤ" still names the body the plan gives that name.
  const alone = buildReport({ body: [], governing: 'ĐẢNG BỘ TỈNH QUẢNG NGÃI', issuer: 'BAN THƯỜNG VỤ', number: 'Số: 12-BC/TU' });
  expect(checkReport(plan, alone).unit).toMatchObject({ id: 'TU' });
});
