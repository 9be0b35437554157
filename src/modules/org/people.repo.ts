import type { Kysely } from 'kysely';
import { containsFolded, countAll, inSubtree } from '../../db/dialect.js';
import type { DB, NewPerson, PersonRow } from '../../db/schema.js';

export interface PersonFilter {
  scopePath: string | null;
  folded?: string;
  includeInactive?: boolean;
  limit: number;
  offset: number;
}

function filtered(db: Kysely<DB>, f: PersonFilter) {
  let q = db.selectFrom('people').innerJoin('units', 'units.id', 'people.unit_id');
  if (f.scopePath) q = q.where((eb) => inSubtree(eb.ref('units.path'), f.scopePath!));
  if (f.folded) q = q.where((eb) => containsFolded(eb.ref('people.search'), f.folded!));
  if (!f.includeInactive) q = q.where('people.active', '=', 1);
  return q;
}

export async function listPeople(db: Kysely<DB>, f: PersonFilter) {
  const items = await filtered(db, f)
    .selectAll('people')
    .select(['units.name as unit_name'])
    .orderBy('people.search')
    .orderBy('people.id')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  const { n } = await filtered(db, f).select(countAll.as('n')).executeTakeFirstOrThrow();
  return { items, total: n };
}

/** Many people with their unit's name and path; the caller keeps the list under the bound-parameter limit. */
export const findPeople = (db: Kysely<DB>, ids: readonly string[]) =>
  ids.length ? db.selectFrom('people').innerJoin('units', 'units.id', 'people.unit_id').selectAll('people').select(['units.name as unit_name', 'units.path as unit_path']).where('people.id', 'in', ids).execute() : Promise.resolve([]);

export const findPerson = async (db: Kysely<DB>, id: string) => (await findPeople(db, [id]))[0];

export async function insertPerson(db: Kysely<DB>, p: NewPerson): Promise<void> {
  await db.insertInto('people').values(p).execute();
}

export async function updatePerson(db: Kysely<DB>, id: string, patch: Partial<PersonRow>): Promise<void> {
  await db.updateTable('people').set(patch).where('id', '=', id).execute();
}
