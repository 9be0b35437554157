/** SQL of the library of exemplary models and good practices: one query per method. */
import { sql, type Kysely } from 'kysely';
import { containsFolded, countAll, inSubtree } from '../../db/dialect.js';
import type { DB, PracticeRow, PracticeTable } from '../../db/schema.js';
import type { Insertable, Updateable } from 'kysely';

export interface PracticeFilter {
  folded?: string;
  kind?: string;
  field?: string;
  tag?: string;
  status?: string;
  movementId?: string;
  unitPath?: string;
  featured?: boolean;
  /** Unit officers: their subtree's items in any status, everyone's published ones. */
  visibleTo?: string | null;
  limit: number;
  offset: number;
}

export type PracticeListRow = PracticeRow & { unit_name: string };

function filtered(db: Kysely<DB>, f: PracticeFilter) {
  let q = db.selectFrom('practices').innerJoin('units', 'units.id', 'practices.unit_id');
  if (f.folded) q = q.where((eb) => containsFolded(eb.ref('practices.search'), f.folded!));
  if (f.kind) q = q.where('practices.kind', '=', f.kind);
  if (f.field) q = q.where('practices.field', '=', f.field);
  if (f.status) q = q.where('practices.status', '=', f.status);
  if (f.movementId) q = q.where('practices.movement_id', '=', f.movementId);
  if (f.featured !== undefined) q = q.where('practices.featured', '=', f.featured ? 1 : 0);
  if (f.unitPath) q = q.where((eb) => inSubtree(eb.ref('practices.unit_path'), f.unitPath!));
  if (f.tag) q = q.where('practices.id', 'in', db.selectFrom('practice_tags').select('practice_id').where('tag', '=', f.tag));
  if (f.visibleTo) {
    const path = f.visibleTo;
    q = q.where((eb) => eb.or([eb('practices.status', '=', 'published'), inSubtree(eb.ref('practices.unit_path'), path)]));
  }
  return q;
}

/** Featured first, then newest published (drafts by last change). */
export const listPractices = (db: Kysely<DB>, f: PracticeFilter): Promise<PracticeListRow[]> =>
  filtered(db, f).selectAll('practices').select('units.name as unit_name')
    .orderBy('practices.featured', 'desc').orderBy(sql`coalesce(practices.published_at, practices.updated_at)`, 'desc').orderBy('practices.id', 'desc')
    .limit(f.limit).offset(f.offset).execute();

export const countPractices = async (db: Kysely<DB>, f: PracticeFilter): Promise<number> =>
  (await filtered(db, f).select(countAll.as('n')).executeTakeFirstOrThrow()).n;

export const findPractice = (db: Kysely<DB>, id: string): Promise<PracticeListRow | undefined> =>
  db.selectFrom('practices').innerJoin('units', 'units.id', 'practices.unit_id').selectAll('practices').select('units.name as unit_name')
    .where('practices.id', '=', id).executeTakeFirst();

export const findPublishedBySlug = (db: Kysely<DB>, slug: string): Promise<PracticeListRow | undefined> =>
  db.selectFrom('practices').innerJoin('units', 'units.id', 'practices.unit_id').selectAll('practices').select('units.name as unit_name')
    .where('practices.slug', '=', slug).where('practices.status', '=', 'published').executeTakeFirst();

export async function insertPractice(db: Kysely<DB>, row: Insertable<PracticeTable>): Promise<void> {
  await db.insertInto('practices').values(row).execute();
}

export async function updatePractice(db: Kysely<DB>, id: string, patch: Updateable<PracticeTable>, fromStatus?: string): Promise<number> {
  let q = db.updateTable('practices').set(patch).where('id', '=', id);
  if (fromStatus) q = q.where('status', '=', fromStatus);
  return Number((await q.executeTakeFirst()).numUpdatedRows);
}

export async function replaceTags(db: Kysely<DB>, id: string, tags: readonly string[]): Promise<void> {
  await db.deleteFrom('practice_tags').where('practice_id', '=', id).execute();
  if (tags.length) await db.insertInto('practice_tags').values(tags.map((tag) => ({ practice_id: id, tag }))).execute();
}

