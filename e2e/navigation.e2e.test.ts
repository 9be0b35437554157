/** The signed-in frame: every module of the side navigation, language, dashboard search, logout, guard. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../test/harness.js';
import { useE2E, PHONE, shotBoth, textOf, visible, WAIT_MS, type Watched } from './support.js';

let w: Watched | undefined;

const { env, open } = useE2E();

interface Module {
  /** Label in the side menu (Vietnamese). */
  label: string;
  path: string;
  /** Heading of the module's screen. */
  heading: string | RegExp;
  /** The sub-menu it sits in ("Khen thưởng", "Quản trị"), closed at first. */
  group?: string;
}

const MODULES: Module[] = [
  { label: 'Việc cần làm', path: '/app', heading: 'Việc cần làm' },
  { label: 'Phong trào thi đua', path: '/app/phong-trao', heading: 'Phong trào thi đua' },
  { label: 'Chỉ tiêu thi đua', path: '/app/chi-tieu', heading: 'Chỉ tiêu thi đua chủ yếu năm 2024' },
  { label: 'Cụm, khối thi đua', path: '/app/cum-khoi', heading: 'Cụm, khối thi đua' },
  { label: 'Đăng ký thi đua', path: '/app/dang-ky', heading: 'Đăng ký thi đua' },
  { label: 'Kiểm tra điều kiện', path: '/app/khen-thuong/kiem-tra', heading: 'Kiểm tra điều kiện khen thưởng', group: 'Khen thưởng' },
  { label: 'Danh mục', path: '/app/khen-thuong/danh-muc', heading: 'Danh mục danh hiệu, hình thức khen thưởng', group: 'Khen thưởng' },
  { label: 'Cài đặt quy định', path: '/app/khen-thuong/cai-dat', heading: 'Cài đặt quy định', group: 'Khen thưởng' },
  { label: 'Hồ sơ đề nghị', path: '/app/khen-thuong/ho-so', heading: 'Hồ sơ đề nghị khen thưởng', group: 'Khen thưởng' },
  { label: 'Công khai', path: '/app/khen-thuong/cong-khai', heading: 'Công khai danh sách đề nghị khen thưởng', group: 'Khen thưởng' },
  { label: 'Quyết định', path: '/app/khen-thuong/quyet-dinh', heading: 'Quyết định khen thưởng', group: 'Khen thưởng' },
  { label: 'Hội đồng TĐKT', path: '/app/hoi-dong', heading: 'Hội đồng Thi đua – Khen thưởng' },
  { label: 'Sổ vàng', path: '/app/so-vang', heading: 'Sổ vàng khen thưởng' },
  { label: 'Điển hình tiên tiến', path: '/app/dien-hinh', heading: 'Điển hình tiên tiến, mô hình hay' },
  { label: 'Tin tức', path: '/app/tin-tuc', heading: 'Tin tức, tuyên truyền' },
  { label: 'Báo cáo thống kê', path: '/app/bao-cao', heading: 'Báo cáo thống kê' },
  { label: 'Đơn vị', path: '/app/quan-tri/don-vi', heading: 'Đơn vị', group: 'Quản trị' },
  { label: 'Cá nhân', path: '/app/quan-tri/ca-nhan', heading: 'Cá nhân', group: 'Quản trị' },
  { label: 'Người dùng', path: '/app/quan-tri/nguoi-dung', heading: 'Người dùng', group: 'Quản trị' },
  { label: 'Nhật ký', path: '/app/quan-tri/nhat-ky', heading: 'Nhật ký', group: 'Quản trị' },
];

