/** The public portal as a citizen uses it: without JavaScript, on a phone, with larger text. */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { DESKTOP, horizontalOverflow, PHONE, shot, SHOTS_DIR, textOf, useE2E, WAIT_MS } from './support.js';

const { env } = useE2E();
let context: BrowserContext | undefined;

afterEach(async () => {
  await context?.close();
  context = undefined;
});

/** A citizen's browser with JavaScript switched off. */
async function citizen(width = DESKTOP, javaScriptEnabled = false): Promise<Page> {
  context = await env().browser.newContext({ viewport: { width, height: 900 }, locale: 'vi-VN', javaScriptEnabled });
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT_MS);
  return page;
}

/** Screenshot of a page without JavaScript (the shared helper waits on animation frames, which need scripts). */
async function plainShot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS_DIR, `${name}-${page.viewportSize()?.width ?? 0}.png`), fullPage: true });
}

/** Horizontal overflow measured in a scripted twin of the page (the no-JS page cannot run the measurement). */
async function overflowAt(url: string, width: number): Promise<number> {
  const ctx = await env().browser.newContext({ viewport: { width, height: 900 }, locale: 'vi-VN' });
  try {
    const page = await ctx.newPage();
    await page.goto(url);
    return await horizontalOverflow(page);
  } finally {
    await ctx.close();
  }
}

