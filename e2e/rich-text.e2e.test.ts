/** The content editor: an officer formats a model (bold, a list), pastes hostile HTML; the portal shows the formatting and nothing that runs. */
import { describe, expect, it } from 'vitest';
import { confirmDialog, pickOption, shotBoth, textOf, useE2E, visible, WAIT_MS } from './support.js';

const { env, open } = useE2E();
const TITLE = 'Mô hình Nhóm tiết kiệm phụ nữ thôn Đăk Rao';
const HOSTILE = '<p>Ảnh <img src="x" onerror="window.__pwned=1"> và <a href="javascript:window.__pwned=2">liên kết lạ</a> hết.</p>';

describe('rich-text editor', () => {
  it('bold and a list reach the portal as <strong> and <li>; a pasted <img onerror> and javascript: link are neutralised', async () => {
    const officer = await open();
    const { page } = officer;
    await env().login(page, 'dakha');
    await page.goto(`${env().baseUrl}/app/dien-hinh`);
    await page.getByTestId('practices-create').click();
    await page.getByTestId('field-title').fill(TITLE);
    await page.getByTestId('field-summary').fill('Hội viên góp vốn xoay vòng, giúp nhau phát triển kinh tế hộ gia đình.');
    const editor = page.getByTestId('field-content').locator('.ProseMirror');
    await visible(editor);
    await editor.click();
    await page.keyboard.type('Mỗi tháng góp năm mươi nghìn đồng.');
    await page.keyboard.press('Shift+Home');
    await page.getByTestId('editor-bold').click();
    await expect.poll(() => editor.innerHTML(), { timeout: WAIT_MS }).toContain('<strong>Mỗi tháng góp năm mươi nghìn đồng.</strong>');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.getByTestId('editor-bold').click(); // the next lines are plain
    await page.getByTestId('editor-bullet').click();
    await page.keyboard.type('Vay không lãi trong sáu tháng');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Trả dần theo mùa vụ');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter'); // leaves the list
    await editor.evaluate((el, html) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', 'Ảnh và liên kết lạ hết.');
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, HOSTILE);
    await expect.poll(() => textOf(editor), { timeout: WAIT_MS }).toContain('liên kết lạ hết.');
    expect(await editor.innerHTML()).not.toMatch(/<img|onerror|javascript:/);
    await pickOption(page, 'field-kind', 'Mô hình hay');
    await pickOption(page, 'field-field', 'Nông nghiệp, nông thôn mới');
    await shotBoth(page, 'rich-text-editor');
    await page.getByTestId('practices-form-save').click();
    const drawer = page.getByTestId('practices-drawer');
    await expect.poll(() => textOf(drawer.getByTestId('item-status')), { timeout: WAIT_MS }).toBe('Bản nháp');
    expect(await drawer.getByTestId('item-content').innerHTML()).toContain('<li>');
    await drawer.getByTestId('review-submit').click();
    await expect.poll(() => textOf(drawer.getByTestId('item-status')), { timeout: WAIT_MS }).toBe('Chờ duyệt');

    const board = await open();
    await env().login(board.page, 'bantdkt');
    await board.page.goto(`${env().baseUrl}/app/dien-hinh`);
    await board.page.getByText(TITLE, { exact: true }).click();
    const bd = board.page.getByTestId('practices-drawer');
    await bd.getByTestId('review-publish').click();
    await confirmDialog(board.page);
    await expect.poll(() => textOf(bd.getByTestId('item-status')), { timeout: WAIT_MS }).toBe('Đã đăng');

    await board.page.goto(`${env().baseUrl}/dien-hinh?q=nhom+tiet+kiem`);
    await board.page.getByRole('link', { name: TITLE }).click();
    const content = board.page.getByTestId('practice-content');
    await visible(content);
    const html = await content.innerHTML();
    expect(html).toContain('<strong>Mỗi tháng góp năm mươi nghìn đồng.</strong>');
    expect(html).toMatch(/<li>(<p>)?Vay không lãi trong sáu tháng/);
    expect(html).toContain('liên kết lạ');
    expect(html).not.toMatch(/<img|onerror|javascript:/);
    expect(await board.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(officer.pageErrors).toEqual([]);
  });
});
