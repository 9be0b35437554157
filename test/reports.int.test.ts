import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ENGINES, type Session, type TestApp } from './harness.js';

interface Report { title: string; total: number; groups: Array<{ key: string | number | null; label: string | null; count: number }> }

describe.each(ENGINES)('reports on %s', (engine) => {
  let t: TestApp;
  let board: Session;
  let syte: Session;
  let viewer: Session;
  const counts = (r: Report) => Object.fromEntries(r.groups.map((g) => [String(g.key), g.count]));

  beforeAll(async () => {
    t = await createTestApp(engine);
    [board, syte, viewer] = await Promise.all([t.login('bantdkt'), t.login('syte'), t.login('lanhdao')]);
  });
  afterAll(async () => { await t?.close(); });

  it('awards by year, level, gender and leaders versus direct workers, from the registry', async () => {
    const byYear = (await board.get('/api/v1/reports/awards?groupBy=year')).json<Report>();
    expect(counts(byYear)).toEqual({ 2022: 2, 2023: 9, 2024: 1 });
    expect(byYear.total).toBe(12);
    expect(byYear.groups.map((g) => g.key)).toEqual([2022, 2023, 2024]);
    const byLevel = (await board.get('/api/v1/reports/awards?groupBy=level&yearFrom=2023&yearTo=2023')).json<Report>();
    expect(counts(byLevel)).toEqual({ province: 3, unit: 6 });
    const leader = (await board.get('/api/v1/reports/awards?groupBy=leader')).json<Report>();
    expect(leader.groups.map((g) => g.label).sort()).toEqual(['Lãnh đạo, quản lý', 'Người lao động trực tiếp']);
    // People only: the collective (SKHDT) and the household are neither leaders nor workers.
    expect(leader.total).toBe(10);
    expect(counts(leader)).toEqual({ 1: 5, 0: 5 });
    const gender = (await viewer.get('/api/v1/reports/awards?groupBy=gender')).json<Report>();
    expect(gender.groups.map((g) => g.label).sort()).toEqual(['Nam', 'Nữ']);
  });

  it('respects the caller\'s scope: a department sees its own subtree, not another\'s', async () => {
    const own = (await syte.get('/api/v1/reports/awards?groupBy=awardType')).json<Report>();
    expect(own.total).toBe(2); // A Thút (CSTĐ tỉnh) and Phạm Thị Hồng Nhung (CSTĐCS)
    const skhdt = await t.database.db.selectFrom('units').select('id').where('code', '=', 'SKHDT').executeTakeFirstOrThrow();
    expect((await syte.get(`/api/v1/reports/awards?groupBy=year&unitId=${skhdt.id}`)).status).toBe(403);
    expect((await t.anonymous.get('/api/v1/reports/awards?groupBy=year')).status).toBe(401);
    expect((await board.get('/api/v1/reports/awards?groupBy=birthday')).status).toBe(400);
  });

  it('targets achieved per year and movements, on screen and as Excel', async () => {
    const { items } = (await board.get('/api/v1/reports/targets')).json<{ items: Array<{ year: number; total: number; counts: Record<string, number> }> }>();
    expect(items.map((i) => i.year)).toEqual([2024]);
    expect(items[0]!.total).toBe(14);
    expect(Object.values(items[0]!.counts).reduce((a, b) => a + b, 0)).toBe(14);
    const movements = (await board.get('/api/v1/reports/movements')).json<{ items: Array<{ code: string; indicators: number; news: number; practices: number }> }>().items;
    expect(movements[0]).toMatchObject({ code: 'PTTD-2024', indicators: 14, news: 1, practices: 3 });
    const xlsx = await board.get('/api/v1/reports/awards.xlsx?groupBy=awardType');
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.raw as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('A1').value).toBe('Khen thưởng theo danh hiệu, hình thức');
    const values = ws.getSheetValues().flat().map(String);
    expect(values).toContain('Tổng cộng');
    expect((await board.get('/api/v1/reports/targets.xlsx')).status).toBe(200);
    expect((await board.get('/api/v1/reports/movements.xlsx')).status).toBe(200);
  });

  it('the yearly summary is a Word report in the Decree 30 layout with the year\'s figures', async () => {
    const res = await board.get('/api/v1/reports/yearly/2023.docx');
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toContain('bao-cao-tong-ket-2023.docx');
    const zip = await JSZip.loadAsync(res.raw);
    const xml = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(xml).toContain('BÁO CÁO');
    expect(xml).toContain('Tổng kết công tác thi đua, khen thưởng năm 2023');
    expect(xml).toContain('Năm 2023 có 9 lượt khen thưởng');
    expect(xml).toContain('CÔNG TÁC KHEN THƯỞNG');
  });
});
