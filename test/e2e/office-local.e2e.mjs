// The air-gapped build (--env officeJs=local): the real office.js, served from the add-in's own origin.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, seriousAxeViolations } from './support.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

test('taskpane with local office.js: loads Office from its own origin and starts the app, nothing leaves the machine', async () => {
  const localUrl = process.env.E2E_OFFICE_LOCAL_URL;
  assert.ok(localUrl, 'E2E_OFFICE_LOCAL_URL is not set: run `npm run test:e2e` without --no-build once to build the local-office.js variant.');
  // Outside Office the real office.js resolves Office.onReady with no host, so the app starts (in Vietnamese).
  const session = await openPage(browser, new URL('taskpane.html?officeTimeoutMs=8000', localUrl).href);
  const { page } = session;
  try {
    await page.getByRole('tablist').waitFor({ timeout: 10_000 });
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Trợ lý báo cáo PCTN');
    await page.waitForLoadState('networkidle');
    assert.deepEqual(session.externalRequests(), []);
    const officeFiles = session.requests.filter((url) => url.includes('/office-js/')).map((url) => new URL(url).pathname);
    assert.ok(officeFiles.includes('/office-js/office.js'), `office.js requests: ${officeFiles.join(', ')}`);
    assert.deepEqual(session.pageErrors, []);
    assert.deepEqual(await seriousAxeViolations(page), []);
  } finally {
    await session.close();
  }
});
