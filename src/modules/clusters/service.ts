/**
 * Clusters and blocks (cụm, khối thi đua) per year: membership, leader and deputy, the pact, the
 * scoring template and the scorecards (results, the vote and the proposal are in results.ts). Who may do what is decided in policy.ts:
 * the board everywhere; a cluster leader only in the cluster its unit leads that year; a member
 * unit only on its own scorecard and ballot, and never on another's before publication.
 */
import type { Kysely } from 'kysely';
import type { ClusterRow, DB, ScorecardRow } from '../../db/schema.js';
import { newId, nowIso } from '../../lib/ids.js';
import { foldVietnamese, normalizeInput } from '../../lib/text.js';
import { badField, badInput, conflict, forbidden, notFound, type ErrorDetail } from '../../server/errors.js';
import { recordAudit, type AuditWho } from '../audit/audit.js';
import type { Actor } from '../auth/actor.js';
import { actsForBoard, actsForUnit, hasPermission, leadsCluster, requirePermission, seesWholeTree } from '../auth/policy.js';
import { isRealDate } from '../awards/settings/service.js';
import { findRegularMovementOfYear } from '../movements/repo.js';
import { notify } from '../notifications/notify.js';
import { evaluateOne } from '../targets/dashboard.js';
import { listIndicators } from '../targets/repo.js';
import { transition, unitMayEdit, type Party, type ScorecardAction, type ScorecardStatus } from './domain/scorecard.js';
import { assessProblems, pointProblem, pointsFromTargets, submitProblems, totals, type Score } from './domain/scoring.js';
import { baseMaximum, criteriaOf, templateProblems, type CriteriaGroup, type Template } from './domain/template.js';
import { certificateQuota } from './domain/votes.js';
import * as repo from './repo.js';

type Db = Kysely<DB>;
export interface Ctx { db: Db; actor: Actor; who: AuditWho }
export const CLUSTER_KINDS = ['cluster', 'block'] as const;
export type ClusterKind = (typeof CLUSTER_KINDS)[number];
export const KIND_TEXT: Record<ClusterKind, string> = { cluster: 'cụm', block: 'khối' };

export async function clusterOr404(db: Db, id: string): Promise<ClusterRow> {
  const c = await repo.findCluster(db, id);
  if (!c) throw notFound('cụm, khối thi đua');
  return c;
}

const presentCluster = (c: ClusterRow, members: Array<{ id: string; code: string; name: string }>, actor: Actor) => ({
  id: c.id, year: c.year, kind: c.kind, name: c.name, isDemo: c.is_demo === 1,
  leaderUnitId: c.leader_unit_id, deputyUnitId: c.deputy_unit_id,
  pact: { number: c.pact_number, date: c.pact_date, fileUrl: c.pact_file_id ? `/api/v1/clusters/${c.id}/pact` : null },
  publishedAt: c.published_at,
  members: members.map((m) => ({ id: m.id, code: m.code, name: m.name })),
  certificateQuota: certificateQuota(members.length),
  me: { leads: leadsCluster(actor, c.leader_unit_id), member: members.some((m) => m.id === actor.unitId), board: actsForBoard(actor) },
});

export async function listClusters(db: Db, actor: Actor, year: number) {
  requirePermission(actor, 'org.read');
  const clusters = await repo.listClusters(db, year);
  const members = await repo.memberCounts(db, clusters.map((c) => c.id));
  const units = await db.selectFrom('units').select(['id', 'name']).where('id', 'in', [...new Set(clusters.flatMap((c) => [c.leader_unit_id, c.deputy_unit_id]).filter((x): x is string => !!x)), '']).execute();
  const name = new Map(units.map((u) => [u.id, u.name]));
  return clusters.map((c) => {
    const mine = members.filter((m) => m.cluster_id === c.id);
    return {
      id: c.id, year: c.year, kind: c.kind, name: c.name, isDemo: c.is_demo === 1, memberCount: mine.length,
      leader: c.leader_unit_id ? { id: c.leader_unit_id, name: name.get(c.leader_unit_id) ?? '' } : null,
      deputy: c.deputy_unit_id ? { id: c.deputy_unit_id, name: name.get(c.deputy_unit_id) ?? '' } : null,
      pact: { number: c.pact_number, date: c.pact_date }, publishedAt: c.published_at,
      me: { leads: leadsCluster(actor, c.leader_unit_id), member: mine.some((m) => m.unit_id === actor.unitId) },
    };
  });
}

