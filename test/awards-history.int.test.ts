import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO_PASSWORD, ENGINES, type Reply, type Session, type TestApp } from './harness.js';

interface Detail { path: string; message: string }
interface Reason { rule: string; ok: boolean; message: string }
interface Eligibility { status: string; eligible: boolean; reasons: Reason[]; missing: string[]; subject: { kind: string; id: string; name: string } }
interface History {
  subject: { kind: string; id: string; name: string };
  ratings: Array<{ year: number; rating: string }>;
  titles: Array<{ year: number; awardType: string; kind: string; awardId: string }>;
  initiatives: Array<{ id: string; title: string; scope: string; usedFor: unknown[] }>;
  disciplines: Array<{ id: string; form: string }>;
  years: Array<{ year: number; monthsWorked: number | null; registered: string[]; members: Record<string, number> | null }>;
  review: { underReview: boolean; note: string | null };
}
type Put = (url: string, body: unknown) => Promise<Reply>;

async function sheet(name: string, headers: string[], rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(name);
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const workbook = (rows: ExcelJS.CellValue[][]) => sheet('Xếp loại', ['Họ và tên', 'Năm sinh', 'Mã đơn vị', 'Năm', 'Xếp loại'], rows);
const WORK_HEADERS = ['Họ và tên', 'Năm sinh', 'Mã đơn vị', 'Loại', 'Tên sáng kiến, đề tài', 'Năm công nhận', 'Phạm vi ảnh hưởng', 'Số quyết định', 'Ngày quyết định', 'Cơ quan công nhận', 'Đã dùng để khen'];
const DISCIPLINE_HEADERS = ['Họ và tên', 'Năm sinh', 'Mã đơn vị', 'Hình thức kỷ luật', 'Từ ngày', 'Đến ngày', 'Số quyết định'];
const YEAR_HEADERS = ['Họ và tên', 'Năm sinh', 'Mã đơn vị', 'Năm', 'Số tháng công tác', 'Số tháng nghỉ thai sản', 'Tổng số thành viên', 'Số Lao động tiên tiến',
  'Số Chiến sĩ thi đua cơ sở', 'Số hoàn thành nhiệm vụ', 'Số bị kỷ luật từ cảnh cáo', 'Số nữ'];

describe.each(ENGINES)('subject history on %s', (engine) => {
  let t: TestApp;
  let board: Session;
  let skhdt: Session;
  let syte: Session;
  let viewer: Session;
  const put: Record<string, Put> = {};
  const unit = new Map<string, string>();
  let mai = '';
  const base = () => `/api/v1/people/${mai}/history`;
  const history = async (s: Session = board, id = mai) => (await s.get(`/api/v1/people/${id}/history`)).json<History>();
  const eligibility = async (query: string) => (await skhdt.get(`/api/v1/people/${mai}/eligibility?${query}`)).json<Eligibility>();
  const details = (r: Reply) => r.json<{ error: { details: Detail[] } }>().error.details;
  const count = async (table: 'subject_ratings' | 'subject_works' | 'subject_years') => (await t.database.db.selectFrom(table).select('subject_id').where('subject_id', '=', mai).execute()).length;
  const record = (year: number, kind = 'regular') => board.send('POST', '/api/v1/awards', {
    subject: { kind: 'individual', personId: mai }, awardType: 'CSTDCS', kind, year,
    decision: { number: `${year}/QĐ-SKHĐT`, date: `${year}-12-20`, issuer: 'Sở Kế hoạch và Đầu tư tỉnh Kon Tum' },
  });

  /** The harness sends POST, PATCH and DELETE; PUT goes through a session of its own. */
  async function putter(username: string): Promise<Put> {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: DEMO_PASSWORD } });
    const cookie = String(res.headers['set-cookie']).split(';')[0]!;
    const csrf = (res.json() as { csrfToken: string }).csrfToken;
    return async (url, body) => {
      const r = await t.app.inject({ method: 'PUT', url, headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' }, payload: JSON.stringify(body) });
      const parsed = (() => { try { return JSON.parse(r.body) as unknown; } catch { return r.body; } })();
      return { status: r.statusCode, body: parsed, json: <T>() => parsed as T, headers: r.headers, raw: r.rawPayload };
    };
  }

  beforeAll(async () => {
    t = await createTestApp(engine);
    (await t.database.db.selectFrom('units').select(['id', 'code']).execute()).forEach((u) => unit.set(u.code, u.id));
    [board, skhdt, syte, viewer] = await Promise.all([t.login('bantdkt'), t.login('skhdt'), t.login('syte'), t.login('lanhdao')]);
    for (const u of ['bantdkt', 'skhdt', 'syte', 'lanhdao']) put[u] = await putter(u);
    mai = (await board.send('POST', '/api/v1/people', { fullName: 'Trần Thị Mai', gender: 'female', birthYear: 1985, ethnicity: 'Kinh', unitId: unit.get('SKHDT') })).json<{ id: string }>().id;
  });
  afterAll(async () => { await t?.close(); });

  it('keeps a unit officer to its own subtree: 403 and nothing written elsewhere', async () => {
    expect((await syte.get(`${base()}`)).status).toBe(403);
    expect((await syte.get(`/api/v1/people/${mai}/eligibility?year=2024&awardType=LDTT`)).status).toBe(403);
    expect((await put.syte!(`${base()}/ratings/2024`, { rating: 'HTXSNV' })).status).toBe(403);
    expect((await put.syte!(`${base()}/years/2024`, { monthsWorked: 12 })).status).toBe(403);
    expect((await syte.send('POST', `${base()}/initiatives`, { title: 'Sáng kiến lạ', year: 2024, scope: 'unit' })).status).toBe(403);
    expect((await put.lanhdao!(`${base()}/ratings/2024`, { rating: 'HTXSNV' })).status).toBe(403);
    expect([await count('subject_ratings'), await count('subject_works'), await count('subject_years')]).toEqual([0, 0, 0]);
    expect((await viewer.get(base())).status).toBe(200);
    expect((await put.syte!(`/api/v1/units/${unit.get('SKHDT')}/history/years/2024`, { registered: ['TTLDTT'] })).status).toBe(403);
  });

  it('finds a stored HTXSNV 2022–2024 + CSTĐCS 2022–2024 + provincial initiative eligible for CSTĐ tỉnh 2024', async () => {
    for (const year of [2022, 2023, 2024]) {
      expect((await put.skhdt!(`${base()}/ratings/${year}`, { rating: 'HTXSNV' })).status).toBe(200);
      expect((await record(year)).status).toBe(201);
    }
    const added = await skhdt.send('POST', `${base()}/initiatives`, {
      title: 'Số hóa hồ sơ đăng ký doanh nghiệp', year: 2024, scope: 'province', decision: { number: '45/QĐ-HĐSK', date: '2024-10-02', issuer: 'Hội đồng sáng kiến tỉnh' },
    });
    expect(added.status).toBe(201);
    expect((await put.skhdt!(`${base()}/years/2024`, { monthsWorked: 12, registered: ['CSTDCS', 'CSTD_TINH'] })).status).toBe(200);
    const r = await eligibility('year=2024&awardType=CSTD_TINH&decisionDate=2024-12-20');
    expect(r).toMatchObject({ status: 'eligible', eligible: true, subject: { kind: 'individual', id: mai, name: 'Trần Thị Mai' } });
    const h = await history(skhdt);
    expect(h.ratings).toEqual([2022, 2023, 2024].map((year) => ({ year, rating: 'HTXSNV' })));
    expect(h.titles.map((x) => [x.year, x.awardType, x.kind])).toEqual([[2022, 'CSTDCS', 'regular'], [2023, 'CSTDCS', 'regular'], [2024, 'CSTDCS', 'regular']]);
    expect(h.initiatives[0]).toMatchObject({ title: 'Số hóa hồ sơ đăng ký doanh nghiệp', scope: 'province' });
    const audit = await t.database.db.selectFrom('audit_log').select('action').where('entity', '=', 'person_history').where('entity_id', '=', mai).execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['history.rating.put', 'history.initiative.add', 'history.year.put']));
  });

  it('reads a title registration made in Đăng ký thi đua, with no facts entered, and keeps who made it when the year is edited', async () => {
    const person = (await board.send('POST', '/api/v1/people', { fullName: 'Hồ Văn Đăng', gender: 'male', birthYear: 1990, ethnicity: 'Kinh', unitId: unit.get('SKHDT') })).json<{ id: string }>().id;
    const registration = (awardType: string) => (async () => {
      const r = await skhdt.get(`/api/v1/people/${person}/eligibility?year=2025&awardType=${awardType}`);
      return r.json<Eligibility>().reasons.find((x) => x.rule === 'registration')?.message.replace(' (cài đặt: bắt buộc đăng ký thi đua)', '');
    })();
    expect(await registration('LDTT')).toBe('Chưa có thông tin đăng ký thi đua năm 2025.');
    expect((await skhdt.send('POST', '/api/v1/title-registrations', { subjectKind: 'individual', subjectId: person, awardType: 'LDTT', year: 2025 })).status).toBe(201);
    expect(await registration('LDTT')).toBe('Đã đăng ký thi đua năm 2025.');
    expect(await registration('CSTDCS')).toBe('Không đăng ký thi đua năm 2025.');
    expect((await history(skhdt, person)).years).toEqual([expect.objectContaining({ year: 2025, registered: ['LDTT'], monthsWorked: null })]);
    // Entering the year's facts with one more title keeps the unit's registration as it was made.
    expect((await put.skhdt!(`/api/v1/people/${person}/history/years/2025`, { monthsWorked: 12, registered: ['LDTT', 'CSTDCS'] })).status).toBe(200);
    const rows = await t.database.db.selectFrom('subject_registrations').select(['award_type', 'source']).where('subject_id', '=', person).orderBy('award_type').execute();
    expect(rows).toEqual([{ award_type: 'CSTDCS', source: 'history' }, { award_type: 'LDTT', source: 'manual' }]);
    expect(await registration('CSTDCS')).toBe('Đã đăng ký thi đua năm 2025.');
  });

  it('breaks the chain when a registry award is revoked; a thematic award does not mend it', async () => {
    const award2023 = (await history()).titles.find((x) => x.year === 2023)!.awardId;
    expect((await board.send('POST', `/api/v1/awards/${award2023}/revoke`, { decisionNumber: '9/QĐ-SKHĐT', decisionDate: '2025-03-01', reason: 'Kê khai thành tích không đúng' })).status).toBe(200);
    const r = await eligibility('year=2024&awardType=CSTD_TINH&decisionDate=2024-12-20');
    expect(r.status).toBe('not_eligible');
    expect(r.missing.join(' ')).toContain('2023');
    expect((await record(2023, 'thematic')).status).toBe(201);
    expect((await history()).titles.find((x) => x.year === 2023)).toMatchObject({ kind: 'thematic' });
    expect((await eligibility('year=2024&awardType=CSTD_TINH&decisionDate=2024-12-20')).status).toBe('not_eligible');
  });

  it('defers while a review is pending, and resumes when it is cleared', async () => {
    expect(details(await put.skhdt!(`${base()}/review`, { underReview: true }))).toEqual([expect.objectContaining({ path: 'note' })]);
    expect((await put.skhdt!(`${base()}/review`, { underReview: true, note: 'Đang xác minh đơn tố cáo' })).json<History>().review).toMatchObject({ underReview: true, note: 'Đang xác minh đơn tố cáo' });
    expect((await eligibility('year=2024&awardType=CSTDCS')).status).toBe('deferred');
    await put.skhdt!(`${base()}/review`, { underReview: false });
    expect((await eligibility('year=2024&awardType=CSTDCS')).status).toBe('eligible');
  });

  it('adds and deletes initiatives, science works and disciplines of the subject only', async () => {
    const h = (await skhdt.send('POST', `${base()}/disciplines`, { form: 'khien_trach', from: '2024-03-01', to: '2024-09-01', decisionNumber: '12/QĐ-SKHĐT' })).json<History>();
    const d = h.disciplines[0]!;
    expect((await eligibility('year=2024&awardType=CSTDCS')).status).toBe('not_eligible');
    const sw = await skhdt.send('POST', `${base()}/science-works`, { title: 'Đề tài cấp tỉnh', year: 2023, scope: 'province' });
    expect(sw.status).toBe(201);
    const other = (await board.send('POST', '/api/v1/people', { fullName: 'Lê Văn Khác', gender: 'male', unitId: unit.get('SKHDT') })).json<{ id: string }>().id;
    expect((await skhdt.send('DELETE', `/api/v1/people/${other}/history/disciplines/${d.id}`)).status).toBe(404);
    expect((await skhdt.send('DELETE', `${base()}/disciplines/${d.id}`)).json<History>().disciplines).toEqual([]);
    expect((await eligibility('year=2024&awardType=CSTDCS')).status).toBe('eligible');
    expect((await skhdt.send('DELETE', `${base()}/initiatives/nope`)).status).toBe(404);
  });

  it('names the field of bad input in Vietnamese and writes nothing', async () => {
    const before = await history();
    expect(details(await put.skhdt!(`${base()}/ratings/2024`, { rating: 'XUAT_SAC' }))[0]).toMatchObject({ path: 'rating', message: 'Giá trị không nằm trong danh sách cho phép' });
    expect(details(await put.skhdt!(`${base()}/ratings/2099`, { rating: 'HTNV' }))[0]).toMatchObject({ path: 'year' });
    expect(details(await put.skhdt!(`${base()}/years/2024`, { monthsWorked: 13 }))[0]).toMatchObject({ path: 'monthsWorked' });
    expect(details(await put.skhdt!(`${base()}/years/2024`, { monthsWorked: 8, maternityMonths: 6 }))[0]).toMatchObject({ path: 'maternityMonths' });
    expect(details(await put.skhdt!(`${base()}/years/2024`, { registered: ['TTLDTT'] }))[0]).toMatchObject({ path: 'registered.0', message: expect.stringContaining('cá nhân') });
    expect(details(await put.skhdt!(`${base()}/years/2024`, { members: { total: 1, ldtt: 1, cstdcs: 0, completedDuties: 1, disciplinedWarningOrAbove: 0, women: 1 } }))[0]).toMatchObject({ path: 'members' });
    expect(details(await skhdt.send('POST', `${base()}/disciplines`, { form: 'canh_cao', from: '2024-05-01', to: '2024-01-01' }))[0]).toMatchObject({ path: 'to' });
    expect(details(await skhdt.send('POST', `${base()}/initiatives`, { year: 2024, scope: 'tinh' })).map((x) => x.path)).toEqual(expect.arrayContaining(['title', 'scope']));
    expect(details(await skhdt.get(`/api/v1/people/${mai}/eligibility?year=2024&awardType=CSTDCS&decisionDate=2023-01-01`))[0]).toMatchObject({ path: 'decisionDate' });
    expect(await history()).toEqual(before);
  });

  it('stores a collective’s members per year and judges the unit on them', async () => {
    const skhdtId = unit.get('SKHDT')!;
    const members = { total: 40, ldtt: 32, cstdcs: 5, completedDuties: 40, disciplinedWarningOrAbove: 0, women: 22 };
    expect(details(await put.skhdt!(`/api/v1/units/${skhdtId}/history/years/2024`, { members: { ...members, ldtt: 41 } }))[0]).toMatchObject({ path: 'members.ldtt' });
    const h = (await put.skhdt!(`/api/v1/units/${skhdtId}/history/years/2024`, { members, registered: ['TTLDTT'] })).json<History>();
    expect(h.years).toEqual([{ year: 2024, monthsWorked: null, maternityMonths: null, registered: ['TTLDTT'], members, clusterLeader: null, exceededTargets: null }]);
    expect((await put.skhdt!(`/api/v1/units/${skhdtId}/history/ratings/2024`, { rating: 'HTTNV' })).status).toBe(200);
    const r = (await viewer.get(`/api/v1/units/${skhdtId}/eligibility?year=2024&awardType=TTLDTT`)).json<Eligibility>();
    expect(r.subject).toEqual({ kind: 'collective', id: skhdtId, name: expect.any(String) });
    expect(r.reasons.find((x) => x.rule.includes('ldtt'))).toMatchObject({ ok: true });
    expect((await viewer.get(`/api/v1/units/${skhdtId}/history`)).json<History>().titles.map((x) => x.awardType)).toContain('TTLDXS');
  });

  it('lets only the board establish a collective’s cluster lead and exceeded targets, and judges the Cờ thi đua on them', async () => {
    const skhdtId = unit.get('SKHDT')!;
    const facts = `/api/v1/units/${skhdtId}/history/years/2024/board-facts`;
    const cluster = async () => (await viewer.get(`/api/v1/units/${skhdtId}/eligibility?year=2024&awardType=CO_TINH`)).json<Eligibility>().reasons
      .filter((x) => x.rule === 'cluster_leader' || x.rule === 'exceeded_targets').map((x) => [x.rule, x.ok]);
    expect(await cluster()).toEqual([['cluster_leader', false], ['exceeded_targets', false]]);
    expect((await put.skhdt!(facts, { clusterLeader: true, exceededTargets: true })).status).toBe(403);
    expect((await put.bantdkt!(`/api/v1/people/${mai}/history/years/2024/board-facts`, { clusterLeader: true, exceededTargets: true })).status).toBe(404);
    const h = (await put.bantdkt!(facts, { clusterLeader: true, exceededTargets: true })).json<History>();
    expect(h.years.find((y) => y.year === 2024)).toMatchObject({ clusterLeader: true, exceededTargets: true });
    expect(await cluster()).toEqual([['cluster_leader', true], ['exceeded_targets', true]]);
    // The unit's own entry of the year replaces its facts, not the board's findings.
    expect((await put.skhdt!(`/api/v1/units/${skhdtId}/history/years/2024`, { registered: ['CO_TINH'] })).status).toBe(200);
    expect(await cluster()).toEqual([['cluster_leader', true], ['exceeded_targets', true]]);
    await put.bantdkt!(facts, { clusterLeader: null, exceededTargets: false });
    expect(await cluster()).toEqual([['cluster_leader', false], ['exceeded_targets', false]]);
    const audit = await t.database.db.selectFrom('audit_log').select('action').where('entity', '=', 'unit_history').where('entity_id', '=', skhdtId).execute();
    expect(audit.filter((a) => a.action === 'history.board_facts.put')).toHaveLength(2);
  });

  it('imports ratings from Excel all or nothing, with every error by row and column', async () => {
    const template = await skhdt.get('/api/v1/history/ratings/import-template.xlsx');
    expect(template.status).toBe(200);
    const bad = await skhdt.upload('/api/v1/history/ratings/imports', 'xep-loai.xlsx', await workbook([
      ['Trần Thị Mai', 1985, 'SKHDT', 2021, 'Hoàn thành tốt nhiệm vụ'],
      ['Người Không Có', null, 'SKHDT', 2021, 'HTNV'],
      ['Phạm Thị Hồng Nhung', 1984, 'SYT', 2021, 'HTNV'],
      ['Y Hoa', 1990, 'SKHDT', 2021, 'Giỏi'],
      ['Y Hoa', 1990, 'KHONGCO', 2021, 'HTNV'],
    ]));
    expect(bad.status).toBe(400);
    expect(details(bad).map((d) => d.path)).toEqual(['Dòng 3, Họ và tên', 'Dòng 4, Mã đơn vị', 'Dòng 5, Xếp loại', 'Dòng 6, Mã đơn vị']);
    expect(details(bad)[1]!.message).toContain('ngoài phạm vi');
    expect((await history()).ratings.some((r) => r.year === 2021)).toBe(false);
    const good = await skhdt.upload('/api/v1/history/ratings/imports', 'xep-loai.xlsx', await workbook([
      ['tran thi mai', 1985, 'skhdt', 2021, 'Hoàn thành tốt nhiệm vụ'],
      ['Trần Thị Mai', null, 'SKHDT', 2024, 'HTTNV'],
    ]));
    expect(good.status).toBe(200);
    expect(good.json()).toEqual({ imported: 2, people: 1, units: 0 });
    expect((await history()).ratings).toEqual(expect.arrayContaining([{ year: 2021, rating: 'HTTNV' }, { year: 2024, rating: 'HTTNV' }]));
  });

  it('imports initiatives and science works from Excel: row errors by sheet, row and column, scope, nothing half-written', async () => {
    for (const name of ['works', 'disciplines', 'years']) {
      expect((await skhdt.get(`/api/v1/history/${name}/import-template.xlsx`)).status).toBe(200);
      expect((await viewer.get(`/api/v1/history/${name}/import-template.xlsx`)).status).toBe(403);
    }
    const worksBefore = await count('subject_works');
    const bad = await skhdt.upload('/api/v1/history/works/imports', 'sang-kien.xlsx', await sheet('Sáng kiến, đề tài', WORK_HEADERS, [
      ['Trần Thị Mai', 1985, 'SKHDT', 'Sáng kiến', 'Một cửa liên thông điện tử', 2023, 'Cơ sở', '12/QĐ-SKHĐT', '15/11/2023', 'Sở KH&ĐT', '2023 CSTDCS'],
      ['Trần Thị Mai', 1985, 'SKHDT', 'Sáng kiến', 'Một cửa liên thông điện tử', 2023, 'Cơ sở', '', '', '', ''],
      ['Y Hoa', 1990, 'SKHDT', 'Bài báo', 'Sổ tay nghiệp vụ', 2024, 'Huyện', '', '31/02/2024', '', '2022 CSTDCS'],
      ['Phạm Thị Hồng Nhung', 1984, 'SYT', 'Đề tài khoa học', 'Quản lý dược', 2024, 'Tỉnh', '', '', '', ''],
      ['Y Hoa', 1990, 'SKHDT', 'Sáng kiến', 'Biểu mẫu điện tử', 2022, 'Tỉnh', '', '', '', '2021 CSTDCS'],
    ]));
    expect(bad.status).toBe(400);
    expect(details(bad).map((d) => d.path)).toEqual([
      'Dòng 3, Tên sáng kiến, đề tài', 'Dòng 4, Loại', 'Dòng 4, Phạm vi ảnh hưởng', 'Dòng 4, Ngày quyết định', 'Dòng 5, Mã đơn vị', 'Dòng 6, Đã dùng để khen',
    ]);
    expect(details(bad)[0]!.message).toMatch(/^Trang "Sáng kiến, đề tài", dòng 3, cột "Tên sáng kiến, đề tài": trùng với dòng 2/);
    expect(details(bad)[4]!.message).toContain('ngoài phạm vi');
    expect(await count('subject_works')).toBe(worksBefore);

    const good = await skhdt.upload('/api/v1/history/works/imports', 'sang-kien.xlsx', await sheet('Sáng kiến, đề tài', WORK_HEADERS, [
      ['tran thi mai', 1985, 'skhdt', 'Sáng kiến', 'Một cửa liên thông điện tử', 2023, 'Cơ sở', '12/QĐ-SKHĐT', '15/11/2023', 'Sở KH&ĐT', '2023 CSTDCS; 2024 Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh'],
      ['', '', 'SKHDT', 'Đề tài khoa học', 'Dự báo tăng trưởng kinh tế tỉnh', 2024, 'Tỉnh', '3/QĐ-UBND', new Date(Date.UTC(2024, 4, 6)), 'UBND tỉnh Kon Tum', ''],
    ]));
    expect(good.json()).toEqual({ imported: 2, people: 1, units: 1 });
    const work = (await history()).initiatives.find((w) => w.title === 'Một cửa liên thông điện tử');
    expect(work).toMatchObject({ scope: 'unit', usedFor: [{ year: 2023, awardType: 'CSTDCS' }, { year: 2024, awardType: 'CSTD_TINH' }] });
    const unitHistory = (await board.get(`/api/v1/units/${unit.get('SKHDT')}/history`)).json<History & { scienceWorks: Array<{ title: string; decision: { date: string } }> }>();
    expect(unitHistory.scienceWorks).toEqual([expect.objectContaining({ title: 'Dự báo tăng trưởng kinh tế tỉnh', decision: expect.objectContaining({ date: '2024-05-06' }) })]);
    expect((await t.database.db.selectFrom('audit_log').select('action').where('action', '=', 'history.works.import').execute()).length).toBe(1);
  });

  it('imports discipline and yearly facts from Excel, people and units, all or nothing', async () => {
    const badDiscipline = await syte.upload('/api/v1/history/disciplines/imports', 'ky-luat.xlsx', await sheet('Kỷ luật', DISCIPLINE_HEADERS, [
      ['Phạm Thị Hồng Nhung', 1984, 'SYT', 'Khiển trách', '01/03/2024', '01/03/2025', '5/QĐ-SYT'],
      ['Trần Thị Mai', 1985, 'SKHDT', 'Cảnh cáo', '01/03/2024', '', ''],
      ['Phạm Thị Hồng Nhung', 1984, 'SYT', 'Phê bình', '2024-13-01', '01/01/2020', ''],
    ]));
    expect(badDiscipline.status).toBe(400);
    expect(details(badDiscipline).map((d) => d.path)).toEqual(['Dòng 3, Mã đơn vị', 'Dòng 4, Hình thức kỷ luật', 'Dòng 4, Từ ngày']);
    const okDiscipline = await syte.upload('/api/v1/history/disciplines/imports', 'ky-luat.xlsx', await sheet('Kỷ luật', DISCIPLINE_HEADERS, [
      ['Phạm Thị Hồng Nhung', 1984, 'SYT', 'Khiển trách', '01/03/2024', '01/03/2025', '5/QĐ-SYT'],
      ['Phạm Thị Hồng Nhung', 1984, 'SYT', 'canh_cao', '01/03/2021', '01/01/2020', ''],
    ]));
    expect(details(okDiscipline).map((d) => [d.path, d.message])).toEqual([['Dòng 3, Đến ngày', 'Trang "Kỷ luật", dòng 3, cột "Đến ngày": Ngày kết thúc không thể trước ngày bắt đầu']]);
    const nhung = (await t.database.db.selectFrom('people').select('id').where('full_name', '=', 'Phạm Thị Hồng Nhung').executeTakeFirstOrThrow()).id;
    expect((await syte.upload('/api/v1/history/disciplines/imports', 'ky-luat.xlsx', await sheet('Kỷ luật', DISCIPLINE_HEADERS, [
      ['Phạm Thị Hồng Nhung', 1984, 'SYT', 'Khiển trách', '01/03/2024', '01/03/2025', '5/QĐ-SYT'],
    ]))).json()).toEqual({ imported: 1, people: 1, units: 0 });
    expect((await history(syte, nhung)).disciplines).toEqual([expect.objectContaining({ form: 'khien_trach', from: '2024-03-01', to: '2025-03-01' })]);

    const yearsBefore = await count('subject_years');
    const badYears = await skhdt.upload('/api/v1/history/years/imports', 'so-lieu.xlsx', await sheet('Số liệu năm', YEAR_HEADERS, [
      ['Trần Thị Mai', 1985, 'SKHDT', 2023, '10,5', 2, 30],
      ['', '', 'SKHDT', 2023, '', '', 30, 31, 5, 30, 0, 12],
      ['', '', 'SKHDT', 2022, '', '', 30, 20],
      ['Y Hoa', 1990, 'SKHDT', 2023, 9, 4],
      ['', '', 'SYT', 2023, '', '', 10, 5, 1, 10, 0, 6],
    ]));
    expect(badYears.status).toBe(400);
    expect(details(badYears).map((d) => d.path)).toEqual([
      'Dòng 2, Tổng số thành viên', 'Dòng 3, Số Lao động tiên tiến', 'Dòng 4, Số Chiến sĩ thi đua cơ sở', 'Dòng 4, Số hoàn thành nhiệm vụ',
      'Dòng 4, Số bị kỷ luật từ cảnh cáo', 'Dòng 4, Số nữ', 'Dòng 5, Số tháng nghỉ thai sản', 'Dòng 6, Mã đơn vị',
    ]);
    expect(await count('subject_years')).toBe(yearsBefore);
    const okYears = await skhdt.upload('/api/v1/history/years/imports', 'so-lieu.xlsx', await sheet('Số liệu năm', YEAR_HEADERS, [
      ['Trần Thị Mai', 1985, 'SKHDT', 2024, '10,5', '1,5'],
      ['', '', 'SKHDT', 2023, '', '', 30, 24, 4, 30, 0, 12],
    ]));
    expect(okYears.json()).toEqual({ imported: 2, people: 1, units: 1 });
    // The import sets months but keeps the year's registrations entered on screen.
    expect((await history()).years.find((y) => y.year === 2024)).toMatchObject({ monthsWorked: 10.5, registered: ['CSTDCS', 'CSTD_TINH'] });
    expect((await board.get(`/api/v1/units/${unit.get('SKHDT')}/history`)).json<History>().years.find((y) => y.year === 2023)?.members)
      .toEqual({ total: 30, ldtt: 24, cstdcs: 4, completedDuties: 30, disciplinedWarningOrAbove: 0, women: 12 });
  });
});
