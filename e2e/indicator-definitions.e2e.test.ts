/**
 * The board sets up next year's targets: on a new movement it copies the 2024 indicators, raises the
 * budget revenue target (CT03) to "5.000" tỷ đồng in the form, and the targets dashboard of that
 * movement shows the new target. The movement itself is created through the API as the board.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { confirmDialog, pickOption, shotBoth, textOf, useE2E, visible, WAIT_MS } from './support.js';

const { env, open } = useE2E();

async function createMovement(page: Page): Promise<string> {
  const base = env().baseUrl;
  const me = (await (await page.request.get(`${base}/api/v1/auth/me`)).json()) as { csrfToken: string };
  const res = await page.request.post(`${base}/api/v1/movements`, {
    headers: { 'x-csrf-token': me.csrfToken },
    data: {
      code: `E2E-PT2025-${Date.now()}`, title: 'Phong trào thi đua yêu nước năm 2025', theme: 'Đoàn kết, đổi mới', kind: 'regular', year: 2025,
      directive: { number: '03/CT-UBND', date: '2025-02-10', signer: 'Chủ tịch UBND tỉnh' }, periodStart: '2025-01-01', periodEnd: '2025-12-31',
      contents: ['Hoàn thành các chỉ tiêu kinh tế - xã hội năm 2025'], documents: [], scopeUnitIds: [],
    },
  });
  if (!res.ok()) throw new Error(`POST /movements: ${res.status()} ${await res.text()}`);
  return ((await res.json()) as { id: string }).id;
}

describe('indicator definitions', () => {
  it('the board copies 2024 indicators into a new movement, edits a target, and the dashboard shows it', async () => {
    const { page } = await open();
    await env().login(page, 'bantdkt');
    const id = await createMovement(page);
    // The new movement's dashboard is empty and leads to where indicators are defined.
    await page.goto(`${env().baseUrl}/app/chi-tieu?phongTrao=${id}`);
    const none = await visible(page.getByTestId('targets-none'));
    expect(await textOf(none)).toContain('Phong trào này chưa có chỉ tiêu.');
    await none.getByRole('link', { name: 'Khai báo chỉ tiêu' }).click();
    const section = await visible(page.getByTestId('indicator-section'));
    expect(await textOf(section)).toContain('Phong trào chưa có chỉ tiêu');

    await pickOption(page, 'indicator-copy-source', 'Phong trào thi đua yêu nước năm 2024 (2024)');
    await page.getByTestId('indicator-copy').click();
    await visible(page.getByText('Đã sao chép 21 chỉ tiêu (kể cả chỉ tiêu thành phần); bỏ qua 0 chỉ tiêu trùng mã'));
    await visible(page.getByTestId('indicator-edit-CT03'));
    const row = page.locator('[data-testid="indicator-table"] tr.ant-table-row').filter({ hasText: 'CT03' });
    expect(await textOf(row)).toContain('4.600 tỷ đồng');
    // Groups are open after the copy: the PCI part of CT12 shows its rank target.
    await visible(page.locator('[data-testid="indicator-table"] tr.ant-table-row').filter({ hasText: 'CT12.1' }));
    expect((await shotBoth(page, 'phong-trao-chi-tieu')).phoneOverflow).toBe(0);

    await page.getByTestId('indicator-edit-CT03').click();
    const target = await visible(page.getByTestId('indicator-target'));
    await expect.poll(() => target.inputValue(), { timeout: WAIT_MS }).toBe('4.600');
    await target.fill('5.000,5x');
    await page.getByTestId('indicator-form-save').click();
    await visible(page.getByText('Giá trị chỉ tiêu phải là số, dùng dấu phẩy cho phần thập phân (ví dụ 63,7 hoặc 4.600)'));
    await target.fill('5.000');
    expect((await shotBoth(page, 'phong-trao-chi-tieu-sua')).phoneOverflow).toBe(0);
    await confirmDialog(page, page.getByTestId('indicator-form-save'));
    await expect.poll(() => textOf(row), { timeout: WAIT_MS }).toContain('5.000 tỷ đồng');

    await page.goto(`${env().baseUrl}/app/chi-tieu?phongTrao=${id}`);
    const card = await visible(page.getByTestId('indicator-CT03'));
    await expect.poll(() => textOf(card), { timeout: WAIT_MS }).toContain('5.000 tỷ đồng');
    expect(await textOf(card)).not.toContain('4.600 tỷ đồng');
  });
});
