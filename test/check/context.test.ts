import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkReport, deadlineMissed, deadlineStatus, describeDeadline } from '../../src/check';
import { parsePlanJson, plan2023 } from '../../src/plan';
import { buildReport, heading, para, standardReport } from '../support/report-builder';

const minimal = (spec: Parameters<typeof buildReport>[0]) => checkReport(plan2023, buildReport(spec));

describe('kỳ báo cáo đọc từ trích yếu', () => {
  test.each([
    ['Kết quả công tác phòng, chống tham nhũng quý I năm 2023', 'Q1'],
    ['Kết quả công tác phòng, chống tham nhũng 6 tháng đầu năm 2023', 'H1'],
    ['Kết quả công tác phòng, chống tham nhũng quý II năm 2023', 'H1'],
    ['Kết quả thực hiện công tác PCTN 9 tháng năm 2023', '9M'],
    ['Kết quả công tác phòng, chống tham nhũng quý III năm 2023', '9M'],
    ['Kết quả công tác phòng, chống tham nhũng năm 2023', 'Y'],
    ['Kết quả công tác phòng, chống tham nhũng quý IV và năm 2023', 'Y'],
    ['Kết quả công tác phòng, chống tham nhũng quý 1 năm 2023', 'Q1'],
  ])('"%s" → %s', (title, code) => {
    const result = minimal({ title, body: [] });
    expect(result.period?.code).toBe(code);
    expect(result.period?.year).toBe(2023);
    expect(result.period?.source).toBe('title');
  });

  test('khoảng số liệu theo Thông tư 02/2021/TT-TTCP và hạn gửi Thanh tra Sở theo kế hoạch', () => {
    const q1 = minimal({ title: 'Kết quả công tác PCTN quý I năm 2023', body: [] }).period;
    expect(q1).toMatchObject({ from: '2022-12-15', to: '2023-03-14', due: '2023-03-05' });
    const h1 = minimal({ title: 'Kết quả công tác PCTN 6 tháng đầu năm 2023', body: [] }).period;
    expect(h1).toMatchObject({ from: '2022-12-15', to: '2023-06-14', due: '2023-06-05' });
    const y = minimal({ title: 'Kết quả công tác PCTN năm 2023', body: [] }).period;
    expect(y).toMatchObject({ to: '2023-12-14', due: '2023-12-05' });
  });

  test('kế hoạch ghi tên kỳ năm kèm số năm ("năm 2026"): "9 tháng năm 2026" vẫn là 9 tháng', () => {
    const periods = plan2023.reporting.periods.map((p) => (p.code === 'Y' ? { ...p, names: [...p.names, 'năm 2026'] } : p.code === 'Q1' ? { ...p, names: [...p.names, 'quý I/2026'] } : p));
    const plan = { ...plan2023, reporting: { ...plan2023.reporting, periods } };
    const period = (title: string) => checkReport(plan, buildReport({ title, body: [] })).period?.code;
    expect(period('Kết quả thực hiện Kế hoạch phòng, chống tham nhũng, tiêu cực 9 tháng năm 2026')).toBe('9M');
    expect(period('Công tác phòng, chống tham nhũng, tiêu cực quý I/2026')).toBe('Q1');
    expect(period('Công tác phòng, chống tham nhũng, tiêu cực năm 2026')).toBe('Y');
  });

  test('kế hoạch chỉ đặt kỳ 6 tháng và năm: báo cáo đột xuất "9 tháng", "quý I" vẫn là kỳ đó, khoảng số liệu theo Thông tư 02, không có hạn của kế hoạch', () => {
    const plan = { ...plan2023, reporting: { ...plan2023.reporting, periods: plan2023.reporting.periods.filter((p) => p.code === 'H1' || p.code === 'Y') } };
    const period = (title: string) => checkReport(plan, buildReport({ title, body: [] })).period;
    expect(period('Kết quả thực hiện công tác phòng, chống tham nhũng, tiêu cực 9 tháng năm 2023')).toMatchObject({ code: '9M', from: '2022-12-15', to: '2023-09-14', due: null, dueRaw: null });
    expect(period('Báo cáo công tác phòng, chống tham nhũng quý I năm 2023')).toMatchObject({ code: 'Q1', due: null });
    expect(period('Kết quả công tác phòng, chống tham nhũng năm 2023')).toMatchObject({ code: 'Y', due: '2023-12-05' });
  });

  test('năm học: "học kỳ II năm học 2025 - 2026" là kỳ của năm 2026', () => {
    const periods = plan2023.reporting.periods.map((p) => (p.code === 'H1' ? { ...p, names: [...p.names, 'học kỳ II'] } : p));
    const plan = { ...plan2023, meta: { ...plan2023.meta, year: 2026 }, reporting: { ...plan2023.reporting, periods } };
    const period = checkReport(plan, buildReport({ title: 'Kết quả thực hiện công tác phòng, chống tham nhũng, tiêu cực học kỳ II năm học 2025 - 2026', body: [] })).period;
    expect(period).toMatchObject({ code: 'H1', year: 2026, due: '2026-06-05' });
  });

  test('kế hoạch đặt tên kỳ theo năm học ("học kỳ I", "năm học 2026 - 2027"): "học kỳ I năm học 2026 - 2027" là kỳ học kỳ I', () => {
    const periods = plan2023.reporting.periods
      .filter((p) => p.code === 'H1' || p.code === 'Y')
      .map((p) => (p.code === 'H1' ? { ...p, names: ['học kỳ I', 'HK I'] } : { ...p, names: ['cả năm học', 'năm học 2026 - 2027', 'năm học'] }));
    const plan = { ...plan2023, meta: { ...plan2023.meta, year: 2027 }, reporting: { ...plan2023.reporting, periods } };
    const period = (title: string) => checkReport(plan, buildReport({ title, body: [] })).period;
    expect(period('Kết quả thực hiện công tác phòng, chống tham nhũng, tiêu cực học kỳ I năm học 2026 - 2027')).toMatchObject({ code: 'H1', year: 2027 });
    expect(period('Kết quả thực hiện công tác phòng, chống tham nhũng, tiêu cực năm học 2026 - 2027')).toMatchObject({ code: 'Y', year: 2027 });
  });

  test('chữ tổ hợp (NFD) và dấu kiểu cũ vẫn đọc được kỳ', () => {
    const title = 'Kết quả công tác phòng, chống tham nhũng quý I năm 2023'.normalize('NFD');
    expect(minimal({ title, body: [] }).period?.code).toBe('Q1');
  });

  test('trích yếu không nêu kỳ: không đoán, có cảnh báo', () => {
    const result = minimal({ title: 'Kết quả công tác phòng, chống tham nhũng', body: [] });
    expect(result.period).toBeNull();
    expect(result.findings.map((f) => f.id)).toContain('period-unknown');
  });

  test('tùy chọn ghi đè kỳ và năm', () => {
    const result = checkReport(plan2023, buildReport({ body: [] }), { period: 'Y', year: 2023 });
    expect(result.period).toMatchObject({ code: 'Y', source: 'option', due: '2023-12-05' });
  });
});

