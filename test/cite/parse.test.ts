import { parseCitations, type Citation } from '../../src/cite';

/** The text a citation's span covers. */
const spanText = (text: string, c: Citation | undefined) => (c ? text.slice(c.span.start, c.span.end) : undefined);

describe('câu thật trong Kế hoạch PCTN năm 2023 của Sở Nội vụ', () => {
  test('mở đầu: Kế hoạch của UBND tỉnh, có ngày và cơ quan ban hành', () => {
    const text =
      'Thực hiện Kế hoạch số 202/KH-UBND ngày 31/12/2022 của Ủy ban nhân dân tỉnh Quảng Ngãi ban hành Kế hoạch công tác phòng, chống tham nhũng, tiêu cực năm 2023 của tỉnh Quảng Ngãi; Sở Nội vụ ban hành Kế hoạch công tác phòng, chống tham nhũng năm 2023 như sau:';
    const [c, ...rest] = parseCitations(text);
    expect(rest).toHaveLength(0);
    expect(c).toMatchObject({
      type: 'Kế hoạch',
      number: '202/KH-UBND',
      serial: '202',
      code: 'KH-UBND',
      party: false,
      hasSo: true,
      date: { iso: '2022-12-31', raw: '31/12/2022', style: 'slash' },
      issuerText: 'Ủy ban nhân dân tỉnh Quảng Ngãi',
      subjectText: 'ban hành Kế hoạch công tác phòng, chống tham nhũng, tiêu cực năm 2023 của tỉnh Quảng Ngãi',
      registryId: 'kh-202-ubnd-2022',
    });
    expect(c?.year).toBeUndefined();
    expect(spanText(text, c)).toBe(
      'Kế hoạch số 202/KH-UBND ngày 31/12/2022 của Ủy ban nhân dân tỉnh Quảng Ngãi ban hành Kế hoạch công tác phòng, chống tham nhũng, tiêu cực năm 2023 của tỉnh Quảng Ngãi',
    );
  });

  test('II.3.a: "Điều 10 Luật PCTN năm 2018" và "Điều 5, Thông tư số 61/2017/TT-BTC" (dấu phẩy thừa)', () => {
    const text =
      'Tổ chức thực hiện hoặc tham mưu thực hiện nghiêm túc các nội dung công khai, minh bạch theo quy định tại Điều 10 Luật PCTN năm 2018 (trong đó, đối với nội dung công khai ngân sách, ... phải được công khai trên trang thông tin điện tử của Sở theo quy định tại Điều 5, Thông tư số 61/2017/TT-BTC ngày 15/6/2017 của Bộ Tài chính hướng dẫn về công khai ngân sách đối với đơn vị dự toán ngân sách, tổ chức được ngân sách nhà nước hỗ trợ) và 100% các văn bản';
    const [law, circular] = parseCitations(text);
    expect(spanText(text, law)).toBe('Điều 10 Luật PCTN năm 2018');
    expect(law).toMatchObject({ type: 'Luật', name: 'PCTN', year: 2018, article: { dieu: 10 }, registryId: 'luat-pctn-2018' });
    expect(law?.number).toBeUndefined();
    expect(circular).toMatchObject({ number: '61/2017/TT-BTC', year: 2017, code: 'TT-BTC', article: { dieu: 5 }, issuerText: 'Bộ Tài chính', registryId: 'tt-61-2017-btc' });
    expect(spanText(text, circular)).toMatch(/^Điều 5, Thông tư số 61\/2017\/TT-BTC ngày 15\/6\/2017 của Bộ Tài chính hướng dẫn .* hỗ trợ$/);
    expect(circular?.parts.articleComma).toBeDefined();
  });

  test('II.3.c: Quyết định của UBND tỉnh rồi Chỉ thị của Ban Thường vụ Tỉnh ủy (văn bản Đảng)', () => {
    const text =
      'Thực hiện tốt kỷ luật, kỷ cương hành chính trong đội ngũ công chức, viên chức của Sở Nội vụ theo Quyết định số 48/2021/QĐ-UBND ngày 22/9/2021 của UBND tỉnh Quy định một số biện pháp chấn chỉnh kỷ luật, kỷ cương hành chính trong đội ngũ cán bộ, công chức, viên chức của tỉnh Quảng Ngãi và Chỉ thị số 31-CT/TU ngày 13/6/2014 của Ban Thường vụ Tỉnh ủy về chủ trương không dùng bia, rượu trong buổi trưa của các ngày làm việc.';
    const [decision, directive] = parseCitations(text);
    expect(decision).toMatchObject({ number: '48/2021/QĐ-UBND', issuerText: 'UBND tỉnh', registryId: 'qd-48-2021-ubnd', party: false });
    expect(directive).toMatchObject({
      type: 'Chỉ thị',
      number: '31-CT/TU',
      serial: '31',
      code: 'CT/TU',
      party: true,
      date: { iso: '2014-06-13' },
      issuerText: 'Ban Thường vụ Tỉnh ủy',
      registryId: 'ct-31-tu-2014',
    });
    expect(spanText(text, directive)).toBe(
      'Chỉ thị số 31-CT/TU ngày 13/6/2014 của Ban Thường vụ Tỉnh ủy về chủ trương không dùng bia, rượu trong buổi trưa của các ngày làm việc',
    );
  });

  test('II.3.d: "Luật Phòng, chống tham nhũng" rồi Nghị định 59 mà trích yếu nhắc "Luật PCTN"', () => {
    const text =
      'Tổ chức triển khai thực hiện kiểm soát xung đột lợi ích theo quy định của Luật Phòng, chống tham nhũng, Nghị định số 59/2019/NĐ-CP ngày 01/7/2019 quy định chi tiết một số điều và biện pháp thi hành Luật PCTN và hướng dẫn của Bộ, ngành Trung ương về xung đột lợi ích;';
    const citations = parseCitations(text);
    expect(citations.map((c) => c.registryId)).toEqual(['luat-pctn-2018', 'nd-59-2019']);
    expect(spanText(text, citations[0])).toBe('Luật Phòng, chống tham nhũng');
    expect(citations[1]?.subjectText).toBe('quy định chi tiết một số điều và biện pháp thi hành Luật PCTN');
  });

  test('II.3.đ: luật viết thường "Luật phòng, chống tham nhũng năm 2018"', () => {
    const text =
      'theo quy định của Luật phòng, chống tham nhũng năm 2018 và Nghị định số 59/2019/NĐ-CP ngày 01/7/2019 của Chính phủ. Công khai Kế hoạch';
    const [law, decree] = parseCitations(text);
    expect(law).toMatchObject({ name: 'phòng, chống tham nhũng', year: 2018, registryId: 'luat-pctn-2018' });
    expect(decree).toMatchObject({ issuerText: 'Chính phủ', registryId: 'nd-59-2019' });
    expect(spanText(text, decree)).toBe('Nghị định số 59/2019/NĐ-CP ngày 01/7/2019 của Chính phủ');
  });

  test('II.3.g: danh sách Quyết định, có cái thiếu chữ "số"', () => {
    const text =
      'tại các Quyết định số 26/2015/QĐ-UBND ngày 16/6/2015, Quyết định 61/2017/QĐ-UBND ngày 15/9/2017 và Quyết định số 73/2021/QĐ-UBND ngày 25/11/2021.';
    const citations = parseCitations(text);
    expect(citations.map((c) => [c.number, c.hasSo, c.date?.iso, c.registryId])).toEqual([
      ['26/2015/QĐ-UBND', true, '2015-06-16', 'qd-26-2015-ubnd'],
      ['61/2017/QĐ-UBND', false, '2017-09-15', 'qd-61-2017-ubnd'],
      ['73/2021/QĐ-UBND', true, '2021-11-25', 'qd-73-2021-ubnd'],
    ]);
  });

  test('III.2: Thông tư chế độ báo cáo và Công văn của Sở', () => {
    const text =
      'chế độ thông tin báo cáo theo quy định tại Thông tư số 02/2021/TT-TTCP ngày 22/3/2021 của Thanh tra Chính phủ; (thời gian gửi báo cáo này thay thế cho thời gian quy định tại Công văn số 1186/SNV-TTr ngày 24/5/2021 của Sở Nội vụ).';
    const citations = parseCitations(text);
    expect(citations.map((c) => [c.type, c.number, c.code, c.issuerText, c.registryId])).toEqual([
      ['Thông tư', '02/2021/TT-TTCP', 'TT-TTCP', 'Thanh tra Chính phủ', 'tt-02-2021-ttcp'],
      ['Công văn', '1186/SNV-TTr', 'SNV-TTr', 'Sở Nội vụ', 'cv-1186-snv-2021'],
    ]);
  });
});

