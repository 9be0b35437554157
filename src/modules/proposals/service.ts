/**
 * Proposal (hồ sơ đề nghị khen thưởng) use cases. Authorization through policy.ts; each change, its
 * transition row and its audit entry commit together; a save from a stale version gets 409.
 */
import type { Kysely, Transaction } from 'kysely';
import type { DB, ProposalRow } from '../../db/schema.js';
import { newId, nowIso } from '../../lib/ids.js';
import { foldVietnamese, normalizeInput } from '../../lib/text.js';
import { AppError, badField, badInput, conflict, forbidden, notFound } from '../../server/errors.js';
import { recordAudit, type AuditWho } from '../audit/audit.js';
import type { Actor } from '../auth/actor.js';
import { proposalSides, readScope, requirePermission, requireRead, requireWrite } from '../auth/policy.js';
import { CATALOGUE } from '../awards/domain/catalogue.js';
import type { AwardCode, SubjectKind } from '../awards/domain/types.js';
import { checkFileType, safeFileName } from '../files/file-type.js';
import { insertFile } from '../files/repo.js';
import { findUnit } from '../org/units.repo.js';
import { deadlinesToday, dueDateNow } from './deadlines-now.js';
import { isLate, reminderState } from './domain/deadlines.js';
import { isLowerForm, requiredDocuments, submissionIssues, type Procedure, type Round } from './domain/submission.js';
import {
  availableActions, checkOutcome, checkTransition, EDITABLE_STATES, STATE_LABELS,
  type NomineeOutcome, type ProposalAction, type ProposalState,
} from './domain/workflow.js';
import { judgeNominees, resolveNominee, type NomineeInput, type ResolvedNominee } from './nominees.js';
import * as repo from './repo.js';

export type { NomineeInput } from './nominees.js';

type Db = Kysely<DB>;

export interface Ctx {
  db: Db;
  actor: Actor;
  who: AuditWho;
}

/** Any document outside the required list (photos, confirmations…). */
export const OTHER_DOCUMENT = 'Tài liệu khác';
const stale = (): AppError => conflict('hồ sơ vừa được người khác lưu; hãy tải lại trang rồi làm lại');

// ---- reading -------------------------------------------------------------------------------

export async function readableProposal(db: Db, actor: Actor, id: string) {
  requirePermission(actor, 'proposals.read');
  const p = await repo.findProposal(db, id);
  if (!p) throw notFound('hồ sơ đề nghị');
  requireRead(actor, p.unit_path);
  return p;
}

export async function listProposalsFor(db: Db, actor: Actor, q: { states?: ProposalState[]; year?: number; q?: string; unitId?: string; limit: number; offset: number }) {
  requirePermission(actor, 'proposals.read');
  let path = readScope(actor);
  if (q.unitId) {
    const unit = await findUnit(db, q.unitId);
    if (!unit) throw badField('unitId', 'Không tìm thấy đơn vị');
    requireRead(actor, unit.path);
    path = unit.path;
  }
  const folded = q.q ? foldVietnamese(q.q) : undefined;
  return repo.listProposals(db, { path, states: q.states, year: q.year, folded: folded || undefined, limit: q.limit, offset: q.offset });
}

type NomineeRow = Awaited<ReturnType<typeof repo.listNominees>>[number];

/** What still blocks sending the dossier, from the stored eligibility answers and documents. */
const gateIssues = (p: Pick<ProposalRow, 'procedure'>, nominees: readonly NomineeRow[], documents: ReadonlyArray<{ requirement: string }>) =>
  submissionIssues(p.procedure as Procedure, nominees.map((n) => ({
    name: n.name, awardType: n.award_type as AwardCode, eligible: n.eligible === null ? null : n.eligible === 1, overrideReason: n.override_reason,
  })), documents.map((d) => d.requirement));

