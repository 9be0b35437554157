/** SQL of subject history: one subject is `(kind, id)`, a person ('individual') or a unit ('collective'). */
import type { Kysely } from 'kysely';
import type { DB, SubjectDisciplineRow, SubjectWorkRow, SubjectYearRow } from '../../../db/schema.js';
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

export async function readHistory(db: Kysely<DB>, s: SubjectKey): Promise<StoredHistory> {
  // One query after another: a page needs no more than one pooled connection.
  const ratings = await db.selectFrom('subject_ratings').select(['year', 'rating']).where('subject_kind', '=', s.kind).where('subject_id', '=', s.id).orderBy('year').execute();
  const works = await db.selectFrom('subject_works').selectAll().where('subject_kind', '=', s.kind).where('subject_id', '=', s.id).orderBy('year').orderBy('id').execute();
  const disciplines = await db.selectFrom('subject_disciplines').selectAll().where('subject_kind', '=', s.kind).where('subject_id', '=', s.id).orderBy('date_from').orderBy('id').execute();
  const years = await db.selectFrom('subject_years').selectAll().where('subject_kind', '=', s.kind).where('subject_id', '=', s.id).orderBy('year').execute();
  const registrations = await db.selectFrom('subject_registrations').select(['year', 'award_type']).where('subject_kind', '=', s.kind).where('subject_id', '=', s.id).orderBy('award_type').execute();
  const review = await db.selectFrom('subject_reviews').select(['under_review', 'note', 'updated_at']).where('subject_kind', '=', s.kind).where('subject_id', '=', s.id).executeTakeFirst();
  const uses = works.length
    ? await db.selectFrom('subject_work_uses').selectAll().where('work_id', 'in', works.map((w) => w.id)).orderBy('year').orderBy('award_type').execute()
    : [];
  return {
    ratings,
    works: works.map((w) => ({ ...w, uses: uses.filter((u) => u.work_id === w.id).map((u) => ({ year: u.year, award_type: u.award_type })) })),
    disciplines,
    years: years.map((y) => ({ ...y, registered: registrations.filter((r) => r.year === y.year).map((r) => r.award_type) })),
    registrations,
    review,
  };
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
