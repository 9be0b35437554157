/** SQL of the award registry: one query per method, except writes that keep the FTS5 companion in step. */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { chunks, groupBy, IDS_PER_QUERY } from '../../../lib/collections.js';
import { childOf, countAll, indexFolded, inSubtree, searchFolded, sumAsInteger } from '../../../db/dialect.js';
import { AWARDS_FTS, AWARDS_FTS_REST, filtered, type AwardFilter } from './award-filter.js';
import { afterFirst, countNameMatches, namePage, type Windows } from './name-search.js';
import type { AwardImportRow, AwardRow, AwardStatsTable, DB, NewAward, NewPerson } from '../../../db/schema.js';

export { AWARDS_FTS, type AwardFilter } from './award-filter.js';
/** Rows per INSERT: 32 columns × 500 stays under both engines' bound-parameter limits. */
export const BATCH = 500;

export type AwardListRow = AwardRow & { unit_name: string };

/** Ids of the awards the filter keeps (the cursor included), unordered: the general search, O(matches). */
function matching(db: Kysely<DB>, f: Omit<AwardFilter, 'limit'>) {
  const q = filtered(db, f).select('awards.id');
  return f.folded ? q.where((eb) => searchFolded(db, { column: eb.ref('awards.search'), rowid: eb.ref('awards.seq'), ftsTable: AWARDS_FTS }, f.folded!)) : q;
}

export async function listAwards(db: Kysely<DB>, f: AwardFilter, windows?: Windows): Promise<AwardListRow[]> {
  // A name search first tries the bounded walks of name-search.ts (tens of ms whatever the matches);
  // otherwise sort and cut the page on narrow rows before joining the page's rows (bench/README.md).
  const page = f.folded ? await namePage(db, { ...f, folded: f.folded }, windows) : null;
  if (page?.length === 0) return [];
  const ids = page ? page.map((r) => r.id) : matching(db, f).orderBy('awards.sort_key').orderBy('awards.id').limit(f.limit);
  return db.selectFrom('awards').innerJoin('units', 'units.id', 'awards.unit_id').selectAll('awards').select('units.name as unit_name')
    .where('awards.id', 'in', ids)
    .orderBy('awards.sort_key').orderBy('awards.id')
    .execute();
}

/** How many awards the filter keeps, counting at most `cap + 1`: a register of millions answers "more than cap" cheaply. */
export async function countAwards(db: Kysely<DB>, f: Omit<AwardFilter, 'limit' | 'after'>, cap: number): Promise<number> {
  const fast = f.folded ? await countNameMatches(db, { ...f, folded: f.folded }, cap) : null;
  if (fast !== null) return fast;
  const row = await db.selectFrom(matching(db, f).limit(cap + 1).as('m')).select(countAll.as('n')).executeTakeFirstOrThrow();
  return row.n;
}

export type AwardDetailRow = AwardListRow & { birth_year: number | null; birth_date: string | null; id_number: string | null; position: string | null };

export const findAward = (db: Kysely<DB>, id: string): Promise<AwardDetailRow | undefined> =>
  db.selectFrom('awards')
    .innerJoin('units', 'units.id', 'awards.unit_id')
    .leftJoin('people', (j) => j.onRef('people.id', '=', 'awards.subject_id').on('awards.subject_kind', '=', 'individual'))
    .selectAll('awards')
    .select(['units.name as unit_name', 'people.birth_year', 'people.birth_date', 'people.id_number', 'people.position'])
    .where('awards.id', '=', id)
    .executeTakeFirst();

/** Awards of many subjects of one kind, each subject's in timeline order (year, then decision date): one query per 500 subjects. */
export async function listBySubjects(db: Kysely<DB>, subjectKind: string, subjectIds: readonly string[]): Promise<Map<string, AwardListRow[]>> {
  const rows: AwardListRow[] = [];
  for (const ids of chunks([...new Set(subjectIds)], IDS_PER_QUERY)) {
    rows.push(...await db.selectFrom('awards').innerJoin('units', 'units.id', 'awards.unit_id').selectAll('awards').select('units.name as unit_name')
      .where('awards.subject_kind', '=', subjectKind).where('awards.subject_id', 'in', ids)
      .orderBy('awards.year').orderBy('awards.decision_date').orderBy('awards.seq').execute());
  }
  return groupBy(rows, (r) => r.subject_id);
}

/** A subject's awards in timeline order: a batch of one. */
export const listBySubject = async (db: Kysely<DB>, subjectKind: string, subjectId: string): Promise<AwardListRow[]> =>
  (await listBySubjects(db, subjectKind, [subjectId])).get(subjectId) ?? [];

