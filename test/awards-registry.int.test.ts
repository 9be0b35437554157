import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ENGINES, type Session, type TestApp } from './harness.js';

interface Item { id: string; subject: { kind: string; id: string | null; name: string }; unit: { id: string; name: string }; awardType: string; level: string; year: number; decision: { number: string; date: string | null; issuer: string }; revoked: boolean }
interface Page { items: Item[]; nextCursor: string | null }
interface Job { id: string; state: string; processed: number; total: number; imported: number; errors: Array<{ path: string; message: string }> }

const HEADERS = ['Đối tượng', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Dân tộc', 'Mã đơn vị', 'Hình thức khen thưởng', 'Năm thành tích', 'Số quyết định', 'Ngày quyết định', 'Cơ quan ban hành'];
async function register(rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sổ khen thưởng');
  ws.addRow(HEADERS);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe.each(ENGINES)('award registry on %s', (engine) => {
  let t: TestApp;
  let board: Session;
  let skhdt: Session;
  let syte: Session;
  let viewer: Session;
  const unit = new Map<string, string>();
  const person = new Map<string, string>();
  const list = async (s: Session, query: string) => (await s.get(`/api/v1/awards?limit=500&${query}`)).json<Page>().items;
  /** What the summary must equal: live awards counted row by row. */
  const directCount = async (year: number) => {
    const rows = await t.database.db.selectFrom('awards').select(['award_type', sql<number>`cast(count(*) as integer)`.as('n')])
      .where('revoked', '=', 0).where('year', '=', year).groupBy('award_type').execute();
    return Object.fromEntries(rows.map((r) => [r.award_type, r.n]));
  };
  /** Live awards of a unit's subtree by type, counted row by row through the units' current paths. */
  const directInSubtree = async (unitId: string) => {
    const root = await t.database.db.selectFrom('units').select('path').where('id', '=', unitId).executeTakeFirstOrThrow();
    const rows = await t.database.db.selectFrom('awards').innerJoin('units', 'units.id', 'awards.unit_id')
      .select(['award_type', sql<number>`cast(count(*) as integer)`.as('n')])
      .where('revoked', '=', 0).where('units.path', '>=', root.path).where('units.path', '<', `${root.path}~`).groupBy('award_type').execute();
    return Object.fromEntries(rows.map((r) => [r.award_type, r.n]));
  };
  const stats = async (query: string) => Object.fromEntries((await board.get(`/api/v1/awards/stats?${query}`)).json<{ groups: Array<{ key: string; count: number }> }>().groups.map((g) => [g.key, g.count]));
  const record = (s: Session, body: Record<string, unknown>) => s.send('POST', '/api/v1/awards', {
    kind: 'regular', year: 2024, decision: { number: '25/QĐ-SKHĐT', date: '2024-12-20', issuer: 'Sở Kế hoạch và Đầu tư tỉnh Kon Tum' }, ...body,
  });
  const waitFor = async (id: string): Promise<Job> => {
    for (;;) {
      const job = (await board.get(`/api/v1/awards/imports/${id}`)).json<Job>();
      if (job.state === 'succeeded' || job.state === 'failed') return job;
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  beforeAll(async () => {
    t = await createTestApp(engine);
    const db = t.database.db;
    const units = await db.selectFrom('units').select(['id', 'code', 'path']).execute();
    units.forEach((u) => unit.set(u.code, u.id));
    (await db.selectFrom('people').select(['id', 'full_name']).execute()).forEach((p) => person.set(p.full_name, p.id));
    [board, skhdt, syte, viewer] = await Promise.all([t.login('bantdkt'), t.login('skhdt'), t.login('syte'), t.login('lanhdao')]);
    // A room of SKHDT whose people have the names of the ordering test, each with an award.
    const room = (await board.send('POST', '/api/v1/units', { code: 'SKHDT-TH', name: 'Phòng Tổng hợp', kind: 'other', parentId: unit.get('SKHDT') })).json<{ id: string }>();
    unit.set('SKHDT-TH', room.id);
    for (const [i, name] of ['Giang', 'Đức', 'Đặng', 'Dũng', 'Bình', 'Ánh', 'An'].entries()) {
      const p = (await board.send('POST', '/api/v1/people', { fullName: name, gender: i % 2 ? 'female' : 'male', birthYear: 1990 + i, ethnicity: 'Kinh', unitId: room.id })).json<{ id: string }>();
      person.set(name, p.id);
      expect((await record(board, { subject: { kind: 'individual', personId: p.id }, awardType: 'LDTT' })).status).toBe(201);
    }
  });
  afterAll(async () => { await t?.close(); });

  it('finds names and decision numbers without diacritics or đ', async () => {
    expect((await list(board, 'q=dang van duc')).map((i) => i.subject.name)).toContain('Đặng Văn Đức');
    expect((await list(board, 'q=DANG%20VAN%20DUC')).length).toBeGreaterThan(0);
    const byDecision = await list(board, `q=${encodeURIComponent('163/qd-ubnd')}`);
    expect(byDecision.length).toBe(3);
    expect(byDecision.every((i) => i.decision.number === '163/QĐ-UBND' && i.decision.issuer === 'UBND tỉnh Kon Tum')).toBe(true);
    expect(await list(board, 'q=du')).toEqual(expect.arrayContaining([expect.objectContaining({ subject: expect.objectContaining({ name: 'Dũng' }) })]));
  });

  it('applies each filter', async () => {
    const all = await list(board, '');
    expect((await list(board, 'year=2022')).map((i) => i.year)).toEqual(all.filter((i) => i.year === 2022).map((i) => i.year));
    expect((await list(board, 'yearFrom=2022&yearTo=2022')).length).toBe(all.filter((i) => i.year === 2022).length);
    expect((await list(board, 'awardType=LDTT')).every((i) => i.awardType === 'LDTT')).toBe(true);
    expect((await list(board, 'level=province')).map((i) => i.awardType).sort()).toEqual(['BK_TINH', 'CSTD_TINH', 'TTLDXS']);
    expect((await list(board, 'gender=female&year=2023')).map((i) => i.subject.name).sort()).toEqual(['Phạm Thị Hồng Nhung', 'Y Hoa', 'Y Liên']);
    expect((await list(board, `ethnicity=${encodeURIComponent('Xơ Đăng')}`)).map((i) => i.subject.name)).toEqual(['Y Hoa']);
    const dakHa = await list(board, `unitId=${unit.get('DAKHA')}`);
    expect(dakHa.map((i) => i.decision.issuer)).toEqual(['UBND huyện Đắk Hà', 'UBND huyện Đắk Hà', 'UBND huyện Đắk Hà']);
  });

  it('sorts in Vietnamese order (Đ after D)', async () => {
    expect((await list(board, `unitId=${unit.get('SKHDT-TH')}`)).map((i) => i.subject.name)).toEqual(['An', 'Ánh', 'Bình', 'Dũng', 'Đặng', 'Đức', 'Giang']);
  });

  it('pages with a cursor, stable and without duplicates', async () => {
    const all = (await list(board, '')).map((i) => i.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page = (await board.get(`/api/v1/awards?limit=4${cursor ? `&cursor=${cursor}` : ''}`)).json<Page>();
      expect(page.items.length).toBeLessThanOrEqual(4);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
    expect(new Set(seen).size).toBe(seen.length);
    // The first page may ask for the number of matches (the next pages need not).
    const counted = (await board.get('/api/v1/awards?limit=4&count=true')).json<Page & { total: { count: number; more: boolean } }>();
    expect(counted.total).toEqual({ count: all.length, more: false });
    const lddt = (await list(board, 'awardType=LDTT')).length;
    expect((await board.get('/api/v1/awards?limit=500&awardType=LDTT&count=true')).json<{ total: unknown }>().total).toEqual({ count: lddt, more: false });
    expect((await board.get('/api/v1/awards?limit=4')).json<Record<string, unknown>>().total).toBeUndefined();
    expect((await board.get('/api/v1/awards?cursor=broken')).status).toBe(400);
  });

  it("limits a unit officer to its unit's subtree: lists filtered, another unit's award 403", async () => {
    const own = await list(skhdt, '');
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((i) => [unit.get('SKHDT'), unit.get('SKHDT-TH')].includes(i.unit.id))).toBe(true);
    const syt = await list(syte, '');
    expect(syt.map((i) => i.subject.name).sort()).toEqual(['A Thút', 'Phạm Thị Hồng Nhung']);
    const other = own[0]!;
    expect((await syte.get(`/api/v1/awards/${other.id}`)).status).toBe(403);
    expect((await syte.get(`/api/v1/awards?unitId=${unit.get('SKHDT')}`)).status).toBe(403);
    expect((await syte.get(`/api/v1/people/${person.get('Đặng Văn Đức')}/awards`)).status).toBe(403);
    expect((await syte.get(`/api/v1/awards/stats?groupBy=awardType&unitId=${unit.get('SKHDT')}`)).status).toBe(403);
    expect((await list(viewer, '')).length).toBe((await list(board, '')).length);
  });

  it('shows birth date and ID number to the board only', async () => {
    const id = (await list(board, 'q=dang van duc&awardType=BK_TINH'))[0]!.id;
    const forBoard = (await board.get(`/api/v1/awards/${id}`)).json<{ subject: Record<string, unknown> }>().subject;
    expect(forBoard).toMatchObject({ name: 'Đặng Văn Đức', birthYear: 1975 });
    expect(forBoard).toHaveProperty('birthDate');
    expect(forBoard).toHaveProperty('idNumber');
    for (const s of [viewer, skhdt]) {
      const subject = (await s.get(`/api/v1/awards/${id}`)).json<{ subject: Record<string, unknown> }>().subject;
      expect(subject).toMatchObject({ name: 'Đặng Văn Đức' });
      expect(subject).not.toHaveProperty('birthDate');
      expect(subject).not.toHaveProperty('idNumber');
    }
  });

  it('gives timelines of a person and of a unit', async () => {
    const duc = (await skhdt.get(`/api/v1/people/${person.get('Đặng Văn Đức')}/awards`)).json<Page>().items;
    expect(duc.map((i) => [i.awardType, i.decision.date])).toEqual([['CSTDCS', '2023-12-28'], ['BK_TINH', '2024-01-25']]);
    const sk = (await skhdt.get(`/api/v1/units/${unit.get('SKHDT')}/awards`)).json<Page>().items;
    expect(sk.map((i) => [i.subject.kind, i.awardType])).toEqual([['collective', 'TTLDXS']]);
  });

  it('records by hand (board only), refuses duplicates and wrong subjects, and audits', async () => {
    const body = { subject: { kind: 'individual', personId: person.get('Y Hoa') }, awardType: 'CSTDCS' };
    expect((await record(skhdt, body)).status).toBe(403);
    const res = await record(board, body);
    expect(res.status).toBe(201);
    expect(res.json()).toMatchObject({ awardType: 'CSTDCS', level: 'unit', subject: { name: 'Y Hoa', gender: 'female' }, unit: { id: unit.get('SKHDT') } });
    expect((await record(board, body)).status).toBe(409);
    expect((await record(board, { subject: { kind: 'collective', unitId: unit.get('SYT') }, awardType: 'LDTT' })).status).toBe(400);
    const audit = (await board.get(`/api/v1/audit?entity=award&entityId=${res.json<{ id: string }>().id}`)).json<{ items: Array<{ action: string }> }>();
    expect(audit.items.map((a) => a.action)).toEqual(['award.record']);
  });

  it('lets exactly one of many simultaneous identical records through, and answers the others without a 500', async () => {
    const body = { subject: { kind: 'individual', personId: person.get('An') }, awardType: 'CSTDCS', year: 2023 };
    const statuses = (await Promise.all(Array.from({ length: 8 }, () => record(board, body)))).map((r) => r.status);
    expect(statuses.filter((st) => st === 201)).toHaveLength(1);
    expect(statuses.every((st) => st === 201 || st === 400 || st === 409)).toBe(true);
  });

  it('keeps the summary equal to a direct count after inserts and a revoke', async () => {
    expect(await stats('groupBy=awardType&year=2024')).toEqual(await directCount(2024));
    expect(await stats('groupBy=awardType&year=2023')).toEqual(await directCount(2023));
    const target = (await list(board, 'awardType=LDTT&year=2024'))[0]!;
    const revoke = { decisionNumber: '12/QĐ-SKHĐT', decisionDate: '2025-03-02', reason: 'Kê khai thành tích không đúng sự thật' };
    expect((await skhdt.send('POST', `/api/v1/awards/${target.id}/revoke`, revoke)).status).toBe(403);
    const res = await board.send('POST', `/api/v1/awards/${target.id}/revoke`, revoke);
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({ revoked: true, revocation: { decisionNumber: '12/QĐ-SKHĐT', reason: revoke.reason } });
    expect((await board.send('POST', `/api/v1/awards/${target.id}/revoke`, revoke)).status).toBe(409);
    expect(await stats('groupBy=awardType&year=2024')).toEqual(await directCount(2024));
    expect((await list(board, 'revoked=true')).map((i) => i.id)).toEqual([target.id]);
    // A subtree sums its units; grouping by unit rolls up to the root's children.
    const bySkhdt = await stats(`groupBy=unit&year=2024&unitId=${unit.get('SKHDT')}`);
    expect(bySkhdt).toEqual({ [unit.get('SKHDT-TH')!]: 6, [unit.get('SKHDT')!]: 1 });
    const byGender = await stats('groupBy=gender&year=2023');
    expect(byGender.female).toBe(3);
    expect(await stats(`groupBy=awardType&gender=female&unitId=${unit.get('SKHDT-TH')}`)).toEqual({ LDTT: 3 });
    expect(await stats('groupBy=gender&year=2024&awardType=LDTT')).toEqual({ male: 3, female: 3 });
    // The duplicate rule ignores revoked awards: the revoked title may be conferred again.
    expect((await record(board, { subject: { kind: 'individual', personId: target.subject.id }, awardType: 'LDTT' })).status).toBe(201);
    expect(await stats('groupBy=awardType&year=2024')).toEqual(await directCount(2024));
  });

  it('imports a register all-or-nothing, with row errors and duplicates', async () => {
    const template = await board.get('/api/v1/awards/import-template.xlsx');
    expect(template.status).toBe(200);
    expect((await skhdt.get('/api/v1/awards/import-template.xlsx')).status).toBe(403);
    const before = (await list(board, '')).length;
    const bad = await register([
      ['Cá nhân', 'Trần Thị Mai', 1991, 'Nữ', 'Kinh', 'SKHDT', 'LDTT', 2021, '30/QĐ-SKHĐT', '25/12/2021', 'Sở Kế hoạch và Đầu tư tỉnh Kon Tum'],
      ['Cá nhân', 'Trần Thị Mai', 1991, 'Nữ', 'Kinh', 'SKHDT', 'Lao động tiên tiến', 2021, '30/QĐ-SKHĐT', '25/12/2021', 'Sở Kế hoạch và Đầu tư tỉnh Kon Tum'],
      ['Cá nhân', 'Đặng Văn Đức', 1975, 'Nam', 'Kinh', 'SKHDT', 'BK_TINH', 2023, '163/QĐ-UBND', '25/01/2024', 'UBND tỉnh Kon Tum'],
      ['Cá nhân', 'Lò Văn Hùng', 1985, 'Nam', 'Thái', 'KHONGCO', 'LDTT', 2021, '1/QĐ', '', 'UBND huyện Đắk Hà'],
      ['Tập thể', 'Sở Y tế', '', '', '', 'SYT', 'LDTT', 1800, '2/QĐ', '31/02/2021', 'UBND tỉnh Kon Tum'],
    ]);
    const started = await board.upload('/api/v1/awards/imports', 'so-vang.xlsx', bad);
    expect(started.status).toBe(202);
    const failed = await waitFor(started.json<Job>().id);
    expect(failed.state).toBe('failed');
    const paths = failed.errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining([
      'Dòng 3, Hình thức khen thưởng', 'Dòng 6, Hình thức khen thưởng', 'Dòng 6, Năm thành tích', 'Dòng 6, Ngày quyết định',
    ]));
    const later = await board.upload('/api/v1/awards/imports', 'so-vang.xlsx', await register([
      ['Cá nhân', 'Đặng Văn Đức', 1975, 'Nam', 'Kinh', 'SKHDT', 'BK_TINH', 2023, '163/QĐ-UBND', '25/01/2024', 'UBND tỉnh Kon Tum'],
      ['Cá nhân', 'Lò Văn Hùng', 1985, 'Nam', 'Thái', 'KHONGCO', 'LDTT', 2021, '1/QĐ', '', 'UBND huyện Đắk Hà'],
    ]));
    const dbErrors = (await waitFor(later.json<Job>().id)).errors;
    expect(dbErrors.map((e) => e.path)).toEqual(['Dòng 2, Hình thức khen thưởng', 'Dòng 3, Mã đơn vị']);
    expect(dbErrors[0]!.message).toContain('đã có');
    expect((await list(board, '')).length).toBe(before);

    const good = await register([
      ['Cá nhân', 'Trần Thị Mai', 1991, 'Nữ', 'Kinh', 'SKHDT', 'LDTT', 2021, '30/QĐ-SKHĐT', '25/12/2021', 'Sở Kế hoạch và Đầu tư tỉnh Kon Tum'],
      ['Cá nhân', 'Trần Thị Mai', 1991, 'Nữ', 'Kinh', 'SKHDT', 'LDTT', 2022, '41/QĐ-SKHĐT', new Date(Date.UTC(2022, 11, 26)), 'Sở Kế hoạch và Đầu tư tỉnh Kon Tum'],
      ['Cá nhân', 'Đặng Văn Đức', 1975, '', '', 'SKHDT', 'LDTT', 2021, '30/QĐ-SKHĐT', '25/12/2021', 'Sở Kế hoạch và Đầu tư tỉnh Kon Tum'],
      ['Tập thể', 'Sở Y tế', '', '', '', 'SYT', 'TTLDTT', 2021, '1301/QĐ-UBND', '30/12/2021', 'UBND tỉnh Kon Tum'],
    ]);
    const ok = await waitFor((await board.upload('/api/v1/awards/imports', 'so-vang.xlsx', good)).json<Job>().id);
    expect(ok).toMatchObject({ state: 'succeeded', imported: 4, processed: 4, total: 4, errors: [] });
    expect((await list(board, 'q=tran thi mai')).map((i) => i.year).sort()).toEqual([2021, 2022]);
    expect((await board.get(`/api/v1/people/${person.get('Đặng Văn Đức')}/awards`)).json<Page>().items.map((i) => i.year)).toEqual([2021, 2023, 2023]);
    expect(await stats('groupBy=awardType&year=2021')).toEqual(await directCount(2021));
    expect((await syte.get(`/api/v1/awards/imports/${ok.id}`)).status).toBe(403);
  });

  it('moves awards and their counts with a unit moved to another parent', async () => {
    const room = unit.get('SKHDT-TH')!;
    const roomAwards = (await list(board, `unitId=${room}&revoked=false`)).map((i) => i.id).sort();
    expect((await board.send('PATCH', `/api/v1/units/${room}`, { parentId: unit.get('SYT') })).status).toBe(200);
    for (const code of ['SKHDT', 'SYT', 'SKHDT-TH']) {
      expect(await stats(`groupBy=awardType&unitId=${unit.get(code)}`)).toEqual(await directInSubtree(unit.get(code)!));
    }
    expect((await stats(`groupBy=unit&unitId=${unit.get('SYT')}`))[room]).toBe(roomAwards.length);
    // Scopes follow the move: the health department's officer now reads the room's awards, planning's no longer.
    expect((await list(syte, `unitId=${room}&revoked=false`)).map((i) => i.id).sort()).toEqual(roomAwards);
    expect((await skhdt.get(`/api/v1/awards/${roomAwards[0]}`)).status).toBe(403);
    expect((await list(skhdt, '')).some((i) => i.unit.id === room)).toBe(false);
  });

  it('exports the filtered register to Excel', async () => {
    const res = await board.get('/api/v1/awards/export.xlsx?year=2023');
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.raw as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0]!;
    const names = Array.from({ length: ws.rowCount - 3 }, (_, i) => String(ws.getCell(i + 4, 2).value));
    expect(names).toEqual((await list(board, 'year=2023')).map((i) => i.subject.name));
  });
});