export async function getProposal(db: Db, actor: Actor, id: string) {
  const p = await readableProposal(db, actor, id);
  const [nominees, documents, transitions] = await Promise.all([repo.listNominees(db, id), repo.listDocuments(db, id), repo.listTransitions(db, id)]);
  const sides = proposalSides(actor, p.unit_path);
  const required = requiredDocuments(p.procedure as Procedure, nominees.map((n) => n.award_type as AwardCode));
  const issues = gateIssues(p, nominees, documents);
  const sent = p.state !== 'draft';
  const { today, reminderDaysBefore } = await deadlinesToday(db);
  return {
    proposal: p, nominees, documents, transitions, required, issues,
    actions: availableActions(p.state as ProposalState, sides),
    editable: sides.includes('unit') && EDITABLE_STATES.includes(p.state as ProposalState),
    reviewable: sides.includes('board') && ['under_review', 'to_council', 'disclosure'].includes(p.state),
    reminder: reminderState(today, p.due_date, sent, reminderDaysBefore),
  };
}

// ---- writing the dossier (unit side, while editable) -----------------------------------------

export interface ProposalInput {
  unitId: string;
  title: string;
  round: Round;
  procedure: Procedure;
  year: number;
  eventDate?: string | null;
  note?: string | null;
}

const searchOf = (title: string, unitName: string) => foldVietnamese(`${title} ${unitName}`);

/** `claim` runs inside the creating transaction (after its audit entry): a caller's link or uniqueness check commits with the dossier or not at all. */
export async function createProposal(c: Ctx, input: ProposalInput, claim?: (trx: Transaction<DB>, proposalId: string) => Promise<void>) {
  const unit = await findUnit(c.db, input.unitId);
  if (!unit) throw badField('unitId', 'Không tìm thấy đơn vị');
  requireWrite(c.actor, 'proposals.write', unit.path);
  if (!proposalSides(c.actor, unit.path).includes('unit')) throw forbidden();
  if (input.round === 'thematic' && !input.eventDate) throw badField('eventDate', 'Khen thưởng chuyên đề: nhập ngày tổ chức sự kiện (hạn nộp tính từ ngày này)');
  const id = newId();
  const now = nowIso();
  const title = normalizeInput(input.title);
  await c.db.transaction().execute(async (trx) => {
    const row = {
      id, unit_id: unit.id, unit_path: unit.path, title, search: searchOf(title, unit.name), round: input.round, procedure: input.procedure,
      year: input.year, event_date: input.eventDate ?? null, due_date: await dueDateNow(trx, input),
      state: 'draft', version: 1, late: 0, submitted_at: null, note: input.note ? normalizeInput(input.note) : null,
      created_by: c.actor.userId, created_at: now, updated_at: now,
    };
    await trx.insertInto('proposals').values(row).execute();
    await recordAudit(trx, c.who, { action: 'proposal.create', entity: 'proposal', entityId: id, after: row });
    await claim?.(trx, id);
  });
  return getProposal(c.db, c.actor, id);
}

/**
 * Runs one change of an editable dossier: authorizes as its unit, checks the version the caller saw,
 * applies, moves the version on and audits, all in one transaction.
 */
async function editDossier(c: Ctx, id: string, version: number, action: string, apply: (trx: Transaction<DB>, p: ProposalRow & { unit_name: string }) => Promise<unknown>) {
  await c.db.transaction().execute(async (trx) => {
    const p = await repo.findProposal(trx, id);
    if (!p) throw notFound('hồ sơ đề nghị');
    requireRead(c.actor, p.unit_path);
    if (!proposalSides(c.actor, p.unit_path).includes('unit')) throw forbidden();
    if (!EDITABLE_STATES.includes(p.state as ProposalState)) throw conflict(`hồ sơ đang ở trạng thái "${STATE_LABELS[p.state as ProposalState]}", đơn vị không sửa được`);
    if (p.version !== version) throw stale();
    const after = await apply(trx, p);
    if (!(await repo.bumpVersion(trx, p, {}, nowIso()))) throw stale();
    await recordAudit(trx, c.who, { action, entity: 'proposal', entityId: id, after });
  });
  return getProposal(c.db, c.actor, id);
}

