// The playground page: the task pane without Word, beside the document region.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, saveScreenshot, seriousAxeViolations } from './support.mjs';

const TABS = {
  vi: ['Kiểm tra', 'Kế hoạch', 'Tổng hợp', 'Chèn', 'Mẫu', 'Cài đặt'],
  en: ['Check', 'Plan', 'Summary', 'Insert', 'Templates', 'Settings'],
};

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

async function openPlayground(query = '') {
  const session = await openPage(browser, `playground.html${query}`);
  await session.page.getByRole('tablist').waitFor();
  return session;
}

function selectedTab(page) {
  return page.locator('[role="tab"][aria-selected="true"]');
}

function visiblePanel(page) {
  return page.locator('[role="tabpanel"]:not([hidden])');
}

describe('playground page', () => {
  test('loads in Vietnamese with the pane and the document region, without errors', async () => {
    const session = await openPlayground();
    const { page } = session;
    try {
      assert.equal(await page.locator('html').getAttribute('lang'), 'vi');
      assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Trợ lý báo cáo PCTN');
      const documentRegion = page.getByRole('region', { name: 'Tài liệu' });
      assert.equal(await documentRegion.isVisible(), true);
      // The sample report loads into the document region at start.
      await documentRegion.getByText('BÁO CÁO', { exact: true }).waitFor();
      assert.equal(await page.getByRole('banner').count(), 1);
      assert.equal(await page.getByRole('main').count(), 1);
      assert.deepEqual(await page.getByRole('tab').allInnerTexts(), TABS.vi);
      assert.deepEqual(session.pageErrors, []);
      assert.deepEqual(session.consoleErrors, []);
      await saveScreenshot(page, 'playground-vi');
    } finally {
      await session.close();
    }
  });

  test('makes no request outside localhost and loads no office.js', async () => {
    const session = await openPlayground();
    try {
      await session.page.waitForLoadState('networkidle');
      assert.deepEqual(session.externalRequests(), []);
      assert.ok(session.requests.length > 0, 'the page itself was requested');
      assert.ok(!session.requests.some((url) => url.includes('office.js')), `office.js requested: ${session.requests.join(', ')}`);
    } finally {
      await session.close();
    }
  });

  test('the six tabs switch views by mouse', async () => {
    const session = await openPlayground();
    const { page } = session;
    try {
      assert.equal(await selectedTab(page).innerText(), 'Kiểm tra');
      for (const name of ['Kế hoạch', 'Tổng hợp', 'Chèn', 'Mẫu', 'Cài đặt', 'Kiểm tra']) {
        await page.getByRole('tab', { name }).click();
        assert.equal(await selectedTab(page).innerText(), name);
        assert.equal(await visiblePanel(page).count(), 1);
        assert.equal(await visiblePanel(page).getByRole('heading', { level: 2 }).innerText(), name);
        const labelledBy = await visiblePanel(page).getAttribute('aria-labelledby');
        assert.equal(await page.locator(`[id="${labelledBy}"]`).innerText(), name);
      }
    } finally {
      await session.close();
    }
  });

  test('the tabs are reachable and switch views by keyboard, with a visible focus', async () => {
    const session = await openPlayground();
    const { page } = session;
    try {
      // Tab from the top of the page until a tab has focus: proves the tab list is in the keyboard order.
      let focusedRole = null;
      for (let presses = 0; presses < 12 && focusedRole !== 'tab'; presses += 1) {
        await page.keyboard.press('Tab');
        focusedRole = await page.evaluate(() => document.activeElement?.getAttribute('role') ?? null);
      }
      assert.equal(focusedRole, 'tab', 'a tab is reachable with the Tab key');
      assert.equal(await page.evaluate(() => document.activeElement?.innerText), 'Kiểm tra');
      const focusRing = await page.evaluate(() => {
        const element = document.activeElement;
        const own = getComputedStyle(element);
        const after = getComputedStyle(element, '::after');
        return { outline: own.outlineStyle !== 'none' && own.outlineWidth !== '0px', after: after.borderTopStyle !== 'none' && after.borderTopWidth !== '0px' };
      });
      assert.ok(focusRing.outline || focusRing.after, `focused tab shows a focus indicator: ${JSON.stringify(focusRing)}`);
      const focusedFirst = await saveScreenshot(page, 'playground-keyboard-focus');
      assert.ok(focusedFirst.endsWith('.png'));

      await page.keyboard.press('ArrowRight');
      assert.equal(await page.evaluate(() => document.activeElement?.innerText), 'Kế hoạch');
      await page.keyboard.press('Enter');
      assert.equal(await selectedTab(page).innerText(), 'Kế hoạch');
      assert.equal(await visiblePanel(page).getByRole('heading', { level: 2 }).innerText(), 'Kế hoạch');

      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      assert.equal(await selectedTab(page).innerText(), 'Cài đặt');

      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('Space');
      assert.equal(await selectedTab(page).innerText(), 'Mẫu');
      // The compose engine loads when Templates first opens (Insert, which would load it, was only passed over).
      await visiblePanel(page).getByText(/Mẫu trình bày theo Nghị định 30\/2020\/NĐ-CP/).waitFor();
    } finally {
      await session.close();
    }
  });

  test('the language switch changes the texts and the html lang, and back', async () => {
    const session = await openPlayground();
    const { page } = session;
    try {
      await page.getByRole('tab', { name: 'Mẫu' }).click();
      await page.getByRole('radio', { name: 'English' }).check();
      assert.equal(await page.locator('html').getAttribute('lang'), 'en');
      assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'PCTN report assistant');
      assert.deepEqual(await page.getByRole('tab').allInnerTexts(), TABS.en);
      assert.equal(await selectedTab(page).innerText(), 'Templates', 'the chosen view survives the switch');
      assert.match(await visiblePanel(page).innerText(), /Templates laid out to Nghị định 30\/2020\/NĐ-CP/);
      assert.equal(await page.getByRole('region', { name: 'Document' }).isVisible(), true);
      assert.match(await page.title(), /PCTN report assistant/);
      await saveScreenshot(page, 'playground-en');

      await page.getByRole('radio', { name: 'Tiếng Việt' }).check();
      assert.equal(await page.locator('html').getAttribute('lang'), 'vi');
      assert.deepEqual(await page.getByRole('tab').allInnerTexts(), TABS.vi);
      assert.equal(await page.getByRole('region', { name: 'Tài liệu' }).isVisible(), true);
    } finally {
      await session.close();
    }
  });

  test('the language switch works by keyboard', async () => {
    const session = await openPlayground();
    const { page } = session;
    try {
      await page.getByRole('radio', { name: 'Tiếng Việt' }).focus();
      await page.keyboard.press('ArrowRight');
      assert.equal(await page.locator('html').getAttribute('lang'), 'en');
      assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'PCTN report assistant');
    } finally {
      await session.close();
    }
  });

  for (const language of ['vi', 'en']) {
    test(`axe-core finds no serious or critical violation (${language})`, async () => {
      const session = await openPlayground(language === 'en' ? '?lang=en' : '');
      const { page } = session;
      try {
        assert.equal(await page.locator('html').getAttribute('lang'), language);
        for (const name of TABS[language]) {
          await page.getByRole('tab', { name }).click();
          assert.deepEqual(await seriousAxeViolations(page), [], `view ${name}`);
        }
      } finally {
        await session.close();
      }
    });
  }
});
