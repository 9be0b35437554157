/** Award registry use cases: search, history, stats, record, revoke. Authorization and audit happen here. */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { nowIso } from '../../../lib/ids.js';
import { foldVietnamese, normalizeInput } from '../../../lib/text.js';
import { badField, conflict, forbidden, notFound } from '../../../server/errors.js';
import { recordAudit, type AuditWho } from '../../audit/audit.js';
import type { Actor } from '../../auth/actor.js';
import { readScope, requirePermission, requireRead } from '../../auth/policy.js';
import { findPerson } from '../../org/people.repo.js';
import { findUnit } from '../../org/units.repo.js';
import { CATALOGUE } from '../domain/catalogue.js';
import type { AwardCode, Scope, SubjectKind } from '../domain/types.js';
import { countIn, decodeCursor, encodeCursor, newAwardRow, subjectMismatch, type AwardFacts, type AwardSubject } from './award-row.js';
import * as repo from './repo.js';

export interface AwardQuery {
  q?: string;
  unitId?: string;
  year?: number;
  yearFrom?: number;
  yearTo?: number;
  awardType?: AwardCode;
  level?: Scope;
  gender?: string;
  ethnicity?: string;
  revoked?: boolean;
  limit: number;
  cursor?: string;
  /** Also count the matches (up to COUNT_CAP): the first page of a search asks for it. */
  count?: boolean;
}

/** Beyond this many matches the list says "more than 10,000": counting millions is not worth a request. */
export const COUNT_CAP = 10_000;

/** The subtree the caller reads: `unitId` (403 outside the caller's scope) or the caller's whole scope. */
async function pathFor(db: Kysely<DB>, actor: Actor, unitId: string | undefined): Promise<string | null> {
  requirePermission(actor, 'awards.read');
  if (!unitId) return readScope(actor);
  const unit = await findUnit(db, unitId);
  if (!unit) throw badField('unitId', 'Không tìm thấy đơn vị');
  requireRead(actor, unit.path);
  return unit.path;
}

export async function searchAwards(db: Kysely<DB>, actor: Actor, query: AwardQuery) {
  const after = query.cursor ? decodeCursor(query.cursor) : undefined;
  if (after === null) throw badField('cursor', 'Con trỏ trang không hợp lệ; hãy tải lại danh sách');
  const folded = query.q ? foldVietnamese(query.q) : '';
  const filter = {
    ...query, path: await pathFor(db, actor, query.unitId), folded: folded || undefined,
    ethnicity: query.ethnicity ? normalizeInput(query.ethnicity) : undefined,
  };
  const rows = await repo.listAwards(db, { ...filter, after, limit: query.limit + 1 });
  const items = rows.slice(0, query.limit);
  const last = items[items.length - 1];
  const nextCursor = rows.length > query.limit && last ? encodeCursor(last) : null;
  if (!query.count) return { items, nextCursor };
  // A page that holds every match needs no second query.
  const n = !after && !nextCursor ? items.length : await repo.countAwards(db, filter, COUNT_CAP);
  return { items, nextCursor, total: { count: Math.min(n, COUNT_CAP), more: n > COUNT_CAP } };
}

/** One award; 403 when it lies outside the caller's subtree. */
export async function getAward(db: Kysely<DB>, actor: Actor, id: string) {
  requirePermission(actor, 'awards.read');
  const award = await repo.findAward(db, id);
  if (!award) throw notFound('khen thưởng');
  requireRead(actor, award.unit_path);
  return award;
}

export async function personAwards(db: Kysely<DB>, actor: Actor, personId: string) {
  requirePermission(actor, 'awards.read');
  const person = await findPerson(db, personId);
  if (!person) throw notFound('cá nhân');
  requireRead(actor, person.unit_path);
  return repo.listBySubject(db, 'individual', personId);
}

