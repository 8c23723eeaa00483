/**
 * The checker tells apart tasks whose words overlap, and counts only the results part of a report. Each case is a
 * small report written as a division or unit would write it.
 */
import { checkReport } from '../../src/check';
import { plan2023 } from '../../src/plan';
import { buildReport, heading, para, standardReport, table } from '../support/report-builder';

const addressed = (model: ReturnType<typeof standardReport>, options = {}) =>
  checkReport(plan2023, model, options)
    .items.filter((i) => i.addressed)
    .map((i) => i.id);

describe('nhiệm vụ có từ ngữ trùng nhau', () => {
  test('c.4 trong nội bộ Sở, khác c.5 trên địa bàn tỉnh', () => {
    const internal = addressed(
      standardReport([para('Văn phòng Sở thường xuyên theo dõi, nhắc nhở công chức, viên chức chấp hành Quy tắc ứng xử, kỷ luật, kỷ cương hành chính tại cơ quan; trong quý không có trường hợp vi phạm.')]),
    );
    expect(internal).toContain('II.3.c.4');
    expect(internal).not.toContain('II.3.c.5');
    const province = addressed(
      standardReport([para('Phòng đã hướng dẫn, đôn đốc các cơ quan, đơn vị, địa phương trên địa bàn tỉnh thực hiện Quy tắc ứng xử, đạo đức nghề nghiệp; tổng hợp kết quả của 31/33 cơ quan gửi Thanh tra Sở.')]),
    );
    expect(province).toContain('II.3.c.5');
    expect(province).not.toContain('II.3.c.4');
  });

  test('đ.1 kế hoạch chuyển đổi vị trí của chính đơn vị, khác đ.3 hướng dẫn các cơ quan trong tỉnh', () => {
    const own = addressed(
      standardReport([para('Ban đã ban hành Kế hoạch số 07/KH-BTG ngày 20/02/2023 về chuyển đổi vị trí công tác năm 2023 đối với 02 công chức và công khai trên trang thông tin điện tử.')]),
      { unit: 'BTG' },
    );
    expect(own).toContain('II.3.đ.1');
    expect(own).not.toContain('II.3.đ.3');
    const guiding = addressed(
      standardReport([para('Phòng đã ban hành văn bản hướng dẫn, theo dõi, đôn đốc 30/32 cơ quan, đơn vị, địa phương trên địa bàn tỉnh xây dựng kế hoạch chuyển đổi vị trí công tác năm 2023 và tổng hợp báo cáo 6 tháng.')]),
    );
    expect(guiding).toContain('II.3.đ.3');
    expect(guiding).not.toContain('II.3.đ.1');
  });

  test('g.1 cải cách hành chính của tỉnh, khác g.3 của Sở', () => {
    const province = addressed(
      standardReport([para('Phòng đã tham mưu tổ chức kiểm tra công tác cải cách hành chính tại 08 cơ quan, đơn vị, địa phương và tổng hợp kết quả thực hiện Kế hoạch cải cách hành chính của tỉnh năm 2023.')]),
    );
    expect(province).toContain('II.3.g.1');
    expect(province).not.toContain('II.3.g.3');
    const own = addressed(
      standardReport([para('Sở tiếp tục vận hành hệ thống iOffice trong xử lý văn bản, duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015; 100% khoản chi được thanh toán không dùng tiền mặt.')]),
    );
    expect(own).toContain('II.3.g.3');
    expect(own).not.toContain('II.3.g.1');
  });

  test('i.1 trách nhiệm người đứng đầu tại đơn vị, khác i.2 theo dõi xử lý trách nhiệm trên địa bàn tỉnh', () => {
    const own = addressed(
      standardReport([para('Chánh Văn phòng gương mẫu chấp hành quy định về phòng, chống tham nhũng, trực tiếp chỉ đạo các biện pháp phòng ngừa tại đơn vị; trong kỳ không để xảy ra tham nhũng nên không phải xử lý trách nhiệm người đứng đầu.')]),
    );
    expect(own).toContain('II.3.i.1');
    expect(own).not.toContain('II.3.i.2');
    const province = addressed(
      standardReport([para('Phòng đã theo dõi kết quả xử lý trách nhiệm người đứng đầu của các cơ quan, đơn vị, địa phương trên địa bàn tỉnh: trong 6 tháng có 01 trường hợp bị xử lý kỷ luật khiển trách, đã tổng hợp gửi Thanh tra Sở.')]),
    );
    expect(province).toContain('II.3.i.2');
    expect(province).not.toContain('II.3.i.1');
  });

  test('a.1 công khai ngân sách trên trang thông tin điện tử, khác g.3 dịch vụ công trực tuyến', () => {
    const publicity = addressed(
      standardReport([para('Văn phòng đã công khai dự toán ngân sách năm 2023 và số liệu thực hiện dự toán quý I trên trang thông tin điện tử của Sở theo Thông tư số 61/2017/TT-BTC.')]),
    );
    expect(publicity).toContain('II.3.a.1');
    expect(publicity).not.toContain('II.3.g.3');
    const online = addressed(
      standardReport([para('Sở cung cấp 45 dịch vụ công trực tuyến toàn trình, tiếp nhận 312 hồ sơ qua Cổng Dịch vụ công quốc gia, 100% hồ sơ được giải quyết đúng hạn.')]),
    );
    expect(online).toContain('II.3.g.3');
    expect(online).not.toContain('II.3.a.1');
  });

  test('"chuyển đổi số" không phải "chuyển đổi vị trí công tác"', () => {
    const result = addressed(
      standardReport([para('Chi cục đẩy mạnh chuyển đổi số, số hóa 12.000 trang tài liệu lưu trữ và sử dụng chữ ký số trong 100% văn bản đi.')]),
    );
    expect(result.filter((id) => id.startsWith('II.3.đ'))).toEqual([]);
    expect(result).toContain('II.3.g.3');
  });
});

