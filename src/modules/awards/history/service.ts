/**
 * Subject history use cases. Scoped like people: readers see their subtree (board, admin, viewer:
 * all); writers need `people.write` within it. Each write and its audit entry commit together.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { nowIso } from '../../../lib/ids.js';
import { normalizeInput } from '../../../lib/text.js';
import { badField, badInput, notFound } from '../../../server/errors.js';
import { recordAudit, type AuditWho } from '../../audit/audit.js';
import type { Actor } from '../../auth/actor.js';
import { requirePermission, requireRead, requireWrite } from '../../auth/policy.js';
import { findPerson } from '../../org/people.repo.js';
import { findUnit } from '../../org/units.repo.js';
import { checkEligibility, missingPhrases } from '../domain/eligibility.js';
import type { AwardCode, Rating } from '../domain/types.js';
import { listBySubject } from '../registry/repo.js';
import { isRealDate, loadSettings } from '../settings/service.js';
import { eligibilityInputOf, presentHistory, type SubjectInfo } from './present.js';
import * as repo from './repo.js';
import { disciplineProblems, disciplineRow, workProblems, workRow, yearProblems, type DisciplineInput, type WorkInput, type WorkKind, type YearInput } from './validate.js';

export type { DisciplineInput, WorkInput, WorkKind, YearInput } from './validate.js';

type Db = Kysely<DB>;
const ENTITY: Record<repo.HistoryKind, string> = { individual: 'person_history', collective: 'unit_history' };

async function subjectOf(db: Db, kind: repo.HistoryKind, id: string): Promise<SubjectInfo & { path: string }> {
  if (kind === 'individual') {
    const p = await findPerson(db, id);
    if (!p) throw notFound('cá nhân');
    const gender = p.gender === 'female' || p.gender === 'male' ? p.gender : undefined;
    return { kind, id, name: p.full_name, unit: { id: p.unit_id, name: p.unit_name }, path: p.unit_path, ...(gender ? { gender } : {}) };
  }
  const u = await findUnit(db, id);
  if (!u) throw notFound('đơn vị');
  return { kind, id, name: u.name, unit: { id: u.id, name: u.name }, path: u.path };
}

/** `granted`: the caller's policy check already allowed this subject (a cluster leader judging a member unit). */
async function readable(db: Db, actor: Actor, kind: repo.HistoryKind, id: string, granted = false) {
  requirePermission(actor, 'org.read');
  const s = await subjectOf(db, kind, id);
  if (!granted) requireRead(actor, s.path);
  return s;
}

export async function getHistory(db: Db, actor: Actor, kind: repo.HistoryKind, id: string) {
  const s = await readable(db, actor, kind, id);
  return presentHistory(s, await repo.readHistory(db, s), await listBySubject(db, kind, id));
}

/** Same answer as POST /eligibility/check, judged on the stored history and the board's settings. */
export async function storedEligibility(db: Db, actor: Actor, kind: repo.HistoryKind, id: string, q: { awardType: AwardCode; year: number; decisionDate?: string }, granted = false) {
  const s = await readable(db, actor, kind, id, granted);
  checkDecisionDate(q.year, q.decisionDate);
  const input = eligibilityInputOf(s, await repo.readHistory(db, s), await listBySubject(db, kind, id), q);
  const result = checkEligibility(input, await loadSettings(db));
  return { ...result, missing: missingPhrases(result), subject: { kind, id, name: s.name } };
}

/** A decision cannot come before the year it rewards. */
export function checkDecisionDate(year: number, decisionDate: string | undefined): void {
  if (decisionDate && !isRealDate(decisionDate)) throw badField('decisionDate', 'Ngày không hợp lệ (YYYY-MM-DD)');
  if (decisionDate && Number(decisionDate.slice(0, 4)) < year) throw badField('decisionDate', 'Ngày quyết định không thể trước năm xét khen thưởng');
}

export interface Ctx {
  db: Db;
  actor: Actor;
  who: AuditWho;
}

/**
 * Runs one write: authorizes inside the transaction (the subject's unit as it is now), applies,
 * audits, then answers with the whole history.
 */
async function write(c: Ctx, kind: repo.HistoryKind, id: string, action: string, apply: (trx: Db, s: SubjectInfo) => Promise<{ before?: unknown; after?: unknown }>) {
  await c.db.transaction().execute(async (trx) => {
    const s = await subjectOf(trx, kind, id);
    requireWrite(c.actor, 'people.write', s.path);
    const change = await apply(trx, s);
    await recordAudit(trx, c.who, { action: `history.${action}`, entity: ENTITY[kind], entityId: id, ...change });
  });
  return getHistory(c.db, c.actor, kind, id);
}

const thisYear = (): number => new Date().getUTCFullYear();
function checkYear(year: number, path = 'year'): void {
  if (year > thisYear()) throw badField(path, `Năm không được sau năm hiện tại (${thisYear()})`);
}

export function putRating(c: Ctx, kind: repo.HistoryKind, id: string, year: number, rating: Rating) {
  checkYear(year);
  return write(c, kind, id, 'rating.put', async (trx, s) => {
    const before = (await repo.readHistory(trx, s)).ratings.find((r) => r.year === year) ?? null;
    await repo.upsertRating(trx, s, year, rating, c.actor.userId, nowIso());
    return { before, after: { year, rating } };
  });
}

