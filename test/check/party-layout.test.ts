/**
 * Văn bản của Đảng (chi bộ, đảng bộ, đảng ủy, ủy ban kiểm tra, văn phòng cấp ủy...) theo Hướng dẫn số 36-HD/VPTW ngày
 * 03/4/2018 của Văn phòng Trung ương Đảng, không theo Nghị định 30/2020/NĐ-CP: số "Số 04-BC/CB", nơi nhận kết thúc bằng
 * dấu phẩy, dòng cuối "- Lưu ...", quyền hạn ký "T/M". Văn bản nhà nước giữ nguyên các phát hiện như trước. Báo cáo của
 * một chi bộ là báo cáo của nhóm "Các chi bộ, đảng bộ trực thuộc" mà kế hoạch nêu theo loại.
 */
import { checkReport } from '../../src/check';
import { analyzeReport } from '../../src/check/analyze';
import { detectPartyDocument, isPartyBodyLine } from '../../src/check/context/party-document';
import { prepareDocument } from '../../src/check/prepare';
import { zoneDocument } from '../../src/check/zones';
import { readDocx } from '../../src/docx';
import { plan2023 } from '../../src/plan';
import type { Plan } from '../../src/plan/schema';
import { buildReport, type ReportSpec } from '../support/report-builder';
import { editedTemplate } from '../support/template-edit';

const edited = editedTemplate;

/** The chi bộ's report of the brief: its header, its number, its recipients and its signer, in the template's form. */
const CHI_BO: [string | RegExp, string][] = [
  ['>SỞ NỘI VỤ<', '>ĐẢNG BỘ XÃ ĐÔNG SƠN<'],
  ['>TỈNH QUẢNG NGÃI<', '><'],
  ['>PHÒNG CÔNG CHỨC,<', '>CHI BỘ THÔN PHÚ AN<'],
  ['>VIÊN CHỨC<', '>*<'],
  ['>Số: .../BC-CCVC<', '>Số 04-BC/CB<'],
  ['>Quảng Ngãi, ngày ... tháng ... năm 2023<', '>Phú An, ngày 01 tháng 3 năm 2023<'],
  ['>- Thanh tra Sở;<', '>- Đảng uỷ xã (qua Văn phòng Đảng uỷ),<'],
  ['>- Lãnh đạo Sở (b/c);<', '>- Các đồng chí chi uỷ viên,<'],
  ['>- Lưu: VT, CCVC.<', '>- Lưu Chi bộ.<'],
  ['>TRƯỞNG PHÒNG<', '>T/M CHI BỘ<'],
];
/** ... with the Party's title on the right instead of the Quốc hiệu and the Tiêu ngữ. */
const PARTY_TITLE: [string | RegExp, string][] = [
  ['>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<', '>ĐẢNG CỘNG SẢN VIỆT NAM<'],
  ['>Độc lập - Tự do - Hạnh phúc<', '><'],
];

/** Findings about the form of the document: the layout rules and the parts. */
const formFindings = (bytes: Uint8Array, plan: Plan = plan2023) => checkReport(plan, readDocx(bytes)).findings.filter((f) => f.rule.startsWith('layout-') || f.rule === 'part-missing');
/** The same on a hand-made model (whose date line the builder does not set in italics: that rule is left out). */
const modelFindings = (spec: ReportSpec) => checkReport(plan2023, buildReport(spec)).findings.filter((f) => (f.rule.startsWith('layout-') && f.rule !== 'layout-place-date') || f.rule === 'part-missing');

