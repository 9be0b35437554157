/** The public page of a year's key targets: no login, readable on a phone, Vietnamese number format. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { horizontalOverflow, useE2E, PHONE, settle, shot, textOf, visible, type Watched } from './support.js';

let w: Watched | undefined;

const { env, open } = useE2E();

/** Top-level cards (CT01…CT14); sub-indicators such as CT07.1 sit inside their parent's card. */
const topLevelCodes = (page: Page) =>
  page.locator('[data-testid^="indicator-CT"]').evaluateAll((els) =>
    els.map((e) => e.getAttribute('data-testid')?.replace('indicator-', '') ?? '').filter((c) => /^CT\d+$/.test(c)),
  );

async function openPublic(width?: number): Promise<Watched> {
  w = await open(width);
  await w.page.goto(`${env().baseUrl}/chi-tieu/2024`);
  await visible(w.page.getByTestId('public-title'));
  await visible(w.page.getByTestId('status-CT14'));
  return w;
}

describe('public dashboard /chi-tieu/2024', () => {
  it('serves the public portal at the site root and the web app under /app', async () => {
    const res = await fetch(`${env().baseUrl}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toContain('<main id="noi-dung"');
    const spa = await fetch(`${env().baseUrl}/app`);
    expect(spa.status).toBe(200);
    expect(await spa.text()).toContain('<div id="root">');
  });

  it('renders without login: title, 14 cards with status tags and the Directive\'s target phrases', async () => {
    const { page, apiFailures, consoleErrors, pageErrors } = await openPublic();
    expect(new URL(page.url()).pathname).toBe('/chi-tieu/2024');
    expect(await textOf(page.getByTestId('public-title'))).toContain('Chỉ tiêu thi đua chủ yếu năm 2024');
    expect(await textOf(page.locator('.public-header'))).toContain('Theo Chỉ thị số 08/CT-UBND ngày 06/02/2024');
    expect(await page.getByText('Phong trào thi đua yêu nước năm 2024').count()).toBeGreaterThan(0);
    expect(await page.getByText('Trang công khai: chỉ hiển thị số liệu đã được Ban Thi đua – Khen thưởng duyệt.').count()).toBe(1);

    const codes = await topLevelCodes(page);
    expect(codes).toEqual(Array.from({ length: 14 }, (_, i) => `CT${String(i + 1).padStart(2, '0')}`));
    expect(await page.locator('.indicator-card').count()).toBe(14);

    // Every card and sub-indicator has a status tag with a Vietnamese label.
    const labels = ['Đã đạt', 'Không đạt', 'Đúng tiến độ', 'Có nguy cơ không đạt', 'Chậm tiến độ', 'Chưa có số liệu'];
    const statuses = await page.locator('[data-testid^="status-CT"]').allInnerTexts();
    expect(statuses.length).toBe(21); // 14 cards + CT07.1, CT11.1–2, CT12.1–4
    for (const s of statuses) expect(labels).toContain(s.trim());

    expect(await textOf(page.getByTestId('indicator-CT02'))).toContain('Chỉ tiêu: trên 63,7 triệu đồng');
    expect(await textOf(page.getByTestId('indicator-CT03'))).toContain('Chỉ tiêu: từ 4.600 tỷ đồng trở lên');
    expect(await textOf(page.getByTestId('indicator-CT10'))).toContain('Chỉ tiêu: từ 94,15% trở lên');
    expect(await textOf(page.getByTestId('indicator-CT14'))).toContain('Chỉ tiêu: từ 1,7 triệu lượt trở lên');

    // Only accepted values are public: CT09's second half (submitted, not reviewed) is not shown.
    const ct09 = await textOf(page.getByTestId('indicator-CT09'));
    expect(ct09).toContain('38,9 giường/vạn dân (6 tháng đầu năm 2024, Thực hiện)');
    expect(ct09).not.toContain('39,4');

    // Cards are not links to the private drill-down.
    expect(await page.locator('.indicator-card a[href^="/app/"]').count()).toBe(0);

    await settle(page);
    expect(apiFailures).toEqual([]);
    expect(consoleErrors.filter((m) => /401|Unauthorized/i.test(m))).toEqual([]);
    expect(pageErrors).toEqual([]);
    await shot(page, 'public-2024');
  });

  it('calls no private API and nothing answers 401', async () => {
    w = await open();
    const calls: string[] = [];
    w.page.on('request', (r) => {
      const p = new URL(r.url()).pathname;
      if (p.startsWith('/api/')) calls.push(p);
    });
    await w.page.goto(`${env().baseUrl}/chi-tieu/2024`);
    await visible(w.page.getByTestId('status-CT14'));
    await settle(w.page);
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.filter((p) => !p.startsWith('/api/v1/public/'))).toEqual([]);
    expect(w.apiFailures).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
  });

  it('numbers are in vi-VN format', async () => {
    const { page } = await openPublic();
    const ct03 = await textOf(page.getByTestId('indicator-CT03'));
    expect(ct03).toContain('4.600 tỷ đồng');
    expect(ct03).toContain('430 tỷ đồng (Tháng 11/2024, Thực hiện)');
    expect(ct03).toMatch(/4\.285 tỷ đồng/);
    expect(ct03).toMatch(/93,2%/);
    expect(await textOf(page.getByTestId('indicator-CT01'))).toContain('9,1% (Quý III/2024, Thực hiện)');
    expect(await textOf(page.getByTestId('indicator-CT14'))).toContain('0,41 triệu lượt');
    // No English-style decimals anywhere on the cards (e.g. "63.7", "9.1%"); codes like CT07.1 aside.
    const all = await textOf(page.locator('.public-content'));
    expect(all.match(/(?<!CT\d{0,2})\d\.\d(?!\d\d)/g) ?? []).toEqual([]);
  });

  it('works at 390 px: one column, no horizontal scrolling', async () => {
    const { page } = await openPublic(PHONE);
    expect(await page.locator('.indicator-card').count()).toBe(14);
    const widths = await page.locator('.indicator-card').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
    for (const width of widths) expect(width).toBeLessThanOrEqual(PHONE);
    const lefts = await page.locator('.indicator-card').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().left)));
    expect(new Set(lefts).size).toBe(1);
    await settle(page);
    const scrollWidth = await page.evaluate(() => (document.scrollingElement ?? document.documentElement).scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(PHONE + 1);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(1);
    expect(await textOf(page.getByTestId('public-title'))).toContain('Chỉ tiêu thi đua chủ yếu năm 2024');
    await shot(page, 'public-2024');
  });

  it('a year without a public movement says so', async () => {
    const { page } = (w = await open());
    await page.goto(`${env().baseUrl}/chi-tieu/2019`);
    await visible(page.getByText('Chưa có chỉ tiêu công khai cho năm 2019'));
    await shot(page, 'public-2019');
  });
});