export async function getCluster(db: Db, actor: Actor, id: string) {
  requirePermission(actor, 'org.read');
  const c = await clusterOr404(db, id);
  return { ...presentCluster(c, await repo.listMembers(db, id), actor), template: await repo.loadTemplate(db, id) };
}

export interface ClusterInput {
  year: number;
  kind: ClusterKind;
  name: string;
  memberUnitIds: string[];
  leaderUnitId?: string | null;
  deputyUnitId?: string | null;
  pact?: { number?: string | null; date?: string | null; fileId?: string | null };
}

async function checkCluster(db: Db, actor: Actor, input: ClusterInput, exceptId: string | null): Promise<void> {
  const p: ErrorDetail[] = [];
  const members = [...new Set(input.memberUnitIds)];
  if (!normalizeInput(input.name)) p.push({ path: 'name', message: 'Cần tên cụm, khối' });
  if (members.length < 2) p.push({ path: 'memberUnitIds', message: 'Cụm, khối cần ít nhất 2 đơn vị thành viên' });
  const found = members.length ? await db.selectFrom('units').select('id').where('id', 'in', members).execute() : [];
  if (found.length !== members.length) p.push({ path: 'memberUnitIds', message: 'Có đơn vị không tồn tại' });
  for (const [path, u] of [['leaderUnitId', input.leaderUnitId], ['deputyUnitId', input.deputyUnitId]] as const) {
    if (u && !members.includes(u)) p.push({ path, message: 'Phải là một đơn vị thành viên' });
  }
  if (input.leaderUnitId && input.leaderUnitId === input.deputyUnitId) p.push({ path: 'deputyUnitId', message: 'Đơn vị phó cụm, khối phải khác đơn vị trưởng' });
  if (input.pact?.date && !isRealDate(input.pact.date)) p.push({ path: 'pact.date', message: 'Ngày không hợp lệ (YYYY-MM-DD)' });
  if (input.pact?.fileId) {
    const f = await db.selectFrom('stored_files').select('created_by').where('id', '=', input.pact.fileId).executeTakeFirst();
    if (!f || f.created_by !== actor.userId) p.push({ path: 'pact.fileId', message: 'Không tìm thấy tệp đã tải lên' });
  }
  const taken = await repo.clustersHolding(db, input.year, input.kind, members, exceptId);
  if (taken.length) {
    const names = await db.selectFrom('units').select(['id', 'name']).where('id', 'in', taken.map((t) => t.unit_id)).execute();
    p.push({ path: 'memberUnitIds', message: `Đã thuộc ${KIND_TEXT[input.kind]} khác năm ${input.year}: ${taken.map((t) => `${names.find((n) => n.id === t.unit_id)?.name ?? ''} (${t.name})`).join('; ')}` });
  }
  if (p.length) throw badInput(p);
}

const clusterColumns = (input: ClusterInput) => ({
  year: input.year, kind: input.kind, name: normalizeInput(input.name), search: foldVietnamese(input.name),
  leader_unit_id: input.leaderUnitId ?? null, deputy_unit_id: input.deputyUnitId ?? null,
  // A form without the pact (or without its file) leaves the stored one as it is.
  ...(input.pact === undefined ? {} : {
    pact_number: input.pact.number ? normalizeInput(input.pact.number) : null, pact_date: input.pact.date ?? null,
    ...(input.pact.fileId === undefined ? {} : { pact_file_id: input.pact.fileId }),
  }),
});

async function writeMembers(trx: Db, id: string, unitIds: string[]): Promise<void> {
  await trx.deleteFrom('cluster_members').where('cluster_id', '=', id).execute();
  const members = [...new Set(unitIds)];
  for (let i = 0; i < members.length; i += 400) await trx.insertInto('cluster_members').values(members.slice(i, i + 400).map((unit_id) => ({ cluster_id: id, unit_id }))).execute();
}