describe('báo cáo của chi bộ theo Hướng dẫn 36-HD/VPTW', () => {
  test('tiêu đề "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 04-BC/CB", nơi nhận kết thúc bằng dấu phẩy, "- Lưu Chi bộ.", "T/M CHI BỘ": không có phát hiện thể thức nào', () => {
    const bytes = edited([...CHI_BO, ...PARTY_TITLE]);
    expect(analyzeReport(plan2023, readDocx(bytes)).party).toEqual({ signal: 'title', index: expect.any(Number) });
    expect(formFindings(bytes)).toEqual([]);
  });

  test('cùng báo cáo ấy với Quốc hiệu bên phải: là văn bản của Đảng (dòng "CHI BỘ THÔN PHÚ AN"), không có phát hiện về số, ký hiệu hay nơi nhận', () => {
    const bytes = edited(CHI_BO);
    expect(analyzeReport(plan2023, readDocx(bytes)).party).toMatchObject({ signal: 'body' });
    // Before, three findings: the number missing, the number's form, the recipients' commas.
    expect(formFindings(bytes)).toEqual([]);
  });

  test('"Nơi nhận" gạch chân, không in đậm nghiêng: Hướng dẫn 36 không theo kiểu chữ của Nghị định 30, nên không có phát hiện', () => {
    const bytes = edited([...CHI_BO, ...PARTY_TITLE, [/<w:b\/><w:bCs\/><w:i\/><w:iCs\/>(<w:sz w:val="24"\/><w:szCs w:val="24"\/><\/w:rPr><w:t xml:space="preserve">Nơi nhận:)/, '<w:u w:val="single"/>$1']]);
    expect(readDocx(bytes).paragraphs.find((p) => p.text === 'Nơi nhận:')).toMatchObject({ bold: false, italic: false });
    expect(formFindings(bytes)).toEqual([]);
  });

  test('"Số: 04/BC-CB" (dạng của Nghị định 30) trong văn bản của Đảng: đúng một phát hiện cho dòng số, theo Hướng dẫn 36', () => {
    const bytes = edited([...CHI_BO, ...PARTY_TITLE, ['>Số 04-BC/CB<', '>Số: 04/BC-CB<']]);
    const found = formFindings(bytes);
    expect(found.map((f) => f.id)).toEqual(['layout-number']);
    expect(found[0]!.message.vi).toBe(
      'Văn bản của Đảng ghi số và ký hiệu theo dạng “Số 04-BC/CB” (không có dấu hai chấm sau “Số”; gạch nối giữa số và tên loại BC, gạch chéo trước tên cơ quan ban hành), không phải “Số: 04/BC-CB” (Hướng dẫn 36-HD/VPTW, mục II, điểm 1.3 và Phụ lục 3).',
    );
    expect(found[0]!.message.en).toMatch(/^A Party document writes its number like “Số 04-BC\/CB” .*not “Số: 04\/BC-CB” \(Guideline 36-HD\/VPTW, Section II, point 1\.3 and Appendix 3\)\.$/);
  });

  test('dòng "Lưu" cuối cùng kết thúc bằng dấu phẩy: một phát hiện nơi nhận, theo Hướng dẫn 36, không sửa định dạng', () => {
    const bytes = edited([...CHI_BO, ...PARTY_TITLE, ['>- Lưu Chi bộ.<', '>- Lưu Chi bộ,<']]);
    const found = formFindings(bytes);
    expect(found.map((f) => f.id)).toEqual(['layout-recipients']);
    expect(found[0]!.message.vi).toBe('Nơi nhận: dòng "Lưu" cuối cùng kết thúc bằng dấu chấm ("."), không phải "," (Hướng dẫn 36-HD/VPTW, mục II, điểm 1.9).');
    expect(found[0]!.message.en).toBe('Recipients: the last "Lưu" line ends with ".", not "," (Guideline 36-HD/VPTW, Section II, point 1.9).');
    expect(found[0]!.action).toBeNull();
  });
});

