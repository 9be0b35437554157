/**
 * Import of historical award registers: all or nothing. Phase 1 checks every row against the
 * database in batches (units, people, duplicates) and reports progress; phase 2 writes everything in
 * one transaction. Runs in the app process (not a durable job yet): see docs/API.md, "Award registry".
 */
import type { Kysely } from 'kysely';
import { writesBesideTransaction } from '../../../db/dialect.js';
import type { AwardImportRow, DB, NewAward, NewPerson } from '../../../db/schema.js';
import { newId, nowIso } from '../../../lib/ids.js';
import { foldVietnamese, normalizeInput } from '../../../lib/text.js';
import type { ErrorDetail } from '../../../server/errors.js';
import { recordAudit, type AuditWho } from '../../audit/audit.js';
import type { Actor } from '../../auth/actor.js';
import { requirePermission } from '../../auth/policy.js';
import { CATALOGUE } from '../domain/catalogue.js';
import { countIn, newAwardRow, type AwardSubject } from './award-row.js';
import { cellProblem, type RegisterRow } from './excel-import.js';
import * as repo from './repo.js';

export type ImportState = 'validating' | 'importing' | 'succeeded' | 'failed';

export async function createImportJob(db: Kysely<DB>, actor: Actor, fileName: string, total: number, errors: ErrorDetail[] = []): Promise<AwardImportRow> {
  requirePermission(actor, 'awards.record');
  const now = nowIso();
  const job: AwardImportRow = {
    id: newId(), file_name: fileName, state: errors.length ? 'failed' : 'validating', processed: 0, total, imported: 0,
    errors_json: JSON.stringify(errors), created_by: actor.userId, created_at: now, updated_at: now,
  };
  await repo.insertImport(db, job);
  return job;
}

type Unit = { id: string; path: string; name: string };

interface Plan {
  people: NewPerson[];
  awards: NewAward[];
  problems: ErrorDetail[];
}

/** Checks one batch against the database and adds its writes to the plan. */
async function planBatch(db: Kysely<DB>, batch: RegisterRow[], units: ReadonlyMap<string, Unit>, plan: Plan, planned: Map<string, AwardSubject>, meta: { by: string; importId: string; now: string }): Promise<void> {
  const known = batch.filter((r) => units.has(r.unitCode));
  for (const r of batch) if (!units.has(r.unitCode)) plan.problems.push(cellProblem(r.row, 'unitCode', `không có đơn vị mã "${r.unitCode}"`));
  const folded = (r: RegisterRow) => foldVietnamese(normalizeInput(r.name));
  const individuals = known.filter((r) => r.subjectKind === 'individual');
  const candidates = await repo.peopleCandidates(db, [...new Set(individuals.map((r) => units.get(r.unitCode)!.id))], [...new Set(individuals.map(folded))]);
  const subjects = new Map<RegisterRow, AwardSubject>();
  for (const r of known) {
    const unit = units.get(r.unitCode)!;
    if (r.subjectKind !== 'individual') {
      subjects.set(r, { kind: r.subjectKind, id: r.subjectKind === 'collective' ? unit.id : null, name: r.subjectKind === 'collective' ? unit.name : r.name, unitId: unit.id, unitPath: unit.path, gender: null, ethnicity: null, isLeader: false });
      continue;
    }
    const same = candidates.filter((p) => p.unit_id === unit.id && p.search === folded(r) && (r.birthYear === null || p.birth_year === r.birthYear));
    if (same.length > 1) {
      plan.problems.push(cellProblem(r.row, r.birthYear === null ? 'birthYear' : 'name', `có ${same.length} cá nhân cùng họ tên${r.birthYear === null ? '' : ', năm sinh'} trong đơn vị; ${r.birthYear === null ? 'ghi năm sinh để phân biệt' : 'hãy ghi nhận bằng tay'}`));
      continue;
    }
    const person = same[0];
    if (person) {
      // The person's name as the registry knows it, whatever the spelling of an old register.
      subjects.set(r, { kind: 'individual', id: person.id, name: person.full_name, unitId: unit.id, unitPath: unit.path, gender: person.gender, ethnicity: person.ethnicity, isLeader: person.is_leader === 1 });
      continue;
    }
    // Several rows of one new person (two titles, two years) create one person.
    const key = `${unit.id}|${folded(r)}|${r.birthYear ?? ''}`;
    let subject = planned.get(key);
    if (!subject) {
      if (!r.gender) {
        plan.problems.push(cellProblem(r.row, 'gender', 'chưa nhập (cần để tạo cá nhân mới)'));
        continue;
      }
      const p: NewPerson = {
        id: newId(), full_name: normalizeInput(r.name), search: folded(r), gender: r.gender, birth_year: r.birthYear, birth_date: null, id_number: null,
        ethnicity: r.ethnicity, position: r.position, unit_id: unit.id, is_leader: r.isLeader ? 1 : 0, active: 1, created_at: meta.now, updated_at: meta.now,
      };
      plan.people.push(p);
      subject = { kind: 'individual', id: p.id, name: p.full_name, unitId: unit.id, unitPath: unit.path, gender: r.gender, ethnicity: r.ethnicity, isLeader: r.isLeader };
      planned.set(key, subject);
    }
    subjects.set(r, subject);
  }
  const held = await repo.heldAwards(db, [...new Set([...subjects.values()].flatMap((s) => (s.id ? [s.id] : [])))]);
  const households = [...subjects].filter(([, s]) => s.kind === 'household');
  const heldHouseholds = await repo.heldHouseholdAwards(db, [...new Set(households.map(([, s]) => s.unitId))], [...new Set(households.map(([r]) => r.facts.year))]);
  for (const [r, s] of subjects) {
    const key = s.id ? `${s.id}|${r.facts.awardType}|${r.facts.year}` : `${s.unitId}|${normalizeInput(s.name)}|${r.facts.awardType}|${r.facts.year}`;
    if ((s.id ? held : heldHouseholds).has(key)) {
      plan.problems.push(cellProblem(r.row, 'awardType', `${s.name} đã có "${CATALOGUE[r.facts.awardType].name}" năm ${r.facts.year} trong hệ thống`));
      continue;
    }
    plan.awards.push(newAwardRow(s, r.facts, { by: meta.by, importId: meta.importId, now: meta.now }));
  }
}

