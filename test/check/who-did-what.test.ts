/**
 * The kinds of error issue 9 found on reports the checker had never seen, one small report each, written as a
 * division or unit writes: neighbouring tasks told apart by what the unit did, words the plan does not use, one
 * paragraph reporting several tasks, what an inspection found in another body, and framing that is not a result.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkReport } from '../../src/check';
import { parsePlanJson, plan2023 } from '../../src/plan';
import { buildReport, closing, header, heading, para, standardReport, table } from '../support/report-builder';
import { toDocumentModel } from '../../src/document';
import type { DocumentModel } from '../../src/document/model';
import { clausesOf } from '../../src/check/match/clauses';
import { citedItem } from '../../src/check/match/cited-place';
import { itemRoles } from '../../src/check/match/roles';
import { featuresOf } from '../../src/check/match/features';
import { normalizeForMatch, tokenize } from '../../src/text';

const addressed = (model: ReturnType<typeof standardReport>, options = {}) =>
  checkReport(plan2023, model, options)
    .items.filter((i) => i.addressed)
    .map((i) => i.id);

const rotation = (ids: string[]) => ids.filter((id) => id.startsWith('II.3.đ'));

describe('nhiệm vụ liền kề: đơn vị đã làm gì', () => {
  test('ban hành kế hoạch chuyển đổi của chính đơn vị là đ.1, không phải đ.3 hay đ.4', () => {
    const result = addressed(
      standardReport([para('Thực hiện hướng dẫn của Sở Nội vụ tại Công văn số 388/SNV-CCVC ngày 24/02/2023, Chi cục đã ban hành Kế hoạch số 06/KH-CCVTLT ngày 10/3/2023 về chuyển đổi vị trí công tác năm 2023 và công khai trong cơ quan.')]),
      { unit: 'CCVTLT' },
    );
    expect(rotation(result)).toEqual(['II.3.đ.1']);
  });

  test('tham mưu UBND tỉnh là đ.2; hướng dẫn, đôn đốc các địa phương là đ.3; thanh tra việc chuyển đổi là đ.4', () => {
    expect(rotation(addressed(standardReport([para('Phòng đã tham mưu UBND tỉnh ban hành Công văn số 512/UBND-NC ngày 08/02/2023 chỉ đạo thực hiện chuyển đổi vị trí công tác đối với công chức, viên chức trên địa bàn tỉnh.')]), { unit: 'CCVC' }))).toEqual(['II.3.đ.2']);
    expect(rotation(addressed(standardReport([para('Phòng đã hướng dẫn, theo dõi, đôn đốc 28/30 cơ quan, đơn vị, địa phương trên địa bàn tỉnh xây dựng và thực hiện kế hoạch chuyển đổi vị trí công tác năm 2023; tổng hợp báo cáo 6 tháng gửi Bộ Nội vụ.')]), { unit: 'CCVC' }))).toEqual(['II.3.đ.3']);
    expect(rotation(addressed(standardReport([para('Thanh tra Sở đã tiến hành thanh tra việc thực hiện chuyển đổi vị trí công tác tại UBND huyện Sơn Tịnh và Sở Y tế; đã ban hành kết luận thanh tra.')]), { unit: 'TTr' }))).toEqual(['II.3.đ.4']);
  });

  test('chấp hành Quy tắc ứng xử của chính đơn vị (câu không nêu việc theo dõi, kiểm tra, hướng dẫn ai) là c.1, dù cùng đoạn nói kỷ luật, kỷ cương và nhũng nhiễu; kiểm tra việc thực hiện Quy tắc ứng xử ở đơn vị khác thì không', () => {
    const own = addressed(
      standardReport([para('- Về quy tắc ứng xử, kỷ luật, kỷ cương: công chức của Ban thực hiện đúng Quy tắc ứng xử, chấp hành giờ giấc làm việc, không uống rượu, bia buổi trưa; khi giải quyết hồ sơ không có trường hợp gây phiền hà, nhũng nhiễu.')]),
      { unit: 'DVTT' },
    );
    expect(own.filter((id) => id.startsWith('II.3.c'))).toEqual(['II.3.c.1', 'II.3.c.2', 'II.3.c.3']);
    const inspecting = addressed(
      standardReport([para('Văn phòng Sở đã kiểm tra đột xuất 03 đợt việc thực hiện Quy tắc ứng xử, thời giờ làm việc tại các phòng thuộc Sở và Ban Tôn giáo tỉnh; nhắc nhở 02 trường hợp đi muộn.')]),
      { unit: 'VP' },
    );
    expect(inspecting).toContain('II.3.c.4');
    expect(inspecting).not.toContain('II.3.c.1');
  });

  test('kê khai xung đột lợi ích là d.1, không phải kê khai tài sản, thu nhập e.1', () => {
    const result = addressed(
      standardReport([para('Các thành viên Hội đồng xét tuyển viên chức đã ký bản cam kết không có xung đột lợi ích; Phòng rà soát, không phát hiện trường hợp có quan hệ gia đình với người dự tuyển.')]),
    );
    expect(result).toContain('II.3.d.1');
    expect(result).not.toContain('II.3.e.1');
  });

  test('kế hoạch PCTN của Sở (II.1.1) khác kế hoạch PCTN của đơn vị trực thuộc (II.1.2)', () => {
    const own = addressed(
      standardReport([para('Ngày 18/01/2023, Chi cục Văn thư – Lưu trữ ban hành Kế hoạch số 03/KH-CCVTLT về công tác phòng, chống tham nhũng năm 2023 của Chi cục; đến nay đã thực hiện 9/12 nội dung.')]),
    );
    expect(own).toContain('II.1.2');
  });

  test('Thanh tra Sở nhận, rà soát kế hoạch PCTN của các đơn vị trực thuộc: báo cáo II.1.2 dù không chủ trì nhiệm vụ đó', () => {
    const received = addressed(
      standardReport([
        para('Thanh tra Sở tham mưu Giám đốc Sở ban hành Kế hoạch số 21/KH-SNV ngày 16/01/2023 về công tác phòng, chống tham nhũng năm 2023 của Sở, giao cụ thể đơn vị chủ trì, phối hợp, thời gian hoàn thành.'),
        para('Trong tháng 01/2023, Thanh tra Sở đã tiếp nhận kế hoạch PCTN năm 2023 của 03/03 đơn vị trực thuộc; qua rà soát, đề nghị Chi cục Văn thư – Lưu trữ bổ sung nội dung kiểm soát xung đột lợi ích khi phân công viên chức thẩm định hồ sơ, Chi cục đã bổ sung ngày 10/02/2023.'),
      ]),
      { unit: 'TTr' },
    );
    expect(received).toContain('II.1.2');
    // The Sở's own plan, drafted by the same Thanh tra, is II.1.1, not the units' plans.
    const drafted = addressed(
      standardReport([para('Thanh tra Sở tham mưu Giám đốc Sở ban hành Kế hoạch số 21/KH-SNV ngày 16/01/2023 về công tác phòng, chống tham nhũng năm 2023 của Sở.')]),
      { unit: 'TTr' },
    );
    expect(drafted).not.toContain('II.1.2');
  });
});

describe('chữ viết tắt và cách nói không có trong kế hoạch', () => {
  test('VTCT, KLTT, k/tra, c/khai được đọc như chữ đầy đủ', () => {
    expect(rotation(addressed(standardReport([para('Ban đã xây dựng KH chuyển đổi VTCT năm 2023 đối với 01 công chức kế toán, đã thực hiện xong trong tháng 3.')]), { unit: 'BTG' }))).toContain('II.3.đ.1');
    expect(addressed(standardReport([para('Thanh tra Sở theo dõi, đôn đốc việc thực hiện 03 KLTT; các đơn vị đã khắc phục 100% kiến nghị.')]), { unit: 'TTr' })).toContain('II.3.h.1');
  });

  test('CC, VC, KLKC: "công chức của Phòng chấp hành nghiêm KLKC" là kỷ luật, kỷ cương của chính đơn vị (c.2)', () => {
    const text = 'CC, VC của Phòng chấp hành nghiêm KLKC hành chính, không vi phạm giờ giấc; không có CC nào bị nhắc nhở.';
    expect(addressed(standardReport([para(text)]), { unit: 'CCVC' })).toContain('II.3.c.2');
    // Without the short forms being read, nothing in the sentence names the task.
    expect(addressed(standardReport([para('Các đồng chí của Phòng chấp hành nghiêm, không có ai bị nhắc nhở.')]), { unit: 'CCVC' })).not.toContain('II.3.c.2');
  });

  test('câu ngắn lấy chủ đề từ đề mục ở trên', () => {
    const result = addressed(
      buildReport({
        body: [
          heading('II. KẾT QUẢ THỰC HIỆN CÁC BIỆN PHÁP PHÒNG NGỪA THAM NHŨNG'),
          heading('5. Kê khai tài sản, thu nhập'),
          para('Đã hoàn thành 45/45 bản, đạt 100%.'),
        ],
      }),
    );
    expect(result).toContain('II.3.e.1');
  });
});

describe('một đoạn báo cáo nhiều nhiệm vụ', () => {
  test('công khai ngân sách, quy chế chi tiêu nội bộ và kê khai tài sản trong một đoạn đều được ghi nhận', () => {
    const result = addressed(
      standardReport([
        para('Văn phòng đã công khai dự toán ngân sách năm 2023 trên Trang thông tin điện tử của Sở theo Thông tư số 61/2017/TT-BTC; đồng thời rà soát, sửa đổi Quy chế chi tiêu nội bộ (Quyết định số 12/QĐ-SNV); 45/45 người có nghĩa vụ đã kê khai tài sản, thu nhập lần đầu và hằng năm đúng hạn.'),
      ]),
      { unit: 'VP' },
    );
    expect(result).toEqual(expect.arrayContaining(['II.3.a.1', 'II.3.b.1', 'II.3.e.1']));
  });

  test('dòng bảng gọi tên một nhiệm vụ nhưng ô kết quả báo cáo thêm nhiệm vụ khác ở một vế riêng: cả hai được ghi nhận', () => {
    const rows = [
      ['TT', 'Nhiệm vụ', 'Đơn vị thực hiện', 'Kết quả'],
      ['1', 'Theo dõi, kiểm tra quy tắc ứng xử, kỷ luật, kỷ cương', 'VP Sở; Phòng CCVC', 'Tại cơ quan Sở: Văn phòng Sở kiểm tra đột xuất 05 lần việc chấp hành thời giờ làm việc, nhắc nhở 03 trường hợp đi muộn. Trên địa bàn tỉnh: Phòng CCVC hướng dẫn, đôn đốc và tổng hợp báo cáo 6 tháng về thực hiện Quy tắc ứng xử, đạo đức nghề nghiệp của 40/42 cơ quan, đơn vị, địa phương, gửi Thanh tra Sở.'],
    ];
    const result = addressed(standardReport([...table(rows)]), { unit: 'SNV' });
    expect(result).toEqual(expect.arrayContaining(['II.3.c.4', 'II.3.c.5']));
  });
});

describe('bảng chép nhiệm vụ của Kế hoạch bên cạnh kết quả', () => {
  const rows = [
    ['TT', 'Nhiệm vụ theo Kế hoạch', 'Kết quả thực hiện', 'Ghi chú'],
    ['1', 'Kiểm soát xung đột lợi ích; rà soát xung đột lợi ích khi phân công công chức, viên chức thực hiện nhiệm vụ', '', ''],
    ['2', 'Tổ chức kê khai tài sản, thu nhập lần đầu, hằng năm, bổ sung theo Nghị định số 130/2020/NĐ-CP', 'Đã hướng dẫn 08/08 người có nghĩa vụ kê khai hằng năm, nộp Phòng CCVC ngày 20/12/2023.', ''],
  ];

  test('dòng chỉ có số thứ tự và nhiệm vụ chép từ Kế hoạch, ô kết quả và ghi chú để trống: chưa báo cáo', () => {
    const result = addressed(standardReport([...table(rows)]), { unit: 'BTG' });
    expect(result).not.toContain('II.3.d.1');
    expect(result).toContain('II.3.e.1');
  });

  test('cùng dòng ấy, ô kết quả ghi "Không phát sinh": đã báo cáo', () => {
    const filled = rows.map((r, i) => (i === 1 ? [r[0]!, r[1]!, 'Không phát sinh trường hợp xung đột lợi ích trong kỳ.', ''] : r));
    expect(addressed(standardReport([...table(filled)]), { unit: 'BTG' })).toContain('II.3.d.1');
  });

  test('ô kết quả chỉ ghi "Chưa thực hiện" (không lý do): chưa báo cáo; có lý do thì đã báo cáo', () => {
    const with_ = (result: string) => rows.map((r, i) => (i === 1 ? [r[0]!, r[1]!, result, ''] : r));
    expect(addressed(standardReport([...table(with_('Chưa thực hiện'))]), { unit: 'BTG' })).not.toContain('II.3.d.1');
    expect(addressed(standardReport([...table(with_('Đang triển khai.'))]), { unit: 'BTG' })).not.toContain('II.3.d.1');
    expect(addressed(standardReport([...table(with_('Chưa thực hiện do trong quý Ban không thành lập hội đồng, tổ công tác nào.'))]), { unit: 'BTG' })).toContain('II.3.d.1');
  });
});

describe('ai làm: kết quả kiểm tra ở cơ quan khác', () => {
  test('kiểm tra tại Ban Thi đua – Khen thưởng là b.2; điều Ban đó đã làm không phải a.1, b.1 của người viết', () => {
    const result = addressed(
      standardReport([para('Thanh tra Sở đã kiểm tra việc thực hiện chế độ, định mức, tiêu chuẩn tại Ban Thi đua – Khen thưởng tỉnh; qua kiểm tra, Ban đã ban hành quy chế chi tiêu nội bộ, công khai dự toán ngân sách trên trang thông tin điện tử đúng quy định.')]),
      { unit: 'TTr' },
    );
    expect(result).toContain('II.3.b.2');
    expect(result).not.toContain('II.3.b.1');
    expect(result).not.toContain('II.3.a.1');
  });

  test('công chức của chính đơn vị chấp hành quy tắc ứng xử khi đi thanh tra là việc của đơn vị (c.1); điều thấy ở nơi được kiểm tra thì không', () => {
    const own = addressed(
      standardReport([
        para('Công chức Thanh tra Sở thực hiện đúng Quy tắc ứng xử ban hành kèm theo Quyết định số 673/QĐ-SNV và quy định về những việc thành viên Đoàn thanh tra không được làm; trong quá trình thanh tra tại 02 cơ quan không có phản ánh về thái độ, tác phong của công chức.'),
      ]),
      { unit: 'TTr' },
    );
    expect(own).toContain('II.3.c.1');
    const found = addressed(
      standardReport([para('Đoàn kiểm tra của Sở làm việc tại UBND huyện Sơn Hà ngày 12/9/2023; công chức của huyện chấp hành tốt thời giờ làm việc, không sử dụng rượu, bia buổi trưa.')]),
      { unit: 'CCHC' },
    );
    expect(found).not.toContain('II.3.c.2');
  });

  test('"Qua kiểm tra: Ban đã ban hành Quy chế chi tiêu nội bộ …" là điều thấy ở nơi được kiểm tra, không phải việc của người viết', () => {
    const found = addressed(
      standardReport([
        para('Qua kiểm tra: Ban đã ban hành và thực hiện Quy chế chi tiêu nội bộ, Quy chế quản lý, sử dụng tài sản công; công khai dự toán, quyết toán ngân sách đúng quy định; 12/12 người thuộc diện kê khai tài sản, thu nhập năm 2022 đã kê khai đúng hạn.'),
      ]),
      { unit: 'TTr' },
    );
    expect(found).not.toContain('II.3.b.1');
    expect(found).not.toContain('II.3.a.1');
    expect(found).not.toContain('II.3.e.1');
  });

  test('việc cấp trên tự làm không phải nhiệm vụ của người viết, trừ khi người viết tham mưu', () => {
    const higher = addressed(
      standardReport([para('Ngày 20/3/2023, UBND tỉnh ban hành Quyết định số 215/QĐ-UBND công bố Chỉ số cải cách hành chính năm 2022 của các sở, ban, ngành, UBND các huyện, thị xã, thành phố.')]),
      { unit: 'CCVC' },
    );
    expect(higher).not.toContain('II.3.g.1');
    const advised = addressed(
      standardReport([para('Ngày 20/3/2023, UBND tỉnh ban hành Quyết định số 215/QĐ-UBND công bố Chỉ số cải cách hành chính năm 2022 của các sở, ban, ngành, địa phương do Phòng tham mưu; Phòng đã tổng hợp, phân tích kết quả gửi các cơ quan.')]),
      { unit: 'CCHC' },
    );
    expect(advised).toContain('II.3.g.1');
  });

  test('kê khai tài sản ở đơn vị được thanh tra không phải e.1 của người viết', () => {
    const result = addressed(
      standardReport([para('Đoàn thanh tra tại Sở Tài nguyên và Môi trường xác định 100% người có nghĩa vụ đã kê khai tài sản, thu nhập năm 2022 đúng thời hạn, việc công khai bản kê khai đúng quy định.')]),
      { unit: 'TTr' },
    );
    expect(result).not.toContain('II.3.e.1');
  });
});

describe('lời dẫn không phải kết quả', () => {
  test('câu sẵn của phần phát hiện, xử lý không là kết quả của nhiệm vụ phòng ngừa', () => {
    const result = addressed(
      buildReport({
        body: [
          heading('III. KẾT QUẢ PHÁT HIỆN, XỬ LÝ THAM NHŨNG'),
          para('Trong kỳ, qua công tác tự kiểm tra nội bộ không phát hiện hành vi tham nhũng; không có đơn thư khiếu nại, tố cáo liên quan đến tham nhũng, không có trường hợp nào phải xử lý trách nhiệm người đứng đầu.'),
        ],
      }),
    );
    expect(result).not.toContain('II.3.i.1');
    expect(result).not.toContain('II.3.c.4');
  });

  test('chủ đề của buổi tập huấn là tuyên truyền (II.2.1), không phải kê khai tài sản (e.1)', () => {
    const result = addressed(
      standardReport([para('Phòng phối hợp tổ chức hội nghị tuyên truyền, phổ biến pháp luật, giới thiệu điểm mới về kiểm soát tài sản, thu nhập của người có chức vụ, quyền hạn theo Nghị định số 130/2020/NĐ-CP cho 60 công chức.')]),
    );
    expect(result).toContain('II.2.1');
    expect(result).not.toContain('II.3.e.1');
  });

  test('"Nội dung: …" ở câu riêng sau buổi sinh hoạt chuyên đề là chủ đề của buổi đó: tuyên truyền (II.2.1), không phải chống nhũng nhiễu (c.3)', () => {
    const result = addressed(
      standardReport([para('Tổ chức 01 buổi sinh hoạt chuyên đề về PCTN ngày 15/3/2023 cho 12/12 công chức của Ban. Nội dung: Luật Phòng, chống tham nhũng năm 2018; Chỉ thị số 10/CT-TTg của Thủ tướng Chính phủ về tăng cường xử lý, ngăn chặn tình trạng nhũng nhiễu, gây phiền hà cho người dân, doanh nghiệp.')]),
      { unit: 'BTG' },
    );
    expect(result).toContain('II.2.1');
    expect(result).not.toContain('II.3.c.3');
  });

  test('"Nội dung" mở đầu câu mà đoạn không nói buổi họp, lớp tập huấn nào thì vẫn là việc đơn vị làm', () => {
    const clauses = clausesOf(tokenize(normalizeForMatch('Nội dung: Phòng đã rà soát, công khai 12 thủ tục hành chính trên Trang thông tin điện tử của Sở.').text), [], { detection: false, authority: true });
    expect(clauses.flatMap((c) => c.spans.map((s) => s.kind))).not.toContain('topic');
  });

  test('văn bản dẫn làm căn cứ không kéo đoạn văn về nhiệm vụ mang tên văn bản đó', () => {
    const result = addressed(
      standardReport([para('Thực hiện Quyết định số 1847/QĐ-TTg ngày 27/12/2018 của Thủ tướng Chính phủ, Văn phòng đã cập nhật 18 văn bản, 06 tin bài về phòng, chống tham nhũng lên chuyên mục trên Trang thông tin điện tử của Sở.')]),
    );
    expect(result).toContain('II.2.1');
    expect(result).not.toContain('II.3.c.1');
  });

  test('câu nhắc lại chế độ báo cáo của kế hoạch không là kết quả của nhiệm vụ theo dõi', () => {
    const result = addressed(
      standardReport([para('Các phòng, đơn vị tổng hợp, gửi Thanh tra Sở định kỳ 06 tháng, 01 năm theo quy định.')]),
    );
    expect(result.filter((id) => ['II.3.c.5', 'II.3.đ.3', 'II.3.g.1', 'II.3.i.2'].includes(id))).toEqual([]);
  });
});

describe('dẫn chứng nói vì sao', () => {
  test('nhiệm vụ được ghi nhận nhờ một vế của đoạn thì dẫn chứng là vế đó', () => {
    const result = checkReport(
      plan2023,
      standardReport([
        para('Văn phòng đã công khai dự toán ngân sách năm 2023 trên Trang thông tin điện tử của Sở theo Thông tư số 61/2017/TT-BTC; đồng thời rà soát, sửa đổi Quy chế chi tiêu nội bộ (Quyết định số 12/QĐ-SNV); 45/45 người có nghĩa vụ đã kê khai tài sản, thu nhập lần đầu và hằng năm đúng hạn.'),
      ]),
      { unit: 'VP' },
    );
    const declaring = result.items.find((i) => i.id === 'II.3.e.1')!;
    expect(declaring.evidence[0]!.clause).toBe('45/45 người có nghĩa vụ đã kê khai tài sản, thu nhập lần đầu và hằng năm đúng hạn.');
    expect(declaring.evidence[0]!.matched).toEqual(expect.arrayContaining(['kê khai']));
  });

  test('việc làm phân biệt nhiệm vụ với nhiệm vụ liền kề được nêu trong dẫn chứng', () => {
    const result = checkReport(
      plan2023,
      standardReport([para('Thanh tra Sở đã tiến hành thanh tra việc thực hiện chuyển đổi vị trí công tác tại UBND huyện Sơn Tịnh và Sở Y tế; đã ban hành kết luận thanh tra.')]),
      { unit: 'TTr' },
    );
    expect(result.items.find((i) => i.id === 'II.3.đ.4')!.evidence[0]!.act).toBe('inspect');
  });
});

describe('phần việc của chính đơn vị: chấp hành, không phải theo dõi, kiểm tra người khác', () => {
  test('"công chức của Văn phòng chấp hành Quy tắc ứng xử, thời giờ làm việc": một câu, hai nhiệm vụ c.1 và c.2', () => {
    const result = addressed(
      standardReport([para('Công chức, người lao động của Văn phòng chấp hành nghiêm Quy tắc ứng xử của Sở, thời giờ làm việc; không có trường hợp vi phạm trong quý.')]),
      { unit: 'VP' },
    );
    expect(result).toEqual(expect.arrayContaining(['II.3.c.1', 'II.3.c.2']));
  });

  test('khi Văn phòng đi kiểm tra các phòng thì mới là c.4', () => {
    const result = addressed(
      standardReport([para('Văn phòng đã kiểm tra đột xuất 03 lần việc thực hiện Quy tắc ứng xử, thời giờ làm việc tại các phòng thuộc Sở; nhắc nhở 02 công chức đi làm muộn.')]),
      { unit: 'VP' },
    );
    expect(result).toContain('II.3.c.4');
  });
});

describe('được kiểm tra không phải là đi kiểm tra', () => {
  test('Ban được Thanh tra Sở kiểm tra chế độ, định mức: không phải nhiệm vụ II.3.b.2 của Ban; Thanh tra Sở đi kiểm tra thì phải', () => {
    const inspected = addressed(
      standardReport([
        para('Đoàn kiểm tra của Thanh tra Sở (Quyết định số 461/QĐ-SNV ngày 02/10/2023) kiểm tra việc thực hiện chế độ, định mức, tiêu chuẩn tại Ban từ ngày 16/10 đến ngày 20/10/2023; Ban đã cung cấp đầy đủ hồ sơ, chứng từ.'),
      ]),
      { unit: 'BTDKT' },
    );
    expect(inspected).not.toContain('II.3.b.2');
    const inspecting = addressed(
      standardReport([para('Thanh tra Sở đã kiểm tra việc thực hiện chế độ, định mức, tiêu chuẩn tại Ban Thi đua – Khen thưởng tỉnh từ ngày 16/10 đến ngày 20/10/2023 và ban hành kết luận kiểm tra.')]),
      { unit: 'TTr' },
    );
    expect(inspecting).toContain('II.3.b.2');
  });
});

describe('mở đầu "Thực hiện ..." chỉ là căn cứ khi sau đó là một văn bản', () => {
  const spansOf = (text: string) => {
    const normalized = normalizeForMatch(text, { expandAbbreviations: true });
    return clausesOf(tokenize(normalized, { punctuation: true }), [], { detection: false, authority: true }).flatMap((c) => c.spans.map((s) => s.kind));
  };
  test('"Thực hiện Kế hoạch số 27/KH-SVHTTDL ..., Phòng đã ..." là căn cứ; "Thực hiện 03 lượt giải trình ..." là việc đã làm', () => {
    expect(spansOf('Thực hiện Kế hoạch số 27/KH-SVHTTDL ngày 30/01/2026, Phòng đã tổ chức quán triệt đến toàn thể công chức.')).toContain('authority');
    expect(spansOf('Thực hiện 27/KH-SVHTTDL, Phòng đã tổ chức quán triệt đến toàn thể công chức.')).toContain('authority');
    expect(spansOf('- Thực hiện 03 lượt giải trình theo yêu cầu của tổ chức, cá nhân, không có khiếu nại sau giải trình.')).not.toContain('authority');
  });
});

describe('căn cứ "Thực hiện … về X": chỉ là khung, trừ phần X mà câu làm tiếp', () => {
  const framed = (text: string) => {
    const tokens = tokenize(normalizeForMatch(text, { expandAbbreviations: true }), { punctuation: true });
    return clausesOf(tokens, [], { detection: false, authority: true })
      .flatMap((c) => c.spans.filter((s) => s.kind === 'authority'))
      .map((s) => tokens.slice(s.from, s.to).map((t) => t.text).join(' '));
  };

  test('văn bản "về chuyển đổi vị trí công tác" mà câu làm tiếp việc chuyển đổi: đề tài ấy là việc của câu, không phải khung', () => {
    const spans = framed('Thực hiện Kế hoạch số 41/KH-SNV ngày 24/3/2027 của Sở về chuyển đổi vị trí công tác năm 2027, Trung tâm đã chuyển đổi 02 viên chức làm nhiệm vụ tiếp nhận hồ sơ.');
    expect(spans.join(' ')).toContain('41/kh-snv');
    expect(spans.join(' ')).not.toContain('vị trí công tác');
  });

  test('văn bản về nhiều việc: chỉ việc câu làm tiếp thoát khỏi khung; "vị trí" của "Đề án vị trí việc làm" không kéo theo việc chuyển đổi', () => {
    const spans = framed('Thực hiện Quyết định số 318/QĐ-SNV ngày 26/6/2023 của Giám đốc Sở về việc kiện toàn tổ chức bộ máy, vị trí việc làm và chuyển đổi vị trí công tác đối với các đơn vị trực thuộc, Chi cục đã hoàn thiện Đề án vị trí việc làm, trình Sở thẩm định.').join(' ');
    expect(spans).toContain('chuyển đổi vị trí công tác');
    expect(spans).toContain('kiện toàn');
    expect(spans).not.toContain('vị trí việc làm và');
  });

  test('câu không làm tiếp đề tài nào của văn bản: cả đề tài vẫn là khung', () => {
    expect(framed('Thực hiện Công văn số 455/SNV-VP ngày 01/3/2023 của Sở về việc chuyển đổi vị trí công tác, Ban đã hoàn thành thủ tục nâng bậc lương cho 04 công chức.').join(' ')).toContain('chuyển đổi vị trí công tác');
  });
});

describe('tên lớp tập huấn, hội nghị trong ngoặc kép là chủ đề đến hết ngoặc', () => {
  const topics = (text: string) => {
    const tokens = tokenize(normalizeForMatch(text, { expandAbbreviations: true }), { punctuation: true });
    return clausesOf(tokens, [], { detection: false, authority: true })
      .flatMap((c) => c.spans.filter((s) => s.kind === 'topic'))
      .map((s) => tokens.slice(s.from, s.to).map((t) => t.text).join(' '));
  };

  test('“Những điểm mới về kê khai, công khai bản kê khai tài sản, thu nhập” là tên lớp, không phải việc công khai đã làm', () => {
    const [topic] = topics('Ngày 21/4/2023, Văn phòng tổ chức hội nghị tập huấn “Những điểm mới về kê khai, công khai bản kê khai tài sản, thu nhập theo Nghị định số 130/2020/NĐ-CP” cho 64 công chức, viên chức.');
    expect(topic).toContain('công khai bản kê khai tài sản');
  });

  test('không có ngoặc kép: chủ đề vẫn dừng ở dấu phẩy trước việc tiếp theo', () => {
    const [topic] = topics('Phòng tổ chức tập huấn về kê khai tài sản, thu nhập cho công chức, phân công 01 công chức theo dõi.');
    expect(topic).toContain('kê khai tài sản');
    expect(topic).not.toContain('phân công');
  });
});

describe('phần phát hiện, xử lý: câu "không có đơn thư", "không tiếp nhận đơn" là câu sẵn', () => {
  const detectionClauses = (text: string) =>
    clausesOf(tokenize(normalizeForMatch(text, { expandAbbreviations: true }), { punctuation: true }), [], { detection: true, authority: true }).map((c) => c.spans.map((s) => s.kind));
  test('mỗi vế tự nêu đề tài của nó ("đơn thư") hoặc nói không tiếp nhận đơn tố cáo', () => {
    expect(detectionClauses('Năm 2027, Văn phòng không phát hiện hành vi tham nhũng, tiêu cực; không có đơn thư liên quan đến cán bộ Văn phòng.')).toEqual([['stock'], ['stock']]);
    expect(detectionClauses('Trong quý, Phòng không phát hiện CBCS có hành vi tham nhũng; không tiếp nhận đơn tố cáo liên quan đến tham nhũng, tiêu cực trong công tác cán bộ.')).toEqual([['stock'], ['stock']]);
  });
  test('ở phần kết quả, "không có đơn thư" vẫn là câu nói việc (không làm vì không phát sinh)', () => {
    const results = clausesOf(tokenize(normalizeForMatch('Trong kỳ không có đơn thư phản ánh, tố cáo phải giải quyết.', { expandAbbreviations: true }), { punctuation: true }), [], { detection: false, authority: true });
    expect(results.flatMap((c) => c.spans.map((s) => s.kind))).not.toContain('stock');
  });
});

describe('văn bản cấp trên mà đơn vị tiếp nhận không phải việc đơn vị đã làm', () => {
  const paragraph =
    'Trong năm, Sở tiếp nhận 27 văn bản của Trung ương, Tỉnh ủy, UBND tỉnh, Thanh tra tỉnh về PCTN, trong đó có: Công văn số 845/UBND-NC ngày 06/3/2023 của UBND tỉnh về thực hiện chuyển đổi vị trí công tác; Quyết định số 38/2023/QĐ-UBND ngày 12/5/2023 của UBND tỉnh ban hành quy định phân cấp quản lý cán bộ, công chức, viên chức.';
  test('danh sách văn bản nhận được: không có đ.2, g.2 cho Sở', () => {
    const result = addressed(standardReport([para(paragraph)]), { unit: 'SNV' });
    expect(result).not.toContain('II.3.đ.2');
    expect(result).not.toContain('II.3.g.2');
  });
  test('mọi vế sau lời dẫn "tiếp nhận ... văn bản" đều là việc của cơ quan khác; "tiếp nhận và triển khai" thì không', () => {
    const others = (text: string) => clausesOf(tokenize(normalizeForMatch(text, { expandAbbreviations: true }), { punctuation: true }), [], { detection: false, authority: true }).map((c) => c.inspection);
    expect(others(paragraph)).toEqual([true, true, true]);
    expect(others('Văn phòng đã tiếp nhận, triển khai thực hiện 05 văn bản của UBND tỉnh về kê khai tài sản, thu nhập; hướng dẫn 68 người kê khai.')).toEqual([false, false]);
  });
});

describe('dự một hội nghị, lớp tập huấn do cơ quan khác tổ chức', () => {
  const plan = parsePlanJson(readFileSync(join(__dirname, '..', 'fixtures', 'labelled', 'blind57', 'p213-plan', 'plan.json'), 'utf8'));
  const item = (text: string, unit: string) => checkReport(plan, standardReport([para(text)]), { unit }).items.find((i) => i.id === 'II.a.4')!;
  const training = (text: string, unit: string) => item(text, unit).addressed;
  test('cán bộ của Phòng Cảnh sát kinh tế dự lớp tập huấn do Phòng Tổ chức cán bộ tổ chức: bằng chứng yếu hơn hẳn so với một nhiệm vụ của đơn vị khác mà đơn vị tự làm', () => {
    const attended = 'Tháng 5/2027, lãnh đạo Phòng và 02 cán bộ tổng hợp tham dự lớp tập huấn nghiệp vụ PCTN, TC và kiểm soát tài sản, thu nhập do Phòng Tổ chức cán bộ tổ chức.';
    // The lead's score is the sentence's own; another unit's attending weighs as another body's act (0.35), not as
    // work outside its role (0.6).
    expect(item(attended, 'PC03').score).toBeLessThan(0.4 * item(attended, 'PX01').score);
  });
  test('Phòng Tổ chức cán bộ, đơn vị chủ trì, tự tổ chức lớp tập huấn: đã báo cáo', () => {
    expect(training('Tháng 5/2027, Phòng tổ chức 01 lớp tập huấn nghiệp vụ PCTN, TC và kiểm soát tài sản, thu nhập cho 85 cán bộ làm công tác tổng hợp, tổ chức cán bộ của Công an các đơn vị, địa phương.', 'PX01')).toBe(true);
  });
  test('nhiệm vụ mà nội dung chính là cử người dự tập huấn ("cử cán bộ ... tham gia đầy đủ các lớp tập huấn ... do Thanh tra tỉnh tổ chức"): việc dự là kết quả của nó', () => {
    const p88 = parsePlanJson(readFileSync(join(__dirname, '..', 'fixtures', 'labelled', 'blind33', 'p88-plan', 'plan.json'), 'utf8'));
    const roles = itemRoles(p88, null);
    expect(roles.get('II.2.3')!.attends).toBe(true);
    expect(itemRoles(plan, null).get('II.a.4')!.attends).toBe(false);
  });
  test('vế "tham dự ... do ... tổ chức" được nhận ra; "do Phòng tổ chức" (chính đơn vị) thì không', () => {
    const attended = (text: string) => clausesOf(tokenize(normalizeForMatch(text, { expandAbbreviations: true }), { punctuation: true }), [], { detection: false, authority: true }).map((c) => c.attended);
    expect(attended('Ban đã cử 100% cán bộ của Ban tham dự Hội nghị quán triệt các văn bản về công tác PCTN, TC do Ban Thường vụ Tỉnh Đoàn tổ chức ngày 20/01/2027. Sau hội nghị, Ban xây dựng lịch đăng tải tin, bài.')).toEqual([true, false]);
    expect(attended('Công chức tham dự buổi sinh hoạt chuyên đề do Phòng tổ chức ngày 14/3/2027.')).toEqual([false]);
  });
});

describe('kết quả từng nhiệm vụ ở phụ lục kèm theo báo cáo', () => {
  const appendix = [
    para('Phụ lục: KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ PCTN NĂM 2023 (Kèm theo Báo cáo số 215/BC-SNV ngày 08/12/2023 của Sở Nội vụ)'),
    ...table([
      ['TT', 'Nhiệm vụ (KH số 09/KH-SNV)', 'Đơn vị thực hiện', 'Kết quả năm 2023'],
      ['1', 'Kê khai tài sản, thu nhập', 'VP Sở, ĐVTT', '68/68 người kê khai đúng hạn, công khai bản kê khai theo quy định.'],
      ['2', 'Kiểm soát xung đột lợi ích', 'Các phòng, ĐVTT', '07 trường hợp tự báo cáo xung đột lợi ích, đã thay thế người thực hiện nhiệm vụ.'],
    ]),
  ];
  const reported = (model: DocumentModel) =>
    checkReport(plan2023, model)
      .items.filter((i) => i.addressed)
      .map((i) => i.id);

  test('phụ lục đặt sau phần kiến nghị: các dòng của bảng là kết quả', () => {
    const model = buildReport({ body: [heading('I. KẾT QUẢ THỰC HIỆN'), para('Kết quả thực hiện từng nhiệm vụ được tổng hợp tại Phụ lục kèm theo Báo cáo này.'), heading('II. KIẾN NGHỊ'), para('Đề nghị Thanh tra tỉnh tổ chức tập huấn nghiệp vụ.'), ...appendix] });
    expect(reported(model)).toEqual(expect.arrayContaining(['II.3.d.1', 'II.3.e.1']));
  });

  test('phụ lục đặt sau chữ ký và nơi nhận: vẫn là kết quả', () => {
    const model = toDocumentModel([...header(), para('Thực hiện Kế hoạch số 09/KH-SNV, Sở Nội vụ báo cáo kết quả năm 2023 như sau:'), heading('I. KẾT QUẢ THỰC HIỆN'), para('Kết quả từng nhiệm vụ tại Phụ lục kèm theo.'), ...closing(), ...appendix], { host: 'playground', name: 'test' });
    expect(reported(model)).toEqual(expect.arrayContaining(['II.3.d.1', 'II.3.e.1']));
  });

  test('"Phụ lục" chỉ là danh sách (không nêu kết quả): không mở phần kết quả', () => {
    const list = [para('Phụ lục: DANH SÁCH CÔNG CHỨC, VIÊN CHỨC CHUYỂN ĐỔI VỊ TRÍ CÔNG TÁC'), ...table([['TT', 'Họ và tên', 'Vị trí cũ', 'Vị trí mới'], ['1', 'Nguyễn Văn A', 'Kế toán', 'Tổng hợp']])];
    const model = buildReport({ body: [heading('I. KẾT QUẢ THỰC HIỆN'), para('Phòng đã quán triệt Kế hoạch đến công chức.'), heading('II. KIẾN NGHỊ'), para('Đề nghị bổ sung biên chế.'), ...list] });
    expect(reported(model)).not.toContain('II.3.đ.1');
  });
});

describe('báo cáo dẫn vị trí nhiệm vụ trong Kế hoạch thay cho tên nhiệm vụ', () => {
  test('"Nhiệm vụ tại gạch đầu dòng thứ ba điểm đ khoản 3 mục II Kế hoạch số 09/KH-SNV: …" là nhiệm vụ II.3.đ.3', () => {
    expect(citedItem('nhiệm vụ tại gạch đầu dòng thứ ba điểm đ khoản 3 mục ii kế hoạch số 09/kh-snv: phòng đã hướng dẫn')).toBe('II.3.đ.3');
    expect(citedItem('- theo mục 3 phần ii: đã thực hiện')).toBe('II.3');
    // A law's article is not the plan's place.
    expect(citedItem('thực hiện điểm a khoản 1 điều 10 luật phòng, chống tham nhũng: đã công khai')).toBeNull();
  });

  test('đoạn chỉ nói vắn tắt việc đã làm vẫn được ghi cho đúng nhiệm vụ nó dẫn', () => {
    const result = addressed(
      standardReport([para('Nhiệm vụ tại gạch đầu dòng thứ ba điểm đ khoản 3 mục II Kế hoạch số 09/KH-SNV: Phòng đã hướng dẫn bằng văn bản 05 cơ quan, đơn vị còn lúng túng; tổng hợp kết quả 6 tháng.')]),
      { unit: 'CCVC' },
    );
    expect(result).toContain('II.3.đ.3');
  });
});

describe('tiêu đề nhỏ nói về kiến nghị của người dân hay kiến nghị thanh tra là một nhiệm vụ, không phải phần kiến nghị của báo cáo', () => {
  test('"3. Tiếp nhận kiến nghị, phản ánh" trong phần kết quả vẫn là kết quả; "V. KIẾN NGHỊ" thì không', async () => {
    const { headingZone } = await import('../../src/check/zones');
    expect(headingZone('3. tiếp nhận kiến nghị, phản ánh')).toBeNull();
    expect(headingZone('b) thực hiện kết luận, kiến nghị thanh tra')).toBeNull();
    expect(headingZone('giải quyết đơn kiến nghị của công dân')).toBeNull();
    expect(headingZone('v. kiến nghị')).toBe('proposals');
    expect(headingZone('iv. đề xuất, kiến nghị')).toBe('proposals');
  });

  test('đoạn dưới tiêu đề "1. Tiếp nhận, xử lý phản ánh, kiến nghị" thuộc phần kết quả, đoạn dưới "II. KIẾN NGHỊ" thuộc phần kiến nghị', async () => {
    const { prepareDocument } = await import('../../src/check/prepare');
    const { zoneDocument } = await import('../../src/check/zones');
    const model = buildReport({
      body: [
        heading('I. KẾT QUẢ THỰC HIỆN'),
        heading('1. Tiếp nhận, xử lý phản ánh, kiến nghị'),
        para('Trong năm, Sở tiếp nhận 12 phản ánh, kiến nghị của người dân về thủ tục hành chính qua đường dây nóng; đã xử lý 12/12.'),
        heading('II. KIẾN NGHỊ'),
        para('Đề nghị Thanh tra tỉnh tổ chức tập huấn nghiệp vụ.'),
      ],
    });
    const prepared = prepareDocument(model);
    const { zones } = zoneDocument(prepared);
    const zoneOf = (start: string) => zones[prepared.paragraphs.findIndex((p) => p.paragraph.text.startsWith(start))];
    expect(zoneOf('Trong năm, Sở tiếp nhận')).toBe('results');
    expect(zoneOf('Đề nghị Thanh tra tỉnh')).toBe('proposals');
});
});

describe('bảng các cuộc thanh tra, kiểm tra của đơn vị: cột kết quả là điều cuộc thanh tra tìm thấy ở đơn vị khác', () => {
  test('"Cuộc thanh tra, kiểm tra | Đơn vị | Kết quả": kê khai tài sản của đơn vị được kiểm tra không phải nhiệm vụ kê khai của Thanh tra Sở', () => {
    const rows = [
      ['TT', 'Cuộc thanh tra, kiểm tra', 'Đơn vị', 'Kết quả'],
      ['1', 'Kiểm tra việc thực hiện chế độ, định mức, tiêu chuẩn', 'Ban Thi đua - Khen thưởng tỉnh', 'Thông báo kết luận kiểm tra số 14/TB-TTr ngày 10/11/2023: chi hội nghị, công tác phí đúng quy chế; 100% người có nghĩa vụ kê khai tài sản, thu nhập đã kê khai đúng thời hạn.'],
    ];
    const result = addressed(standardReport([para('Trong năm, Thanh tra Sở thực hiện các cuộc kiểm tra sau:'), ...table(rows)]), { unit: 'TTr' });
    expect(result).toContain('II.3.b.2');
    expect(result).not.toContain('II.3.e.1');
  });

  test('cùng bảng ấy mà tiêu đề không nói là các cuộc kiểm tra ("Nội dung | Kết quả"): kết quả là việc của chính đơn vị', () => {
    const rows = [
      ['TT', 'Nội dung', 'Kết quả'],
      ['1', 'Kê khai tài sản, thu nhập', '100% người có nghĩa vụ kê khai tài sản, thu nhập của Thanh tra Sở đã kê khai đúng thời hạn.'],
    ];
    expect(addressed(standardReport([...table(rows)]), { unit: 'TTr' })).toContain('II.3.e.1');
  });
});

describe('câu mà chủ ngữ là một đơn vị khác của kế hoạch: việc của đơn vị ấy, không phải của đơn vị báo cáo', () => {
  const declared = (subject: string, unit: string) =>
    addressed(standardReport([para(`Về kê khai tài sản, thu nhập: ${subject} đã tổ chức kê khai tài sản, thu nhập hằng năm cho 25 người có nghĩa vụ kê khai, công khai bản kê khai theo quy định.`)]), { unit });

  test('"Văn phòng Sở đã tổ chức kê khai …" trong báo cáo của Chi cục Văn thư - Lưu trữ không phải nhiệm vụ kê khai của Chi cục', () => {
    expect(declared('Văn phòng Sở', 'CCVTLT')).not.toContain('II.3.e.1');
    expect(declared('Chi cục', 'CCVTLT')).toContain('II.3.e.1');
  });

  test('"Theo báo cáo của Văn phòng Sở, …" là nhắc lại kết quả của đơn vị khác, không phải việc của người viết', () => {
    const cited = (opening: string) =>
      addressed(standardReport([para(`${opening}, 25/25 người có nghĩa vụ đã kê khai tài sản, thu nhập hằng năm, bản kê khai được công khai theo quy định.`)]), { unit: 'CCVTLT' });
    expect(cited('Theo báo cáo của Văn phòng Sở')).not.toContain('II.3.e.1');
    expect(cited('Chi cục đã hướng dẫn')).toContain('II.3.e.1');
  });

  test('trong báo cáo tổng hợp của Sở, việc của từng phòng là việc của Sở', () => {
    expect(declared('Văn phòng Sở', 'SNV')).toContain('II.3.e.1');
  });

  test('tên đơn vị không mở đầu câu, hoặc không đi trước việc nó làm, không đổi người làm', async () => {
    const { otherUnitActs } = await import('../../src/check/match/other-actor');
    const { wordsOf } = await import('../../src/check/match/clauses');
    const read = (text: string) => {
      const normalizedText = normalizeForMatch(text, { expandAbbreviations: true });
      const normalized = normalizedText.text;
      const tokens = tokenize(normalizedText, { punctuation: true });
      const at = normalized.indexOf('văn phòng sở');
      const masked: [number, number][] = at >= 0 ? [[at, at + 'văn phòng sở'.length]] : [];
      return otherUnitActs(tokens, masked, wordsOf(tokens, masked), 0, tokens.length, (name) => (name === 'văn phòng sở' ? 'other' : null));
    };
    expect(read('Văn phòng Sở đã công khai dự toán ngân sách')).toBe(true);
    expect(read('Về công khai: Văn phòng Sở đã công khai dự toán')).toBe(true);
    expect(read('Chi cục phối hợp với Văn phòng Sở công khai dự toán')).toBe(false);
    expect(read('Văn phòng Sở của cơ quan')).toBe(false);
  });
});

/** The features the matcher reads in a sentence, as a report's text gives them. */
const features = (text: string) => featuresOf(tokenize(normalizeForMatch(text), { punctuation: true }));

