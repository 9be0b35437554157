/** SQL of news: one query per method. */
import type { Insertable, Kysely, Updateable } from 'kysely';
import { containsFolded, countAll, inSubtree } from '../../db/dialect.js';
import type { DB, NewsRow, NewsTable } from '../../db/schema.js';

export interface NewsFilter {
  folded?: string;
  category?: string;
  status?: string;
  movementId?: string;
  /** Only posts live at this instant (the portal). */
  liveAt?: string;
  /** Unit officers: their subtree's posts in any status, everyone's published ones. */
  visibleTo?: string | null;
  limit: number;
  offset: number;
}

export type NewsListRow = NewsRow & { unit_name: string };

function filtered(db: Kysely<DB>, f: NewsFilter) {
  let q = db.selectFrom('news').innerJoin('units', 'units.id', 'news.unit_id');
  if (f.folded) q = q.where((eb) => containsFolded(eb.ref('news.search'), f.folded!));
  if (f.category) q = q.where('news.category', '=', f.category);
  if (f.status) q = q.where('news.status', '=', f.status);
  if (f.movementId) q = q.where('news.movement_id', '=', f.movementId);
  if (f.liveAt) q = q.where('news.status', '=', 'published').where('news.publish_at', '<=', f.liveAt);
  if (f.visibleTo) {
    const path = f.visibleTo;
    q = q.where((eb) => eb.or([eb('news.status', '=', 'published'), inSubtree(eb.ref('news.unit_path'), path)]));
  }
  return q;
}

/** Newest posting time first; unpublished posts by their last change. */
export const listNews = (db: Kysely<DB>, f: NewsFilter): Promise<NewsListRow[]> =>
  filtered(db, f).selectAll('news').select('units.name as unit_name')
    .orderBy((eb) => eb.fn.coalesce('news.publish_at', 'news.updated_at'), 'desc').orderBy('news.id', 'desc')
    .limit(f.limit).offset(f.offset).execute();

export const countNews = async (db: Kysely<DB>, f: NewsFilter): Promise<number> =>
  (await filtered(db, f).select(countAll.as('n')).executeTakeFirstOrThrow()).n;

export const findNews = (db: Kysely<DB>, id: string): Promise<NewsListRow | undefined> =>
  db.selectFrom('news').innerJoin('units', 'units.id', 'news.unit_id').selectAll('news').select('units.name as unit_name').where('news.id', '=', id).executeTakeFirst();

export const findLiveBySlug = (db: Kysely<DB>, slug: string, at: string): Promise<NewsListRow | undefined> =>
  db.selectFrom('news').innerJoin('units', 'units.id', 'news.unit_id').selectAll('news').select('units.name as unit_name')
    .where('news.slug', '=', slug).where('news.status', '=', 'published').where('news.publish_at', '<=', at).executeTakeFirst();

export async function insertNews(db: Kysely<DB>, row: Insertable<NewsTable>): Promise<void> {
  await db.insertInto('news').values(row).execute();
}

export async function updateNews(db: Kysely<DB>, id: string, patch: Updateable<NewsTable>, fromStatus?: string): Promise<number> {
  let q = db.updateTable('news').set(patch).where('id', '=', id);
  if (fromStatus) q = q.where('status', '=', fromStatus);
  return Number((await q.executeTakeFirst()).numUpdatedRows);
}

/** The cover is public when its post is live. */
export const liveCoverOwner = (db: Kysely<DB>, fileId: string, at: string) =>
  db.selectFrom('news').select('id').where('cover_file_id', '=', fileId).where('status', '=', 'published').where('publish_at', '<=', at).executeTakeFirst();

export const findDocument = (db: Kysely<DB>, id: string) =>
  db.selectFrom('movement_documents').selectAll().where('id', '=', id).executeTakeFirst();