describe('văn bản nhà nước giữ nguyên các phát hiện theo Nghị định 30', () => {
  test('cơ quan dưới Tỉnh ủy ("TỈNH ỦY QUẢNG NGÃI / BÁO VÀ PHÁT THANH, TRUYỀN HÌNH") viết Quốc hiệu và "Số: 148/BC-BPTTH": văn bản theo Nghị định 30; người ký "TỔNG BIÊN TẬP" là chức vụ người ký', () => {
    const bytes = edited([
      ['>SỞ NỘI VỤ<', '>TỈNH ỦY QUẢNG NGÃI<'],
      ['>TỈNH QUẢNG NGÃI<', '><'],
      ['>PHÒNG CÔNG CHỨC,<', '>BÁO VÀ PHÁT THANH, TRUYỀN HÌNH<'],
      ['>VIÊN CHỨC<', '>QUẢNG NGÃI<'],
      ['>Số: .../BC-CCVC<', '>Số: 148/BC-BPTTH<'],
      ['>TRƯỞNG PHÒNG<', '>TỔNG BIÊN TẬP<'],
    ]);
    expect(analyzeReport(plan2023, readDocx(bytes)).party).toBeNull();
    // Before: the Party's number form and "Thiếu quyền hạn, chức vụ, họ tên người ký (Hướng dẫn 36-HD/VPTW …)".
    expect(formFindings(bytes)).toEqual([]);
  });

  test('"Số 04-BC/CB" trong báo cáo của một phòng (Quốc hiệu, Tiêu ngữ): một phát hiện về dạng số theo Nghị định 30, không thêm "thiếu số, ký hiệu"', () => {
    const bytes = edited([['>Số: .../BC-CCVC<', '>Số 04-BC/CB<']]);
    expect(analyzeReport(plan2023, readDocx(bytes)).party).toBeNull();
    const found = formFindings(bytes);
    expect(found.map((f) => f.id)).toEqual(['layout-number']);
    expect(found[0]!.message.vi).toBe('Số, ký hiệu viết theo dạng “Số: 12/BC-VP” (tên loại báo cáo là BC), không phải “Số 04-BC/CB” (Nghị định 30/2020/NĐ-CP, Phụ lục I).');
  });

  test('nơi nhận kết thúc bằng dấu phẩy trong báo cáo của một phòng: vẫn là phát hiện theo Nghị định 30', () => {
    const bytes = edited([['>- Thanh tra Sở;<', '>- Thanh tra Sở,<']]);
    const found = formFindings(bytes);
    expect(found.map((f) => f.id)).toEqual(['layout-recipients']);
    expect(found[0]!.message.vi).toBe('Nơi nhận: mỗi nơi nhận kết thúc bằng dấu chấm phẩy (";"), không phải "," (1 dòng) (Nghị định 30/2020/NĐ-CP, Phụ lục I).');
  });

  test('"Nơi nhận:" không in đậm nghiêng trong báo cáo của một phòng: vẫn là phát hiện, có nút sửa định dạng', () => {
    const bytes = edited([[/<w:b\/><w:bCs\/><w:i\/><w:iCs\/>(<w:sz w:val="24"\/><w:szCs w:val="24"\/><\/w:rPr><w:t xml:space="preserve">Nơi nhận:)/, '$1']]);
    const found = formFindings(bytes);
    expect(found.map((f) => f.id)).toEqual(['layout-recipients']);
    expect(found[0]!.action?.kind).toBe('fixFormat');
  });

  test('"T/M" không có chức danh bên dưới trong báo cáo của một phòng: vẫn thiếu chức vụ người ký, như trước', () => {
    const found = modelFindings({ signer: 'T/M PHÒNG', body: [] });
    expect(found.map((f) => f.id)).toEqual(['part-missing:signature']);
  });
});