/** Runs a created job to its end; never throws: the outcome is in the job row. */
export async function runImport(db: Kysely<DB>, actor: Actor, who: AuditWho, jobId: string, rows: RegisterRow[]): Promise<void> {
  const meta = { by: actor.userId, importId: jobId, now: nowIso() };
  const progress = (patch: Parameters<typeof repo.updateImport>[2]) => repo.updateImport(db, jobId, { ...patch, updated_at: nowIso() });
  try {
    const codes = [...new Set(rows.map((r) => r.unitCode))];
    const units = new Map<string, Unit>();
    for (let i = 0; i < codes.length; i += repo.BATCH) for (const u of await repo.unitsByCode(db, codes.slice(i, i + repo.BATCH))) units.set(u.code, u);
    const plan: Plan = { people: [], awards: [], problems: [] };
    const planned = new Map<string, AwardSubject>();
    for (let i = 0; i < rows.length; i += repo.BATCH) {
      await planBatch(db, rows.slice(i, i + repo.BATCH), units, plan, planned, meta);
      await progress({ processed: Math.min(i + repo.BATCH, rows.length) });
    }
    if (plan.problems.length) {
      const byRow = (p: ErrorDetail) => Number(/^Dòng (\d+)/.exec(p.path)?.[1] ?? 0);
      await progress({ state: 'failed', errors_json: JSON.stringify(plan.problems.sort((a, b) => byRow(a) - byRow(b))) });
      return;
    }
    await progress({ state: 'importing', processed: 0 });
    await db.transaction().execute(async (trx) => {
      await repo.insertPeople(trx, plan.people);
      for (let i = 0; i < plan.awards.length; i += repo.BATCH) {
        await repo.insertAwards(trx, plan.awards.slice(i, i + repo.BATCH));
        // Seen by pollers on PostgreSQL; on SQLite they wait for the commit (one connection).
        if (writesBesideTransaction(db)) await progress({ processed: Math.min(i + repo.BATCH, plan.awards.length) });
      }
      await repo.addToStats(trx, countIn(plan.awards));
      await recordAudit(trx, who, { action: 'award.import', entity: 'award_import', entityId: jobId, after: { awards: plan.awards.length, peopleCreated: plan.people.length } });
      await repo.updateImport(trx, jobId, { state: 'succeeded', processed: plan.awards.length, imported: plan.awards.length, updated_at: nowIso() });
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await progress({ state: 'failed', errors_json: JSON.stringify([{ path: 'file', message: `Không ghi được sổ khen thưởng, chưa có dòng nào được ghi: ${message}` }]) }).catch(() => undefined);
  }
}
