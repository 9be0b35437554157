/** Lịch ngày nghỉ: the board reads a year's days off and make-up days, confirms a tentative day, adds and deletes one. */
import { describe, expect, it } from 'vitest';
import { confirmDialog, shotBoth, textOf, useE2E, visible, WAIT_MS } from './support.js';

const { env, open } = useE2E();

describe('holiday calendar', () => {
  it('the board lists 2026, confirms the tentative day next to 2/9, adds a day off and deletes it', async () => {
    const w = await open();
    const { page } = w;
    await env().login(page, 'bantdkt');
    await page.goto(`${env().baseUrl}/app/quan-tri/ngay-nghi`);
    await visible(page.getByRole('heading', { name: 'Lịch ngày nghỉ, ngày làm bù' }));
    const year = page.getByTestId('holidays-year');
    await year.fill('2026');
    await year.press('Tab');
    const table = page.getByTestId('holidays-table');
    await expect.poll(() => textOf(table), { timeout: WAIT_MS }).toContain('17/02/2026 (Thứ Ba)');
    expect(await textOf(table)).toContain('Tết Nguyên đán');
    expect(await textOf(page.getByTestId('holidays-summary'))).toMatch(/^Năm 2026: \d+ ngày nghỉ/);
    const tentativeRow = table.locator('tr', { hasText: '01/09/2026' });
    expect(await textOf(tentativeRow)).toContain('Dự kiến');
    await visible(page.getByTestId('holidays-tentative'));
    await shotBoth(page, 'holidays');

    await page.getByTestId('holiday-edit-2026-09-01').click();
    const form = page.getByTestId('holiday-form');
    await visible(form);
    await form.getByTestId('holiday-name').fill('Quốc khánh (ngày liền kề)');
    await confirmDialog(page, page.getByTestId('holiday-form-save'));
    await expect.poll(() => textOf(tentativeRow), { timeout: WAIT_MS }).not.toContain('Dự kiến');

    await page.getByTestId('holiday-create').click();
    await visible(form);
    const date = form.getByTestId('holiday-date');
    await date.click();
    await date.fill('20/11/2026');
    await date.press('Enter');
    await form.getByTestId('holiday-name').fill('Nghỉ thử nghiệm');
    await confirmDialog(page, page.getByTestId('holiday-form-save'));
    await expect.poll(() => textOf(table), { timeout: WAIT_MS }).toContain('20/11/2026 (Thứ Sáu)');
    expect(await textOf(table.locator('tr', { hasText: '20/11/2026' }))).toContain('Ngày nghỉ');

    // The row re-renders as the list refreshes after the save, which can drop an open confirmation:
    // open it again until the row is gone.
    const row = table.locator('tr', { hasText: '20/11/2026' });
    const ok = page.locator('.ant-popconfirm .ant-btn-primary').filter({ visible: true });
    await expect.poll(async () => {
      if ((await row.count()) === 0) return 0;
      if (await ok.count()) await ok.first().click({ timeout: 2_000 }).catch(() => undefined);
      else await page.getByTestId('holiday-remove-2026-11-20').click({ timeout: 2_000 }).catch(() => undefined);
      return row.count();
    }, { timeout: WAIT_MS }).toBe(0);
    expect(w.pageErrors).toEqual([]);
  });

  it('a weekend day off is refused with the reason on the date field', async () => {
    const w = await open();
    const { page } = w;
    await env().login(page, 'bantdkt');
    await page.goto(`${env().baseUrl}/app/quan-tri/ngay-nghi`);
    await page.getByTestId('holiday-create').click();
    const form = page.getByTestId('holiday-form');
    await visible(form);
    const date = form.getByTestId('holiday-date');
    await date.click();
    await date.fill('21/11/2026');
    await date.press('Enter');
    await form.getByTestId('holiday-name').fill('Nghỉ thứ Bảy');
    await page.getByTestId('holiday-form-save').click();
    await expect.poll(() => textOf(form), { timeout: WAIT_MS }).toContain('21/11/2026 là ngày nghỉ cuối tuần');
    const { phoneOverflow } = await shotBoth(page, 'holidays-form-error');
    expect(phoneOverflow).toBeLessThanOrEqual(1);
  });
});
