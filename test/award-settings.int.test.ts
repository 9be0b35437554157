import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ENGINES, type Session, type TestApp } from './harness.js';

interface Version { value: unknown; effectiveFrom: string; text: string; source: 'default' | 'board'; reason: string | null; retroactive: boolean; superseded: boolean }
interface Item { key: string; description: string; current: Version; upcoming: Version[]; history: Version[] }
interface Detail { path: string; message: string }
interface Reason { rule: string; ok: boolean; message: string; setting?: { key: string; value: unknown; effectiveFrom: string } }

const isoDaysFromToday = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** An officer with 11 months worked in 2024: enough under the default of 10 months. */
const ldtt2024 = {
  awardType: 'LDTT', year: 2024, decisionDate: '2024-12-20',
  subject: { kind: 'individual', ratings: [{ year: 2024, rating: 'HTTNV' }], titles: [], initiatives: [], scienceWorks: [], disciplines: [], monthsWorked: 11, registered: true },
};

describe.each(ENGINES)('award settings on %s', (engine) => {
  let t: TestApp;
  let board: Session;
  let officer: Session;
  let viewer: Session;
  const items = async (s: Session) => (await s.get('/api/v1/award-settings')).json<{ today: string; items: Item[] }>();
  const item = async (key: string) => (await items(viewer)).items.find((i) => i.key === key)!;
  const stored = async () => (await t.database.db.selectFrom('award_settings').select('id').execute()).length;
  const add = (s: Session, body: Record<string, unknown>) => s.send('POST', '/api/v1/award-settings', { reason: 'Theo hướng dẫn của Hội đồng TĐKT tỉnh', ...body });

  beforeAll(async () => {
    t = await createTestApp(engine);
    [board, officer, viewer] = await Promise.all([t.login('bantdkt'), t.login('skhdt'), t.login('lanhdao')]);
  });
  afterAll(async () => { await t?.close(); });

  it('lists every key with its Vietnamese meaning, the version in force and the history, the defaults when none is stored', async () => {
    const { today, items: list } = await items(viewer);
    expect(today).toBe(isoDaysFromToday(0));
    expect(list.map((i) => i.key)).toEqual(expect.arrayContaining(['minMonthsWorked', 'registrationRequired', 'cstdcsQuotaPercent', 'councilThresholdHigh', 'individualFormCoefficients']));
    expect(list).toHaveLength(15);
    expect(list.every((i) => i.description.length > 20)).toBe(true);
    const months = list.find((i) => i.key === 'minMonthsWorked')!;
    expect(months.current).toMatchObject({ value: 10, source: 'default', text: 'tối thiểu 10 tháng công tác' });
    const quota = list.find((i) => i.key === 'cstdcsQuotaPercent')!;
    expect(quota.current).toMatchObject({ value: null, effectiveFrom: '2024-01-01' });
    expect(quota.history.map((v) => v.value)).toEqual([15, null]);
  });

  it('lets only the board and admins add a version', async () => {
    const res = await add(officer, { key: 'minMonthsWorked', value: 8, effectiveFrom: isoDaysFromToday(30) });
    expect(res.status).toBe(403);
    expect((await add(viewer, { key: 'minMonthsWorked', value: 8, effectiveFrom: isoDaysFromToday(30) })).status).toBe(403);
    expect(await stored()).toBe(0);
  });

  it('refuses a past start date without retroactive, and audits a retroactive one in the same commit', async () => {
    const refused = await add(board, { key: 'councilThresholdHigh', value: 95, effectiveFrom: '2024-01-01' });
    expect(refused.status).toBe(400);
    expect(refused.json<{ error: { details: Detail[] } }>().error.details[0]).toMatchObject({ path: 'effectiveFrom', message: expect.stringContaining('retroactive') });
    expect(await stored()).toBe(0);
    const accepted = await add(board, { key: 'councilThresholdHigh', value: 95, effectiveFrom: '2024-01-01', retroactive: true, reason: 'Quy chế Hội đồng sửa đổi năm 2024' });
    expect(accepted.status).toBe(201);
    expect(accepted.json()).toMatchObject({ key: 'councilThresholdHigh', value: 95, retroactive: true });
    const audit = await t.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'award_setting.add').execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.before_json!)).toEqual({ value: 90, effectiveFrom: '0001-01-01' });
    expect((await item('councilThresholdHigh')).current).toMatchObject({ value: 95, source: 'board', retroactive: true });
    // The catalogue reads the stored settings too.
    expect((await viewer.get('/api/v1/award-types/CSTD_TINH')).json()).toMatchObject({ councilVote: { threshold: 95 } });
  });

  it('keeps today’s results when a version starts in the future', async () => {
    const before = (await officer.send('POST', '/api/v1/eligibility/check', ldtt2024)).json<{ status: string; reasons: Reason[] }>();
    expect(before.status).toBe('eligible');
    expect((await add(board, { key: 'minMonthsWorked', value: 12, effectiveFrom: isoDaysFromToday(1) })).status).toBe(201);
    const months = await item('minMonthsWorked');
    expect(months.current).toMatchObject({ value: 10, source: 'default' });
    expect(months.upcoming).toEqual([expect.objectContaining({ value: 12, effectiveFrom: isoDaysFromToday(1) })]);
    const after = (await officer.send('POST', '/api/v1/eligibility/check', ldtt2024)).json<{ status: string; reasons: Reason[] }>();
    expect(after.status).toBe('eligible');
    expect(after.reasons).toEqual(before.reasons);
  });

  it('applies a retroactive version to the years it covers, naming it', async () => {
    expect((await add(board, { key: 'minMonthsWorked', value: 12, effectiveFrom: '2024-01-01', retroactive: true })).status).toBe(201);
    const r = (await officer.send('POST', '/api/v1/eligibility/check', ldtt2024)).json<{ status: string; reasons: Reason[] }>();
    expect(r.status).toBe('not_eligible');
    expect(r.reasons.find((x) => x.setting?.key === 'minMonthsWorked')).toMatchObject({ ok: false, setting: { value: 12, effectiveFrom: '2024-01-01' } });
  });

  it('supersedes a version of the same key and date, keeping both in the history', async () => {
    const date = isoDaysFromToday(60);
    await add(board, { key: 'clusterFlagProposals', value: 2, effectiveFrom: date });
    await add(board, { key: 'clusterFlagProposals', value: 3, effectiveFrom: date });
    const flags = await item('clusterFlagProposals');
    expect(flags.upcoming.map((v) => v.value)).toEqual([3]);
    expect(flags.history.filter((v) => v.source === 'board').map((v) => [v.value, v.superseded])).toEqual([[2, true], [3, false]]);
  });

  it('names the field of bad input in Vietnamese', async () => {
    const details = async (body: Record<string, unknown>) => {
      const res = await add(board, body);
      expect(res.status).toBe(400);
      return res.json<{ error: { details: Detail[] } }>().error.details;
    };
    const future = isoDaysFromToday(10);
    expect(await details({ key: 'minMonthsWorked', value: 'mười', effectiveFrom: future })).toEqual([{ path: 'value', message: 'Phải là một số' }]);
    expect(await details({ key: 'minMonthsWorked', value: 13, effectiveFrom: future })).toEqual([{ path: 'value', message: 'Phải từ 0 đến 12' }]);
    expect(await details({ key: 'registrationRequired', value: 1, effectiveFrom: future })).toEqual([{ path: 'value', message: 'Phải là true hoặc false' }]);
    expect(await details({ key: 'individualFormCoefficients', value: { GK: 0.4, XYZ: 1 }, effectiveFrom: future })).toEqual([{ path: 'value.XYZ', message: 'Không phải mã hình thức khen thưởng' }]);
    expect((await details({ key: 'khongCo', value: 1, effectiveFrom: future }))[0]!.path).toBe('key');
    expect((await details({ key: 'minMonthsWorked', value: 9, effectiveFrom: '2030-02-30' }))[0]).toMatchObject({ path: 'effectiveFrom' });
    expect((await details({ key: 'minMonthsWorked', value: 9, effectiveFrom: future, reason: '' }))[0]).toMatchObject({ path: 'reason' });
  });
});
