import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ENGINES, type Session, type TestApp } from './harness.js';

interface Indicator { id: string; code: string; comparator: string; target: number; targetMax: number | null; sourceText: string; children: Indicator[] }
interface Value { id: string; period: string; value: number; status: string }
interface ErrorBody { error: { code: string; details: Array<{ path: string; message: string }> } }

describe.each(ENGINES)('targets on %s', (engine) => {
  let t: TestApp;
  let skhdt: Session;
  let syte: Session;
  let board: Session;
  let movementId: string;
  const ind = new Map<string, Indicator>();
  beforeAll(async () => {
    t = await createTestApp(engine);
    [skhdt, syte, board] = await Promise.all([t.login('skhdt'), t.login('syte'), t.login('bantdkt')]);
    const movements = (await skhdt.get('/api/v1/movements?year=2024')).json<{ items: Array<{ id: string }> }>();
    movementId = movements.items[0]!.id;
    const walk = (list: Indicator[]) => list.forEach((i) => { ind.set(i.code, i); walk(i.children); });
    walk((await skhdt.get(`/api/v1/movements/${movementId}/indicators`)).json<{ items: Indicator[] }>().items);
  });
  afterAll(async () => { await t.close(); });
  const values = async (s: Session, code: string) => (await s.get(`/api/v1/indicators/${ind.get(code)!.id}/values`)).json<{ items: Value[] }>().items;

  it('serves the 2024 movement of Directive 08/CT-UBND with its 14 targets from the seed', async () => {
    const m = (await skhdt.get('/api/v1/movements?year=2024')).json<{ items: Array<Record<string, unknown>> }>().items[0]!;
    expect(m).toMatchObject({ code: 'PTTD-2024', year: 2024, directive: { number: '08/CT-UBND', date: '2024-02-06' } });
    expect(m.theme).toBe('Đoàn kết - Trách nhiệm - Chủ động vượt khó - Quyết tâm thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội tỉnh Kon Tum năm 2024');
    const top = (await skhdt.get(`/api/v1/movements/${movementId}/indicators`)).json<{ items: Indicator[] }>().items;
    expect(top).toHaveLength(14);
    expect(ind.get('CT02')).toMatchObject({ comparator: 'gt', target: 63.7, sourceText: 'GRDP bình quân đầu người trên 63,7 triệu đồng' });
    expect(ind.get('CT07')!.children.map((c) => c.target)).toEqual([43]);
    expect(ind.get('CT08')).toMatchObject({ comparator: 'decrease_by', target: 3, targetMax: 4 });
    expect(ind.get('CT11')!.children).toHaveLength(2);
    expect(ind.get('CT12')!.children.map((c) => c.comparator)).toEqual(['rank_up_by', 'rank_up_by', 'rank_up_by', 'rank_up_by']);
    const detail = (await skhdt.get(`/api/v1/movements/${movementId}`)).json<{ documents: Array<{ number: string }>; contents: string[] }>();
    expect(detail.documents.map((d) => d.number)).toContain('23-NQ/TU');
    expect(detail.contents.length).toBeGreaterThan(3);
  });

  it('lets the responsible unit report a value; a second one for the period replaces it and stays in history', async () => {
    const id = ind.get('CT01')!.id;
    const first = await skhdt.send('POST', `/api/v1/indicators/${id}/values`, { period: '2024-Q4', value: 9.6, kind: 'estimate', note: 'Ước tính' });
    expect(first.status).toBe(201);
    expect(first.json<Value>().status).toBe('submitted');
    await skhdt.send('POST', `/api/v1/indicators/${id}/values`, { period: '2024-Q4', value: 9.8, kind: 'actual' });
    const q4 = (await values(skhdt, 'CT01')).filter((v) => v.period === '2024-Q4');
    expect(q4.map((v) => [v.value, v.status])).toEqual([[9.8, 'submitted'], [9.6, 'superseded']]);
  });

  it("refuses another unit's report (403) and hides that unit's value history, writing nothing", async () => {
    const before = (await values(skhdt, 'CT01')).length;
    const res = await syte.send('POST', `/api/v1/indicators/${ind.get('CT01')!.id}/values`, { period: '2024-Q4', value: 99, kind: 'actual' });
    expect(res.status).toBe(403);
    expect((await syte.get(`/api/v1/indicators/${ind.get('CT01')!.id}/values`)).status).toBe(403);
    expect((await values(skhdt, 'CT01')).length).toBe(before);
    expect((await syte.send('POST', `/api/v1/indicators/${ind.get('CT09')!.id}/values`, { period: '2024-H2', value: 39.5, kind: 'actual' })).status).toBe(201);
  });

  it.each([
    [{ period: '2024-Q4', value: 'mười', kind: 'actual' }, 'value', 'Phải là một số'],
    [{ period: '2024-13', value: 9, kind: 'actual' }, 'period', 'không đúng định dạng'],
    [{ period: '2025-Q1', value: 9, kind: 'actual' }, 'period', 'nằm ngoài năm'],
    [{ period: '2024-05', value: 9, kind: 'actual' }, 'period', 'tần suất'],
    [{ period: '2024-Q4', value: 9, kind: 'guess' }, 'kind', 'danh sách'],
    [{ value: 9, kind: 'actual' }, 'period', 'bắt buộc'],
  ])('answers bad input %j with 400 naming %s, nothing saved', async (body, field, words) => {
    const before = (await values(skhdt, 'CT01')).length;
    const res = await skhdt.send('POST', `/api/v1/indicators/${ind.get('CT01')!.id}/values`, body);
    expect(res.status).toBe(400);
    const detail = res.json<ErrorBody>().error.details.find((d) => d.path === field);
    expect(detail?.message).toContain(words);
    expect((await values(skhdt, 'CT01')).length).toBe(before);
  });

  it('accepts the year period whatever the frequency, and it decides the result', async () => {
    const id = ind.get('CT04')!.id;
    expect((await skhdt.send('POST', `/api/v1/indicators/${id}/values`, { period: '2024', value: 371, kind: 'actual' })).status).toBe(201);
    const during = (await skhdt.get(`/api/v1/indicators/${id}/evaluation?asOf=2024-10-15`)).json<{ status: string }>();
    expect(during.status).not.toBe('achieved'); // the year value ends on 31/12 and is not yet used
    const after = (await skhdt.get(`/api/v1/indicators/${id}/evaluation?asOf=2025-01-31`)).json<{ status: string; current: number; explanation: string }>();
    expect(after).toMatchObject({ status: 'achieved', current: 371 });
    expect(after.explanation).toContain('Đã đạt');
  });

  it('evaluates with only the periods ended by asOf', async () => {
    const id = ind.get('CT03')!.id;
    const mid = (await board.get(`/api/v1/indicators/${id}/evaluation?asOf=2024-06-30`)).json<{ status: string; current: number }>();
    expect(mid.current).toBe(420 + 350 + 380 + 360 + 390 + 370);
    const none = (await board.get(`/api/v1/indicators/${id}/evaluation?asOf=2024-01-15`)).json<{ status: string }>();
    expect(none.status).toBe('no_data');
    expect((await board.get(`/api/v1/indicators/${id}/evaluation?asOf=15/10/2024`)).status).toBe(400);
  });

  it('lets the board accept or return a submitted value once; a unit officer cannot review', async () => {
    const pending = (await values(board, 'CT01')).find((v) => v.status === 'submitted')!;
    expect((await skhdt.send('POST', `/api/v1/indicator-values/${pending.id}/review`, { decision: 'accept' })).status).toBe(403);
    const noReason = await board.send('POST', `/api/v1/indicator-values/${pending.id}/review`, { decision: 'return' });
    expect(noReason.json<ErrorBody>().error.details[0]!.path).toBe('note');
    const ok = await board.send('POST', `/api/v1/indicator-values/${pending.id}/review`, { decision: 'return', note: 'Số liệu quý IV chưa có xác nhận của Cục Thống kê' });
    expect(ok.json<Value>().status).toBe('returned');
    expect((await board.send('POST', `/api/v1/indicator-values/${pending.id}/review`, { decision: 'accept' })).status).toBe(409);
  });

  it("lists the board's review queue with the indicator and unit, and only for reviewers", async () => {
    const queue = (await board.get('/api/v1/review-queue')).json<{ items: Array<{ period: string; indicator: { code: string }; responsibleUnit: { name: string }; reportedBy: { fullName: string } }> }>();
    const ct09 = queue.items.find((i) => i.indicator.code === 'CT09')!;
    expect(ct09).toMatchObject({ period: '2024-H2', responsibleUnit: { name: 'Sở Y tế' } });
    expect((await skhdt.get('/api/v1/review-queue')).status).toBe(403);
  });

  it('keeps submitted values off the public dashboard until accepted', async () => {
    const card = async () => {
      const pub = (await t.anonymous.get('/api/v1/public/dashboard/2024?asOf=2025-01-15')).json<{ items: Array<{ indicator: { code: string }; latest: { period: string } | null; canReport: boolean }> }>();
      return pub.items.find((c) => c.indicator.code === 'CT09')!;
    };
    expect((await card()).latest?.period).toBe('2024-H1');
    expect((await card()).canReport).toBe(false);
    const pending = (await values(board, 'CT09')).find((v) => v.status === 'submitted')!;
    await board.send('POST', `/api/v1/indicator-values/${pending.id}/review`, { decision: 'accept' });
    expect((await card()).latest?.period).toBe('2024-H2');
    expect((await t.anonymous.get('/api/v1/public/dashboard/1999')).status).toBe(404);
    const pub = (await t.anonymous.get('/api/v1/public/dashboard/2024')).json<{ authority: { name: string } }>();
    expect(pub.authority.name).toBe('Tỉnh Kon Tum');
  });

  it('stores evidence files that are what their name says, up to 20 MB', async () => {
    const v = (await values(skhdt, 'CT02'))[0]!;
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(1000, 32)]);
    const ok = await skhdt.upload(`/api/v1/indicator-values/${v.id}/evidence`, 'Báo cáo GRDP.pdf', pdf);
    expect(ok.status).toBe(200);
    const file = await skhdt.get(`/api/v1/indicator-values/${v.id}/evidence`);
    expect(file.raw.subarray(0, 4).toString()).toBe('%PDF');
    const fake = await skhdt.upload(`/api/v1/indicator-values/${v.id}/evidence`, 'bao-cao.pdf', Buffer.from('MZ this is an exe'));
    expect(fake.status).toBe(400);
    expect(fake.json<ErrorBody>().error.details[0]).toMatchObject({ path: 'file' });
    const big = await skhdt.upload(`/api/v1/indicator-values/${v.id}/evidence`, 'lon.pdf', Buffer.concat([Buffer.from('%PDF'), Buffer.alloc(21 * 1024 * 1024)]));
    expect(big.status).toBe(413);
    expect((await syte.upload(`/api/v1/indicator-values/${v.id}/evidence`, 'x.pdf', pdf)).status).toBe(403);
  });

  it('needs a login for everything but the public dashboard', async () => {
    for (const url of ['/api/v1/movements', `/api/v1/movements/${movementId}/dashboard`, '/api/v1/people', '/api/v1/units']) {
      expect((await t.anonymous.get(url)).status).toBe(401);
    }
    expect((await t.anonymous.send('POST', `/api/v1/indicators/${ind.get('CT01')!.id}/values`, { period: '2024', value: 1, kind: 'actual' })).status).toBe(401);
  });
});
