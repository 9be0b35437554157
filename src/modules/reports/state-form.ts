/** Form 0602.N/BNV-TĐKT from the award registry: the reporting unit's subtree (within the caller's scope), one year. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { countAll, inSubtree } from '../../db/dialect.js';
import { badField } from '../../server/errors.js';
import type { Actor } from '../auth/actor.js';
import { requirePermission, requireRead, seesWholeTree } from '../auth/policy.js';
import { findRootOf, findUnit } from '../org/units.repo.js';
import { buildStateForm, FORM_AWARDS, FORM_CODE, FORM_COLUMNS, NOT_IN_CATALOGUE, type AwardFact, type FormColumn, type FormRow } from './domain/state-form.js';

export interface StateForm {
  formCode: string; year: number;
  reportingUnit: { id: string; name: string };
  receivingUnit: string;
  columns: readonly FormColumn[]; rows: FormRow[];
  notInCatalogue: readonly string[];
}

/**
 * The period is the calendar year in which the State conferred the award: the decision's date, or the
 * registry's year where a historical entry has no date. The form counts awards given, not achievements
 * (a title for 2023 conferred in 2024 counts in 2024).
 */
async function facts(db: Kysely<DB>, rootPath: string, year: number): Promise<AwardFact[]> {
  const rows = await db.selectFrom('awards')
    .select(['award_type', 'subject_kind', 'kind', 'gender', 'is_leader', countAll.as('n')])
    .where('award_type', 'in', FORM_AWARDS)
    .where('revoked', '=', 0)
    .where((eb) => inSubtree(eb.ref('unit_path'), rootPath))
    .where((eb) => eb.or([
      eb.and([eb('decision_date', '>=', `${year}-01-01`), eb('decision_date', '<=', `${year}-12-31`)]),
      eb.and([eb('decision_date', 'is', null), eb('year', '=', year)]),
    ]))
    .groupBy(['award_type', 'subject_kind', 'kind', 'gender', 'is_leader'])
    .execute();
  return rows.map((r) => ({ awardType: r.award_type, subjectKind: r.subject_kind, kind: r.kind, female: r.gender === 'female', leader: r.is_leader === 1, count: r.n }));
}

/** Without a unit: the whole authority for the board, the officer's own unit otherwise. */
async function reportingUnit(db: Kysely<DB>, actor: Actor, unitId: string | undefined) {
  const unit = unitId ? await findUnit(db, unitId) : seesWholeTree(actor) ? await findRootOf(db, actor.unitId) : await findUnit(db, actor.unitId);
  if (!unit) throw badField('unitId', 'Không tìm thấy đơn vị');
  requireRead(actor, unit.path);
  return unit;
}

export async function stateAwardsForm(db: Kysely<DB>, actor: Actor, q: { year: number; unitId?: string }): Promise<StateForm> {
  requirePermission(actor, 'reports.read');
  const unit = await reportingUnit(db, actor, q.unitId);
  // The authority reports to the Ministry of Home Affairs (the Circular's issuer); a unit inside it to its parent.
  const parent = unit.parent_id ? await findUnit(db, unit.parent_id) : undefined;
  return {
    formCode: FORM_CODE, year: q.year,
    reportingUnit: { id: unit.id, name: unit.name },
    receivingUnit: parent?.name ?? 'Bộ Nội vụ',
    columns: FORM_COLUMNS, rows: buildStateForm(await facts(db, unit.path, q.year)),
    notInCatalogue: NOT_IN_CATALOGUE,
  };
}
