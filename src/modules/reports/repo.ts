/** The one count the registry's summary does not group by: people only (gender set), by leader flag. */
import { sql, type Kysely } from 'kysely';
import { inSubtree, sumAsInteger } from '../../db/dialect.js';
import type { DB } from '../../db/schema.js';

export async function leaderCounts(db: Kysely<DB>, f: { rootPath: string; yearFrom?: number; yearTo?: number; awardTypes?: readonly string[] }) {
  let q = db.selectFrom('award_stats').innerJoin('units', 'units.id', 'award_stats.unit_id')
    .where((eb) => inSubtree(eb.ref('units.path'), f.rootPath))
    .where('award_stats.revoked', '=', 0)
    // Collectives and households have no gender in the summary: they are neither leaders nor workers.
    .where('award_stats.gender', '!=', '');
  if (f.yearFrom !== undefined) q = q.where('award_stats.year', '>=', f.yearFrom);
  if (f.yearTo !== undefined) q = q.where('award_stats.year', '<=', f.yearTo);
  if (f.awardTypes) q = q.where('award_stats.award_type', 'in', f.awardTypes);
  return q.select(['award_stats.is_leader', sumAsInteger(sql.ref('award_stats.count')).as('count')]).groupBy('award_stats.is_leader').execute();
}
