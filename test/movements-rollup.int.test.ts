import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { up as refoldMovements } from '../src/db/migrations/0011_movement_search.js';
import { createTestApp, ENGINES, type Session, type TestApp } from './harness.js';

interface Detail { path: string; message: string }
const details = (r: { json<T>(): T }) => r.json<{ error: { details: Detail[] } }>().error.details;
interface Row { unit: { id: string; name: string }; state: string; registeredAt: string | null }
interface Page { total: number; onTime: number; late: number; missing: number; matched: number; limit: number; offset: number; own: Row | null; rows: Row[] }
interface Cluster { id: string; name: string; kind: string; leader: { id: string } | null; pact: { number: string | null; date: string | null } }

describe.each(ENGINES)('movement roll-up, search and cluster pact on %s', (engine) => {
  let t: TestApp;
  let board: Session;
  let dakha: Session;
  let movementId: string;
  const page = async (s: Session, query: string) => (await s.get(`/api/v1/movements/${movementId}/registrations?${query}`)).json<Page>();

  beforeAll(async () => {
    t = await createTestApp(engine);
    [board, dakha] = await Promise.all([t.login('bantdkt'), t.login('dakha')]);
    movementId = (await board.get('/api/v1/movements?year=2024')).json<{ items: Array<{ id: string }> }>().items[0]!.id;
  });
  afterAll(async () => { await t?.close(); });

  it('pages the registration roll-up, with counts of the whole scope', async () => {
    const first = await page(board, 'limit=5');
    expect([first.total, first.onTime, first.late, first.missing, first.matched]).toEqual([22, 8, 2, 12, 22]);
    expect(first.rows).toHaveLength(5);
    const all = await page(board, 'limit=500');
    expect((await page(board, 'limit=5&offset=5')).rows.map((r) => r.unit.id)).toEqual(all.rows.slice(5, 10).map((r) => r.unit.id));
    expect((await page(board, 'offset=20')).rows).toHaveLength(2);
  });

  it('filters by state and finds a unit by name without diacritics or đ', async () => {
    const late = await page(board, 'state=late');
    expect(late.matched).toBe(2);
    expect(late.rows.every((r) => r.state === 'late')).toBe(true);
    expect(late.rows.map((r) => r.unit.name)).toContain('Huyện Sa Thầy');
    expect([(await page(board, 'state=submitted')).matched, (await page(board, 'state=missing')).matched, (await page(board, 'state=on_time')).matched]).toEqual([10, 12, 8]);
    for (const q of ['dak ha', 'ĐẮK HÀ', 'Đắk Hà']) {
      const found = await page(board, `q=${encodeURIComponent(q)}`);
      expect(found.rows.map((r) => r.unit.name)).toEqual(['Huyện Đắk Hà']);
      expect(found.total).toBe(22);
    }
    expect((await page(board, `q=${encodeURIComponent('dak ha')}&state=late`)).rows).toEqual([]);
  });

  it('shows a unit officer its own unit only, and its own row whatever the page', async () => {
    const own = await page(dakha, 'limit=5');
    expect([own.total, own.matched]).toEqual([1, 1]);
    expect(own.own?.unit.name).toBe('Huyện Đắk Hà');
    expect((await page(dakha, `q=${encodeURIComponent('sa thay')}`)).rows).toEqual([]);
    const reports = (await dakha.get(`/api/v1/movements/${movementId}/reports?kind=mid_term&state=missing`)).json<Page>();
    expect(reports.total).toBe(1);
  });

  it('pages and filters the report roll-ups the same way', async () => {
    const mid = (await board.get(`/api/v1/movements/${movementId}/reports?kind=mid_term&state=on_time&limit=2`)).json<Page>();
    expect([mid.onTime, mid.late, mid.matched, mid.rows.length]).toEqual([3, 1, 3, 2]);
  });

  it('refuses a bad filter or page with a Vietnamese message naming the field', async () => {
    for (const [query, field] of [['state=soon', 'state'], ['limit=0', 'limit'], ['limit=501', 'limit'], ['offset=-1', 'offset']] as const) {
      const r = await board.get(`/api/v1/movements/${movementId}/registrations?${query}`);
      expect(r.status).toBe(400);
      expect(JSON.stringify(r.body)).toContain(field);
      expect(details(r)[0]!.message).toMatch(/[àáảãạăâđêôơư]/i);
    }
  });

  it('exports the whole roll-up to Excel with Vietnamese headers and dd/mm/yyyy dates, scoped to the reader', async () => {
    const r = await board.get(`/api/v1/movements/${movementId}/rollup.xlsx`);
    expect(r.status).toBe(200);
    expect(String(r.headers['content-type'])).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.raw as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const header = ws.getRow(5).values as unknown[];
    expect(header).toEqual(expect.arrayContaining(['Đơn vị', 'Đăng ký thi đua', 'Ngày đăng ký', 'Báo cáo sơ kết', 'Báo cáo tổng kết']));
    const rows = ws.getSheetValues().slice(6).filter(Boolean) as unknown[][];
    expect(rows).toHaveLength(22);
    const saThay = rows.find((x) => x[2] === 'Huyện Sa Thầy')!;
    expect(saThay[3]).toBe('Trễ hạn');
    expect(String(saThay[4])).toMatch(/^\d{2}\/\d{2}\/2024$/);
    expect(rows.filter((x) => x[3] === 'Chưa gửi')).toHaveLength(12);

    const own = await dakha.get(`/api/v1/movements/${movementId}/rollup.xlsx`);
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(own.raw as unknown as ArrayBuffer);
    const ownRows = wb2.worksheets[0]!.getSheetValues().slice(6).filter(Boolean) as unknown[][];
    expect(ownRows.map((x) => x[2])).toEqual(['Huyện Đắk Hà']);
  });

  it('searches movements by name, theme or directive number without diacritics or đ', async () => {
    const find = async (q: string) => (await dakha.get(`/api/v1/movements?q=${encodeURIComponent(q)}`)).json<{ items: Array<{ id: string }> }>().items.map((m) => m.id);
    expect(await find('08/ct-ubnd')).toEqual([movementId]);
    expect(await find('thi dua')).toContain(movementId);
    expect(await find('không có phong trào này')).toEqual([]);
    const created = (await board.send('POST', '/api/v1/movements', {
      code: 'CDS-01', title: 'Phong trào "Chuyển đổi số"', theme: 'Đẩy mạnh dịch vụ công trực tuyến', kind: 'thematic', year: 2024,
      directive: { number: '15/KH-UBND', date: '2024-01-05', signer: 'Phó Chủ tịch' }, periodStart: '2024-01-01', periodEnd: '2024-12-31',
      contents: ['Số hóa hồ sơ'], documents: [], scopeUnitIds: [],
    })).json<{ id: string }>();
    expect(await find('day manh dich vu cong')).toEqual([created.id]);
    expect(await find('15/KH')).toEqual([created.id]);
    expect(await find('chuyen doi so')).toEqual([created.id]);
  });

  it('migration 0011 re-folds movements stored before it (code and title only) to find them by directive number', async () => {
    await t.database.db.updateTable('movements').set({ search: 'pttd-2024 phong trao thi dua' }).where('id', '=', movementId).execute();
    expect((await dakha.get('/api/v1/movements?q=08%2Fct')).json<{ items: unknown[] }>().items).toEqual([]);
    await refoldMovements(t.database.db as never);
    expect((await dakha.get('/api/v1/movements?q=08%2Fct')).json<{ items: Array<{ id: string }> }>().items.map((m) => m.id)).toEqual([movementId]);
  });
});