/** Inserts awards and indexes their search text (the FTS5 table is external-content: the repository feeds it). */
export async function insertAwards(db: Kysely<DB>, rows: readonly NewAward[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    const inserted = await db.insertInto('awards').values(rows.slice(i, i + BATCH)).returning(['seq', 'search']).execute();
    await indexFolded(db, AWARDS_FTS, inserted.map((r) => ({ rowid: r.seq, text: r.search })));
    await indexFolded(db, AWARDS_FTS_REST, inserted.map((r) => ({ rowid: r.seq, text: afterFirst(r.search) })));
  }
}

/** Marks live awards revoked, one statement per 500; answers how many were live (fewer than asked: some were revoked meanwhile). */
export async function markRevoked(db: Kysely<DB>, ids: readonly string[], patch: { number: string; date: string; reason: string; by: string; at: string }): Promise<number> {
  let n = 0;
  for (const part of chunks(ids, IDS_PER_QUERY)) {
    const res = await db.updateTable('awards')
      .set({ revoked: 1, revoked_decision_number: patch.number, revoked_decision_date: patch.date, revoked_reason: patch.reason, revoked_by: patch.by, revoked_at: patch.at, updated_at: patch.at })
      .where('id', 'in', part).where('revoked', '=', 0)
      .executeTakeFirst();
    n += Number(res.numUpdatedRows);
  }
  return n;
}

/** Awards by id (for revocation), one statement per 500. */
export async function findAwards(db: Kysely<DB>, ids: readonly string[]): Promise<AwardRow[]> {
  const rows: AwardRow[] = [];
  for (const part of chunks([...new Set(ids)], IDS_PER_QUERY)) rows.push(...await db.selectFrom('awards').selectAll().where('id', 'in', part).execute());
  return rows;
}

/** Live awards already held by these subjects: "subjectId|awardType|year" keys. */
export async function heldAwards(db: Kysely<DB>, subjectIds: readonly string[]): Promise<Set<string>> {
  if (!subjectIds.length) return new Set();
  const rows = await db.selectFrom('awards').select(['subject_id', 'award_type', 'year'])
    .where('subject_id', 'in', subjectIds).where('revoked', '=', 0).execute();
  return new Set(rows.map((r) => `${r.subject_id}|${r.award_type}|${r.year}`));
}

/** Live household awards in these units: "unitId|folded name|awardType|year" keys. */
export async function heldHouseholdAwards(db: Kysely<DB>, unitIds: readonly string[], years: readonly number[]): Promise<Set<string>> {
  if (!unitIds.length || !years.length) return new Set();
  const rows = await db.selectFrom('awards').select(['unit_id', 'search', 'subject_name', 'award_type', 'year'])
    .where('subject_kind', '=', 'household').where('unit_id', 'in', unitIds).where('year', 'in', years).where('revoked', '=', 0).execute();
  return new Set(rows.map((r) => `${r.unit_id}|${r.subject_name}|${r.award_type}|${r.year}`));
}

// ---- summary counts ------------------------------------------------------------------------

export type StatsKey = Omit<AwardStatsTable, 'count'>;
export type StatsDelta = StatsKey & { count: number };

/** Adds deltas to the summary counts; the caller merges equal keys first (one upsert may not touch a row twice). */
export async function addToStats(db: Kysely<DB>, deltas: readonly StatsDelta[]): Promise<void> {
  for (let i = 0; i < deltas.length; i += BATCH) {
    await db.insertInto('award_stats').values(deltas.slice(i, i + BATCH))
      .onConflict((oc) => oc.columns(['unit_id', 'year', 'award_type', 'gender', 'ethnicity', 'is_leader', 'revoked'])
        .doUpdateSet((eb) => ({ count: eb('award_stats.count', '+', eb.ref('excluded.count')), unit_path: eb.ref('excluded.unit_path') })))
      .execute();
  }
}

/**
 * A unit moved (its subtree re-rooted from `oldPrefix` to `newPrefix`): the awards and summary rows of
 * the subtree follow it, so lists, scopes and stats see them under their new parent. Same transaction as the move.
 */
export async function followUnitMove(db: Kysely<DB>, oldPrefix: string, newPrefix: string): Promise<void> {
  const moved = sql<string>`${newPrefix} || substr(unit_path, ${oldPrefix.length + 1})`;
  await db.updateTable('awards').set({ unit_path: moved }).where((eb) => inSubtree(eb.ref('unit_path'), oldPrefix)).execute();
  await db.updateTable('award_stats').set({ unit_path: moved }).where((eb) => inSubtree(eb.ref('unit_path'), oldPrefix)).execute();
}

export type StatsGroup = 'awardType' | 'unit' | 'year' | 'gender' | 'ethnicity' | 'leader';