describe('nhận ra văn bản của Đảng từ chính văn bản', () => {
  const party = (spec: Partial<ReportSpec>) => {
    const prepared = prepareDocument(buildReport({ body: [], ...spec }));
    return detectPartyDocument(prepared, zoneDocument(prepared));
  };

  test.each([
    ['ĐẢNG BỘ XÃ ĐÔNG SƠN', 'CHI BỘ THÔN PHÚ AN'],
    ['ĐẢNG BỘ TỈNH QUẢNG NGÃI', 'ĐẢNG UỶ XÃ ĐÔNG SƠN'],
    ['TỈNH UỶ QUẢNG NGÃI', 'BAN TỔ CHỨC'],
    ['ĐẢNG ỦY XÃ ĐÔNG SƠN', 'ỦY BAN KIỂM TRA'],
    ['ĐẢNG ỦY XÃ ĐÔNG SƠN', 'VĂN PHÒNG'],
    ['ĐẢNG BỘ TỈNH QUẢNG NGÃI', 'HUYỆN ỦY SƠN TỊNH'],
    ['', 'BAN TUYÊN GIÁO TỈNH ỦY'],
    ['', 'ỦY BAN KIỂM TRA HUYỆN ỦY'],
  ])('"%s" / "%s": văn bản của Đảng', (governing, issuer) => {
    expect(party({ governing, issuer, number: 'Số 12-BC/ĐU' })).toMatchObject({ signal: 'body' });
  });

  test('"ĐẢNG CỘNG SẢN VIỆT NAM" bên phải: văn bản của Đảng', () => {
    expect(party({ governing: '', issuer: 'CHI BỘ', rightHeader: ['ĐẢNG CỘNG SẢN VIỆT NAM'] })).toMatchObject({ signal: 'title' });
  });

  test('chỉ có số "Số 04-BC/CB" và không có Quốc hiệu: văn bản của Đảng; có Quốc hiệu và tên cơ quan nhà nước: văn bản nhà nước', () => {
    expect(party({ governing: '', issuer: 'BAN CHỈ ĐẠO', number: 'Số 04-BC/BCĐ', rightHeader: [] })).toMatchObject({ signal: 'number' });
    expect(party({ number: 'Số 04-BC/CCVC' })).toBeNull();
  });

  test.each([
    ['SỞ NỘI VỤ TỈNH QUẢNG NGÃI', 'PHÒNG CÔNG CHỨC, VIÊN CHỨC'],
    ['ỦY BAN NHÂN DÂN', 'XÃ ĐÔNG SƠN'],
    ['LIÊN ĐOÀN LAO ĐỘNG TỈNH', 'ỦY BAN KIỂM TRA CÔNG ĐOÀN'],
    ['TỈNH ĐOÀN QUẢNG NGÃI', 'BAN THƯỜNG VỤ'],
    ['UBND TỈNH QUẢNG NGÃI', 'BAN DÂN TỘC'],
  ])('"%s" / "%s": văn bản nhà nước (hay của đoàn thể), không phải của Đảng', (governing, issuer) => {
    expect(party({ governing, issuer })).toBeNull();
  });

  test('tên cơ quan viết thường trong câu văn không phải dòng tên cơ quan', () => {
    expect(isPartyBodyLine('Chi bộ thôn Phú An')).toBe(false);
    expect(isPartyBodyLine('CHI BỘ THÔN PHÚ AN')).toBe(true);
  });
});