export async function updateProposal(c: Ctx, id: string, version: number, input: Omit<ProposalInput, 'unitId'>) {
  const title = normalizeInput(input.title);
  return editDossier(c, id, version, 'proposal.update', async (trx, p) => {
    const patch = {
      title, search: searchOf(title, p.unit_name), round: input.round, procedure: input.procedure, year: input.year,
      event_date: input.eventDate ?? null, due_date: await dueDateNow(trx, input), note: input.note ? normalizeInput(input.note) : null,
    };
    await trx.updateTable('proposals').set(patch).where('id', '=', id).execute();
    return patch;
  });
}

type SubjectKey = { subject_kind: string; person_id: string | null; unit_id: string; name: string; award_type: string };
const sameSubject = (a: SubjectKey, b: SubjectKey) =>
  a.subject_kind === b.subject_kind && a.award_type === b.award_type && a.person_id === b.person_id && a.unit_id === b.unit_id && a.name === b.name;

/** Adds nominees (one from the form, or a whole Excel list): all or none, each checked by the engine. */
export async function addNominees(c: Ctx, id: string, version: number, inputs: readonly NomineeInput[], pathOf: (i: number) => string = () => '') {
  const p = await readableProposal(c.db, c.actor, id);
  const resolved: ResolvedNominee[] = [];
  const problems: Array<{ path: string; message: string }> = [];
  for (const [i, n] of inputs.entries()) {
    try {
      resolved.push(await resolveNominee(c.db, c.actor, p, n, pathOf(i)));
    } catch (e) {
      if (e instanceof AppError && e.status === 400) problems.push(...e.details);
      else throw e;
    }
  }
  if (problems.length) throw badInput(problems);
  // Eligibility reads run before the write transaction (SQLite has one connection).
  const judged = await judgeNominees(c.db, c.actor, resolved, p);
  const checked = resolved.map((r, i) => ({ ...r, ...judged[i]! }));
  return editDossier(c, id, version, 'proposal.nominees.add', async (trx) => {
    const existing = await repo.listNominees(trx, id);
    checked.forEach((r, i) => {
      if (existing.some((e) => sameSubject(e, r)) || checked.slice(0, i).some((o) => sameSubject(o, r))) {
        problems.push({ path: `${pathOf(i)}awardType`, message: `${r.name} đã có trong hồ sơ với "${CATALOGUE[r.award_type].name}"` });
      }
    });
    if (problems.length) throw badInput(problems);
    const first = await repo.nextNomineeOrder(trx, id);
    const rows = checked.map((r, i) => ({ ...r, id: newId(), proposal_id: id, order_no: first + i, outcome: 'pending', outcome_reason: null, lowered_to: null, award_id: null }));
    await repo.insertNominees(trx, rows);
    return { added: rows.map((r) => ({ id: r.id, name: r.name, awardType: r.award_type, eligible: r.eligible })) };
  });
}

export async function updateNominee(c: Ctx, id: string, nomineeId: string, version: number, input: { achievements?: string; position?: string | null; overrideReason?: string | null }) {
  return editDossier(c, id, version, 'proposal.nominee.update', async (trx) => {
    const n = await repo.findNominee(trx, nomineeId);
    if (!n || n.proposal_id !== id) throw notFound('người được đề nghị');
    const patch: { achievements?: string; position?: string | null; override_reason?: string | null } = {};
    if (input.achievements !== undefined) {
      patch.achievements = normalizeInput(input.achievements);
      if (patch.achievements.length < 10) throw badField('achievements', 'Tóm tắt thành tích quá ngắn (ít nhất 10 ký tự)');
    }
    if (input.position !== undefined) patch.position = input.position ? normalizeInput(input.position) : null;
    if (input.overrideReason !== undefined) patch.override_reason = input.overrideReason ? normalizeInput(input.overrideReason) : null;
    await trx.updateTable('proposal_nominees').set(patch).where('id', '=', nomineeId).execute();
    return { nomineeId, ...patch };
  });
}

export async function removeNominee(c: Ctx, id: string, nomineeId: string, version: number) {
  return editDossier(c, id, version, 'proposal.nominee.remove', async (trx) => {
    const n = await repo.findNominee(trx, nomineeId);
    if (!n || n.proposal_id !== id) throw notFound('người được đề nghị');
    await trx.deleteFrom('proposal_nominees').where('id', '=', nomineeId).execute();
    return { removed: { id: n.id, name: n.name, awardType: n.award_type } };
  });
}