describe('đơn vị báo cáo', () => {
  test.each([
    ['VĂN PHÒNG', 'Số: 09/BC-VP', 'VP'],
    ['THANH TRA', 'Số: 15/BC-TTr', 'TTr'],
    ['PHÒNG CÔNG CHỨC, VIÊN CHỨC', 'Số: 31/BC-CCVC', 'CCVC'],
    ['PHÒNG CẢI CÁCH HÀNH CHÍNH VÀ CÔNG TÁC THANH NIÊN', 'Số: 11/BC-CCHC', 'CCHC'],
    ['BAN THI ĐUA - KHEN THƯỞNG', 'Số: 52/BC-BTĐKT', 'BTDKT'],
    ['BAN TÔN GIÁO', 'Số: 20/BC-BTG', 'BTG'],
    ['CHI CỤC VĂN THƯ – LƯU TRỮ', 'Số: 86/BC-CCVTLT', 'CCVTLT'],
  ])('dòng tên đơn vị "%s"', (issuer, number, id) => {
    const result = minimal({ issuer, number, body: [] });
    expect(result.unit).toMatchObject({ id, source: 'header' });
  });

  test('báo cáo tổng hợp của Sở: "UBND TỈNH QUẢNG NGÃI / SỞ NỘI VỤ"', () => {
    const result = minimal({ governing: 'UBND TỈNH QUẢNG NGÃI', issuer: 'SỞ NỘI VỤ', number: 'Số: 58/BC-SNV', body: [] });
    expect(result.unit?.id).toBe('SNV');
  });

  test('không có dòng tên đơn vị: đọc từ ký hiệu "BC-CCVC"', () => {
    const result = minimal({ issuer: '', number: 'Số: 10/BC-CCVC', body: [] });
    expect(result.unit).toMatchObject({ id: 'CCVC', source: 'symbol' });
  });

  test('không có tên đơn vị và ký hiệu: đọc từ chức danh người ký', () => {
    const result = minimal({ issuer: '', number: 'Số: /BC', signer: 'CHÁNH VĂN PHÒNG', body: [] });
    expect(result.unit).toMatchObject({ id: 'VP', source: 'signer' });
  });

  test('không xác định được: cảnh báo, mọi nhiệm vụ đã đến hạn coi là bắt buộc', () => {
    const result = minimal({ governing: '', issuer: '', number: 'Số: /BC', signer: 'NGƯỜI BÁO CÁO', body: [] });
    expect(result.unit).toBeNull();
    expect(result.findings.map((f) => f.id)).toContain('unit-unknown');
    const notRequired = result.items.filter((i) => !i.required);
    expect(notRequired.map((i) => i.requiredReason).every((r) => r === 'notYetDue' || r === 'notInThisPeriod')).toBe(true);
    expect(result.items.filter((i) => i.required).map((i) => i.requiredReason)).toEqual(new Array(result.items.length - notRequired.length).fill('unknownUnit'));
  });

  test('đơn vị kế hoạch không nêu tên ("CHI CỤC QUẢN LÝ ĐÊ ĐIỀU" dưới dòng Sở) thuộc nhóm "các Chi cục", dù chức danh "CHI CỤC TRƯỞNG" trùng với Chi cục có tên trong kế hoạch', () => {
    const plan = { ...plan2023, units: [...plan2023.units, { id: 'CCUC', kind: 'group' as const, name: 'các Chi cục thuộc Sở', aliases: [] }] };
    const spec = { governing: 'SỞ NỘI VỤ', issuer: 'CHI CỤC QUẢN LÝ ĐÊ ĐIỀU', number: 'Số: 21/BC-CCĐĐ', signer: 'CHI CỤC TRƯỞNG', body: [] };
    expect(checkReport(plan, buildReport(spec)).unit).toMatchObject({ id: 'CCUC', source: 'header' });
    // The plan's own Chi cục is still read from its header line.
    expect(checkReport(plan, buildReport({ ...spec, issuer: 'CHI CỤC VĂN THƯ – LƯU TRỮ', number: 'Số: 21/BC-CCVTLT' })).unit).toMatchObject({ id: 'CCVTLT', source: 'header' });
    // The built-in plan's own group "các đơn vị trực thuộc Sở" (plan.groups) takes it in too.
    expect(checkReport(plan2023, buildReport(spec)).unit).toMatchObject({ id: 'DVTT', source: 'header' });
  });

  test('tên cơ quan ban hành viết trên hai dòng ("ỦY BAN NHÂN DÂN" / "XÃ PHÙ ĐỔNG") là một tên: UBND xã, không phải nhóm "các cơ quan, đơn vị thuộc UBND xã"', () => {
    const plan = parsePlanJson(readFileSync(path.join(__dirname, '..', 'fixtures', 'plans', 'ubnd-xa-phu-dong-2026', 'plan.json'), 'utf8'));
    const spec = { governing: 'ỦY BAN NHÂN DÂN', issuer: 'XÃ PHÙ ĐỔNG', number: 'Số: 96/BC-UBND', signer: 'CHỦ TỊCH', body: [] };
    expect(checkReport(plan, buildReport(spec)).unit).toMatchObject({ id: 'UBND', source: 'header' });
  });

  test('tên công ty viết trên ba dòng dưới dòng UBND tỉnh là đơn vị viết báo cáo, không phải UBND tỉnh', () => {
    const plan = {
      ...plan2023,
      units: [
        ...plan2023.units,
        { id: 'UBNDT', kind: 'external' as const, name: 'UBND tỉnh Hưng Yên', aliases: ['Ủy ban nhân dân tỉnh Hưng Yên'] },
        { id: 'CTY', kind: 'affiliate' as const, name: 'Công ty TNHH một thành viên Khai thác công trình thủy lợi Bắc Thái Bình', aliases: [] },
      ],
    };
    const spec = { governing: 'UBND TỈNH HƯNG YÊN', issuer: 'CÔNG TY TNHH MỘT THÀNH VIÊN\nKHAI THÁC CÔNG TRÌNH THỦY LỢI\nBẮC THÁI BÌNH', number: 'Số: 214/BC-TLBTB', signer: 'GIÁM ĐỐC', body: [] };
    expect(checkReport(plan, buildReport(spec)).unit).toMatchObject({ id: 'CTY', source: 'header' });
  });

  test('một phòng kế hoạch không nêu tên ("PHÒNG TỔ CHỨC, BIÊN CHẾ VÀ TỔ CHỨC PHI CHÍNH PHỦ") là nhóm "các phòng chuyên môn" của kế hoạch, không phải Sở', () => {
    const spec = { governing: 'SỞ NỘI VỤ TỈNH QUẢNG NGÃI', issuer: 'PHÒNG TỔ CHỨC, BIÊN CHẾ VÀ TỔ CHỨC PHI CHÍNH PHỦ', number: 'Số: 05/BC-TCBC', signer: 'TRƯỞNG PHÒNG', body: [] };
    expect(checkReport(plan2023, buildReport(spec)).unit).toMatchObject({ id: 'PCM', source: 'header' });
  });

  test('"CÔNG AN PHƯỜNG BẠC LIÊU" dưới dòng "CÔNG AN TỈNH": một thành viên của nhóm "Công an các xã, phường" mà kế hoạch nêu theo loại, không phải Công an tỉnh', () => {
    const plan = {
      ...plan2023,
      units: [
        ...plan2023.units,
        { id: 'CAT', kind: 'department' as const, name: 'Công an tỉnh Cà Mau', shortName: 'Công an tỉnh', aliases: ['Công an tỉnh'], signers: ['GIÁM ĐỐC'] },
        { id: 'PTM', kind: 'division' as const, name: 'Phòng Tham mưu', aliases: [] },
        { id: 'CAX', kind: 'group' as const, name: 'Công an các xã, phường', aliases: [] },
      ],
    };
    const spec = { governing: 'CÔNG AN TỈNH CÀ MAU', issuer: 'CÔNG AN PHƯỜNG BẠC LIÊU', number: 'Số: 152/BC-CAP', signer: 'TRƯỞNG CÔNG AN PHƯỜNG', body: [] };
    expect(checkReport(plan, buildReport(spec)).unit).toMatchObject({ id: 'CAX', source: 'header' });
    // The department's own report stays the department's; a named division stays itself.
    expect(checkReport(plan, buildReport({ ...spec, governing: 'BỘ CÔNG AN', issuer: 'CÔNG AN TỈNH CÀ MAU', signer: 'GIÁM ĐỐC' })).unit).toMatchObject({ id: 'CAT' });
    expect(checkReport(plan, buildReport({ ...spec, issuer: 'PHÒNG THAM MƯU', signer: 'TRƯỞNG PHÒNG' })).unit).toMatchObject({ id: 'PTM' });
  });

  test('"TÒA GIA ĐÌNH VÀ NGƯỜI CHƯA THÀNH NIÊN" dưới dòng tòa án khu vực: một trong "các Tòa chuyên trách" mà kế hoạch không kể tên', () => {
    const plan = {
      ...plan2023,
      units: [
        ...plan2023.units,
        { id: 'TAKV', kind: 'department' as const, name: 'Tòa án nhân dân khu vực 3 - Đắk Lắk', shortName: 'Tòa án nhân dân khu vực', aliases: ['TAND khu vực 3'], signers: ['CHÁNH ÁN'] },
        { id: 'THS', kind: 'division' as const, name: 'Tòa Hình sự', aliases: [] },
        { id: 'TCT', kind: 'group' as const, name: 'các Tòa chuyên trách', aliases: ['Tòa chuyên trách'] },
      ],
    };
    const spec = { governing: 'TÒA ÁN NHÂN DÂN KHU VỰC 3 - ĐẮK LẮK', issuer: 'TÒA GIA ĐÌNH VÀ NGƯỜI CHƯA THÀNH NIÊN', number: 'Số: 01/BC-TGĐ', signer: 'CHÁNH TÒA', body: [] };
    expect(checkReport(plan, buildReport(spec)).unit).toMatchObject({ id: 'TCT', source: 'header' });
    // A court the plan names stays itself, the court's own report stays the court's.
    expect(checkReport(plan, buildReport({ ...spec, issuer: 'TÒA HÌNH SỰ' })).unit).toMatchObject({ id: 'THS' });
    expect(checkReport(plan, buildReport({ ...spec, governing: 'TÒA ÁN NHÂN DÂN TỈNH ĐẮK LẮK', issuer: 'TÒA ÁN NHÂN DÂN KHU VỰC 3 - ĐẮK LẮK', signer: 'CHÁNH ÁN' })).unit).toMatchObject({ id: 'TAKV' });
  });

  test('"THÔN NƯỚC LĂNG" dưới dòng "UBND XÃ BA TƠ": một thành viên của nhóm "Các thôn, tổ dân phố", không phải UBND xã', () => {
    const plan = {
      ...plan2023,
      units: [
        ...plan2023.units,
        { id: 'UBX', kind: 'department' as const, name: 'Ủy ban nhân dân xã Ba Tơ', shortName: 'UBND xã Ba Tơ', aliases: ['UBND xã Ba Tơ', 'UBND xã'], signers: ['CHỦ TỊCH'] },
        { id: 'PKT', kind: 'division' as const, name: 'Phòng Kinh tế', aliases: [] },
        { id: 'THON', kind: 'group' as const, name: 'Các thôn, tổ dân phố', aliases: ['thôn, tổ dân phố'] },
      ],
    };
    const spec = { governing: 'UBND XÃ BA TƠ', issuer: 'THÔN NƯỚC LĂNG', number: 'Số: 07/BC-TNL', signer: 'TRƯỞNG THÔN', body: [] };
    expect(checkReport(plan, buildReport(spec)).unit).toMatchObject({ id: 'THON', source: 'header' });
    expect(checkReport(plan, buildReport({ ...spec, issuer: 'TỔ DÂN PHỐ SỐ 3', number: 'Số: 02/BC-TDP3', signer: 'TỔ TRƯỞNG' })).unit).toMatchObject({ id: 'THON' });
    expect(checkReport(plan, buildReport({ ...spec, issuer: 'PHÒNG KINH TẾ', signer: 'TRƯỞNG PHÒNG' })).unit).toMatchObject({ id: 'PKT' });
  });

  test('"CĐCS CÔNG TY TNHH MAY PHÚ LÂM" dưới dòng "LĐLĐ TỈNH": một thành viên của nhóm "Các công đoàn cơ sở trực thuộc" (tên viết tắt được đọc đầy đủ); nhóm chung chung như "các đơn vị trực thuộc" thì không', () => {
    const plan = {
      ...plan2023,
      units: [
        ...plan2023.units,
        { id: 'LDLD', kind: 'department' as const, name: 'Liên đoàn Lao động tỉnh Tuyên Quang', shortName: 'LĐLĐ tỉnh', aliases: ['LĐLĐ tỉnh'], signers: ['CHỦ TỊCH'] },
        { id: 'BTC', kind: 'division' as const, name: 'Ban Tài chính', aliases: [] },
        { id: 'CDCS', kind: 'group' as const, name: 'Các công đoàn cơ sở trực thuộc', aliases: [] },
        { id: 'HTX', kind: 'group' as const, name: 'các hợp tác xã trên địa bàn', aliases: [] },
      ],
    };
    const spec = { governing: 'LĐLĐ TỈNH TUYÊN QUANG', issuer: 'CĐCS CÔNG TY TNHH MAY PHÚ LÂM', number: 'Số: 17/BC-CĐCS', signer: 'TM. BAN CHẤP HÀNH', body: [] };
    expect(checkReport(plan, buildReport(spec)).unit).toMatchObject({ id: 'CDCS', source: 'header' });
    expect(checkReport(plan, buildReport({ ...spec, issuer: 'CÔNG ĐOÀN CƠ SỞ TRƯỜNG THPT CHUYÊN' })).unit).toMatchObject({ id: 'CDCS' });
    expect(checkReport(plan, buildReport({ ...spec, governing: 'UBND XÃ AN BÌNH', issuer: 'HỢP TÁC XÃ NÔNG NGHIỆP AN BÌNH' })).unit).toMatchObject({ id: 'HTX' });
    // The Liên đoàn's own Ban stays itself; "ĐƠN VỊ ..." is no member of "các đơn vị trực thuộc".
    expect(checkReport(plan, buildReport({ ...spec, issuer: 'BAN TÀI CHÍNH', signer: 'TRƯỞNG BAN' })).unit).toMatchObject({ id: 'BTC' });
    const generic = { ...plan, units: [...plan.units.filter((u) => u.id !== 'CDCS' && u.id !== 'HTX'), { id: 'DVTT', kind: 'group' as const, name: 'các đơn vị trực thuộc', aliases: [] }] };
    expect(checkReport(generic, buildReport({ ...spec, issuer: 'ĐƠN VỊ SỐ 3 PHÚ LÂM' })).unit?.id).not.toBe('DVTT');
  });

  test('"BCH ĐOÀN XÃ DI LINH" là thành viên của nhóm "Đoàn cấp xã và Đoàn trực thuộc" (cấp xã: xã, phường, đặc khu)', () => {
    const plan = {
      ...plan2023,
      units: [
        ...plan2023.units,
        { id: 'TD', kind: 'department' as const, name: 'Tỉnh Đoàn Lâm Đồng', aliases: ['Tỉnh Đoàn'], signers: ['BÍ THƯ'] },
        { id: 'DCX', kind: 'group' as const, name: 'Đoàn cấp xã và Đoàn trực thuộc', aliases: [] },
      ],
    };
    const spec = { governing: 'ĐOÀN TỈNH LÂM ĐỒNG', issuer: 'BCH ĐOÀN XÃ DI LINH', number: 'Số: 14-BC/ĐTN', signer: 'TM. BAN CHẤP HÀNH', body: [] };
    expect(checkReport(plan, buildReport(spec)).unit).toMatchObject({ id: 'DCX', source: 'header' });
    expect(checkReport(plan, buildReport({ ...spec, issuer: 'BCH ĐOÀN PHƯỜNG XUÂN HƯƠNG' })).unit).toMatchObject({ id: 'DCX' });
  });

  test('dòng tên đơn vị kèm tên cơ quan ban hành ("BCH ĐOÀN TRƯỜNG THPT NGUYỄN HUỆ") và ký hiệu kiểu Đảng, đoàn thể ("Số: 12-BC/ĐTN") đều chỉ Đoàn trường', () => {
    const plan = {
      ...plan2023,
      meta: { ...plan2023.meta, issuerName: 'Trường THPT Nguyễn Huệ' },
      units: [
        ...plan2023.units,
        { id: 'THPTNH', kind: 'division' as const, name: 'Trường THPT Nguyễn Huệ', aliases: [] },
        { id: 'DTN', kind: 'division' as const, name: 'Đoàn Thanh niên', aliases: ['Đoàn trường', 'BCH Đoàn trường'], code: 'ĐTN' },
        { id: 'TVP', kind: 'division' as const, name: 'Tổ Văn phòng', aliases: [] },
      ],
    };
    const spec = { governing: 'ĐOÀN TNCS HỒ CHÍ MINH XÃ PHÙ MỸ', issuer: 'BCH ĐOÀN TRƯỜNG THPT NGUYỄN HUỆ', number: 'Số: 12-BC/ĐTN', signer: 'TM. BAN CHẤP HÀNH', body: [] };
    expect(checkReport(plan, buildReport(spec)).unit).toMatchObject({ id: 'DTN', source: 'header' });
    expect(checkReport(plan, buildReport({ ...spec, issuer: 'ĐOÀN TNCS HỒ CHÍ MINH' })).unit).toMatchObject({ id: 'DTN', source: 'symbol' });
    // The issuer's own name at the end of a line that names no unit before it is no unit.
    expect(checkReport(plan, buildReport({ ...spec, issuer: 'CÔNG ĐOÀN TRƯỜNG THPT NGUYỄN HUỆ', number: 'Số: 12/BC-CĐ' })).unit).toBeNull();
  });

  test('tùy chọn --unit ghi đè đơn vị nhận diện', () => {
    const result = checkReport(plan2023, buildReport({ body: [] }), { unit: 'TTr' });
    expect(result.unit).toMatchObject({ id: 'TTr', source: 'option' });
  });
});

