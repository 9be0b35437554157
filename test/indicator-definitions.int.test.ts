import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countAll } from '../src/db/dialect.js';
import { createTestApp, ENGINES, type Session, type TestApp } from './harness.js';

interface Indicator { id: string; code: string; name: string; target: number; comparator: string; parentId: string | null; updatedAt: string; targetText: string; children: Indicator[] }
interface Detail { path: string; message: string }
const details = (r: { json<T>(): T }) => r.json<{ error: { details: Detail[] } }>().error.details;
const year = 2025;

describe.each(ENGINES)('defining indicators on %s', (engine) => {
  let t: TestApp;
  let board: Session;
  let skhdt: Session;
  let from2024: string;
  const unit = new Map<string, string>();
  const count = async (table: 'indicators' | 'audit_log') => (await t.database.db.selectFrom(table).select(countAll.as('n')).executeTakeFirstOrThrow()).n;
  const newMovement = async () => (await board.send('POST', '/api/v1/movements', {
    code: `PT-${Math.random().toString(36).slice(2, 8)}`, title: `Phong trào thi đua năm ${year}`, theme: 'Đoàn kết', kind: 'regular', year,
    directive: { number: '01/CT-UBND', date: `${year}-01-05`, signer: 'Chủ tịch UBND tỉnh' }, periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`,
    contents: ['Phát triển kinh tế'], documents: [], scopeUnitIds: [unit.get('SKHDT')],
  })).json<{ id: string }>().id;
  const list = async (movementId: string) => (await board.get(`/api/v1/movements/${movementId}/indicators`)).json<{ items: Indicator[] }>().items;
  const grdp = (over: Record<string, unknown> = {}) => ({
    code: 'CT01', name: 'Tốc độ tăng trưởng GRDP', unit: '%', comparator: 'gte', target: 9.5, accumulation: 'last', frequency: 'quarter',
    responsibleUnitId: unit.get('SKHDT'), sourceText: 'Tốc độ tăng trưởng GRDP đạt từ 9,5% trở lên', ...over,
  });

  beforeAll(async () => {
    t = await createTestApp(engine);
    (await t.database.db.selectFrom('units').select(['id', 'code']).execute()).forEach((u) => unit.set(u.code, u.id));
    [board, skhdt] = await Promise.all([t.login('bantdkt'), t.login('skhdt')]);
    from2024 = (await board.get('/api/v1/movements?year=2024')).json<{ items: Array<{ id: string }> }>().items[0]!.id;
  });
  afterAll(async () => { await t?.close(); });

  it('the board copies 2024 definitions into a new movement (no values), then a second copy skips every code', async () => {
    const m = await newMovement();
    const r = await board.send('POST', `/api/v1/movements/${m}/indicators/copy`, { fromMovementId: from2024 });
    expect(r.status).toBe(200);
    const report = r.json<{ copied: Array<{ code: string }>; skipped: unknown[] }>();
    expect(report.copied.length).toBe((await t.database.db.selectFrom('indicators').select('id').where('movement_id', '=', from2024).execute()).length);
    const top = await list(m);
    expect(top).toHaveLength(14);
    expect(top.find((i) => i.code === 'CT12')!.children.map((c) => c.comparator)).toEqual(['rank_up_by', 'rank_up_by', 'rank_up_by', 'rank_up_by']);
    const dash = (await board.get(`/api/v1/movements/${m}/dashboard?asOf=${year}-06-30`)).json<{ items: Array<{ evaluation: { status: string } }> }>();
    expect(dash.items.every((c) => c.evaluation.status === 'no_data')).toBe(true);
    const again = (await board.send('POST', `/api/v1/movements/${m}/indicators/copy`, { fromMovementId: from2024 })).json<{ copied: unknown[]; skipped: Array<{ reason: string }> }>();
    expect(again.copied).toEqual([]);
    expect(again.skipped[0]!.reason).toBe('Mã CT01 đã có trong phong trào');
  });

  it('the board creates, edits (from the version it saw), reorders and deletes an indicator', async () => {
    const m = await newMovement();
    const created = await board.send('POST', `/api/v1/movements/${m}/indicators`, grdp());
    expect(created.status).toBe(201);
    const ind = created.json<Indicator>();
    expect(ind.targetText).toContain('9,5%');
    const edited = await board.send('PUT', `/api/v1/indicators/${ind.id}`, { ...grdp({ target: 10 }), updatedAt: ind.updatedAt });
    expect(edited.json<Indicator>().target).toBe(10);
    const stale = await board.send('PUT', `/api/v1/indicators/${ind.id}`, { ...grdp({ target: 11 }), updatedAt: ind.updatedAt });
    expect(stale.status).toBe(409);
    expect((await list(m))[0]!.target).toBe(10);
    const second = (await board.send('POST', `/api/v1/movements/${m}/indicators`, grdp({ code: 'ct02', name: 'Thu ngân sách', unit: 'tỷ đồng', target: 5000, accumulation: 'sum', frequency: 'month' }))).json<Indicator>();
    expect(second.code).toBe('CT02');
    expect((await board.send('PUT', `/api/v1/movements/${m}/indicators/order`, { ids: [second.id, ind.id] })).status).toBe(200);
    expect((await list(m)).map((i) => i.code)).toEqual(['CT02', 'CT01']);
    expect((await board.send('PUT', `/api/v1/movements/${m}/indicators/order`, { ids: [second.id] })).status).toBe(400);
    expect((await board.send('DELETE', `/api/v1/indicators/${second.id}`)).status).toBe(204);
    expect((await list(m)).map((i) => i.code)).toEqual(['CT01']);
  });

  it('refuses to delete an indicator with reported values (409, Vietnamese reason) and to change its frequency', async () => {
    const m = await newMovement();
    const ind = (await board.send('POST', `/api/v1/movements/${m}/indicators`, grdp())).json<Indicator>();
    expect((await skhdt.send('POST', `/api/v1/indicators/${ind.id}/values`, { period: `${year}-Q1`, value: 8.1, kind: 'actual' })).status).toBe(201);
    const del = await board.send('DELETE', `/api/v1/indicators/${ind.id}`);
    expect(del.status).toBe(409);
    expect(del.json<{ error: { message: string } }>().error.message).toContain('đã có số liệu báo cáo');
    const freq = await board.send('PUT', `/api/v1/indicators/${ind.id}`, { ...grdp({ frequency: 'month' }), updatedAt: ind.updatedAt });
    expect(details(freq)).toEqual([{ path: 'frequency', message: 'Không đổi được tần suất báo cáo: chỉ tiêu đã có số liệu báo cáo' }]);
    expect((await list(m))).toHaveLength(1);
  });

  it.each([
    [{ code: '' }, 'code', 'Cần mã chỉ tiêu'],
    [{ name: '  ' }, 'name', 'Cần tên chỉ tiêu'],
    [{ comparator: 'range', targetMax: null }, 'targetMax', 'cần cận trên'],
    [{ comparator: 'rank_up_by', target: 5 }, 'baseline', 'cần giá trị năm gốc'],
    [{ baseline: 8, baselineYear: year }, 'baselineYear', 'Năm gốc phải trước năm của phong trào'],
    [{ responsibleUnitId: 'khong-co' }, 'responsibleUnitId', 'Không tìm thấy đơn vị chủ trì'],
    [{ target: 'mười' }, 'target', ''],
  ])('answers %j with 400 naming %s, nothing written', async (over, field, words) => {
    const m = await newMovement();
    const n = await count('indicators');
    const r = await board.send('POST', `/api/v1/movements/${m}/indicators`, grdp(over));
    expect(r.status).toBe(400);
    expect(details(r).find((d) => d.path === field)?.message).toContain(words);
    expect(await count('indicators')).toBe(n);
  });

  it('a duplicate code names the field', async () => {
    const m = await newMovement();
    await board.send('POST', `/api/v1/movements/${m}/indicators`, grdp());
    expect(details(await board.send('POST', `/api/v1/movements/${m}/indicators`, grdp()))).toEqual([{ path: 'code', message: 'Mã "CT01" đã có trong phong trào này' }]);
  });

  it('parts go only under a group of the same movement; a group with parts is not deleted', async () => {
    const m = await newMovement();
    const group = (await board.send('POST', `/api/v1/movements/${m}/indicators`, grdp({ code: 'CT12', name: 'Các chỉ số PCI, PAPI', comparator: 'group', target: 0, unit: '', frequency: 'year' }))).json<Indicator>();
    const plain = (await board.send('POST', `/api/v1/movements/${m}/indicators`, grdp())).json<Indicator>();
    const pci = { code: 'CT12.1', name: 'Xếp hạng PCI', unit: 'bậc', comparator: 'rank_up_by', target: 5, baseline: 55, baselineYear: 2024, frequency: 'year' };
    expect(details(await board.send('POST', `/api/v1/movements/${m}/indicators`, grdp({ ...pci, parentId: plain.id })))).toEqual([{ path: 'parentId', message: 'Chỉ tiêu CT01 không phải nhóm chỉ tiêu' }]);
    const part = await board.send('POST', `/api/v1/movements/${m}/indicators`, grdp({ ...pci, parentId: group.id }));
    expect(part.json<Indicator>().parentId).toBe(group.id);
    expect((await list(m)).find((i) => i.code === 'CT12')!.children.map((c) => c.code)).toEqual(['CT12.1']);
    const del = await board.send('DELETE', `/api/v1/indicators/${group.id}`);
    expect(del.status).toBe(409);
    expect(del.json<{ error: { message: string } }>().error.message).toContain('còn chỉ tiêu thành phần');
    expect((await board.send('POST', `/api/v1/movements/${m}/indicators/copy`, { fromMovementId: m })).status).toBe(400);
  });

  it('a unit officer cannot define, edit, delete or copy indicators (403), and nothing is written', async () => {
    const m = await newMovement();
    const ind = (await board.send('POST', `/api/v1/movements/${m}/indicators`, grdp())).json<Indicator>();
    const [n, audits] = [await count('indicators'), await count('audit_log')];
    expect((await skhdt.send('POST', `/api/v1/movements/${m}/indicators`, grdp({ code: 'CT09' }))).status).toBe(403);
    expect((await skhdt.send('PUT', `/api/v1/indicators/${ind.id}`, { ...grdp({ target: 1 }), updatedAt: ind.updatedAt })).status).toBe(403);
    expect((await skhdt.send('DELETE', `/api/v1/indicators/${ind.id}`)).status).toBe(403);
    expect((await skhdt.send('POST', `/api/v1/movements/${m}/indicators/copy`, { fromMovementId: from2024 })).status).toBe(403);
    expect([await count('indicators'), await count('audit_log')]).toEqual([n, audits]);
    expect((await list(m))[0]!.target).toBe(9.5);
  });

  it('a movement reviewed for good refuses changes to its indicators (409)', async () => {
    const m = await newMovement();
    await t.database.db.updateTable('movements').set({ status: 'closed' }).where('id', '=', m).execute();
    const r = await board.send('POST', `/api/v1/movements/${m}/indicators`, grdp());
    expect(r.status).toBe(409);
    expect(r.json<{ error: { message: string } }>().error.message).toContain('phong trào đã kết thúc: không thay đổi chỉ tiêu được nữa');
    expect(await list(m)).toEqual([]);
  });
});
