// The Insert and Templates views in the playground: a citation found without accents and inserted at the cursor, a
// plan heading numbered to continue the document, a template previewed and inserted at the end without changing
// anything already there, axe-core and the screenshots.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, saveScreenshot, seriousAxeViolations } from './support.mjs';

const TODAY = '2023-03-01';
const ROMANS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

async function openPlayground() {
  const session = await openPage(browser, `playground.html?today=${TODAY}`);
  // The sample report is loaded and checked once.
  await session.page.waitForFunction(() => document.querySelector('[data-testid="check-summary"]') && !document.querySelector('[data-testid="check-progress"]'), null, {
    timeout: 15_000,
  });
  return session;
}

const documentParagraphs = (page) => page.locator('[data-paragraph-id]').evaluateAll((nodes) => nodes.map((n) => ({ id: n.dataset.paragraphId, text: n.innerText.trim(), inserted: n.dataset.inserted === 'true' })));

describe('insert view', () => {
  test('"nghi dinh 59" finds Nghị định 59/2019/NĐ-CP; "Chèn đầy đủ" puts the full citation after the paragraph the user clicked', async () => {
    const session = await openPlayground();
    const { page } = session;
    try {
      const before = await documentParagraphs(page);
      // The cursor: the user clicks the opening paragraph of the report.
      const opening = before.findIndex((p) => p.text.startsWith('Thực hiện'));
      assert.ok(opening > 0, 'the sample has an opening paragraph');
      await page.locator(`[data-paragraph-id="${before[opening].id}"]`).click();

      await page.getByRole('tab', { name: 'Chèn' }).click();
      const query = page.getByTestId('citation-query');
      for (const text of ['59/2019', 'xung dot loi ich']) {
        await query.fill(text);
        assert.ok((await page.locator('[data-registry-id]').evaluateAll((rows) => rows.map((r) => r.dataset.registryId))).includes('nd-59-2019'), `"${text}" finds NĐ 59/2019`);
      }
      await query.fill('nghi dinh 59');
      const first = page.locator('[data-registry-id]').first();
      assert.equal(await first.getAttribute('data-registry-id'), 'nd-59-2019');
      await page.getByRole('button', { name: 'Chèn đầy đủ trích dẫn 59/2019/NĐ-CP' }).click();
      await page.waitForFunction(() => document.querySelectorAll('[data-inserted="true"]').length === 1);

      const after = await documentParagraphs(page);
      const expected = 'Nghị định số 59/2019/NĐ-CP ngày 01/7/2019 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Phòng, chống tham nhũng';
      assert.equal(after[opening + 1].text, expected);
      assert.equal(after[opening + 1].inserted, true);
      assert.deepEqual(after.filter((p) => !p.inserted), before, 'nothing else changed');
      assert.match(await page.getByTestId('insert-announcement').innerText(), /^Đã chèn: Nghị định số 59\/2019\/NĐ-CP/);

      // A plan heading at level I., at the cursor: the user clicks the report's last paragraph, so the heading goes
      // there and continues the sample's Roman numbering.
      const romans = after.map((p) => /^([IVX]+)\. /.exec(p.text)?.[1]).filter(Boolean);
      const last = romans.at(-1);
      await page.locator(`[data-paragraph-id="${after.at(-1).id}"]`).click();
      await page.getByRole('tab', { name: 'Chèn' }).click();
      await page.getByTestId('heading-level').selectOption('1');
      await page.getByRole('button', { name: 'Chèn đề mục của nhiệm vụ II.3.d.1' }).click();
      await page.waitForFunction(() => document.querySelectorAll('[data-inserted="true"]').length === 3);
      const withHeading = await documentParagraphs(page);
      const inserted = withHeading.filter((p) => p.inserted).map((p) => p.text);
      const nextRoman = ROMANS[ROMANS.indexOf(last) + 1];
      assert.equal(inserted[1], `${nextRoman}. Kiểm soát xung đột lợi ích`, `after "${last}." comes "${nextRoman}."`);
      assert.equal(inserted[2], 'Kết quả thực hiện: ...');
      assert.deepEqual(withHeading.filter((p) => !p.inserted), before);

      assert.deepEqual(await seriousAxeViolations(page), []);
      await saveScreenshot(page, 'insert-view-vi');
      assert.deepEqual(session.pageErrors, []);
      assert.deepEqual(session.consoleErrors, []);
    } finally {
      await session.close();
    }
  });
});

