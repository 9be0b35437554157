import { sql, type Kysely } from 'kysely';
import { containsFolded, countAll } from '../../db/dialect.js';
import type { DB, MovementRow } from '../../db/schema.js';

/** `folded`: a folded query matched anywhere in code, name, theme or directive number (`movementSearchText`). */
export const listMovements = (db: Kysely<DB>, year?: number, folded?: string): Promise<MovementRow[]> => {
  let q = db.selectFrom('movements').selectAll();
  if (year !== undefined) q = q.where('year', '=', year);
  if (folded) q = q.where(containsFolded(sql.ref('search'), folded));
  return q.orderBy('year', 'desc').orderBy('directive_date', 'desc').execute();
};

export const findMovement = (db: Kysely<DB>, id: string) => db.selectFrom('movements').selectAll().where('id', '=', id).executeTakeFirst();

/** The year's regular (annual) movement: the one whose targets the public dashboard shows. */
export const findRegularMovementOfYear = (db: Kysely<DB>, year: number) =>
  db.selectFrom('movements').selectAll().where('year', '=', year).where('kind', '=', 'regular').orderBy('directive_date').executeTakeFirst();

export const listDocuments = (db: Kysely<DB>, movementId: string) =>
  db.selectFrom('movement_documents').selectAll().where('movement_id', '=', movementId).orderBy('order_no').execute();

/** Units in the movement's scope, with their names, in the tree's order. */
export const listScope = (db: Kysely<DB>, movementId: string) =>
  db.selectFrom('movement_units').innerJoin('units', 'units.id', 'movement_units.unit_id')
    .select(['units.id', 'units.name', 'units.code', 'units.path']).where('movement_units.movement_id', '=', movementId).orderBy('units.path').execute();

export const inScope = async (db: Kysely<DB>, movementId: string, unitId: string): Promise<boolean> =>
  !!(await db.selectFrom('movement_units').select('unit_id').where('movement_id', '=', movementId).where('unit_id', '=', unitId).executeTakeFirst());

export const codeTaken = async (db: Kysely<DB>, code: string, exceptId: string | null): Promise<boolean> => {
  let q = db.selectFrom('movements').select('id').where('code', '=', code);
  if (exceptId) q = q.where('id', '!=', exceptId);
  return !!(await q.executeTakeFirst());
};

export const listRegistrations = (db: Kysely<DB>, movementId: string) =>
  db.selectFrom('movement_registrations').selectAll().where('movement_id', '=', movementId).execute();

export const findRegistration = (db: Kysely<DB>, movementId: string, unitId: string) =>
  db.selectFrom('movement_registrations').selectAll().where('movement_id', '=', movementId).where('unit_id', '=', unitId).executeTakeFirst();

export const listReports = (db: Kysely<DB>, movementId: string, kind: string) =>
  db.selectFrom('movement_reports').selectAll().where('movement_id', '=', movementId).where('kind', '=', kind).execute();

export const findReport = (db: Kysely<DB>, movementId: string, unitId: string, kind: string) =>
  db.selectFrom('movement_reports').selectAll().where('movement_id', '=', movementId).where('unit_id', '=', unitId).where('kind', '=', kind).executeTakeFirst();

export const indicatorCount = async (db: Kysely<DB>, movementId: string): Promise<number> =>
  (await db.selectFrom('indicators').select(countAll.as('n')).where('movement_id', '=', movementId).executeTakeFirst())?.n ?? 0;
