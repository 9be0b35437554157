/**
 * The path, as a user does it: the Department of Planning and Investment (skhdt) reports the
 * 2024 year value of CT02 (GRDP per capita, target "trên 63,7") and sees the dashboard turn to "Đã đạt";
 * then the Emulation & Commendation Board (bantdkt) finds the value in its queue and accepts it.
 */
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { closePage, useE2E, settle, shotBoth, textOf, visible, WAIT_MS, type Watched } from './support.js';

let w: Watched | undefined;
/** Id of the value skhdt submits; the board test reviews exactly that value. */
let submittedValueId: string | undefined;

const { env, open } = useE2E();

/** Opens an antd Select and picks the option showing exactly `label`. */
async function choose(page: Page, testId: string, label: string): Promise<void> {
  await page.getByTestId(testId).click();
  const dropdown = page.locator('.ant-select-dropdown').filter({ visible: true });
  const options = dropdown.locator('.ant-select-item-option');
  // The options arrive with their query: wait for the one wanted rather than read a half-filled list.
  await expect.poll(() => options.allInnerTexts(), { message: `options of ${testId}`, timeout: WAIT_MS }).toContain(label);
  await options.filter({ hasText: new RegExp(`^${label}$`) }).click();
  await expect.poll(() => textOf(page.getByTestId(testId))).toBe(label);
}

/** Field errors shown under the form's inputs. */
const fieldErrors = (page: Page) => page.locator('[data-testid="report-form"] .ant-form-item-explain-error').allInnerTexts();

const isValuePost = (r: Request) => r.method() === 'POST' && /\/api\/v1\/indicators\/[^/]+\/values$/.test(new URL(r.url()).pathname);

/** The dashboard with its 14 cards loaded. */
async function openDashboard(page: Page): Promise<void> {
  await page.goto(`${env().baseUrl}/app/chi-tieu`);
  await visible(page.getByRole('heading', { name: 'Chỉ tiêu thi đua chủ yếu năm 2024' }));
  await visible(page.getByTestId('status-CT02'));
}

