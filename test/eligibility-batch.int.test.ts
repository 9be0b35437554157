/**
 * The set-based eligibility reader gives, for every subject of a batch, exactly the answer the
 * one-subject endpoint gives: a varied stored fixture (520 people, past the 500 ids of one `in` list,
 * and the demo's units) judged in one batch, compared answer by answer with GET …/eligibility.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chunks } from '../src/lib/collections.js';
import { newId } from '../src/lib/ids.js';
import { foldVietnamese } from '../src/lib/text.js';
import { loadActor } from '../src/modules/auth/repo.js';
import { storedEligibilities, type StoredQuery } from '../src/modules/awards/history/service.js';
import { countIn, newAwardRow } from '../src/modules/awards/registry/award-row.js';
import { addToStats, heldAwards, insertAwards } from '../src/modules/awards/registry/repo.js';
import type { AwardCode, CommendationKind } from '../src/modules/awards/domain/types.js';
import { createTestApp, ENGINES, type Session, type TestApp } from './harness.js';

const PEOPLE = 520;
const AT = '2025-01-10T02:00:00.000Z';
const RATINGS = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'];
const PERSON_AWARDS: AwardCode[] = ['LDTT', 'CSTDCS', 'CSTD_TINH', 'BK_TINH'];
const UNIT_AWARDS: AwardCode[] = ['TTLDTT', 'TTLDXS', 'CO_TINH', 'BK_TINH'];

type Db = TestApp['database']['db'];
type Fact = { kind: 'individual' | 'collective'; id: string; i: number };

/** Deterministic, varied facts for subject i: rating chains, months, registrations, discipline, review, initiatives. */
async function writeFacts(db: Db, subjects: readonly Fact[]): Promise<void> {
  const ratings: object[] = []; const years: object[] = []; const regs: object[] = []; const disciplines: object[] = []; const reviews: object[] = []; const works: object[] = []; const uses: object[] = [];
  for (const { kind, id, i } of subjects) {
    const s = { subject_kind: kind, subject_id: id };
    for (let y = 2019; y <= 2024; y++) {
      const rating = i % 3 === 0 ? 'HTXSNV' : i % 3 === 1 && y === 2022 && i % 2 === 1 ? 'HTNV' : RATINGS[(i + y) % 4 === 3 ? 1 : (i + y) % 2]!;
      if (!(i % 17 === 5 && y === 2023)) ratings.push({ ...s, year: y, rating, updated_by: null, updated_at: AT });
    }
    if (i % 4 !== 3) {
      const members = kind === 'collective' && i % 5 !== 4 ? { members_total: 30, members_ldtt: [24, 12, 30][i % 3]!, members_cstdcs: 4, members_completed_duties: 30, members_disciplined: i % 6 === 0 ? 1 : 0, members_women: [21, 9][i % 2]! } : {};
      years.push({
        ...s, year: 2024, months_worked: kind === 'individual' ? [12, 8, 10][i % 3]! : null, maternity_months: i % 4 === 2 ? 3 : null,
        members_total: null, members_ldtt: null, members_cstdcs: null, members_completed_duties: null, members_disciplined: null, members_women: null, ...members,
        cluster_leader: kind === 'collective' ? [1, 0, null][i % 3]! : null, exceeded_targets: kind === 'collective' ? [1, null][i % 2]! : null, updated_by: null, updated_at: AT,
      });
    }
    const registered = i % 3 === 0 ? (kind === 'individual' ? ['LDTT', 'CSTDCS', 'CSTD_TINH'] : ['TTLDTT', 'TTLDXS', 'CO_TINH']) : i % 3 === 1 ? [kind === 'individual' ? 'LDTT' : 'TTLDTT'] : [];
    for (const award_type of registered) regs.push({ ...s, year: i % 8 === 7 ? 2023 : 2024, award_type, unit_id: null, registered_by: null, registered_at: AT, source: 'manual' });
    if (i % 5 === 0) disciplines.push({ ...s, id: newId(), form: 'khien_trach', date_from: '2024-03-01', date_to: '2025-03-01', decision_number: null, created_by: null, created_at: AT });
    if (i % 7 === 0) disciplines.push({ ...s, id: newId(), form: 'canh_cao', date_from: '2022-01-01', date_to: '2022-12-31', decision_number: null, created_by: null, created_at: AT });
    if (i % 13 === 0 || i % 26 === 1) reviews.push({ ...s, under_review: i % 13 === 0 ? 1 : 0, note: 'Đang xác minh đơn thư', updated_by: null, updated_at: AT });
    const work = (kind2: string, year: number, scope: string) => {
      const w = { ...s, id: newId(), kind: kind2, title: `Sáng kiến ${i}-${year}`, year, scope, decision_number: null, decision_date: null, decision_issuer: null, created_by: null, created_at: AT };
      works.push(w);
      return w.id;
    };
    if (i % 2 === 0) work('initiative', 2024, 'unit');
    if (i % 6 === 0) uses.push({ work_id: work('initiative', 2023, 'province'), year: 2023, award_type: 'CSTDCS' });
    if (i % 9 === 0) work('science', 2022, 'national');
  }
  // The demo already registered Đắk Hà for 2024: its rows stand.
  const insert = async (table: 'subject_ratings' | 'subject_years' | 'subject_registrations' | 'subject_disciplines' | 'subject_reviews' | 'subject_works' | 'subject_work_uses', rows: object[]) => {
    for (const part of chunks(rows, 100)) await db.insertInto(table).values(part as never).onConflict((oc) => oc.doNothing()).execute();
  };
  await insert('subject_ratings', ratings);
  await insert('subject_years', years);
  await insert('subject_registrations', regs);
  await insert('subject_disciplines', disciplines);
  await insert('subject_reviews', reviews);
  await insert('subject_works', works);
  await insert('subject_work_uses', uses);
}

