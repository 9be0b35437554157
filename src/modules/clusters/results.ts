/** Results of a cluster's year: the ranking, its publication, the vote, and the proposal drawn from it. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { nowIso } from '../../lib/ids.js';
import { badField, badInput, conflict, forbidden } from '../../server/errors.js';
import { recordAudit } from '../audit/audit.js';
import type { Actor } from '../auth/actor.js';
import { actsForBoard, actsForUnit, hasPermission, leadsCluster, proposalSides, requirePermission, seesWholeTree } from '../auth/policy.js';
import { notify } from '../notifications/notify.js';
import { addNominees, createProposal } from '../proposals/service.js';
import { clusterNominations } from './domain/proposal.js';
import { rank } from './domain/ranking.js';
import type { ScorecardStatus } from './domain/scorecard.js';
import { totals, type Totals } from './domain/scoring.js';
import { baseMaximum } from './domain/template.js';
import { ballotProblems, certificateQuota, voteResult } from './domain/votes.js';
import * as repo from './repo.js';
import { clusterOr404, KIND_TEXT, scoreMap, type ClusterKind, type Ctx } from './service.js';

type Db = Kysely<DB>;

export interface RankingRow {
  rank: number | null;
  decidedBy: string;
  unit: { id: string; name: string };
  status: ScorecardStatus;
  totals: Totals | null;
}

/** Ranking over approved scorecards; before publication only the leader and the board see it. */
export async function results(db: Db, actor: Actor, clusterId: string) {
  const cluster = await clusterOr404(db, clusterId);
  if (!cluster.published_at && !seesWholeTree(actor) && !(hasPermission(actor, 'clusters.assess') && leadsCluster(actor, cluster.leader_unit_id))) throw forbidden();
  const [members, template, cards] = await Promise.all([repo.listMembers(db, clusterId), repo.loadTemplate(db, clusterId), repo.listScorecards(db, clusterId)]);
  const scores = await repo.listScores(db, cards.map((s) => s.id));
  const cardOf = new Map(cards.map((s) => [s.unit_id, s]));
  const byCard = new Map<string, typeof scores>();
  for (const s of scores) byCard.set(s.scorecard_id, [...(byCard.get(s.scorecard_id) ?? []), s]);
  const scoresOf = (cardId: string) => scoreMap(byCard.get(cardId) ?? []);
  const approved = members.filter((m) => cardOf.get(m.id)?.status === 'approved').map((m) => ({ unit: m, totals: totals(template, scoresOf(cardOf.get(m.id)!.id)) }));
  const ranked = rank(approved, (x) => x.totals, (x) => x.unit.name);
  const rows: RankingRow[] = [
    ...ranked.map((r) => ({ rank: r.rank, decidedBy: r.decidedBy, unit: { id: r.item.unit.id, name: r.item.unit.name }, status: 'approved' as const, totals: r.item.totals })),
    ...members.filter((m) => cardOf.get(m.id)?.status !== 'approved').map((m) => ({ rank: null, decidedBy: '', unit: { id: m.id, name: m.name }, status: (cardOf.get(m.id)?.status ?? 'draft') as ScorecardStatus, totals: null })),
  ];
  return {
    cluster: { id: cluster.id, name: cluster.name, year: cluster.year, kind: cluster.kind, publishedAt: cluster.published_at },
    maximum: baseMaximum(template), complete: approved.length === members.length && members.length > 0, rows,
    canPublish: actsForBoard(actor) && !cluster.published_at && approved.length === members.length && members.length > 0,
  };
}

export async function publish(c: Ctx, clusterId: string) {
  requirePermission(c.actor, 'clusters.approve');
  const r = await results(c.db, c.actor, clusterId);
  if (r.cluster.publishedAt) throw conflict('kết quả đã được công bố');
  if (!r.complete) throw badField('scorecards', `Còn ${r.rows.filter((x) => x.rank === null).length} đơn vị chưa được phê duyệt phiếu chấm điểm`);
  await c.db.transaction().execute(async (trx) => {
    const now = nowIso();
    const changed = await trx.updateTable('clusters').set({ published_at: now, updated_at: now }).where('id', '=', clusterId).where('published_at', 'is', null).executeTakeFirst();
    if (Number(changed.numUpdatedRows) !== 1) throw conflict('kết quả đã được công bố');
    await notify(trx, { unitIds: r.rows.map((x) => x.unit.id), title: 'Công bố kết quả chấm điểm thi đua', body: `${r.cluster.name} năm ${r.cluster.year}: xem xếp hạng và bỏ phiếu suy tôn`, link: `/app/cum-khoi/${clusterId}` });
    await recordAudit(trx, c.who, { action: 'cluster.publish', entity: 'cluster', entityId: clusterId, after: r.rows.map((x) => ({ unit: x.unit.id, rank: x.rank, total: x.totals?.total ?? null })) });
  });
  return results(c.db, c.actor, clusterId);
}

