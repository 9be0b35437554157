import { describe, expect, it } from 'vitest';
import { sweepReminders } from '../src/modules/reminders/sweep.js';
import type { Page } from 'playwright-core';
import { shotBoth, textOf, useE2E, visible, WAIT_MS, type Watched } from './support.js';

const todayVn = () => new Date().toISOString().slice(0, 10).split('-').reverse().join('/');
const noSideways = 'sideways scrolling at 390 px';
const saveModal = (page: Page) => page.locator('.ant-modal-footer .ant-btn-primary').filter({ visible: true }).click();

describe('deadlines, e-mail addresses and reminders', () => {
  const { env, open } = useE2E();
  let w: Watched;

  it('the board moves the year-end due day to 05/12, typed as dd/mm; an impossible day is refused on the field', async () => {
    w = await open();
    const { page } = w;
    await env().login(page, 'bantdkt');
    await page.goto(`${env().baseUrl}/app/khen-thuong/cai-dat`);
    expect(await textOf(await visible(page.getByTestId('setting-value-yearEndDueDay')))).toBe('hạn nộp hồ sơ khen thưởng tổng kết năm: hết ngày 10/12');
    await page.getByTestId('setting-change-yearEndDueDay').click();
    const form = await visible(page.getByTestId('setting-form'));
    const value = page.getByTestId('setting-form-value');
    await expect.poll(() => value.inputValue()).toBe('10/12');
    await value.fill('31/2');
    await page.getByTestId('setting-form-date').click();
    await page.getByTestId('setting-form-date').fill(todayVn());
    await page.keyboard.press('Enter');
    await page.getByTestId('setting-form-reason').fill('Kế hoạch tổng kết năm của Hội đồng TĐKT tỉnh');
    await shotBoth(page, 'settings-year-end-form');
    await saveModal(page);
    await expect.poll(() => textOf(form), { timeout: WAIT_MS }).toContain('Hạn nộp hồ sơ tổng kết năm: ghi ngày/tháng dạng dd/mm có trong mọi năm');
    await value.fill('5/12');
    await saveModal(page);
    await expect.poll(() => textOf(page.getByTestId('setting-value-yearEndDueDay')), { timeout: WAIT_MS }).toBe('hạn nộp hồ sơ khen thưởng tổng kết năm: hết ngày 05/12');
    expect((await shotBoth(page, 'settings-deadlines')).phoneOverflow, noSideways).toBeLessThanOrEqual(1);
    expect(w.pageErrors).toEqual([]);
  });

  it('the admin gives Health\'s officer an address, refusing a malformed one as typed', async () => {
    w = await open();
    const { page } = w;
    await env().login(page, 'admin');
    await page.goto(`${env().baseUrl}/app/quan-tri/nguoi-dung`);
    const row = page.locator('.ant-table-row').filter({ hasText: 'syte' });
    await row.getByRole('button', { name: 'Sửa' }).click();
    const form = await visible(page.getByTestId('user-form'));
    const email = form.getByTestId('user-email');
    await expect.poll(() => email.inputValue()).toBe('syte@kontum.gov.vn.example');
    await email.fill('nhung@syt');
    await expect.poll(() => textOf(form)).toContain('Địa chỉ e-mail không hợp lệ (ví dụ: ten.ho@kontum.gov.vn)');
    await shotBoth(page, 'user-form-email');
    await email.fill('nhung.pth@syt.kontum.gov.vn');
    await saveModal(page);
    await expect.poll(() => textOf(row.getByTestId('user-email-cell')), { timeout: WAIT_MS }).toBe('nhung.pth@syt.kontum.gov.vn');
    expect((await shotBoth(page, 'users-with-email')).phoneOverflow, noSideways).toBeLessThanOrEqual(1);
  });

  it('an officer sets their own address from the user menu', async () => {
    w = await open();
    const { page } = w;
    await env().login(page, 'dakha');
    const item = page.locator('.ant-dropdown').filter({ visible: true }).getByRole('menuitem', { name: 'Địa chỉ e-mail' });
    await expect.poll(async () => {
      if (!(await item.count())) await page.getByTestId('user-menu').click();
      await item.click({ timeout: 3_000 }).catch(() => undefined);
      return page.getByTestId('own-email-form').count();
    }, { timeout: WAIT_MS }).toBe(1);
    const email = page.getByTestId('user-email');
    await expect.poll(() => email.inputValue()).toBe('dakha@kontum.gov.vn.example');
    await email.fill('hung.nv@dakha.kontum.gov.vn');
    await shotBoth(page, 'own-email');
    await saveModal(page);
    await visible(page.locator('.ant-message').getByText('Đã lưu địa chỉ e-mail'));
    const stored = await env().db.selectFrom('users').select('email').where('username', '=', 'dakha').executeTakeFirstOrThrow();
    expect(stored.email).toBe('hung.nv@dakha.kontum.gov.vn');
  });

  it('Đắk Hà sees the reminders sent to it, with their e-mail status; the board sees every unit\'s', async () => {
    await sweepReminders(env().db, { today: '2024-12-03' });
    await sweepReminders(env().db, { today: '2024-12-11', mailer: { send: () => Promise.reject(new Error('Máy chủ thư từ chối kết nối')), close: () => undefined } });
    w = await open();
    const { page } = w;
    await env().login(page, 'dakha');
    await page.goto(`${env().baseUrl}/app/khen-thuong/nhac-han`);
    const rows = page.getByTestId('reminder-row');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    const texts = (await rows.allInnerTexts()).join('\n');
    expect(texts).toContain('Đề nghị khen thưởng tổng kết năm 2024 (đợt 2)');
    expect(texts).toContain('Máy chủ thư từ chối kết nối');
    expect(texts).not.toContain('Thành phố Kon Tum');
    expect((await shotBoth(page, 'reminders-unit')).phoneOverflow, noSideways).toBeLessThanOrEqual(1);
    expect(w.pageErrors).toEqual([]);
    const boardPage = await env().newPage();
    await env().login(boardPage, 'bantdkt');
    await boardPage.goto(`${env().baseUrl}/app/khen-thuong/nhac-han`);
    await expect.poll(async () => (await boardPage.getByTestId('reminder-row').allInnerTexts()).join('\n')).toContain('Thành phố Kon Tum');
    await boardPage.context().close();
  });
});