describe('cách báo cáo khác nhau vẫn được nhận ra', () => {
  test('chỉ nêu văn bản pháp luật kèm kết quả: "Thực hiện Chỉ thị số 10/CT-TTg ..."', () => {
    const result = addressed(
      standardReport([para('Thực hiện Chỉ thị số 10/CT-TTg ngày 22/4/2019 của Thủ tướng Chính phủ, Bộ phận Một cửa của Sở tiếp nhận 1.018 hồ sơ, trả kết quả đúng hạn 100%.')]),
    );
    expect(result).toContain('II.3.c.3');
  });

  test('báo cáo dạng bảng: mỗi dòng một nhiệm vụ', () => {
    const result = addressed(
      standardReport([
        table([
          ['TT', 'Nhiệm vụ', 'Đơn vị thực hiện', 'Kết quả'],
          ['1', 'Kiểm soát xung đột lợi ích', 'Phòng CCVC', 'Đã rà soát quan hệ gia đình của thành viên 03 hội đồng tuyển dụng; không phát sinh xung đột lợi ích.'],
          ['2', 'Kê khai tài sản, thu nhập năm 2023', 'Phòng CCVC', 'Hướng dẫn 45 người thuộc diện kê khai; đã hoàn thành kê khai trước ngày 31/12.'],
        ]),
      ]),
    );
    expect(result).toEqual(expect.arrayContaining(['II.3.d.1', 'II.3.e.1']));
  });

  test('biểu số liệu: dòng chỉ có số 0, không ghi chú, là "không phát sinh", không phải kết quả; dòng có số thì là kết quả', () => {
    const figures = (count: string) =>
      addressed(
        standardReport([
          table([
            ['TT', 'Nội dung', 'Đơn vị tính', 'Số liệu', 'Ghi chú'],
            ['1', 'Người có nghĩa vụ kê khai tài sản, thu nhập năm 2023 đã kê khai', 'Người', count, ''],
          ]),
        ]),
      );
    expect(figures('0')).not.toContain('II.3.e.1');
    expect(figures('45/45')).toContain('II.3.e.1');
  });

  test('biểu "Chỉ tiêu | Đơn vị tính | Số liệu" cũng vậy: "Số yêu cầu giải trình đã tiếp nhận | Yêu cầu | 0" không phải kết quả', () => {
    const figures = (count: string) =>
      addressed(
        standardReport([
          table([
            ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Số liệu'],
            ['8', 'Số yêu cầu giải trình đã tiếp nhận', 'Yêu cầu', count],
          ]),
        ]),
      );
    expect(figures('0')).not.toContain('II.3.a.3');
    expect(figures('02')).toContain('II.3.a.3');
  });

  test('nhiệm vụ nằm dưới một đề mục không tương ứng', () => {
    const result = addressed(
      buildReport({
        body: [
          heading('I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO'),
          para('Sở đã tham mưu UBND tỉnh ban hành Công văn chỉ đạo các cơ quan, đơn vị, địa phương xây dựng kế hoạch chuyển đổi vị trí công tác năm 2023 đối với công chức không giữ chức vụ lãnh đạo.'),
          heading('II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II'),
          para('- Tiếp tục thực hiện kế hoạch.'),
        ],
      }),
      { unit: 'CCVC' },
    );
    expect(result).toContain('II.3.đ.2');
  });

  test('hai nhiệm vụ trong cùng một đoạn', () => {
    const result = addressed(
      standardReport([para('Công chức của Phòng chấp hành nghiêm Quy tắc ứng xử ban hành kèm theo Quyết định số 673/QĐ-SNV và kỷ luật, kỷ cương hành chính theo Quyết định số 48/2021/QĐ-UBND; không sử dụng rượu, bia buổi trưa.')]),
    );
    expect(result).toEqual(expect.arrayContaining(['II.3.c.1', 'II.3.c.2']));
  });

  test('nhiệm vụ không thực hiện nhưng có nêu lý do vẫn là đã báo cáo', () => {
    const result = addressed(
      standardReport([para('Trong quý, Phòng không nhận được yêu cầu giải trình nào về quyết định hành chính, hành vi hành chính nên không phát sinh việc thực hiện trách nhiệm giải trình.')]),
    );
    expect(result).toContain('II.3.a.3');
  });
});

