/** Pure construction of registry rows: what every writer (manual record, import, demo seed) stores. */
import type { NewAward } from '../../../db/schema.js';
import { newId } from '../../../lib/ids.js';
import { foldVietnamese, normalizeInput } from '../../../lib/text.js';
import { CATALOGUE } from '../domain/catalogue.js';
import type { AwardCode, CommendationKind, SubjectKind } from '../domain/types.js';
import type { StatsDelta, StatsKey } from './repo.js';
import { vietnameseSortKey } from './sort-key.js';

/** The subject as it is at the time of the award: copied into the row, never re-read for history. */
export interface AwardSubject {
  kind: SubjectKind;
  /** Person id, unit id (collective) or null (household, known by name only). */
  id: string | null;
  name: string;
  unitId: string;
  unitPath: string;
  gender: string | null;
  ethnicity: string | null;
  isLeader: boolean;
}

export interface AwardFacts {
  awardType: AwardCode;
  kind: CommendationKind;
  year: number;
  decision: { number: string; date: string | null; issuer: string; issuerUnitId: string | null };
  certificateNo: string | null;
  rewardAmount: number | null;
}

/** Vietnamese message when the award type is not conferred on this kind of subject (LAW.md table), else null. */
export function subjectMismatch(code: AwardCode, kind: SubjectKind): string | null {
  const entry = CATALOGUE[code];
  if (entry.subjects.includes(kind)) return null;
  const names: Record<SubjectKind, string> = { individual: 'cá nhân', collective: 'tập thể', household: 'hộ gia đình' };
  return `"${entry.name}" chỉ tặng cho ${entry.subjects.map((s) => names[s]).join(', ')}, không tặng cho ${names[kind]}`;
}

export function newAwardRow(subject: AwardSubject, facts: AwardFacts, meta: { by: string | null; importId: string | null; now: string }): NewAward {
  const name = normalizeInput(subject.name);
  const number = normalizeInput(facts.decision.number);
  const certificate = facts.certificateNo ? normalizeInput(facts.certificateNo) : null;
  return {
    id: newId(), subject_kind: subject.kind, subject_id: subject.id, subject_name: name,
    // Name, decision number and certificate number are what officers search the register by.
    search: foldVietnamese([name, number, certificate].filter(Boolean).join(' ')),
    sort_key: vietnameseSortKey(name), unit_id: subject.unitId, unit_path: subject.unitPath,
    gender: subject.gender, ethnicity: subject.ethnicity ? normalizeInput(subject.ethnicity) : null, is_leader: subject.isLeader ? 1 : 0,
    award_type: facts.awardType, level: CATALOGUE[facts.awardType].level, kind: facts.kind, year: facts.year,
    decision_number: number, decision_date: facts.decision.date, decision_issuer: normalizeInput(facts.decision.issuer),
    issuer_unit_id: facts.decision.issuerUnitId, certificate_no: certificate, reward_amount: facts.rewardAmount,
    revoked: 0, revoked_decision_number: null, revoked_decision_date: null, revoked_reason: null, revoked_at: null, revoked_by: null,
    import_id: meta.importId, created_by: meta.by, created_at: meta.now, updated_at: meta.now,
  };
}

type Counted = Pick<NewAward, 'unit_id' | 'unit_path' | 'year' | 'award_type' | 'gender' | 'ethnicity' | 'is_leader' | 'revoked'>;

/** The summary row an award counts in ('' stands for "not applicable": collectives have no gender). */
export function statsKeyOf(a: Counted): StatsKey {
  return {
    unit_id: a.unit_id, unit_path: a.unit_path, year: a.year, award_type: a.award_type, gender: a.gender ?? '', ethnicity: a.ethnicity ?? '',
    is_leader: a.is_leader ?? 0, revoked: a.revoked ?? 0,
  };
}

/** Sums deltas of equal keys (an upsert statement may touch each summary row once) and drops zeros. */
export function mergeDeltas(deltas: readonly StatsDelta[]): StatsDelta[] {
  const merged = new Map<string, StatsDelta>();
  for (const d of deltas) {
    const k = JSON.stringify([d.unit_id, d.year, d.award_type, d.gender, d.ethnicity, d.is_leader, d.revoked]);
    const prev = merged.get(k);
    merged.set(k, prev ? { ...prev, count: prev.count + d.count } : { ...d });
  }
  return [...merged.values()].filter((d) => d.count !== 0);
}

export const countIn = (rows: readonly Counted[]): StatsDelta[] => mergeDeltas(rows.map((r) => ({ ...statsKeyOf(r), count: 1 })));

/** Opaque keyset cursor: the sort key and id of a page's last row. */
export function encodeCursor(row: { sort_key: string; id: string }): string {
  return Buffer.from(JSON.stringify([row.sort_key, row.id])).toString('base64url');
}

export function decodeCursor(cursor: string): { sortKey: string; id: string } | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string') return { sortKey: value[0], id: value[1] };
  } catch {
    // fall through: a cursor not made by encodeCursor
  }
  return null;
}