/** Accepted document files: what officers scan or type (PDF, Word, images). */
const DOCUMENT_EXTENSIONS = ['pdf', 'docx', 'jpg', 'jpeg', 'png'];
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

export async function addDocument(c: Ctx, id: string, version: number, requirement: string, fileName: string, content: Buffer) {
  const type = checkFileType(fileName, content.subarray(0, 8), DOCUMENT_EXTENSIONS);
  if (!type.ok) throw badField('file', type.message);
  return editDossier(c, id, version, 'proposal.document.add', async (trx, p) => {
    const nominees = await repo.listNominees(trx, id);
    const allowed = [...requiredDocuments(p.procedure as Procedure, nominees.map((n) => n.award_type as AwardCode)), OTHER_DOCUMENT];
    if (!allowed.includes(requirement)) throw badField('requirement', `Loại tài liệu không có trong danh mục hồ sơ; chọn một trong: ${allowed.join('; ')}`);
    const name = safeFileName(fileName);
    const fileId = await insertFile(trx, { name, mime: type.mime, content, createdBy: c.actor.userId });
    const row = { id: newId(), proposal_id: id, requirement, file_id: fileId, file_name: name, size: content.length, uploaded_by: c.actor.userId, uploaded_at: nowIso() };
    await trx.insertInto('proposal_documents').values(row).execute();
    return { document: { id: row.id, requirement, fileName: name, size: row.size } };
  });
}

export async function removeDocument(c: Ctx, id: string, documentId: string, version: number) {
  return editDossier(c, id, version, 'proposal.document.remove', async (trx) => {
    const d = await trx.selectFrom('proposal_documents').selectAll().where('id', '=', documentId).where('proposal_id', '=', id).executeTakeFirst();
    if (!d) throw notFound('tài liệu');
    await trx.deleteFrom('proposal_documents').where('id', '=', documentId).execute();
    return { removed: { id: d.id, requirement: d.requirement, fileName: d.file_name } };
  });
}

export async function documentFile(db: Db, actor: Actor, id: string, documentId: string) {
  await readableProposal(db, actor, id);
  const d = await db.selectFrom('proposal_documents').innerJoin('stored_files', 'stored_files.id', 'proposal_documents.file_id')
    .select(['stored_files.name', 'stored_files.mime', 'stored_files.content'])
    .where('proposal_documents.id', '=', documentId).where('proposal_documents.proposal_id', '=', id).executeTakeFirst();
  if (!d) throw notFound('tài liệu');
  return d;
}

// ---- transitions ---------------------------------------------------------------------------

/** Steps a caller takes through POST /proposals/:id/transitions; disclosure and decision steps belong to their own use cases. */
export const MANUAL_ACTIONS = ['submit', 'start_review', 'return', 'resubmit', 'approve', 'reject'] as const satisfies readonly ProposalAction[];

/**
 * Takes one step inside the caller's transaction: checks side, state, reason and the version the
 * caller saw; the conditional update lets exactly one of simultaneous callers through.
 */
export async function applyTransition(trx: Transaction<DB>, actor: Actor, who: AuditWho, id: string, action: ProposalAction, version: number | null, reason: string | null, patch: Parameters<typeof repo.bumpVersion>[2] = {}) {
  const p = await repo.findProposal(trx, id);
  if (!p) throw notFound('hồ sơ đề nghị');
  requireRead(actor, p.unit_path);
  const sides = proposalSides(actor, p.unit_path);
  if (sides.length === 0) throw forbidden();
  const check = checkTransition(p.state as ProposalState, action, sides, reason);
  if (!check.ok) {
    if (check.code === 'wrong_side') throw forbidden();
    if (check.code === 'reason_required') throw badField('reason', check.message);
    throw conflict(check.message);
  }
  if (version !== null && p.version !== version) throw stale();
  const at = nowIso();
  if (!(await repo.bumpVersion(trx, p, { ...patch, state: check.to }, at, p.state))) throw stale();
  const row = { id: newId(), proposal_id: id, action, from_state: p.state, to_state: check.to, reason: reason ? normalizeInput(reason) : null, actor_id: actor.userId, actor_name: actor.fullName, at };
  await trx.insertInto('proposal_transitions').values(row).execute();
  await recordAudit(trx, who, { action: `proposal.${action}`, entity: 'proposal', entityId: id, before: { state: p.state, version: p.version }, after: { state: check.to, reason: row.reason } });
  return { ...p, state: check.to };
}

