/**
 * Title registrations (đăng ký danh hiệu thi đua): at the start of the year a unit registers its
 * people and itself for titles. Rows go to `subject_registrations`, the table the eligibility
 * engine reads, so the year-end review sees who registered.
 */
import { sql, type Kysely } from 'kysely';
import { inSubtree } from '../../db/dialect.js';
import type { DB } from '../../db/schema.js';
import { nowIso } from '../../lib/ids.js';
import { compareVietnamese } from '../../lib/text.js';
import { badInput, conflict, notFound, type ErrorDetail } from '../../server/errors.js';
import { recordAudit } from '../audit/audit.js';
import { readScope, requirePermission, requireWrite } from '../auth/policy.js';
import { CATALOGUE } from '../awards/domain/catalogue.js';
import type { AwardCode } from '../awards/domain/types.js';
import { titleProblem, yearProblem, type TitleSubjectKind } from './domain/titles.js';
import { findPerson } from '../org/people.repo.js';
import { findUnit } from '../org/units.repo.js';
import type { Actor } from '../auth/actor.js';
import type { Ctx } from './service.js';

type Db = Kysely<DB>;
export type { TitleSubjectKind };

export interface TitleRegistrationInput {
  subjectKind: TitleSubjectKind;
  subjectId: string;
  awardType: string;
  year: number;
}

/** The subject's unit (a person's unit, or the collective itself): the unit that registers it. */
export async function subjectUnit(db: Db, kind: TitleSubjectKind, id: string) {
  if (kind === 'individual') {
    const p = await findPerson(db, id);
    if (!p) return null;
    return { unitId: p.unit_id, path: p.unit_path, name: p.full_name };
  }
  const u = await findUnit(db, id);
  return u ? { unitId: u.id, path: u.path, name: u.name } : null;
}

export interface CheckedRegistration extends TitleRegistrationInput {
  unitId: string;
}

/** Validates one registration and authorizes it; problems name `prefix`ed fields. */
export async function checkRegistration(db: Db, actor: Actor, r: TitleRegistrationInput, prefix = ''): Promise<CheckedRegistration | ErrorDetail[]> {
  const p: ErrorDetail[] = [];
  const title = titleProblem(r.awardType, r.subjectKind);
  if (title) p.push({ path: `${prefix}awardType`, message: title });
  const year = yearProblem(r.year);
  if (year) p.push({ path: `${prefix}year`, message: year });
  const s = await subjectUnit(db, r.subjectKind, r.subjectId);
  if (!s) p.push({ path: `${prefix}subjectId`, message: r.subjectKind === 'individual' ? 'Không tìm thấy cá nhân' : 'Không tìm thấy đơn vị' });
  if (p.length || !s) return p;
  requireWrite(actor, 'movements.register', s.path);
  return { ...r, unitId: s.unitId };
}

const exists = async (db: Db, r: TitleRegistrationInput) =>
  !!(await db.selectFrom('subject_registrations').select('year').where('subject_kind', '=', r.subjectKind).where('subject_id', '=', r.subjectId)
    .where('year', '=', r.year).where('award_type', '=', r.awardType).executeTakeFirst());

/** Writes checked registrations (one transaction, one audit entry); duplicates refuse the whole batch. */
export async function writeRegistrations(c: Ctx, rows: readonly CheckedRegistration[], source: 'manual' | 'excel', rowName: (i: number) => string): Promise<void> {
  await c.db.transaction().execute(async (trx) => {
    const p: ErrorDetail[] = [];
    for (const [i, r] of rows.entries()) if (await exists(trx, r)) p.push({ path: rowName(i), message: `${rowName(i)}: đã đăng ký danh hiệu ${r.awardType} năm ${r.year}` });
    if (p.length) throw rows.length === 1 ? conflict('đã đăng ký danh hiệu này trong năm') : badInput(p);
    const at = nowIso();
    for (let i = 0; i < rows.length; i += 200) {
      await trx.insertInto('subject_registrations').values(rows.slice(i, i + 200).map((r) => ({
        subject_kind: r.subjectKind, subject_id: r.subjectId, year: r.year, award_type: r.awardType, unit_id: r.unitId,
        registered_by: c.actor.userId, registered_at: at, source,
      }))).execute();
    }
    // The history reads a year's registrations through its `subject_years` row; an empty row
    // (every fact NULL = "not entered") makes the registration visible without claiming any fact.
    const years = [...new Map(rows.map((r) => [`${r.subjectKind}|${r.subjectId}|${r.year}`, r])).values()];
    for (const r of years) {
      await trx.insertInto('subject_years').values({
        subject_kind: r.subjectKind, subject_id: r.subjectId, year: r.year, months_worked: null, maternity_months: null, members_total: null,
        members_ldtt: null, members_cstdcs: null, members_completed_duties: null, members_disciplined: null, members_women: null,
        updated_by: c.actor.userId, updated_at: at,
      }).onConflict((oc) => oc.columns(['subject_kind', 'subject_id', 'year']).doNothing()).execute();
    }
    await recordAudit(trx, c.who, {
      action: source === 'excel' ? 'title_registration.import' : 'title_registration.create', entity: 'title_registration',
      entityId: rows.length === 1 ? `${rows[0]!.subjectKind}:${rows[0]!.subjectId}:${rows[0]!.year}:${rows[0]!.awardType}` : `import:${rows.length}`,
      after: rows.map((r) => ({ subjectKind: r.subjectKind, subjectId: r.subjectId, year: r.year, awardType: r.awardType })),
    });
  });
}