const menu = (page: Page) => page.getByTestId('side-menu');
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A menu entry by its exact visible label (the accessible name also carries the icon's name). */
const menuItem = (page: Page, label: string) =>
  menu(page).locator('.ant-menu-item, .ant-menu-submenu-title').filter({ hasText: new RegExp(`^\\s*${escapeRe(label)}\\s*$`) });
const slug = (path: string) => (path === '/app' ? 'viec-can-lam' : path.replace('/app/', '').replace(/\//g, '-'));

/** Checks that the module's own screen is shown (and nothing else). */
async function expectScreen(page: Page, m: Module): Promise<void> {
  await page.waitForURL((u) => u.pathname === m.path);
  const content = page.locator('.app-content');
  await visible(content.getByRole('heading', { level: 3, name: m.heading, exact: true }));
  expect(await content.getByText('Không tìm thấy trang').count()).toBe(0);
}

describe('navigation', () => {
  it('every module of the side navigation opens its screen (admin, 1366 px)', async () => {
    w = await open();
    const { page } = w;
    await env().login(page, 'admin');
    await visible(menu(page));
    w.apiFailures.length = 0; // the login page's own "who am I?" answers 401 before signing in
    // Every module is listed, in order (sub-menus are closed at first).
    const top = await menu(page).locator(':scope > li.ant-menu-item, :scope > li.ant-menu-submenu > .ant-menu-submenu-title').allInnerTexts();
    expect(top.map((t) => t.trim())).toEqual([...new Set(MODULES.map((m) => m.group ?? m.label))]);

    for (const m of MODULES) {
      if (m.group && !(await menuItem(page, m.label).isVisible())) {
        await menuItem(page, m.group).click();
      }
      await menuItem(page, m.label).click();
      await expectScreen(page, m);
      // The item of the open screen is highlighted.
      await expect.poll(() => menu(page).locator('.ant-menu-item-selected').allInnerTexts()).toEqual([m.label]);
      const { phoneOverflow } = await shotBoth(page, `nav-${slug(m.path)}`);
      expect(phoneOverflow, `${m.path} scrolls sideways at 390 px`).toBeLessThanOrEqual(1);
    }
    expect(w.pageErrors).toEqual([]);
    expect(w.apiFailures).toEqual([]);
  });

  it('a unit officer sees no admin-only items (users, audit log)', async () => {
    w = await open();
    const { page } = w;
    await env().login(page, 'skhdt');
    await menuItem(page, 'Quản trị').click();
    await visible(menuItem(page, 'Đơn vị'));
    expect(await menuItem(page, 'Cá nhân').isVisible()).toBe(true);
    expect(await menuItem(page, 'Người dùng').count()).toBe(0);
    expect(await menuItem(page, 'Nhật ký').count()).toBe(0);
  });

  it('on a phone the menu is a drawer opened by the menu button', async () => {
    w = await open(PHONE);
    const { page } = w;
    await env().login(page, 'skhdt');
    expect(await menu(page).count()).toBe(0);
    await page.getByTestId('nav-open').click();
    await visible(menu(page));
    await menuItem(page, 'Sổ vàng').click();
    await expectScreen(page, MODULES.find((m) => m.path === '/app/so-vang') as Module);
    // The drawer closes after a choice.
    await page.getByTestId('side-menu').waitFor({ state: 'hidden' });
  });

  it('the language switch turns the menu to English and back', async () => {
    w = await open();
    const { page } = w;
    await env().login(page, 'skhdt');
    const sw = await visible(page.getByTestId('language-switch'));
    expect(await textOf(menuItem(page, 'Chỉ tiêu thi đua'))).toBe('Chỉ tiêu thi đua');

    await sw.getByText('EN', { exact: true }).click();
    await visible(menuItem(page, 'Key indicators'));
    expect(await textOf(menuItem(page, 'To do'))).toBe('To do');
    expect(await menuItem(page, 'Việc cần làm').count()).toBe(0);
    await visible(page.getByRole('heading', { level: 3, name: 'To do' }));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await shotBoth(page, 'nav-english');

    // The choice survives a reload.
    await page.reload();
    await visible(menuItem(page, 'Key indicators'));

    await page.getByTestId('language-switch').getByText('VI', { exact: true }).click();
    await visible(menuItem(page, 'Chỉ tiêu thi đua'));
    expect(await menuItem(page, 'Key indicators').count()).toBe(0);
    await visible(page.getByRole('heading', { level: 3, name: 'Việc cần làm' }));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
  });

  it('the dashboard search ignores diacritics: "thu ngan sach" finds CT03', async () => {
    w = await open();
    const { page } = w;
    await env().login(page, 'lanhdao');
    await page.goto(`${env().baseUrl}/app/chi-tieu`);
    await visible(page.getByTestId('indicator-CT14'));
    expect(await textOf(page.locator('.result-count'))).toBe('Hiển thị 14 / 14 chỉ tiêu');

    const search = page.getByTestId('filter-search').locator('input').or(page.locator('input[data-testid="filter-search"]')).first();
    await search.fill('thu ngan sach');
    await expect.poll(() => textOf(page.locator('.result-count'))).toBe('Hiển thị 1 / 14 chỉ tiêu');
    await visible(page.getByTestId('indicator-CT03'));
    expect(await textOf(page.getByTestId('indicator-CT03'))).toContain('Thu ngân sách nhà nước trên địa bàn');
    expect(await page.locator('.indicator-card').count()).toBe(1);
    await shotBoth(page, 'nav-search');

    // Upper case and a sub-indicator's name: "DAO TAO NGHE" keeps CT07 with CT07.1 inside.
    await search.fill('DAO TAO NGHE');
    await expect.poll(() => textOf(page.locator('.result-count'))).toBe('Hiển thị 1 / 14 chỉ tiêu');
    await visible(page.getByTestId('indicator-CT07.1'));

    await search.fill('khong co chi tieu nay');
    await visible(page.getByText('Không có chỉ tiêu nào phù hợp với bộ lọc.'));

    await search.fill('');
    await expect.poll(() => textOf(page.locator('.result-count'))).toBe('Hiển thị 14 / 14 chỉ tiêu');
  });

  it('logout returns to the login page and the session is gone', async () => {
    w = await open();
    const { page } = w;
    await env().login(page, 'lanhdao');
    await page.getByTestId('user-menu').click();
    const dropdown = page.locator('.ant-dropdown').filter({ visible: true });
    await visible(dropdown.getByText('Trần Văn Đức'));
    expect(await textOf(dropdown)).toContain('Lãnh đạo (chỉ xem)');
    // Retried: under load a click during the menu's opening animation can be lost.
    const path = () => new URL(page.url()).pathname;
    await expect.poll(async () => {
      if (path() !== '/app/dang-nhap') {
        if (!(await dropdown.count())) await page.getByTestId('user-menu').click();
        await dropdown.getByRole('menuitem', { name: 'Đăng xuất' }).click({ timeout: 5_000 }).catch(() => undefined);
      }
      return path();
    }, { timeout: WAIT_MS }).toBe('/app/dang-nhap');
    await visible(page.getByTestId('login-username'));
    await shotBoth(page, 'login');

    // Going back into the app needs a new login.
    await page.goto(`${env().baseUrl}/app/chi-tieu`);
    await page.waitForURL((u) => u.pathname === '/app/dang-nhap');
    await visible(page.getByTestId('login-submit'));
  });

  it('an anonymous visit to /app/chi-tieu goes to the login page, and back after signing in', async () => {
    w = await open();
    const { page } = w;
    await page.goto(`${env().baseUrl}/app/chi-tieu?ngay=2024-06-30`);
    await page.waitForURL((u) => u.pathname === '/app/dang-nhap', { timeout: WAIT_MS });
    await visible(page.getByTestId('login-username'));
    expect(await textOf(page.locator('.login-card'))).toContain('Đăng nhập bằng tài khoản do Ban Thi đua – Khen thưởng cấp.');
    expect(await page.getByTestId('side-menu').count()).toBe(0);

    // A wrong password is refused in Vietnamese.
    await page.getByTestId('login-username').fill('lanhdao');
    await page.getByTestId('login-password').fill('not-the-password');
    await page.getByTestId('login-submit').click();
    expect(await textOf(await visible(page.getByTestId('login-error')))).toMatch(/^Tên đăng nhập hoặc mật khẩu không đúng\.?$/);

    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.waitForURL((u) => u.pathname === '/app/chi-tieu');
    expect(new URL(page.url()).searchParams.get('ngay')).toBe('2024-06-30');
    await visible(page.getByTestId('indicator-CT01'));
    expect(await textOf(page.locator('.page-head'))).toContain('số liệu tính đến ngày 30/06/2024');
  });
});