/** The vote's state: who voted; the tallies and the proposal once every member has voted (or for the leader and the board). */
export async function votes(db: Db, actor: Actor, clusterId: string) {
  const cluster = await clusterOr404(db, clusterId);
  requirePermission(actor, 'org.read');
  const [members, ballots, tallies] = await Promise.all([repo.listMembers(db, clusterId), repo.listBallots(db, clusterId), repo.listTallies(db, clusterId)]);
  const member = members.some((m) => m.id === actor.unitId);
  if (!member && !seesWholeTree(actor) && !leadsCluster(actor, cluster.leader_unit_id)) throw forbidden();
  const quota = certificateQuota(members.length);
  const done = ballots.length === members.length;
  const mayTally = done || seesWholeTree(actor) || leadsCluster(actor, cluster.leader_unit_id);
  const ranking = cluster.published_at ? (await results(db, actor, clusterId)).rows : [];
  const rankOf = (u: string) => ranking.find((r) => r.unit.id === u)?.rank ?? Number.MAX_SAFE_INTEGER;
  const tally = tallies.map((t) => ({ unitId: t.unit_id, leading: t.leading, certificates: t.certificates }));
  const name = (id: string) => members.find((m) => m.id === id)?.name ?? '';
  const result = voteResult(tally, rankOf, quota);
  return {
    open: !!cluster.published_at, quota, members: members.length, cast: ballots.length, done,
    voted: members.map((m) => ({ unit: { id: m.id, name: m.name }, voted: ballots.some((b) => b.unit_id === m.id) })),
    tallies: mayTally ? members.map((m) => ({ unit: { id: m.id, name: m.name }, leading: tallies.find((t) => t.unit_id === m.id)?.leading ?? 0, certificates: tallies.find((t) => t.unit_id === m.id)?.certificates ?? 0 })) : null,
    result: mayTally ? { leading: result.leading ? { id: result.leading, name: name(result.leading) } : null, certificates: result.certificates.map((id) => ({ id, name: name(id) })) } : null,
    // The proposal drawn up from this vote, for whoever leads the cluster; drawing it up also takes the
    // proposing unit's side of the workflow (its officers, admins), which the Board's role does not.
    proposal: leadsCluster(actor, cluster.leader_unit_id) ? (await repo.findClusterProposal(db, clusterId)) ?? null : null,
    mayDraftProposal: leadsCluster(actor, cluster.leader_unit_id) && proposalSides(actor, members.find((m) => m.id === cluster.leader_unit_id)?.path ?? '').includes('unit'),
  };
}