export async function transition(c: Ctx, id: string, input: { action: (typeof MANUAL_ACTIONS)[number]; version: number; reason?: string | null }) {
  const p = await readableProposal(c.db, c.actor, id);
  const sending = input.action === 'submit' || input.action === 'resubmit';
  // Sending re-checks every nominee on the history as it is now, then applies the gate.
  const nominees = sending && proposalSides(c.actor, p.unit_path).includes('unit') ? await repo.listNominees(c.db, id) : [];
  const judged = await judgeNominees(c.db, c.actor, nominees, p);
  const rechecked = nominees.map((n, i) => ({ id: n.id, ...judged[i]! }));
  await c.db.transaction().execute(async (trx) => {
    if (sending) {
      for (const r of rechecked) await trx.updateTable('proposal_nominees').set({ eligible: r.eligible, eligibility_json: r.eligibility_json, checked_at: r.checked_at }).where('id', '=', r.id).execute();
      const issues = gateIssues(p, await repo.listNominees(trx, id), await repo.listDocuments(trx, id));
      if (issues.length && proposalSides(c.actor, p.unit_path).includes('unit')) throw badInput(issues);
    }
    const now = nowIso();
    const patch = input.action === 'submit' ? { submitted_at: now, late: isLate(now, p.due_date) ? 1 : 0 } : {};
    await applyTransition(trx, c.actor, c.who, id, input.action, input.version, input.reason ?? null, patch);
  });
  return getProposal(c.db, c.actor, id);
}

// ---- the board's outcome per nominee -------------------------------------------------------

export async function setOutcome(c: Ctx, id: string, nomineeId: string, input: { version: number; outcome: NomineeOutcome; reason?: string | null; loweredTo?: AwardCode | null }) {
  await c.db.transaction().execute(async (trx) => {
    const p = await repo.findProposal(trx, id);
    if (!p) throw notFound('hồ sơ đề nghị');
    if (!proposalSides(c.actor, p.unit_path).includes('board')) throw forbidden();
    if (!['under_review', 'to_council', 'disclosure'].includes(p.state)) throw conflict(`hồ sơ đang ở trạng thái "${STATE_LABELS[p.state as ProposalState]}"`);
    if (p.version !== input.version) throw stale();
    const n = await repo.findNominee(trx, nomineeId);
    if (!n || n.proposal_id !== id) throw notFound('người được đề nghị');
    if (n.award_id) throw conflict('đã có quyết định khen thưởng cho người này');
    const lower = input.loweredTo ? isLowerForm(n.award_type as AwardCode, input.loweredTo, n.subject_kind as SubjectKind) : false;
    const ok = checkOutcome(input.outcome, { reason: input.reason, loweredTo: input.loweredTo, isLower: lower });
    if (!ok.ok) throw badField(ok.path, ok.message);
    const patch = {
      outcome: input.outcome, outcome_reason: input.reason ? normalizeInput(input.reason) : null,
      lowered_to: input.outcome === 'lowered' ? input.loweredTo ?? null : null,
    };
    await trx.updateTable('proposal_nominees').set(patch).where('id', '=', nomineeId).execute();
    if (!(await repo.bumpVersion(trx, p, {}, nowIso()))) throw stale();
    await recordAudit(trx, c.who, { action: 'proposal.nominee.outcome', entity: 'proposal', entityId: id, before: { nomineeId, outcome: n.outcome }, after: { nomineeId, ...patch } });
  });
  return getProposal(c.db, c.actor, id);
}