describe('các dạng viết', () => {
  test('số hiệu luật và điểm, khoản, Điều', () => {
    const text = 'theo điểm b khoản 3 Điều 36 của Luật Phòng, chống tham nhũng số 36/2018/QH14 thì';
    const [c] = parseCitations(text);
    expect(c).toMatchObject({ type: 'Luật', number: '36/2018/QH14', code: 'QH14', year: 2018, hasSo: true, article: { dieu: 36, khoan: 3, diem: 'b' }, registryId: 'luat-pctn-2018' });
    expect(spanText(text, c)).toBe('điểm b khoản 3 Điều 36 của Luật Phòng, chống tham nhũng số 36/2018/QH14');
  });

  test('luật không có trong danh mục, theo tên và năm', () => {
    const [c] = parseCitations('Thực hiện Luật Cán bộ, công chức năm 2008 và các văn bản hướng dẫn.');
    expect(c).toMatchObject({ type: 'Luật', name: 'Cán bộ, công chức', year: 2008 });
    expect(c?.registryId).toBeUndefined();
  });

  test('luật PCTN năm 2005 không bị nhận nhầm là luật năm 2018', () => {
    const [c] = parseCitations('Luật Phòng, chống tham nhũng năm 2005');
    expect(c?.year).toBe(2005);
    expect(c?.registryId).toBeUndefined();
  });

  test.each([
    [' ngày 01/7/2019', '2019-07-01', 'slash', '01/7/2019'],
    [' ngày 01/07/2019', '2019-07-01', 'slash-padded', '01/07/2019'],
    [' ngày 01 tháng 7 năm 2019', '2019-07-01', 'words', '01 tháng 7 năm 2019'],
    [', ngày 1-7-2019', '2019-07-01', 'dash', '1-7-2019'],
  ])('ngày "%s"', (tail, iso, style, raw) => {
    const [c] = parseCitations(`Nghị định số 59/2019/NĐ-CP${tail} của Chính phủ`);
    expect(c?.date).toEqual({ iso, style, raw });
    expect(c?.issuerText).toBe('Chính phủ');
  });

  test('ngày trong văn bản Đảng viết "15-5-2016"', () => {
    const [c] = parseCitations('Kế hoạch số 106-KH/TU ngày 15-5-2016 của Tỉnh ủy');
    expect(c).toMatchObject({ number: '106-KH/TU', code: 'KH/TU', party: true, date: { iso: '2016-05-15', style: 'dash' }, issuerText: 'Tỉnh ủy' });
  });

  test('chữ loại văn bản viết hoa hay thường, có hay không có "số"', () => {
    const texts = ['NGHỊ ĐỊNH SỐ 59/2019/NĐ-CP', 'nghị định 59/2019/NĐ-CP', 'Nghị Định số 59/2019/NĐ-CP'];
    for (const text of texts) expect(parseCitations(text)[0]).toMatchObject({ type: 'Nghị định', registryId: 'nd-59-2019', span: { start: 0, end: text.length } });
    expect(parseCitations(texts[1] as string)[0]?.hasSo).toBe(false);
  });

  test('văn bản có năm và không có năm', () => {
    const [a, b] = parseCitations('Quyết định 61/2017/QĐ-UBND và Chỉ thị số 10/CT-TTg');
    expect(a).toMatchObject({ year: 2017, code: 'QĐ-UBND', registryId: 'qd-61-2017-ubnd' });
    expect(b).toMatchObject({ code: 'CT-TTg', registryId: 'ct-10-ttg-2019' });
    expect(b?.year).toBeUndefined();
  });

  test('văn bản không có trong danh mục vẫn được nhận ra', () => {
    const [c] = parseCitations('Căn cứ Hướng dẫn số 63-HD/BCĐTW ngày 05 tháng 01 năm 2023.');
    expect(c).toMatchObject({ type: 'Hướng dẫn', number: '63-HD/BCĐTW', code: 'HD/BCĐTW', party: true, date: { iso: '2023-01-05', style: 'words' } });
    expect(c?.registryId).toBeUndefined();
  });

  test('câu không có trích dẫn: không có kết quả', () => {
    expect(parseCitations('Theo quy định, các đơn vị báo cáo kết quả số liệu trong năm 2023.')).toEqual([]);
    expect(parseCitations('')).toEqual([]);
  });
});

