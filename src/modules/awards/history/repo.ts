/** SQL of subject history: one subject is `(kind, id)`, a person ('individual') or a unit ('collective'). */
import type { Kysely } from 'kysely';
import type { DB, SubjectDisciplineRow, SubjectWorkRow, SubjectYearRow } from '../../../db/schema.js';
import { chunks, groupBy, IDS_PER_QUERY } from '../../../lib/collections.js';
import type { Members } from '../domain/types.js';

export type HistoryKind = 'individual' | 'collective';
export interface SubjectKey {
  kind: HistoryKind;
  id: string;
}

export interface StoredHistory {
  ratings: Array<{ year: number; rating: string }>;
  works: Array<SubjectWorkRow & { uses: Array<{ year: number; award_type: string }> }>;
  disciplines: SubjectDisciplineRow[];
  years: Array<SubjectYearRow & { registered: string[] }>;
  /** Every registration, also of years with no facts entered (units register their people at the start of the year). */
  registrations: Array<{ year: number; award_type: string }>;
  review: { under_review: number; note: string | null; updated_at: string } | undefined;
}

/** Key of a subject in the maps the set-based readers answer. */
export const keyOf = (s: SubjectKey): string => `${s.kind}:${s.id}`;

type Filter = { kind: HistoryKind; ids: string[] };
/** Subjects grouped by kind, cut into `in (…)` lists. */
function filters(subjects: readonly SubjectKey[]): Filter[] {
  const out: Filter[] = [];
  for (const [kind, list] of groupBy(subjects, (s) => s.kind)) {
    for (const ids of chunks([...new Set(list.map((s) => s.id))], IDS_PER_QUERY)) out.push({ kind: kind as HistoryKind, ids });
  }
  return out;
}

/** Rows of every filter (or id list), one statement each, in the statements' order. */
async function rowsOf<F, T>(fs: readonly F[], query: (f: F) => Promise<T[]>): Promise<T[]> {
  const rows: T[] = [];
  // One query after another: a page needs no more than one pooled connection.
  for (const f of fs) rows.push(...await query(f));
  return rows;
}

/**
 * The stored facts of many subjects in a fixed number of queries (seven per kind and 500 subjects),
 * whatever their number; a subject with nothing entered gets an empty history.
 */
export async function readHistories(db: Kysely<DB>, subjects: readonly SubjectKey[]): Promise<Map<string, StoredHistory>> {
  const fs = filters(subjects);
  const key = (r: { subject_kind: string; subject_id: string }) => `${r.subject_kind}:${r.subject_id}`;
  const ratings = groupBy(await rowsOf(fs, (f) => db.selectFrom('subject_ratings').select(['subject_kind', 'subject_id', 'year', 'rating']).where('subject_kind', '=', f.kind).where('subject_id', 'in', f.ids).orderBy('year').execute()), key);
  const works = await rowsOf(fs, (f) => db.selectFrom('subject_works').selectAll().where('subject_kind', '=', f.kind).where('subject_id', 'in', f.ids).orderBy('year').orderBy('id').execute());
  const disciplines = groupBy(await rowsOf(fs, (f) => db.selectFrom('subject_disciplines').selectAll().where('subject_kind', '=', f.kind).where('subject_id', 'in', f.ids).orderBy('date_from').orderBy('id').execute()), key);
  const years = groupBy(await rowsOf(fs, (f) => db.selectFrom('subject_years').selectAll().where('subject_kind', '=', f.kind).where('subject_id', 'in', f.ids).orderBy('year').execute()), key);
  const registrations = groupBy(await rowsOf(fs, (f) => db.selectFrom('subject_registrations').select(['subject_kind', 'subject_id', 'year', 'award_type']).where('subject_kind', '=', f.kind).where('subject_id', 'in', f.ids).orderBy('award_type').execute()), key);
  const reviews = new Map((await rowsOf(fs, (f) => db.selectFrom('subject_reviews').select(['subject_kind', 'subject_id', 'under_review', 'note', 'updated_at']).where('subject_kind', '=', f.kind).where('subject_id', 'in', f.ids).execute())).map((r) => [key(r), r]));
  const uses = groupBy(await rowsOf(chunks(works.map((w) => w.id), IDS_PER_QUERY), (ids) => db.selectFrom('subject_work_uses').selectAll().where('work_id', 'in', ids).orderBy('year').orderBy('award_type').execute()), (u) => u.work_id);
  const worksOf = groupBy(works, key);
  const out = new Map<string, StoredHistory>();
  for (const s of subjects) {
    const k = keyOf(s);
    const regs = (registrations.get(k) ?? []).map((r) => ({ year: r.year, award_type: r.award_type }));
    const review = reviews.get(k);
    out.set(k, {
      ratings: (ratings.get(k) ?? []).map((r) => ({ year: r.year, rating: r.rating })),
      works: (worksOf.get(k) ?? []).map((w) => ({ ...w, uses: (uses.get(w.id) ?? []).map((u) => ({ year: u.year, award_type: u.award_type })) })),
      disciplines: disciplines.get(k) ?? [],
      years: (years.get(k) ?? []).map((y) => ({ ...y, registered: regs.filter((r) => r.year === y.year).map((r) => r.award_type) })),
      registrations: regs,
      review: review && { under_review: review.under_review, note: review.note, updated_at: review.updated_at },
    });
  }
  return out;
}