describe('chỉ phần kết quả mới được tính', () => {
  const task = 'kê khai tài sản, thu nhập năm 2023 đối với 45 người có nghĩa vụ kê khai';

  test('nêu ở đoạn mở đầu "Thực hiện ... như sau:" thì chưa phải kết quả', () => {
    const result = addressed(buildReport({ opening: `Thực hiện Kế hoạch số 14/KH-SNV về ${task}, Phòng báo cáo như sau:`, body: [heading('I. KẾT QUẢ THỰC HIỆN'), para('Trưởng phòng đã quán triệt kế hoạch.')] }));
    expect(result).not.toContain('II.3.e.1');
  });

  test('danh sách nhiệm vụ chép lại từ Kế hoạch ("Kế hoạch đề ra các nhiệm vụ ... như sau:") chưa phải kết quả', () => {
    const recital = [
      para('Kế hoạch đề ra các nhiệm vụ giao Phòng chủ trì hoặc tham gia thực hiện như sau:'),
      para('- Quán triệt Kế hoạch phòng, chống tham nhũng năm 2023 đến toàn thể công chức;'),
      para(`- Hướng dẫn ${task} (quý IV/2023).`),
    ];
    const result = addressed(buildReport({ body: [...recital, heading('I. KẾT QUẢ THỰC HIỆN'), para('Trưởng phòng đã quán triệt kế hoạch.')] }));
    expect(result).not.toContain('II.3.e.1');
    expect(result).toContain('II.1.1');
    // The same list opened as results ("Kết quả thực hiện các nhiệm vụ Kế hoạch giao như sau:") is what was done.
    const done = addressed(
      buildReport({ body: [heading('I. KẾT QUẢ THỰC HIỆN'), para('Kết quả thực hiện các nhiệm vụ Kế hoạch giao như sau:'), para(`- Phòng đã hướng dẫn ${task}; 45/45 người đã hoàn thành kê khai.`)] }),
    );
    expect(done).toContain('II.3.e.1');
  });

  test('nhận văn bản của cấp trên rồi sao gửi các phòng không phải là tự làm nhiệm vụ văn bản ấy nói đến', () => {
    const forwarded = addressed(
      buildReport({
        body: [
          heading('I. KẾT QUẢ THỰC HIỆN'),
          para('Ngày 05/7/2023, Ban nhận Quyết định số 27/2023/QĐ-UBND ngày 26/6/2023 của Ủy ban nhân dân tỉnh ban hành Quy định phân cấp quản lý cán bộ, công chức, viên chức và đã sao gửi đến các phòng thuộc Ban để biết, thực hiện.'),
        ],
      }),
      { unit: 'BTDKT' },
    );
    expect(forwarded).not.toContain('II.3.g.2');
  });

  test('nêu ở phương hướng, nhiệm vụ kỳ tới thì chưa phải kết quả', () => {
    const result = addressed(
      buildReport({ body: [heading('I. KẾT QUẢ THỰC HIỆN'), para('Trưởng phòng đã quán triệt kế hoạch.'), heading('II. NHIỆM VỤ TRỌNG TÂM QUÝ IV NĂM 2023'), para(`- Hướng dẫn ${task}.`)] }),
    );
    expect(result).not.toContain('II.3.e.1');
  });

  test.each(['NHIỆM VỤ QUÝ TỚI', 'Nhiệm vụ tháng tới', 'NHIỆM VỤ QUÝ SAU'])('"%s" cũng là phương hướng: việc nêu dưới đó chưa phải kết quả', (title) => {
    const result = addressed(
      buildReport({ body: [heading('I. KẾT QUẢ THỰC HIỆN'), para('Trưởng phòng đã quán triệt kế hoạch.'), heading(`II. ${title}`), para(`- Hướng dẫn ${task}.`)] }),
    );
    expect(result).not.toContain('II.3.e.1');
  });

  test('"Kế hoạch ... năm 2023 của Ban:" trong báo cáo năm 2023 là kế hoạch năm nay đã thực hiện, không phải phương hướng; "Nhiệm vụ năm 2024:" thì là', () => {
    const body = (lead: string) => [heading('I. KẾT QUẢ THỰC HIỆN'), para(`- ${lead}: Trưởng phòng đã hướng dẫn ${task}; 45/45 người đã hoàn thành kê khai.`)];
    expect(addressed(buildReport({ title: 'Kết quả công tác phòng, chống tham nhũng năm 2023', body: body('Kế hoạch PCTN năm 2023 của Phòng') }))).toContain('II.3.e.1');
    expect(addressed(buildReport({ title: 'Kết quả công tác phòng, chống tham nhũng năm 2023', body: body('Nhiệm vụ năm 2024') }))).not.toContain('II.3.e.1');
  });

  test('nêu ở kiến nghị, đề xuất thì chưa phải kết quả', () => {
    const result = addressed(
      buildReport({ body: [heading('I. KẾT QUẢ THỰC HIỆN'), para('Trưởng phòng đã quán triệt kế hoạch.'), heading('II. KIẾN NGHỊ'), para(`Đề nghị Sở sớm hướng dẫn việc ${task}.`)] }),
    );
    expect(result).not.toContain('II.3.e.1');
  });

  test('cùng câu đó trong phần kết quả thì được tính', () => {
    const result = addressed(buildReport({ body: [heading('I. KẾT QUẢ THỰC HIỆN'), para(`Phòng đã hướng dẫn ${task}; 45/45 người đã hoàn thành kê khai.`)] }));
    expect(result).toContain('II.3.e.1');
  });

  test('bằng chứng chỉ ra đúng đoạn văn và từ ngữ khớp', () => {
    const model = buildReport({ body: [heading('I. KẾT QUẢ THỰC HIỆN'), para('Phòng đã rà soát, kiểm soát xung đột lợi ích khi phân công công chức tham gia hội đồng thi nâng ngạch.')] });
    const item = checkReport(plan2023, model).items.find((i) => i.id === 'II.3.d.1')!;
    expect(item.evidence[0]!.text).toBe('Phòng đã rà soát, kiểm soát xung đột lợi ích khi phân công công chức tham gia hội đồng thi nâng ngạch.');
    expect(item.evidence[0]!.matched).toContain('xung đột lợi ích');
    expect(model.paragraphs[item.evidence[0]!.paragraph]!.text).toBe(item.evidence[0]!.text);
  });
});