describe('ngày báo cáo và thời hạn', () => {
  test('báo cáo quý I đề ngày sau 05/3 bị cảnh báo nộp muộn', () => {
    const result = minimal({ date: 'Quảng Ngãi, ngày 10 tháng 3 năm 2023', body: [] });
    expect(result.reportDate).toBe('2023-03-10');
    expect(result.findings.find((f) => f.id === 'report-late')?.message.vi).toBe(
      'Báo cáo đề ngày 10/3/2023, sau hạn gửi 05/3/2023 của kỳ báo cáo (kế hoạch: trước ngày 05/3).',
    );
    expect(deadlineStatus(result.period, result.reportDate, '2026-12-04')).toEqual({ kind: 'dated', due: '2023-03-05', dated: '2023-03-10', daysLate: 5 });
  });

  test('báo cáo tổng hợp của Sở: kế hoạch không đặt hạn cho chính Sở, nên không có cảnh báo nộp muộn', () => {
    const result = minimal({ issuer: 'SỞ NỘI VỤ', governing: 'UBND TỈNH QUẢNG NGÃI', number: 'Số: 88/BC-SNV', date: 'Quảng Ngãi, ngày 20 tháng 3 năm 2023', signer: 'KT. GIÁM ĐỐC', body: [] });
    expect(result.unit?.id).toBe('SNV');
    expect(result.period).toMatchObject({ code: 'Q1', due: null });
    expect(result.findings.map((f) => f.id)).not.toContain('report-late');
    expect(describeDeadline(deadlineStatus(result.period, result.reportDate)).vi).toBe('Kế hoạch không quy định hạn cho báo cáo tổng hợp của cơ quan ban hành');
  });

  test('kế hoạch có hạn cho báo cáo của cơ quan ban hành (issuerDue) thì tính theo hạn đó', () => {
    const plan = { ...plan2023, reporting: { ...plan2023.reporting, periods: plan2023.reporting.periods.map((p) => ({ ...p, issuerDue: { day: 15, month: p.due!.month } })) } };
    const result = checkReport(plan, buildReport({ issuer: 'SỞ NỘI VỤ', number: 'Số: 88/BC-SNV', date: 'Quảng Ngãi, ngày 20 tháng 3 năm 2023', body: [] }));
    expect(result.period?.due).toBe('2023-03-15');
    expect(result.findings.find((f) => f.id === 'report-late')?.message.vi).toMatch(/^Báo cáo đề ngày 20\/3\/2023, sau hạn gửi 15\/3\/2023/);
  });

  test('hạn tính theo ngày của báo cáo; chỉ bản nháp chưa ghi ngày mới tính theo hôm nay', () => {
    const dated = minimal({ date: 'Quảng Ngãi, ngày 01 tháng 3 năm 2023', body: [] });
    const status = deadlineStatus(dated.period, dated.reportDate, '2026-12-04');
    expect(status).toEqual({ kind: 'dated', due: '2023-03-05', dated: '2023-03-01', daysLate: 0 });
    expect(describeDeadline(status).vi).toBe('05/3/2023 — báo cáo đề ngày 01/3/2023, đúng hạn');
    expect(deadlineMissed(status)).toBe(false);
    const draft = minimal({ date: 'Quảng Ngãi, ngày      tháng 3 năm 2023', body: [] });
    expect(draft.reportDate).toBeNull();
    const left = deadlineStatus(draft.period, draft.reportDate, '2023-03-01');
    expect(describeDeadline(left).vi).toBe('05/3/2023 — còn 4 ngày (báo cáo chưa ghi ngày)');
    expect(deadlineMissed(deadlineStatus(draft.period, draft.reportDate, '2023-03-09'))).toBe(true);
  });

  test('báo cáo đúng hạn không bị cảnh báo; năm khác năm kế hoạch thì có', () => {
    expect(minimal({ date: 'Quảng Ngãi, ngày 02 tháng 3 năm 2023', body: [] }).findings.map((f) => f.id)).not.toContain('report-late');
    const other = minimal({ title: 'Kết quả công tác phòng, chống tham nhũng quý I năm 2024', date: 'Quảng Ngãi, ngày 02 tháng 3 năm 2024', body: [] });
    expect(other.findings.map((f) => f.id)).toContain('year-mismatch');
  });
});

