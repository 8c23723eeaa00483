// The reviewer's actions in the playground: comments at every missing task's place, the coverage table copied for a
// review memo and inserted into the document; nothing of the report's own text changes.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, saveScreenshot, seriousAxeViolations } from './support.mjs';
import { checkFile, loadEngine } from './engine.mjs';

const TODAY = '2023-03-01';
const SAMPLE = 'w3-01';

let browser;
let engine;
before(async () => {
  [browser, engine] = await Promise.all([launchBrowser(), loadEngine()]);
});
after(async () => {
  await browser?.close();
});

async function openChecked() {
  const session = await openPage(browser, `playground.html?today=${TODAY}`);
  await session.page.waitForFunction(
    () => document.querySelector('[data-testid="check-summary"]') && !document.querySelector('[data-testid="check-progress"]'),
    null,
    { timeout: 15_000 },
  );
  return session;
}

const documentTexts = (page) => page.locator('[data-paragraph-id]:not([data-inserted])').allInnerTexts();

describe('reviewer actions (Thanh tra Sở)', () => {
  test('"Ghi nhận xét" adds one comment per missing required task or part, and changes no text', async () => {
    const session = await openChecked();
    const { page } = session;
    try {
      const { result } = checkFile(engine, SAMPLE, { today: TODAY });
      const expected = result.findings.filter((f) => f.severity === 'error' && (f.rule === 'item-missing' || f.rule === 'section-missing'));
      assert.ok(expected.length > 0);
      const before = await documentTexts(page);
      await page.getByRole('button', { name: 'Ghi nhận xét' }).click();
      await page.getByText(`Đã ghi ${expected.length} nhận xét vào tài liệu.`).waitFor();
      const comments = await page.locator('aside p').allInnerTexts();
      for (const finding of expected.filter((f) => f.locator)) {
        assert.ok(comments.includes(`Thanh tra Sở: ${finding.message.vi}`), `comment for ${finding.id}`);
      }
      assert.deepEqual(await documentTexts(page), before);
      assert.deepEqual(session.externalRequests(), []);
      assert.deepEqual(await seriousAxeViolations(page), []);
      await saveScreenshot(page, 'review-comments-vi');
    } finally {
      await session.close();
    }
  });

  test('"Sao chép kết quả" puts the coverage table on the clipboard; "Chèn bảng tổng hợp" inserts it as a table', async () => {
    const session = await openChecked();
    const { page, context } = session;
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
      await page.getByRole('button', { name: 'Sao chép kết quả' }).click();
      await page.getByText('Đã sao chép bảng tổng hợp').waitFor();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      const lines = copied.split('\n').slice(0, -1);
      assert.equal(lines[0], 'Mã\tNhiệm vụ\tBắt buộc\tTình trạng\tDẫn chứng');
      assert.equal(lines.length, 27);
      const { result } = checkFile(engine, SAMPLE, { today: TODAY });
      const missing = result.items.filter((i) => i.required && !i.addressed).map((i) => i.id);
      for (const id of missing) assert.ok(lines.some((line) => line.startsWith(`${id}\t`) && line.includes('\tCòn thiếu\t')), `${id} is missing in the table`);

      const before = await documentTexts(page);
      await page.getByRole('button', { name: 'Chèn bảng tổng hợp' }).click();
      await page.getByText('Đã chèn bảng tổng hợp sau vị trí con trỏ.').waitFor();
      const inserted = await page.locator('[data-inserted="true"]').allInnerTexts();
      assert.equal(inserted[0].trim(), 'Bảng tổng hợp kết quả rà soát báo cáo');
      assert.ok(inserted.includes('Dẫn chứng'), 'the header row is there');
      assert.deepEqual(await documentTexts(page), before, 'no paragraph of the report changed');
      await saveScreenshot(page, 'review-table-vi');
    } finally {
      await session.close();
    }
  });
});
