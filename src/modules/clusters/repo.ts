/** SQL of clusters and blocks: one query per function. */
import type { Kysely } from 'kysely';
import type { ClusterCriterionRow, DB } from '../../db/schema.js';
import type { CriteriaGroup, Criterion, CriterionKind, CriterionSource, Template } from './domain/template.js';

type Db = Kysely<DB>;

export const findCluster = (db: Db, id: string) => db.selectFrom('clusters').selectAll().where('id', '=', id).executeTakeFirst();

export const listClusters = (db: Db, year: number) =>
  db.selectFrom('clusters').selectAll().where('year', '=', year).orderBy('kind').orderBy('name').execute();

export const listMembers = (db: Db, clusterId: string) =>
  db.selectFrom('cluster_members').innerJoin('units', 'units.id', 'cluster_members.unit_id')
    .select(['units.id', 'units.code', 'units.name', 'units.path']).where('cluster_members.cluster_id', '=', clusterId).orderBy('units.name').execute();

export const memberCounts = (db: Db, clusterIds: string[]) =>
  clusterIds.length === 0 ? Promise.resolve([]) : db.selectFrom('cluster_members').select(['cluster_id', 'unit_id']).where('cluster_id', 'in', clusterIds).execute();

/** Clusters of the same year and kind that already hold one of these units (a unit sits in one cluster and one block a year). */
export const clustersHolding = (db: Db, year: number, kind: string, unitIds: string[], exceptId: string | null) => {
  if (unitIds.length === 0) return Promise.resolve([]);
  let q = db.selectFrom('cluster_members').innerJoin('clusters', 'clusters.id', 'cluster_members.cluster_id')
    .select(['cluster_members.unit_id', 'clusters.name']).where('clusters.year', '=', year).where('clusters.kind', '=', kind).where('cluster_members.unit_id', 'in', unitIds);
  if (exceptId) q = q.where('clusters.id', '!=', exceptId);
  return q.execute();
};

export const listCriteriaRows = (db: Db, clusterId: string) =>
  db.selectFrom('cluster_criteria').selectAll().where('cluster_id', '=', clusterId).orderBy('order_no').execute();

export function templateOf(rows: readonly ClusterCriterionRow[]): Template {
  const groups = rows.filter((r) => r.group_id === null).map((g): CriteriaGroup => ({ id: g.id, code: g.code, title: g.title, criteria: [] }));
  const byId = new Map(groups.map((g) => [g.id, g]));
  for (const r of rows) {
    if (r.group_id === null) continue;
    const c: Criterion = {
      id: r.id, code: r.code, title: r.title, guidance: r.guidance, evidence: r.evidence, kind: r.kind as CriterionKind,
      source: r.source as CriterionSource, maxPoints: r.max_points,
    };
    byId.get(r.group_id)?.criteria.push(c);
  }
  return groups;
}

export const loadTemplate = async (db: Db, clusterId: string): Promise<Template> => templateOf(await listCriteriaRows(db, clusterId));

export async function replaceTemplate(db: Db, clusterId: string, t: Template): Promise<void> {
  const keep = t.flatMap((g) => [g.id, ...g.criteria.map((c) => c.id)]);
  let del = db.deleteFrom('cluster_criteria').where('cluster_id', '=', clusterId);
  if (keep.length) del = del.where('id', 'not in', keep);
  await del.execute();
  let order = 0;
  for (const g of t) {
    const rows = [
      { id: g.id, group_id: null, code: g.code, title: g.title, guidance: '', evidence: '', kind: 'group', source: 'manual', max_points: 0 },
      ...g.criteria.map((c) => ({ id: c.id, group_id: g.id, code: c.code, title: c.title, guidance: c.guidance, evidence: c.evidence, kind: c.kind, source: c.source, max_points: c.maxPoints })),
    ];
    for (const r of rows) {
      const values = { ...r, cluster_id: clusterId, order_no: ++order };
      await db.insertInto('cluster_criteria').values(values)
        .onConflict((oc) => oc.column('id').doUpdateSet({ group_id: r.group_id, code: r.code, title: r.title, guidance: r.guidance, evidence: r.evidence, kind: r.kind, source: r.source, max_points: r.max_points, order_no: order }))
        .execute();
    }
  }
}

export const findScorecard = (db: Db, clusterId: string, unitId: string) =>
  db.selectFrom('scorecards').selectAll().where('cluster_id', '=', clusterId).where('unit_id', '=', unitId).executeTakeFirst();

export const listScorecards = (db: Db, clusterId: string) => db.selectFrom('scorecards').selectAll().where('cluster_id', '=', clusterId).execute();

export const listScores = (db: Db, scorecardIds: string[]) =>
  scorecardIds.length === 0 ? Promise.resolve([]) : db.selectFrom('scorecard_scores').selectAll().where('scorecard_id', 'in', scorecardIds).execute();

export const listTallies = (db: Db, clusterId: string) => db.selectFrom('cluster_vote_tallies').selectAll().where('cluster_id', '=', clusterId).execute();
export const listBallots = (db: Db, clusterId: string) => db.selectFrom('cluster_ballots').select(['unit_id', 'cast_at']).where('cluster_id', '=', clusterId).execute();

/** Clusters and blocks a unit leads in a year, with their member units (for the proposal scope in policy.ts). */
export async function leadClusters(db: Db, leaderUnitId: string, year: number) {
  const clusters = await db.selectFrom('clusters').select(['id', 'leader_unit_id']).where('leader_unit_id', '=', leaderUnitId).where('year', '=', year).execute();
  const members = clusters.length ? await memberCounts(db, clusters.map((c) => c.id)) : [];
  return clusters.map((c) => ({ ...c, memberUnitIds: members.filter((m) => m.cluster_id === c.id).map((m) => m.unit_id) }));
}

export const CLUSTER_PROPOSAL_ACTION = 'cluster.proposal';

/**
 * The proposal drawn up from a cluster's vote, if any. The link is the audit entry written in the
 * proposal's own creating transaction (no column for it), so it exists exactly when the proposal does.
 */
export async function findClusterProposal(db: Db, clusterId: string) {
  const link = await db.selectFrom('audit_log').select('after_json').where('entity', '=', 'cluster').where('entity_id', '=', clusterId)
    .where('action', '=', CLUSTER_PROPOSAL_ACTION).orderBy('seq').limit(1).executeTakeFirst();
  const id = link?.after_json ? (JSON.parse(link.after_json) as { proposalId: string }).proposalId : null;
  return id ? db.selectFrom('proposals').select(['id', 'title', 'state']).where('id', '=', id).executeTakeFirst() : undefined;
}