test('chi trả "qua chuyển khoản" là thanh toán không dùng tiền mặt, như kế hoạch viết', () => {
  expect(features('Tiền lương chi trả 100% qua chuyển khoản.').has('tiền mặt')).toBe(true);
  expect(features('Thực hiện thanh toán không dùng tiền mặt.').has('tiền mặt')).toBe(true);
  expect(features('Chuyển đổi vị trí công tác.').has('tiền mặt')).toBe(false);
});

test('"chuyển đổi 01 viên chức", "chuyển đổi 27/35 công chức" là chuyển đổi vị trí công tác; "chuyển đổi số" thì không', () => {
  expect(features('Từ ngày 01/8/2023 chuyển đổi 01 viên chức làm công tác thu thập hồ sơ sang bộ phận chỉnh lý tài liệu.').has('vị trí')).toBe(true);
  expect(features('Đến ngày 14/9/2027 đã chuyển đổi 27/35 công chức.').has('vị trí')).toBe(true);
  expect(features('Đẩy mạnh chuyển đổi số, 100% văn bản xử lý trên môi trường mạng.').has('vị trí')).toBe(false);
  expect(features('Chuyển đổi 02 phần mềm sang nền tảng mới.').has('vị trí')).toBe(false);
});

describe('điều đơn vị sẽ làm không phải kết quả; chưa làm và vì sao thì là kết quả', () => {
  test('"Chi cục sẽ tổ chức tập huấn …" giữa phần kết quả không báo cáo nhiệm vụ tuyên truyền; "đã tổ chức" thì có', () => {
    const training = (verb: string) => addressed(standardReport([para(`Trong quý IV, Chi cục ${verb} 01 lớp tập huấn, phổ biến Luật Phòng, chống tham nhũng cho 100% công chức, viên chức, người lao động.`)]), { unit: 'CCVTLT' });
    expect(training('sẽ tổ chức')).not.toContain('II.2.1');
    expect(training('dự kiến tổ chức')).not.toContain('II.2.1');
    expect(training('đã tổ chức')).toContain('II.2.1');
  });

  test('"dự kiến" xa đầu câu là tính chất của một danh từ ("số lượng thuốc dự kiến mua sắm"), không phải điều sẽ làm', async () => {
    const { clausesOf } = await import('../../src/check/match/clauses');
    const framed = (text: string) => {
      const tokens = tokenize(normalizeForMatch(text), { punctuation: true });
      return clausesOf(tokens, [], { detection: false, authority: true }).some((c) => c.spans.some((span) => span.kind === 'stock'));
    };
    expect(framed('Tham gia Hội đồng thuốc và điều trị xây dựng danh mục, số lượng thuốc dự kiến mua sắm năm 2027 làm căn cứ lập kế hoạch lựa chọn nhà thầu.')).toBe(false);
    expect(framed('Chi cục dự kiến tổ chức 01 lớp tập huấn trong quý IV.')).toBe(true);
  });

  test('câu đã làm rồi nói tiếp điều sẽ làm, hoặc chưa làm vì một lý do, vẫn là kết quả', () => {
    expect(addressed(standardReport([para('Chi cục ban hành Kế hoạch số 06/KH-CCVTLT ngày 10/3/2023 về chuyển đổi vị trí công tác năm 2023, theo đó 01 công chức văn thư sẽ được chuyển đổi trong quý II.')]), { unit: 'CCVTLT' })).toContain('II.3.đ.1');
    expect(addressed(standardReport([para('Việc chuyển đổi vị trí công tác năm 2023 chưa thực hiện vì Chi cục chỉ có 01 công chức giữ vị trí phải chuyển đổi, sẽ đề xuất Sở điều động trong quý IV.')]), { unit: 'CCVTLT' })).toContain('II.3.đ.1');
  });
});

