import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as defaultHolidays from '../src/db/migrations/0012_default_holidays.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { DEFAULT_HOLIDAYS } from '../src/modules/calendar/index.js';
import { createTestApp, createTestDatabase, ENGINES, type Session, type TestApp, type TestDatabase } from './harness.js';

interface Day { date: string; name: string; kind: 'off' | 'work' }
interface ErrorBody { error: { code: string; message: string; details: { path: string; message: string }[] } }

describe.each(ENGINES)('holidays calendar on %s', (engine) => {
  let t: TestApp;
  let board: Session;
  let officer: Session;
  let viewer: Session;
  const count = async () => (await t.database.db.selectFrom('holidays').select('date').execute()).length;
  const audits = async (action: string) => (await t.database.db.selectFrom('audit_log').select(['entity_id']).where('action', '=', action).execute()).map((r) => r.entity_id);
  const year = async (s: Session, y: number) => (await s.get(`/api/v1/holidays?year=${y}`)).json<{ items: Day[] }>().items;

  beforeAll(async () => {
    t = await createTestApp(engine);
    [board, officer, viewer] = await Promise.all([t.login('bantdkt'), t.login('skhdt'), t.login('lanhdao')]);
  });
  afterAll(async () => { await t?.close(); });

  it('lets everyone signed in read the seeded calendar of a year, make-up Saturdays included', async () => {
    const days = await year(officer, 2024);
    expect(days.map((d) => d.date)).toEqual(expect.arrayContaining(['2024-01-01', '2024-02-08', '2024-02-14', '2024-09-03']));
    expect(days.find((d) => d.date === '2024-05-04')).toEqual({ date: '2024-05-04', name: 'Làm bù cho ngày 29/4', kind: 'work' });
    expect(days.every((d) => d.date.startsWith('2024-'))).toBe(true);
    const range = (await viewer.get('/api/v1/holidays?from=2025-01-01&to=2025-01-31')).json<{ items: Day[] }>().items;
    expect(range.map((d) => d.date)).toEqual(['2025-01-01', '2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31']);
    expect((await t.anonymous.get('/api/v1/holidays')).status).toBe(401);
  });

  it('refuses a unit officer and a viewer: 403, nothing written', async () => {
    const before = await count();
    for (const s of [officer, viewer]) {
      expect((await s.send('POST', '/api/v1/holidays', { date: '2024-11-20', name: 'Ngày Nhà giáo' })).status).toBe(403);
      expect((await s.send('DELETE', '/api/v1/holidays/2024-01-01')).status).toBe(403);
    }
    expect(await count()).toBe(before);
    expect((await year(board, 2024)).some((d) => d.date === '2024-01-01')).toBe(true);
    expect(await audits('holiday.add')).toEqual([]);
  });

  it('rejects bad dates and names with the field named, in Vietnamese, nothing written', async () => {
    const before = await count();
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ date: '2024-02-30', name: 'Ngày không có' }, 'date', /không tồn tại/],
      [{ date: '20/12/2024', name: 'Sai định dạng' }, 'date', /Sai định dạng/],
      [{ date: '2024-12-18', name: 'Làm bù', kind: 'work' }, 'date', /thứ Bảy hoặc Chủ nhật/],
      [{ date: '2024-12-21', name: 'Nghỉ thứ Bảy' }, 'date', /cuối tuần/],
      [{ date: '2024-12-20', name: 'T' }, 'name', /ít nhất 2 ký tự/],
      [{ date: '2024-12-20', name: '    ' }, 'name', /tên ngày nghỉ/],
      [{ date: '2024-12-20', name: 'Nghỉ', kind: 'maybe' }, 'kind', /danh sách/],
    ];
    for (const [body, path, message] of cases) {
      const res = await board.send('POST', '/api/v1/holidays', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      const detail = res.json<ErrorBody>().error.details.find((d) => d.path === path);
      expect(detail?.message, JSON.stringify(res.body)).toMatch(message);
    }
    const badQuery = await viewer.get('/api/v1/holidays?from=2024-13-01');
    expect(badQuery.status).toBe(400);
    expect(badQuery.json<ErrorBody>().error.details[0]).toMatchObject({ path: 'from' });
    expect(await count()).toBe(before);
  });

  it('lets the board add a day (audited), refuses the same date twice, and the working days follow', async () => {
    const res = await board.send('POST', '/api/v1/holidays', { date: '2024-11-25', name: '  Nghỉ bù Ngày Văn hóa  ' });
    expect(res.status).toBe(201);
    expect(res.json()).toEqual({ date: '2024-11-25', name: 'Nghỉ bù Ngày Văn hóa', kind: 'off' });
    expect(await audits('holiday.add')).toEqual(['2024-11-25']);
    const again = await board.send('POST', '/api/v1/holidays', { date: '2024-11-25', name: 'Lần nữa' });
    expect(again.status).toBe(409);
    expect(again.json<ErrorBody>().error.message).toContain('25/11/2024 đã có trong lịch');
    expect((await board.send('POST', '/api/v1/holidays', { date: '2024-11-30', name: 'Làm bù', kind: 'work' })).status).toBe(201);
    expect((await year(viewer, 2024)).filter((d) => d.date >= '2024-11-25' && d.date <= '2024-11-30').map((d) => d.kind)).toEqual(['off', 'work']);
  });

  it('lets the board edit a day: rename, confirm a "(dự kiến)" day, move it to a free date (audited); others are refused', async () => {
    const body = { date: '2026-09-01', name: 'Quốc khánh (ngày liền kề)', kind: 'off' };
    expect((await officer.send('PATCH', '/api/v1/holidays/2026-09-01', body)).status).toBe(403);
    const res = await board.send('PATCH', '/api/v1/holidays/2026-09-01', body);
    expect(res.status).toBe(200);
    expect((await year(viewer, 2026)).find((d) => d.date === '2026-09-01')?.name).toBe('Quốc khánh (ngày liền kề)');
    const moved = await board.send('PATCH', '/api/v1/holidays/2026-09-01', { ...body, date: '2026-09-03' });
    expect(moved.status).toBe(200);
    expect((await year(viewer, 2026)).filter((d) => d.date.startsWith('2026-09')).map((d) => d.date)).toEqual(['2026-09-02', '2026-09-03']);
    expect(await audits('holiday.update')).toEqual(['2026-09-01', '2026-09-03']);
    const taken = await board.send('PATCH', '/api/v1/holidays/2026-09-03', { ...body, date: '2026-09-02' });
    expect(taken.status).toBe(409);
    expect(taken.json<ErrorBody>().error.message).toContain('02/09/2026 đã có trong lịch');
    const weekend = await board.send('PATCH', '/api/v1/holidays/2026-09-03', { ...body, date: '2026-09-05' });
    expect(weekend.json<ErrorBody>().error.details[0]).toMatchObject({ path: 'date' });
    expect((await board.send('PATCH', '/api/v1/holidays/2026-12-01', body)).status).toBe(404);
    expect((await year(viewer, 2026)).some((d) => d.date === '2026-09-03')).toBe(true);
  });

  it('lets the board remove a day (audited); a day not in the calendar is 404', async () => {
    expect((await board.send('DELETE', '/api/v1/holidays/2024-11-30')).status).toBe(204);
    expect((await year(viewer, 2024)).some((d) => d.date === '2024-11-30')).toBe(false);
    expect(await audits('holiday.remove')).toEqual(['2024-11-30']);
    const missing = await board.send('DELETE', '/api/v1/holidays/2024-11-30');
    expect(missing.status).toBe(404);
    expect((await board.send('DELETE', '/api/v1/holidays/2024-02-31')).json<ErrorBody>().error.details[0]).toMatchObject({ path: 'date' });
  });
});