export interface StatsFilter {
  rootPath: string;
  groupBy: StatsGroup;
  year?: number;
  yearFrom?: number;
  yearTo?: number;
  awardTypes?: readonly string[];
  gender?: string;
}

/**
 * Live award counts of a subtree from its summary rows: a range scan on `award_stats.unit_path`,
 * O(subtree units × dimensions), never O(awards) nor O(the country's summary rows).
 */
export async function statsGroups(db: Kysely<DB>, f: StatsFilter): Promise<Array<{ group_key: string | number; count: number }>> {
  let q = db.selectFrom('award_stats')
    .where((eb) => inSubtree(eb.ref('award_stats.unit_path'), f.rootPath))
    .where('award_stats.revoked', '=', 0);
  if (f.year !== undefined) q = q.where('award_stats.year', '=', f.year);
  if (f.yearFrom !== undefined) q = q.where('award_stats.year', '>=', f.yearFrom);
  if (f.yearTo !== undefined) q = q.where('award_stats.year', '<=', f.yearTo);
  if (f.awardTypes) q = q.where('award_stats.award_type', 'in', f.awardTypes);
  if (f.gender) q = q.where('award_stats.gender', '=', f.gender);
  const total = sumAsInteger(sql.ref('award_stats.count'));
  if (f.groupBy === 'unit') {
    // Sum per unit first (in path order, along the index), then roll the units up to the root's
    // children: the path is cut once per unit, not once per summary row.
    const perUnit = q.select(['award_stats.unit_path as unit_path', total.as('n')]).groupBy('award_stats.unit_path').as('u');
    const child = childOf(db, sql.ref('u.unit_path'), f.rootPath);
    return db.selectFrom(perUnit).select([child.as('group_key'), sumAsInteger(sql.ref('u.n')).as('count')])
      .groupBy(sql.ref('group_key')).having(sumAsInteger(sql.ref('u.n')), '>', 0).orderBy('count', 'desc').execute();
  }
  const keys: Record<Exclude<StatsGroup, 'unit'>, RawBuilder<string | number>> = {
    awardType: sql<string>`award_stats.award_type`,
    year: sql<number>`award_stats.year`,
    gender: sql<string>`award_stats.gender`,
    ethnicity: sql<string>`award_stats.ethnicity`,
    leader: sql<number>`award_stats.is_leader`,
  };
  return q.select([keys[f.groupBy].as('group_key'), total.as('count')])
    .groupBy(sql.ref('group_key')).having(total, '>', 0).orderBy('count', 'desc').execute();
}

// ---- people and units the import matches -----------------------------------------------------

export const unitsByCode = (db: Kysely<DB>, codes: readonly string[]) =>
  codes.length ? db.selectFrom('units').select(['id', 'code', 'name', 'path']).where('code', 'in', codes).execute() : Promise.resolve([]);

export const unitsById = (db: Kysely<DB>, ids: readonly string[]) =>
  ids.length ? db.selectFrom('units').select(['id', 'name', 'path']).where('id', 'in', ids).execute() : Promise.resolve([]);

/** People of these units whose folded name is one of `folded`: candidates for name + birth year + unit matching. */
export const peopleCandidates = (db: Kysely<DB>, unitIds: readonly string[], folded: readonly string[]) =>
  unitIds.length && folded.length
    ? db.selectFrom('people').select(['id', 'full_name', 'search', 'birth_year', 'unit_id', 'gender', 'ethnicity', 'is_leader'])
      .where('unit_id', 'in', unitIds).where('search', 'in', folded).execute()
    : Promise.resolve([]);

export async function insertPeople(db: Kysely<DB>, rows: readonly NewPerson[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await db.insertInto('people').values(rows.slice(i, i + BATCH)).execute();
}

// ---- import jobs ---------------------------------------------------------------------------

export async function insertImport(db: Kysely<DB>, row: AwardImportRow): Promise<void> {
  await db.insertInto('award_imports').values(row).execute();
}

export async function updateImport(db: Kysely<DB>, id: string, patch: Partial<Omit<AwardImportRow, 'id'>>): Promise<void> {
  await db.updateTable('award_imports').set(patch).where('id', '=', id).execute();
}

export const findImport = (db: Kysely<DB>, id: string): Promise<AwardImportRow | undefined> =>
  db.selectFrom('award_imports').selectAll().where('id', '=', id).executeTakeFirst();

/** For tests and checks: live awards of a subtree counted row by row (what the summary must equal). */
export const countLive = (db: Kysely<DB>, path: string) =>
  db.selectFrom('awards').select(countAll.as('n')).where('revoked', '=', 0).where((eb) => inSubtree(eb.ref('unit_path'), path)).executeTakeFirstOrThrow();
