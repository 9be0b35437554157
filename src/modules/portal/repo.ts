/** The few reads only the portal needs (the rest comes from the modules' own repositories). */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/** The authority's root unit: its name heads the portal. */
export const rootUnit = (db: Kysely<DB>) =>
  db.selectFrom('units').select(['id', 'name']).where('parent_id', 'is', null).orderBy('created_at').limit(1).executeTakeFirst();

/** The movement the home page shows: this year's regular one, else the latest launched one. */
export const currentMovement = (db: Kysely<DB>, year: number) =>
  db.selectFrom('movements').selectAll().where('kind', '=', 'regular').where('year', '<=', year)
    .orderBy('year', 'desc').orderBy('directive_date', 'desc').limit(1).executeTakeFirst();

export const movementByCode = (db: Kysely<DB>, code: string) =>
  db.selectFrom('movements').selectAll().where('code', '=', code).executeTakeFirst();

export const listPublicMovements = (db: Kysely<DB>) =>
  db.selectFrom('movements').select(['code', 'title', 'year', 'directive_number', 'directive_date', 'status']).where('status', '!=', 'draft')
    .orderBy('year', 'desc').execute();

export const documentWithMovement = (db: Kysely<DB>, id: string) =>
  db.selectFrom('movement_documents').innerJoin('movements', 'movements.id', 'movement_documents.movement_id')
    .selectAll('movement_documents').select(['movements.code as movement_code', 'movements.title as movement_title'])
    .where('movement_documents.id', '=', id).executeTakeFirst();

export const fileContent = (db: Kysely<DB>, id: string) =>
  db.selectFrom('stored_files').select(['name', 'mime', 'content']).where('id', '=', id).executeTakeFirst();
