/**
 * The whole commendation path in the browser: Đắk Hà's officer (dakha) proposes two nominees, the
 * board returns the dossier, the unit fixes and resends it, the board puts it before the council and
 * publishes it, a citizen sends feedback, the council votes in secret (one passes, one fails the 80 %
 * threshold over all nine members), the decision is issued, the award appears in the sổ vàng and the
 * .docx carries the header, number and name.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { confirmDialog, shotBoth, textOf, useE2E, visible, WAIT_MS, type Watched } from './support.js';

let w: Watched | undefined;
const { env, open } = useE2E();

const TITLE = 'Đề nghị khen thưởng tổng kết năm – trình diễn toàn quy trình';
const PDF = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ho-so-')), 'tai-lieu.pdf');
fs.writeFileSync(PDF, '%PDF-1.4\n% hồ sơ\n');
const dropdown = (page: Page) => page.locator('.ant-select-dropdown').filter({ visible: true });
let proposalUrl = '';
let sessionUrl = '';

/** Chooses an option of a Select, typing to search first; retried (a click during the opening animation can be lost). */
async function pick(page: Page, testId: string, label: string, typed?: string): Promise<void> {
  const select = page.getByTestId(testId);
  await expect.poll(async () => {
    if (!(await textOf(select)).includes(label)) {
      await select.click();
      if (typed) await page.keyboard.type(typed);
      const option = dropdown(page).locator('.ant-select-item-option').filter({ hasText: label }).first();
      await option.waitFor({ state: 'visible', timeout: 5_000 }).catch(() => undefined);
      await option.click({ timeout: 5_000 }).catch(() => undefined);
    }
    return textOf(select);
  }, { timeout: WAIT_MS }).toContain(label);
}

const state = (page: Page) => textOf(page.getByTestId('proposal-state'));
const shotOk = async (page: Page, name: string) => expect((await shotBoth(page, name)).phoneOverflow, `${name} scrolls sideways at 390 px`).toBeLessThanOrEqual(1);

/** Failed API answers seen by the extra pages (other users signed in beside the watched one). */
const failures: string[] = [];

async function as(username: string, url: string): Promise<Page> {
  const page = await env().newPage();
  page.setDefaultTimeout(WAIT_MS);
  // The login page's own "who am I?" answers 401 before signing in.
  page.on('response', (r) => {
    const where = new URL(r.url()).pathname;
    if (where.startsWith('/api/') && r.status() >= 400 && where !== '/api/v1/auth/me') failures.push(`${username} ${r.status()} ${where}`);
  });
  await env().login(page, username);
  await page.goto(url);
  return page;
}