describe('chỗ trống do add-in chèn không phải là kết quả', () => {
  test('đề mục nhiệm vụ kèm dòng "Kết quả thực hiện: ..." chưa điền thì nhiệm vụ vẫn còn thiếu', () => {
    const model = buildReport({
      body: [
        heading('I. KẾT QUẢ THỰC HIỆN'),
        para('Trưởng phòng đã quán triệt kế hoạch.'),
        heading('1. Trách nhiệm giải trình về quyết định hành chính, hành vi hành chính'),
        para('Kết quả thực hiện: ...', { italic: true, tag: 'pctn:placeholder' }),
        heading('2. Kê khai tài sản, thu nhập'),
        para('Kết quả thực hiện: …'),
      ],
    });
    const result = checkReport(plan2023, model);
    expect(result.items.find((i) => i.id === 'II.3.a.3')?.addressed).toBe(false);
    expect(result.items.find((i) => i.id === 'II.3.e.1')?.addressed).toBe(false);
  });

  test('khi đã điền kết quả dưới đề mục thì được tính', () => {
    const model = buildReport({
      body: [
        heading('I. KẾT QUẢ THỰC HIỆN'),
        heading('1. Trách nhiệm giải trình về quyết định hành chính, hành vi hành chính'),
        para('Kết quả thực hiện: trong quý không có yêu cầu giải trình nào gửi đến Phòng.'),
      ],
    });
    expect(checkReport(plan2023, model).items.find((i) => i.id === 'II.3.a.3')?.addressed).toBe(true);
  });
});

