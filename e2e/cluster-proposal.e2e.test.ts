/**
 * The culture block's vote becomes its proposal: once every member has voted, the block's leader
 * (Sở Văn hóa) clicks "Lập hồ sơ đề nghị" on the vote tab and lands on the draft dossier, which names
 * the leading unit for the flag and the voted one for Bằng khen. Set-up (the leader's account, the
 * two remaining ballots) goes through the API as the administrator.
 */
import { describe, expect, it } from 'vitest';
import { confirmDialog, shotBoth, textOf, useE2E, visible, WAIT_MS } from './support.js';

const { env, open } = useE2E();

describe('a cluster\'s vote becomes its proposal', () => {
  it('the leader draws up the draft proposal from the vote and opens it', async () => {
    const admin = await open();
    await env().login(admin.page, 'admin');
    const base = env().baseUrl;
    const { csrfToken } = (await (await admin.page.request.get(`${base}/api/v1/auth/me`)).json()) as { csrfToken: string };
    const call = async <T>(method: 'GET' | 'POST', path: string, data?: unknown) => {
      const res = await admin.page.request.fetch(`${base}/api/v1${path}`, { method, data, headers: { 'x-csrf-token': csrfToken } });
      if (!res.ok()) throw new Error(`${method} ${path}: ${res.status()} ${await res.text()}`);
      return (await res.json()) as T;
    };
    const units = (await call<{ items: Array<{ id: string; code: string }> }>('GET', '/units?limit=200')).items;
    const id = (code: string) => units.find((u) => u.code === code)!.id;
    const block = (await call<{ items: Array<{ id: string; name: string }> }>('GET', '/clusters?year=2024')).items.find((c) => c.name.includes('văn hóa'))!;
    await call('POST', '/users', { username: 'svhleader', fullName: 'Đinh Thị Khối Trưởng', unitId: id('SVHTTDL'), roles: ['unit_officer', 'cluster_leader'], password: 'demo-Password-1' });
    await call('POST', `/clusters/${block.id}/votes`, { unitId: id('SLDTBXH'), leading: id('SYT'), certificates: [id('SVHTTDL')] });
    await call('POST', `/clusters/${block.id}/votes`, { unitId: id('SVHTTDL'), leading: id('SYT'), certificates: [id('SLDTBXH')] });

    const { page } = await open();
    await env().login(page, 'svhleader');
    await page.goto(`${base}/app/cum-khoi/${block.id}`);
    await page.getByRole('tab', { name: 'Bỏ phiếu suy tôn' }).click();
    await visible(page.getByTestId('cluster-proposal-draft'));
    expect((await shotBoth(page, 'cum-khoi-lap-ho-so')).phoneOverflow).toBe(0);
    await page.getByTestId('cluster-proposal-draft').click();
    await confirmDialog(page);
    await page.waitForURL((u) => u.pathname.startsWith('/app/khen-thuong/ho-so/'));
    // The leading unit for the flag, the voted unit for Bằng khen.
    const rows = page.locator('.ant-table-row');
    await expect.poll(() => textOf(rows.filter({ hasText: 'Sở Y tế' }).first()), { timeout: WAIT_MS }).toContain('Cờ thi đua cấp bộ, ban, ngành, tỉnh');
    await expect.poll(() => textOf(rows.filter({ hasText: 'Sở Lao động' }).first()), { timeout: WAIT_MS }).toContain('Bằng khen cấp bộ, ban, ngành, tỉnh');
    expect((await shotBoth(page, 'cum-khoi-ho-so-nhap')).phoneOverflow).toBe(0);

    // Back on the vote tab, a link to the dossier replaces the button.
    await page.goto(`${base}/app/cum-khoi/${block.id}`);
    await page.getByRole('tab', { name: 'Bỏ phiếu suy tôn' }).click();
    await expect.poll(() => textOf(page.getByTestId('cluster-proposal-link')), { timeout: WAIT_MS }).toContain('Đề nghị khen thưởng Khối các sở, ngành văn hóa – xã hội (demo) năm 2024');
    expect((await shotBoth(page, 'cum-khoi-da-lap-ho-so')).phoneOverflow).toBe(0);
  });
});
