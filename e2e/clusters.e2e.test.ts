/**
 * Registration and cluster scoring in the browser: Đắk Hà (dakha) is told of a launched movement by
 * the bell, registers with its commitments, self-scores its scorecard and submits it; the cluster
 * leader (cumtruong, Kon Tum city) assesses it; the Board approves and publishes, and the unit sees
 * the ranking. Set-up the story does not look at (the movement, a two-member cluster, the leader's
 * own scorecard) goes through the API as the Board.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { confirmDialog, pickOption, shotBoth, textOf, useE2E, visible, WAIT_MS } from './support.js';

const { env, open } = useE2E();
const year = new Date().getFullYear();

/** JSON calls with the page's session (cookie) and its CSRF token. */
async function apiOf(page: Page) {
  const base = env().baseUrl;
  const me = (await (await page.request.get(`${base}/api/v1/auth/me`)).json()) as { csrfToken: string };
  const call = async <T>(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<T> => {
    const res = await page.request.fetch(`${base}/api/v1${path}`, { method, data: body, headers: { 'x-csrf-token': me.csrfToken } });
    if (!res.ok()) throw new Error(`${method} ${path}: ${res.status()} ${await res.text()}`);
    return (await res.json()) as T;
  };
  return { get: <T>(p: string) => call<T>('GET', p), post: <T>(p: string, b: unknown = {}) => call<T>('POST', p, b), put: <T>(p: string, b: unknown) => call<T>('PUT', p, b) };
}

interface Criterion { id: string; code: string; kind: string; maxPoints: number }
interface Setup { movementId: string; clusterId: string; dakha: string; tpkt: string; criteria: Criterion[] }

/** The Board launches a movement for Đắk Hà and Kon Tum city and opens a two-member cluster for the year. */
async function setUp(page: Page): Promise<Setup> {
  await env().login(page, 'bantdkt');
  const api = await apiOf(page);
  const units = (await api.get<{ items: Array<{ id: string; code: string }> }>('/units?limit=200')).items;
  const id = (code: string) => units.find((u) => u.code === code)!.id;
  const m = await api.post<{ id: string }>('/movements', {
    code: `E2E-${Date.now()}`, title: 'Phong trào thi đua "Chuyển đổi số"', theme: 'Chuyển đổi số toàn diện', kind: 'thematic', year,
    directive: { number: '15/KH-UBND', date: `${year}-01-05`, signer: 'Phó Chủ tịch UBND tỉnh' }, periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`,
    contents: ['Số hóa hồ sơ thủ tục hành chính'], documents: [], scopeUnitIds: [id('DAKHA'), id('TPKT')], registrationDeadline: `${year}-12-31`,
  });
  await api.post(`/movements/${m.id}/transitions`, { action: 'launch' });
  const demo = (await api.get<{ items: Array<{ id: string; kind: string }> }>('/clusters?year=2024')).items.find((c) => c.kind === 'cluster')!;
  const c = await api.post<{ id: string }>('/clusters', { year, kind: 'cluster', name: `Cụm thử nghiệm ${Date.now()}`, memberUnitIds: [id('TPKT'), id('DAKHA')], leaderUnitId: id('TPKT'), deputyUnitId: id('DAKHA') });
  const template = await api.post<Array<{ criteria: Criterion[] }>>(`/clusters/${c.id}/template/copy`, { fromClusterId: demo.id });
  const criteria = template.flatMap((g) => g.criteria);
  // Kon Tum city's own scorecard, all the way to approval.
  const card = `/clusters/${c.id}/scorecards/${id('TPKT')}`;
  const standard = criteria.filter((k) => k.kind === 'standard');
  await api.put(`${card}/self`, { scores: standard.map((k) => ({ criterionId: k.id, points: k.maxPoints - 1 })) });
  await api.post(`${card}/actions`, { action: 'submit' });
  await api.put(`${card}/assessment`, { scores: standard.map((k) => ({ criterionId: k.id, points: k.maxPoints - 1 })) });
  await api.post(`${card}/actions`, { action: 'assess' });
  await api.post(`${card}/actions`, { action: 'approve' });
  return { movementId: m.id, clusterId: c.id, dakha: id('DAKHA'), tpkt: id('TPKT'), criteria };
}

async function fillScores(page: Page, prefix: 'self' | 'assessed', criteria: Criterion[], less: number): Promise<void> {
  for (const k of criteria.filter((c) => c.kind === 'standard')) {
    const input = page.locator(`[data-testid="${prefix}-${k.code}"] input, input[data-testid="${prefix}-${k.code}"]`).first();
    await input.fill(String(k.maxPoints - less));
  }
}

describe('registration and cluster scoring', () => {
  it('a unit registers, self-scores and submits; the leader assesses; the Board publishes the results', async () => {
    const board = await open();
    const s = await setUp(board.page);

    // Đắk Hà: the bell tells of the launch; the notice leads to the movement, where the unit registers.
    const w = await open();
    const { page } = w;
    await env().login(page, 'dakha');
    // "Việc cần làm" lists the registration due and the scorecard to fill.
    await expect.poll(() => textOf(page.getByTestId('emulation-todo')), { timeout: WAIT_MS }).toContain('Phong trào thi đua "Chuyển đổi số"');
    expect(await textOf(page.getByTestId('emulation-todo'))).toContain('Tự chấm điểm');
    await expect.poll(() => textOf(page.locator('.ant-badge').filter({ has: page.getByTestId('bell') })), { timeout: WAIT_MS }).toContain('1');
    await page.getByTestId('bell').click();
    await page.getByTestId('bell-item').filter({ hasText: 'Phát động' }).first().click();
    await page.waitForURL((u) => u.pathname === `/app/phong-trao/${s.movementId}`);
    await page.getByTestId('registration-commitments').fill('Hoàn thành 100% hồ sơ thủ tục hành chính trực tuyến toàn trình');
    await page.getByTestId('registration-submit').click();
    const rollup = page.getByTestId('registration-rollup');
    await expect.poll(() => textOf(rollup.locator('tr').filter({ hasText: 'Huyện Đắk Hà' })), { timeout: WAIT_MS }).toContain('Đúng hạn');
    expect((await shotBoth(page, 'phong-trao-dang-ky')).phoneOverflow).toBe(0);

    // The scorecard: a score above the maximum is flagged as typed and refused on save.
    await page.goto(`${env().baseUrl}/app/cum-khoi/${s.clusterId}/phieu/${s.dakha}`);
    await visible(page.getByTestId('scorecard'));
    const first = s.criteria.find((k) => k.kind === 'standard')!;
    await page.locator(`[data-testid="self-${first.code}"] input, input[data-testid="self-${first.code}"]`).first().fill(String(first.maxPoints + 5));
    await page.getByTestId('scorecard-save').click();
    await expect.poll(() => textOf(page.getByTestId('scorecard-error')), { timeout: WAIT_MS }).toContain('vượt quá điểm tối đa');
    await fillScores(page, 'self', s.criteria, 1);
    await page.getByTestId('scorecard-submit').click();
    await confirmDialog(page);
    await expect.poll(() => textOf(page.getByTestId('scorecard-status').first()), { timeout: WAIT_MS }).toBe('Đã gửi');
    expect((await shotBoth(page, 'cum-khoi-phieu-tu-cham')).phoneOverflow).toBe(0);
    // Before publication the unit cannot open the leader's scorecard.
    const other = await page.request.get(`${env().baseUrl}/api/v1/clusters/${s.clusterId}/scorecards/${s.tpkt}`);
    expect(other.status()).toBe(403);

    // The cluster leader assesses.
    const leader = await open();
    await env().login(leader.page, 'cumtruong');
    await leader.page.goto(`${env().baseUrl}/app/cum-khoi/${s.clusterId}/phieu/${s.dakha}`);
    await visible(leader.page.getByTestId('scorecard'));
    await fillScores(leader.page, 'assessed', s.criteria, 2);
    await leader.page.getByTestId('scorecard-assess').click();
    await confirmDialog(leader.page);
    await expect.poll(() => textOf(leader.page.getByTestId('scorecard-status').first()), { timeout: WAIT_MS }).toBe('Đã thẩm định');
    expect((await shotBoth(leader.page, 'cum-khoi-tham-dinh')).phoneOverflow).toBe(0);

    // The Board approves and publishes.
    await board.page.goto(`${env().baseUrl}/app/cum-khoi/${s.clusterId}/phieu/${s.dakha}`);
    await board.page.getByTestId('scorecard-approve').click();
    await confirmDialog(board.page);
    await expect.poll(() => textOf(board.page.getByTestId('scorecard-status').first()), { timeout: WAIT_MS }).toBe('Đã phê duyệt');
    await board.page.goto(`${env().baseUrl}/app/cum-khoi/${s.clusterId}`);
    await board.page.getByRole('tab', { name: 'Kết quả, xếp hạng' }).click();
    await board.page.getByTestId('results-publish').click();
    await confirmDialog(board.page);
    await expect.poll(() => textOf(board.page.locator('.app-content')), { timeout: WAIT_MS }).toContain('Công bố ngày');

    // The unit now sees the ranking: Kon Tum city first (one point less off each criterion).
    await page.goto(`${env().baseUrl}/app/cum-khoi/${s.clusterId}`);
    await page.getByRole('tab', { name: 'Kết quả, xếp hạng' }).click();
    const ranking = page.getByTestId('ranking');
    await expect.poll(() => ranking.locator('tr.ant-table-row').allInnerTexts(), { timeout: WAIT_MS }).toEqual([expect.stringMatching(/^1\s+Thành phố Kon Tum/), expect.stringMatching(/^2\s+Huyện Đắk Hà/)]);
    expect((await shotBoth(page, 'cum-khoi-ket-qua')).phoneOverflow).toBe(0);
    // Console errors are the login page's 401 and the refused save above; the page itself must not throw.
    for (const x of [w, leader, board]) expect(x.pageErrors).toEqual([]);
  });

  it('the demo: the 2024 arrangement, a published block with its chart, title registrations', async () => {
    const w = await open();
    const { page } = w;
    await env().login(page, 'bantdkt');
    await page.goto(`${env().baseUrl}/app/cum-khoi`);
    const list = await visible(page.getByTestId('cluster-list'));
    await expect.poll(() => textOf(list), { timeout: WAIT_MS }).toContain('Cụm thi đua các huyện, thành phố (demo)');
    expect((await shotBoth(page, 'cum-khoi-danh-sach')).phoneOverflow).toBe(0);
    await list.getByText('Khối các sở, ngành văn hóa – xã hội (demo)').click();
    await page.getByRole('tab', { name: 'Kết quả, xếp hạng' }).click();
    await visible(page.locator('.echarts-for-react canvas'));
    expect((await shotBoth(page, 'cum-khoi-khoi-vhxh')).phoneOverflow).toBe(0);
    await page.getByRole('tab', { name: 'Bảng chấm điểm' }).click();
    expect((await shotBoth(page, 'cum-khoi-bang-cham-diem')).phoneOverflow).toBe(0);

    const unit = await open();
    await env().login(unit.page, 'dakha');
    await unit.page.goto(`${env().baseUrl}/app/dang-ky`);
    await unit.page.getByRole('tab', { name: 'Đăng ký danh hiệu' }).click();
    await unit.page.locator('input[data-testid="title-year"], [data-testid="title-year"] input').first().fill('2024');
    await expect.poll(() => textOf(unit.page.getByTestId('title-list')), { timeout: WAIT_MS }).toContain('Tập thể lao động xuất sắc');
    expect((await shotBoth(unit.page, 'dang-ky-danh-hieu')).phoneOverflow).toBe(0);
    expect([...w.pageErrors, ...unit.pageErrors]).toEqual([]);
  });

  it('the Board builds a scoring template: copies last year\'s, adds a group with a bonus criterion; records the pact', async () => {
    const w = await open();
    const { page } = w;
    await env().login(page, 'bantdkt');
    const api = await apiOf(page);
    const units = (await api.get<{ items: Array<{ id: string; code: string }> }>('/units?limit=200')).items;
    const id = (code: string) => units.find((u) => u.code === code)!.id;
    const c = await api.post<{ id: string }>('/clusters', { year: 2025, kind: 'cluster', name: 'Cụm huyện phía Bắc', memberUnitIds: [id('TPKT'), id('DAKHA')], leaderUnitId: id('TPKT') });
    await page.goto(`${env().baseUrl}/app/cum-khoi/${c.id}`);
    await page.getByRole('tab', { name: 'Bảng chấm điểm' }).click();
    const table = page.getByTestId('template-table');
    await expect.poll(() => textOf(table), { timeout: WAIT_MS }).toContain('Chưa có bảng chấm điểm');

    // Last year's (2024) district cluster is offered as the source; copying brings its groups and criteria.
    await pickOption(page, 'template-source', 'Cụm thi đua các huyện, thành phố (demo) (2024)');
    await page.getByTestId('template-copy').click();
    await expect.poll(() => textOf(table), { timeout: WAIT_MS }).toContain('Công tác thi đua, khen thưởng và hoạt động của cụm, khối');

    // The editor: a new group with one bonus criterion of 5 points; an empty title is refused in the form.
    await page.getByTestId('template-edit').click();
    const form = await visible(page.getByTestId('template-form'));
    const groups = form.getByTestId('template-group');
    const before = await groups.count();
    await page.getByTestId('template-add-group').click();
    const added = groups.nth(before);
    await added.locator('input.template-code').fill('IV');
    await added.locator('input.template-title').fill('Nhiệm vụ đột xuất');
    await added.getByTestId('template-add-criterion').click();
    await page.getByTestId('template-form-save').click();
    await expect.poll(() => textOf(added), { timeout: WAIT_MS }).toContain('Bắt buộc');
    await added.locator('.movement-doc-row input.template-code').fill('IV.1');
    await added.getByPlaceholder('Tiêu chí', { exact: true }).fill('Hoàn thành nhiệm vụ đột xuất được UBND tỉnh giao');
    await added.getByPlaceholder('Tối đa', { exact: true }).fill('5');
    await pickOption(page, `template-kind-${before}-0`, 'Điểm cộng');
    expect((await shotBoth(page, 'cum-khoi-sua-bang-cham-diem')).phoneOverflow).toBe(0);
    await page.getByTestId('template-form-save').click();
    await expect.poll(() => page.getByTestId('template-form').isVisible(), { timeout: WAIT_MS }).toBe(false);
    const row = table.locator('tr').filter({ hasText: 'Hoàn thành nhiệm vụ đột xuất được UBND tỉnh giao' });
    await expect.poll(() => textOf(row), { timeout: WAIT_MS }).toMatch(/IV\.1.*Điểm cộng.*5/);
    expect(await textOf(table)).toContain('Nhiệm vụ đột xuất');

    // The pact: number, date and the signed document; downloadable afterwards.
    await page.getByTestId('pact-edit').click();
    const pact = await visible(page.getByTestId('pact-form'));
    await pact.locator('input#number').fill('05/GƯ-CHPB');
    await pact.locator('.ant-picker input').fill('20/02/2025');
    await pact.locator('.ant-picker input').press('Enter');
    await pact.locator('input[type="file"]').setInputFiles({ name: 'giao-uoc-2025.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 giao ước thi đua 2025') });
    await expect.poll(() => textOf(pact), { timeout: WAIT_MS }).toContain('giao-uoc-2025.pdf');
    expect((await shotBoth(page, 'cum-khoi-giao-uoc-form')).phoneOverflow).toBe(0);
    await page.getByTestId('pact-form-save').click();
    await expect.poll(() => textOf(page.getByTestId('pact')), { timeout: WAIT_MS }).toContain('05/GƯ-CHPB, 20/02/2025');
    await visible(page.getByTestId('pact-download'));
    expect((await shotBoth(page, 'cum-khoi-giao-uoc')).phoneOverflow).toBe(0);
    expect(w.pageErrors).toEqual([]);
  });
});