describe('nhiệm vụ bắt buộc theo đơn vị và kỳ', () => {
  const required = (unit: string, period: 'Q1' | 'H1' | '9M' | 'Y') =>
    checkReport(plan2023, standardReport([]), { unit, period }).items.filter((i) => i.required).map((i) => i.id);

  test('báo cáo tổng hợp của Sở phải có mọi nhiệm vụ đã đến hạn', () => {
    const q1 = required('SNV', 'Q1');
    expect(q1).not.toContain('II.3.b.2'); // kiểm tra tại Ban TĐKT: quý IV
    expect(q1).not.toContain('II.3.e.1'); // kê khai tài sản: quý IV
    expect(q1).not.toContain('II.3.c.5'); // báo cáo 6 tháng, năm
    expect(q1).toContain('II.3.đ.2'); // quý I
    expect(required('SNV', 'Y')).toHaveLength(26);
  });

  test('nhiệm vụ "báo cáo 6 tháng, năm" chỉ bắt buộc ở kỳ 6 tháng và năm', () => {
    expect(required('CCVC', 'H1')).toEqual(expect.arrayContaining(['II.3.c.5', 'II.3.đ.3', 'II.3.i.2']));
    expect(required('CCVC', '9M')).not.toContain('II.3.c.5');
    expect(required('CCHC', 'Y')).toContain('II.3.g.1');
  });

  test('đơn vị chỉ phải báo cáo nhiệm vụ mình chủ trì hoặc phối hợp', () => {
    const ttr = required('TTr', 'Y');
    expect(ttr).toEqual(expect.arrayContaining(['II.3.b.2', 'II.3.h.1', 'II.3.đ.4']));
    expect(ttr).not.toContain('II.3.a.2');
    const btdkt = required('BTDKT', 'Q1');
    expect(btdkt).toContain('II.1.2'); // qua nhóm "các đơn vị trực thuộc Sở"
    expect(btdkt).not.toContain('II.3.b.2'); // cuộc kiểm tra tại Ban, không phải nhiệm vụ của Ban
    expect(required('CCVC', 'Y')).toContain('II.3.c.6'); // phối hợp
  });
});

