/**
 * Plans imported or written by hand carry no cue phrases: the checker reads them from their text alone. Two things
 * their words cannot say, measured on the development reports of such plans: a unit's own PCTN plan (written wholly
 * in words every task shares) and a conclusion that is followed up (cited at the head of the clause, like an
 * authority, but itself the result).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkReport } from '../../src/check';
import { clausesOf } from '../../src/check/match/clauses';
import { conceptFeatures, FOLLOW_UP, opensWithDissemination, OWN_PCTN_PLAN, REPORTING_DUTY, UNIT_PCTN_PLAN } from '../../src/check/match/concepts';
import { parsePlanJson, plan2023 } from '../../src/plan';
import { readDocx } from '../../src/docx';
import { normalizeForMatch, tokenize } from '../../src/text';
import { DEFAULT_MATCHING } from '../../src/check/analyze';
import { buildReport, heading, para, standardReport, table } from '../support/report-builder';

const planAt = (folder: string) => parsePlanJson(readFileSync(join(__dirname, '..', 'fixtures', 'labelled', 'blind2', folder, 'plan.json'), 'utf8'));
const tokensOf = (text: string) => tokenize(normalizeForMatch(text, { expandAbbreviations: true }), { punctuation: true });
const hasOwnPlan = (text: string) => conceptFeatures(tokensOf(text)).has(OWN_PCTN_PLAN);
const hasUnitPlan = (text: string) => conceptFeatures(tokensOf(text)).has(UNIT_PCTN_PLAN);

describe('kế hoạch PCTN của đơn vị trực thuộc, gọi theo chủ của nó', () => {
  test.each([
    'Đến ngày 31/01/2023, Thanh tra Sở đã nhận đủ kế hoạch PCTN năm 2023 của 03/03 đơn vị trực thuộc.',
    '- KH PCTN năm 2023 của ĐVTT: đã nhận đủ, vào sổ theo dõi.',
    'Văn phòng rà soát kế hoạch phòng, chống tham nhũng, tiêu cực năm 2026 của các đơn vị sự nghiệp.',
    'Thủ trưởng các đơn vị chỉ đạo xây dựng, ban hành và tổ chức thực hiện kế hoạch công tác PCTN năm 2023 của cơ quan, đơn vị.',
    'Chi cục đã tổ chức thực hiện kế hoạch PCTN năm 2023 của Chi cục đúng tiến độ.',
  ])('được nhận ra: %s', (text) => expect(hasUnitPlan(text)).toBe(true));

  test.each([
    'Tham mưu Giám đốc Sở ban hành Kế hoạch số 18/KH-SNV ngày 13/01/2023 về công tác PCTN năm 2023 của Sở.',
    'Quán triệt Kế hoạch phòng, chống tham nhũng năm 2023 của UBND tỉnh.',
    '- Kế hoạch PCTN năm 2023 của Phòng: Trưởng phòng đã hướng dẫn kê khai tài sản, thu nhập.',
    'Sở ban hành Kế hoạch kiểm tra công tác phòng, chống tham nhũng tại 05 đơn vị.',
  ])('không phải: %s', (text) => expect(hasUnitPlan(text)).toBe(false));

  test('Văn phòng báo cáo đã tiếp nhận, rà soát kế hoạch PCTN của các đơn vị trực thuộc: bằng chứng cho II.1.2 đủ mức, dù Văn phòng không chủ trì', () => {
    const text = 'Đến ngày 31/01/2023, Văn phòng đã tiếp nhận kế hoạch PCTN năm 2023 của 03/03 đơn vị trực thuộc (Ban Thi đua – Khen thưởng, Ban Tôn giáo, Chi cục Văn thư – Lưu trữ); qua rà soát, đề nghị Ban Tôn giáo bổ sung tiến độ thực hiện.';
    const item = checkReport(plan2023, standardReport([para(text)]), { unit: 'VP' }).items.find((i) => i.id === 'II.1.2')!;
    // Not weakened as another unit's task: the owner named ("của 03/03 đơn vị trực thuộc") is what the task is about.
    expect(item.score).toBeGreaterThanOrEqual(DEFAULT_MATCHING.addressedUnique);
    expect(item.nearest?.text ?? item.evidence[0]?.text).toBe(text);
  });
});

describe('kế hoạch PCTN của chính đơn vị', () => {
  test.each([
    'Ngày 20/01/2026, Giám đốc Sở ban hành Kế hoạch số 96/KH-SNV về công tác phòng, chống tham nhũng, tiêu cực năm 2026 của Sở Nội vụ.',
    'Sở đã xây dựng KH số 12/KH-STP ngày 22/01/2026 thực hiện công tác PCTNTC năm 2026.',
    'Chủ tịch UBND phường ký ban hành Kế hoạch PCTN, TC năm 2026 của phường.',
    'Thủ trưởng các đơn vị chỉ đạo xây dựng, ban hành và tổ chức thực hiện kế hoạch công tác PCTN năm 2023 của cơ quan, đơn vị.',
  ])('được nhận ra: %s', (text) => expect(hasOwnPlan(text)).toBe(true));

  test.each([
    'Trưởng phòng đã quán triệt Kế hoạch công tác phòng, chống tham nhũng năm 2026 đến toàn thể công chức.',
    'Sở đã ban hành Quyết định số 12/QĐ-SNV; tổ chức thực hiện Kế hoạch phòng, chống tham nhũng năm 2026 của UBND tỉnh.',
    'Ban hành Kế hoạch tuyên truyền, phổ biến pháp luật về phòng, chống tham nhũng năm 2026.',
    'Sở ban hành Kế hoạch kiểm tra công tác phòng, chống tham nhũng tại 05 đơn vị.',
    'Sở ban hành Kế hoạch số 31/KH-STP về chuyển đổi vị trí công tác năm 2026.',
  ])('không nhầm với kế hoạch khác hay việc quán triệt: %s', (text) => expect(hasOwnPlan(text)).toBe(false));

  test('trong kế hoạch Hà Nội 2026 (không có gợi ý), báo cáo ban hành kế hoạch PCTNTC của Sở là nhiệm vụ II.1.1', () => {
    const plan = planAt('ha-noi-2026');
    const own = plan.items.find((i) => i.id === 'II.1.1')!;
    expect(own.cues).toBeUndefined();
    const report = standardReport([para('Ngày 20/01/2026, Giám đốc Sở ban hành Kế hoạch số 96/KH-SNV về công tác phòng, chống tham nhũng, tiêu cực năm 2026 của Sở Nội vụ, áp dụng chung cho cơ quan Sở và 11 đơn vị sự nghiệp trực thuộc.')]);
    const item = checkReport(plan, report, { unit: 'SNV' }).items.find((i) => i.id === 'II.1.1')!;
    expect(item.addressed).toBe(true);
  });
});

describe('thực hiện kết luận thanh tra là kết quả, không phải căn cứ', () => {
  const clauseOf = (text: string) => clausesOf(tokensOf(text), [], { detection: false, authority: true })[0]!;

  test('"Thực hiện Kết luận thanh tra số ...: đã nộp ..." không bị coi là văn bản được viện dẫn', () => {
    const clause = clauseOf('Thực hiện Kết luận thanh tra số 41/KL-TTTP ngày 12/5/2026 của Thanh tra thành phố, phường đã nộp ngân sách 46,2 triệu đồng');
    expect(clause.spans.filter((s) => s.kind === 'authority')).toEqual([]);
    expect(clause.acts.has('followUp')).toBe(true);
  });

  test('"Thực hiện Quyết định số ..., đơn vị đã ..." vẫn là căn cứ được viện dẫn', () => {
    const clause = clauseOf('Thực hiện Quyết định số 1847/QĐ-TTg của Thủ tướng Chính phủ, đơn vị đã tổ chức ký cam kết');
    expect(clause.spans.map((s) => s.kind)).toContain('authority');
  });
});

describe('chủ đề ở tiêu đề nhiệm vụ', () => {
  test('"tuyên truyền, phổ biến" có ở lời nhiều nhiệm vụ nhưng chỉ ở tiêu đề của một nhiệm vụ: câu nói việc đó là báo cáo nhiệm vụ ấy', () => {
    const plan = parsePlanJson(readFileSync(join(__dirname, '..', 'fixtures', 'plans', 'hung-yen-2026-table', 'plan.json'), 'utf8'));
    expect(plan.items.find((i) => i.id === 'II.1')!.title).toBe('Tuyên truyền, phổ biến, giáo dục pháp luật về PCTNTC');
    const report = buildReport({ body: [heading('I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO'), para('Tổ chức 02 hội nghị tuyên truyền, phổ biến Luật PCTN cho 120 công chức, viên chức của Sở.')] });
    const unit = plan.units[2]!.id;
    const reported = (titleTopic: number) => checkReport(plan, report, { unit }, { ...DEFAULT_MATCHING, titleTopic }).items.filter((i) => i.addressed).map((i) => i.id);
    expect(reported(0)).not.toContain('II.1');
    expect(reported(DEFAULT_MATCHING.titleTopic)).toEqual(['II.1']);
  });
});

describe('ô "Nhiệm vụ" của bảng nêu hai nhiệm vụ', () => {
  test('"Chỉ thị 10/CT-TTg; kỷ luật, kỷ cương": hàng đó báo cáo cả hai nhiệm vụ, không chỉ nhiệm vụ có số văn bản', () => {
    const plan = parsePlanJson(readFileSync(join(__dirname, '..', 'fixtures', 'plans', 'so-noi-vu-gia-lai-2026', 'plan.json'), 'utf8'));
    const report = buildReport({
      body: [
        heading('II. KẾT QUẢ THỰC HIỆN CÁC BIỆN PHÁP PHÒNG NGỪA'),
        table([
          ['TT', 'Nhiệm vụ', 'Kết quả'],
          ['4', 'Chỉ thị 10/CT-TTg; kỷ luật, kỷ cương', 'Giải quyết 1.126 hồ sơ, không có hồ sơ trễ hạn; không có phản ánh về nhũng nhiễu, gây phiền hà. Công chức chấp hành nghiêm giờ làm việc, không sử dụng rượu, bia trong giờ làm việc.'],
        ]),
      ],
    });
    const reported = (taskCellParts: number, namedRowClause = 16) =>
      checkReport(plan, report, { unit: 'NCC' }, { ...DEFAULT_MATCHING, taskCellParts, namedRowClause }).items.filter((i) => i.addressed).map((i) => i.id);
    expect(reported(0, 0)).toEqual(['II.3.c.3']);
    // Read clause by clause (namedRowClause, an option), the row's second task is found even when the task cell is read whole.
    expect(reported(0)).toEqual(['II.3.c.2', 'II.3.c.3']);
    expect(reported(DEFAULT_MATCHING.taskCellParts)).toEqual(['II.3.c.2', 'II.3.c.3']);
  });
});

describe('hàng bảng nêu một nhiệm vụ ở ô "Nhiệm vụ" nhưng kết quả nói thêm việc trên địa bàn tỉnh', () => {
  test('"Trách nhiệm của người đứng đầu": tại Sở (II.3.i.1) và theo dõi trên địa bàn tỉnh (II.3.i.2) đều được ghi nhận', () => {
    const report = buildReport({
      body: [
        heading('II. KẾT QUẢ THỰC HIỆN CÁC BIỆN PHÁP PHÒNG NGỪA'),
        table([
          ['TT', 'Nội dung', 'Đơn vị thực hiện', 'Kết quả'],
          ['15', 'Trách nhiệm của người đứng đầu', 'VP, các đơn vị trực thuộc; Phòng CCVC', 'Tại Sở và các đơn vị trực thuộc không xảy ra tham nhũng nên không phải xem xét trách nhiệm người đứng đầu; trên địa bàn tỉnh, 6 tháng đầu năm không có người đứng đầu bị xử lý trách nhiệm do để xảy ra tham nhũng, đã tổng hợp báo cáo Thanh tra Sở.'],
        ]),
      ],
    });
    const reported = (namedRowClause: number) =>
      checkReport(plan2023, report, { unit: 'SNV', period: 'H1' }, { ...DEFAULT_MATCHING, namedRowClause }).items.filter((i) => i.addressed && i.id.startsWith('II.3.i')).map((i) => i.id);
    expect(reported(0)).toEqual(['II.3.i.1']);
    expect(reported(16)).toEqual(['II.3.i.1', 'II.3.i.2']);
  });
});

describe('ô "Nội dung" chỉ nêu tên chung của một nhóm nhiệm vụ ("Chuyển đổi vị trí công tác")', () => {
  test('không coi là tên riêng của đ.1: mỗi vế của ô kết quả được đọc riêng, việc tham mưu, hướng dẫn cũng được ghi nhận', () => {
    const report = buildReport({
      body: [
        heading('II. KẾT QUẢ THỰC HIỆN CÁC BIỆN PHÁP PHÒNG NGỪA'),
        table([
          ['TT', 'Nội dung', 'Đơn vị thực hiện', 'Kết quả'],
          ['8', 'Chuyển đổi vị trí công tác', 'Văn phòng Sở; Phòng CCVC', 'Sở chuyển đổi 02/02 công chức theo Kế hoạch số 35/KH-SNV. Phòng CCVC tham mưu UBND tỉnh ban hành Công văn số 845/UBND-NC chỉ đạo thực hiện chuyển đổi vị trí công tác trên địa bàn tỉnh; hướng dẫn, đôn đốc, đến nay 42/42 cơ quan, địa phương đã ban hành kế hoạch chuyển đổi vị trí công tác.'],
        ]),
      ],
    });
    const reported = (taskCellMinimum: number, namedRowClause = DEFAULT_MATCHING.namedRowClause) =>
      checkReport(plan2023, report, { unit: 'SNV', period: '9M' }, { ...DEFAULT_MATCHING, taskCellMinimum, namedRowClause }).items.filter((i) => i.addressed && i.id.startsWith('II.3.đ')).map((i) => i.id);
    // Named as đ.1 by its task cell (the bar of 3 sessions 1–8 used), the row credited nothing: đ.1 alone scored low...
    expect(reported(3, 0)).toEqual([]);
    // ... and since session 10 a named row's own clauses still report the task each speaks of best.
    expect(reported(3)).toContain('II.3.đ.3');
    expect(reported(DEFAULT_MATCHING.taskCellMinimum)).toEqual(['II.3.đ.2', 'II.3.đ.3']);
  });
});

describe('phạm vi địa bàn sau sắp xếp năm 2025 (tỉnh, thành phố trên xã, phường; không còn cấp huyện)', () => {
  test.each([
    ['Kiểm tra 96 cơ sở kinh doanh dịch vụ văn hóa, lưu trú, lữ hành, phối hợp UBND 09 xã, phường.', 'province'],
    ['Hướng dẫn các xã, phường triển khai chuyển đổi vị trí công tác trên địa bàn thành phố.', 'province'],
    ['Phòng tổ chức cho 07/07 công chức nghiên cứu tài liệu về phòng, chống tham nhũng.', 'internal'],
    // A phường's own predecessors after the merger are not the territory it oversees.
    ['Rà soát 03 kết luận thanh tra còn tồn đọng của các phường cũ (Ba Đình, Lam Sơn, Điện Biên).', 'internal'],
  ])('"%s" → %s', async (text, scope) => {
    const { scopeOf, buildLexicon } = await import('../../src/check/match/lexicon');
    expect(scopeOf(normalizeForMatch(text, { expandAbbreviations: true }).text, buildLexicon(plan2023))).toBe(scope);
  });
});

describe('quán triệt văn bản trong đơn vị: mọi đơn vị đều làm, dù kế hoạch giao Văn phòng chủ trì', () => {
  // Ban Quản lý các khu công nghiệp tỉnh Hưng Yên, Kế hoạch 09/KH-BQLKCN: II.1.1 "Quán triệt, triển khai kịp thời các
  // văn bản ... đến toàn thể CCVC, người lao động của Ban", Văn phòng chủ trì; Phòng Quản lý doanh nghiệp không được giao.
  const plan = parsePlanJson(readFileSync(join(__dirname, '..', 'fixtures', 'labelled', 'blind54', 'p200-plan', 'plan.json'), 'utf8'));
  const report = (results: string, direction: string) =>
    buildReport({
      body: [
        heading('I. KẾT QUẢ THỰC HIỆN'),
        heading('1. Lãnh đạo, chỉ đạo'),
        para(results),
        heading('2. Các biện pháp phòng ngừa'),
        para('- Thủ tục hành chính lĩnh vực lao động (cấp, cấp lại giấy phép lao động cho người lao động nước ngoài; đăng ký nội quy lao động) được niêm yết đầy đủ tại Bộ phận một cửa; trong quý, Phòng tiếp nhận, giải quyết 186 hồ sơ trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, 100% đúng hạn.'),
        para('- Công chức của Phòng chấp hành tốt quy tắc ứng xử khi làm việc với doanh nghiệp; không có phản ánh về thái độ phục vụ.'),
        heading('3. Kiểm tra; phát hiện, xử lý'),
        para('Theo Kế hoạch kiểm tra năm 2027, Phòng chủ trì kiểm tra 04 doanh nghiệp về chấp hành pháp luật lao động; 02 doanh nghiệp chưa đóng đủ bảo hiểm xã hội, đã yêu cầu khắc phục.'),
        para('Trong quý I, Phòng không phát hiện hành vi tham nhũng, tiêu cực; không nhận được phản ánh, tố cáo liên quan đến công chức của Phòng.'),
        heading('II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II NĂM 2027'),
        para(direction),
      ],
    });
  const status = (results: string, direction = '- Tiếp tục kiểm tra doanh nghiệp theo kế hoạch.') =>
    checkReport(plan, report(results, direction), { unit: 'QLDN', period: 'Q1', year: 2027 }).items.find((i) => i.id === 'II.1.1')!;

  test('Phòng quán triệt Kế hoạch của Ban tại cuộc họp Phòng: đã báo cáo II.1.1', () => {
    const item = status('Trưởng phòng đã quán triệt Kế hoạch số 09/KH-BQLKCN đến 07/07 công chức của Phòng tại cuộc họp Phòng ngày 22/01/2027; giao 01 công chức theo dõi, tổng hợp báo cáo định kỳ.');
    expect(item.addressed).toBe(true);
    expect(item.evidence[0]?.text).toContain('quán triệt');
  });

  test('báo cáo thật (Phòng Công chứng số 1, Sở Tư pháp; Văn phòng Sở chủ trì II.1.1): "Trưởng phòng quán triệt Kế hoạch số 15/KH-STP tại cuộc họp cơ quan" là đã báo cáo II.1.1', () => {
    const dir = join(__dirname, '..', 'fixtures', 'labelled', 'blind24');
    const sjPlan = parsePlanJson(readFileSync(join(dir, 'p50-plan', 'plan.json'), 'utf8'));
    const result = checkReport(sjPlan, readDocx(readFileSync(join(dir, 'p50', 'p50-r2.docx'))));
    expect(result.unit?.id).toBe('PCC1');
    const item = result.items.find((i) => i.id === 'II.1.1')!;
    expect(item.addressed).toBe(true);
    expect(item.evidence[0]?.text).toMatch(/^Trưởng phòng quán triệt Kế hoạch số 15\/KH-STP/);
  });

  test('nhiệm vụ mở đầu bằng "Quán triệt" hay "Tổ chức quán triệt" là nhiệm vụ quán triệt; "Tuyên truyền …" thì không', () => {
    const key = (text: string) => normalizeForMatch(text).text;
    expect(opensWithDissemination(key('Quán triệt, triển khai kịp thời các văn bản của Trung ương về công tác PCTN, TC.'))).toBe(true);
    expect(opensWithDissemination(key('Tổ chức quán triệt, triển khai nghiêm các chủ trương của Đảng, chính sách, pháp luật của Nhà nước về công tác PCTN, TC đến 100% cán bộ, chiến sĩ.'))).toBe(true);
    expect(opensWithDissemination(key('Tuyên truyền, phổ biến Luật Phòng, chống tham nhũng cho viên chức, người lao động.'))).toBe(false);
  });

  test('chỉ hẹn quán triệt ở phần phương hướng, hay câu không nói quán triệt: chưa báo cáo', () => {
    expect(status('Phòng đã giao 01 công chức theo dõi, tổng hợp báo cáo định kỳ các nhiệm vụ Phòng chủ trì.', '- Quán triệt Kế hoạch số 09/KH-BQLKCN đến toàn thể công chức của Phòng.').addressed).toBe(false);
  });
});

describe('tổng hợp, báo cáo định kỳ: nhiệm vụ báo cáo của kế hoạch', () => {
  const hasDuty = (text: string) => conceptFeatures(tokensOf(text)).has(REPORTING_DUTY);

  test.each([
    'Tổng hợp, tham mưu UBND xã báo cáo công tác PCTNTC định kỳ gửi Thanh tra tỉnh.',
    'Văn phòng tổng hợp báo cáo của 03 cơ quan, đơn vị, Công an phường, Ban CHQS phường, tham mưu UBND phường ban hành Báo cáo số 52/BC-UBND ngày 10/3/2026 về công tác PCTNTC quý I gửi UBND thành phố (qua Thanh tra thành phố).',
    'Văn phòng đã tổng hợp, tham mưu Sở gửi UBND tỉnh (qua Thanh tra tỉnh) Báo cáo số 58/BC-SCT ngày 10/6/2026 kết quả công tác PCTN, TC 6 tháng đầu năm.',
  ])('được nhận ra: %s', (text) => expect(hasDuty(text)).toBe(true));

  test.each([
    'Thực hiện Kế hoạch số 18/KH-UBND ngày 30/01/2026, Văn phòng báo cáo kết quả thực hiện quý I như sau:',
    'Phòng đã tổng hợp kết quả rà soát 45 thủ tục hành chính; báo cáo Giám đốc Sở ngày 12/3/2026.',
    'Tổ chức thực hiện chuyển đổi vị trí công tác theo Kế hoạch đã ban hành.',
  ])('không phải: %s', (text) => expect(hasDuty(text)).toBe(false));

  test('báo cáo thật (Văn phòng HĐND và UBND phường, 6 tháng): đoạn "tổng hợp báo cáo ..., tham mưu UBND phường ban hành Báo cáo số 52/BC-UBND ... quý I" là đã báo cáo nhiệm vụ tổng hợp, báo cáo định kỳ (V.2)', () => {
    const dir = join(__dirname, '..', 'fixtures', 'labelled', 'blind27');
    const planP60 = parsePlanJson(readFileSync(join(dir, 'p60-plan', 'plan.json'), 'utf8'));
    const result = checkReport(planP60, readDocx(readFileSync(join(dir, 'p60', 'p60-r2.docx'))));
    const item = result.items.find((i) => i.id === 'V.2')!;
    expect(item.addressed).toBe(true);
    expect(item.evidence[0]?.text).toMatch(/^Văn phòng tổng hợp báo cáo của 03 cơ quan/);
  });
});

describe('thực hiện kết luận thanh tra, kiến nghị kiểm toán', () => {
  const hasFollowUp = (text: string) => conceptFeatures(tokensOf(text)).has(FOLLOW_UP);

  test.each([
    'Theo dõi, đôn đốc thực hiện kết luận thanh tra, kiểm tra, kiến nghị kiểm toán đối với Sở và các đơn vị trực thuộc.',
    'Thực hiện Kết luận thanh tra số 88/KL-TTT ngày 22/8/2027 của Thanh tra tỉnh, Sở đã hoàn thành 04/05 kiến nghị, nộp NSNN 126 triệu đồng.',
    'Phối hợp Văn phòng Sở theo dõi việc thực hiện kiến nghị của KTNN khu vực II đối với niên độ ngân sách 2024: đã nộp NSNN 126,4 triệu đồng.',
    'Về thực hiện kết luận: Kết luận số 15/KL-TTr năm 2025 của Thanh tra tỉnh đã được thực hiện xong 05/06 nội dung.',
    'Theo dõi, đôn đốc, kiểm tra việc thực hiện kết luận, kiến nghị, quyết định xử lý về thanh tra; đôn đốc thu hồi tiền, tài sản vi phạm.',
  ])('được nhận ra: %s', (text) => expect(hasFollowUp(text)).toBe(true));

  test.each([
    'Tiếp nhận, xử lý kịp thời phản ánh, kiến nghị, tố cáo về hành vi tham nhũng qua đường dây nóng.',
    'Qua kiểm tra, Sở kiến nghị chấn chỉnh 05 đơn vị về công khai, quy chế chi tiêu nội bộ.',
    'Thanh tra Sở ban hành kết luận thanh tra việc thực hiện chuyển đổi vị trí công tác tại UBND huyện Sơn Tịnh.',
  ])('không phải: %s', (text) => expect(hasFollowUp(text)).toBe(false));
});