test('tiêu đề chép nhiệm vụ của Kế hoạch mà nội dung chỉ ghi "Đang thực hiện." thì chưa báo cáo nhiệm vụ ấy', () => {
  const under = (body: string) =>
    checkReport(plan2023, buildReport({ body: [heading('II. KẾT QUẢ THỰC HIỆN'), heading('1. Chuyển đổi vị trí công tác'), para(body)] }), { unit: 'CCVTLT' })
      .items.filter((i) => i.addressed)
      .map((i) => i.id);
  expect(under('Đang thực hiện.')).not.toContain('II.3.đ.1');
  expect(under('Đang triển khai theo kế hoạch.')).not.toContain('II.3.đ.1');
  expect(under('Đã chuyển đổi 01 công chức văn thư sang vị trí tổng hợp theo Kế hoạch số 06/KH-CCVTLT.')).toContain('II.3.đ.1');
});

describe('trách nhiệm người đứng đầu', () => {
  const fixture = (set: string, plan: string) => parsePlanJson(readFileSync(join(__dirname, '..', 'fixtures', 'labelled', set, `${plan}-plan`, 'plan.json'), 'utf8'));
  test('"không có trường hợp người đứng đầu phải xem xét, xử lý trách nhiệm" ở phần phát hiện, xử lý là kết quả của nhiệm vụ xem xét trách nhiệm người đứng đầu; "không phát hiện tham nhũng" một mình thì không', () => {
    const plan = fixture('blind19', 'p36');
    const handled = (sentence: string) => {
      const model = buildReport({
        body: [
          heading('I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO'),
          para('UBND xã ban hành Kế hoạch số 09/KH-UBND ngày 12/01/2026 về công tác PCTNTC năm 2026 và tổ chức quán triệt đến toàn thể cán bộ, công chức.'),
          heading('II. KẾT QUẢ PHÁT HIỆN, XỬ LÝ THAM NHŨNG, TIÊU CỰC'),
          para(sentence),
          heading('III. PHƯƠNG HƯỚNG'),
          para('Tiếp tục thực hiện các nhiệm vụ còn lại của Kế hoạch.'),
        ],
      });
      return checkReport(plan, model, { unit: 'UBND' }).items.find((i) => i.id === '3.4')!.addressed;
    };
    expect(handled('Trong 6 tháng, không xảy ra vụ việc tham nhũng, tiêu cực tại các cơ quan, đơn vị thuộc UBND xã, do đó không có trường hợp người đứng đầu, cấp phó phải xem xét, xử lý trách nhiệm.')).toBe(true);
    expect(handled('Trong 6 tháng, UBND xã không phát hiện hành vi tham nhũng, tiêu cực; không nhận được đơn thư tố cáo liên quan đến tham nhũng.')).toBe(false);
  });

  test('trưởng phòng trực tiếp phân công, chỉ đạo và chịu trách nhiệm là kết quả của nhiệm vụ "nâng cao trách nhiệm người đứng đầu"; cùng việc do công chức làm thì không', () => {
    const plan = fixture('blind75', 'p285');
    const head = (sentence: string) => {
      const model = buildReport({ body: [heading('I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ ĐƯỢC GIAO'), para(sentence), heading('II. PHƯƠNG HƯỚNG'), para('Tiếp tục thực hiện các nhiệm vụ còn lại của Kế hoạch.')] });
      return checkReport(plan, model, { unit: 'CSDT' }).items.find((i) => i.id === 'II.2')!.addressed;
    };
    expect(head('Trưởng phòng trực tiếp phân công 03 công chức phụ trách từng chính sách, ký duyệt toàn bộ hồ sơ thẩm định trước khi trình Giám đốc Sở; 9 tháng không có công chức của Phòng vi phạm phải xử lý.')).toBe(true);
    expect(head('Phòng phân công 03 công chức phụ trách từng chính sách, thẩm định hồ sơ trước khi trình Giám đốc Sở.')).toBe(false);
  });
});

