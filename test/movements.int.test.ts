import ExcelJS from 'exceljs';
import { countAll } from '../src/db/dialect.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ENGINES, type Session, type TestApp } from './harness.js';

interface Detail { path: string; message: string }
const details = (r: { json<T>(): T }) => r.json<{ error: { details: Detail[] } }>().error.details;
const today = new Date().toISOString().slice(0, 10);
const year = Number(today.slice(0, 4));

describe.each(ENGINES)('movements, registration and notifications on %s', (engine) => {
  let t: TestApp;
  let board: Session;
  let dakha: Session;
  let cumtruong: Session;
  let skhdt: Session;
  const unit = new Map<string, string>();
  const count = async (table: 'movements' | 'movement_registrations' | 'subject_registrations' | 'notifications' | 'movement_reports') =>
    (await t.database.db.selectFrom(table).select(countAll.as('n')).executeTakeFirstOrThrow()).n;
  const body = (over: Record<string, unknown> = {}) => ({
    code: `PT-${Math.random().toString(36).slice(2, 8)}`, title: 'Phong trào thi đua "Chuyển đổi số"', theme: 'Chuyển đổi số toàn diện', kind: 'thematic', year,
    directive: { number: '15/KH-UBND', date: `${year}-01-05`, signer: 'Phó Chủ tịch UBND tỉnh' }, periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`,
    contents: ['Số hóa hồ sơ thủ tục hành chính', 'Dịch vụ công trực tuyến toàn trình'],
    documents: [{ kind: 'plan', number: '15/KH-UBND', date: `${year}-01-05`, issuer: 'UBND tỉnh Kon Tum', signer: 'Nguyễn Văn A', title: 'Kế hoạch phát động', url: 'https://kontum.gov.vn/vb/15' }],
    scopeUnitIds: [unit.get('DAKHA'), unit.get('TPKT')], registrationDeadline: `${year}-12-31`, midTermDeadline: null, finalDeadline: null, ...over,
  });

  beforeAll(async () => {
    t = await createTestApp(engine);
    (await t.database.db.selectFrom('units').select(['id', 'code']).execute()).forEach((u) => unit.set(u.code, u.id));
    [board, dakha, cumtruong, skhdt] = await Promise.all([t.login('bantdkt'), t.login('dakha'), t.login('cumtruong'), t.login('skhdt')]);
  });
  afterAll(async () => { await t?.close(); });

  it('the demo movement has its scope, deadlines and a registration roll-up', async () => {
    const m = (await board.get('/api/v1/movements?year=2024')).json<{ items: Array<{ id: string; code: string; registrationDeadline: string }> }>().items[0]!;
    expect(m.registrationDeadline).toBe('2024-03-31');
    const r = (await board.get(`/api/v1/movements/${m.id}/registrations`)).json<{ total: number; onTime: number; late: number; missing: number; rows: Array<{ unit: { name: string }; state: string }> }>();
    expect([r.total, r.onTime, r.late, r.missing]).toEqual([22, 8, 2, 12]);
    expect(r.rows.find((x) => x.unit.name === 'Huyện Sa Thầy')?.state).toBe('late');
    expect(r.rows.find((x) => x.unit.name === 'Huyện Đắk Hà')?.state).toBe('missing');
    // A unit officer sees only its own unit's row.
    const own = (await dakha.get(`/api/v1/movements/${m.id}/registrations`)).json<{ rows: unknown[] }>();
    expect(own.rows).toHaveLength(1);
    const mid = (await board.get(`/api/v1/movements/${m.id}/reports?kind=mid_term`)).json<{ onTime: number; late: number }>();
    expect([mid.onTime, mid.late]).toEqual([3, 1]);
  });

  it('the board creates, edits and launches a thematic movement; launching notifies the units in scope', async () => {
    const before = await count('notifications');
    const created = await board.send('POST', '/api/v1/movements', body());
    expect(created.status).toBe(201);
    const m = created.json<{ id: string; status: string; documents: Array<{ signer: string }>; scope: Array<{ id: string }> }>();
    expect(m.status).toBe('draft');
    expect(m.documents[0]!.signer).toBe('Nguyễn Văn A');
    expect(m.scope).toHaveLength(2);
    expect((await board.send('PUT', `/api/v1/movements/${m.id}`, body({ code: (created.json<{ code: string }>()).code, title: 'Phong trào "Chuyển đổi số" năm nay' }))).json<{ title: string }>().title).toBe('Phong trào "Chuyển đổi số" năm nay');
    expect(await count('notifications')).toBe(before);
    const launched = await board.send('POST', `/api/v1/movements/${m.id}/transitions`, { action: 'launch' });
    expect(launched.json<{ status: string }>().status).toBe('launched');
    const bell = (await dakha.get('/api/v1/notifications')).json<{ unread: number; items: Array<{ id: string; title: string; link: string }> }>();
    expect(bell.unread).toBe(1);
    expect(bell.items[0]).toMatchObject({ title: expect.stringContaining('Phát động'), link: `/app/phong-trao/${m.id}` });
    expect((await skhdt.get('/api/v1/notifications')).json<{ unread: number }>().unread).toBe(0);
    expect((await dakha.send('POST', '/api/v1/notifications/read', { ids: [bell.items[0]!.id] })).json<{ unread: number }>().unread).toBe(0);
    // Out-of-order steps: a clear 409, nothing changed.
    const again = await board.send('POST', `/api/v1/movements/${m.id}/transitions`, { action: 'launch' });
    expect(again.status).toBe(409);
    expect((await board.send('POST', `/api/v1/movements/${m.id}/transitions`, { action: 'close' })).status).toBe(409);
  });

  it('refuses to launch an incomplete movement and names the fields', async () => {
    const m = (await board.send('POST', '/api/v1/movements', body({ contents: [], scopeUnitIds: [] }))).json<{ id: string }>();
    const r = await board.send('POST', `/api/v1/movements/${m.id}/transitions`, { action: 'launch' });
    expect(r.status).toBe(400);
    expect(details(r).map((d) => d.path)).toEqual(['contents', 'scopeUnitIds']);
    expect((await board.get(`/api/v1/movements/${m.id}`)).json<{ status: string }>().status).toBe('draft');
    const bad = await board.send('POST', '/api/v1/movements', body({ registrationDeadline: `${year + 1}-02-30`, periodEnd: `${year}-12-31` }));
    expect(details(bad)).toEqual([{ path: 'registrationDeadline', message: 'Ngày không hợp lệ (YYYY-MM-DD)' }]);
  });

  it('only the board creates or launches movements', async () => {
    const n = await count('movements');
    expect((await dakha.send('POST', '/api/v1/movements', body())).status).toBe(403);
    expect((await cumtruong.send('POST', '/api/v1/movements', body())).status).toBe(403);
    expect(await count('movements')).toBe(n);
  });

  it('a unit registers for its movement before the deadline; refusals name the field and write nothing', async () => {
    const m = (await board.send('POST', '/api/v1/movements', body())).json<{ id: string }>();
    await board.send('POST', `/api/v1/movements/${m.id}/transitions`, { action: 'launch' });
    const commitments = 'Hoàn thành 100% hồ sơ trực tuyến toàn trình';
    const n = await count('movement_registrations');
    // Another unit's registration: 403.
    expect((await dakha.send('PUT', `/api/v1/movements/${m.id}/registrations/${unit.get('TPKT')}`, { commitments })).status).toBe(403);
    // A unit outside the scope (its own officer): the field is named.
    const outside = await skhdt.send('PUT', `/api/v1/movements/${m.id}/registrations/${unit.get('SKHDT')}`, { commitments });
    expect(details(outside)).toEqual([{ path: 'unitId', message: 'Đơn vị không thuộc phạm vi tham gia phong trào này' }]);
    expect(await count('movement_registrations')).toBe(n);
    const ok = await dakha.send('PUT', `/api/v1/movements/${m.id}/registrations/${unit.get('DAKHA')}`, { commitments, targets: [{ name: 'Hồ sơ trực tuyến', target: '100%' }] });
    expect(ok.status).toBe(200);
    expect(ok.json()).toMatchObject({ state: 'on_time', commitments, targets: [{ name: 'Hồ sơ trực tuyến', target: '100%' }] });
    const r = (await board.get(`/api/v1/movements/${m.id}/registrations`)).json<{ onTime: number; missing: number }>();
    expect([r.onTime, r.missing]).toEqual([1, 1]);
  });

  it('refuses a registration after the deadline', async () => {
    const m = (await board.send('POST', '/api/v1/movements', body({ registrationDeadline: `${year}-01-02` }))).json<{ id: string }>();
    await board.send('POST', `/api/v1/movements/${m.id}/transitions`, { action: 'launch' });
    const n = await count('movement_registrations');
    const late = await cumtruong.send('PUT', `/api/v1/movements/${m.id}/registrations/${unit.get('TPKT')}`, { commitments: 'Cam kết hoàn thành nhiệm vụ được giao' });
    expect(late.status).toBe(400);
    expect(details(late)).toEqual([{ path: 'registrationDeadline', message: `Đã quá hạn đăng ký (02/01/${year})` }]);
    expect(await count('movement_registrations')).toBe(n);
  });

  it('units submit review reports with files; the board sees on time or late', async () => {
    const m = (await board.send('POST', '/api/v1/movements', body({ midTermDeadline: `${year}-01-03` }))).json<{ id: string }>();
    await board.send('POST', `/api/v1/movements/${m.id}/transitions`, { action: 'launch' });
    const up = await dakha.upload('/api/v1/uploads', 'bao-cao.pdf', Buffer.from('%PDF-1.4 báo cáo'));
    expect(up.status).toBe(201);
    const fileId = up.json<{ id: string }>().id;
    // Someone else's upload cannot be attached.
    const stolen = await cumtruong.send('PUT', `/api/v1/movements/${m.id}/reports/${unit.get('TPKT')}/mid_term`, { body: 'Báo cáo sơ kết 6 tháng đầu năm của thành phố', fileIds: [fileId] });
    expect(details(stolen)).toEqual([{ path: 'fileIds.0', message: 'Không tìm thấy tệp đã tải lên' }]);
    const r = await dakha.send('PUT', `/api/v1/movements/${m.id}/reports/${unit.get('DAKHA')}/mid_term`, { body: 'Báo cáo sơ kết 6 tháng đầu năm của huyện Đắk Hà', fileIds: [fileId] });
    expect(r.status).toBe(200);
    const row = r.json<{ state: string; files: Array<{ url: string }> }>();
    expect(row.state).toBe(today > `${year}-01-03` ? 'late' : 'on_time');
    expect((await board.get(row.files[0]!.url)).raw.toString()).toContain('%PDF');
    expect((await skhdt.get(row.files[0]!.url)).status).toBe(403);
    expect((await cumtruong.send('PUT', `/api/v1/movements/${m.id}/reports/${unit.get('DAKHA')}/mid_term`, { body: 'Báo cáo của đơn vị khác, không được phép' })).status).toBe(403);
  });

  describe('title registrations', () => {
    let person: string;
    beforeAll(async () => {
      person = (await t.database.db.selectFrom('people').select('id').where('full_name', '=', 'Y Liên').executeTakeFirstOrThrow()).id;
    });

    it('registers a person for a title, visible to the eligibility engine', async () => {
      const r = await dakha.send('POST', '/api/v1/title-registrations', { subjectKind: 'individual', subjectId: person, awardType: 'LDTT', year });
      expect(r.status).toBe(201);
      const list = (await dakha.get(`/api/v1/title-registrations?year=${year}`)).json<{ items: Array<{ subject: { name: string }; awardType: string }> }>().items;
      expect(list).toEqual([expect.objectContaining({ subject: expect.objectContaining({ name: 'Y Liên' }), awardType: 'LDTT' })]);
      const h = (await board.get(`/api/v1/people/${person}/history`)).json<{ years: Array<{ year: number; registered: string[] }> }>();
      expect(h.years.find((y) => y.year === year)?.registered).toEqual(['LDTT']);
      expect((await dakha.send('POST', '/api/v1/title-registrations', { subjectKind: 'individual', subjectId: person, awardType: 'LDTT', year })).status).toBe(409);
    });

    it('refuses an unknown title code, a form, a wrong subject and another unit, writing nothing', async () => {
      const n = await count('subject_registrations');
      const unknown = await dakha.send('POST', '/api/v1/title-registrations', { subjectKind: 'individual', subjectId: person, awardType: 'XYZ', year });
      expect(details(unknown)).toEqual([{ path: 'awardType', message: 'Mã danh hiệu "XYZ" không có trong danh mục (ví dụ LDTT, CSTDCS, TTLDTT)' }]);
      expect(details(await dakha.send('POST', '/api/v1/title-registrations', { subjectKind: 'individual', subjectId: person, awardType: 'BK_TINH', year }))[0]!.path).toBe('awardType');
      expect(details(await dakha.send('POST', '/api/v1/title-registrations', { subjectKind: 'collective', subjectId: unit.get('DAKHA'), awardType: 'CSTDCS', year }))[0]!.message).toContain('không dành cho tập thể');
      expect((await cumtruong.send('POST', '/api/v1/title-registrations', { subjectKind: 'individual', subjectId: person, awardType: 'CSTDCS', year })).status).toBe(403);
      expect(await count('subject_registrations')).toBe(n);
    });

    it('imports an Excel list all-or-nothing, naming row and column of each error', async () => {
      const tpl = await dakha.get(`/api/v1/title-registrations/template.xlsx?year=${year}`);
      expect(tpl.status).toBe(200);
      const sheet = async (rows: ExcelJS.CellValue[][]) => {
        // The template's own header row, under a new sheet without its two example rows.
        const template = new ExcelJS.Workbook();
        await template.xlsx.load(tpl.raw as unknown as ExcelJS.Buffer);
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet('Đăng ký danh hiệu');
        ws.addRow(template.getWorksheet('Đăng ký danh hiệu')!.getRow(1).values as ExcelJS.CellValue[]);
        rows.forEach((r) => ws.addRow(r));
        return Buffer.from(await wb.xlsx.writeBuffer());
      };
      const n = await count('subject_registrations');
      const bad = await dakha.upload('/api/v1/title-registrations/import', 'dk.xlsx', await sheet([
        ['Tập thể', 'Huyện Đắk Hà', null, 'DAKHA', 'TTLDTT', year],
        ['Cá nhân', 'Không Có Ai', 1990, 'DAKHA', 'LDTT', year],
        ['Cá nhân', 'Y Liên', null, 'DAKHA', 'ABC', year],
      ]));
      expect(bad.status).toBe(400);
      expect(details(bad).map((d) => d.message)).toEqual([
        'Dòng 3, cột "Họ tên hoặc tên tập thể": không tìm thấy "Không Có Ai" trong đơn vị DAKHA (năm sinh 1990)',
        'Dòng 4, cột "Danh hiệu": "ABC" không có trong danh mục danh hiệu (xem trang "Hướng dẫn")',
      ]);
      expect(await count('subject_registrations')).toBe(n);
      const other = await dakha.upload('/api/v1/title-registrations/import', 'dk.xlsx', await sheet([['Tập thể', '', null, 'TPKT', 'TTLDTT', year]]));
      expect(other.status).toBe(403);
      const ok = await dakha.upload('/api/v1/title-registrations/import', 'dk.xlsx', await sheet([
        ['Tập thể', 'Huyện Đắk Hà', null, 'DAKHA', 'Tập thể lao động xuất sắc', year],
        ['Cá nhân', 'y lien', null, 'DAKHA', 'CSTDCS', year],
      ]));
      expect(ok.json()).toEqual({ imported: 2 });
      expect(await count('subject_registrations')).toBe(n + 2);
    });
  });
});
