/**
 * A dossier's nominees checked: each resolved against the dossier's unit and the proposer, and the
 * whole list judged by the eligibility engine on the stored histories, read set-based.
 */
import type { Kysely } from 'kysely';
import type { DB, ProposalNomineeRow, ProposalRow } from '../../db/schema.js';
import { nowIso } from '../../lib/ids.js';
import { normalizeInput } from '../../lib/text.js';
import { badField } from '../../server/errors.js';
import type { Actor } from '../auth/actor.js';
import { proposesForClusterMember, proposesForProvince } from '../auth/policy.js';
import { CATALOGUE } from '../awards/domain/catalogue.js';
import type { AwardCode, SubjectKind } from '../awards/domain/types.js';
import { storedEligibilities } from '../awards/history/service.js';
import { subjectMismatch } from '../awards/registry/award-row.js';
import { leadClusters } from '../clusters/repo.js';
import { findPerson } from '../org/people.repo.js';
import { findUnit } from '../org/units.repo.js';
import { proposableBy } from './domain/submission.js';

type Db = Kysely<DB>;

export interface NomineeInput {
  subjectKind: SubjectKind;
  personId?: string;
  unitId?: string;
  name?: string;
  position?: string | null;
  awardType: AwardCode;
  achievements: string;
  overrideReason?: string | null;
}

export interface ResolvedNominee {
  subject_kind: SubjectKind;
  person_id: string | null;
  unit_id: string;
  name: string;
  position: string | null;
  award_type: AwardCode;
  achievements: string;
  override_reason: string | null;
}

/** Whether the dossier's unit leads a cluster of the dossier's year holding this unit, and the actor acts for that leadership (policy.ts). */
async function clusterMemberGranted(db: Db, actor: Actor, p: Pick<ProposalRow, 'unit_id' | 'year'>, unitId: string): Promise<boolean> {
  const clusters = await leadClusters(db, p.unit_id, p.year);
  return clusters.some((c) => proposesForClusterMember(actor, { leaderUnitId: c.leader_unit_id, memberUnitIds: c.memberUnitIds }, p.unit_id, unitId));
}

/** Checks a nominee against the dossier's unit and the proposer; `at` prefixes the field paths (e.g. an Excel row). */
export async function resolveNominee(db: Db, actor: Actor, p: Pick<ProposalRow, 'unit_path' | 'unit_id' | 'year'> & { unit_name: string }, n: NomineeInput, at = ''): Promise<ResolvedNominee> {
  const outside = (what: string) => `${what} không thuộc ${p.unit_name} hoặc đơn vị trực thuộc`;
  let subject: { id: string | null; unitId: string; name: string; position: string | null };
  if (n.subjectKind === 'individual') {
    const person = n.personId ? await findPerson(db, n.personId) : undefined;
    if (!person) throw badField(`${at}personId`, n.personId ? 'Không tìm thấy cá nhân' : 'Chọn cá nhân được đề nghị');
    if (!person.unit_path.startsWith(p.unit_path)) throw badField(`${at}personId`, outside(person.full_name));
    subject = { id: person.id, unitId: person.unit_id, name: person.full_name, position: n.position ? normalizeInput(n.position) : person.position };
  } else {
    const unit = n.unitId ? await findUnit(db, n.unitId) : undefined;
    if (!unit) throw badField(`${at}unitId`, n.unitId ? 'Không tìm thấy đơn vị' : 'Chọn tập thể hoặc đơn vị của hộ gia đình');
    const inScope = unit.path.startsWith(p.unit_path) || (n.subjectKind === 'collective' && await clusterMemberGranted(db, actor, p, unit.id));
    if (!inScope) throw badField(`${at}unitId`, outside(unit.name));
    const household = n.subjectKind === 'household' ? normalizeInput(n.name ?? '') : '';
    if (n.subjectKind === 'household' && household.length < 2) throw badField(`${at}name`, 'Nhập tên hộ gia đình (tên chủ hộ)');
    subject = { id: n.subjectKind === 'collective' ? unit.id : null, unitId: unit.id, name: household || unit.name, position: null };
  }
  const mismatch = subjectMismatch(n.awardType, n.subjectKind);
  if (mismatch) throw badField(`${at}awardType`, mismatch);
  if (!proposableBy(n.awardType, proposesForProvince(actor) ? 'province' : 'unit')) {
    throw badField(`${at}awardType`, `Đơn vị không đề nghị trực tiếp "${CATALOGUE[n.awardType].name}": hình thức do Thủ tướng Chính phủ hoặc Chủ tịch nước quyết định, Ban Thi đua – Khen thưởng tỉnh tổng hợp và đề nghị`);
  }
  const achievements = normalizeInput(n.achievements);
  if (achievements.length < 10) throw badField(`${at}achievements`, 'Tóm tắt thành tích quá ngắn (ít nhất 10 ký tự)');
  return {
    subject_kind: n.subjectKind, person_id: n.subjectKind === 'individual' ? subject.id : null, unit_id: subject.unitId, name: subject.name,
    position: subject.position, award_type: n.awardType, achievements, override_reason: n.overrideReason ? normalizeInput(n.overrideReason) : null,
  };
}

type Judged = Pick<ProposalNomineeRow, 'eligible' | 'eligibility_json' | 'checked_at'>;

/**
 * The engine's answers for a list of nominees, on their stored histories read set-based (one pass
 * for the whole list, whatever its length); null when it cannot judge (households).
 */
export async function judgeNominees(db: Db, actor: Actor, nominees: ReadonlyArray<Pick<ProposalNomineeRow, 'subject_kind' | 'person_id' | 'unit_id' | 'award_type'>>, p: Pick<ProposalRow, 'unit_id' | 'year'>): Promise<Judged[]> {
  const queries = nominees.flatMap((n) => n.subject_kind === 'individual' || n.subject_kind === 'collective'
    ? [{ kind: n.subject_kind, id: n.subject_kind === 'individual' ? n.person_id! : n.unit_id, awardType: n.award_type as AwardCode, year: p.year }] as const
    : []);
  // A collective outside the caller's subtree is judged when the dossier's unit leads its cluster (policy.ts).
  const clusters = queries.some((q) => q.kind === 'collective') ? await leadClusters(db, p.unit_id, p.year) : [];
  const granted = (s: { kind: string; id: string }) => s.kind === 'collective'
    && clusters.some((c) => proposesForClusterMember(actor, { leaderUnitId: c.leader_unit_id, memberUnitIds: c.memberUnitIds }, p.unit_id, s.id));
  const results = queries.length ? await storedEligibilities(db, actor, queries, granted) : [];
  const checkedAt = nowIso();
  let next = 0;
  return nominees.map((n) => {
    if (n.subject_kind !== 'individual' && n.subject_kind !== 'collective') return { eligible: null, eligibility_json: null, checked_at: checkedAt };
    const r = results[next++]!;
    const eligible = r.status === 'deferred' ? null : r.eligible ? 1 : 0;
    return { eligible, eligibility_json: JSON.stringify({ status: r.status, ruleSet: r.ruleSet, missing: r.missing, reasons: r.reasons }), checked_at: checkedAt };
  });
}
