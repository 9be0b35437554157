/** Báo cáo thống kê: the board sees awards by year as a chart and a table, switches the grouping, downloads Excel and Word. */
import { describe, expect, it } from 'vitest';
import { shotBoth, textOf, useE2E, visible, WAIT_MS } from './support.js';

const { env, open } = useE2E();

describe('reports', () => {
  it('shows awards by year and by leaders versus direct workers, with Excel and the yearly Word report', async () => {
    const w = await open();
    const { page } = w;
    await env().login(page, 'bantdkt');
    await page.goto(`${env().baseUrl}/app/bao-cao`);
    await visible(page.getByRole('heading', { name: 'Báo cáo thống kê' }));
    await expect.poll(() => textOf(page.getByTestId('report-title')), { timeout: WAIT_MS }).toContain('Khen thưởng theo năm');
    expect(await textOf(page.getByTestId('report-table'))).toContain('2023');
    await expect.poll(() => page.locator('.stats-chart canvas').count(), { timeout: WAIT_MS }).toBeGreaterThan(0);
    await page.getByTestId('report-group').getByText('Lãnh đạo / lao động trực tiếp').click();
    await expect.poll(() => textOf(page.getByTestId('report-table')), { timeout: WAIT_MS }).toContain('Người lao động trực tiếp');
    const xlsx = await page.request.get(env().baseUrl + String(await page.getByTestId('report-xlsx').getAttribute('href')));
    expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
    const docx = await page.request.get(env().baseUrl + String(await page.getByTestId('report-yearly').getAttribute('href')));
    expect(docx.status()).toBe(200);
    expect(docx.headers()['content-type']).toContain('wordprocessingml');
    const { phoneOverflow } = await shotBoth(page, 'reports');
    expect(phoneOverflow).toBeLessThanOrEqual(1);
    expect(w.pageErrors).toEqual([]);
  });

  it('form 0602.N: the year\'s State-level awards of the province as the statistical form, with Excel', async () => {
    const w = await open();
    const { page } = w;
    await env().login(page, 'bantdkt');
    await page.goto(`${env().baseUrl}/app/bao-cao`);
    await page.getByRole('tab', { name: 'Biểu 0602.N (khen thưởng cấp Nhà nước)' }).click();
    const year = page.getByTestId('state-form-year');
    await visible(year);
    await year.fill('2023');
    await year.press('Tab');
    const table = page.getByTestId('state-form-table');
    await expect.poll(() => textOf(page.getByTestId('state-form-title')), { timeout: WAIT_MS }).toContain('Năm 2023');
    expect(await textOf(page.getByTestId('state-form-title'))).toContain('SỐ LƯỢNG KHEN THƯỞNG CẤP NHÀ NƯỚC');
    expect(await textOf(table)).toContain('Bằng khen của Thủ tướng Chính phủ');
    // The demo's PM certificate (decision of 12/10/2023) is the year's only State-level award.
    await expect.poll(() => textOf(table.locator('tr.ant-table-row').filter({ hasText: 'Tổng số' }).first()), { timeout: WAIT_MS }).toMatch(/Tổng số\s*1\s*1/);
    expect(await textOf(page.locator('.state-form-head'))).toContain('Đơn vị nhận báo cáo: Bộ Nội vụ');
    const href = String(await page.getByTestId('state-form-xlsx').getAttribute('href'));
    expect(href).toContain('year=2023');
    const xlsx = await page.request.get(env().baseUrl + href);
    expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
    const { phoneOverflow } = await shotBoth(page, 'reports-state-form');
    expect(phoneOverflow).toBeLessThanOrEqual(1);
    expect(w.pageErrors).toEqual([]);
  });

  it('form 0602.N: a district officer is offered only the district and its communes as reporting unit', async () => {
    const w = await open();
    await env().login(w.page, 'dakha');
    await w.page.goto(`${env().baseUrl}/app/bao-cao`);
    await w.page.getByRole('tab', { name: 'Biểu 0602.N (khen thưởng cấp Nhà nước)' }).click();
    const options = w.page.locator('.ant-select-tree-node-content-wrapper');
    const search = async (text: string) => {
      await w.page.getByTestId('state-form-unit').click();
      await w.page.keyboard.press('Control+A');
      await w.page.keyboard.type(text);
      // The picker's search ignores diacritics; what it finds is what the officer may pick.
      return options.allTextContents();
    };
    await expect.poll(() => search('dak ha'), { timeout: WAIT_MS }).toContain('Huyện Đắk Hà');
    // Health and the city exist (the board finds them) but are outside Đắk Hà: nothing is offered.
    await expect.poll(() => search('so y te'), { timeout: WAIT_MS }).toEqual([]);
    await expect.poll(() => search('thanh pho kon tum'), { timeout: WAIT_MS }).toEqual([]);
    expect(w.pageErrors).toEqual([]);
  });

  it('a unit officer sees the published ranking of a block he is not in, per year', async () => {
    const w = await open();
    await env().login(w.page, 'dakha');
    await w.page.goto(`${env().baseUrl}/app/bao-cao`);
    await w.page.getByRole('tab', { name: 'Xếp hạng cụm, khối' }).click();
    const block = w.page.getByTestId('cluster-ranking').first();
    await expect.poll(() => textOf(block), { timeout: WAIT_MS }).toContain('Khối thi đua: Khối các sở, ngành văn hóa – xã hội (demo)');
    expect(await textOf(block)).toContain('Năm 2024');
    expect(await textOf(block)).toContain('Sở Y tế');
    const { phoneOverflow } = await shotBoth(w.page, 'reports-cluster-rankings');
    expect(phoneOverflow).toBeLessThanOrEqual(1);
    expect(w.pageErrors).toEqual([]);
  });

  it('the board\'s news screen lists the seed\'s post as published', async () => {
    const w = await open();
    await env().login(w.page, 'bantdkt');
    await w.page.goto(`${env().baseUrl}/app/tin-tuc`);
    await visible(w.page.getByRole('heading', { name: 'Tin tức, tuyên truyền' }));
    await expect.poll(() => textOf(w.page.getByTestId('news-table')), { timeout: WAIT_MS }).toContain('Phát động Phong trào thi đua yêu nước năm 2024');
    expect(await textOf(w.page.getByTestId('news-table'))).toContain('Đã đăng');
    const { phoneOverflow } = await shotBoth(w.page, 'news-admin');
    expect(phoneOverflow).toBeLessThanOrEqual(1);
  });
});