/** One secret ballot per member unit, after publication; only the counts change. */
export async function castBallot(c: Ctx, clusterId: string, input: { unitId: string; leading: string; certificates: string[] }) {
  const cluster = await clusterOr404(c.db, clusterId);
  if (!actsForUnit(c.actor, 'clusters.score', input.unitId)) throw forbidden();
  const members = await repo.listMembers(c.db, clusterId);
  const ids = new Set(members.map((m) => m.id));
  if (!ids.has(input.unitId)) throw badField('unitId', 'Đơn vị bỏ phiếu phải là thành viên của cụm, khối');
  if (!cluster.published_at) throw conflict('chưa công bố kết quả chấm điểm; chưa bỏ phiếu được');
  const problems = ballotProblems({ leading: input.leading, certificates: input.certificates }, ids, certificateQuota(members.length));
  if (problems.length) throw badInput(problems);
  await c.db.transaction().execute(async (trx) => {
    if (await trx.selectFrom('cluster_ballots').select('unit_id').where('cluster_id', '=', clusterId).where('unit_id', '=', input.unitId).executeTakeFirst()) {
      throw conflict('đơn vị đã bỏ phiếu');
    }
    await trx.insertInto('cluster_ballots').values({ cluster_id: clusterId, unit_id: input.unitId, cast_by: c.actor.userId, cast_at: nowIso() }).execute();
    const bump = async (unitId: string, field: 'leading' | 'certificates') => {
      await trx.insertInto('cluster_vote_tallies').values({ cluster_id: clusterId, unit_id: unitId, leading: field === 'leading' ? 1 : 0, certificates: field === 'certificates' ? 1 : 0 })
        .onConflict((oc) => oc.columns(['cluster_id', 'unit_id']).doUpdateSet((eb) => ({ [field]: eb(eb.ref(`cluster_vote_tallies.${field}`), '+', 1) })))
        .execute();
    };
    await bump(input.leading, 'leading');
    for (const u of input.certificates) await bump(u, 'certificates');
    // The audit names the voting unit but not its choices: the ballot is secret.
    await recordAudit(trx, c.who, { action: 'cluster.ballot', entity: 'cluster', entityId: clusterId, after: { unitId: input.unitId } });
  });
  return votes(c.db, c.actor, clusterId);
}


/**
 * "Lập hồ sơ đề nghị": the published, completed vote becomes a draft year-end proposal of the cluster's
 * leader unit, through the proposals use cases (eligibility, audit, versions). Once per cluster.
 */
export async function draftProposal(c: Ctx, clusterId: string) {
  const cluster = await clusterOr404(c.db, clusterId);
  if (!leadsCluster(c.actor, cluster.leader_unit_id)) throw forbidden();
  if (!cluster.leader_unit_id) throw badField('leaderUnitId', `${cluster.name} chưa có đơn vị trưởng ${KIND_TEXT[cluster.kind as ClusterKind]}; hồ sơ đề nghị do đơn vị trưởng lập`);
  const existing = await repo.findClusterProposal(c.db, clusterId);
  if (existing) throw conflict(`${cluster.name} đã có hồ sơ đề nghị "${existing.title}"`);
  if (!cluster.published_at) throw conflict('kết quả chấm điểm chưa được công bố; chưa lập hồ sơ đề nghị được');
  const v = await votes(c.db, c.actor, clusterId);
  if (!v.done || !v.result?.leading) throw conflict(`mới có ${v.cast}/${v.members} đơn vị bỏ phiếu suy tôn; lập hồ sơ khi tất cả đã bỏ phiếu`);
  const r = await results(c.db, c.actor, clusterId);
  const nominations = clusterNominations({
    clusterName: cluster.name, year: cluster.year, members: v.members, maximum: r.maximum,
    leading: v.result.leading.id, certificates: v.result.certificates.map((u) => u.id),
    ranking: r.rows.map((x) => ({ unitId: x.unit.id, rank: x.rank, total: x.totals?.total ?? null })),
    tallies: (v.tallies ?? []).map((t) => ({ unitId: t.unit.id, leading: t.leading, certificates: t.certificates })),
  });
  const draft = await createProposal(c, {
    unitId: cluster.leader_unit_id, title: `Đề nghị khen thưởng ${cluster.name} năm ${cluster.year}`, round: 'year_end', procedure: 'regular', year: cluster.year,
    note: `Lập từ kết quả bình xét, suy tôn của ${cluster.name} năm ${cluster.year}.`,
  }, async (trx, proposalId) => {
    // Checked again under the creating transaction (the audit append serializes writers): one proposal per cluster.
    const taken = await repo.findClusterProposal(trx, clusterId);
    if (taken) throw conflict(`${cluster.name} đã có hồ sơ đề nghị "${taken.title}"`);
    await recordAudit(trx, c.who, { action: repo.CLUSTER_PROPOSAL_ACTION, entity: 'cluster', entityId: clusterId, after: { proposalId } });
  });
  const inputs = nominations.map((n) => ({ subjectKind: 'collective' as const, unitId: n.unitId, awardType: n.awardType, achievements: n.achievements }));
  return addNominees(c, draft.proposal.id, draft.proposal.version, inputs, (i) => `nominees.${i}.`);
}