describe('phân công người theo dõi từng nội dung không phải là kết quả của các nội dung ấy', () => {
  test('danh sách trong ngoặc sau "phân công công chức phụ trách từng nội dung" chỉ là đề mục; việc đã làm thì vẫn được tính', () => {
    const listed = addressed(
      standardReport([para('Chánh Văn phòng phân công công chức phụ trách từng nội dung do Văn phòng chủ trì (công khai ngân sách; chế độ, định mức; chuyển đổi vị trí công tác; kê khai tài sản, thu nhập); tiến độ được kiểm điểm tại cuộc họp Văn phòng hằng tháng.')]),
      { unit: 'VP' },
    );
    expect(listed).not.toContain('II.3.e.1');
    expect(listed).not.toContain('II.3.đ.1');
    const done = addressed(standardReport([para('Văn phòng đã hướng dẫn 68 người có nghĩa vụ kê khai tài sản, thu nhập năm 2023 thực hiện kê khai đúng thời hạn và công khai bản kê khai tại cuộc họp cơ quan.')]), { unit: 'VP' });
    expect(done).toContain('II.3.e.1');
  });
});

describe('lời khẳng định chung "thực hiện tốt / chấp hành nghiêm" không phải là kết quả', () => {
  test('một câu chỉ nói chấp hành tốt, không có việc, số liệu hay "không có trường hợp" nào: không tính nhiệm vụ đó', () => {
    const claimed = addressed(
      standardReport([para('Công chức, người lao động của Văn phòng thực hiện tốt Quy tắc ứng xử và kỷ luật, kỷ cương hành chính.')]),
      { unit: 'VP' },
    );
    expect(claimed).not.toContain('II.3.c.1');
    expect(claimed).not.toContain('II.3.c.2');
  });

  test('cùng lời ấy kèm sự việc của kỳ báo cáo thì vẫn là kết quả', () => {
    const withFacts = addressed(
      standardReport([
        para('07/07 công chức của Văn phòng chấp hành nghiêm Quy tắc ứng xử và giờ giấc làm việc; trong quý không có trường hợp đi muộn, về sớm, sử dụng rượu, bia buổi trưa ngày làm việc.'),
      ]),
      { unit: 'VP' },
    );
    expect(withFacts).toContain('II.3.c.2');
  });

  test('kê ra việc làm cụ thể sau dấu hai chấm cũng là kết quả', () => {
    const listed = addressed(
      standardReport([
        para('Công chức của Văn phòng chấp hành tốt Quy tắc ứng xử ban hành kèm theo Quyết định số 673/QĐ-SNV: đeo thẻ công chức, trang phục đúng quy định, giao tiếp chuẩn mực với tổ chức, công dân đến liên hệ công tác.'),
      ]),
      { unit: 'VP' },
    );
    expect(listed).toContain('II.3.c.1');
  });
});

