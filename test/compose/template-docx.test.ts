import { readDocx } from '../../src/docx';
import { writeDocx } from '../../src/docx/write';
import { reportTemplate, unitPlanTemplate } from '../../src/compose';
import { checkReport } from '../../src/check';
import { plan2023 } from '../../src/plan';
import { taskTitleForUnit } from '../../src/compose/unit-plan-template';
import { templateUnit } from '../../src/compose/unit';
import { firstRunProps, paragraphStartingWith, paragraphsWithText, part } from './helpers';

const bytes = writeDocx(reportTemplate(plan2023, { unit: 'CCVC', period: 'Q1', year: 2023 }));
const document = part(bytes, 'word/document.xml');
const styles = part(bytes, 'word/styles.xml');

const only = (text: string): string => {
  const found = paragraphsWithText(document, text);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('mẫu báo cáo theo Nghị định 30/2020/NĐ-CP: XML của tệp .docx', () => {
  test('khổ A4 (11906 × 16838 twip), lề trên 20, dưới 20, trái 30, phải 15 mm, số trang ở lề trên trừ trang đầu', () => {
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
    expect(document).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(document).toContain('<w:titlePg/>');
    expect(part(bytes, 'word/header1.xml')).toContain(' PAGE ');
  });

  test('phông Times New Roman 14 mặc định, chữ đen', () => {
    expect(styles).toMatch(/<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"[^>]*\/><w:color w:val="000000"\/><w:sz w:val="28"\/>/);
  });

  test('cơ quan chủ quản in hoa không đậm; đơn vị ban hành in hoa, đậm, tên dài xuống dòng ở ranh giới từ; số ký hiệu cỡ 13', () => {
    const governing = firstRunProps(only('TỈNH QUẢNG NGÃI'));
    expect(firstRunProps(only('SỞ NỘI VỤ'))).not.toContain('<w:b/>');
    expect(governing).not.toContain('<w:b/>');
    expect(governing).toContain('<w:sz w:val="26"/>');
    expect(firstRunProps(only('VIÊN CHỨC'))).toContain('<w:b/>');
    const issuing = firstRunProps(only('PHÒNG CÔNG CHỨC,'));
    expect(issuing).toContain('<w:b/>');
    expect(issuing).toContain('<w:sz w:val="26"/>');
    expect(firstRunProps(only('Số: .../BC-CCVC'))).toContain('<w:sz w:val="26"/>');
  });

  test('một thang cỡ chữ 13/14: Quốc hiệu đậm cỡ 13, Tiêu ngữ đậm không nghiêng cỡ 14, địa danh và ngày nghiêng cỡ 14', () => {
    const national = firstRunProps(only('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'));
    expect(national).toContain('<w:b/>');
    expect(national).toContain('<w:sz w:val="26"/>');
    const motto = firstRunProps(only('Độc lập - Tự do - Hạnh phúc'));
    expect(motto).toContain('<w:b/>');
    expect(motto).not.toContain('<w:i/>');
    expect(motto).toContain('<w:sz w:val="28"/>');
    const date = firstRunProps(only('Quảng Ngãi, ngày ... tháng ... năm 2023'));
    expect(date).toContain('<w:i/>');
    expect(date).not.toContain('<w:b/>');
  });

  test('phần đầu là bảng hai cột không viền', () => {
    const header = document.slice(document.indexOf('<w:tbl>'), document.indexOf('</w:tbl>'));
    expect(header).toContain('<w:top w:val="nil"/>');
    expect(header).toContain('<w:insideV w:val="nil"/>');
    expect(header).not.toContain('w:val="single" w:sz="4"');
    expect(header.match(/<w:gridCol /g)).toHaveLength(2);
  });

  test('đường kẻ ngắn dưới đơn vị ban hành, dưới Tiêu ngữ và dưới trích yếu: đoạn rỗng có viền dưới, canh giữa, ngắn hơn cột', () => {
    const rules = [...document.matchAll(/<w:p><w:pPr><w:pBdr><w:bottom w:val="single"[^>]*\/><\/w:pBdr><w:spacing[^>]*\/><w:ind w:left="(\d+)" w:right="(\d+)"[^>]*\/><w:jc w:val="center"\/>/g)];
    expect(rules).toHaveLength(3);
    for (const rule of rules) expect(Number(rule[1])).toBeGreaterThan(300);
    const order = ['PHÒNG CÔNG CHỨC, VIÊN CHỨC', 'Độc lập - Tự do - Hạnh phúc', 'Kết quả công tác phòng, chống tham nhũng quý I năm 2023'].map((text) => document.indexOf(`>${text}<`));
    // Each rule follows its line of text.
    rules.forEach((rule, i) => expect(rule.index).toBeGreaterThan(order[i]!));
  });

  test('"BÁO CÁO" và trích yếu đậm, canh giữa', () => {
    for (const text of ['BÁO CÁO', 'Kết quả công tác phòng, chống tham nhũng quý I năm 2023']) {
      const paragraph = only(text);
      expect(paragraph).toContain('<w:jc w:val="center"/>');
      expect(firstRunProps(paragraph)).toContain('<w:b/>');
    }
  });

  test('"Nơi nhận:" đậm nghiêng cỡ 12, danh sách cỡ 11, dòng cuối "- Lưu: VT, CCVC."; chức vụ người ký in hoa đậm', () => {
    const label = firstRunProps(only('Nơi nhận:'));
    expect(label).toContain('<w:b/>');
    expect(label).toContain('<w:i/>');
    expect(label).toContain('<w:sz w:val="24"/>');
    expect(firstRunProps(only('- Thanh tra Sở;'))).toContain('<w:sz w:val="22"/>');
    expect(only('- Lưu: VT, CCVC.')).toBeDefined();
    expect(firstRunProps(only('TRƯỞNG PHÒNG'))).toContain('<w:b/>');
  });

  test('thân bài canh đều hai bên, thụt đầu dòng 12,7 mm, cách đoạn sau 6 pt; chỗ điền kết quả là content control có tag', () => {
    const opening = paragraphStartingWith(document, 'Thực hiện Kế hoạch số .../KH-SNV');
    expect(opening).toContain('<w:jc w:val="both"/>');
    expect(opening).toContain('<w:ind w:firstLine="720"/>');
    expect(opening).toContain('w:after="120"');
    expect(document).toMatch(/<w:sdt><w:sdtPr><w:alias w:val="Kết quả thực hiện"\/><w:tag w:val="pctn:placeholder:II\.3\.a\.2"\/>/);
  });
});

describe('mẫu báo cáo đọc lại và kiểm tra bằng pctn check', () => {
  test.each([
    ['CCVC', 'Q1'],
    ['SNV', 'Y'],
    ['VP', 'H1'],
  ] as const)('%s kỳ %s: đủ các phần, có đề mục của mọi nhiệm vụ bắt buộc, không nhiệm vụ nào được tính là đã báo cáo', (unit, period) => {
    const model = readDocx(writeDocx(reportTemplate(plan2023, { unit, period })));
    const result = checkReport(plan2023, model, { unit, period });
    expect(Object.entries(result.sections).filter(([, s]) => !s.present).map(([k]) => k)).toEqual([]);
    expect(Object.entries(result.parts).filter(([, s]) => !s.present).map(([k]) => k)).toEqual([]);
    const required = result.items.filter((item) => item.required);
    expect(required.length).toBeGreaterThan(0);
    const headings = model.paragraphs.filter((p) => p.headingSource !== null).map((p) => p.body);
    for (const item of required) {
      const title = plan2023.items.find((i) => i.id === item.id)!.title;
      expect(headings).toContain(title);
    }
    // The placeholders are read back with their text, and are not results.
    expect(model.paragraphs.filter((p) => p.text === 'Kết quả thực hiện: ...').length).toBeGreaterThanOrEqual(required.length);
    expect(required.filter((item) => item.addressed).map((item) => item.id)).toEqual([]);
    expect(result.findings.filter((f) => f.rule === 'item-missing').length).toBe(required.length);
  });
});

describe('mẫu kế hoạch của đơn vị', () => {
  const model = readDocx(writeDocx(unitPlanTemplate(plan2023, { unit: 'VP', year: 2024 })));
  const texts = model.paragraphs.map((p) => p.text);

  test('đầu văn bản KẾ HOẠCH, số ký hiệu KH-VP, trích yếu có năm và tên đơn vị', () => {
    expect(texts).toEqual(expect.arrayContaining(['VĂN PHÒNG', 'Số: .../KH-VP', 'KẾ HOẠCH', 'Công tác phòng, chống tham nhũng năm 2024 của Văn phòng Sở']));
  });

  test('ba phần I, II, III và mỗi nhiệm vụ Văn phòng chủ trì hoặc phối hợp có đề mục, đơn vị và thời gian thực hiện', () => {
    const top = model.paragraphs.filter((p) => p.level === 1 && p.headingSource).map((p) => p.text);
    expect(top).toEqual(['I. MỤC ĐÍCH, YÊU CẦU', 'II. NHIỆM VỤ, GIẢI PHÁP', 'III. TỔ CHỨC THỰC HIỆN']);
    const ofVp = plan2023.items.filter((item) => [...item.lead, ...item.support].some((id) => id === 'VP' || id === 'PCM'));
    expect(ofVp.length).toBeGreaterThan(3);
    // Titles as the unit's own ("... của Văn phòng Sở" for "... của đơn vị").
    const vp = templateUnit(plan2023, 'VP');
    for (const item of ofVp) expect(model.paragraphs.some((p) => p.headingSource && p.body === taskTitleForUnit(vp, item))).toBe(true);
    expect(texts.filter((t) => t.startsWith('+ Thời gian thực hiện:')).length).toBe(model.paragraphs.filter((p) => p.level === 3 && p.headingSource).length);
    expect(texts).toContain('+ Thời gian thực hiện: Thường xuyên.');
  });

  test('tổ chức thực hiện: gửi Sở Nội vụ qua Thanh tra Sở và Văn phòng Sở trong tháng 01', () => {
    expect(texts).toContain('2. Kế hoạch này được gửi về Sở Nội vụ (qua Thanh tra Sở và Văn phòng Sở) trước ngày 31 tháng 01 năm 2024 để theo dõi việc tổ chức, thực hiện.');
  });
});
