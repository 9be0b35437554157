import type { Kysely } from 'kysely';
import type { DB, PersonRow } from '../../db/schema.js';
import { newId, nowIso } from '../../lib/ids.js';
import { foldVietnamese, normalizeInput } from '../../lib/text.js';
import { badField, notFound } from '../../server/errors.js';
import { recordAudit, type AuditWho } from '../audit/audit.js';
import type { Actor } from '../auth/actor.js';
import { readScope, requireRead, requireWrite } from '../auth/policy.js';
import * as repo from './people.repo.js';
import { findUnit } from './units.repo.js';

export interface PersonInput {
  fullName: string;
  gender: 'male' | 'female';
  birthYear?: number | null;
  birthDate?: string | null;
  idNumber?: string | null;
  ethnicity?: string | null;
  position?: string | null;
  unitId: string;
  isLeader?: boolean;
  active?: boolean;
}

/** Birth dates and ID numbers are personal data: only the board and admins see them. */
export const seesPersonalData = (actor: Actor): boolean => actor.roles.includes('admin') || actor.roles.includes('board');

async function unitPathFor(db: Kysely<DB>, unitId: string): Promise<string> {
  const unit = await findUnit(db, unitId);
  if (!unit) throw badField('unitId', 'Không tìm thấy đơn vị');
  return unit.path;
}

function checkBirth(input: Partial<PersonInput>): void {
  const thisYear = new Date().getUTCFullYear();
  if (input.birthYear != null && (input.birthYear < 1900 || input.birthYear > thisYear)) {
    throw badField('birthYear', `Năm sinh phải từ 1900 đến ${thisYear}`);
  }
}

export async function listPeopleForActor(db: Kysely<DB>, actor: Actor, f: { q?: string; unitId?: string; includeInactive?: boolean; limit: number; offset: number }) {
  let scopePath = readScope(actor);
  if (f.unitId) {
    const unit = await findUnit(db, f.unitId);
    if (!unit) throw badField('unitId', 'Không tìm thấy đơn vị');
    requireRead(actor, unit.path);
    scopePath = unit.path;
  }
  return repo.listPeople(db, { scopePath, folded: f.q ? foldVietnamese(f.q) : undefined, includeInactive: f.includeInactive, limit: f.limit, offset: f.offset });
}

export async function getPerson(db: Kysely<DB>, actor: Actor, id: string) {
  const person = await repo.findPerson(db, id);
  if (!person) throw notFound('cá nhân');
  requireRead(actor, person.unit_path);
  return person;
}

export async function createPerson(db: Kysely<DB>, actor: Actor, who: AuditWho, input: PersonInput): Promise<PersonRow> {
  checkBirth(input);
  return db.transaction().execute(async (trx) => {
    requireWrite(actor, 'people.write', await unitPathFor(trx, input.unitId));
    const now = nowIso();
    const fullName = normalizeInput(input.fullName);
    const row: PersonRow = {
      id: newId(), full_name: fullName, search: foldVietnamese(fullName), gender: input.gender, birth_year: input.birthYear ?? null,
      birth_date: input.birthDate ?? null, id_number: input.idNumber ?? null, ethnicity: input.ethnicity ? normalizeInput(input.ethnicity) : null,
      position: input.position ? normalizeInput(input.position) : null, unit_id: input.unitId, is_leader: input.isLeader ? 1 : 0,
      active: 1, created_at: now, updated_at: now,
    };
    await repo.insertPerson(trx, row);
    await recordAudit(trx, who, { action: 'person.create', entity: 'person', entityId: row.id, after: row });
    return row;
  });
}

export async function updatePerson(db: Kysely<DB>, actor: Actor, who: AuditWho, id: string, input: Partial<PersonInput>): Promise<PersonRow> {
  checkBirth(input);
  return db.transaction().execute(async (trx) => {
    const before = await repo.findPerson(trx, id);
    if (!before) throw notFound('cá nhân');
    requireWrite(actor, 'people.write', before.unit_path);
    if (input.unitId !== undefined) requireWrite(actor, 'people.write', await unitPathFor(trx, input.unitId));
    const patch: Partial<PersonRow> = { updated_at: nowIso() };
    if (input.fullName !== undefined) {
      patch.full_name = normalizeInput(input.fullName);
      patch.search = foldVietnamese(patch.full_name);
    }
    if (input.gender !== undefined) patch.gender = input.gender;
    if (input.birthYear !== undefined) patch.birth_year = input.birthYear;
    if (input.birthDate !== undefined) patch.birth_date = input.birthDate;
    if (input.idNumber !== undefined) patch.id_number = input.idNumber;
    if (input.ethnicity !== undefined) patch.ethnicity = input.ethnicity;
    if (input.position !== undefined) patch.position = input.position;
    if (input.unitId !== undefined) patch.unit_id = input.unitId;
    if (input.isLeader !== undefined) patch.is_leader = input.isLeader ? 1 : 0;
    if (input.active !== undefined) patch.active = input.active ? 1 : 0;
    await repo.updatePerson(trx, id, patch);
    const after = (await repo.findPerson(trx, id))!;
    await recordAudit(trx, who, { action: 'person.update', entity: 'person', entityId: id, before, after });
    return after;
  });
}
