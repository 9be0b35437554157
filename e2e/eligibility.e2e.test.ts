/**
 * Khen thưởng: the Board (bantdkt) checks whether an officer may be proposed for "Chiến sĩ thi đua cấp
 * bộ, ban, ngành, tỉnh" 2024 (3 consecutive CSTĐCS + a provincial initiative, Law 2022 Art 22), sees the
 * reward, then sees the chain break when the 2023 title was thematic; and the award catalogue.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useE2E, shotBoth, textOf, visible, WAIT_MS, type Watched } from './support.js';

let w: Watched | undefined;

const { env, open } = useE2E();

const menu = (page: Page) => page.getByTestId('side-menu');
const menuEntry = (page: Page, label: string) =>
  menu(page).locator('.ant-menu-item, .ant-menu-submenu-title').filter({ hasText: new RegExp(`^\\s*${label}\\s*$`) });
const dropdown = (page: Page) => page.locator('.ant-select-dropdown').filter({ visible: true });

/** Opens a Select and clicks the option whose text starts with `label`. */
async function pick(page: Page, select: Locator, label: string): Promise<void> {
  await select.click();
  const option = dropdown(page).locator('.ant-select-item-option').filter({ hasText: label }).first();
  await visible(option);
  await option.click();
}

/** Adds a title to a year's multi-select by typing its abbreviation (search ignores diacritics). */
async function addTitle(page: Page, year: number, search: string): Promise<void> {
  await page.getByTestId(`titles-${year}`).click();
  await page.keyboard.type(search);
  const options = dropdown(page).locator('.ant-select-item-option');
  await expect.poll(() => options.count()).toBe(1);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
}

const isCheck = (url: string) => new URL(url).pathname === '/api/v1/eligibility/check';

async function submit(page: Page): Promise<void> {
  const answered = page.waitForResponse((r) => isCheck(r.url()), { timeout: WAIT_MS });
  await page.getByTestId('check-submit').click();
  await answered;
}