export function deleteRating(c: Ctx, kind: repo.HistoryKind, id: string, year: number) {
  return write(c, kind, id, 'rating.delete', async (trx, s) => {
    if (!(await repo.deleteRating(trx, s, year))) throw notFound(`xếp loại năm ${year}`);
    return { before: { year } };
  });
}


export function addWork(c: Ctx, kind: repo.HistoryKind, id: string, workKind: WorkKind, input: WorkInput) {
  checkYear(input.year);
  const problems = workProblems(input);
  if (problems.length) throw badInput(problems);
  const row = workRow(input, workKind, c.actor.userId);
  const uses = input.usedFor ?? [];
  return write(c, kind, id, `${workKind}.add`, async (trx, s) => {
    const stored = { ...row, subject_kind: s.kind, subject_id: s.id };
    await repo.insertWork(trx, stored, uses);
    return { after: { ...stored, usedFor: uses } };
  });
}

export function deleteWork(c: Ctx, kind: repo.HistoryKind, id: string, workKind: WorkKind, workId: string) {
  return write(c, kind, id, `${workKind}.delete`, async (trx, s) => {
    const before = await repo.findWork(trx, s, workKind, workId);
    if (!before) throw notFound(workKind === 'initiative' ? 'sáng kiến' : 'đề tài, công trình khoa học');
    await repo.deleteWork(trx, workId);
    return { before };
  });
}

export function addDiscipline(c: Ctx, kind: repo.HistoryKind, id: string, input: DisciplineInput) {
  const problems = disciplineProblems(input);
  if (problems.length) throw badInput(problems);
  const row = disciplineRow(input, c.actor.userId);
  return write(c, kind, id, 'discipline.add', async (trx, s) => {
    const stored = { ...row, subject_kind: s.kind, subject_id: s.id };
    await repo.insertDiscipline(trx, stored);
    return { after: stored };
  });
}

export function deleteDiscipline(c: Ctx, kind: repo.HistoryKind, id: string, disciplineId: string) {
  return write(c, kind, id, 'discipline.delete', async (trx, s) => {
    const before = await repo.findDiscipline(trx, s, disciplineId);
    if (!before) throw notFound('kỷ luật');
    await repo.deleteDiscipline(trx, disciplineId);
    return { before };
  });
}

/** Replaces the year's facts: a field left out is "not entered" (the rules then say "chưa có …"). */
export function putYear(c: Ctx, kind: repo.HistoryKind, id: string, year: number, input: YearInput) {
  checkYear(year);
  const problems = yearProblems(kind, input);
  if (problems.length) throw badInput(problems);
  const m = input.members ?? null;
  return write(c, kind, id, 'year.put', async (trx, s) => {
    const before = (await repo.readHistory(trx, s)).years.find((y) => y.year === year) ?? null;
    const row = {
      subject_kind: s.kind, subject_id: s.id, year, months_worked: input.monthsWorked ?? null, maternity_months: input.maternityMonths ?? null,
      members_total: m?.total ?? null, members_ldtt: m?.ldtt ?? null, members_cstdcs: m?.cstdcs ?? null, members_completed_duties: m?.completedDuties ?? null,
      members_disciplined: m?.disciplinedWarningOrAbove ?? null, members_women: m?.women ?? null, updated_by: c.actor.userId, updated_at: nowIso(),
    };
    await repo.putYear(trx, row, input.registered ?? []);
    return { before, after: { ...row, registered: input.registered ?? [] } };
  });
}

/**
 * The board's findings on a collective's year: whether it led its emulation cluster and exceeded its
 * targets (null = not established). Kept apart from the unit's own entries, which cannot change them.
 */
export function putBoardFacts(c: Ctx, id: string, year: number, input: { clusterLeader: boolean | null; exceededTargets: boolean | null }) {
  requirePermission(c.actor, 'history.boardFacts');
  checkYear(year);
  return write(c, 'collective', id, 'board_facts.put', async (trx, s) => {
    const before = (await repo.readHistory(trx, s)).years.find((y) => y.year === year);
    await repo.putBoardFacts(trx, s, year, input, c.actor.userId, nowIso());
    return { before: before ? { year, clusterLeader: before.cluster_leader, exceededTargets: before.exceeded_targets } : null, after: { year, ...input } };
  });
}

export function putReview(c: Ctx, kind: repo.HistoryKind, id: string, input: { underReview: boolean; note?: string | null }) {
  const note = input.note ? normalizeInput(input.note) : '';
  if (input.underReview && note.length < 5) throw badField('note', 'Ghi rõ nội dung đang xem xét (kỷ luật, thanh tra, khiếu nại…), ít nhất 5 ký tự');
  return write(c, kind, id, 'review.put', async (trx, s) => {
    const before = (await repo.readHistory(trx, s)).review ?? null;
    await repo.putReview(trx, s, input.underReview, note || null, c.actor.userId, nowIso());
    return { before, after: { underReview: input.underReview, note: note || null } };
  });
}