export async function createCluster(c: Ctx, input: ClusterInput, opts: { demo?: boolean } = {}) {
  requirePermission(c.actor, 'clusters.manage');
  await checkCluster(c.db, c.actor, input, null);
  const id = newId();
  const now = nowIso();
  await c.db.transaction().execute(async (trx) => {
    if (await trx.selectFrom('clusters').select('id').where('year', '=', input.year).where('name', '=', normalizeInput(input.name)).executeTakeFirst()) {
      throw badField('name', `Năm ${input.year} đã có cụm, khối tên "${input.name}"`);
    }
    await trx.insertInto('clusters').values({ id, pact_number: null, pact_date: null, pact_file_id: null, ...clusterColumns(input), is_demo: opts.demo ? 1 : 0, published_at: null, created_at: now, updated_at: now }).execute();
    await writeMembers(trx, id, input.memberUnitIds);
    await recordAudit(trx, c.who, { action: 'cluster.create', entity: 'cluster', entityId: id, after: input });
  });
  return getCluster(c.db, c.actor, id);
}

export async function updateCluster(c: Ctx, id: string, input: ClusterInput) {
  requirePermission(c.actor, 'clusters.manage');
  const before = await clusterOr404(c.db, id);
  if (before.published_at) throw conflict('kết quả đã công bố; không sửa thành viên được');
  await checkCluster(c.db, c.actor, input, id);
  await c.db.transaction().execute(async (trx) => {
    const cards = await repo.listScorecards(trx, id);
    const leaving = cards.filter((s) => !input.memberUnitIds.includes(s.unit_id));
    if (leaving.length) throw badField('memberUnitIds', 'Không thể bỏ đơn vị đã có phiếu chấm điểm khỏi cụm, khối');
    await trx.updateTable('clusters').set({ ...clusterColumns(input), updated_at: nowIso() }).where('id', '=', id).execute();
    await writeMembers(trx, id, input.memberUnitIds);
    await recordAudit(trx, c.who, { action: 'cluster.update', entity: 'cluster', entityId: id, before, after: input });
  });
  return getCluster(c.db, c.actor, id);
}

export type TemplateInput = Array<Omit<CriteriaGroup, 'id' | 'criteria'> & { id?: string; criteria: Array<Omit<CriteriaGroup['criteria'][number], 'id'> & { id?: string }> }>;

/** The template may change until a member submits; after that the scores would no longer match it. */
async function requireTemplateOpen(db: Db, cluster: ClusterRow): Promise<void> {
  const cards = await repo.listScorecards(db, cluster.id);
  if (cluster.published_at || cards.some((s) => s.status !== 'draft')) throw conflict('đã có đơn vị gửi phiếu chấm; bảng chấm điểm không sửa được nữa');
}

export async function putTemplate(c: Ctx, id: string, input: TemplateInput) {
  requirePermission(c.actor, 'clusters.manage');
  const cluster = await clusterOr404(c.db, id);
  await requireTemplateOpen(c.db, cluster);
  const existing = new Set((await repo.listCriteriaRows(c.db, id)).map((r) => r.id));
  // Ids of this template's rows are kept (so draft scores stay); anything else gets a new id.
  const keepId = (x?: string) => (x && existing.has(x) ? x : newId());
  const template: Template = input.map((g) => ({
    id: keepId(g.id), code: normalizeInput(g.code), title: normalizeInput(g.title),
    criteria: g.criteria.map((k) => ({ ...k, id: keepId(k.id), code: normalizeInput(k.code), title: normalizeInput(k.title), guidance: normalizeInput(k.guidance), evidence: normalizeInput(k.evidence) })),
  }));
  const problems = templateProblems(template);
  if (problems.length) throw badInput(problems);
  await c.db.transaction().execute(async (trx) => {
    await requireTemplateOpen(trx, cluster);
    await repo.replaceTemplate(trx, id, template);
    await recordAudit(trx, c.who, { action: 'cluster.template.put', entity: 'cluster', entityId: id, after: template });
  });
  return repo.loadTemplate(c.db, id);
}

/** Copies another cluster's template (usually last year's) into this one, with new ids. */
export async function copyTemplate(c: Ctx, id: string, fromId: string) {
  const from = await clusterOr404(c.db, fromId);
  const source = await repo.loadTemplate(c.db, from.id);
  if (!source.length) throw badField('fromClusterId', `"${from.name}" năm ${from.year} chưa có bảng chấm điểm`);
  return putTemplate(c, id, source.map((g) => ({ code: g.code, title: g.title, criteria: g.criteria.map(({ id: _id, ...k }) => k) })));
}