describe('đoạn "Kết quả:" sau đoạn kể cuộc thanh tra, kiểm tra đơn vị khác', () => {
  const findings = (second: string) =>
    addressed(
      standardReport([
        para('Thanh tra Sở tiến hành thanh tra việc thực hiện pháp luật về phòng, chống tham nhũng tại UBND huyện Nghĩa Hành từ ngày 12/6 đến ngày 23/6/2023 (Quyết định số 41/QĐ-TTr ngày 05/6/2023).'),
        para(second),
      ]),
      { unit: 'TTr' },
    );
  test('là điều cuộc thanh tra phát hiện ở đơn vị được thanh tra, không phải việc kê khai của Thanh tra Sở', () => {
    expect(findings('Kết quả: huyện đã ban hành kế hoạch chuyển đổi đúng hạn; 04 bản kê khai tài sản, thu nhập năm 2022 nộp chậm so với quy định; đã kiến nghị UBND huyện chấn chỉnh.')).not.toContain('II.3.e.1');
  });
  test('một đoạn kể việc của chính Thanh tra Sở ngay sau đó vẫn được tính', () => {
    expect(findings('Thanh tra Sở đã hướng dẫn 12 công chức của Thanh tra Sở kê khai tài sản, thu nhập năm 2023 đúng thời hạn và công khai bản kê khai tại cuộc họp cơ quan.')).toContain('II.3.e.1');
  });
});