describe('public portal', () => {
  it('works without JavaScript: the date line, the movement, its theme, targets, news, models, the registry form', async () => {
    const page = await citizen();
    const scripts: string[] = [];
    page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
    await page.goto(`${env().baseUrl}/`);
    expect(await textOf(page.getByTestId('portal-date'))).toMatch(/^(Thứ [2-7]|Chủ nhật), Ngày \d{2}\/\d{2}\/\d{4}$/);
    expect(await textOf(page.getByTestId('home-movement'))).toBe('Phong trào thi đua yêu nước năm 2024');
    expect(await textOf(page.locator('main'))).toContain('Chủ đề: “Đoàn kết - Trách nhiệm - Chủ động vượt khó');
    expect(await textOf(page.getByTestId('home-targets'))).toMatch(/Đã đạt: \d+/);
    expect(await textOf(page.getByTestId('news-list'))).toContain('Phát động Phong trào thi đua yêu nước năm 2024');
    expect(await page.getByRole('banner').count()).toBe(1);
    expect(await page.getByRole('navigation', { name: 'Chuyên mục' }).count()).toBe(1);
    expect(await page.getByRole('main').count()).toBe(1);
    expect(await page.getByRole('contentinfo').count()).toBe(1);
    expect(scripts).toEqual([]);
    await plainShot(page, 'portal-home');

    await page.getByRole('link', { name: 'Phát động Phong trào thi đua yêu nước năm 2024' }).first().click();
    expect(await textOf(page.getByTestId('news-posted'))).toBe('Ngày đăng: 08/02/2024 16:04');
    expect(await textOf(page.getByTestId('news-source'))).toBe('Cổng TTĐT tỉnh');
    await plainShot(page, 'portal-news');
    await page.getByRole('link', { name: 'Chỉ tiết văn bản, xem tại đây!' }).click();
    expect(await textOf(page.getByTestId('document-title'))).toBe('Chỉ thị số 08/CT-UBND ngày 06/02/2024');

    await page.goto(`${env().baseUrl}/phong-trao/PTTD-2024`);
    await page.getByTestId('directive-link').click();
    expect(await textOf(page.getByTestId('document-title'))).toBe('Chỉ thị số 08/CT-UBND ngày 06/02/2024');
    await page.goto(`${env().baseUrl}/chi-tieu-thi-dua/2024`);
    expect(await page.locator('[data-testid^="target-CT"]').count()).toBe(14);
    await plainShot(page, 'portal-targets');
  });

  it('changes the text size with links; the choice persists from page to page', async () => {
    const page = await citizen();
    await page.goto(`${env().baseUrl}/tin-tuc`);
    await page.getByRole('group', { name: 'Cỡ chữ' }).first().getByRole('link', { name: 'Rất lớn' }).click();
    await page.waitForURL((u) => u.pathname === '/tin-tuc');
    expect(await page.locator('html').getAttribute('class')).toBe('size-rat-lon');
    await page.getByRole('link', { name: 'Điển hình tiên tiến' }).first().click();
    expect(await page.locator('html').getAttribute('class')).toBe('size-rat-lon');
    expect(await page.getByRole('group', { name: 'Cỡ chữ' }).first().getByRole('link', { name: 'Rất lớn' }).getAttribute('aria-current')).toBe('true');
    await page.getByRole('group', { name: 'Cỡ chữ' }).first().getByRole('link', { name: 'Mặc định' }).click();
    expect(await page.locator('html').getAttribute('class')).toBe('size-mac-dinh');
    // Measured with scripts on (computed styles need them): the larger size really is larger.
    const js = await citizen(DESKTOP, true);
    await js.goto(`${env().baseUrl}/tin-tuc`);
    const normal = await js.locator('h1').evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    await js.getByRole('group', { name: 'Cỡ chữ' }).first().getByRole('link', { name: 'Lớn', exact: true }).click();
    await expect.poll(() => js.locator('h1').evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThan(normal * 1.15);
    await shot(js, 'portal-large-text');
  });

  it('finds an award by a name typed without diacritics, showing only published facts', async () => {
    const page = await citizen(PHONE);
    await page.goto(`${env().baseUrl}/`);
    await page.getByRole('link', { name: 'Tra cứu khen thưởng' }).first().click();
    await page.getByTestId('registry-q').fill('dang van duc');
    await page.getByTestId('registry-submit').click();
    const results = await textOf(page.getByTestId('registry-results'));
    expect(results).toContain('Đặng Văn Đức');
    expect(results).toContain('Quyết định số 163/QĐ-UBND ngày 25/01/2024');
    expect(results).not.toContain('1975');
    expect(await overflowAt(page.url(), PHONE)).toBeLessThanOrEqual(1);
    await plainShot(page, 'portal-registry');
  });

  it('reads an exemplary model, on a phone', async () => {
    const page = await citizen(PHONE);
    await page.goto(`${env().baseUrl}/dien-hinh`);
    await page.getByRole('link', { name: 'Bác sĩ A Thút: tận tụy với đồng bào vùng sâu, vùng xa' }).click();
    expect(await textOf(page.getByTestId('practice-title'))).toBe('Bác sĩ A Thút: tận tụy với đồng bào vùng sâu, vùng xa');
    expect(await textOf(page.getByTestId('practice-content'))).toContain('tổ y tế lưu động');
    expect(await textOf(page.locator('main'))).toContain('Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh năm 2023');
    expect(await overflowAt(page.url(), PHONE)).toBeLessThanOrEqual(1);
    await plainShot(page, 'portal-model');
    await page.goto(`${env().baseUrl}/dien-hinh`);
    await plainShot(page, 'portal-models');
    await page.goto(`${env().baseUrl}/`);
    expect(await overflowAt(page.url(), PHONE)).toBeLessThanOrEqual(1);
    await plainShot(page, 'portal-home');
  });

  it('a citizen without JavaScript reads an open disclosure list on a phone and sends a feedback', async () => {
    const page = await citizen(PHONE);
    await page.goto(`${env().baseUrl}/`);
    await page.getByRole('link', { name: 'Công khai khen thưởng' }).first().click();
    const open = page.getByTestId('disclosures-open');
    expect(await textOf(open)).toMatch(/Từ ngày \d{2}\/\d{2}\/\d{4} đến hết ngày \d{2}\/\d{2}\/\d{4} \(10 ngày làm việc\)/);
    await plainShot(page, 'portal-disclosures');
    await open.getByRole('link', { name: /Sở Kế hoạch và Đầu tư/ }).click();
    const nominees = await textOf(page.getByTestId('nominees'));
    expect(nominees).toContain('Đặng Văn Đức');
    expect(nominees).not.toContain('1975');
    // Sent with a field left empty: the form comes back naming it, with what was typed kept.
    await page.getByLabel('Họ và tên').fill('Võ Thị Mai');
    await page.getByLabel('Nội dung góp ý').fill('Đề nghị bổ sung kết quả giải ngân của từng dự án.');
    await page.getByTestId('feedback-submit').click();
    expect(await textOf(page.getByTestId('feedback-errors'))).toContain('Điện thoại, thư điện tử hoặc địa chỉ');
    expect(await page.getByLabel('Họ và tên').inputValue()).toBe('Võ Thị Mai');
    expect(await overflowAt(page.url(), PHONE)).toBeLessThanOrEqual(1);
    await plainShot(page, 'portal-disclosure-errors');
    await page.getByLabel('Điện thoại, thư điện tử hoặc địa chỉ').fill('0260 3 862 000');
    await page.getByTestId('feedback-submit').click();
    expect(await textOf(page.getByTestId('feedback-sent'))).toContain('đã được ghi nhận');
    await plainShot(page, 'portal-disclosure-sent');
  });

  it('loads the first page in under 100 KB and under 1 s', async () => {
    // The reader's first visit, not the server's first request since it started: warm the server once.
    await fetch(`${env().baseUrl}/`);
    const page = await citizen(PHONE, true);
    // A renderer already started (as on a phone whose browser is open): another page of the site first.
    // The home page shares nothing cacheable with it (no stylesheet, script or font to reuse).
    await page.goto(`${env().baseUrl}/tin-tuc`);
    let bytes = 0;
    page.on('response', async (r) => { bytes += (await r.body().catch(() => Buffer.alloc(0))).length; });
    await page.goto(`${env().baseUrl}/`, { waitUntil: 'load' });
    const nav = await page.evaluate(() => {
      const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      return {
        transfer: n.transferSize + resources.reduce((s, r) => s + r.transferSize, 0), load: n.loadEventEnd - n.startTime,
        scripts: resources.filter((r) => r.initiatorType === 'script').map((r) => r.name),
      };
    });
    // No script at all (the portal works without JavaScript). The resource count is not asserted: under load
    // Chromium sometimes lists one more entry of its own, which made an exact count flaky.
    expect(nav.scripts).toEqual([]);
    expect(nav.transfer).toBeLessThan(100 * 1024);
    expect(bytes).toBeLessThan(100 * 1024);
    expect(nav.load, `load event after ${nav.load} ms`).toBeLessThan(1000);
  });
});