/** Registry titles: CSTĐCS chains (the CSTĐ tỉnh rule), LĐTT, a thematic one that never joins a chain, old Bằng khen; TTLĐ chains for units. */
async function writeAwards(db: Db, subjects: ReadonlyArray<Fact & { name: string; unitId: string; path: string }>): Promise<void> {
  const rows = subjects.flatMap((s) => {
    const given: Array<[AwardCode, number, CommendationKind]> = s.kind === 'individual'
      ? [
        ...(s.i % 3 === 0 ? [2021, 2022, 2023].map((y): [AwardCode, number, CommendationKind] => ['CSTDCS', y, 'regular']) : []),
        ...(s.i % 4 === 1 ? [['LDTT', 2023, 'regular'] as [AwardCode, number, CommendationKind]] : []),
        ...(s.i % 8 === 0 ? [['CSTDCS', 2020, 'thematic'] as [AwardCode, number, CommendationKind]] : []),
        ...(s.i % 10 === 0 ? [['BK_TINH', 2019, 'regular'] as [AwardCode, number, CommendationKind]] : []),
      ]
      : [
        ...(s.i % 2 === 0 ? [2022, 2023].map((y): [AwardCode, number, CommendationKind] => ['TTLDXS', y, 'regular']) : []),
        ...(s.i % 3 === 1 ? [['TTLDTT', 2023, 'regular'] as [AwardCode, number, CommendationKind]] : []),
      ];
    return given.map(([awardType, year, kind]) => newAwardRow(
      { kind: s.kind, id: s.id, name: s.name, unitId: s.unitId, unitPath: s.path, gender: s.kind === 'individual' ? (s.i % 2 ? 'female' : 'male') : null, ethnicity: null, isLeader: false },
      { awardType, kind, year, decision: { number: `${s.i}/QĐ-UBND`, date: `${year + 1}-01-15`, issuer: 'UBND tỉnh Kon Tum', issuerUnitId: null }, certificateNo: null, rewardAmount: null },
      { by: null, importId: null, now: AT },
    ));
  });
  // Keep the demo's own awards (SKHDT's TTLĐXS 2023): one award of a type a year.
  const held = await heldAwards(db, subjects.map((s) => s.id));
  const fresh = rows.filter((r) => !held.has(`${r.subject_id}|${r.award_type}|${r.year}`));
  await insertAwards(db, fresh);
  await addToStats(db, countIn(fresh));
}

