/** Clusters' and blocks' published rankings over the years (the ranking itself is the clusters module's). */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../auth/actor.js';
import { requirePermission } from '../auth/policy.js';
import { results } from '../clusters/results.js';
import { rankingsOverYears, type RankingSeries, type YearRanking } from './domain/rankings.js';

export const KIND_LABELS: Record<string, string> = { cluster: 'Cụm thi đua', block: 'Khối thi đua' };

/**
 * Only published results: those any signed-in user may read (before publication a ranking is the
 * leader's and the board's working data). A cluster is the same from year to year by kind and name.
 */
export async function clusterRankingsReport(db: Kysely<DB>, actor: Actor, q: { yearFrom?: number; yearTo?: number }): Promise<RankingSeries[]> {
  requirePermission(actor, 'reports.read');
  let query = db.selectFrom('clusters').select(['id', 'kind', 'search']).where('published_at', 'is not', null);
  if (q.yearFrom) query = query.where('year', '>=', q.yearFrom);
  if (q.yearTo) query = query.where('year', '<=', q.yearTo);
  const clusters = await query.orderBy('year').execute();
  const items: YearRanking[] = [];
  for (const c of clusters) {
    const r = await results(db, actor, c.id);
    items.push({ key: `${c.kind}|${c.search}`, kind: c.kind, name: r.cluster.name, year: r.cluster.year, rows: r.rows.map((x) => ({ unitId: x.unit.id, unitName: x.unit.name, rank: x.rank })) });
  }
  return rankingsOverYears(items);
}
