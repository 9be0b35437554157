import type { Kysely } from 'kysely';
import type { DB, MovementRow } from '../../db/schema.js';

export const listMovements = (db: Kysely<DB>, year?: number): Promise<MovementRow[]> => {
  let q = db.selectFrom('movements').selectAll();
  if (year !== undefined) q = q.where('year', '=', year);
  return q.orderBy('year', 'desc').orderBy('directive_date', 'desc').execute();
};

export const findMovement = (db: Kysely<DB>, id: string) => db.selectFrom('movements').selectAll().where('id', '=', id).executeTakeFirst();

/** The year's regular (annual) movement: the one whose targets the public dashboard shows. */
export const findRegularMovementOfYear = (db: Kysely<DB>, year: number) =>
  db.selectFrom('movements').selectAll().where('year', '=', year).where('kind', '=', 'regular').orderBy('directive_date').executeTakeFirst();

export const listDocuments = (db: Kysely<DB>, movementId: string) =>
  db.selectFrom('movement_documents').selectAll().where('movement_id', '=', movementId).orderBy('order_no').execute();
