import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countAll } from '../src/db/dialect.js';
import { createTestApp, ENGINES, type Session, type TestApp } from './harness.js';

interface Detail { path: string; message: string }
const details = (r: { json<T>(): T }) => r.json<{ error: { details: Detail[] } }>().error.details;
interface Criterion { id: string; code: string; kind: string; maxPoints: number; source: string }
interface Card { status: string; template: Array<{ criteria: Criterion[] }>; totals: { total: number }; selfTotals: { total: number }; scores: Array<{ criterionId: string; self: number | null; fromTargets: number | null }>; returnReason: string | null }
interface Cluster { id: string; name: string; kind: string; leader: { id: string } | null; memberCount: number; publishedAt: string | null }

describe.each(ENGINES)('clusters and blocks on %s', (engine) => {
  let t: TestApp;
  let board: Session;
  let dakha: Session;
  let cumtruong: Session;
  let skhdt: Session;
  let syte: Session;
  const unit = new Map<string, string>();
  let district: Cluster;
  let economic: Cluster;
  let culture: Cluster;
  const count = async (table: 'scorecard_scores' | 'scorecards' | 'cluster_ballots' | 'clusters') =>
    (await t.database.db.selectFrom(table).select(countAll.as('n')).executeTakeFirstOrThrow()).n;
  const card = (s: Session, c: Cluster, code: string) => s.get(`/api/v1/clusters/${c.id}/scorecards/${unit.get(code)}`);
  const criteria = async (c: Cluster) => (await board.get(`/api/v1/clusters/${c.id}`)).json<{ template: Array<{ criteria: Criterion[] }> }>().template.flatMap((g) => g.criteria);
  const act = (s: Session, c: Cluster, code: string, action: string, reason?: string) => s.send('POST', `/api/v1/clusters/${c.id}/scorecards/${unit.get(code)}/actions`, { action, reason });

  beforeAll(async () => {
    t = await createTestApp(engine);
    (await t.database.db.selectFrom('units').select(['id', 'code']).execute()).forEach((u) => unit.set(u.code, u.id));
    [board, dakha, cumtruong, skhdt, syte] = await Promise.all([t.login('bantdkt'), t.login('dakha'), t.login('cumtruong'), t.login('skhdt'), t.login('syte')]);
    const list = (await dakha.get('/api/v1/clusters?year=2024')).json<{ items: Cluster[] }>().items;
    district = list.find((c) => c.kind === 'cluster')!;
    economic = list.find((c) => c.name.includes('kinh tế'))!;
    culture = list.find((c) => c.name.includes('văn hóa'))!;
  });
  afterAll(async () => { await t?.close(); });

  it('lists the 2024 demo arrangement: the district cluster led by Kon Tum city, and blocks', async () => {
    expect(district).toMatchObject({ name: 'Cụm thi đua các huyện, thành phố (demo)', memberCount: 10, leader: { id: unit.get('TPKT') } });
    expect(economic.memberCount).toBe(6);
    const detail = (await cumtruong.get(`/api/v1/clusters/${district.id}`)).json<{ me: { leads: boolean }; certificateQuota: number }>();
    expect(detail).toMatchObject({ me: { leads: true }, certificateQuota: 2 });
    expect((await cumtruong.get(`/api/v1/clusters/${economic.id}`)).json<{ me: { leads: boolean } }>().me.leads).toBe(false);
  });

  it('lists what is due: a scorecard to fill, one to assess, one to approve', async () => {
    type Todo = { items: Array<{ kind: string; detail: string; link: string }> };
    const mine = (await dakha.get('/api/v1/emulation/todo')).json<Todo>().items;
    expect(mine).toEqual([expect.objectContaining({ kind: 'score', link: `/app/cum-khoi/${district.id}/phieu/${unit.get('DAKHA')}` })]);
    const leader = (await cumtruong.get('/api/v1/emulation/todo')).json<Todo>().items.filter((i) => i.kind === 'assess');
    expect(leader.map((i) => i.detail)).toEqual(['Thẩm định phiếu chấm điểm của Huyện Đắk Tô']);
    const approve = (await board.get('/api/v1/emulation/todo')).json<Todo>().items;
    expect(approve.map((i) => [i.kind, i.detail])).toEqual([['approve', 'Phê duyệt phiếu chấm điểm của Huyện Kon Rẫy']]);
  });

  it('a unit sees its own scorecard, never another unit\'s before publication', async () => {
    expect((await card(dakha, district, 'DAKHA')).status).toBe(200);
    expect((await card(dakha, district, 'TPKT')).status).toBe(403);
    expect((await skhdt.get(`/api/v1/clusters/${district.id}/results`)).status).toBe(403);
    expect((await dakha.get(`/api/v1/clusters/${district.id}/results`)).status).toBe(403);
    // The leader of the cluster and the board see every scorecard of it.
    expect((await card(cumtruong, district, 'DAKTO')).status).toBe(200);
    expect((await card(board, district, 'DAKTO')).status).toBe(200);
    // After publication, members see each other's scorecards.
    expect((await card(syte, culture, 'SVHTTDL')).status).toBe(200);
  });

  it('refuses a score above the maximum and a submission with unscored criteria, saving nothing', async () => {
    const all = await criteria(district);
    const first = all[1]!;
    const n = await count('scorecard_scores');
    const above = await dakha.send('PUT', `/api/v1/clusters/${district.id}/scorecards/${unit.get('DAKHA')}/self`, {
      scores: [{ criterionId: all[2]!.id, points: 10 }, { criterionId: first.id, points: first.maxPoints + 0.5, note: 'quá' }],
    });
    expect(above.status).toBe(400);
    expect(details(above)).toEqual([{ path: 'scores.1.points', message: `${first.code}: Điểm vượt quá điểm tối đa của tiêu chí ${first.code} (${first.maxPoints})` }]);
    expect(await count('scorecard_scores')).toBe(n);
    await dakha.send('PUT', `/api/v1/clusters/${district.id}/scorecards/${unit.get('DAKHA')}/self`, { scores: [{ criterionId: first.id, points: 0, note: 'Chưa đạt' }] });
    const submit = await act(dakha, district, 'DAKHA', 'submit');
    expect(submit.status).toBe(400);
    const unscored = details(submit).map((d) => d.path);
    expect(unscored).toContain('scores.1.1');
    expect(unscored).not.toContain(`scores.${first.code}`);
    expect((await card(dakha, district, 'DAKHA')).json<Card>().status).toBe('draft');
  });

  it('a unit scores only its own scorecard; a cluster leader assesses only its own cluster', async () => {
    const c = (await criteria(district))[0]!;
    expect((await dakha.send('PUT', `/api/v1/clusters/${district.id}/scorecards/${unit.get('TPKT')}/self`, { scores: [{ criterionId: c.id, points: 1 }] })).status).toBe(403);
    const econ = (await criteria(economic))[0]!;
    const n = await count('scorecard_scores');
    expect((await cumtruong.send('PUT', `/api/v1/clusters/${economic.id}/scorecards/${unit.get('STC')}/assessment`, { scores: [{ criterionId: econ.id, points: 1 }] })).status).toBe(403);
    expect((await act(cumtruong, economic, 'STC', 'return', 'Không có quyền')).status).toBe(403);
    expect((await skhdt.send('PUT', `/api/v1/clusters/${district.id}/scorecards/${unit.get('DAKTO')}/assessment`, { scores: [{ criterionId: c.id, points: 1 }] })).status).toBe(403);
    expect((await act(cumtruong, district, 'DAKTO', 'approve')).status).toBe(403);
    expect(await count('scorecard_scores')).toBe(n);
  });

  it('walks a scorecard through submit, assessment, return with reasons, resubmission, approval', async () => {
    const all = await criteria(district);
    await dakha.send('PUT', `/api/v1/clusters/${district.id}/scorecards/${unit.get('DAKHA')}/self`, {
      scores: all.map((c) => ({ criterionId: c.id, points: c.kind === 'standard' ? c.maxPoints - 1 : 0, note: 'Theo báo cáo', evidenceUrl: 'https://dakha.kontum.gov.vn/bc' })),
    });
    expect((await act(dakha, district, 'DAKHA', 'submit')).json<Card>().status).toBe('submitted');
    expect((await dakha.send('PUT', `/api/v1/clusters/${district.id}/scorecards/${unit.get('DAKHA')}/self`, { scores: [{ criterionId: all[0]!.id, points: 1 }] })).status).toBe(409);
    const leaderBell = (await cumtruong.get('/api/v1/notifications')).json<{ items: Array<{ title: string }> }>();
    expect(leaderBell.items[0]!.title).toBe('Có phiếu chấm điểm cần thẩm định');
    // Assessing without every score: refused; then with the scores.
    expect((await act(cumtruong, district, 'DAKHA', 'assess')).status).toBe(400);
    await cumtruong.send('PUT', `/api/v1/clusters/${district.id}/scorecards/${unit.get('DAKHA')}/assessment`, {
      scores: all.filter((c) => c.kind === 'standard').map((c) => ({ criterionId: c.id, points: c.maxPoints - 2, note: 'Điều chỉnh' })),
    });
    expect((await act(cumtruong, district, 'DAKHA', 'assess')).json<Card>().status).toBe('assessed');
    expect((await act(board, district, 'DAKHA', 'return', ' ')).status).toBe(409);
    const returned = (await act(board, district, 'DAKHA', 'return', 'Thiếu minh chứng tiêu chí 1.2')).json<Card>();
    expect(returned).toMatchObject({ status: 'returned', returnReason: 'Thiếu minh chứng tiêu chí 1.2' });
    expect((await dakha.get('/api/v1/notifications')).json<{ items: Array<{ body: string }> }>().items[0]!.body).toContain('Thiếu minh chứng tiêu chí 1.2');
    // The approval restarts: resubmitted, it must be assessed again before approval.
    expect((await act(dakha, district, 'DAKHA', 'submit')).json<Card>().status).toBe('submitted');
    expect((await act(board, district, 'DAKHA', 'approve')).status).toBe(409);
    expect((await act(cumtruong, district, 'DAKHA', 'assess')).json<Card>().status).toBe('assessed');
    const approved = (await act(board, district, 'DAKHA', 'approve')).json<Card>();
    expect(approved.status).toBe('approved');
    expect(approved.totals.total).toBe(all.filter((c) => c.kind === 'standard').reduce((s, c) => s + c.maxPoints - 2, 0));
  });

  it('locks the template once a member has submitted; copies a template into a new year', async () => {
    expect((await board.send('PUT', `/api/v1/clusters/${district.id}/template`, { groups: [] })).status).toBe(409);
    const created = await board.send('POST', '/api/v1/clusters', { year: 2025, kind: 'cluster', name: 'Cụm thử nghiệm', memberUnitIds: [unit.get('TPKT'), unit.get('DAKHA')], leaderUnitId: unit.get('TPKT'), deputyUnitId: unit.get('DAKHA'), pact: { number: '01/GƯ', date: '2025-02-10' } });
    expect(created.status).toBe(201);
    const id = created.json<{ id: string }>().id;
    const copied = (await board.send('POST', `/api/v1/clusters/${id}/template/copy`, { fromClusterId: district.id })).json<Array<{ criteria: Criterion[] }>>();
    expect(copied.flatMap((g) => g.criteria).map((c) => c.code)).toEqual((await criteria(district)).map((c) => c.code));
    const bad = await board.send('PUT', `/api/v1/clusters/${id}/template`, { groups: [{ code: 'I', title: 'Nhóm', criteria: [{ code: 'I', title: 'x', guidance: '', evidence: '', kind: 'standard', source: 'manual', maxPoints: 0 }] }] });
    expect(details(bad).map((d) => d.path)).toEqual(['groups.0.criteria.0.code', 'groups.0.criteria.0.maxPoints']);
    // A unit sits in one cluster per year.
    const n = await count('clusters');
    const twice = await board.send('POST', '/api/v1/clusters', { year: 2024, kind: 'cluster', name: 'Cụm khác', memberUnitIds: [unit.get('DAKHA'), unit.get('SKHDT')] });
    expect(details(twice)[0]).toMatchObject({ path: 'memberUnitIds', message: expect.stringContaining('Huyện Đắk Hà') });
    expect((await cumtruong.send('POST', '/api/v1/clusters', { year: 2026, kind: 'cluster', name: 'Cụm mới', memberUnitIds: [unit.get('DAKHA'), unit.get('TPKT')] })).status).toBe(403);
    expect(await count('clusters')).toBe(n);
  });

  it('computes a criterion from the unit\'s own target results', async () => {
    const c = (await card(skhdt, economic, 'SKHDT')).json<Card>();
    const fed = c.template.flatMap((g) => g.criteria).find((k) => k.source === 'targets')!;
    const s = c.scores.find((x) => x.criterionId === fed.id)!;
    expect(s.fromTargets).not.toBeNull();
    expect(s.self).toBe(s.fromTargets);
  });

  it('ranks with tie-breaks, publishes once all are approved, and the members vote within the quota', async () => {
    const r = (await board.get(`/api/v1/clusters/${culture.id}/results`)).json<{ rows: Array<{ rank: number; decidedBy: string; unit: { id: string }; totals: { total: number } }> }>();
    // Sở Y tế and Sở Văn hóa tie on 95 points; Sở Y tế has more criteria at their maximum.
    expect(r.rows.map((x) => [x.unit.id, x.rank, x.decidedBy, x.totals.total])).toEqual([
      [unit.get('SYT'), 1, '', 95], [unit.get('SVHTTDL'), 2, 'at_max', 95], [unit.get('SLDTBXH'), 3, 'total', 85],
    ]);
    const notYet = await board.send('POST', `/api/v1/clusters/${district.id}/publish`);
    expect(details(notYet)[0]!.message).toContain('chưa được phê duyệt');
    expect((await cumtruong.send('POST', `/api/v1/clusters/${culture.id}/publish`)).status).toBe(403);
    // Voting: one ballot per unit, within the quota (1 certificate in a 3-member block), secret.
    const n = await count('cluster_ballots');
    const over = await syte.send('POST', `/api/v1/clusters/${culture.id}/votes`, { unitId: unit.get('SYT'), leading: unit.get('SYT'), certificates: [] });
    expect(over.status).toBe(409);
    const bad = await board.send('POST', `/api/v1/clusters/${culture.id}/votes`, { unitId: unit.get('SLDTBXH'), leading: unit.get('SYT'), certificates: [unit.get('SVHTTDL'), unit.get('SLDTBXH')] });
    expect(details(bad)[0]).toEqual({ path: 'certificates', message: 'Chỉ được đề nghị tối đa 1 đơn vị tặng Bằng khen' });
    expect((await syte.send('POST', `/api/v1/clusters/${culture.id}/votes`, { unitId: unit.get('SLDTBXH'), leading: unit.get('SYT'), certificates: [] })).status).toBe(403);
    expect(await count('cluster_ballots')).toBe(n);
    await board.send('POST', `/api/v1/clusters/${culture.id}/votes`, { unitId: unit.get('SLDTBXH'), leading: unit.get('SYT'), certificates: [unit.get('SVHTTDL')] });
    const v = (await board.send('POST', `/api/v1/clusters/${culture.id}/votes`, { unitId: unit.get('SVHTTDL'), leading: unit.get('SYT'), certificates: [unit.get('SLDTBXH')] })).json<{ done: boolean; result: { leading: { id: string }; certificates: Array<{ id: string }> } }>();
    expect(v.done).toBe(true);
    expect(v.result.leading.id).toBe(unit.get('SYT'));
    expect(v.result.certificates).toHaveLength(1);
    const ballots = await t.database.db.selectFrom('cluster_ballots').selectAll().execute();
    expect(Object.keys(ballots[0]!).sort()).toEqual(['cast_at', 'cast_by', 'cluster_id', 'unit_id']);
  });

  it('exports a scorecard and the ranking to Excel', async () => {
    const x = await board.get(`/api/v1/clusters/${culture.id}/results/export.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.raw as unknown as ExcelJS.Buffer);
    const cells = wb.worksheets[0]!.getSheetValues().flat().map(String);
    expect(cells).toContain('Sở Y tế');
    expect(cells.some((c) => c.includes('Cờ thi đua'))).toBe(true);
    expect((await dakha.get(`/api/v1/clusters/${district.id}/scorecards/${unit.get('DAKHA')}/export.xlsx`)).status).toBe(200);
    expect((await dakha.get(`/api/v1/clusters/${district.id}/scorecards/${unit.get('TPKT')}/export.xlsx`)).status).toBe(403);
  });
});