export async function unitAwards(db: Kysely<DB>, actor: Actor, unitId: string) {
  requirePermission(actor, 'awards.read');
  const unit = await findUnit(db, unitId);
  if (!unit) throw notFound('đơn vị');
  requireRead(actor, unit.path);
  return repo.listBySubject(db, 'collective', unitId);
}

export interface StatsQuery {
  unitId?: string;
  year?: number;
  yearFrom?: number;
  yearTo?: number;
  level?: Scope;
  awardType?: AwardCode;
  gender?: 'male' | 'female';
  groupBy: repo.StatsGroup;
}

export async function awardStats(db: Kysely<DB>, actor: Actor, query: StatsQuery) {
  const rootPath = (await pathFor(db, actor, query.unitId)) ?? '/';
  const awardTypes = query.level || query.awardType
    ? Object.values(CATALOGUE).filter((e) => (!query.level || e.level === query.level) && (!query.awardType || e.code === query.awardType)).map((e) => e.code)
    : undefined;
  const rows = await repo.statsGroups(db, { ...query, rootPath, awardTypes });
  const labels = await labelsFor(db, query.groupBy, rows.map((r) => String(r.group_key)), rootPath);
  return rows.map((r) => {
    const key = query.groupBy === 'unit' && r.group_key === '' ? rootUnitId(rootPath) : r.group_key;
    return { key: key === '' ? null : key, label: labels.get(String(key)) ?? null, count: r.count };
  });
}

const rootUnitId = (path: string): string => path.split('/').filter(Boolean).pop() ?? '';

async function labelsFor(db: Kysely<DB>, groupBy: repo.StatsGroup, keys: string[], rootPath: string): Promise<Map<string, string>> {
  if (groupBy === 'awardType') return new Map(keys.map((k) => [k, CATALOGUE[k as AwardCode]?.name ?? k]));
  if (groupBy === 'unit') {
    const units = await repo.unitsById(db, keys.map((k) => k || rootUnitId(rootPath)));
    return new Map(units.map((u) => [u.id, u.name]));
  }
  if (groupBy === 'gender') return new Map([['male', 'Nam'], ['female', 'Nữ']]);
  if (groupBy === 'leader') return new Map([['1', 'Lãnh đạo, quản lý'], ['0', 'Người lao động trực tiếp']]);
  return new Map();
}

export interface RecordInput {
  subject: { kind: SubjectKind; personId?: string; unitId?: string; name?: string };
  awardType: AwardCode;
  kind: AwardFacts['kind'];
  year: number;
  decision: { number: string; date?: string | null; issuer: string; issuerUnitId?: string | null };
  certificateNo?: string | null;
  rewardAmount?: number | null;
}

async function resolveSubject(db: Kysely<DB>, s: RecordInput['subject']): Promise<AwardSubject> {
  if (s.kind === 'individual') {
    const person = s.personId ? await findPerson(db, s.personId) : undefined;
    if (!person) throw badField('subject.personId', s.personId ? 'Không tìm thấy cá nhân' : 'Chọn cá nhân được khen thưởng');
    return {
      kind: 'individual', id: person.id, name: person.full_name, unitId: person.unit_id, unitPath: person.unit_path,
      gender: person.gender, ethnicity: person.ethnicity, isLeader: person.is_leader === 1,
    };
  }
  const unit = s.unitId ? await findUnit(db, s.unitId) : undefined;
  if (!unit) throw badField('subject.unitId', s.unitId ? 'Không tìm thấy đơn vị' : 'Chọn đơn vị');
  if (s.kind === 'collective') return { kind: 'collective', id: unit.id, name: unit.name, unitId: unit.id, unitPath: unit.path, gender: null, ethnicity: null, isLeader: false };
  const name = s.name ? normalizeInput(s.name) : '';
  if (name.length < 2) throw badField('subject.name', 'Nhập tên hộ gia đình (tên chủ hộ)');
  return { kind: 'household', id: null, name, unitId: unit.id, unitPath: unit.path, gender: null, ethnicity: null, isLeader: false };
}

