import type { Kysely } from 'kysely';
import type { DB, IndicatorRow } from '../../db/schema.js';
import { countAll } from '../../db/dialect.js';

/** SQL of indicator definitions: bare rows (no joins), for the board's writes. */
type Db = Kysely<DB>;

export const findRow = (db: Db, id: string) => db.selectFrom('indicators').selectAll().where('id', '=', id).executeTakeFirst();

export const findByCode = (db: Db, movementId: string, code: string) =>
  db.selectFrom('indicators').selectAll().where('movement_id', '=', movementId).where('code', '=', code).executeTakeFirst();

export const listRows = (db: Db, movementId: string) =>
  db.selectFrom('indicators').selectAll().where('movement_id', '=', movementId).orderBy('order_no').orderBy('code').execute();

/** Orders count among siblings (the seed numbers a group's parts 1, 2, …): the last one under `parentId`. */
export async function maxOrder(db: Db, movementId: string, parentId: string | null): Promise<number> {
  const r = await db.selectFrom('indicators').select((eb) => eb.fn.max('order_no').as('m')).where('movement_id', '=', movementId)
    .where('parent_id', parentId === null ? 'is' : '=', parentId).executeTakeFirst();
  return Number(r?.m ?? 0);
}

export async function childCount(db: Db, id: string): Promise<number> {
  const r = await db.selectFrom('indicators').select(countAll.as('n')).where('parent_id', '=', id).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Any value ever reported, superseded and returned ones included: they are the indicator's history. */
export async function hasValues(db: Db, id: string): Promise<boolean> {
  return (await db.selectFrom('indicator_values').select('id').where('indicator_id', '=', id).limit(1).executeTakeFirst()) !== undefined;
}

/** Conditional update: only from the version the editor saw. */
export async function updateFrom(db: Db, id: string, seenUpdatedAt: string, patch: Partial<Omit<IndicatorRow, 'id' | 'movement_id'>>): Promise<boolean> {
  const res = await db.updateTable('indicators').set(patch).where('id', '=', id).where('updated_at', '=', seenUpdatedAt).executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
