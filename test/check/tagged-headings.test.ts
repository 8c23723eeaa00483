/**
 * Tiêu đề nhiệm vụ do trợ lý chèn (mẫu báo cáo, "Chèn mục", dự thảo tổng hợp) mang mã nhiệm vụ: điều viết dưới nó là
 * kết quả của nhiệm vụ đó dù lời lẽ thế nào; tiêu đề chưa ai điền (ngay sau là chỗ điền) không tính.
 */
import { reportTemplate } from '../../src/compose/report-template';
import type { Block } from '../../src/compose/blocks';
import { writeDocx } from '../../src/docx/write';
import { readDocx } from '../../src/docx';
import { checkReport } from '../../src/check';
import { plan2023 } from '../../src/plan';

function filled(answers: Record<string, string>): Block[] {
  return reportTemplate(plan2023, { unit: 'CCVC', period: 'H1', year: 2023, style: 'plan' }).flatMap((block): Block[] => {
    const id = block.kind === 'placeholder' ? /^pctn:placeholder:(.+)$/.exec(block.tag)?.[1] : undefined;
    return id && answers[id] ? [{ kind: 'paragraph', runs: [{ text: answers[id]! }] }] : [block];
  });
}

test('kết quả viết dưới tiêu đề nhiệm vụ của mẫu được tính cho nhiệm vụ đó, kể cả "không phát sinh"', () => {
  const model = readDocx(writeDocx(filled({ 'II.3.đ.2': 'Trong kỳ không phát sinh nội dung này.', 'II.3.a.2': 'Đã hoàn thành, đăng tải ngày 09/3/2023.' })), { name: 'mau.docx' });
  expect(model.paragraphs.filter((p) => p.tag?.startsWith('pctn:item:')).length).toBeGreaterThan(3);
  const result = checkReport(plan2023, model);
  const status = (id: string) => result.items.find((i) => i.id === id)!;
  expect(status('II.3.đ.2')).toMatchObject({ required: true, addressed: true });
  expect(status('II.3.a.2')).toMatchObject({ required: true, addressed: true });
  expect(status('II.3.đ.2').evidence[0]).toMatchObject({ tagged: true, text: 'Trong kỳ không phát sinh nội dung này.' });
});

test('tiêu đề chưa điền (ngay sau là chỗ điền) không biến đoạn phía sau thành kết quả của nó', () => {
  const result = checkReport(plan2023, readDocx(writeDocx(filled({ 'II.3.a.2': 'Đã hoàn thành.' })), { name: 'mau.docx' }));
  const unfilled = result.items.filter((i) => i.required && i.id !== 'II.3.a.2');
  expect(unfilled.length).toBeGreaterThan(2);
  expect(unfilled.every((i) => !i.addressed)).toBe(true);
});