describe('commendation workflow', () => {
  it('the unit builds the dossier with two nominees and their documents, then sends it', async () => {
    w = await open();
    const { page } = w;
    await env().login(page, 'dakha');
    await page.goto(`${env().baseUrl}/app/khen-thuong/ho-so`);
    await visible(page.getByRole('heading', { level: 3, name: 'Hồ sơ đề nghị khen thưởng' }));
    await visible(page.getByTestId('proposal-list').getByText('Đề nghị khen thưởng tổng kết năm 2024 – huyện Đắk Hà'));
    await shotOk(page, 'cw-proposals');
    await page.getByTestId('proposal-create').click();
    await page.getByTestId('proposal-form-title').fill(TITLE);
    await page.getByTestId('proposal-form-save').click();
    await page.waitForURL(/\/app\/khen-thuong\/ho-so\/.+/);
    proposalUrl = page.url();
    await visible(page.getByRole('heading', { level: 3, name: TITLE }));

    await page.getByTestId('nominee-add').click();
    await pick(page, 'nominee-person', 'Trần Văn Quang', 'tran van quang');
    await pick(page, 'nominee-award', 'Chiến sĩ thi đua cơ sở', 'CSTDCS');
    await page.getByTestId('nominee-achievements').fill('Tham mưu tăng thu ngân sách huyện 18% so với dự toán; sáng kiến quản lý vốn đầu tư công.');
    await page.getByTestId('nominee-override').fill('Sáng kiến đã được công nhận ngày 05/11/2024');
    await page.getByTestId('nominee-form-save').click();
    await expect.poll(() => textOf(page.getByTestId('nominee-table'))).toContain('Trần Văn Quang');

    await page.getByTestId('nominee-add').click();
    await page.getByTestId('nominee-kind').getByText('Tập thể').click();
    await pick(page, 'nominee-award', 'Tập thể lao động tiên tiến', 'TTLDTT');
    await page.getByTestId('nominee-achievements').fill('Hoàn thành vượt mức 15/17 chỉ tiêu kinh tế – xã hội năm 2024.');
    await page.getByTestId('nominee-override').fill('Số liệu thành viên gửi kèm báo cáo');
    await page.getByTestId('nominee-form-save').click();
    await expect.poll(() => textOf(page.getByTestId('nominee-table'))).toContain('Huyện Đắk Hà');
    await expect.poll(() => textOf(page.getByTestId('proposal-issues'))).toContain('Thiếu tài liệu');

    await page.getByRole('tab', { name: 'Tài liệu' }).click();
    const uploads = page.getByTestId('document-list').locator('input[type=file]');
    const count = await uploads.count();
    expect(count).toBe(5);
    for (let i = 0; i < count; i++) {
      const answered = page.waitForResponse((r) => r.url().includes('/documents?') && r.status() === 201);
      await page.getByTestId('document-list').locator('input[type=file]').nth(i).setInputFiles(PDF);
      await answered;
    }
    await expect.poll(() => page.getByTestId('proposal-issues').count()).toBe(0);
    await shotOk(page, 'cw-proposal-documents');
    await page.getByRole('tab', { name: /Người, tập thể/ }).click();
    await shotOk(page, 'cw-proposal-draft');
    await page.getByTestId('action-submit').click();
    await confirmDialog(page);
    await expect.poll(() => state(page)).toBe('Đã gửi');
    expect(w.pageErrors).toEqual([]);
  });

  it('the board returns it with a reason; the unit fixes it and sends it again', async () => {
    w = await open();
    const board = w.page;
    await env().login(board, 'bantdkt');
    await board.goto(proposalUrl);
    await board.getByTestId('action-start_review').click();
    await confirmDialog(board);
    await expect.poll(() => state(board)).toBe('Đang thẩm định');
    await board.getByTestId('action-return').click();
    await board.getByTestId('reason-input').fill('Ghi rõ ngày công nhận sáng kiến của ông Quang');
    await board.getByTestId('reason-ok').click();
    await expect.poll(() => state(board)).toBe('Trả lại đơn vị');

    const unit = await as('dakha', proposalUrl);
    await visible(unit.getByText('Ban Thi đua – Khen thưởng trả lại hồ sơ: Ghi rõ ngày công nhận sáng kiến của ông Quang'));
    await shotOk(unit, 'cw-proposal-returned');
    await unit.getByRole('button', { name: 'Ghi lý do' }).first().click();
    await unit.locator('#override-reason').fill('Sáng kiến được Hội đồng sáng kiến huyện công nhận tại Quyết định 45/QĐ-HĐSK ngày 05/11/2024');
    await confirmDialog(unit);
    await expect.poll(() => textOf(unit.getByTestId('nominee-table'))).toContain('45/QĐ-HĐSK');
    await unit.getByTestId('action-resubmit').click();
    await confirmDialog(unit);
    await expect.poll(() => state(unit)).toBe('Đã gửi lại');
    await unit.getByRole('tab', { name: 'Lịch sử xử lý' }).click();
    await expect.poll(() => textOf(unit.getByTestId('proposal-history'))).toContain('Ghi rõ ngày công nhận sáng kiến');
    await shotOk(unit, 'cw-proposal-history');
    await unit.context().close();

    await board.reload();
    await board.getByTestId('action-start_review').click();
    await confirmDialog(board);
    await expect.poll(() => state(board)).toBe('Đang thẩm định');
    await board.getByTestId('action-approve').click();
    await confirmDialog(board);
    await expect.poll(() => state(board)).toBe('Trình Hội đồng');
    await board.getByTestId('action-publish').click();
    await board.getByTestId('publish-ok').click();
    await expect.poll(() => state(board)).toBe('Đang công khai');
  });

  it('a citizen sends feedback on the public page; the board handles it and ends the disclosure', async () => {
    w = await open();
    const { page } = w;
    await page.goto(`${env().baseUrl}/cong-khai`);
    // The portal's server-rendered page (portal-disclosures tests cover it without JavaScript).
    await page.getByTestId('disclosures-open').getByRole('link', { name: new RegExp(TITLE) }).click();
    await visible(page.getByTestId('nominees').getByText('Trần Văn Quang'));
    await page.getByLabel('Họ và tên').fill('Trần Văn Bình');
    await page.getByLabel('Điện thoại, thư điện tử hoặc địa chỉ').fill('0905 123 456');
    await page.getByLabel('Nội dung góp ý').fill('Ông Quang tận tụy, tôi đồng ý. <b>Không</b> có ý kiến khác.');
    await shotOk(page, 'cw-public-disclosure');
    await page.getByTestId('feedback-submit').click();
    await visible(page.getByTestId('feedback-sent'));

    const board = await as('bantdkt', `${env().baseUrl}/app/khen-thuong/cong-khai`);
    const row = board.getByTestId('disclosure-list').locator('tr').filter({ hasText: TITLE });
    await row.getByTestId('feedback-open').click();
    // Shown as typed, never as markup.
    await visible(board.getByTestId('feedback-list').getByText('Ông Quang tận tụy, tôi đồng ý. <b>Không</b> có ý kiến khác.'));
    await board.getByTestId('feedback-handle').first().click();
    await board.getByTestId('feedback-handle-text').fill('Ghi nhận; báo cáo Hội đồng tại phiên họp');
    await board.getByTestId('feedback-handle-save').click();
    await expect.poll(() => textOf(board.getByTestId('feedback-list'))).toContain('Đã xử lý');
    await shotOk(board, 'cw-disclosure-feedback');
    await board.keyboard.press('Escape');
    await row.getByTestId('disclosure-close').click();
    await board.getByTestId('disclosure-close-reason').fill('Hội đồng họp sớm theo chỉ đạo của UBND tỉnh');
    await board.getByTestId('disclosure-close-ok').click();
    await expect.poll(() => textOf(row)).toContain('Đã kết thúc');
    await shotOk(board, 'cw-disclosures');
    await board.context().close();
  });

  it('the board prepares the session; eight members attend', async () => {
    w = await open();
    const { page } = w;
    await env().login(page, 'bantdkt');
    await page.goto(`${env().baseUrl}/app/hoi-dong`);
    await page.getByTestId('session-create').click();
    await page.getByTestId('session-form-save').click();
    await page.waitForURL(/\/app\/hoi-dong\/.+/);
    sessionUrl = page.url();
    await pick(page, 'agenda-proposal', TITLE);
    await page.getByTestId('agenda-add').click();
    await expect.poll(() => page.getByTestId('agenda-table').locator('tbody tr.ant-table-row').count()).toBe(2);
    await page.getByTestId('attendance').getByText(/Nguyễn Thị Bích Thủy/).click(); // hoidong9 stays unticked below
    for (const name of ['Lê Ngọc Tuấn', 'Nguyễn Văn Hòa', 'Trần Thị Ngọc Hoa', 'Y Ngọc', 'Đỗ Xuân Tiến', 'A Pớt', 'Huỳnh Thị Lan', 'Phan Văn Thế', 'Nguyễn Thị Bích Thủy']) {
      await page.getByTestId('attendance').getByText(new RegExp(`^${name} `)).click();
    }
    await page.getByTestId('attendance-save').click();
    await expect.poll(() => textOf(page.getByTestId('quorum'))).toContain('8/9');
    await shotOk(page, 'cw-session-planned');
    await page.getByTestId('session-open').click();
    await confirmDialog(page);
    await expect.poll(() => textOf(page.getByTestId('session-state'))).toBe('Đang bỏ phiếu');
  });

  /** Member `i` logs in and votes `answer` on both items. */
  async function vote(i: number, answer: 'Đồng ý' | 'Không đồng ý'): Promise<void> {
    const page = await as(`hoidong${i}`, sessionUrl);
    for (const name of ['Trần Văn Quang', 'Huyện Đắk Hà']) await page.getByTestId(`ballot-${name}`).getByText(answer, { exact: true }).click();
    if (i === 1) await shotOk(page, 'cw-ballot');
    await page.getByTestId('ballot-send').click();
    await confirmDialog(page);
    await expect.poll(() => textOf(page.getByTestId('agenda-table'))).toContain('Đã bỏ phiếu');
    await page.context().close();
  }

  // Seven for both; the eighth against both.
  it('members vote in secret from their own logins (1–4)', async () => {
    for (const i of [1, 2, 3, 4]) await vote(i, 'Đồng ý');
  });

  it('members vote in secret from their own logins (5–8)', async () => {
    for (const i of [5, 6, 7]) await vote(i, 'Đồng ý');
    await vote(8, 'Không đồng ý');
    expect(failures).toEqual([]);
  });

  it('the secretary records the absent member\'s written opinion, closes the ballot and gets the minutes', async () => {
    w = await open();
    const { page } = w;
    await env().login(page, 'bantdkt');
    await page.goto(sessionUrl);
    await expect.poll(() => textOf(page.getByTestId('agenda-table'))).toContain('8 phiếu, 0 ý kiến văn bản');
    await page.getByTestId('written-open').click();
    await page.getByTestId('written-Trần Văn Quang').getByText('Không đồng ý').click();
    await page.getByTestId('written-Huyện Đắk Hà').getByText('Đồng ý', { exact: true }).click();
    await page.getByTestId('written-save').click();
    await expect.poll(() => textOf(page.getByTestId('agenda-table'))).toContain('8 phiếu, 1 ý kiến văn bản');
    await page.getByTestId('session-close').click();
    await confirmDialog(page);
    await expect.poll(() => page.getByTestId('tally-result').allInnerTexts()).toEqual(['Không đạt', 'Đạt']);
    expect(await textOf(page.getByTestId('agenda-table'))).toContain('Đồng ý 7/9');
    await shotOk(page, 'cw-session-closed');
    const minutes = await page.request.get(`${env().baseUrl}${await page.getByTestId('minutes-download').getAttribute('href')}`);
    expect(minutes.ok()).toBe(true);
    const xml = await (await JSZip.loadAsync(await minutes.body())).file('word/document.xml')!.async('string');
    expect(xml).toContain('BIÊN BẢN');
    expect(xml).toContain('Trần Văn Quang');
  });

  it('the board drafts and issues the decision; the award is in the sổ vàng and the .docx is right', async () => {
    w = await open();
    const { page } = w;
    await env().login(page, 'bantdkt');
    await page.goto(proposalUrl);
    await expect.poll(() => textOf(page.getByTestId('nominee-table'))).toContain('Không khen thưởng');
    await shotOk(page, 'cw-proposal-outcomes');
    await page.getByRole('tab', { name: 'Quyết định' }).click();
    await page.getByTestId('decision-draft').click();
    await page.getByTestId('decision-signer').fill('Nguyễn Ngọc Sâm');
    await page.getByTestId('decision-form-save').click();
    await page.waitForURL(/\/app\/khen-thuong\/quyet-dinh\/.+/);
    await visible(page.getByTestId('decision-preview').getByText('Huyện Đắk Hà').first());
    await shotOk(page, 'cw-decision-draft');
    await page.getByTestId('decision-issue').click();
    await page.getByTestId('issue-form-save').click();
    await expect.poll(() => textOf(page.getByTestId('decision-state'))).toBe('Đã ban hành');
    const number = (await textOf(page.getByRole('heading', { level: 3 }))).replace('Quyết định số ', '');
    expect(number).toMatch(/^\d{2,}\/QĐ-UBND$/);
    await shotOk(page, 'cw-decision-issued');
    const docx = await page.request.get(`${env().baseUrl}${await page.getByTestId('decision-docx').getAttribute('href')}`);
    const xml = await (await JSZip.loadAsync(await docx.body())).file('word/document.xml')!.async('string');
    expect(xml).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(xml).toContain(number);
    expect(xml).toContain('Huyện Đắk Hà');
    expect(xml).not.toContain('Trần Văn Quang');

    await page.goto(`${env().baseUrl}/app/so-vang`);
    await page.locator('input[data-testid="registry-search"], [data-testid="registry-search"] input').first().fill(number);
    await expect.poll(() => textOf(page.getByTestId('award-row').first()), { timeout: WAIT_MS }).toContain('Huyện Đắk Hà');
    await page.goto(`${env().baseUrl}/app/khen-thuong/quyet-dinh`);
    await visible(page.getByTestId('decision-list').getByText(number));
    await shotOk(page, 'cw-decisions');
    expect(w.pageErrors).toEqual([]);
  });
});