/** Records one award by hand (board, admin): the row, its search index and its summary count commit together with the audit entry. */
export async function recordAward(db: Kysely<DB>, actor: Actor, who: AuditWho, input: RecordInput) {
  requirePermission(actor, 'awards.record');
  const mismatch = subjectMismatch(input.awardType, input.subject.kind);
  if (mismatch) throw badField('awardType', mismatch);
  if (input.decision.issuerUnitId && !(await findUnit(db, input.decision.issuerUnitId))) throw badField('decision.issuerUnitId', 'Không tìm thấy đơn vị ban hành');
  const id = await db.transaction().execute(async (trx) => {
    const subject = await resolveSubject(trx, input.subject);
    if (subject.id && (await repo.heldAwards(trx, [subject.id])).has(`${subject.id}|${input.awardType}|${input.year}`)) {
      throw conflict(`${subject.name} đã có "${CATALOGUE[input.awardType].name}" năm ${input.year}`);
    }
    const row = newAwardRow(subject, {
      ...input, decision: { ...input.decision, date: input.decision.date ?? null, issuerUnitId: input.decision.issuerUnitId ?? null },
      certificateNo: input.certificateNo ?? null, rewardAmount: input.rewardAmount ?? null,
    }, { by: actor.userId, importId: null, now: nowIso() });
    await repo.insertAwards(trx, [row]);
    await repo.addToStats(trx, countIn([row]));
    await recordAudit(trx, who, { action: 'award.record', entity: 'award', entityId: row.id, after: row });
    return row.id;
  });
  return getAward(db, actor, id);
}

export interface Revocation {
  decisionNumber: string;
  decisionDate: string;
  reason: string;
}

/**
 * Annuls awards (Law Art. 93) inside the caller's transaction: each is marked revoked with the
 * revoking decision and reason, moves from the live to the revoked summary counts, and is audited.
 * Nothing is deleted. An award unknown or already revoked (also by a concurrent caller) throws, so
 * the caller's transaction leaves every award as it was.
 */
export async function revokeAwardsIn(trx: Transaction<DB>, actor: Actor, who: AuditWho, ids: readonly string[], input: Revocation): Promise<void> {
  requirePermission(actor, 'awards.record');
  if (ids.length === 0) return;
  const before = await repo.findAwards(trx, ids);
  if (before.length !== new Set(ids).size) throw notFound('khen thưởng');
  const revoked = before.find((a) => a.revoked);
  if (revoked) throw conflict(`khen thưởng của ${revoked.subject_name} đã bị hủy bỏ`);
  const patch = { number: normalizeInput(input.decisionNumber), date: input.decisionDate, reason: normalizeInput(input.reason), by: actor.userId, at: nowIso() };
  // The conditional update refuses awards revoked since they were read, so the counts move once.
  if ((await repo.markRevoked(trx, ids, patch)) !== before.length) throw conflict('khen thưởng vừa bị hủy bỏ bởi người khác; hãy tải lại');
  const live = countIn(before);
  await repo.addToStats(trx, [...live.map((d) => ({ ...d, count: -d.count })), ...live.map((d) => ({ ...d, revoked: 1 }))]);
  for (const a of before) await recordAudit(trx, who, { action: 'award.revoke', entity: 'award', entityId: a.id, before: { revoked: false }, after: { revoked: true, ...patch } });
}

/** Annuls one award: a revocation of one, in its own transaction. */
export async function revokeAward(db: Kysely<DB>, actor: Actor, who: AuditWho, id: string, input: Revocation) {
  requirePermission(actor, 'awards.record');
  await db.transaction().execute((trx) => revokeAwardsIn(trx, actor, who, [id], input));
  return getAward(db, actor, id);
}

/** Who may follow an import: its author, the board and admins. */
export function requireImportReader(actor: Actor, createdBy: string): void {
  if (actor.userId !== createdBy && !actor.roles.some((r) => r === 'admin' || r === 'board')) throw forbidden();
}
