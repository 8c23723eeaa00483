// The pane at Word's task-pane widths (320 px and up): no view scrolls sideways and nothing runs past the edge.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage } from './support.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** Elements of the pane whose right edge passes the pane's, or a pane that scrolls sideways. */
async function overflow(page) {
  return page.evaluate(() => {
    const pane = document.querySelector('[data-testid="pane"]');
    const edge = pane.getBoundingClientRect().right;
    const out = [];
    if (pane.scrollWidth > pane.clientWidth + 1) out.push(`pane scrolls sideways: ${pane.scrollWidth} > ${pane.clientWidth}`);
    for (const element of pane.querySelectorAll('*')) {
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      if (getComputedStyle(element).visibility === 'hidden') continue;
      if (rect.right > edge + 1) out.push(`${element.tagName.toLowerCase()}${element.getAttribute('data-testid') ? `[${element.getAttribute('data-testid')}]` : ''} "${(element.textContent ?? '').trim().slice(0, 40)}" ends at ${Math.round(rect.right)} > ${Math.round(edge)}`);
    }
    return out.slice(0, 10);
  });
}

for (const width of [320, 350]) {
  for (const lang of ['vi', 'en']) {
    describe(`pane at ${width} px (${lang})`, () => {
      test('every view fits: no sideways scroll, nothing past the edge', async () => {
        const session = await openPage(browser, `playground.html?today=2023-03-01&pane=${width}&lang=${lang}`, { viewport: { width: 1000, height: 800 } });
        const { page } = session;
        try {
          await page.waitForFunction(() => document.querySelector('[data-testid="check-summary"]') && !document.querySelector('[data-testid="check-progress"]'), null, { timeout: 15_000 });
          const tabs = await page.getByRole('tab').all();
          assert.ok(tabs.length >= 4, 'the pane has its views');
          for (let i = 0; i < tabs.length; i += 1) {
            await page.getByRole('tab').nth(i).click();
            // Open what a view can open: every accordion group of the check view.
            const collapsed = page.locator('.fui-AccordionHeader__button[aria-expanded="false"]');
            for (let n = 0; n < 10 && (await collapsed.count()) > 0; n += 1) await collapsed.first().click();
            const problems = await overflow(page);
            assert.deepEqual(problems, [], `view ${i + 1} (${await page.getByRole('tab').nth(i).innerText()})`);
          }
        } finally {
          await session.close();
        }
      });
    });
  }
}
