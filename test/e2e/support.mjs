// Shared helpers for the browser tests (run them through `npm run test:e2e`, which builds, serves and sets E2E_BASE_URL).
import { mkdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const projectRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
export const SCREENSHOT_DIR = path.join(projectRoot, 'test-results', 'screenshots');

export function baseUrl() {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: run the browser tests with `npm run test:e2e`.');
  return url.endsWith('/') ? url : `${url}/`;
}

/** A headless Debian chromium with a fresh temporary profile (playwright creates and removes one per launch). */
export async function launchBrowser() {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}. Install it: apt-get install chromium`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Addresses that never leave the machine; data:, blob: and about: make no request at all. */
export function isLocalUrl(url) {
  const parsed = new URL(url);
  if (['data:', 'blob:', 'about:', 'chrome-error:'].includes(parsed.protocol)) return true;
  return ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
}

/**
 * Opens `pagePath` under the test server in a new context. Every request is recorded; any request that would
 * leave the machine is aborted (so nothing does), unless `routes` answers it first, and is reported by
 * `externalRequests()` so tests can assert there were none (or only the expected one).
 * `routes`: [{ url, handler(route) }] installed before navigation, for stubbing office.js.
 */
export async function openPage(browser, pagePath, { userAgent, routes = [], viewport = { width: 1100, height: 760 } } = {}) {
  const context = await browser.newContext({ userAgent, viewport, locale: 'vi-VN', serviceWorkers: 'block' });
  const requests = [];
  const pageErrors = [];
  const consoleErrors = [];
  const notFound = [];
  context.on('request', (request) => requests.push(request.url()));
  context.on('response', (response) => {
    if (response.status() === 404) notFound.push(response.url());
  });
  await context.route(
    (url) => !isLocalUrl(url.href),
    (route) => route.abort('blockedbyclient'),
  );
  for (const { url, handler } of routes) await context.route(url, handler);
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await page.goto(new URL(pagePath, baseUrl()).href);
  return {
    page,
    context,
    requests,
    pageErrors,
    consoleErrors,
    externalRequests: () => requests.filter((url) => !isLocalUrl(url)),
    /** Local addresses that answered 404 (a missing asset, a favicon). */
    notFound: () => [...notFound],
    close: () => context.close(),
  };
}

/** Runs axe-core in the page and returns the serious and critical violations, summarised for assertion messages. */
export async function seriousAxeViolations(page) {
  // Judge the page at rest: a button still fading from disabled to enabled (Fluent's colour transition) has, for a
  // moment, colours no one reads.
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined))));
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const results = await globalThis.axe.run(document, { resultTypes: ['violations'], elementRef: true });
    // Fluent's tabster inserts focusable aria-hidden "dummy" elements that only bounce focus on: a documented
    // false positive (microsoft/tabster#288). Only those nodes of that one rule are dropped.
    const isTabsterDummy = (rule, node) => rule === 'aria-hidden-focus' && node.element?.hasAttribute('data-tabster-dummy');
    return results.violations
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets: violation.nodes.filter((node) => !isTabsterDummy(violation.id, node)).map((node) => node.target.join(' ')),
      }))
      .filter((violation) => violation.targets.length > 0);
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

export async function saveScreenshot(page, name) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
