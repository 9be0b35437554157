/**
 * Council (Hội đồng Thi đua – Khen thưởng) use cases: terms and members, sessions, agenda,
 * attendance, the secret ballot, written opinions of absent members, closing with the tally, minutes.
 * A ballot writes only "this member took part" and adds one to a count: how anyone voted is never stored.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import { countAll } from '../../db/dialect.js';
import type { DB } from '../../db/schema.js';
import { newId, nowIso } from '../../lib/ids.js';
import { normalizeInput } from '../../lib/text.js';
import { badField, conflict, forbidden, notFound } from '../../server/errors.js';
import { recordAudit, type AuditWho } from '../audit/audit.js';
import type { Actor } from '../auth/actor.js';
import { hasPermission, requirePermission } from '../auth/policy.js';
import { CATALOGUE } from '../awards/domain/catalogue.js';
import type { AwardCode } from '../awards/domain/types.js';
import { loadSettings } from '../awards/settings/service.js';
import { BALLOT_REFUSALS, ballotRefusal, DEFAULT_QUORUM_PERCENT, hasQuorum, tallyItem, thresholdFor, votesNeeded } from './domain/tally.js';

type Db = Kysely<DB>;
export interface Ctx {
  db: Db;
  actor: Actor;
  who: AuditWho;
}

// ---- terms ---------------------------------------------------------------------------------

export interface TermInput {
  name: string;
  startsOn: string;
  endsOn: string;
  secretaryId: string;
  members: Array<{ userId: string; title: string }>;
}

export async function createTerm(c: Ctx, input: TermInput) {
  requirePermission(c.actor, 'council.manage');
  if (input.endsOn < input.startsOn) throw badField('endsOn', 'Ngày kết thúc nhiệm kỳ phải sau ngày bắt đầu');
  if (input.members.length === 0) throw badField('members', 'Nhiệm kỳ cần có thành viên Hội đồng');
  const ids = [...new Set(input.members.map((m) => m.userId))];
  if (ids.length !== input.members.length) throw badField('members', 'Một người chỉ có tên một lần trong danh sách thành viên');
  const roles = await c.db.selectFrom('user_roles').select('user_id').where('user_id', 'in', ids).where('role', '=', 'council_member').execute();
  const notMembers = ids.filter((id) => !roles.some((r) => r.user_id === id));
  if (notMembers.length) throw badField('members', 'Mỗi thành viên phải có tài khoản với vai trò "Thành viên Hội đồng"');
  if (!(await c.db.selectFrom('users').select('id').where('id', '=', input.secretaryId).executeTakeFirst())) throw badField('secretaryId', 'Không tìm thấy thư ký');
  const id = newId();
  await c.db.transaction().execute(async (trx) => {
    const row = { id, name: normalizeInput(input.name), starts_on: input.startsOn, ends_on: input.endsOn, secretary_id: input.secretaryId, created_at: nowIso() };
    await trx.insertInto('council_terms').values(row).execute();
    await trx.insertInto('council_members').values(input.members.map((m, i) => ({ term_id: id, user_id: m.userId, title: normalizeInput(m.title), order_no: i + 1 }))).execute();
    await recordAudit(trx, c.who, { action: 'council.term.create', entity: 'council_term', entityId: id, after: { ...row, members: input.members } });
  });
  return id;
}

export async function listTerms(db: Db, actor: Actor) {
  requirePermission(actor, 'council.read');
  const terms = await db.selectFrom('council_terms').innerJoin('users', 'users.id', 'council_terms.secretary_id')
    .selectAll('council_terms').select('users.full_name as secretary_name').orderBy('starts_on', 'desc').execute();
  const members = await membersOf(db, terms.map((t) => t.id));
  return terms.map((t) => ({ ...t, members: members.filter((m) => m.term_id === t.id) }));
}

const membersOf = (db: Db, termIds: readonly string[]) => termIds.length
  ? db.selectFrom('council_members').innerJoin('users', 'users.id', 'council_members.user_id')
    .select(['council_members.term_id', 'council_members.user_id', 'council_members.title', 'council_members.order_no', 'users.full_name'])
    .where('council_members.term_id', 'in', termIds).orderBy('council_members.order_no').execute()
  : Promise.resolve([]);

// ---- sessions ------------------------------------------------------------------------------

export async function createSession(c: Ctx, input: { termId: string; title: string; meetsOn: string; place?: string | null; quorumPercent?: number }) {
  requirePermission(c.actor, 'council.manage');
  const term = await c.db.selectFrom('council_terms').selectAll().where('id', '=', input.termId).executeTakeFirst();
  if (!term) throw badField('termId', 'Không tìm thấy nhiệm kỳ Hội đồng');
  if (input.meetsOn < term.starts_on || input.meetsOn > term.ends_on) throw badField('meetsOn', 'Ngày họp nằm ngoài nhiệm kỳ của Hội đồng');
  const id = newId();
  await c.db.transaction().execute(async (trx) => {
    const row = {
      id, term_id: term.id, title: normalizeInput(input.title), meets_on: input.meetsOn, place: input.place ? normalizeInput(input.place) : null,
      quorum_percent: input.quorumPercent ?? DEFAULT_QUORUM_PERCENT, state: 'planned', opened_at: null, closed_at: null, created_by: c.actor.userId, created_at: nowIso(),
    };
    await trx.insertInto('council_sessions').values(row).execute();
    await recordAudit(trx, c.who, { action: 'council.session.create', entity: 'council_session', entityId: id, after: row });
  });
  return id;
}

const isMemberOf = async (db: Db, termId: string, userId: string) =>
  !!(await db.selectFrom('council_members').select('user_id').where('term_id', '=', termId).where('user_id', '=', userId).executeTakeFirst());

/** Council members see the sessions of their own terms; the board, admins and viewers see all. */
async function readableSession(db: Db, actor: Actor, id: string) {
  requirePermission(actor, 'council.read');
  const s = await db.selectFrom('council_sessions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!s) throw notFound('phiên họp');
  if (!hasPermission(actor, 'council.manage') && !actor.roles.includes('viewer') && !(await isMemberOf(db, s.term_id, actor.userId))) throw forbidden();
  return s;
}

export async function listSessions(db: Db, actor: Actor) {
  requirePermission(actor, 'council.read');
  let q = db.selectFrom('council_sessions').innerJoin('council_terms', 'council_terms.id', 'council_sessions.term_id')
    .selectAll('council_sessions').select('council_terms.name as term_name')
    .select((eb) => eb.selectFrom('council_agenda').select(countAll.as('n')).whereRef('council_agenda.session_id', '=', 'council_sessions.id').as('items'));
  if (!hasPermission(actor, 'council.manage') && !actor.roles.includes('viewer')) {
    q = q.where('council_sessions.term_id', 'in', (eb) => eb.selectFrom('council_members').select('term_id').where('user_id', '=', actor.userId));
  }
  return q.orderBy('council_sessions.meets_on', 'desc').execute();
}

/**
 * The session as its reader may see it: the agenda (who is proposed, for what, with the
 * achievements), attendance, how many took part per item; yes/no counts only once the session is
 * closed; the reader's own participation. Nothing says how a member voted.
 */
export async function getSession(db: Db, actor: Actor, id: string) {
  const s = await readableSession(db, actor, id);
  const [members, attendance, agenda, mine, term] = await Promise.all([
    membersOf(db, [s.term_id]),
    db.selectFrom('council_attendance').selectAll().where('session_id', '=', id).execute(),
    agendaOf(db, id),
    db.selectFrom('council_ballot_casts').innerJoin('council_agenda', 'council_agenda.id', 'council_ballot_casts.agenda_id')
      .select(['council_ballot_casts.agenda_id', 'council_ballot_casts.channel']).where('council_agenda.session_id', '=', id).where('council_ballot_casts.user_id', '=', actor.userId).execute(),
    db.selectFrom('council_terms').innerJoin('users', 'users.id', 'council_terms.secretary_id').selectAll('council_terms').select('users.full_name as secretary_name').where('council_terms.id', '=', s.term_id).executeTakeFirstOrThrow(),
  ]);
  const present = new Set(attendance.filter((a) => a.present === 1).map((a) => a.user_id));
  const participation = await db.selectFrom('council_ballot_casts').innerJoin('council_agenda', 'council_agenda.id', 'council_ballot_casts.agenda_id')
    .select(['council_ballot_casts.agenda_id', 'council_ballot_casts.channel', countAll.as('n')]).where('council_agenda.session_id', '=', id)
    .groupBy(['council_ballot_casts.agenda_id', 'council_ballot_casts.channel']).execute();
  const closed = s.state === 'closed';
  const feedback = await feedbackSummary(db, [...new Set(agenda.map((a) => a.proposal_id))]);
  return {
    session: s, term, members: members.map((m) => ({ userId: m.user_id, name: m.full_name, title: m.title, present: present.has(m.user_id) })),
    quorum: { members: members.length, present: present.size, needed: votesNeeded(members.length, { percent: s.quorum_percent, mode: 'at_least' }), met: hasQuorum(members.length, present.size, s.quorum_percent) },
    isMember: members.some((m) => m.user_id === actor.userId), isSecretary: term.secretary_id === actor.userId,
    agenda: agenda.map((a) => {
      const took = (channel: string) => participation.find((p) => p.agenda_id === a.id && p.channel === channel)?.n ?? 0;
      const result = tallyItem(members.length, { yes: a.yes_count, no: a.no_count, writtenYes: a.written_yes, writtenNo: a.written_no }, { percent: a.threshold_percent, mode: a.threshold_mode as 'at_least' | 'more_than' });
      return {
        id: a.id, nomineeId: a.nominee_id, proposalId: a.proposal_id, proposalTitle: a.proposal_title, unitName: a.unit_name, name: a.name, position: a.position,
        awardType: a.award_type, awardTypeName: CATALOGUE[a.award_type as AwardCode]?.name ?? a.award_type, achievements: a.achievements,
        threshold: { percent: a.threshold_percent, mode: a.threshold_mode, needed: result.needed },
        ballots: took('ballot'), writtenOpinions: took('written'),
        myParticipation: mine.find((m) => m.agenda_id === a.id)?.channel ?? null,
        tally: closed ? { yes: a.yes_count, no: a.no_count, writtenYes: a.written_yes, writtenNo: a.written_no, approvals: result.approvals, passed: a.result === 'passed' } : null,
        feedback: feedback.get(a.proposal_id) ?? { total: 0, handled: 0 },
      };
    }),
  };
}

const agendaOf = (db: Db, sessionId: string) =>
  db.selectFrom('council_agenda')
    .innerJoin('proposal_nominees', 'proposal_nominees.id', 'council_agenda.nominee_id')
    .innerJoin('proposals', 'proposals.id', 'proposal_nominees.proposal_id')
    .innerJoin('units', 'units.id', 'proposal_nominees.unit_id')
    .selectAll('council_agenda')
    .select(['proposal_nominees.name', 'proposal_nominees.position', 'proposal_nominees.award_type', 'proposal_nominees.achievements', 'proposal_nominees.proposal_id', 'proposal_nominees.outcome', 'proposals.title as proposal_title', 'units.name as unit_name'])
    .where('council_agenda.session_id', '=', sessionId).orderBy('council_agenda.order_no').execute();

/** Citizens' feedback per proposal: how many came, how many the board has handled (the council's summary). */
async function feedbackSummary(db: Db, proposalIds: readonly string[]) {
  if (!proposalIds.length) return new Map<string, { total: number; handled: number }>();
  const rows = await db.selectFrom('disclosure_feedback').innerJoin('disclosures', 'disclosures.id', 'disclosure_feedback.disclosure_id')
    .select(['disclosures.proposal_id', 'disclosure_feedback.status', countAll.as('n')]).where('disclosures.proposal_id', 'in', proposalIds)
    .groupBy(['disclosures.proposal_id', 'disclosure_feedback.status']).execute();
  const out = new Map<string, { total: number; handled: number }>();
  for (const r of rows) {
    const cur = out.get(r.proposal_id) ?? { total: 0, handled: 0 };
    out.set(r.proposal_id, { total: cur.total + r.n, handled: cur.handled + (r.status === 'handled' ? r.n : 0) });
  }
  return out;
}

/** Runs a board change of a session in one transaction with its audit entry; `states` are those it may be in. */
async function manageSession(c: Ctx, id: string, action: string, states: readonly string[], apply: (trx: Transaction<DB>, s: { id: string; term_id: string; meets_on: string; quorum_percent: number; state: string }) => Promise<unknown>) {
  requirePermission(c.actor, 'council.manage');
  await c.db.transaction().execute(async (trx) => {
    const s = await trx.selectFrom('council_sessions').selectAll().where('id', '=', id).executeTakeFirst();
    if (!s) throw notFound('phiên họp');
    if (!states.includes(s.state)) throw conflict(s.state === 'closed' ? 'phiên họp đã kết thúc' : 'phiên họp đang bỏ phiếu');
    const after = await apply(trx, s);
    await recordAudit(trx, c.who, { action, entity: 'council_session', entityId: id, after });
  });
  return getSession(c.db, c.actor, id);
}

/** Puts nominees of dossiers before the council (state "Trình Hội đồng" or "Đang công khai") on the agenda. */
export async function addToAgenda(c: Ctx, id: string, nomineeIds: readonly string[]) {
  const settings = await loadSettings(c.db);
  return manageSession(c, id, 'council.agenda.add', ['planned'], async (trx, s) => {
    const nominees = await trx.selectFrom('proposal_nominees').innerJoin('proposals', 'proposals.id', 'proposal_nominees.proposal_id')
      .select(['proposal_nominees.id', 'proposal_nominees.name', 'proposal_nominees.award_type', 'proposals.state']).where('proposal_nominees.id', 'in', nomineeIds).execute();
    const problems = nomineeIds.map((nid, i) => {
      const n = nominees.find((x) => x.id === nid);
      if (!n) return { path: `nomineeIds[${i}]`, message: 'Không tìm thấy người được đề nghị' };
      if (!['to_council', 'disclosure'].includes(n.state)) return { path: `nomineeIds[${i}]`, message: `${n.name}: hồ sơ chưa được trình Hội đồng` };
      return null;
    }).filter((p) => p !== null);
    if (problems.length) throw badField(problems[0]!.path, problems.map((p) => p.message).join('; '));
    const existing = await trx.selectFrom('council_agenda').select(['nominee_id', sql<number>`order_no`.as('order_no')]).where('session_id', '=', id).execute();
    // In the order given (the database returns `in (…)` rows in any order).
    const fresh = nomineeIds.map((nid) => nominees.find((n) => n.id === nid)!).filter((n) => !existing.some((e) => e.nominee_id === n.id));
    let order = existing.reduce((m, e) => Math.max(m, e.order_no), 0);
    const rows = fresh.map((n) => {
      const t = thresholdFor(n.award_type as AwardCode, s.meets_on, settings);
      return { id: newId(), session_id: id, nominee_id: n.id, order_no: ++order, threshold_percent: t.percent, threshold_mode: t.mode, yes_count: 0, no_count: 0, written_yes: 0, written_no: 0, result: null };
    });
    if (rows.length) await trx.insertInto('council_agenda').values(rows).execute();
    return { added: rows.map((r) => r.nominee_id) };
  });
}

export async function setAttendance(c: Ctx, id: string, present: readonly string[]) {
  return manageSession(c, id, 'council.attendance', ['planned', 'open'], async (trx, s) => {
    const members = await membersOf(trx, [s.term_id]);
    const outsider = present.find((u) => !members.some((m) => m.user_id === u));
    if (outsider) throw badField('present', 'Chỉ điểm danh thành viên Hội đồng của nhiệm kỳ');
    await trx.deleteFrom('council_attendance').where('session_id', '=', id).execute();
    await trx.insertInto('council_attendance').values(members.map((m) => ({ session_id: id, user_id: m.user_id, present: present.includes(m.user_id) ? 1 : 0 }))).execute();
    return { present };
  });
}

export async function openSession(c: Ctx, id: string) {
  return manageSession(c, id, 'council.session.open', ['planned'], async (trx, s) => {
    const members = await membersOf(trx, [s.term_id]);
    const present = await trx.selectFrom('council_attendance').select(countAll.as('n')).where('session_id', '=', id).where('present', '=', 1).executeTakeFirstOrThrow();
    if (!hasQuorum(members.length, present.n, s.quorum_percent)) {
      throw badField('present', `Chưa đủ số thành viên dự họp: có mặt ${present.n}/${members.length}, cần ít nhất ${votesNeeded(members.length, { percent: s.quorum_percent, mode: 'at_least' })}`);
    }
    if (!(await trx.selectFrom('council_agenda').select('id').where('session_id', '=', id).executeTakeFirst())) throw badField('agenda', 'Chương trình phiên họp chưa có trường hợp nào');
    await trx.updateTable('council_sessions').set({ state: 'open', opened_at: nowIso() }).where('id', '=', id).where('state', '=', 'planned').execute();
    return { state: 'open', present: present.n, members: members.length };
  });
}

export interface Vote {
  agendaId: string;
  approve: boolean;
}

/**
 * Records that `voter` took part and adds each choice to the counts; the unique (item, member) row
 * makes a second ballot fail, even when two arrive at once. The audit entry names the items, not the choices.
 */
async function castVotes(trx: Transaction<DB>, sessionId: string, voterId: string, votes: readonly Vote[], channel: 'ballot' | 'written') {
  const items = await trx.selectFrom('council_agenda').select('id').where('session_id', '=', sessionId).execute();
  const done = await trx.selectFrom('council_ballot_casts').select('agenda_id').where('user_id', '=', voterId).where('agenda_id', 'in', items.length ? items.map((i) => i.id) : ['']).execute();
  if (new Set(votes.map((v) => v.agendaId)).size !== votes.length) throw badField('votes', 'Mỗi trường hợp chỉ có một phiếu');
  for (const [i, v] of votes.entries()) {
    if (!items.some((it) => it.id === v.agendaId)) throw badField(`votes[${i}].agendaId`, BALLOT_REFUSALS.not_on_agenda);
    const prior = done.some((d) => d.agenda_id === v.agendaId);
    if (prior) throw conflict(BALLOT_REFUSALS.already_voted);
  }
  if (votes.length) await trx.insertInto('council_ballot_casts').values(votes.map((v) => ({ agenda_id: v.agendaId, user_id: voterId, channel }))).execute();
  // One statement per count (at most two): a ballot of hundreds of items stays a few round trips.
  for (const approve of [true, false]) {
    const column = channel === 'ballot' ? (approve ? 'yes_count' : 'no_count') : (approve ? 'written_yes' : 'written_no');
    const ids = votes.filter((v) => v.approve === approve).map((v) => v.agendaId);
    if (ids.length) await trx.updateTable('council_agenda').set((eb) => ({ [column]: eb(column, '+', 1) })).where('id', 'in', ids).execute();
  }
}

export async function vote(c: Ctx, id: string, votes: readonly Vote[]) {
  requirePermission(c.actor, 'council.vote');
  if (votes.length === 0) throw badField('votes', 'Chưa chọn phiếu nào');
  await c.db.transaction().execute(async (trx) => {
    const s = await trx.selectFrom('council_sessions').selectAll().where('id', '=', id).executeTakeFirst();
    if (!s) throw notFound('phiên họp');
    const isMember = await isMemberOf(trx, s.term_id, c.actor.userId);
    const att = await trx.selectFrom('council_attendance').select('present').where('session_id', '=', id).where('user_id', '=', c.actor.userId).executeTakeFirst();
    const refusal = ballotRefusal({ isMember, sessionOpen: s.state === 'open', present: att?.present === 1, onAgenda: true, alreadyVoted: false, gaveWrittenOpinion: false });
    if (refusal === 'not_member') throw forbidden();
    if (refusal) throw conflict(BALLOT_REFUSALS[refusal]);
    await castVotes(trx, id, c.actor.userId, votes, 'ballot');
    await recordAudit(trx, c.who, { action: 'council.ballot', entity: 'council_session', entityId: id, after: { items: votes.map((v) => v.agendaId) } });
  });
  return getSession(c.db, c.actor, id);
}

/** The secretary records the written opinion of a member absent from the session (D98 Art 30.7). */
export async function recordWrittenOpinion(c: Ctx, id: string, memberId: string, votes: readonly Vote[]) {
  await c.db.transaction().execute(async (trx) => {
    const s = await trx.selectFrom('council_sessions').selectAll().where('id', '=', id).executeTakeFirst();
    if (!s) throw notFound('phiên họp');
    const term = await trx.selectFrom('council_terms').select('secretary_id').where('id', '=', s.term_id).executeTakeFirstOrThrow();
    if (term.secretary_id !== c.actor.userId && !c.actor.roles.includes('admin')) throw forbidden();
    if (s.state === 'closed') throw conflict(BALLOT_REFUSALS.session_closed);
    if (!(await isMemberOf(trx, s.term_id, memberId))) throw badField('memberId', BALLOT_REFUSALS.not_member);
    const att = await trx.selectFrom('council_attendance').select('present').where('session_id', '=', id).where('user_id', '=', memberId).executeTakeFirst();
    if (att?.present === 1) throw badField('memberId', 'Thành viên có mặt bỏ phiếu kín trực tiếp; ý kiến bằng văn bản dành cho thành viên vắng mặt');
    await castVotes(trx, id, memberId, votes, 'written');
    await recordAudit(trx, c.who, { action: 'council.written_opinion', entity: 'council_session', entityId: id, after: { memberId, items: votes.map((v) => v.agendaId) } });
  });
  return getSession(c.db, c.actor, id);
}

/**
 * Ends the ballot: each item passes or fails by its threshold over ALL members; the nominee's
 * outcome follows for those the board has not decided yet (approved, or rejected with the tally).
 */
export async function closeSession(c: Ctx, id: string) {
  return manageSession(c, id, 'council.session.close', ['open'], async (trx, s) => {
    const members = (await membersOf(trx, [s.term_id])).length;
    const results: Array<{ nomineeId: string; passed: boolean; approvals: number; needed: number }> = [];
    for (const a of await agendaOf(trx, id)) {
      const r = tallyItem(members, { yes: a.yes_count, no: a.no_count, writtenYes: a.written_yes, writtenNo: a.written_no }, { percent: a.threshold_percent, mode: a.threshold_mode as 'at_least' | 'more_than' });
      await trx.updateTable('council_agenda').set({ result: r.passed ? 'passed' : 'failed' }).where('id', '=', a.id).execute();
      if (a.outcome === 'pending') {
        await trx.updateTable('proposal_nominees').set(r.passed
          ? { outcome: 'approved', outcome_reason: null }
          : { outcome: 'rejected', outcome_reason: `Hội đồng không đạt tỷ lệ: ${r.approvals}/${members} thành viên đồng ý, cần ${r.needed}` }).where('id', '=', a.nominee_id).execute();
      }
      results.push({ nomineeId: a.nominee_id, passed: r.passed, approvals: r.approvals, needed: r.needed });
    }
    await trx.updateTable('council_sessions').set({ state: 'closed', closed_at: nowIso() }).where('id', '=', id).execute();
    // Outcomes changed: dossiers move their version on, so a screen opened before must reload.
    const proposals = [...new Set((await agendaOf(trx, id)).map((a) => a.proposal_id))];
    if (proposals.length) await trx.updateTable('proposals').set((eb) => ({ version: eb('version', '+', 1), updated_at: nowIso() })).where('id', 'in', proposals).execute();
    return { results };
  });
}