export async function registerTitle(c: Ctx, input: TitleRegistrationInput) {
  requirePermission(c.actor, 'movements.register');
  const checked = await checkRegistration(c.db, c.actor, input);
  if (Array.isArray(checked)) throw badInput(checked);
  await writeRegistrations(c, [checked], 'manual', () => 'awardType');
  return checked;
}

export async function withdrawTitle(c: Ctx, input: TitleRegistrationInput) {
  const s = await subjectUnit(c.db, input.subjectKind, input.subjectId);
  if (!s) throw notFound(input.subjectKind === 'individual' ? 'cá nhân' : 'đơn vị');
  requireWrite(c.actor, 'movements.register', s.path);
  await c.db.transaction().execute(async (trx) => {
    const r = await trx.deleteFrom('subject_registrations').where('subject_kind', '=', input.subjectKind).where('subject_id', '=', input.subjectId)
      .where('year', '=', input.year).where('award_type', '=', input.awardType).executeTakeFirst();
    if (Number(r.numDeletedRows) === 0) throw notFound('đăng ký danh hiệu');
    await recordAudit(trx, c.who, { action: 'title_registration.delete', entity: 'title_registration', entityId: `${input.subjectKind}:${input.subjectId}:${input.year}:${input.awardType}`, before: input });
  });
}

/** A year's registrations in the caller's scope (optionally one unit's), people then collectives, by name. */
export async function listTitleRegistrations(db: Db, actor: Actor, year: number, unitId?: string) {
  requirePermission(actor, 'org.read');
  const scope = readScope(actor);
  let people = db.selectFrom('subject_registrations as r').innerJoin('people as p', 'p.id', 'r.subject_id').innerJoin('units as u', 'u.id', 'p.unit_id')
    .select(['r.subject_kind', 'r.subject_id', 'r.award_type', 'r.year', 'r.registered_at', 'r.source', 'p.full_name as name', 'u.id as unit_id', 'u.name as unit_name'])
    .where('r.subject_kind', '=', 'individual').where('r.year', '=', year);
  let units = db.selectFrom('subject_registrations as r').innerJoin('units as u', 'u.id', 'r.subject_id')
    .select(['r.subject_kind', 'r.subject_id', 'r.award_type', 'r.year', 'r.registered_at', 'r.source', 'u.name as name', 'u.id as unit_id', 'u.name as unit_name'])
    .where('r.subject_kind', '=', 'collective').where('r.year', '=', year);
  if (scope) {
    people = people.where(inSubtree(sql.ref('u.path'), scope));
    units = units.where(inSubtree(sql.ref('u.path'), scope));
  }
  if (unitId) {
    people = people.where('u.id', '=', unitId);
    units = units.where('u.id', '=', unitId);
  }
  const rows = [...await people.execute(), ...await units.execute()];
  rows.sort((a, b) => a.subject_kind.localeCompare(b.subject_kind) || compareVietnamese(a.unit_name, b.unit_name) || compareVietnamese(a.name, b.name) || a.award_type.localeCompare(b.award_type));
  return rows.map((r) => ({
    subject: { kind: r.subject_kind, id: r.subject_id, name: r.name }, unit: { id: r.unit_id, name: r.unit_name },
    awardType: r.award_type, awardName: CATALOGUE[r.award_type as AwardCode]?.name ?? r.award_type, year: r.year,
    registeredAt: r.registered_at, source: r.source,
  }));
}
