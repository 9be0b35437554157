/**
 * Movements in the browser: the list searched without diacritics; a unit registers with unit-level
 * targets; the Board's roll-up filtered by state and unit name (typed without diacritics) and
 * exported to Excel. The movement itself is set up through the API as the Board.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pickOption, shotBoth, textOf, useE2E, visible, WAIT_MS } from './support.js';

const { env, open } = useE2E();
const year = new Date().getFullYear();

async function launchMovement(page: Page): Promise<string> {
  const base = env().baseUrl;
  const me = (await (await page.request.get(`${base}/api/v1/auth/me`)).json()) as { csrfToken: string };
  const call = async <T>(method: 'GET' | 'POST', path: string, data?: unknown): Promise<T> => {
    const res = await page.request.fetch(`${base}/api/v1${path}`, { method, data, headers: { 'x-csrf-token': me.csrfToken } });
    if (!res.ok()) throw new Error(`${method} ${path}: ${res.status()} ${await res.text()}`);
    return (await res.json()) as T;
  };
  const units = (await call<{ items: Array<{ id: string; code: string }> }>('GET', '/units?limit=200')).items;
  const m = await call<{ id: string }>('POST', '/movements', {
    code: `E2E-CDS-${Date.now()}`, title: 'Phong trào "Đẩy mạnh chuyển đổi số"', theme: 'Dịch vụ công trực tuyến toàn trình', kind: 'thematic', year,
    directive: { number: '27/KH-UBND', date: `${year}-01-05`, signer: 'Phó Chủ tịch UBND tỉnh' }, periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`,
    contents: ['Số hóa hồ sơ thủ tục hành chính'], documents: [], scopeUnitIds: units.filter((u) => ['DAKHA', 'TPKT', 'SATHAY'].includes(u.code)).map((u) => u.id),
    registrationDeadline: `${year}-12-31`,
  });
  await call('POST', `/movements/${m.id}/transitions`, { action: 'launch' });
  return m.id;
}

describe('movements: search, registration with targets, roll-up', () => {
  it('finds a movement without diacritics; a unit registers with targets; the Board filters and exports the roll-up', async () => {
    const board = await open();
    await env().login(board.page, 'bantdkt');
    const movementId = await launchMovement(board.page);

    // The list: "day manh chuyen doi so" (no diacritics) finds the movement; the directive number too.
    await board.page.goto(`${env().baseUrl}/app/phong-trao`);
    const search = await visible(board.page.getByTestId('movement-search').locator('input'));
    await search.fill('day manh chuyen doi so');
    await search.press('Enter');
    const table = board.page.locator('.ant-table-tbody');
    await expect.poll(() => table.locator('tr.ant-table-row').allInnerTexts(), { timeout: WAIT_MS }).toEqual([expect.stringContaining('Đẩy mạnh chuyển đổi số')]);
    expect((await shotBoth(board.page, 'phong-trao-tim-kiem')).phoneOverflow).toBe(0);
    await search.fill('27/kh-ubnd');
    await search.press('Enter');
    await expect.poll(() => table.locator('tr.ant-table-row').count(), { timeout: WAIT_MS }).toBe(1);

    // Đắk Hà registers with its commitments and two unit-level targets.
    const unit = await open();
    const { page } = unit;
    await env().login(page, 'dakha');
    await page.goto(`${env().baseUrl}/app/phong-trao/${movementId}`);
    await visible(page.getByTestId('registration-commitments'));
    await page.getByTestId('registration-commitments').fill('Hoàn thành 100% hồ sơ thủ tục hành chính trực tuyến toàn trình');
    const targets = page.getByTestId('registration-targets');
    for (const [name, level] of [['Tỷ lệ hồ sơ trực tuyến toàn trình', '80%'], ['Số xã có điểm Wi-Fi công cộng', '12 xã']]) {
      await page.getByTestId('registration-add-target').click();
      await targets.locator('input.registration-target-name').last().fill(name!);
      await targets.locator('input.registration-target-value').last().fill(level!);
    }
    await page.getByTestId('registration-submit').click();
    const rollup = page.getByTestId('registration-rollup');
    await expect.poll(() => textOf(rollup.locator('tr').filter({ hasText: 'Huyện Đắk Hà' })), { timeout: WAIT_MS }).toContain('Số xã có điểm Wi-Fi công cộng: 12 xã');
    expect((await shotBoth(page, 'phong-trao-dang-ky-chi-tieu')).phoneOverflow).toBe(0);

    // The Board: "chưa gửi" leaves the two others; "dak ha" (no diacritics) finds the registered unit.
    await board.page.goto(`${env().baseUrl}/app/phong-trao/${movementId}`);
    const boardRollup = await visible(board.page.getByTestId('registration-rollup'));
    await expect.poll(() => boardRollup.locator('tr.ant-table-row').count(), { timeout: WAIT_MS }).toBe(3);
    await pickOption(board.page, 'registration-state', 'Chưa gửi');
    await expect.poll(() => boardRollup.locator('tr.ant-table-row').count(), { timeout: WAIT_MS }).toBe(2);
    expect(await textOf(boardRollup)).not.toContain('Huyện Đắk Hà');
    await board.page.locator('[data-testid="registration-state"] .ant-select-clear').click({ force: true });
    await expect.poll(() => boardRollup.locator('tr.ant-table-row').count(), { timeout: WAIT_MS }).toBe(3);
    const unitSearch = board.page.getByTestId('registration-search').locator('input');
    await unitSearch.fill('dak ha');
    await unitSearch.press('Enter');
    await expect.poll(() => boardRollup.locator('tr.ant-table-row').allInnerTexts(), { timeout: WAIT_MS }).toEqual([expect.stringContaining('Đúng hạn')]);
    expect((await shotBoth(board.page, 'phong-trao-tong-hop-loc')).phoneOverflow).toBe(0);
    const download = await Promise.all([board.page.waitForEvent('download'), board.page.getByTestId('registration-export').click()]);
    expect(download[0].suggestedFilename()).toMatch(/^tong-hop-dang-ky-.*\.xlsx$/);
    expect([...board.pageErrors, ...unit.pageErrors]).toEqual([]);
  });
});