describe('both languages', () => {
  test('English: search results and plan headings shown, every button\'s name contains its visible text (axe clean)', async () => {
    const session = await openPage(browser, `playground.html?today=${TODAY}&lang=en`);
    const { page } = session;
    try {
      await page.getByRole('tab', { name: 'Insert' }).click();
      await page.getByTestId('citation-query').fill('nghi dinh 59');
      await page.getByRole('button', { name: 'Insert full citation of 59/2019/NĐ-CP' }).waitFor();
      assert.ok(await page.getByRole('button', { name: 'Insert heading of task II.3.d.1' }).isVisible());
      assert.deepEqual(await seriousAxeViolations(page), []);
      await saveScreenshot(page, 'insert-view-en');
      await page.getByRole('tab', { name: 'Templates' }).click();
      await page.getByRole('region', { name: 'Template preview' }).waitFor();
      assert.deepEqual(await seriousAxeViolations(page), []);
      await saveScreenshot(page, 'templates-view-en');
    } finally {
      await session.close();
    }
  });
});

describe('templates view', () => {
  test('preview of the CCVC quarter I report; "Chèn vào tài liệu" adds it at the end and changes nothing already there; download offered', async () => {
    const session = await openPlayground();
    const { page } = session;
    try {
      const before = await documentParagraphs(page);
      await page.getByRole('tab', { name: 'Mẫu' }).click();
      await page.getByTestId('template-unit').selectOption('CCVC');
      await page.getByTestId('template-period').selectOption('Q1');
      const preview = page.getByRole('region', { name: 'Xem trước mẫu' });
      await preview.waitFor();
      // Long unit names break over two header lines (at a comma): compare with line breaks as spaces.
      const previewText = (await preview.innerText()).replace(/\s*\n\s*/g, ' ');
      for (const line of ['PHÒNG CÔNG CHỨC, VIÊN CHỨC', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: .../BC-CCVC', 'Kết quả công tác phòng, chống tham nhũng quý I năm 2023', 'Nơi nhận:']) {
        assert.ok(previewText.includes(line), `the preview shows "${line}"`);
      }
      assert.ok(await page.getByTestId('template-download').isVisible(), 'the playground offers the .docx download');

      await page.getByTestId('template-insert').click();
      await page.waitForFunction(() => document.querySelectorAll('[data-inserted="true"]').length > 20);
      const after = await documentParagraphs(page);
      assert.deepEqual(after.slice(0, before.length), before, 'every original paragraph is unchanged and first');
      const added = after.slice(before.length);
      assert.ok(added.every((p) => p.inserted));
      assert.ok(added.some((p) => p.text === 'Kết quả công tác phòng, chống tham nhũng quý I năm 2023'));
      assert.ok(added.some((p) => p.text === 'Kết quả thực hiện: ...'));
      assert.match(await page.getByTestId('templates-announcement').innerText(), /^Đã chèn mẫu \(\d+ đoạn\) vào cuối tài liệu\.$/);

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('template-download').click()]);
      assert.equal(download.suggestedFilename(), 'bao-cao-pctn-CCVC-Q1-2023.docx');

      assert.deepEqual(await seriousAxeViolations(page), []);
      await saveScreenshot(page, 'templates-view-vi');
      assert.deepEqual(session.pageErrors, []);
      assert.deepEqual(session.consoleErrors, []);
    } finally {
      await session.close();
    }
  });
});
