/**
 * Sổ vàng (award registry): the Board (bantdkt) finds Đặng Văn Đức typing without diacritics, filters
 * by an award type, reads the statistics, records an award and revokes it; a person's timeline in
 * Quản trị › Cá nhân; a unit officer (skhdt) sees only the awards of their own unit.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pickOption, useE2E, shotBoth, textOf, visible, WAIT_MS, type Watched } from './support.js';

let w: Watched | undefined;

const { env, open } = useE2E();

const HEADING = 'Sổ vàng khen thưởng';
const menu = (page: Page) => page.getByTestId('side-menu');
const dropdown = (page: Page) => page.locator('.ant-select-dropdown').filter({ visible: true });
const rows = (page: Page) => page.getByTestId('award-row');
/** The names in the first column of every row shown. */
const names = (page: Page) => rows(page).locator('.registry-subject').allInnerTexts();
const isList = (url: string) => new URL(url).pathname === '/api/v1/awards';

async function openRegistry(page: Page): Promise<void> {
  await menu(page).locator('.ant-menu-item').filter({ hasText: /^\s*Sổ vàng\s*$/ }).click();
  await page.waitForURL((u) => u.pathname === '/app/so-vang');
  await visible(page.getByRole('heading', { level: 3, name: HEADING, exact: true }));
  await visible(rows(page).first());
}

const pick = pickOption;

async function search(page: Page, text: string): Promise<void> {
  const answered = page.waitForResponse((r) => isList(r.url()) && new URL(r.url()).searchParams.get('q') === (text || null), { timeout: WAIT_MS });
  await page.locator('input[data-testid="registry-search"], [data-testid="registry-search"] input').first().fill(text);
  if (text) await answered;
}

/** An old register as an officer would fill the template: one row per award. */
async function registerFile(name: string, rows: (string | number)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sổ khen thưởng');
  ws.addRow(['Đối tượng', 'Họ tên hoặc tên tập thể', 'Mã đơn vị', 'Hình thức khen thưởng', 'Năm thành tích', 'Số quyết định', 'Ngày quyết định', 'Cơ quan ban hành']);
  for (const r of rows) ws.addRow(r);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'so-vang-')), name);
  await wb.xlsx.writeFile(file);
  return file;
}