describe('phần báo cáo', () => {
  test('báo cáo đủ sáu phần', () => {
    const result = checkReport(plan2023, standardReport([para('Phòng đã rà soát, kiểm soát xung đột lợi ích khi phân công công chức tham gia hội đồng thi nâng ngạch.')]));
    expect(Object.values(result.sections).every((s) => s.present)).toBe(true);
    expect(result.findings.filter((f) => f.rule === 'section-missing')).toEqual([]);
  });

  test('đề mục "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ ĐƯỢC GIAO" mở phần kết quả phòng ngừa, dù các nhiệm vụ báo cáo dưới nó thuộc phần khác', () => {
    const result = checkReport(
      plan2023,
      buildReport({
        body: [
          heading('I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO'),
          para('Phòng đã quán triệt Kế hoạch số 14/KH-SNV đến 09/09 công chức.'),
          heading('II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ ĐƯỢC GIAO'),
          para('Phòng tham mưu hướng dẫn các đơn vị xây dựng kế hoạch của đơn vị.'),
        ],
      }),
    );
    expect(result.sections.prevention.present).toBe(true);
  });

  test('đề mục "I. TỔ CHỨC THỰC HIỆN", "I. CÔNG TÁC THAM MƯU, HƯỚNG DẪN" hay "I. TÌNH HÌNH TỔ CHỨC VÀ HOẠT ĐỘNG CỦA BAN" mở phần lãnh đạo, chỉ đạo của báo cáo', () => {
    for (const title of ['I. TỔ CHỨC THỰC HIỆN', 'I. CÔNG TÁC THAM MƯU, HƯỚNG DẪN', 'I. TÌNH HÌNH TỔ CHỨC VÀ HOẠT ĐỘNG CỦA BAN', 'I. TÌNH HÌNH TỔ CHỨC']) {
      const result = checkReport(
        plan2023,
        buildReport({
          body: [heading(title), para('Phòng có 09 công chức, 01 người lao động.'), heading('II. KẾT QUẢ THỰC HIỆN'), para('Phòng đã rà soát, kiểm soát xung đột lợi ích khi phân công công chức tham gia hội đồng thi nâng ngạch.')],
        }),
      );
      expect(result.sections.leadership.present).toBe(true);
    }
    // Only the organisation of the work: "tình hình" of anything else opens no part.
    const other = checkReport(plan2023, buildReport({ body: [heading('I. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ CHUYÊN MÔN'), para('Phòng có 09 công chức, 01 người lao động.')] }));
    expect(other.sections.leadership.present).toBe(false);
  });

  test('thiếu phương hướng và kiến nghị', () => {
    const result = checkReport(
      plan2023,
      buildReport({
        body: [
          heading('I. KẾT QUẢ THỰC HIỆN'),
          para('Phòng đã rà soát, kiểm soát xung đột lợi ích khi phân công công chức tham gia hội đồng thi nâng ngạch.'),
          heading('II. ĐÁNH GIÁ'),
          para('Ưu điểm: thực hiện đúng kế hoạch.'),
        ],
      }),
    );
    expect(result.sections.direction.present).toBe(false);
    expect(result.sections.proposals.present).toBe(false);
    expect(result.sections.detection.present).toBe(false);
    const ids = result.findings.filter((f) => f.rule === 'section-missing').map((f) => `${f.id}/${f.severity}`);
    expect(ids).toEqual(expect.arrayContaining(['section-missing:direction/error', 'section-missing:proposals/warning', 'section-missing:detection/error']));
  });

  test('đề mục gộp hay viết tắt: "2. Phát hiện, kiến nghị xử lý" là phần phát hiện; "ĐÁNH GIÁ, NHIỆM VỤ 6 THÁNG CUỐI NĂM" là đánh giá và phương hướng; "V. QUÝ IV/2023" sau phần đánh giá là phương hướng', () => {
    const sections = (body: Parameters<typeof buildReport>[0]['body']) => checkReport(plan2023, buildReport({ title: 'Kết quả công tác phòng, chống tham nhũng 9 tháng năm 2023', body })).sections;
    const detection = sections([
      heading('I. KẾT QUẢ HOẠT ĐỘNG'),
      heading('1. Kết quả giám sát'),
      para('Ban đã giám sát việc thực hiện quy chế dân chủ ở cơ sở tại 02 phòng.'),
      heading('2. Phát hiện, kiến nghị xử lý'),
      para('Qua giám sát, không phát hiện vi phạm; đã kiến nghị chấn chỉnh 01 trường hợp chậm công khai.'),
    ]);
    expect(detection.detection.present).toBe(true);
    const merged = sections([
      heading('I. KẾT QUẢ THỰC HIỆN'),
      para('Phòng đã rà soát, kiểm soát xung đột lợi ích khi phân công công chức tham gia hội đồng thi nâng ngạch.'),
      heading('II. ĐÁNH GIÁ, NHIỆM VỤ 6 THÁNG CUỐI NĂM'),
      para('Phòng thực hiện đúng kế hoạch; 6 tháng cuối năm tiếp tục rà soát xung đột lợi ích.'),
    ]);
    expect([merged.assessment.present, merged.direction.present]).toEqual([true, true]);
    const bare = sections([
      heading('I. KẾT QUẢ THỰC HIỆN'),
      para('Phòng đã rà soát, kiểm soát xung đột lợi ích khi phân công công chức tham gia hội đồng thi nâng ngạch.'),
      heading('II. ĐÁNH GIÁ'),
      para('Ưu điểm: thực hiện đúng kế hoạch.'),
      heading('III. QUÝ IV/2023'),
      para('Tiếp tục thực hiện các nhiệm vụ còn lại của Kế hoạch.'),
    ]);
    expect(bare.direction.present).toBe(true);
  });

  test('"IV. ĐÁNH GIÁ, KIẾN NGHỊ" mở cả đánh giá lẫn kiến nghị; "VI. ĐỀ NGHỊ" là kiến nghị; "V. CHƯƠNG TRÌNH HỌC KỲ II" là phương hướng', () => {
    const sections = (body: Parameters<typeof buildReport>[0]['body']) => checkReport(plan2023, buildReport({ title: 'Kết quả công tác phòng, chống tham nhũng 9 tháng năm 2023', body })).sections;
    const merged = sections([
      heading('I. KẾT QUẢ THỰC HIỆN'),
      para('Phòng đã rà soát, kiểm soát xung đột lợi ích khi phân công công chức tham gia hội đồng thi nâng ngạch.'),
      heading('II. ĐÁNH GIÁ, KIẾN NGHỊ'),
      para('Phòng thực hiện đúng kế hoạch; đề nghị Sở tổ chức tập huấn kê khai tài sản.'),
    ]);
    expect([merged.assessment.present, merged.proposals.present]).toEqual([true, true]);
    const asked = sections([heading('I. KẾT QUẢ THỰC HIỆN'), para('Phòng đã rà soát quy chế chi tiêu nội bộ.'), heading('II. ĐỀ NGHỊ'), para('Đề nghị Sở bổ sung kinh phí tuyên truyền.')]);
    expect(asked.proposals.present).toBe(true);
    const term = sections([heading('I. KẾT QUẢ HOẠT ĐỘNG'), para('Ban đã giám sát việc công khai thu, chi.'), heading('II. CHƯƠNG TRÌNH HỌC KỲ II'), para('Giám sát việc thu, chi các khoản thu hộ học kỳ II.')]);
    expect(term.direction.present).toBe(true);
    // A results heading that names a programme is not what comes next.
    const programme = sections([heading('I. KẾT QUẢ HOẠT ĐỘNG'), heading('1. Xây dựng chương trình và tổ chức giám sát'), para('Ban đã giám sát việc công khai thu, chi.')]);
    expect(programme.direction.present).toBe(false);
  });

  test('"III. PHÁT HIỆN, XỬ LÝ THAM NHŨNG VÀ ĐÁNH GIÁ CHUNG" mở cả phần phát hiện lẫn phần đánh giá; "III. PHÁT HIỆN, XỬ LÝ THAM NHŨNG" thì chỉ phần phát hiện', () => {
    const sections = (title: string) =>
      checkReport(plan2023, buildReport({ title: 'Kết quả công tác phòng, chống tham nhũng quý I năm 2023', body: [
        heading('I. KẾT QUẢ THỰC HIỆN'),
        para('Chi cục đã rà soát, kiểm soát xung đột lợi ích khi phân công viên chức chỉnh lý tài liệu.'),
        heading(title),
        para('Quý I năm 2023, Chi cục không phát hiện vụ việc tham nhũng. Nhìn chung công tác PCTN được triển khai kịp thời.'),
      ] })).sections;
    const merged = sections('III. PHÁT HIỆN, XỬ LÝ THAM NHŨNG VÀ ĐÁNH GIÁ CHUNG');
    expect([merged.detection.present, merged.assessment.present]).toEqual([true, true]);
    const alone = sections('III. PHÁT HIỆN, XỬ LÝ THAM NHŨNG');
    expect([alone.detection.present, alone.assessment.present]).toEqual([true, false]);
  });

  test('thành phần thể thức Nghị định 30: thiếu Nơi nhận', () => {
    const result = checkReport(plan2023, buildReport({ body: [], recipients: false }));
    expect(result.parts.recipients.present).toBe(false);
    expect(result.parts.nationalTitle.present).toBe(true);
    expect(result.parts.numberAndSymbol.present).toBe(true);
    expect(result.parts.signature.present).toBe(true);
    expect(result.findings.map((f) => f.id)).toContain('part-missing:recipients');
  });
});