describe.each(ENGINES)('cluster pact (giao ước) on %s', (engine) => {
  let t: TestApp;
  let board: Session;
  let dakha: Session;
  let cumtruong: Session;
  let district: Cluster;
  let block: Cluster;
  const pactOf = async (c: Cluster) => t.database.db.selectFrom('clusters').select(['pact_number', 'pact_date', 'pact_file_id']).where('id', '=', c.id).executeTakeFirstOrThrow();

  beforeAll(async () => {
    t = await createTestApp(engine);
    [board, dakha, cumtruong] = await Promise.all([t.login('bantdkt'), t.login('dakha'), t.login('cumtruong')]);
    const list = (await board.get('/api/v1/clusters?year=2024')).json<{ items: Cluster[] }>().items;
    district = list.find((c) => c.kind === 'cluster')!;
    block = list.find((c) => c.kind === 'block')!;
  });
  afterAll(async () => { await t?.close(); });

  it('the cluster leader records its pact with the signed document; anyone signed in downloads it', async () => {
    const file = (await cumtruong.upload('/api/v1/uploads', 'giao-uoc-2024.pdf', Buffer.from('%PDF-1.4 giao ước'))).json<{ id: string }>();
    const r = await cumtruong.send('PUT', `/api/v1/clusters/${district.id}/pact`, { number: '01/GƯ-CTĐ', date: '2024-02-22', fileId: file.id });
    expect(r.status).toBe(200);
    expect(r.json<{ pact: { number: string; date: string; fileUrl: string } }>().pact).toEqual({ number: '01/GƯ-CTĐ', date: '2024-02-22', fileUrl: `/api/v1/clusters/${district.id}/pact` });
    const dl = await dakha.get(`/api/v1/clusters/${district.id}/pact`);
    expect(dl.status).toBe(200);
    expect(dl.raw.toString()).toContain('giao ước');
    // Changing the number without a file keeps the document.
    await board.send('PUT', `/api/v1/clusters/${district.id}/pact`, { number: '02/GƯ-CTĐ', date: '2024-02-23' });
    expect((await pactOf(district)).pact_file_id).toBe(file.id);
  });

  it('a member, or the leader of another cluster, gets 403 and nothing is written', async () => {
    const before = [await pactOf(district), await pactOf(block)];
    expect((await dakha.send('PUT', `/api/v1/clusters/${district.id}/pact`, { number: 'X', date: '2024-02-01' })).status).toBe(403);
    expect((await cumtruong.send('PUT', `/api/v1/clusters/${block.id}/pact`, { number: 'X', date: '2024-02-01' })).status).toBe(403);
    expect([await pactOf(district), await pactOf(block)]).toEqual(before);
  });

  it('refuses a bad pact with a Vietnamese message naming the field, and writes nothing', async () => {
    const before = await pactOf(district);
    const other = (await board.upload('/api/v1/uploads', 'x.pdf', Buffer.from('%PDF-1.4 x'))).json<{ id: string }>();
    const r = await cumtruong.send('PUT', `/api/v1/clusters/${district.id}/pact`, { number: '  ', date: '2025-02-30', fileId: other.id });
    expect(r.status).toBe(400);
    expect(details(r).map((d) => d.path).sort()).toEqual(['date', 'fileId', 'number']);
    expect(details(r).find((d) => d.path === 'number')!.message).toContain('giao ước');
    expect((await cumtruong.send('PUT', `/api/v1/clusters/${district.id}/pact`, { number: 'A', date: '2025-01-10' })).json<{ error: { details: Detail[] } }>().error.details[0]!.path).toBe('date');
    expect(await pactOf(district)).toEqual(before);
  });
});
