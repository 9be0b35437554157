/** Small helpers shared by the browser tests: screenshots, page problems, visible text. */
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { startE2E, type E2E } from './harness.js';

/** Screenshots go outside the repository, for a human to look at. */
export const SHOTS_DIR = '/tmp/e2e-shots';
export const PHONE = 390;
export const DESKTOP = 1366;

/** Every wait of a test is bounded well below the test timeout (60 s). */
export const WAIT_MS = 15_000;

export interface Watched {
  page: Page;
  /** Uncaught exceptions of the page. */
  pageErrors: string[];
  /** Console messages of type error. */
  consoleErrors: string[];
  /** API answers with status >= 400, as "STATUS METHOD /api/v1/path". */
  apiFailures: string[];
  /** Other failed loads (scripts, styles), e.g. when web/dist is rebuilt during the run. */
  assetFailures: string[];
}

/** A page in a fresh browser context (own cookies and localStorage), with its problems recorded. */
export async function openPage(e2e: E2E, width = DESKTOP): Promise<Watched> {
  const page = await e2e.newPage(width);
  page.setDefaultTimeout(WAIT_MS);
  page.setDefaultNavigationTimeout(WAIT_MS);
  const w: Watched = { page, pageErrors: [], consoleErrors: [], apiFailures: [], assetFailures: [] };
  page.on('pageerror', (e) => w.pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') w.consoleErrors.push(m.text());
  });
  page.on('response', (r) => {
    const url = new URL(r.url());
    if (r.status() < 400) return;
    if (url.pathname.startsWith('/api/')) w.apiFailures.push(`${r.status()} ${r.request().method()} ${url.pathname}`);
    else w.assetFailures.push(`${r.status()} ${url.pathname}`);
  });
  page.on('requestfailed', (r) => {
    const url = new URL(r.url());
    if (!url.pathname.startsWith('/api/')) w.assetFailures.push(`failed ${url.pathname}`);
  });
  return w;
}

/** Closes the page's context (each test opens its own). */
export async function closePage(w: Watched | undefined): Promise<void> {
  await w?.page.context().close();
}

/**
 * For afterEach: on failure, a screenshot of what the user saw (FAILED-<test>.png) and a hint when
 * the web build's files failed to load (another process rebuilding web/dist during the run); then closes the page.
 */
export async function finishTest(ctx: { task: { name: string; result?: { state?: string } } }, w: Watched | undefined): Promise<void> {
  if (w && ctx.task.result?.state === 'fail') {
    const name = `FAILED-${ctx.task.name.slice(0, 48).replace(/[^\p{L}\p{N}]+/gu, '-')}`;
    await shot(w.page, name).catch(() => undefined);
    if (w.assetFailures.length) console.warn(`web assets failed to load (web/dist rebuilt during the run?): ${w.assetFailures.join(', ')}`);
  }
  await closePage(w);
}

/** The user-visible text of a locator, whitespace collapsed. */
export async function textOf(locator: Locator): Promise<string> {
  return ((await locator.innerText()) ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits until the locator is visible. */
export async function visible(locator: Locator): Promise<Locator> {
  await locator.waitFor({ state: 'visible' });
  return locator;
}

/** Page width beyond the viewport (0 when nothing overflows horizontally). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const el = document.scrollingElement ?? document.documentElement;
    return el.scrollWidth - window.innerWidth;
  });
}

/** Lets the page settle: no pending network, then two animation frames (antd transitions start on frames). */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: WAIT_MS }).catch(() => undefined);
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
}

/**
 * After a viewport change: waits (bounded) until the charts have followed their containers' width,
 * which echarts does asynchronously, so a screenshot does not catch a half-resized page.
 */
export async function afterResize(page: Page): Promise<void> {
  await page
    .waitForFunction(
      () =>
        [...document.querySelectorAll('.echarts-for-react')].every((box) => {
          const canvas = box.querySelector('canvas');
          return !canvas || Math.abs(canvas.getBoundingClientRect().width - box.getBoundingClientRect().width) <= 2;
        }),
      null,
      { timeout: 5_000, polling: 100 },
    )
    .catch(() => undefined);
  await settle(page);
}

/** Full-page screenshot named `<name>-<width>.png`. */
export async function shot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  const width = page.viewportSize()?.width ?? 0;
  const file = path.join(SHOTS_DIR, `${name}-${width}.png`);
  await settle(page);
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  return file;
}

/**
 * Screenshots of the current screen at 1366 and 390 px; the viewport is restored afterwards.
 * At 390 px the page must not scroll sideways (the returned overflow is asserted by callers).
 */
export async function shotBoth(page: Page, name: string): Promise<{ phoneOverflow: number }> {
  const before = page.viewportSize() ?? { width: DESKTOP, height: 900 };
  await page.setViewportSize({ width: DESKTOP, height: 900 });
  await afterResize(page);
  await shot(page, name);
  await page.setViewportSize({ width: PHONE, height: 844 });
  await afterResize(page);
  await shot(page, name);
  const phoneOverflow = await horizontalOverflow(page);
  await page.setViewportSize(before);
  await afterResize(page);
  return { phoneOverflow };
}

/**
 * One server and browser per test file, started in beforeAll; `open` gives each test a fresh page
 * whose problems and failure screenshot are handled after the test.
 */
export function useE2E(): { env: () => E2E; open: (width?: number) => Promise<Watched> } {
  let e2e: E2E | undefined;
  let current: Watched | undefined;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });
  afterEach(async (ctx) => {
    await finishTest(ctx, current);
    current = undefined;
  });
  const env = (): E2E => {
    if (!e2e) throw new Error('startE2E() failed: see the beforeAll error');
    return e2e;
  };
  return { env, open: async (width) => (current = await openPage(env(), width)) };
}

/** Chooses an option of a Select by its text; retried, because a click during the dropdown's opening animation can be lost under load. */
export async function pickOption(page: Page, testId: string, label: string): Promise<void> {
  const select = page.getByTestId(testId);
  const dropdown = page.locator('.ant-select-dropdown').filter({ visible: true });
  await expect.poll(async () => {
    if (!(await textOf(select)).includes(label)) {
      await select.click();
      const option = dropdown.locator('.ant-select-item-option').filter({ hasText: label }).first();
      await option.waitFor({ state: 'visible', timeout: 5_000 }).catch(() => undefined);
      await option.click({ timeout: 5_000 }).catch(() => undefined);
    }
    return textOf(select);
  }, { timeout: WAIT_MS }).toContain(label);
}

/**
 * Clicks OK on the confirmation dialog (or the given OK button of a dialog) until it closes: a click
 * during the dialog's opening animation can be lost under load.
 */
export async function confirmDialog(page: Page, button?: Locator): Promise<void> {
  const ok = (button ?? page.locator('.ant-modal-confirm-btns .ant-btn-primary')).filter({ visible: true });
  await ok.first().waitFor({ state: 'visible' });
  await expect.poll(async () => {
    if (await ok.count()) await ok.first().click({ timeout: 2_000 }).catch(() => undefined);
    return ok.count();
  }, { timeout: WAIT_MS }).toBe(0);
}
