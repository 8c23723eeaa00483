// Benchmark: the task pane's initial JavaScript (gzip) and the time until it is interactive in headless Chromium,
// for the Word task pane (with a stand-in office.js that is ready at once) and for the playground (until the
// sample report is checked). Builds production into dist/ when it is missing. Prints figures only.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from '../../test/e2e/static-server.mjs';
import { CHROMIUM_PATH, OFFICE_JS_CDN, launchBrowser } from '../../test/e2e/support.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = path.join(root, 'dist');
if (!existsSync(CHROMIUM_PATH)) {
  console.log(`Bỏ qua: không có Chromium tại ${CHROMIUM_PATH} / skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium)`);
  process.exit(0);
}
if (!existsSync(path.join(dist, 'taskpane.html'))) {
  console.log('Dựng bản sản phẩm / building production ...');
  const built = spawnSync('npx', ['webpack', '--mode', 'production'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(1);
}

const OFFICE_STUB = `window.Office = { context: { displayLanguage: 'vi-VN', requirements: { isSetSupported: function () { return true; } } },
  onReady: function () { return Promise.resolve({ host: 'Word', platform: 'PC' }); } };`;
const RUNS = 7;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const server = await startStaticServer(dist);
const browser = await launchBrowser();
try {
  async function measure(pagePath, ready) {
    const times = [];
    let scripts = [];
    for (let i = 0; i < RUNS; i += 1) {
      const context = await browser.newContext({ viewport: { width: 420, height: 800 } });
      const page = await context.newPage();
      await page.route(OFFICE_JS_CDN, (route) => route.fulfill({ contentType: 'text/javascript', body: OFFICE_STUB }));
      const loaded = [];
      page.on('response', (response) => {
        if (response.request().resourceType() === 'script' && response.url().startsWith(server.url)) loaded.push(response);
      });
      const start = performance.now();
      await page.goto(new URL(pagePath, server.url).href);
      await ready(page);
      times.push(performance.now() - start);
      if (i === 0) scripts = await Promise.all(loaded.map(async (r) => ({ name: new URL(r.url()).pathname, gzip: gzipSync(await r.body(), { level: 9 }).length })));
      await context.close();
    }
    return { times, scripts };
  }

  const pane = await measure('taskpane.html', (page) => page.getByTestId('run-check').waitFor());
  const initial = pane.scripts.reduce((sum, s) => sum + s.gzip, 0);
  console.log(`Ngăn tác vụ / task pane: JS ban đầu / initial JS ${(initial / 1024).toFixed(1)} KB gzip (mục tiêu / goal ≤ 250 KB)`);
  for (const s of pane.scripts) console.log(`  ${s.name.padEnd(34)} ${(s.gzip / 1024).toFixed(1)} KB`);
  console.log(`  sẵn sàng / interactive: trung vị / median ${median(pane.times).toFixed(0)} ms, nhanh nhất / best ${Math.min(...pane.times).toFixed(0)} ms over ${RUNS} loads (mục tiêu / goal < 1000 ms)`);

  const playground = await measure('playground.html', (page) => page.getByTestId('check-summary').waitFor({ timeout: 30000 }));
  console.log(`Trang thử nghiệm / playground: mở và kiểm tra báo cáo mẫu / load and check the sample: median ${median(playground.times).toFixed(0)} ms, best ${Math.min(...playground.times).toFixed(0)} ms`);
} finally {
  await browser.close();
  await server.close();
}