describe('thực hiện kế hoạch của chính đơn vị là làm nhiệm vụ, không phải viện dẫn căn cứ', () => {
  test('"thực hiện Kế hoạch chuyển đổi vị trí công tác … của Chi cục, chuyển 01 viên chức …" là đã chuyển đổi vị trí công tác', () => {
    const own = addressed(
      standardReport([
        para('Thực hiện Kế hoạch chuyển đổi vị trí công tác số 11/KH-CCVTLT ngày 20/02/2023 của Chi cục, chuyển 01 viên chức từ bộ phận phục vụ độc giả sang bộ phận chỉnh lý từ ngày 01/7/2023.'),
      ]),
      { unit: 'CCVTLT' },
    );
    expect(own).toContain('II.3.đ.1');
  });
});

describe('nội dung bổ sung vào một văn bản là chủ đề của văn bản, không phải việc đã làm', () => {
  test('"bổ sung nội dung kiểm soát xung đột lợi ích" vào kế hoạch PCTN của Chi cục là kế hoạch của đơn vị, không phải d.1', () => {
    const plan = addressed(
      standardReport([
        para('Chi cục ban hành Kế hoạch số 05/KH-CCVTLT ngày 18/01/2023 về công tác PCTN năm 2023, gửi Sở Nội vụ (qua Thanh tra Sở và Văn phòng Sở); ngày 15/02/2023 bổ sung nội dung kiểm soát xung đột lợi ích theo đề nghị của Thanh tra Sở.'),
      ]),
      { unit: 'CCVTLT' },
    );
    expect(plan).toContain('II.1.2');
    expect(plan).not.toContain('II.3.d.1');
  });

  test('rà soát, kiểm soát xung đột lợi ích thật sự thì vẫn là d.1', () => {
    const done = addressed(
      standardReport([
        para('Chi cục đã rà soát 05 vị trí có nguy cơ xung đột lợi ích trong tiếp nhận, chỉnh lý hồ sơ; 12/12 viên chức ký cam kết không để xảy ra xung đột lợi ích khi thực hiện nhiệm vụ; trong kỳ không phát sinh trường hợp phải xử lý.'),
      ]),
      { unit: 'CCVTLT' },
    );
    expect(done).toContain('II.3.d.1');
  });
});

describe('bảng tự kiểm: nhiệm vụ "không thuộc nhiệm vụ của đơn vị" là chưa báo cáo', () => {
  test('dòng ghi "Không thuộc nhiệm vụ của đơn vị" không tính nhiệm vụ của dòng đó; dòng có kết quả vẫn tính', () => {
    const result = addressed(
      standardReport([
        table([
          ['TT', 'Nhiệm vụ theo Kế hoạch', 'Đã thực hiện', 'Chưa thực hiện', 'Lý do / kết quả'],
          ['1', 'Hướng dẫn, theo dõi, đôn đốc chuyển đổi vị trí công tác trên địa bàn tỉnh', '', '', 'Không thuộc nhiệm vụ của đơn vị.'],
          ['2', 'Kê khai tài sản, thu nhập', 'x', '', 'Hướng dẫn 15/15 người thuộc diện kê khai hằng năm hoàn thành kê khai trước ngày 30/11/2023.'],
        ]),
      ]),
      { unit: 'VP' },
    );
    expect(result).not.toContain('II.3.đ.3');
    expect(result).toContain('II.3.e.1');
  });
});