describe.each(ENGINES)('eligibility in batches on %s', (engine) => {
  let t: TestApp;
  let board: Session;
  const queries: StoredQuery[] = [];

  beforeAll(async () => {
    t = await createTestApp(engine);
    const db = t.database.db;
    const dakha = await db.selectFrom('units').select(['id', 'path']).where('code', '=', 'DAKHA').executeTakeFirstOrThrow();
    const people = Array.from({ length: PEOPLE }, (_, i) => ({ id: newId(), i, name: `Người thử nghiệm ${String(i).padStart(3, '0')}` }));
    for (const part of chunks(people, 100)) {
      await db.insertInto('people').values(part.map((p) => ({
        id: p.id, full_name: p.name, search: foldVietnamese(p.name), gender: p.i % 2 ? 'female' : 'male', birth_year: 1980 + (p.i % 20), birth_date: null, id_number: null,
        ethnicity: 'Kinh', position: 'Chuyên viên', unit_id: dakha.id, is_leader: 0, active: 1, created_at: AT, updated_at: AT,
      }))).execute();
    }
    const units = (await db.selectFrom('units').select(['id', 'name', 'path']).where('parent_id', 'is not', null).orderBy('code').execute()).map((u, i) => ({ ...u, i }));
    const subjects = [
      ...people.map((p) => ({ kind: 'individual' as const, id: p.id, i: p.i, name: p.name, unitId: dakha.id, path: dakha.path })),
      ...units.map((u) => ({ kind: 'collective' as const, id: u.id, i: u.i, name: u.name, unitId: u.id, path: u.path })),
    ];
    await writeFacts(db, subjects);
    await writeAwards(db, subjects);
    for (const s of subjects) {
      for (const awardType of s.kind === 'individual' ? PERSON_AWARDS : UNIT_AWARDS) queries.push({ kind: s.kind, id: s.id, awardType, year: 2024 });
      if (s.i % 5 === 0) queries.push({ kind: s.kind, id: s.id, awardType: s.kind === 'individual' ? 'CSTDCS' : 'TTLDXS', year: 2023, decisionDate: '2024-02-20' });
    }
    board = await t.login('bantdkt');
  });
  afterAll(async () => { await t?.close(); });

  it('answers every subject of one batch exactly as the one-subject endpoint does', async () => {
    const db = t.database.db;
    const user = await db.selectFrom('users').select('id').where('username', '=', 'bantdkt').executeTakeFirstOrThrow();
    const batch = await storedEligibilities(db, (await loadActor(db, user.id))!, queries);
    expect(batch).toHaveLength(queries.length);
    // The fixture is varied: every verdict occurs, and many different sets of reasons.
    const statuses = new Set(batch.map((r) => r.status));
    expect([...statuses].sort()).toEqual(['deferred', 'eligible', 'not_eligible']);
    expect(new Set(batch.map((r) => JSON.stringify(r.reasons.map((x) => [x.rule, x.ok])))).size).toBeGreaterThan(40);
    // One by one: every unit, and every 20th person plus the last ones (they fall in the second `in` list).
    const sample = batch.flatMap((r, k) => {
      const q = queries[k]!;
      const i = Number(r.subject.name.slice(-3));
      return q.kind === 'collective' || i % 20 === 0 || i >= 500 ? [{ q, r }] : [];
    });
    expect(sample.length).toBeGreaterThan(150);
    for (const { q, r } of sample) {
      const base = q.kind === 'individual' ? 'people' : 'units';
      const query = `awardType=${q.awardType}&year=${q.year}${q.decisionDate ? `&decisionDate=${q.decisionDate}` : ''}`;
      const one = await board.get(`/api/v1/${base}/${q.id}/eligibility?${query}`);
      expect(one.status).toBe(200);
      expect(r, `${r.subject.name} ${q.awardType} ${q.year}`).toEqual(one.json());
    }
  });

  it('stores the same answers for a proposal\'s 520 nominees, imported from Excel and re-checked on submit', async () => {
    const db = t.database.db;
    const dakha = await t.login('dakha');
    const unitId = (await db.selectFrom('units').select('id').where('code', '=', 'DAKHA').executeTakeFirstOrThrow()).id;
    type P = { id: string; version: number; state: string; requiredDocuments: Array<{ name: string }> };
    let p = (await dakha.send('POST', '/api/v1/proposals', { unitId, title: 'Đề nghị khen thưởng năm 2024 (thử nghiệm)', round: 'year_end', procedure: 'regular', year: 2024 })).json<P>();
    const people = await db.selectFrom('people').select(['id', 'full_name']).where('full_name', 'like', 'Người thử nghiệm%').orderBy('full_name').execute();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Danh sách đề nghị');
    ws.addRow(['Đối tượng', 'Họ tên hoặc tên tập thể', 'Mã đơn vị', 'Chức vụ', 'Hình thức khen thưởng', 'Tóm tắt thành tích', 'Lý do vẫn đề nghị (khi chưa đủ điều kiện)']);
    for (const person of people) ws.addRow(['Cá nhân', person.full_name, 'DAKHA', 'Chuyên viên', 'CSTDCS', 'Hoàn thành xuất sắc nhiệm vụ năm 2024', 'Đơn vị đang cập nhật hồ sơ']);
    const imported = await dakha.upload(`/api/v1/proposals/${p.id}/nominees/import?version=${p.version}`, 'ds.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(imported.status, JSON.stringify(imported.body).slice(0, 300)).toBe(201);
    p = imported.json<P>();
    const user = await db.selectFrom('users').select('id').where('username', '=', 'dakha').executeTakeFirstOrThrow();
    const expected = await storedEligibilities(db, (await loadActor(db, user.id))!, people.map((x) => ({ kind: 'individual' as const, id: x.id, awardType: 'CSTDCS' as const, year: 2024 })));
    const stored = async () => {
      const rows = await db.selectFrom('proposal_nominees').select(['person_id', 'eligible', 'eligibility_json']).where('proposal_id', '=', p.id).execute();
      const byPerson = new Map(rows.map((n) => [n.person_id, n]));
      return people.map((x) => byPerson.get(x.id)!);
    };
    const same = (rows: Awaited<ReturnType<typeof stored>>) => rows.forEach((n, k) => {
      const r = expected[k]!;
      expect(JSON.parse(n.eligibility_json!)).toEqual({ status: r.status, ruleSet: r.ruleSet, missing: r.missing, reasons: r.reasons });
      expect(n.eligible).toBe(r.status === 'deferred' ? null : r.eligible ? 1 : 0);
    });
    same(await stored());
    for (const d of p.requiredDocuments) p = (await dakha.upload(`/api/v1/proposals/${p.id}/documents?version=${p.version}&requirement=${encodeURIComponent(d.name)}`, 'a.pdf', Buffer.from('%PDF-1.4\n'))).json<P>();
    // Submit re-checks every nominee: the answers come back in full.
    await db.updateTable('proposal_nominees').set({ eligibility_json: null }).where('proposal_id', '=', p.id).execute();
    const sent = await dakha.send('POST', `/api/v1/proposals/${p.id}/transitions`, { action: 'submit', version: p.version });
    expect(sent.status, JSON.stringify(sent.body).slice(0, 300)).toBe(200);
    same(await stored());
  });
});
