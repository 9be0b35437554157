/**
 * Subject history use cases. Scoped like people: readers see their subtree (board, admin, viewer:
 * all); writers need `people.write` within it. Each write and its audit entry commit together.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { chunks, IDS_PER_QUERY } from '../../../lib/collections.js';
import { nowIso } from '../../../lib/ids.js';
import { normalizeInput } from '../../../lib/text.js';
import { badField, badInput, notFound } from '../../../server/errors.js';
import { recordAudit, type AuditWho } from '../../audit/audit.js';
import type { Actor } from '../../auth/actor.js';
import { requirePermission, requireRead, requireWrite } from '../../auth/policy.js';
import { findPeople } from '../../org/people.repo.js';
import { checkEligibility, missingPhrases } from '../domain/eligibility.js';
import type { AwardCode, Rating } from '../domain/types.js';
import { listBySubject, listBySubjects, unitsById } from '../registry/repo.js';
import { isRealDate, loadSettings } from '../settings/service.js';
import { eligibilityInputOf, presentHistory, type SubjectInfo } from './present.js';
import * as repo from './repo.js';
import { disciplineProblems, disciplineRow, workProblems, workRow, yearProblems, type DisciplineInput, type WorkInput, type WorkKind, type YearInput } from './validate.js';

export type { DisciplineInput, WorkInput, WorkKind, YearInput } from './validate.js';

type Db = Kysely<DB>;
const ENTITY: Record<repo.HistoryKind, string> = { individual: 'person_history', collective: 'unit_history' };

type Subject = SubjectInfo & { path: string };

/** Subjects' names, units and paths, two queries per 500 whatever their number; unknown ones are left out. */
async function subjectsOf(db: Db, keys: readonly repo.SubjectKey[]): Promise<Map<string, Subject>> {
  const out = new Map<string, Subject>();
  const ids = (kind: repo.HistoryKind) => chunks([...new Set(keys.filter((k) => k.kind === kind).map((k) => k.id))], IDS_PER_QUERY);
  for (const part of ids('individual')) {
    for (const p of await findPeople(db, part)) {
      const gender = p.gender === 'female' || p.gender === 'male' ? p.gender : undefined;
      out.set(repo.keyOf({ kind: 'individual', id: p.id }), { kind: 'individual', id: p.id, name: p.full_name, unit: { id: p.unit_id, name: p.unit_name }, path: p.unit_path, ...(gender ? { gender } : {}) });
    }
  }
  for (const part of ids('collective')) {
    for (const u of await unitsById(db, part)) out.set(repo.keyOf({ kind: 'collective', id: u.id }), { kind: 'collective', id: u.id, name: u.name, unit: { id: u.id, name: u.name }, path: u.path });
  }
  return out;
}

const notFoundSubject = (kind: repo.HistoryKind) => notFound(kind === 'individual' ? 'cá nhân' : 'đơn vị');

async function subjectOf(db: Db, kind: repo.HistoryKind, id: string): Promise<Subject> {
  const s = (await subjectsOf(db, [{ kind, id }])).get(repo.keyOf({ kind, id }));
  if (!s) throw notFoundSubject(kind);
  return s;
}

async function readable(db: Db, actor: Actor, kind: repo.HistoryKind, id: string) {
  requirePermission(actor, 'org.read');
  const s = await subjectOf(db, kind, id);
  requireRead(actor, s.path);
  return s;
}

export async function getHistory(db: Db, actor: Actor, kind: repo.HistoryKind, id: string) {
  const s = await readable(db, actor, kind, id);
  return presentHistory(s, await repo.readHistory(db, s), await listBySubject(db, kind, id));
}

export interface StoredQuery extends repo.SubjectKey {
  awardType: AwardCode;
  year: number;
  decisionDate?: string;
}

/**
 * Same answers as POST /eligibility/check, judged on the stored histories and the board's settings,
 * for any number of subjects: their facts and awards are read set-based (a fixed number of queries
 * per 500 subjects), then the pure engine judges each in memory. `granted(subject)`: the caller's
 * policy check already allowed it (a cluster leader judging a member unit); else its unit must be readable.
 */
export async function storedEligibilities(db: Db, actor: Actor, queries: readonly StoredQuery[], granted: (s: repo.SubjectKey) => boolean = () => false) {
  requirePermission(actor, 'org.read');
  const subjects = await subjectsOf(db, queries);
  const items = queries.map((q) => {
    const s = subjects.get(repo.keyOf(q));
    if (!s) throw notFoundSubject(q.kind);
    if (!granted(s)) requireRead(actor, s.path);
    checkDecisionDate(q.year, q.decisionDate);
    return { s, q };
  });
  const histories = await repo.readHistories(db, queries);
  const awards = new Map<string, Awaited<ReturnType<typeof listBySubjects>>>();
  for (const kind of ['individual', 'collective'] as const) awards.set(kind, await listBySubjects(db, kind, queries.filter((q) => q.kind === kind).map((q) => q.id)));
  const settings = await loadSettings(db);
  return items.map(({ s, q }) => {
    const input = eligibilityInputOf(s, histories.get(repo.keyOf(q))!, awards.get(q.kind)!.get(q.id) ?? [], q);
    const result = checkEligibility(input, settings);
    return { ...result, missing: missingPhrases(result), subject: { kind: q.kind, id: q.id, name: s.name } };
  });
}

/** One subject: a batch of one. */
export async function storedEligibility(db: Db, actor: Actor, kind: repo.HistoryKind, id: string, q: { awardType: AwardCode; year: number; decisionDate?: string }) {
  return (await storedEligibilities(db, actor, [{ kind, id, ...q }]))[0]!;
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
