import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countAll } from '../src/db/dialect.js';
import { createTestApp, DEMO_PASSWORD, ENGINES, type Session, type TestApp } from './harness.js';

interface Problem { error: { code: string; message: string } }
interface Proposal {
  id: string; title: string; state: string; round: string; year: number; unit: { id: string }; editable: boolean;
  nominees: Array<{ subjectKind: string; unit: { id: string }; awardType: string; achievements: string; eligibility: { eligible: boolean | null; status?: string } }>;
}

describe.each(ENGINES)('a cluster\'s vote becomes its proposal on %s', (engine) => {
  let t: TestApp;
  let board: Session;
  let leader: Session;
  let cumtruong: Session;
  let syte: Session;
  const unit = new Map<string, string>();
  let culture: string;
  let district: string;
  const proposals = async () => (await t.database.db.selectFrom('proposals').select(countAll.as('n')).executeTakeFirstOrThrow()).n;
  const draw = (s: Session, clusterId: string) => s.send('POST', `/api/v1/clusters/${clusterId}/proposal`);

  beforeAll(async () => {
    t = await createTestApp(engine);
    (await t.database.db.selectFrom('units').select(['id', 'code']).execute()).forEach((u) => unit.set(u.code, u.id));
    const admin = await t.login('admin');
    // The culture block's leader is Sở Văn hóa; the demo has no cluster-leader account there.
    const created = await admin.send('POST', '/api/v1/users', { username: 'svhleader', fullName: 'A Khối Trưởng', unitId: unit.get('SVHTTDL'), roles: ['unit_officer', 'cluster_leader'], password: DEMO_PASSWORD });
    expect(created.status).toBe(201);
    [board, leader, cumtruong, syte] = await Promise.all([t.login('bantdkt'), t.login('svhleader'), t.login('cumtruong'), t.login('syte')]);
    const list = (await board.get('/api/v1/clusters?year=2024')).json<{ items: Array<{ id: string; name: string; kind: string }> }>().items;
    culture = list.find((c) => c.name.includes('văn hóa'))!.id;
    district = list.find((c) => c.kind === 'cluster')!.id;
  });
  afterAll(async () => { await t?.close(); });

  it('refuses before publication and before every member has voted, writing nothing', async () => {
    const n = await proposals();
    const unpublished = await draw(cumtruong, district);
    expect(unpublished.status).toBe(409);
    expect(unpublished.json<Problem>().error.message).toContain('kết quả chấm điểm chưa được công bố; chưa lập hồ sơ đề nghị được');
    const early = await draw(leader, culture);
    expect(early.status).toBe(409);
    expect(early.json<Problem>().error.message).toContain('mới có 1/3 đơn vị bỏ phiếu suy tôn');
    expect(await proposals()).toBe(n);
  });

  it('only the cluster\'s own leader draws it up: another unit\'s officer and another cluster\'s leader get 403', async () => {
    await board.send('POST', `/api/v1/clusters/${culture}/votes`, { unitId: unit.get('SLDTBXH'), leading: unit.get('SYT'), certificates: [unit.get('SVHTTDL')] });
    await board.send('POST', `/api/v1/clusters/${culture}/votes`, { unitId: unit.get('SVHTTDL'), leading: unit.get('SYT'), certificates: [unit.get('SLDTBXH')] });
    const n = await proposals();
    expect((await leader.get(`/api/v1/clusters/${culture}/votes`)).json<{ mayDraftProposal: boolean }>().mayDraftProposal).toBe(true);
    // The Board's role reviews proposals but does not write a unit's dossier: no button, 403.
    expect((await board.get(`/api/v1/clusters/${culture}/votes`)).json<{ mayDraftProposal: boolean }>().mayDraftProposal).toBe(false);
    expect((await draw(board, culture)).status).toBe(403);
    expect((await draw(syte, culture)).status).toBe(403);
    expect((await draw(cumtruong, culture)).status).toBe(403);
    expect(await proposals()).toBe(n);
  });

  it('the leader gets a draft year-end proposal: the flag for the leading unit, Bằng khen for the voted one', async () => {
    const r = await draw(leader, culture);
    expect(r.status).toBe(201);
    const p = r.json<Proposal>();
    expect(p).toMatchObject({ state: 'draft', round: 'year_end', year: 2024, unit: { id: unit.get('SVHTTDL') }, editable: true });
    expect(p.nominees.map((x) => [x.subjectKind, x.unit.id, x.awardType])).toEqual([
      ['collective', unit.get('SYT'), 'CO_TINH'], ['collective', unit.get('SLDTBXH'), 'BK_TINH'],
    ]);
    expect(p.nominees[0]!.achievements).toContain('Xếp hạng 1/3');
    expect(p.nominees[0]!.achievements).toContain('tổng điểm 95');
    expect(p.nominees[1]!.achievements).toContain('Xếp hạng 3/3');
    // The engine judged each member unit on its history, though it lies outside the leader's subtree.
    expect(p.nominees.every((x) => x.eligibility.status !== undefined)).toBe(true);
    const audit = await t.database.db.selectFrom('audit_log').select('action').where('entity_id', 'in', [p.id, culture]).execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['proposal.create', 'cluster.proposal', 'proposal.nominees.add']));
    // The vote screen links to it; the leader opens it like any of its unit's dossiers.
    expect((await leader.get(`/api/v1/clusters/${culture}/votes`)).json<{ proposal: { id: string } }>().proposal.id).toBe(p.id);
    expect((await leader.get(`/api/v1/proposals/${p.id}`)).status).toBe(200);
  });

  it('a second call answers 409 naming the existing proposal', async () => {
    const n = await proposals();
    const again = await draw(leader, culture);
    expect(again.status).toBe(409);
    expect(again.json<Problem>().error.message).toContain('đã có hồ sơ đề nghị "Đề nghị khen thưởng Khối các sở, ngành văn hóa – xã hội (demo) năm 2024"');
    expect(await proposals()).toBe(n);
  });

  it('the widened scope holds only for the cluster: the leader still cannot name a unit outside it', async () => {
    const p = (await leader.get(`/api/v1/clusters/${culture}/votes`)).json<{ proposal: { id: string } }>().proposal;
    const detail = (await leader.get(`/api/v1/proposals/${p.id}`)).json<{ version: number }>();
    const r = await leader.send('POST', `/api/v1/proposals/${p.id}/nominees`, { version: detail.version, nominee: { subjectKind: 'collective', unitId: unit.get('DAKHA'), awardType: 'BK_TINH', achievements: 'Hoàn thành xuất sắc nhiệm vụ năm 2024' } });
    expect(r.status).toBe(400);
    expect(r.json<{ error: { details: Array<{ path: string; message: string }> } }>().error.details[0]).toEqual({ path: 'nominee.unitId', message: expect.stringContaining('không thuộc Sở Văn hóa') });
  });
});