/** One subject's facts: a batch of one. */
export async function readHistory(db: Kysely<DB>, s: SubjectKey): Promise<StoredHistory> {
  return (await readHistories(db, [s])).get(keyOf(s))!;
}

export async function upsertRating(db: Kysely<DB>, s: SubjectKey, year: number, rating: string, by: string, at: string): Promise<void> {
  await db.insertInto('subject_ratings')
    .values({ subject_kind: s.kind, subject_id: s.id, year, rating, updated_by: by, updated_at: at })
    .onConflict((oc) => oc.columns(['subject_kind', 'subject_id', 'year']).doUpdateSet({ rating, updated_by: by, updated_at: at }))
    .execute();
}

export async function deleteRating(db: Kysely<DB>, s: SubjectKey, year: number): Promise<number> {
  const res = await db.deleteFrom('subject_ratings').where('subject_kind', '=', s.kind).where('subject_id', '=', s.id).where('year', '=', year).executeTakeFirst();
  return Number(res.numDeletedRows);
}

export async function insertWork(db: Kysely<DB>, row: SubjectWorkRow, uses: ReadonlyArray<{ year: number; awardType: string }>): Promise<void> {
  await db.insertInto('subject_works').values(row).execute();
  if (uses.length) await db.insertInto('subject_work_uses').values(uses.map((u) => ({ work_id: row.id, year: u.year, award_type: u.awardType }))).execute();
}

/** The work only if it belongs to the subject and is of that kind: an id of another subject is "not found". */
export const findWork = (db: Kysely<DB>, s: SubjectKey, kind: string, id: string) =>
  db.selectFrom('subject_works').selectAll().where('id', '=', id).where('subject_kind', '=', s.kind).where('subject_id', '=', s.id).where('kind', '=', kind).executeTakeFirst();

export async function deleteWork(db: Kysely<DB>, id: string): Promise<void> {
  await db.deleteFrom('subject_work_uses').where('work_id', '=', id).execute();
  await db.deleteFrom('subject_works').where('id', '=', id).execute();
}

export async function insertDiscipline(db: Kysely<DB>, row: SubjectDisciplineRow): Promise<void> {
  await db.insertInto('subject_disciplines').values(row).execute();
}

export const findDiscipline = (db: Kysely<DB>, s: SubjectKey, id: string) =>
  db.selectFrom('subject_disciplines').selectAll().where('id', '=', id).where('subject_kind', '=', s.kind).where('subject_id', '=', s.id).executeTakeFirst();

export async function deleteDiscipline(db: Kysely<DB>, id: string): Promise<void> {
  await db.deleteFrom('subject_disciplines').where('id', '=', id).execute();
}

