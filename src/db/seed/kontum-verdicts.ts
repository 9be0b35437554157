/**
 * The demo dossiers' eligibility, computed, not typed in: the history facts officers would have
 * entered behind each nominee (ratings, months worked, registrations, an initiative, the board's
 * block findings), then every nominee judged by the engine through the proposals service, as its
 * dossier's officer — the same call the app makes when a nominee is added or a dossier is sent.
 * Nominees the engine finds short keep the officer's override reason (kontum-commendation.ts).
 */
import type { Kysely } from 'kysely';
import { newId } from '../../lib/ids.js';
import type { DB } from '../schema.js';
import { loadActor } from '../../modules/auth/repo.js';
import { judgeNominees } from '../../modules/proposals/nominees.js';

type Ids = ReadonlyMap<string, { id: string; path: string }>;

const ENTERED = '2024-11-12T02:00:00.000Z';
const REGISTERED = '2024-01-20T02:00:00.000Z';

/** Per person: ratings by year, months worked in 2024, the titles registered for 2024. */
const PEOPLE: Array<{ name: string; ratings: Record<number, string>; registered: string[] }> = [
  // Draft: LĐTT, HTTNV with a full year.
  { name: 'Nguyễn Thị Mai', ratings: { 2023: 'HTTNV', 2024: 'HTTNV' }, registered: ['LDTT'] },
  // Submitted: CSTĐCS on her initiative (below).
  { name: 'Y Hoa', ratings: { 2023: 'HTTNV', 2024: 'HTTNV' }, registered: ['LDTT', 'CSTDCS'] },
  // Under review and under disclosure: Bằng khen, "hai năm liền hoàn thành xuất sắc nhiệm vụ".
  { name: 'A Thút', ratings: { 2023: 'HTXSNV', 2024: 'HTXSNV' }, registered: [] },
  { name: 'Đặng Văn Đức', ratings: { 2023: 'HTXSNV', 2024: 'HTXSNV' }, registered: [] },
  { name: 'Lê Minh Tuấn', ratings: { 2023: 'HTXSNV', 2024: 'HTXSNV' }, registered: [] },
  // Returned (Giấy khen for the storm): rated for the year.
  { name: 'A Tuấn', ratings: { 2024: 'HTTNV' }, registered: [] },
  // To the council: CSTĐCS whose initiative is recognized but not entered yet (his override says so).
  { name: 'Trần Văn Quang', ratings: { 2023: 'HTTNV', 2024: 'HTTNV' }, registered: ['CSTDCS'] },
];

async function seedFacts(trx: Kysely<DB>, units: Ids, users: ReadonlyMap<string, string>): Promise<void> {
  const people = new Map((await trx.selectFrom('people').innerJoin('units', 'units.id', 'people.unit_id').select(['people.id', 'people.full_name', 'units.code']).execute()).map((p) => [p.full_name, p]));
  const board = users.get('bantdkt')!;
  const officerOf = (code: string) => users.get(code === 'DAKHA' ? 'dakha' : code === 'SKHDT' ? 'skhdt' : 'syte')!;
  for (const f of PEOPLE) {
    const p = people.get(f.name)!;
    const subject = { subject_kind: 'individual', subject_id: p.id };
    await trx.insertInto('subject_ratings').values(Object.entries(f.ratings).map(([year, rating]) => ({ ...subject, year: Number(year), rating, updated_by: officerOf(p.code), updated_at: ENTERED }))).execute();
    await trx.insertInto('subject_years').values({
      ...subject, year: 2024, months_worked: 12, maternity_months: null, members_total: null, members_ldtt: null, members_cstdcs: null, members_completed_duties: null,
      members_disciplined: null, members_women: null, cluster_leader: null, exceeded_targets: null, updated_by: officerOf(p.code), updated_at: ENTERED,
    }).execute();
    if (f.registered.length) {
      await trx.insertInto('subject_registrations').values(f.registered.map((award_type) => ({ ...subject, year: 2024, award_type, unit_id: units.get(p.code)!.id, registered_by: officerOf(p.code), registered_at: REGISTERED, source: 'manual' })))
        .onConflict((oc) => oc.doNothing()).execute();
    }
  }
  const hoa = people.get('Y Hoa')!.id;
  await trx.insertInto('subject_works').values({
    id: newId(), subject_kind: 'individual', subject_id: hoa, kind: 'initiative', title: 'Hướng dẫn đăng ký doanh nghiệp trực tuyến bằng video',
    year: 2024, scope: 'unit', decision_number: '86/QĐ-SKHĐT', decision_date: '2024-10-28', decision_issuer: 'Sở Kế hoạch và Đầu tư tỉnh Kon Tum', created_by: officerOf('SKHDT'), created_at: ENTERED,
  }).execute();
  // Collectives: registered and rated; their member numbers come with the reports (the officers' override reasons say so).
  const collectives: Array<[string, string, string]> = [['SYT', 'TTLDXS', 'HTXSNV'], ['SYT', 'CO_TINH', 'HTXSNV'], ['DAKHA', 'TTLDTT', 'HTXSNV']];
  await trx.insertInto('subject_registrations').values(collectives.map(([code, award_type]) => ({
    subject_kind: 'collective', subject_id: units.get(code)!.id, year: 2024, award_type, unit_id: units.get(code)!.id, registered_by: officerOf(code), registered_at: REGISTERED, source: 'manual',
  }))).onConflict((oc) => oc.doNothing()).execute();
  await trx.insertInto('subject_ratings').values([...new Map(collectives.map(([code, , rating]) => [code, rating]))].map(([code, rating]) => ({
    subject_kind: 'collective', subject_id: units.get(code)!.id, year: 2024, rating, updated_by: board, updated_at: ENTERED,
  }))).execute();
  // The board's findings on the cultural-social block, published 15/12/2024: Sở Văn hóa led it.
  await trx.insertInto('subject_years').values(([['SVHTTDL', 1], ['SYT', 0]] as const).map(([code, leader]) => ({
    subject_kind: 'collective', subject_id: units.get(code)!.id, year: 2024, months_worked: null, maternity_months: null, members_total: null, members_ldtt: null, members_cstdcs: null,
    members_completed_duties: null, members_disciplined: null, members_women: null, cluster_leader: leader, exceeded_targets: 1, updated_by: board, updated_at: '2024-12-16T02:00:00.000Z',
  }))).execute();
}

/** Writes the facts, then judges every demo nominee as its dossier's officer; households stay unjudged (null). */
export async function seedDemoVerdicts(trx: Kysely<DB>, units: Ids, users: ReadonlyMap<string, string>): Promise<void> {
  await seedFacts(trx, units, users);
  for (const p of await trx.selectFrom('proposals').select(['id', 'unit_id', 'year', 'created_by']).execute()) {
    const actor = (await loadActor(trx, p.created_by))!;
    const nominees = await trx.selectFrom('proposal_nominees').selectAll().where('proposal_id', '=', p.id).orderBy('order_no').execute();
    const judged = await judgeNominees(trx, actor, nominees, p);
    for (const [i, n] of nominees.entries()) await trx.updateTable('proposal_nominees').set(judged[i]!).where('id', '=', n.id).execute();
  }
}