describe('việc của năm trước nhắc lại để so sánh không phải là kết quả của kỳ báo cáo', () => {
  test('"Cùng kỳ năm 2022, Ban đã sửa đổi Quy chế chi tiêu nội bộ" trong báo cáo quý I/2023 không tính b.1', () => {
    const result = addressed(
      standardReport([
        para('Chi thường xuyên quý I là 486 triệu đồng, so với cùng kỳ năm 2022 giảm 8,2%. Cùng kỳ năm 2022, Ban đã sửa đổi Quy chế chi tiêu nội bộ và Quy chế quản lý, sử dụng tài sản công.'),
      ]),
      { unit: 'BTDKT' },
    );
    expect(result).not.toContain('II.3.b.1');
  });

  test('"Năm 2022, Chi cục đã chuyển đổi …" không tính; việc chuyển đổi năm 2023 ngay sau đó thì vẫn tính', () => {
    const past = addressed(
      standardReport([para('Năm 2022, Chi cục đã chuyển đổi vị trí công tác 01 viên chức làm kế toán sang bộ phận hành chính, tổng hợp theo Quyết định số 45/QĐ-CCVTLT ngày 15/11/2022.')]),
      { unit: 'CCVTLT' },
    );
    expect(past).not.toContain('II.3.đ.1');
    const both = addressed(
      standardReport([
        para('Năm 2022, Chi cục đã chuyển đổi vị trí công tác 01 viên chức làm kế toán. Năm 2023, Chi cục ban hành Kế hoạch chuyển đổi vị trí công tác và chuyển đổi 01 viên chức làm công tác phục vụ độc giả.'),
      ]),
      { unit: 'CCVTLT' },
    );
    expect(both).toContain('II.3.đ.1');
  });
});

describe('"chuyển đổi 01 công chức" là chuyển đổi vị trí công tác dù không viết đủ cụm từ', () => {
  test('Ban ban hành kế hoạch theo số hiệu và chuyển đổi 01 công chức: đ.1; "chuyển đổi số" thì không', () => {
    const rotation = addressed(
      standardReport([para('Ban ban hành Kế hoạch số 11/KH-BTĐKT ngày 20/3/2023, chuyển đổi 01 công chức thẩm định hồ sơ khen thưởng khối doanh nghiệp sang Phòng Nghiệp vụ 2 từ ngày 01/5/2023.')]),
      { unit: 'BTDKT' },
    );
    expect(rotation).toContain('II.3.đ.1');
    const digital = addressed(standardReport([para('Ban đẩy mạnh chuyển đổi số, 100% hồ sơ khen thưởng được tiếp nhận và xử lý trên phần mềm.')]), { unit: 'BTDKT' });
    expect(digital).not.toContain('II.3.đ.1');
  });
});

describe('nhận một văn bản của cấp trên chưa phải là làm nhiệm vụ mà văn bản ấy nói tới', () => {
  test('"Chi cục nhận Công văn số … về việc tăng cường kiểm soát xung đột lợi ích": không tính d.1; rà soát thật thì tính', () => {
    const received = addressed(
      standardReport([para('Ngày 18/7/2023, Chi cục nhận Công văn số 1702/SNV-TTr của Sở Nội vụ về việc tăng cường kiểm soát xung đột lợi ích trong thực thi công vụ.')]),
      { unit: 'CCVTLT' },
    );
    expect(received).not.toContain('II.3.d.1');
    const done = addressed(
      standardReport([
        para('Ngày 18/7/2023, Chi cục nhận Công văn số 1702/SNV-TTr của Sở Nội vụ về việc tăng cường kiểm soát xung đột lợi ích, Chi cục đã rà soát 05 vị trí có nguy cơ xung đột lợi ích trong chỉnh lý hồ sơ.'),
      ]),
      { unit: 'CCVTLT' },
    );
    expect(done).toContain('II.3.d.1');
  });
});

describe('văn bản viện dẫn hay chủ đề được quán triệt dừng ở dấu phẩy trước mốc thời gian của việc đã làm ("…, năm 2023 …")', () => {
  test('"quán triệt Chỉ thị số 10/CT-TTg tại Bộ phận Một cửa, năm 2023 không có phản ánh về nhũng nhiễu" là c.3', () => {
    const result = addressed(
      standardReport([
        para('CCVC và người lao động của Sở thực hiện nghiêm Quy tắc ứng xử (Quyết định số 673/QĐ-SNV), Đề án văn hóa công vụ; chấp hành giờ giấc làm việc theo Quyết định số 48/2021/QĐ-UBND và Chỉ thị số 31-CT/TU; quán triệt Chỉ thị số 10/CT-TTg tại Bộ phận Một cửa, năm 2023 không có phản ánh, kiến nghị về nhũng nhiễu, gây phiền hà cho tổ chức, cá nhân.'),
      ]),
      { unit: 'VP' },
    );
    expect(result).toContain('II.3.c.3');
  });
});