describe('award registry (sổ vàng)', () => {
  it('the board searches without diacritics, filters by award type and reads the statistics', async () => {
    w = await open();
    const { page } = w;
    await env().login(page, 'bantdkt');
    await openRegistry(page);
    // Vietnamese alphabetical order of the names, as the API returns it.
    const all = await names(page);
    expect(all.indexOf('Đặng Văn Đức')).toBeGreaterThan(all.indexOf('A Thút'));
    expect(all.indexOf('Đặng Văn Đức')).toBeLessThan(all.indexOf('Hoàng Văn Đạt'));

    await search(page, 'dang van duc');
    await expect.poll(() => names(page)).toEqual(['Đặng Văn Đức', 'Đặng Văn Đức']);
    const row = rows(page).filter({ hasText: 'Bằng khen cấp bộ, ban, ngành, tỉnh' });
    const text = await textOf(row);
    expect(text).toContain('Sở Kế hoạch và Đầu tư');
    expect(text).toContain('Số 163/QĐ-UBND ngày 25/01/2024');
    expect(text).toContain('UBND tỉnh Kon Tum');
    expect(text).toContain('0163-01');
    expect((await shotBoth(page, 'registry-search')).phoneOverflow, 'sideways scrolling at 390 px').toBeLessThanOrEqual(1);

    await search(page, '');
    await pick(page, 'registry-award-type', 'Lao động tiên tiến');
    await expect.poll(() => names(page)).toEqual(['Hoàng Văn Đạt', 'Lê Minh Tuấn', 'Y Hoa', 'Y Liên']);
    expect(await textOf(page.getByTestId('registry-count'))).toBe('Hiển thị 4 khen thưởng');
    const exportHref = await page.getByTestId('registry-export').getAttribute('href');
    expect(exportHref).toBe('/api/v1/awards/export.xlsx?awardType=LDTT');
    expect((await shotBoth(page, 'registry-award-type')).phoneOverflow, 'sideways scrolling at 390 px').toBeLessThanOrEqual(1);

    await page.getByTestId('registry-tabs').getByRole('tab', { name: 'Thống kê' }).click();
    const stats = await visible(page.getByTestId('stats-table'));
    const ldtt = stats.locator('tr').filter({ hasText: /^\s*Lao động tiên tiến/ });
    expect(await textOf(ldtt)).toMatch(/^Lao động tiên tiến 4 /);
    // The statistics follow the list's filters, the award type included.
    expect(Number(await textOf(page.getByTestId('stats-total')))).toBe(4);
    // By gender: women and men counted apart, collectives and households on their own line.
    await page.getByTestId('stats-group').getByText('Giới tính', { exact: true }).click();
    await expect.poll(async () => (await stats.locator('tbody tr').allInnerTexts()).map((r) => r.split(/\s+/)[0])).toEqual(expect.arrayContaining(['Nam', 'Nữ']));
    expect((await shotBoth(page, 'registry-stats')).phoneOverflow, 'sideways scrolling at 390 px').toBeLessThanOrEqual(1);
    expect(w.pageErrors).toEqual([]);
    expect(w.apiFailures.filter((f) => !f.includes('/auth/'))).toEqual([]);
  });

  it('the board records an award (fields named when missing) and revokes it', async () => {
    w = await open();
    const { page } = w;
    await env().login(page, 'bantdkt');
    await openRegistry(page);
    await page.getByTestId('award-create').click();
    const form = await visible(page.getByTestId('award-form'));
    await page.getByTestId('award-form-save').click();
    await expect.poll(() => form.locator('.ant-form-item-explain-error').allInnerTexts()).toEqual(
      expect.arrayContaining(['Vui lòng chọn Cá nhân được khen thưởng', 'Vui lòng nhập Số quyết định', 'Vui lòng nhập Cơ quan ban hành quyết định']),
    );

    await page.getByTestId('award-person').click();
    await page.keyboard.type('hoang van dat');
    // The options narrow as one types: the only one left is the person, with unit and birth year.
    const options = dropdown(page).locator('.ant-select-item-option');
    await expect.poll(() => options.allInnerTexts()).toEqual(['Hoàng Văn Đạt\nBan Thi đua – Khen thưởng · 1988']);
    await page.keyboard.press('Enter');
    expect(await textOf(page.getByTestId('award-person'))).toBe('Hoàng Văn Đạt');
    await pick(page, 'award-type', 'Giấy khen');
    await page.getByTestId('award-year').fill('2024');
    await page.getByTestId('award-decision-number').fill('99/QĐ-BTĐKT');
    await page.getByTestId('award-decision-date').click();
    await page.keyboard.type('20/12/2024');
    await page.keyboard.press('Enter');
    await page.getByTestId('award-issuer').fill('Ban Thi đua – Khen thưởng tỉnh Kon Tum');
    await page.getByTestId('award-certificate').fill('GK-0099');
    await page.getByTestId('award-amount').fill('351000');
    expect(await page.getByTestId('award-amount').inputValue()).toBe('351.000');
    await shotBoth(page, 'registry-record-form');
    const created = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/v1/awards', { timeout: WAIT_MS });
    await page.getByTestId('award-form-save').click();
    expect((await created).status()).toBe(201);
    await page.getByTestId('award-form').waitFor({ state: 'hidden' });

    await search(page, '99/qd-btdkt');
    await expect.poll(() => names(page)).toEqual(['Hoàng Văn Đạt']);
    await rows(page).getByRole('button', { name: 'Hủy khen thưởng' }).click();
    const what = await visible(page.getByTestId('revoke-what'));
    expect(await textOf(what)).toContain('Hủy "Giấy khen" năm 2024 của Hoàng Văn Đạt');
    expect(await textOf(what)).toContain('không còn được tính trong thống kê');
    await page.getByTestId('revoke-form-save').click();
    await expect.poll(() => page.getByTestId('revoke-form').locator('.ant-form-item-explain-error').allInnerTexts()).toEqual([
      'Vui lòng nhập Số quyết định hủy', 'Vui lòng chọn Ngày quyết định hủy', 'Vui lòng nhập Lý do hủy',
    ]);
    await page.getByTestId('revoke-number').fill('100/QĐ-BTĐKT');
    await page.getByTestId('revoke-date').click();
    await page.keyboard.type('05/01/2025');
    await page.keyboard.press('Enter');
    await page.getByTestId('revoke-reason').fill('Ghi nhầm đối tượng khen thưởng');
    await shotBoth(page, 'registry-revoke-form');
    await page.getByTestId('revoke-form-save').click();
    await visible(rows(page).getByTestId('award-revoked'));
    expect(await textOf(rows(page).getByTestId('award-revoked'))).toBe('Đã hủy');
    expect(await rows(page).getByRole('button', { name: 'Hủy khen thưởng' }).count()).toBe(0);
    expect(w.pageErrors).toEqual([]);
  });

  it('the board imports an old register: every error by row and column, then "Đã nhập 1 khen thưởng"', async () => {
    w = await open();
    const { page } = w;
    await env().login(page, 'bantdkt');
    await openRegistry(page);
    await page.getByTestId('registry-import').click();
    expect(await page.getByTestId('registry-template').getAttribute('href')).toBe('/api/v1/awards/import-template.xlsx');
    const good = ['Cá nhân', 'Y Hoa', 'SKHDT', 'GK', 2021, '77/QĐ-SKHĐT', '30/12/2021', 'Sở Kế hoạch và Đầu tư tỉnh Kon Tum'];
    const input = page.getByTestId('registry-import-file').locator('input[type=file]').or(page.locator('.ant-upload input[type=file]')).first();
    await input.setInputFiles(await registerFile('so-cu-loi.xlsx', [good, ['Cá nhân', 'Nguyễn Văn Không', 'KHONGCO', 'GK', 2021, '78/QĐ', '30/12/2021', 'UBND huyện']]));
    await page.getByTestId('registry-import-submit').click();
    const errors = await visible(page.getByTestId('registry-import-errors'));
    const texts = (await errors.locator('tbody tr').allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim());
    expect(texts).toContain('3 Mã đơn vị không có đơn vị mã "KHONGCO"');
    expect(await textOf(page.getByTestId('registry-import-error'))).toContain('chưa nhập khen thưởng nào');
    await shotBoth(page, 'registry-import-errors');

    await input.setInputFiles(await registerFile('so-cu.xlsx', [good]));
    await page.getByTestId('registry-import-submit').click();
    expect(await textOf(await visible(page.getByTestId('registry-import-done')))).toBe('Đã nhập 1 khen thưởng');
    await page.keyboard.press('Escape');
    await search(page, '77/qd-skhdt');
    await expect.poll(() => names(page)).toEqual(['Y Hoa']);
    expect(w.pageErrors).toEqual([]);
  });

  it("a person's awards as a timeline in Quản trị › Cá nhân", async () => {
    w = await open();
    const { page } = w;
    await env().login(page, 'bantdkt');
    await page.goto(`${env().baseUrl}/app/quan-tri/ca-nhan`);
    const row = page.locator('tr').filter({ hasText: 'Đặng Văn Đức' });
    await row.getByRole('button', { name: 'Khen thưởng' }).click();
    const history = await visible(page.getByTestId('award-history'));
    await expect.poll(() => history.getByTestId('history-item').count()).toBe(2);
    const items = await history.getByTestId('history-item').allInnerTexts();
    expect(items.join('\n')).toContain('Bằng khen cấp bộ, ban, ngành, tỉnh');
    expect(items.join('\n')).toContain('Quyết định số 163/QĐ-UBND ngày 25/01/2024 của UBND tỉnh Kon Tum');
    expect((await shotBoth(page, 'registry-person-history')).phoneOverflow).toBeLessThanOrEqual(1);
  });

  it('a unit officer (skhdt) sees only the awards of their unit, and cannot record', async () => {
    w = await open();
    const { page } = w;
    await env().login(page, 'skhdt');
    await openRegistry(page);
    const shown = await names(page);
    expect(shown).toContain('Đặng Văn Đức');
    expect(shown).toContain('Sở Kế hoạch và Đầu tư'); // the unit itself, as a collective
    // A Thút (Sở Y tế) and Y Liên (huyện Đắk Hà) are in the demo registry, outside skhdt's unit.
    expect(shown).not.toContain('A Thút');
    expect(shown).not.toContain('Y Liên');
    await search(page, 'a thut');
    await visible(page.getByText('Không có khen thưởng nào phù hợp với bộ lọc.'));
    expect(await page.getByTestId('award-create').count()).toBe(0);
    expect(await page.getByTestId('registry-import').count()).toBe(0);
    expect(await page.locator('[data-testid^="award-revoke-"]').count()).toBe(0);
    expect((await shotBoth(page, 'registry-skhdt')).phoneOverflow).toBeLessThanOrEqual(1);
    expect(w.pageErrors).toEqual([]);
  });
});
