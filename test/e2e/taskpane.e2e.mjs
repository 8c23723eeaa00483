// The task pane page outside Word: office.js blocked, office.js stubbed, and the old Internet Explorer webview.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { launchBrowser, OFFICE_JS_CDN, openPage, saveScreenshot, seriousAxeViolations } from './support.mjs';

const INITIAL_JS_BUDGET_GZIP = 250 * 1024;
const TRIDENT_UA = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko';
// Word 2019 and volume-licensed Office up to 2019 on Windows 10 show add-ins in Edge Legacy (EdgeHTML).
const EDGE_LEGACY_UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; WebView/3.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** A stand-in for office.js, served in place of the CDN file, that counts Office.onReady registrations. */
function officeStub({ resolves, displayLanguage = 'vi-VN' }) {
  const onReady = resolves
    ? `return Promise.resolve({ host: 'Word', platform: 'PC' });`
    : `return new Promise(function () {});`;
  return `window.__onReadyCalls = 0;
window.Office = {
  context: { displayLanguage: ${JSON.stringify(displayLanguage)} },
  onReady: function () { window.__onReadyCalls += 1; ${onReady} }
};`;
}

function serveOfficeStub(options) {
  return [{ url: OFFICE_JS_CDN, handler: (route) => route.fulfill({ contentType: 'text/javascript', body: officeStub(options) }) }];
}

const unavailableMessage = (page) => page.locator('#office-unavailable-message');

describe('task pane page', () => {
  test('office.js blocked: shows the bilingual "cannot reach Office" message, nothing leaves the machine', async () => {
    const session = await openPage(browser, 'taskpane.html?officeTimeoutMs=1000');
    const { page } = session;
    try {
      await unavailableMessage(page).waitFor({ timeout: 5000 });
      assert.equal(await unavailableMessage(page).getAttribute('role'), 'alert');
      assert.equal(await unavailableMessage(page).getAttribute('data-reason'), 'not-loaded');
      const text = await unavailableMessage(page).innerText();
      assert.match(text, /Không kết nối được với Word/);
      assert.match(text, /Cannot reach Office/);
      assert.match(text, /appsforoffice\.microsoft\.com/);
      // The only request for another host is office.js from Microsoft's CDN, and the test aborted it.
      assert.deepEqual(session.externalRequests(), [OFFICE_JS_CDN]);
      assert.deepEqual(await seriousAxeViolations(page), []);
      await saveScreenshot(page, 'taskpane-office-unavailable');
    } finally {
      await session.close();
    }
  });

  test('Office.onReady never resolves: the message appears after the configured timeout', async () => {
    const session = await openPage(browser, 'taskpane.html?officeTimeoutMs=600', { routes: serveOfficeStub({ resolves: false }) });
    const { page } = session;
    try {
      const started = Date.now();
      await unavailableMessage(page).waitFor({ timeout: 5000 });
      const elapsed = Date.now() - started;
      assert.equal(await unavailableMessage(page).getAttribute('data-reason'), 'timeout');
      assert.match(await unavailableMessage(page).innerText(), /0\.6 giây[\s\S]*0\.6 seconds/);
      assert.ok(elapsed < 4000, `message shown after ${elapsed} ms`);
      assert.equal(await page.evaluate(() => window.__onReadyCalls), 1);
      assert.deepEqual(await seriousAxeViolations(page), []);
    } finally {
      await session.close();
    }
  });

  test('Office ready in English: the app renders in English, onReady registered once, initial JS within budget', async () => {
    const session = await openPage(browser, 'taskpane.html', { routes: serveOfficeStub({ resolves: true, displayLanguage: 'en-US' }) });
    const { page } = session;
    const scripts = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script' && response.url().startsWith(new URL(page.url()).origin)) scripts.push(response);
    });
    try {
      await page.reload();
      await page.getByRole('tablist').waitFor();
      assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'PCTN report assistant');
      assert.equal(await page.locator('html').getAttribute('lang'), 'en');
      assert.deepEqual(await page.getByRole('tab').allInnerTexts(), ['Check', 'Plan', 'Summary', 'Insert', 'Templates', 'Settings']);
      assert.equal(await page.evaluate(() => window.__onReadyCalls), 1);
      assert.deepEqual(session.pageErrors, []);
      assert.deepEqual(await seriousAxeViolations(page), []);
      await saveScreenshot(page, 'taskpane-en');

      let total = 0;
      const sizes = [];
      for (const response of scripts) {
        const gzip = gzipSync(await response.body(), { level: 9 }).length;
        total += gzip;
        sizes.push(`${new URL(response.url()).pathname} ${(gzip / 1024).toFixed(1)} KB`);
      }
      assert.ok(scripts.length >= 2, `bundles loaded: ${sizes.join(', ')}`);
      console.log(`task pane initial JS (gzip): ${(total / 1024).toFixed(1)} KB = ${sizes.join(' + ')}`);
      assert.ok(total <= INITIAL_JS_BUDGET_GZIP, `initial JS ${(total / 1024).toFixed(1)} KB gzip exceeds 250 KB`);
    } finally {
      await session.close();
    }
  });

  test('Office ready in Vietnamese: the app renders in Vietnamese', async () => {
    const session = await openPage(browser, 'taskpane.html', { routes: serveOfficeStub({ resolves: true, displayLanguage: 'vi-VN' }) });
    const { page } = session;
    try {
      await page.getByRole('tablist').waitFor();
      assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Trợ lý báo cáo PCTN');
      assert.equal(await page.locator('html').getAttribute('lang'), 'vi');
      await page.getByRole('tab', { name: 'Cài đặt' }).click();
      assert.match(await page.locator('[role="tabpanel"]:not([hidden])').innerText(), /chọn kế hoạch/);
      assert.deepEqual(await seriousAxeViolations(page), []);
      await saveScreenshot(page, 'taskpane-vi');
    } finally {
      await session.close();
    }
  });

  for (const [name, userAgent, engine] of [['Internet Explorer', TRIDENT_UA, 'Internet Explorer'], ['Edge Legacy', EDGE_LEGACY_UA, 'EdgeHTML']]) {
    test(`the old ${name} webview gets the upgrade message, the address of the browser page, and no bundle is requested`, async () => {
      const session = await openPage(browser, 'taskpane.html', { userAgent, routes: serveOfficeStub({ resolves: true }) });
      const { page } = session;
      try {
        const message = page.locator('#legacy-webview-message');
        await message.waitFor({ timeout: 5000 });
        const text = await message.innerText();
        assert.match(text, /Trợ lý báo cáo PCTN cần Word 2021, Microsoft 365 hoặc Word trên web/);
        assert.match(text, /needs Word 2021, Microsoft 365 or Word on the web/);
        assert.ok(text.includes(engine), `the message names ${engine}`);
        const links = await message.locator('a').evaluateAll((as) => as.map((a) => a.href));
        assert.equal(links.length, 2);
        for (const href of links) assert.match(href, /\/playground\.html$/);
        await page.waitForLoadState('networkidle');
        const bundles = session.requests.filter((url) => /\.js$/.test(url) && url !== OFFICE_JS_CDN);
        assert.deepEqual(bundles, []);
        assert.equal(await page.getByRole('tablist').count(), 0);
        assert.deepEqual(await seriousAxeViolations(page), []);
        if (name === 'Internet Explorer') await saveScreenshot(page, 'taskpane-legacy-webview');
      } finally {
        await session.close();
      }
    });
  }
});