describe('thành phần thể thức và quy tắc thể thức của văn bản của Đảng', () => {
  const PARTY: Partial<ReportSpec> = {
    governing: 'ĐẢNG BỘ XÃ ĐÔNG SƠN',
    issuer: 'CHI BỘ THÔN PHÚ AN',
    number: 'Số 04-BC/CB',
    rightHeader: ['ĐẢNG CỘNG SẢN VIỆT NAM'],
    date: 'Phú An, ngày 01 tháng 3 năm 2023',
    recipientLines: ['- Đảng uỷ xã (qua Văn phòng Đảng uỷ),', '- Lưu Chi bộ.'],
    signer: 'T/M CHI BỘ\nBÍ THƯ',
  };

  test('báo cáo của chi bộ đủ thành phần: không có phát hiện thể thức', () => {
    expect(modelFindings({ ...PARTY, body: [] })).toEqual([]);
  });

  test('"T/M ỦY BAN KIỂM TRA" / "CHỦ NHIỆM": có chức vụ người ký', () => {
    expect(modelFindings({ ...PARTY, issuer: 'ỦY BAN KIỂM TRA', number: 'Số 07-BC/UBKT', signer: 'T/M ỦY BAN KIỂM TRA\nCHỦ NHIỆM', body: [] })).toEqual([]);
  });

  test.each(['Số 04-BC/CB', 'Số 125-BC/ĐU', 'Số 12-BC/UBKTĐU', 'Số 3-BC/VPĐU'])('"%s": đúng dạng', (number) => {
    expect(modelFindings({ ...PARTY, number, body: [] })).toEqual([]);
  });

  test.each(['Số: 04-BC/CB', 'Số 04-KH/CB', 'Số 04/BC-CB'])('"%s": một phát hiện cho dòng số, không có "thiếu số, ký hiệu"', (number) => {
    const found = modelFindings({ ...PARTY, number, body: [] });
    expect(found.map((f) => f.id)).toEqual(['layout-number']);
    expect(found[0]!.message.vi).toMatch(/\(Hướng dẫn 36-HD\/VPTW, mục II, điểm 1\.3 và Phụ lục 3\)\.$/);
  });

  test('không có tiêu đề "ĐẢNG CỘNG SẢN VIỆT NAM" hay Quốc hiệu: thiếu tiêu đề, theo Hướng dẫn 36', () => {
    const found = modelFindings({ ...PARTY, rightHeader: [], body: [] });
    expect(found.map((f) => f.message.vi)).toEqual(['Thiếu tiêu đề "ĐẢNG CỘNG SẢN VIỆT NAM" (Hướng dẫn 36-HD/VPTW, mục II, khoản 1).']);
    expect(found[0]!.message.en).toBe('Missing the heading "ĐẢNG CỘNG SẢN VIỆT NAM" (Guideline 36-HD/VPTW, Section II, clause 1).');
  });

  test('nơi nhận: dòng kết thúc bằng dấu chấm giữa danh sách, hay thiếu dòng "Lưu": phát hiện theo Hướng dẫn 36', () => {
    const dot = modelFindings({ ...PARTY, recipientLines: ['- Đảng uỷ xã.', '- Lưu Chi bộ.'], body: [] });
    expect(dot.map((f) => f.message.vi)).toEqual(['Nơi nhận: mỗi nơi nhận kết thúc bằng dấu phẩy (","), không phải "." (1 dòng) (Hướng dẫn 36-HD/VPTW, mục II, điểm 1.9).']);
    const noArchive = modelFindings({ ...PARTY, recipientLines: ['- Đảng uỷ xã,', '- Văn phòng Đảng uỷ.'], body: [] });
    expect(noArchive.map((f) => f.message.vi)).toEqual(['Nơi nhận: dòng cuối là "- Lưu ..." (bản lưu, ví dụ "- Lưu Văn phòng Đảng ủy.") (Hướng dẫn 36-HD/VPTW, mục II, điểm 1.9).']);
    // ";" at the end of an entry is let pass: the rule says only what it is sure of.
    expect(modelFindings({ ...PARTY, recipientLines: ['- Đảng uỷ xã;', '- Lưu Chi bộ.'], body: [] })).toEqual([]);
  });

  test('nơi nhận gõ không có gạch ngang ("Đảng uỷ xã," ... "Lưu Chi bộ."): một phát hiện nói đúng điều đó', () => {
    const found = modelFindings({ ...PARTY, recipientLines: ['Đảng uỷ xã,', 'Lưu Chi bộ.'], body: [] });
    expect(found.map((f) => f.message.vi)).toEqual(['Nơi nhận: mỗi nơi nhận, kể cả dòng "Lưu", mở đầu bằng gạch ngang ("- ") (Hướng dẫn 36-HD/VPTW, mục II, điểm 1.9).']);
  });
});