describe('targets: a unit reports, the board reviews', () => {
  it('skhdt reports the 2024 year value of CT02 = "64,2" and the dashboard shows "Đã đạt"', async () => {
    w = await open();
    const { page } = w;
    await env().login(page, 'skhdt');
    await openDashboard(page);

    const card = page.getByTestId('indicator-CT02');
    expect(await textOf(card)).toContain('trên 63,7 triệu đồng');
    expect(await textOf(card)).toContain('62,1 triệu đồng (6 tháng đầu năm 2024, Thực hiện)');
    const before = await textOf(page.getByTestId('status-CT02'));
    expect(before).toBe('Không đạt');
    expect((await shotBoth(page, 'targets-dashboard-skhdt')).phoneOverflow, 'sideways scrolling at 390 px').toBeLessThanOrEqual(1);

    await card.getByRole('link', { name: 'GRDP bình quân đầu người' }).click();
    await page.waitForURL(/\/app\/chi-tieu\/[^/]+$/);
    await visible(page.getByRole('heading', { name: /CT02\s+GRDP bình quân đầu người/ }));
    const form = await visible(page.getByTestId('report-form'));
    expect(await textOf(form)).toContain('Báo cáo số liệu');
    // The year defaults to that of the newest value (2024).
    expect(await textOf(page.getByTestId('report-year'))).toBe('2024');
    expect((await shotBoth(page, 'targets-drilldown-ct02')).phoneOverflow, 'sideways scrolling at 390 px').toBeLessThanOrEqual(1);

    // The issue: the official annual result "2024" (the server accepts it for any frequency).
    await choose(page, 'report-period', 'Năm 2024');
    await page.getByTestId('report-value').fill('64,2');
    await page.getByTestId('report-kind').getByText('Thực hiện', { exact: true }).click();
    await page.getByTestId('report-note').fill('Số liệu chính thức của Cục Thống kê');

    const posted = page.waitForResponse((r) => isValuePost(r.request()), { timeout: WAIT_MS });
    await page.getByTestId('report-submit').click();
    const response = await posted;
    expect(response.status()).toBe(201);
    const body = (await response.json()) as { id: string; period: string; value: number; kind: string; status: string };
    expect(body).toMatchObject({ period: '2024', value: 64.2, kind: 'actual', status: 'submitted' });
    submittedValueId = body.id;

    // The success the officer sees, and the value in the history as waiting for review.
    const success = await visible(page.locator('.ant-message-notice').filter({ hasText: 'Đã gửi số liệu Năm 2024' }));
    expect(await textOf(success)).toContain('đang chờ Ban Thi đua – Khen thưởng duyệt');
    expect(await page.getByTestId('report-error').count()).toBe(0);
    const row = page.getByTestId('value-history').locator('tr').filter({ hasText: /^\s*Năm 2024/ });
    await visible(row);
    const rowText = await textOf(row);
    expect(rowText).toContain('64,2 triệu đồng');
    expect(rowText).toContain('Thực hiện');
    expect(rowText).toContain('Chờ duyệt');
    expect(rowText).toContain('Lê Minh Tuấn');
    // The form is emptied for the next report.
    expect(await page.getByTestId('report-value').inputValue()).toBe('');
    expect((await shotBoth(page, 'targets-reported-ct02')).phoneOverflow, 'sideways scrolling at 390 px').toBeLessThanOrEqual(1);

    await page.getByRole('button', { name: 'Quay lại bảng chỉ tiêu' }).click();
    await page.waitForURL((u) => u.pathname === '/app/chi-tieu');
    await visible(page.getByRole('heading', { name: 'Chỉ tiêu thi đua chủ yếu năm 2024' }));
    // The cached dashboard shows first and is refetched: wait for the new value on the card.
    await expect.poll(() => textOf(page.getByTestId('indicator-CT02')), { timeout: WAIT_MS }).toContain('64,2 triệu đồng (Năm 2024, Thực hiện)');
    expect(await textOf(page.getByTestId('status-CT02'))).toBe('Đã đạt');
    expect(await page.getByTestId('status-CT02').getAttribute('data-status')).toBe('achieved');
    expect((await shotBoth(page, 'targets-dashboard-after')).phoneOverflow, 'sideways scrolling at 390 px').toBeLessThanOrEqual(1);
    expect(w.pageErrors).toEqual([]);
  });

  it('refuses "abc" and an empty value with a Vietnamese message naming the field, and sends nothing', async () => {
    w = await open();
    const { page } = w;
    await env().login(page, 'skhdt');
    await openDashboard(page);
    await page.getByTestId('indicator-CT01').getByRole('link', { name: 'Tốc độ tăng trưởng GRDP' }).click();
    await visible(page.getByTestId('report-form'));
    const posts: string[] = [];
    page.on('request', (r) => {
      if (isValuePost(r)) posts.push(r.url());
    });

    // Empty: both missing fields are named.
    await page.getByTestId('report-submit').click();
    await expect.poll(() => fieldErrors(page)).toEqual(expect.arrayContaining(['Vui lòng chọn Kỳ báo cáo', 'Vui lòng nhập Giá trị']));

    // Letters instead of a number.
    await choose(page, 'report-period', 'Quý IV/2024');
    await page.getByTestId('report-value').fill('abc');
    await page.getByTestId('report-submit').click();
    const decimalError = 'Giá trị phải là số, dùng dấu phẩy cho phần thập phân (ví dụ 63,7 hoặc 4.600)';
    await expect.poll(() => fieldErrors(page)).toEqual([decimalError]);
    expect((await shotBoth(page, 'targets-validation')).phoneOverflow, 'sideways scrolling at 390 px').toBeLessThanOrEqual(1);

    // Cleared again: the "required" message comes back.
    await page.getByTestId('report-value').fill('');
    await page.getByTestId('report-submit').click();
    await expect.poll(() => fieldErrors(page)).toEqual(['Vui lòng nhập Giá trị']);

    // A correct Vietnamese number clears the message (nothing is submitted here).
    await page.getByTestId('report-value').fill('9,6');
    await expect.poll(() => fieldErrors(page)).toEqual([]);

    await settle(page);
    expect(posts).toEqual([]);
    expect(await page.getByTestId('report-error').count()).toBe(0);
  });

  it('gives skhdt no report form on CT09, which the Department of Health reports', async () => {
    w = await open();
    const { page } = w;
    await env().login(page, 'skhdt');
    await openDashboard(page);
    const ct09Card = page.locator('.indicator-card').filter({ has: page.getByTestId('indicator-CT09') });
    expect(await textOf(ct09Card)).toContain('Đơn vị chịu trách nhiệm: Sở Y tế');
    await page.getByTestId('indicator-CT09').getByRole('link', { name: 'Số giường bệnh trên 1 vạn dân' }).click();
    await visible(page.getByRole('heading', { name: /CT09\s+Số giường bệnh trên 1 vạn dân/ }));
    // Another unit's history is private: a plain note, not an error.
    await visible(page.getByTestId('history-private'));
    expect(await page.getByText('Không tải được dữ liệu').count()).toBe(0);
    await settle(page);
    expect((await shotBoth(page, 'targets-ct09-skhdt')).phoneOverflow, 'sideways scrolling at 390 px').toBeLessThanOrEqual(1);
    expect(await page.getByTestId('report-form').count()).toBe(0);
    expect(await page.getByTestId('report-submit').count()).toBe(0);

    // Their own indicator still has it (the absence above is about ownership, not a broken page).
    await page.getByRole('button', { name: 'Quay lại bảng chỉ tiêu' }).click();
    await page.getByTestId('indicator-CT04').getByRole('link', { name: 'Số doanh nghiệp thành lập mới' }).click();
    await visible(page.getByTestId('report-form'));
  });

  it('the board sees the submitted value in Việc cần làm and accepts it; the public page then counts it', async () => {
    if (!submittedValueId) throw new Error('depends on the first test, which submits the CT02 value');
    w = await open();
    const { page } = w;
    await env().login(page, 'bantdkt');
    expect(new URL(page.url()).pathname).toBe('/app');
    const todo = await visible(page.getByTestId('todo-board'));
    const row = todo.locator('tr').filter({ has: page.getByTestId(`accept-${submittedValueId}`) });
    await visible(row);
    const rowText = await textOf(row);
    expect(rowText).toContain('CT02. GRDP bình quân đầu người');
    expect(rowText).toContain('Sở Kế hoạch và Đầu tư');
    expect(rowText).toContain('Năm 2024');
    expect(rowText).toContain('64,2 triệu đồng');
    expect(rowText).toContain('Lê Minh Tuấn');
    const title = async () => textOf(todo.locator('.ant-card-head-title'));
    const countBefore = Number(/\((\d+)\)/.exec(await title())?.[1]);
    expect(countBefore).toBeGreaterThanOrEqual(3); // the demo's CT09 and CT13 values, and ours
    expect((await shotBoth(page, 'todo-board')).phoneOverflow, 'sideways scrolling at 390 px').toBeLessThanOrEqual(1);

    await page.getByTestId(`accept-${submittedValueId}`).click();
    await visible(page.locator('.ant-message-notice').filter({ hasText: 'Đã duyệt số liệu' }));
    await expect.poll(() => page.getByTestId(`accept-${submittedValueId}`).count(), { timeout: WAIT_MS }).toBe(0);
    await expect.poll(title).toBe(`Số liệu chờ duyệt (${countBefore - 1})`);
    expect((await shotBoth(page, 'todo-board-accepted')).phoneOverflow, 'sideways scrolling at 390 px').toBeLessThanOrEqual(1);

    // The drill-down shows the value accepted.
    await page.goto(`${env().baseUrl}/app/chi-tieu`);
    await page.getByTestId('indicator-CT02').getByRole('link').click();
    const history = await visible(page.getByTestId('value-history'));
    await expect.poll(async () => textOf(history.locator('tr').filter({ hasText: /^\s*Năm 2024/ }))).toContain('Đã duyệt');

    // Accepted values are public: the anonymous page now shows CT02 achieved.
    const anon = await open();
    try {
      await anon.page.goto(`${env().baseUrl}/chi-tieu/2024`);
      await expect.poll(() => textOf(anon.page.getByTestId('status-CT02')), { timeout: WAIT_MS }).toBe('Đã đạt');
    } finally {
      await closePage(anon);
    }
    expect(w.pageErrors).toEqual([]);
  });
});