export async function replaceAwards(db: Kysely<DB>, id: string, awardIds: readonly string[]): Promise<void> {
  await db.deleteFrom('practice_awards').where('practice_id', '=', id).execute();
  if (awardIds.length) await db.insertInto('practice_awards').values(awardIds.map((award_id) => ({ practice_id: id, award_id }))).execute();
}

export const tagsOf = (db: Kysely<DB>, ids: readonly string[]) =>
  ids.length ? db.selectFrom('practice_tags').select(['practice_id', 'tag']).where('practice_id', 'in', ids).orderBy('tag').execute() : Promise.resolve([]);

export const awardsOf = (db: Kysely<DB>, id: string) =>
  db.selectFrom('practice_awards').innerJoin('awards', 'awards.id', 'practice_awards.award_id')
    .select(['awards.id', 'awards.subject_name', 'awards.award_type', 'awards.year', 'awards.decision_number', 'awards.decision_date', 'awards.revoked'])
    .where('practice_awards.practice_id', '=', id).orderBy('awards.year', 'desc').execute();

export const filesOf = (db: Kysely<DB>, id: string) =>
  db.selectFrom('practice_files').innerJoin('stored_files', 'stored_files.id', 'practice_files.file_id')
    .select(['practice_files.file_id', 'practice_files.kind', 'practice_files.caption', 'stored_files.name', 'stored_files.mime', 'stored_files.size'])
    .where('practice_files.practice_id', '=', id).orderBy('practice_files.order_no').execute();

export async function addFile(db: Kysely<DB>, practiceId: string, fileId: string, kind: string, caption: string | null): Promise<void> {
  const last = await db.selectFrom('practice_files').select(sql<number>`coalesce(max(order_no), 0)`.as('n')).where('practice_id', '=', practiceId).executeTakeFirstOrThrow();
  await db.insertInto('practice_files').values({ practice_id: practiceId, file_id: fileId, kind, caption, order_no: Number(last.n) + 1 }).execute();
}

export async function removeFile(db: Kysely<DB>, practiceId: string, fileId: string): Promise<number> {
  return Number((await db.deleteFrom('practice_files').where('practice_id', '=', practiceId).where('file_id', '=', fileId).executeTakeFirst()).numDeletedRows);
}

/** Published items sharing the field or a tag, most shared tags first. */
export function relatedPractices(db: Kysely<DB>, p: { id: string; field: string; tags: readonly string[] }, limit: number): Promise<PracticeListRow[]> {
  const q = db.selectFrom('practices').innerJoin('units', 'units.id', 'practices.unit_id').selectAll('practices').select('units.name as unit_name')
    .where('practices.status', '=', 'published').where('practices.id', '!=', p.id);
  if (!p.tags.length) return q.where('practices.field', '=', p.field).orderBy('practices.published_at', 'desc').limit(limit).execute();
  const shared = sql<number>`(select count(*) from practice_tags t where t.practice_id = practices.id and t.tag in (${sql.join(p.tags)}))`;
  return q.where((eb) => eb.or([eb('practices.field', '=', p.field), eb(shared, '>', 0)]))
    .orderBy(shared, 'desc').orderBy('practices.published_at', 'desc').limit(limit).execute();
}

/** A stored file belongs to a published item (public), and to which item. */
export const publishedFileOwner = (db: Kysely<DB>, fileId: string) =>
  db.selectFrom('practice_files').innerJoin('practices', 'practices.id', 'practice_files.practice_id')
    .select('practices.id').where('practice_files.file_id', '=', fileId).where('practices.status', '=', 'published').executeTakeFirst();

export const fileOfPractice = (db: Kysely<DB>, practiceId: string, fileId: string) =>
  db.selectFrom('practice_files').select('file_id').where('practice_id', '=', practiceId).where('file_id', '=', fileId).executeTakeFirst();
