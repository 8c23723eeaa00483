/** Văn bản kế hoạch thực hiện và căn cứ của từng nhiệm vụ, đọc bằng bộ đọc trích dẫn. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readDocx } from '../../src/docx';
import { importPlan } from '../../src/plan/import/assemble';
import { implementedIn, referencesIn } from '../../src/plan/import/references';
import { PlanSchema } from '../../src/plan/schema';

test('mở đầu "Thực hiện Kế hoạch số 202/KH-UBND ..." là kế hoạch cấp trên được thực hiện', () => {
  const [first] = implementedIn('Thực hiện Kế hoạch số 202/KH-UBND ngày 31/12/2022 của Ủy ban nhân dân tỉnh Quảng Ngãi ban hành Kế hoạch công tác phòng, chống tham nhũng, tiêu cực năm 2023 của tỉnh Quảng Ngãi; Sở Nội vụ ban hành Kế hoạch như sau:');
  expect(first).toMatchObject({ type: 'Kế hoạch', number: '202/KH-UBND', date: '2022-12-31' });
  expect(implementedIn('Căn cứ Luật Phòng, chống tham nhũng ngày 20/11/2018;')).toEqual([]);
});

test('căn cứ của nhiệm vụ: số, ngày, cơ quan ban hành; mỗi văn bản một lần', () => {
  const refs = referencesIn('Tiếp tục thực hiện tốt Quyết định số 1847/QĐ-TTg ngày 27/12/2018 của Thủ tướng Chính phủ về Đề án văn hóa công vụ; Quyết định số 1847/QĐ-TTg nêu trên và Chỉ thị số 10/CT-TTg ngày 22/4/2019.');
  expect(refs.map((r) => `${r.type} ${r.number} ${r.date ?? ''}`)).toEqual(['Quyết định 1847/QĐ-TTg 2018-12-27', 'Chỉ thị 10/CT-TTg 2019-04-22']);
});

test('kế hoạch 2023 nhập từ văn bản: có kế hoạch được thực hiện và căn cứ của II.3.c.1, vẫn hợp lệ', () => {
  const { plan } = importPlan(readDocx(readFileSync(path.join(__dirname, '../fixtures/plans/so-noi-vu-quang-ngai-2023/plan.docx')), { name: 'plan.docx' }));
  expect(PlanSchema.safeParse(plan).success).toBe(true);
  expect(plan.meta.implements).toMatchObject({ type: 'Kế hoạch', number: '202/KH-UBND' });
  expect(plan.items.find((i) => i.id === 'II.3.c.1')!.references.map((r) => r.number)).toEqual(expect.arrayContaining(['1847/QĐ-TTg', '673/QĐ-SNV']));
});