describe('awards: eligibility check and catalogue', () => {
  it('CSTĐ tỉnh 2024: eligible with 3 CSTĐCS and a provincial initiative; a thematic 2023 title breaks the chain', async () => {
    w = await open();
    const { page } = w;
    await env().login(page, 'bantdkt');
    await menuEntry(page, 'Khen thưởng').click();
    await menuEntry(page, 'Kiểm tra điều kiện').click();
    await page.waitForURL((u) => u.pathname === '/app/khen-thuong/kiem-tra');
    await visible(page.getByRole('heading', { level: 3, name: 'Kiểm tra điều kiện khen thưởng' }));
    await expect.poll(() => menu(page).locator('.ant-menu-item-selected').allInnerTexts()).toEqual(['Kiểm tra điều kiện']);
    // The year under review defaults to last year.
    expect(await textOf(page.getByTestId('check-year'))).toBe(String(new Date().getFullYear() - 1));

    await pick(page, page.getByTestId('check-award'), 'Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh');
    await pick(page, page.getByTestId('check-year'), '2024');
    await expect.poll(() => textOf(page.getByTestId('check-year'))).toBe('2024');
    for (const year of [2022, 2023, 2024]) {
      await pick(page, page.getByTestId(`rating-${year}`), 'HTXSNV – Hoàn thành xuất sắc nhiệm vụ');
      await addTitle(page, year, 'cstdcs');
      await expect.poll(() => textOf(page.getByTestId(`titles-${year}`))).toContain('CSTĐCS');
    }
    expect(await textOf(page.getByTestId('rating-2023'))).toBe('HTXSNV');
    await page.getByTestId('initiative-add').click();
    expect(await textOf(page.getByTestId('initiative-year-0'))).toBe('2024');
    await page.getByTestId('initiative-scope-0').getByText('Tỉnh, bộ, ngành').click();

    await submit(page);
    const verdict = await visible(page.getByTestId('verdict'));
    expect(await textOf(page.getByTestId('verdict-status'))).toBe('Đủ điều kiện');
    expect(await textOf(page.getByTestId('verdict-ruleset'))).toBe('Căn cứ: Luật TĐKT 2022 và Nghị định 98/2023/NĐ-CP');
    expect(await textOf(page.getByTestId('reason-cstdcs_chain'))).toContain('Điều 22');
    expect(await page.getByTestId('reason-cstdcs_chain').getAttribute('data-state')).toBe('ok');
    expect(await page.getByTestId('reason-council_vote').getAttribute('data-state')).toBe('manual');
    expect(await textOf(page.getByTestId('reason-council_vote'))).toContain('cần Hội đồng xem xét');
    const reward = await textOf(page.getByTestId('verdict-reward'));
    expect(reward).toContain('7.020.000 đồng');
    expect(reward).toContain('3 × lương cơ sở 2.340.000 đồng');
    expect(await verdict.getByTestId('verdict-missing').count()).toBe(0);
    expect((await shotBoth(page, 'awards-check-eligible')).phoneOverflow, 'sideways scrolling at 390 px').toBeLessThanOrEqual(1);

    // The 2023 title was a thematic one: it does not count in the chain (D152 Art 4.3).
    await pick(page, page.getByTestId('title-kind-2023-CSTDCS'), 'Chuyên đề');
    await visible(page.getByTestId('verdict-stale'));
    await submit(page);
    await expect.poll(() => textOf(page.getByTestId('verdict-status'))).toBe('Chưa đủ điều kiện');
    expect(await page.getByTestId('verdict-stale').count()).toBe(0);
    expect(await page.getByTestId('reason-cstdcs_chain').getAttribute('data-state')).toBe('fail');
    const missing = await textOf(await visible(page.getByTestId('verdict-missing')));
    expect(missing).toMatch(/^Còn thiếu .*CSTĐCS/);
    expect(missing).toContain('2023');
    expect(await page.getByTestId('verdict-reward').count()).toBe(0);
    expect((await shotBoth(page, 'awards-check-not-eligible')).phoneOverflow, 'sideways scrolling at 390 px').toBeLessThanOrEqual(1);
    expect(w.pageErrors).toEqual([]);
    expect(w.apiFailures.filter((f) => !f.includes('/auth/'))).toEqual([]);

    // A decision date before the year under review: the server's message lands under the date field.
    const date = page.getByTestId('check-decision-date');
    await date.click();
    await page.keyboard.type('15/03/2023');
    await page.keyboard.press('Enter');
    await page.getByTestId('check-submit').click();
    const fieldError = page.locator('.ant-form-item').filter({ has: date }).locator('.ant-form-item-explain-error');
    expect(await textOf(await visible(fieldError))).toBe('Ngày quyết định không thể trước năm xét khen thưởng');
    expect(await page.getByTestId('check-error').count()).toBe(0);
  });

  it('the catalogue lists every award, searchable without diacritics, with the dossier on expanding', async () => {
    w = await open();
    const { page } = w;
    await env().login(page, 'bantdkt');
    await menuEntry(page, 'Khen thưởng').click();
    await menuEntry(page, 'Danh mục').click();
    await page.waitForURL((u) => u.pathname === '/app/khen-thuong/danh-muc');
    await visible(page.getByRole('heading', { level: 3, name: 'Danh mục danh hiệu, hình thức khen thưởng' }));
    const row = await visible(page.getByTestId('award-CSTDCS'));
    const text = await textOf(row);
    expect(text).toContain('Chiến sĩ thi đua cơ sở');
    expect(text).toContain('Danh hiệu thi đua');
    expect(text).toContain('Cá nhân');
    expect(text).toContain('tối thiểu 80% tổng số thành viên');
    expect(text).toContain('Cá nhân: 1 × lương cơ sở');
    expect(await textOf(page.getByTestId('award-CSTD_TINH'))).toContain('Cá nhân: 3 × lương cơ sở');
    expect(await textOf(page.getByTestId('catalogue-count'))).toMatch(/^Hiển thị (\d+) \/ \1 danh hiệu, hình thức$/);
    expect((await shotBoth(page, 'awards-catalogue')).phoneOverflow, 'sideways scrolling at 390 px').toBeLessThanOrEqual(1);

    await page.getByTestId('catalogue-search').locator('input').fill('chien si thi dua co so');
    await expect.poll(() => page.locator('[data-testid^="award-"]').count()).toBe(1);
    await row.getByText('Chiến sĩ thi đua cơ sở').click(); // a click anywhere on the row opens it
    const dossier = await visible(page.getByTestId('dossier-CSTDCS'));
    expect(await textOf(dossier)).toContain('Thành phần hồ sơ đề nghị');
    expect(await textOf(dossier)).toContain('Tờ trình');
    await shotBoth(page, 'awards-catalogue-dossier');

    await page.getByTestId('catalogue-search').locator('input').fill('');
    await pick(page, page.getByTestId('catalogue-subject'), 'Hộ gia đình');
    await visible(page.getByTestId('award-GIA_DINH_VH'));
    expect(await page.getByTestId('award-CSTDCS').count()).toBe(0);
    expect(await textOf(page.getByTestId('award-GK'))).toContain('Hộ gia đình: 1,5 × mức của cá nhân');
    expect(w.pageErrors).toEqual([]);
  });
});
