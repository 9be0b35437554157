/** An officer submits an exemplary model; the board returns it, then publishes it; citizens read it on the portal. */
import { describe, expect, it } from 'vitest';
import { confirmDialog, pickOption, shotBoth, textOf, useE2E, visible, WAIT_MS } from './support.js';

const { env, open } = useE2E();
const TITLE = 'Mô hình Tổ tự quản đường làng xanh – sạch – đẹp';

describe('exemplary models: submit, review, publish', () => {
  it('an officer submits a model, the board returns it with a reason, the officer resubmits, the board publishes it', async () => {
    const officer = await open();
    const { page } = officer;
    await env().login(page, 'dakha');
    await page.goto(`${env().baseUrl}/app/dien-hinh`);
    await visible(page.getByRole('heading', { name: 'Điển hình tiên tiến, mô hình hay' }));
    await page.getByTestId('practices-create').click();
    await page.getByTestId('field-title').fill(TITLE);
    await page.getByTestId('field-summary').fill('Thôn Kon Stiu tự quản giữ đường làng sạch đẹp, trồng hoa hai bên đường.');
    await page.getByTestId('field-content').locator('.ProseMirror').fill('Mỗi hộ nhận một đoạn đường. Cuối tuần cả thôn cùng dọn vệ sinh.');
    await pickOption(page, 'field-kind', 'Mô hình hay');
    await pickOption(page, 'field-field', 'Nông nghiệp, nông thôn mới');
    await page.getByTestId('practices-form-save').click();
    const drawer = page.getByTestId('practices-drawer');
    await expect.poll(() => textOf(drawer.getByTestId('item-status')), { timeout: WAIT_MS }).toBe('Bản nháp');
    await drawer.getByTestId('review-submit').click();
    await expect.poll(() => textOf(drawer.getByTestId('item-status')), { timeout: WAIT_MS }).toBe('Chờ duyệt');
    await shotBoth(page, 'practices-officer');

    const board = await open();
    await env().login(board.page, 'bantdkt');
    await board.page.goto(`${env().baseUrl}/app/dien-hinh`);
    await board.page.getByText(TITLE, { exact: true }).click();
    const bd = board.page.getByTestId('practices-drawer');
    await bd.getByTestId('review-return').click();
    await board.page.getByTestId('review-return-note').fill('Bổ sung ảnh đường làng');
    await confirmDialog(board.page, board.page.getByTestId('review-return-confirm'));
    await expect.poll(() => textOf(bd.getByTestId('item-status')), { timeout: WAIT_MS }).toBe('Trả lại');

    await page.reload();
    await page.getByText(TITLE, { exact: true }).click();
    await expect.poll(() => textOf(drawer.getByTestId('item-review-note')), { timeout: WAIT_MS }).toBe('Bị trả lại: Bổ sung ảnh đường làng');
    await drawer.getByTestId('review-submit').click();
    await expect.poll(() => textOf(drawer.getByTestId('item-status')), { timeout: WAIT_MS }).toBe('Chờ duyệt');

    await board.page.reload();
    await board.page.getByText(TITLE, { exact: true }).click();
    await bd.getByTestId('review-publish').click();
    await confirmDialog(board.page);
    await expect.poll(() => textOf(bd.getByTestId('item-status')), { timeout: WAIT_MS }).toBe('Đã đăng');
    await shotBoth(board.page, 'practices-board');
    expect(board.apiFailures.filter((f) => !f.endsWith('/api/v1/auth/me'))).toEqual([]); // before login
    expect(board.pageErrors).toEqual([]);

    // Citizens find it on the portal, without diacritics.
    await board.page.goto(`${env().baseUrl}/dien-hinh?q=duong+lang+xanh`);
    await board.page.getByRole('link', { name: TITLE }).click();
    expect(await textOf(board.page.getByTestId('practice-content'))).toContain('Cuối tuần cả thôn cùng dọn vệ sinh.');
  });
});