describe('chuẩn hóa: NFD, dấu kiểu cũ, ký tự lạ', () => {
  test('văn bản NFD: khoảng trích dẫn trỏ đúng vào văn bản gốc', () => {
    const prefix = 'Thực hiện nghiêm túc ';
    const citation = 'Chỉ thị số 10/CT-TTg ngày 22/4/2019 của Thủ tướng Chính phủ';
    const text = `${prefix}${citation} về việc tăng cường xử lý`.normalize('NFD');
    expect(text.length).toBeGreaterThan(`${prefix}${citation} về việc tăng cường xử lý`.length);
    const [c] = parseCitations(text);
    expect(c).toMatchObject({ registryId: 'ct-10-ttg-2019', issuerText: 'Thủ tướng Chính phủ', date: { iso: '2019-04-22' } });
    expect(c?.span.start).toBe(prefix.normalize('NFD').length);
    expect(spanText(text, c)?.normalize('NFC')).toBe(citation);
    expect(c?.number).toBe('10/CT-TTg');
  });

  test('NFD trong ký hiệu "NĐ" vẫn cho ký hiệu dựng sẵn', () => {
    const [c] = parseCitations('Nghị định số 130/2020/NĐ-CP ngày 30/10/2020'.normalize('NFD'));
    expect(c).toMatchObject({ code: 'NĐ-CP', number: '130/2020/NĐ-CP', registryId: 'nd-130-2020' });
  });

  test('dấu kiểu mới/cũ (Uỷ ban, văn hoá) và Ð (Eth) thay cho Đ', () => {
    const text = 'Quyết định số 1847/QĐ-TTg ngày 27/12/2018 của Thủ tướng Chính phủ phê duyệt Đề án Văn hoá công vụ; Kế hoạch số 151/KH-UBND ngày 21/12/2020 của Uỷ ban nhân dân tỉnh Quảng Ngãi';
    const [decision, plan] = parseCitations(text);
    expect(decision).toMatchObject({ registryId: 'qd-1847-ttg-2018', subjectText: 'phê duyệt Đề án Văn hóa công vụ' });
    expect(spanText(text, decision)).toBe('Quyết định số 1847/QĐ-TTg ngày 27/12/2018 của Thủ tướng Chính phủ phê duyệt Đề án Văn hoá công vụ');
    expect(plan).toMatchObject({ registryId: 'kh-151-ubnd-2020', issuerText: 'Ủy ban nhân dân tỉnh Quảng Ngãi' });
    expect(parseCitations('Nghị định số 59/2019/NÐ-CP')[0]).toMatchObject({ code: 'NĐ-CP', registryId: 'nd-59-2019' });
  });

  test('khoảng trắng không ngắt và xuống dòng trong trích dẫn', () => {
    const text = 'theo Thông tư\u00a0số 01/2024/TT-TTCP\nngày 20/01/2024 của Thanh tra Chính phủ.';
    const [c] = parseCitations(text);
    expect(c).toMatchObject({ registryId: 'tt-01-2024-ttcp', date: { iso: '2024-01-20' } });
    expect(spanText(text, c)).toBe('Thông tư\u00a0số 01/2024/TT-TTCP\nngày 20/01/2024 của Thanh tra Chính phủ');
  });
});

test('đoạn chỉ có ngày tháng và số đếm không có trích dẫn; số hiệu văn bản, Luật, TCVN thì có (kể cả Unicode tổ hợp)', () => {
  expect(parseCitations('Ngày 04/02/2026, 45/45 công chức đã kê khai; tỷ lệ 100%.')).toEqual([]);
  expect(parseCitations('Thực hiện Kế hoạch số 27/KH-SVHTTDL ngày 30/01/2026 của Sở.').map((c) => c.number)).toEqual(['27/KH-SVHTTDL']);
  expect(parseCitations('Quán triệt Chỉ thị số 05-CT/TU của Tỉnh ủy.').map((c) => c.number)).toEqual(['05-CT/TU']);
  expect(parseCitations('Tuyên truyền Luật Phòng, chống tham nhũng năm 2018.').map((c) => c.type)).toEqual(['Luật']);
  expect(parseCitations('Tuyên truyền Luật Phòng, chống tham nhũng năm 2018.'.normalize('NFD')).map((c) => c.type)).toEqual(['Luật']);
});
