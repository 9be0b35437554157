import { sql, type Kysely } from 'kysely';
import { containsFolded, countAll, inSubtree } from '../../db/dialect.js';
import type { DB, NewUnit, UnitRow, UnitUpdate } from '../../db/schema.js';

export interface UnitFilter {
  scopePath: string | null;
  folded?: string;
  parentId?: string;
  kind?: string;
  includeInactive?: boolean;
  limit: number;
  offset: number;
}

function filtered(db: Kysely<DB>, f: UnitFilter) {
  let q = db.selectFrom('units');
  if (f.scopePath) q = q.where((eb) => inSubtree(eb.ref('path'), f.scopePath!));
  if (f.folded) q = q.where((eb) => containsFolded(eb.ref('search'), f.folded!));
  if (f.parentId) q = q.where('parent_id', '=', f.parentId);
  if (f.kind) q = q.where('kind', '=', f.kind);
  if (!f.includeInactive) q = q.where('active', '=', 1);
  return q;
}

export async function listUnits(db: Kysely<DB>, f: UnitFilter): Promise<{ items: UnitRow[]; total: number }> {
  const items = await filtered(db, f).selectAll().orderBy('path').limit(f.limit).offset(f.offset).execute();
  const { n } = await filtered(db, f).select(countAll.as('n')).executeTakeFirstOrThrow();
  return { items, total: n };
}

export const findUnit = (db: Kysely<DB>, id: string): Promise<UnitRow | undefined> =>
  db.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirst();

export const findUnitByCode = (db: Kysely<DB>, code: string): Promise<UnitRow | undefined> =>
  db.selectFrom('units').selectAll().where('code', '=', code).executeTakeFirst();

export async function insertUnit(db: Kysely<DB>, unit: NewUnit): Promise<void> {
  await db.insertInto('units').values(unit).execute();
}

export async function updateUnit(db: Kysely<DB>, id: string, patch: UnitUpdate): Promise<void> {
  await db.updateTable('units').set(patch).where('id', '=', id).execute();
}

/** Re-roots a moved subtree: every descendant's path prefix and depth follow its new parent. */
export async function movePaths(db: Kysely<DB>, oldPrefix: string, newPrefix: string, depthDelta: number): Promise<void> {
  await db
    .updateTable('units')
    .set({
      path: sql<string>`${newPrefix} || substr(path, ${oldPrefix.length + 1})`,
      depth: sql<number>`depth + ${depthDelta}`,
    })
    .where((eb) => inSubtree(eb.ref('path'), oldPrefix))
    .execute();
}

/** The root of the tree a unit belongs to: the authority the deployment serves (e.g. "Tỉnh Kon Tum"). */
export async function findRootOf(db: Kysely<DB>, unitId: string): Promise<UnitRow | undefined> {
  const unit = await findUnit(db, unitId);
  const rootId = unit?.path.split('/')[1];
  return rootId ? findUnit(db, rootId) : undefined;
}
