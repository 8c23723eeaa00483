/**
 * Phần nhiệm vụ chuyển các nhiệm vụ cụ thể sang Phụ lục rồi nói thêm ("Ngoài ra, … thực hiện các nội dung sau:"): các
 * nhiệm vụ viết thành câu trong phần ấy cũng là nhiệm vụ của kế hoạch, bên cạnh các dòng của bảng. Không có lời thêm ấy
 * thì phần văn xuôi chỉ tóm ý những gì Phụ lục nêu cụ thể: chỉ đọc bảng. Mục đích, yêu cầu và câu dẫn sang Phụ lục không
 * là nhiệm vụ.
 */
import { readDocx } from '../../src/docx';
import { readPlanOutline } from '../../src/plan/import/outline';
import { rawDocx } from '../docx/helpers';

const run = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (text: string) => `<w:tc><w:tcPr><w:tcW w:w="1800" w:type="dxa"/></w:tcPr>${run(text)}</w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;

function planDocx(part: string[]): Uint8Array {
  const rows = [
    tr(tc('TT'), tc('Nhiệm vụ'), tc('Bộ phận chủ trì'), tc('Bộ phận phối hợp'), tc('Thời gian')),
    tr(tc('1'), tc('CÔNG KHAI, MINH BẠCH'), tc(''), tc(''), tc('')),
    tr(tc('1.1'), tc('Công khai dự toán, quyết toán ngân sách của Trung tâm theo quy định'), tc('Tổ Kế toán'), tc('Phòng Hành chính – Tổng hợp'), tc('Thường xuyên')),
    tr(tc('1.2'), tc('Tổ chức kê khai, công khai bản kê khai tài sản, thu nhập hằng năm'), tc('Phòng Hành chính – Tổng hợp'), tc('Các phòng'), tc('Trước ngày 31/12/2027')),
  ];
  return rawDocx({
    body: [
      run('TRUNG TÂM CÔNG TÁC XÃ HỘI TỈNH'),
      run('KẾ HOẠCH'),
      run('Phòng, chống tham nhũng, tiêu cực năm 2027'),
      run('I. MỤC ĐÍCH, YÊU CẦU'),
      run('- Nâng cao nhận thức, trách nhiệm của viên chức, người lao động trong công tác phòng, chống tham nhũng, tiêu cực.'),
      run('- Kế hoạch phải phân công rõ bộ phận chủ trì, phối hợp và thời gian thực hiện.'),
      run('II. NHIỆM VỤ, GIẢI PHÁP'),
      ...part.map(run),
      run('III. TỔ CHỨC THỰC HIỆN'),
      run('1. Các phòng báo cáo kết quả thực hiện định kỳ hằng quý, gửi về Phòng Hành chính – Tổng hợp trước ngày 15 của tháng cuối quý.'),
      run('PHỤ LỤC'),
      run('DANH MỤC NHIỆM VỤ PHÒNG, CHỐNG THAM NHŨNG, TIÊU CỰC NĂM 2027'),
      `<w:tbl><w:tblPr/><w:tblGrid>${'<w:gridCol w:w="1800"/>'.repeat(5)}</w:tblGrid>${rows.join('')}</w:tbl>`,
      run(''),
    ].join(''),
  });
}

test('câu dẫn sang Phụ lục nói "Ngoài ra": các nhiệm vụ văn xuôi đứng cạnh các dòng của bảng', () => {
  const outline = readPlanOutline(
    readDocx(
      planDocx([
        'Các nhiệm vụ cụ thể về công khai, minh bạch, kiểm soát tài sản, thu nhập được phân công tại Phụ lục kèm theo Kế hoạch này. Ngoài ra, Trung tâm tập trung thực hiện các nội dung sau:',
        '1. Công tác lãnh đạo, chỉ đạo',
        '- Giám đốc Trung tâm trực tiếp lãnh đạo, chỉ đạo toàn diện công tác phòng, chống tham nhũng, tiêu cực tại đơn vị; đưa nội dung này vào giao ban hằng tháng.',
        '2. Phát huy vai trò giám sát của các đoàn thể',
        '- Ban Thanh tra nhân dân chủ trì, phối hợp với Công đoàn cơ sở xây dựng chương trình giám sát năm 2027; tổ chức giám sát hằng quý.',
      ]),
    ),
  );
  expect(outline.items.map((item) => item.id)).toEqual(['II.1.1', 'II.2.1', '1.1', '1.2']);
  expect(outline.items[0]!.text).toMatch(/^Giám đốc Trung tâm trực tiếp lãnh đạo/);
  expect(outline.headings.map((h) => h.id)).toEqual(expect.arrayContaining(['II.1', 'II.2', '1']));
});

test('câu dẫn riêng một đoạn, đoạn sau mới nói "Ngoài ra" cũng vậy', () => {
  const outline = readPlanOutline(
    readDocx(
      planDocx([
        'Nhiệm vụ cụ thể, bộ phận chủ trì, phối hợp và thời gian thực hiện được nêu tại Phụ lục kèm theo Kế hoạch này.',
        'Ngoài ra, Trung tâm thực hiện các nội dung sau:',
        '1. Ban Thanh tra nhân dân chủ trì, phối hợp với Công đoàn cơ sở xây dựng chương trình giám sát năm 2027.',
      ]),
    ),
  );
  expect(outline.items.map((item) => item.id)).toEqual(['II.1', '1.1', '1.2']);
});

test('văn xuôi chỉ tóm ý rồi dẫn sang Phụ lục: chỉ đọc bảng', () => {
  const outline = readPlanOutline(
    readDocx(
      planDocx([
        '1. Tăng cường vai trò, trách nhiệm của người đứng đầu trong lãnh đạo, chỉ đạo công tác phòng, chống tham nhũng, tiêu cực.',
        '2. Thực hiện đồng bộ các biện pháp phòng ngừa; nâng cao hiệu quả tự kiểm tra nội bộ.',
        'Nhiệm vụ cụ thể, bộ phận chủ trì, bộ phận phối hợp và thời gian thực hiện được nêu tại Phụ lục kèm theo Kế hoạch này.',
      ]),
    ),
  );
  expect(outline.items.map((item) => item.id)).toEqual(['1.1', '1.2']);
});