describe.each(ENGINES)('default holidays on a database without the demo, on %s', (engine) => {
  let tdb: TestDatabase;
  const dates = async () => (await tdb.database.db.selectFrom('holidays').select(['date', 'name']).orderBy('date').execute());
  beforeAll(async () => { tdb = await createTestDatabase(engine); });
  afterAll(async () => { await tdb?.drop(); });

  it('a fresh database gets the defaults at migration, once; the board\'s edits are never overwritten', async () => {
    await migrateToLatest(tdb.database);
    expect((await dates()).length).toBe(DEFAULT_HOLIDAYS.length);
    expect((await dates()).find((d) => d.date === '2027-09-03')?.name).toContain('(dự kiến)');
    // The board deletes one default day and renames another; migrating again (every start does) changes nothing.
    const { db } = tdb.database;
    await db.deleteFrom('holidays').where('date', '=', '2027-09-03').execute();
    await db.updateTable('holidays').set({ name: 'Quốc khánh (đã công bố)' }).where('date', '=', '2026-09-01').execute();
    const edited = await dates();
    expect(await migrateToLatest(tdb.database)).toEqual([]);
    await defaultHolidays.up(db);
    expect(await dates()).toEqual(edited);
    // A database migrated before the defaults existed outside the demo (an empty calendar) is filled.
    await db.deleteFrom('holidays').execute();
    await defaultHolidays.up(db);
    expect((await dates()).length).toBe(DEFAULT_HOLIDAYS.length);
  });
});