describe('đơn vị báo cáo: chi bộ là thành viên của nhóm "Các chi bộ, đảng bộ trực thuộc"', () => {
  const plan: Plan = {
    ...plan2023,
    units: [
      ...plan2023.units,
      { id: 'DUX', kind: 'department', name: 'Đảng ủy xã Đông Sơn', aliases: ['Đảng bộ xã Đông Sơn'], signers: ['BÍ THƯ'] },
      { id: 'CBDB', kind: 'group', name: 'Các chi bộ, đảng bộ trực thuộc', aliases: [] },
    ],
  };
  const unit = (spec: Partial<ReportSpec>) => checkReport(plan, buildReport({ body: [], ...spec })).unit;
  const CHI_BO_REPORT: Partial<ReportSpec> = { governing: 'ĐẢNG BỘ XÃ ĐÔNG SƠN', issuer: 'CHI BỘ THÔN PHÚ AN', number: 'Số 04-BC/CB', rightHeader: ['ĐẢNG CỘNG SẢN VIỆT NAM'], signer: 'T/M CHI BỘ\nBÍ THƯ' };

  test('"CHI BỘ THÔN PHÚ AN" dưới "ĐẢNG BỘ XÃ ĐÔNG SƠN": nhóm, không phải Đảng ủy xã (cơ quan ban hành kế hoạch)', () => {
    expect(unit(CHI_BO_REPORT)).toMatchObject({ id: 'CBDB', source: 'header' });
    // With the state's Quốc hiệu on the right, and with a governing line the plan does not name, the same.
    expect(unit({ ...CHI_BO_REPORT, rightHeader: undefined })).toMatchObject({ id: 'CBDB', source: 'header' });
    expect(unit({ ...CHI_BO_REPORT, governing: 'ĐẢNG BỘ XÃ ĐÔNG HÀ' })).toMatchObject({ id: 'CBDB', source: 'header' });
  });

  test('"ĐẢNG BỘ CÔNG AN XÃ" (một đảng bộ trực thuộc): cũng là nhóm', () => {
    expect(unit({ ...CHI_BO_REPORT, issuer: 'ĐẢNG BỘ CÔNG AN XÃ', number: 'Số 02-BC/ĐBCA' })).toMatchObject({ id: 'CBDB', source: 'header' });
  });

  test('báo cáo của chính Đảng ủy xã giữ đơn vị của mình; báo cáo của Văn phòng Đảng ủy không phải của nhóm', () => {
    expect(unit({ ...CHI_BO_REPORT, governing: 'ĐẢNG BỘ TỈNH QUẢNG NGÃI', issuer: 'ĐẢNG ỦY XÃ ĐÔNG SƠN', number: 'Số 15-BC/ĐU' })).toMatchObject({ id: 'DUX' });
    expect(unit({ ...CHI_BO_REPORT, governing: 'ĐẢNG ỦY XÃ ĐÔNG SƠN', issuer: 'VĂN PHÒNG', number: 'Số 03-BC/VPĐU' })?.id).not.toBe('CBDB');
  });

  test('"ỦY BAN KIỂM TRA" dưới "ĐẢNG BỘ XÃ ĐÔNG SƠN": đơn vị "Ủy ban Kiểm tra Đảng ủy" của kế hoạch, dù kế hoạch không ghi tên ngắn', () => {
    const withCommittee: Plan = { ...plan, units: [...plan.units, { id: 'UBKT', kind: 'division', name: 'Ủy ban Kiểm tra Đảng ủy', aliases: [] }] };
    const unitIn = (spec: Partial<ReportSpec>) => checkReport(withCommittee, buildReport({ body: [], ...spec })).unit;
    expect(unitIn({ ...CHI_BO_REPORT, issuer: 'ỦY BAN KIỂM TRA', number: 'Số 21-BC/UBKT', signer: 'T/M ỦY BAN KIỂM TRA\nCHỦ NHIỆM' })).toMatchObject({ id: 'UBKT', source: 'header' });
  });

  test('dòng cơ quan cấp trên "ĐẢNG BỘ HUYỆN SƠN TỊNH" trên một đảng ủy kế hoạch không nêu tên: không phải nhóm', () => {
    expect(unit({ ...CHI_BO_REPORT, governing: 'ĐẢNG BỘ HUYỆN SƠN TỊNH', issuer: 'ĐẢNG ỦY XÃ TỊNH HÀ', number: 'Số 15-BC/ĐU', signer: 'T/M ĐẢNG ỦY\nPHÓ BÍ THƯ' })?.id).not.toBe('CBDB');
  });
});