/** The parties an actor plays for one scorecard. */
function partiesOf(actor: Actor, cluster: ClusterRow, unitId: string): Party[] {
  const p: Party[] = [];
  if (actsForUnit(actor, 'clusters.score', unitId)) p.push('unit');
  if (hasPermission(actor, 'clusters.assess') && leadsCluster(actor, cluster.leader_unit_id)) p.push('leader');
  if (hasPermission(actor, 'clusters.approve') && actsForBoard(actor)) p.push('board');
  return p;
}

/** Reading a scorecard: its unit, the cluster's leader, the board and viewers; other members only once published. */
function requireScorecardRead(actor: Actor, cluster: ClusterRow, unitId: string): void {
  if (cluster.published_at && hasPermission(actor, 'org.read')) return;
  if (seesWholeTree(actor) || partiesOf(actor, cluster, unitId).length > 0) return;
  throw forbidden();
}

async function requireMember(db: Db, clusterId: string, unitId: string) {
  const m = (await repo.listMembers(db, clusterId)).find((u) => u.id === unitId);
  if (!m) throw notFound('đơn vị thành viên của cụm, khối');
  return m;
}

/** Points of the criteria fed by the targets module, for a unit in a year (its own indicators of the year's regular movement). */
async function targetPoints(db: Db, template: Template, unitId: string, year: number): Promise<Map<string, number>> {
  const fed = criteriaOf(template).filter((c) => c.source === 'targets');
  const out = new Map<string, number>();
  if (!fed.length) return out;
  const movement = await findRegularMovementOfYear(db, year);
  if (!movement) return out;
  const own = (await listIndicators(db, movement.id)).filter((i) => i.responsible_unit_id === unitId && i.parent_id === null);
  const today = nowIso().slice(0, 10);
  const asOf = today < `${year}-12-31` ? today : `${year}-12-31`;
  const statuses = await Promise.all(own.map(async (i) => (await evaluateOne(db, i, asOf)).status));
  for (const c of fed) {
    const pts = pointsFromTargets(c.maxPoints, statuses);
    if (pts !== null) out.set(c.id, pts);
  }
  return out;
}

export const scoreMap = (rows: Awaited<ReturnType<typeof repo.listScores>>): Map<string, Score> =>
  new Map(rows.map((r) => [r.criterion_id, { self: r.self_points, assessed: r.assessed_points }]));

export async function getScorecard(db: Db, actor: Actor, clusterId: string, unitId: string) {
  const cluster = await clusterOr404(db, clusterId);
  requireScorecardRead(actor, cluster, unitId);
  const unit = await requireMember(db, clusterId, unitId);
  const template = await repo.loadTemplate(db, clusterId);
  const card = await repo.findScorecard(db, clusterId, unitId);
  const rows = card ? await repo.listScores(db, [card.id]) : [];
  const fed = await targetPoints(db, template, unitId, cluster.year);
  const byCriterion = new Map(rows.map((r) => [r.criterion_id, r]));
  const scores = scoreMap(rows);
  const status = (card?.status ?? 'draft') as ScorecardStatus;
  // Until the unit submits, a criterion fed by targets shows the computed points as its self score.
  if (unitMayEdit(status)) for (const [id, pts] of fed) scores.set(id, { self: pts, assessed: scores.get(id)?.assessed ?? null });
  const parties = partiesOf(actor, cluster, unitId);
  return {
    cluster: { id: cluster.id, name: cluster.name, year: cluster.year, publishedAt: cluster.published_at },
    unit: { id: unit.id, name: unit.name },
    status, returnReason: card?.return_reason ?? null, submittedAt: card?.submitted_at ?? null, assessedAt: card?.assessed_at ?? null, approvedAt: card?.approved_at ?? null,
    template, maximum: baseMaximum(template),
    scores: criteriaOf(template).map((c) => {
      const r = byCriterion.get(c.id);
      return {
        criterionId: c.id, self: scores.get(c.id)?.self ?? null, selfNote: r?.self_note ?? null, evidenceUrl: r?.evidence_url ?? null,
        evidenceFileUrl: r?.evidence_file_id ? `/api/v1/clusters/${clusterId}/scorecards/${unitId}/evidence/${c.id}` : null,
        assessed: r?.assessed_points ?? null, assessedNote: r?.assessed_note ?? null, fromTargets: fed.get(c.id) ?? null,
      };
    }),
    selfTotals: totals(template, scores, 'self'),
    totals: totals(template, scores, 'final'),
    can: {
      score: parties.includes('unit') && unitMayEdit(status) && !cluster.published_at,
      assess: (parties.includes('leader') || parties.includes('board')) && status === 'submitted' && !cluster.published_at,
      approve: parties.includes('board') && status === 'assessed' && !cluster.published_at,
      return: (parties.includes('leader') || parties.includes('board')) && ['submitted', 'assessed', 'approved'].includes(status) && !cluster.published_at,
    },
  };
}