export const findYear = (db: Kysely<DB>, s: SubjectKey, year: number) =>
  db.selectFrom('subject_years').selectAll().where('subject_kind', '=', s.kind).where('subject_id', '=', s.id).where('year', '=', year).executeTakeFirst();

/** Facts the unit's officers enter; the board's flags (cluster leader, exceeded targets) are written apart. */
export type YearFacts = Omit<SubjectYearRow, 'cluster_leader' | 'exceeded_targets'>;

/**
 * Replaces the year's facts and its registrations, keeping the board's flags. Registrations kept keep
 * who registered them and when (the movements module records that); only new ones are stamped now.
 */
export async function putYear(db: Kysely<DB>, row: YearFacts, registered: readonly string[]): Promise<void> {
  const { subject_kind, subject_id, year, ...facts } = row;
  await db.insertInto('subject_years').values(row)
    .onConflict((oc) => oc.columns(['subject_kind', 'subject_id', 'year']).doUpdateSet(facts))
    .execute();
  const ofYear = db.deleteFrom('subject_registrations').where('subject_kind', '=', subject_kind).where('subject_id', '=', subject_id).where('year', '=', year);
  await (registered.length ? ofYear.where('award_type', 'not in', registered) : ofYear).execute();
  if (registered.length) {
    await db.insertInto('subject_registrations')
      .values(registered.map((award_type) => ({ subject_kind, subject_id, year, award_type, registered_by: row.updated_by, registered_at: row.updated_at, source: 'history' })))
      .onConflict((oc) => oc.columns(['subject_kind', 'subject_id', 'year', 'award_type']).doNothing())
      .execute();
  }
}

/**
 * Sets the year's facts that an import gives (months for a person, member counts for a unit), keeping
 * the others, the registrations and the board's flags.
 */
export async function mergeYearFacts(db: Kysely<DB>, s: SubjectKey, year: number, input: { monthsWorked?: number | null; maternityMonths?: number | null; members?: Members | null }, by: string, at: string): Promise<void> {
  const facts: Partial<YearFacts> = { updated_by: by, updated_at: at };
  if (input.monthsWorked !== undefined || input.maternityMonths !== undefined) Object.assign(facts, { months_worked: input.monthsWorked ?? null, maternity_months: input.maternityMonths ?? null });
  const m = input.members;
  if (m !== undefined) {
    Object.assign(facts, {
      members_total: m?.total ?? null, members_ldtt: m?.ldtt ?? null, members_cstdcs: m?.cstdcs ?? null, members_completed_duties: m?.completedDuties ?? null,
      members_disciplined: m?.disciplinedWarningOrAbove ?? null, members_women: m?.women ?? null,
    });
  }
  await db.insertInto('subject_years').values({ subject_kind: s.kind, subject_id: s.id, year, updated_at: at, ...facts })
    .onConflict((oc) => oc.columns(['subject_kind', 'subject_id', 'year']).doUpdateSet(facts))
    .execute();
}

export async function putBoardFacts(db: Kysely<DB>, s: SubjectKey, year: number, f: { clusterLeader: boolean | null; exceededTargets: boolean | null }, by: string, at: string): Promise<void> {
  const bit = (v: boolean | null): number | null => (v === null ? null : v ? 1 : 0);
  const facts = { cluster_leader: bit(f.clusterLeader), exceeded_targets: bit(f.exceededTargets), updated_by: by, updated_at: at };
  await db.insertInto('subject_years').values({ subject_kind: s.kind, subject_id: s.id, year, ...facts })
    .onConflict((oc) => oc.columns(['subject_kind', 'subject_id', 'year']).doUpdateSet(facts))
    .execute();
}

export async function putReview(db: Kysely<DB>, s: SubjectKey, underReview: boolean, note: string | null, by: string, at: string): Promise<void> {
  const facts = { under_review: underReview ? 1 : 0, note, updated_by: by, updated_at: at };
  await db.insertInto('subject_reviews').values({ subject_kind: s.kind, subject_id: s.id, ...facts })
    .onConflict((oc) => oc.columns(['subject_kind', 'subject_id']).doUpdateSet(facts))
    .execute();
}
