/** Clusters' and blocks' published rankings over the years: JSON and Excel, published results only. */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldVietnamese } from '../src/lib/text.js';
import { newId } from '../src/lib/ids.js';
import { createTestApp, ENGINES, type Session, type TestApp } from './harness.js';

interface Series { kind: string; name: string; years: number[]; units: Array<{ unitName: string; ranks: Record<string, number | null> }> }
const BLOCK = 'Khối các sở, ngành văn hóa – xã hội (demo)';

describe.each(ENGINES)('cluster rankings report on %s', (engine) => {
  let t: TestApp;
  let board: Session;
  let dakha: Session;

  /** A 2023 edition of a block: one group of one criterion, every member's scorecard approved with the given points. */
  async function edition(name: string, points: Record<string, number>, published: boolean) {
    const db = t.database.db;
    const now = '2023-12-15T02:00:00.000Z';
    const id = newId();
    await db.insertInto('clusters').values({ id, year: 2023, kind: 'block', name, search: foldVietnamese(name), leader_unit_id: null, deputy_unit_id: null, pact_number: null, pact_date: null, pact_file_id: null, is_demo: 1, published_at: published ? now : null, created_at: now, updated_at: now }).execute();
    const [group, criterion] = [newId(), newId()];
    await db.insertInto('cluster_criteria').values({ id: group, cluster_id: id, group_id: null, order_no: 1, code: 'I', title: 'Thực hiện nhiệm vụ chính trị', guidance: '', evidence: '', kind: 'group', source: 'manual', max_points: 0 }).execute();
    await db.insertInto('cluster_criteria').values({ id: criterion, cluster_id: id, group_id: group, order_no: 2, code: '1', title: 'Kết quả thực hiện nhiệm vụ', guidance: '', evidence: '', kind: 'standard', source: 'manual', max_points: 100 }).execute();
    for (const [code, pts] of Object.entries(points)) {
      const unit = await db.selectFrom('units').select('id').where('code', '=', code).executeTakeFirstOrThrow();
      await db.insertInto('cluster_members').values({ cluster_id: id, unit_id: unit.id }).execute();
      const card = newId();
      await db.insertInto('scorecards').values({ id: card, cluster_id: id, unit_id: unit.id, status: 'approved', return_reason: null, submitted_at: now, assessed_by: null, assessed_at: now, approved_by: null, approved_at: now, updated_at: now }).execute();
      await db.insertInto('scorecard_scores').values({ scorecard_id: card, criterion_id: criterion, self_points: pts, self_note: null, evidence_url: null, evidence_file_id: null, assessed_points: pts, assessed_note: null }).execute();
    }
  }

  beforeAll(async () => {
    t = await createTestApp(engine);
    [board, dakha] = await Promise.all([t.login('bantdkt'), t.login('dakha')]);
    await edition(BLOCK, { SYT: 90, SLDTBXH: 80, SVHTTDL: 70 }, true);
    await edition('Khối các cơ quan Trung ương đóng trên địa bàn (demo)', { CTHUE: 90, CTK: 80 }, false);
  });
  afterAll(async () => { await t?.close(); });

  it('each unit\'s published rank per year, side by side; unpublished rankings left out; readable by a unit officer of another unit', async () => {
    for (const who of [board, dakha]) {
      const res = await who.get('/api/v1/reports/cluster-rankings');
      expect(res.status).toBe(200);
      const items = res.json<{ items: Series[] }>().items;
      expect(items.map((s) => [s.kind, s.name, s.years])).toEqual([['block', BLOCK, [2023, 2024]]]);
      const ranks = Object.fromEntries(items[0]!.units.map((u) => [u.unitName, u.ranks]));
      expect(Object.keys(ranks)).toHaveLength(3);
      expect(Object.values(ranks).every((r) => typeof r['2024'] === 'number')).toBe(true);
      expect(ranks['Sở Y tế']!['2023']).toBe(1);
      expect(ranks['Sở Văn hóa, Thể thao và Du lịch']!['2023']).toBe(3);
    }
    const only2024 = (await board.get('/api/v1/reports/cluster-rankings?yearFrom=2024')).json<{ items: Series[] }>().items;
    expect(only2024[0]!.years).toEqual([2024]);
    expect((await board.get('/api/v1/reports/cluster-rankings?yearFrom=abc')).status).toBe(400);
    expect((await t.anonymous.get('/api/v1/reports/cluster-rankings')).status).toBe(401);
  });

  it('as Excel: one row per unit, a column per year', async () => {
    const res = await dakha.get('/api/v1/reports/cluster-rankings.xlsx');
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.raw as unknown as ArrayBuffer);
    const rows = (wb.worksheets[0]!.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1));
    expect(rows[0]![0]).toBe('Xếp hạng của các cụm, khối thi đua qua các năm');
    const header = rows.find((r) => r[0] === 'Cụm, khối thi đua')!;
    expect(header).toEqual(['Cụm, khối thi đua', 'Đơn vị', 'Năm 2023', 'Năm 2024']);
    const syt = rows.find((r) => r[1] === 'Sở Y tế')!;
    expect(syt[0]).toBe(`Khối thi đua: ${BLOCK}`);
    expect(syt[2]).toBe(1);
  });
});