export interface ScoreInput {
  criterionId: string;
  points: number | null;
  note?: string | null;
  evidenceUrl?: string | null;
  evidenceFileId?: string | null;
}

async function ensureCard(trx: Db, clusterId: string, unitId: string): Promise<ScorecardRow> {
  const found = await repo.findScorecard(trx, clusterId, unitId);
  if (found) return found;
  const row = {
    id: newId(), cluster_id: clusterId, unit_id: unitId, status: 'draft', return_reason: null, submitted_at: null, assessed_by: null,
    assessed_at: null, approved_by: null, approved_at: null, updated_at: nowIso(),
  };
  await trx.insertInto('scorecards').values(row).execute();
  return row;
}

/** Self-scoring (the unit, while draft or returned) or assessment (leader or board, while submitted). */
export async function saveScores(c: Ctx, clusterId: string, unitId: string, side: 'self' | 'assessed', input: ScoreInput[]) {
  const cluster = await clusterOr404(c.db, clusterId);
  const parties = partiesOf(c.actor, cluster, unitId);
  if (side === 'self' ? !parties.includes('unit') : !(parties.includes('leader') || parties.includes('board'))) throw forbidden();
  await requireMember(c.db, clusterId, unitId);
  if (cluster.published_at) throw conflict('kết quả đã công bố; không thể thay đổi phiếu chấm');
  const template = await repo.loadTemplate(c.db, clusterId);
  const byId = new Map(criteriaOf(template).map((k) => [k.id, k]));
  const p: ErrorDetail[] = [];
  for (const [i, s] of input.entries()) {
    const k = byId.get(s.criterionId);
    if (!k) { p.push({ path: `scores.${i}.criterionId`, message: 'Tiêu chí không thuộc bảng chấm điểm của cụm, khối' }); continue; }
    if (s.points !== null) {
      const problem = pointProblem(k, s.points, `scores.${i}.points`);
      if (problem) p.push({ ...problem, message: `${k.code}: ${problem.message}` });
    }
    if (s.evidenceUrl && !/^https?:\/\//i.test(s.evidenceUrl)) p.push({ path: `scores.${i}.evidenceUrl`, message: 'Đường dẫn phải bắt đầu bằng http:// hoặc https://' });
    if (s.evidenceFileId) {
      const f = await c.db.selectFrom('stored_files').select('created_by').where('id', '=', s.evidenceFileId).executeTakeFirst();
      if (!f || f.created_by !== c.actor.userId) p.push({ path: `scores.${i}.evidenceFileId`, message: 'Không tìm thấy tệp đã tải lên' });
    }
  }
  if (p.length) throw badInput(p);
  await c.db.transaction().execute(async (trx) => {
    const card = await ensureCard(trx, clusterId, unitId);
    const status = card.status as ScorecardStatus;
    if (side === 'self' && !unitMayEdit(status)) throw conflict('phiếu đã gửi; chỉ sửa được khi bị trả lại');
    if (side === 'assessed' && status !== 'submitted') throw conflict('chỉ thẩm định phiếu đã gửi');
    for (const s of input) {
      const text = (v: string | null | undefined) => (v ? normalizeInput(v) || null : null);
      const values = side === 'self'
        // An omitted file keeps the one attached before; null removes it.
        ? { self_points: s.points, self_note: text(s.note), evidence_url: s.evidenceUrl ?? null, ...(s.evidenceFileId !== undefined ? { evidence_file_id: s.evidenceFileId } : {}) }
        : { assessed_points: s.points, assessed_note: text(s.note) };
      await trx.insertInto('scorecard_scores').values({
        scorecard_id: card.id, criterion_id: s.criterionId, self_points: null, self_note: null, evidence_url: null, evidence_file_id: null,
        assessed_points: null, assessed_note: null, ...values,
      }).onConflict((oc) => oc.columns(['scorecard_id', 'criterion_id']).doUpdateSet(values)).execute();
    }
    await trx.updateTable('scorecards').set({ updated_at: nowIso() }).where('id', '=', card.id).execute();
    await recordAudit(trx, c.who, { action: `scorecard.${side}`, entity: 'scorecard', entityId: card.id, after: input });
  });
  return getScorecard(c.db, c.actor, clusterId, unitId);
}

const ACTION_NOTICE: Partial<Record<ScorecardAction, string>> = { assess: 'đã được thẩm định', approve: 'đã được phê duyệt', return: 'bị trả lại' };

/** submit / assess / approve / return. Target-fed self scores are frozen at submission. */
export async function actOnScorecard(c: Ctx, clusterId: string, unitId: string, action: ScorecardAction, reason?: string) {
  const cluster = await clusterOr404(c.db, clusterId);
  await requireMember(c.db, clusterId, unitId);
  const template = await repo.loadTemplate(c.db, clusterId);
  const fed = action === 'submit' ? await targetPoints(c.db, template, unitId, cluster.year) : new Map<string, number>();
  await c.db.transaction().execute(async (trx) => {
    const card = await ensureCard(trx, clusterId, unitId);
    const step = transition(card.status as ScorecardStatus, action, partiesOf(c.actor, cluster, unitId), !!cluster.published_at, reason);
    if (!step.ok) throw step.status === 403 ? forbidden() : conflict(step.message);
    if (action === 'submit') {
      for (const [criterionId, pts] of fed) {
        await trx.insertInto('scorecard_scores').values({ scorecard_id: card.id, criterion_id: criterionId, self_points: pts, self_note: 'Tính từ kết quả thực hiện chỉ tiêu', evidence_url: null, evidence_file_id: null, assessed_points: null, assessed_note: null })
          .onConflict((oc) => oc.columns(['scorecard_id', 'criterion_id']).doUpdateSet({ self_points: pts })).execute();
      }
    }
    const scores = scoreMap(await repo.listScores(trx, [card.id]));
    const problems = action === 'submit' ? submitProblems(template, scores) : action === 'assess' ? assessProblems(template, scores) : [];
    if (problems.length) throw badInput(problems);
    const now = nowIso();
    const set: Partial<ScorecardRow> = { status: step.to, updated_at: now };
    if (action === 'submit') Object.assign(set, { submitted_at: now, return_reason: null, assessed_at: null, assessed_by: null, approved_at: null, approved_by: null });
    if (action === 'assess') Object.assign(set, { assessed_at: now, assessed_by: c.actor.userId });
    if (action === 'approve') Object.assign(set, { approved_at: now, approved_by: c.actor.userId });
    if (action === 'return') Object.assign(set, { return_reason: normalizeInput(reason ?? '') });
    await trx.updateTable('scorecards').set(set).where('id', '=', card.id).execute();
    const notice = ACTION_NOTICE[action];
    if (notice) {
      await notify(trx, {
        unitIds: [unitId], title: `Phiếu chấm điểm thi đua ${notice}`,
        body: `${cluster.name} năm ${cluster.year}${action === 'return' ? `. Lý do: ${normalizeInput(reason ?? '')}` : ''}`, link: `/app/cum-khoi/${clusterId}/phieu/${unitId}`,
      });
    } else if (cluster.leader_unit_id) {
      await notify(trx, { unitIds: [cluster.leader_unit_id], title: 'Có phiếu chấm điểm cần thẩm định', body: `${cluster.name} năm ${cluster.year}`, link: `/app/cum-khoi/${clusterId}/phieu/${unitId}` });
    }
    await recordAudit(trx, c.who, { action: `scorecard.${action}`, entity: 'scorecard', entityId: card.id, before: { status: card.status }, after: { status: step.to, reason: reason ?? null } });
  });
  return getScorecard(c.db, c.actor, clusterId, unitId);
}

/** Evidence file of a criterion, for those who may read the scorecard. */
export async function evidenceFileId(db: Db, actor: Actor, clusterId: string, unitId: string, criterionId: string): Promise<string> {
  const cluster = await clusterOr404(db, clusterId);
  requireScorecardRead(actor, cluster, unitId);
  const card = await repo.findScorecard(db, clusterId, unitId);
  const row = card ? (await repo.listScores(db, [card.id])).find((s) => s.criterion_id === criterionId) : undefined;
  if (!row?.evidence_file_id) throw notFound('tệp minh chứng');
  return row.evidence_file_id;
}
