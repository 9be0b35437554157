import type { Kysely } from 'kysely';
import type { DB, UnitRow, UnitUpdate } from '../../db/schema.js';
import { newId, nowIso } from '../../lib/ids.js';
import { foldVietnamese, normalizeInput } from '../../lib/text.js';
import { badField, notFound } from '../../server/errors.js';
import { recordAudit, type AuditWho } from '../audit/audit.js';
import type { Actor } from '../auth/actor.js';
import { readScope, requireRead, requireWrite } from '../auth/policy.js';
import { followUnitMove } from '../awards/registry/repo.js';
import * as repo from './units.repo.js';

export const UNIT_KINDS = [
  'province', 'people_committee', 'board', 'department', 'agency', 'district', 'commune', 'school', 'hospital', 'enterprise', 'other',
] as const;

export interface UnitInput {
  code: string;
  name: string;
  shortName?: string | null;
  kind: string;
  parentId: string | null;
  validFrom?: string | null;
  validTo?: string | null;
  successorId?: string | null;
}

const childPath = (parent: UnitRow | null, id: string): string => `${parent?.path ?? '/'}${id}/`;

export async function getUnitInScope(db: Kysely<DB>, actor: Actor, id: string): Promise<UnitRow> {
  const unit = await repo.findUnit(db, id);
  if (!unit) throw notFound('đơn vị');
  requireRead(actor, unit.path);
  return unit;
}

async function checkReferences(db: Kysely<DB>, input: Partial<UnitInput>, selfId: string | null): Promise<UnitRow | null> {
  if (input.validFrom && input.validTo && input.validTo < input.validFrom) {
    throw badField('validTo', 'Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực');
  }
  if (input.successorId) {
    if (input.successorId === selfId) throw badField('successorId', 'Đơn vị kế thừa không thể là chính nó');
    if (!(await repo.findUnit(db, input.successorId))) throw badField('successorId', 'Không tìm thấy đơn vị kế thừa');
  }
  if (!input.parentId) return null;
  const parent = await repo.findUnit(db, input.parentId);
  if (!parent) throw badField('parentId', 'Không tìm thấy đơn vị cấp trên');
  if (selfId && parent.path.includes(`/${selfId}/`)) throw badField('parentId', 'Không thể chuyển đơn vị vào chính cây con của nó');
  return parent;
}

async function checkCodeFree(db: Kysely<DB>, code: string, selfId: string | null): Promise<void> {
  const other = await repo.findUnitByCode(db, code);
  if (other && other.id !== selfId) throw badField('code', `Mã đơn vị "${code}" đã được dùng cho ${other.name}`);
}

export async function createUnit(db: Kysely<DB>, actor: Actor, who: AuditWho, input: UnitInput): Promise<UnitRow> {
  const code = input.code.trim().toUpperCase();
  const name = normalizeInput(input.name);
  return db.transaction().execute(async (trx) => {
    const parent = await checkReferences(trx, input, null);
    requireWrite(actor, 'org.manageUnits', parent?.path ?? '/');
    await checkCodeFree(trx, code, null);
    const id = newId();
    const now = nowIso();
    const row: UnitRow = {
      id, code, name, short_name: input.shortName ? normalizeInput(input.shortName) : null, kind: input.kind,
      parent_id: parent?.id ?? null, path: childPath(parent, id), depth: (parent?.depth ?? -1) + 1,
      valid_from: input.validFrom ?? null, valid_to: input.validTo ?? null, successor_id: input.successorId ?? null,
      active: 1, search: foldVietnamese(`${name} ${code}`), created_at: now, updated_at: now,
    };
    await repo.insertUnit(trx, row);
    await recordAudit(trx, who, { action: 'unit.create', entity: 'unit', entityId: id, after: row });
    return row;
  });
}

export async function updateUnit(db: Kysely<DB>, actor: Actor, who: AuditWho, id: string, input: Partial<UnitInput> & { active?: boolean }): Promise<UnitRow> {
  return db.transaction().execute(async (trx) => {
    const before = await repo.findUnit(trx, id);
    if (!before) throw notFound('đơn vị');
    requireWrite(actor, 'org.manageUnits', before.path);
    const merged = { validFrom: before.valid_from, validTo: before.valid_to, ...input };
    const parent = await checkReferences(trx, { ...merged, parentId: input.parentId ?? null }, id);
    const patch: UnitUpdate = { updated_at: nowIso() };
    if (input.code !== undefined) {
      patch.code = input.code.trim().toUpperCase();
      await checkCodeFree(trx, patch.code, id);
    }
    if (input.name !== undefined) patch.name = normalizeInput(input.name);
    if (input.shortName !== undefined) patch.short_name = input.shortName ? normalizeInput(input.shortName) : null;
    if (input.kind !== undefined) patch.kind = input.kind;
    if (input.validFrom !== undefined) patch.valid_from = input.validFrom;
    if (input.validTo !== undefined) patch.valid_to = input.validTo;
    if (input.successorId !== undefined) patch.successor_id = input.successorId;
    if (input.active !== undefined) patch.active = input.active ? 1 : 0;
    patch.search = foldVietnamese(`${patch.name ?? before.name} ${patch.code ?? before.code}`);
    if (input.parentId !== undefined && input.parentId !== before.parent_id) {
      if (!parent) throw badField('parentId', 'Đơn vị gốc không thể đổi cấp trên');
      requireWrite(actor, 'org.manageUnits', parent.path);
      patch.parent_id = parent.id;
      await repo.movePaths(trx, before.path, childPath(parent, id), parent.depth + 1 - before.depth);
      await followUnitMove(trx, before.path, childPath(parent, id));
    }
    await repo.updateUnit(trx, id, patch);
    const after = (await repo.findUnit(trx, id))!;
    await recordAudit(trx, who, { action: 'unit.update', entity: 'unit', entityId: id, before, after });
    return after;
  });
}

export function listUnitsForActor(db: Kysely<DB>, actor: Actor, f: Omit<repo.UnitFilter, 'scopePath' | 'folded'> & { q?: string }) {
  return repo.listUnits(db, { ...f, scopePath: readScope(actor), folded: f.q ? foldVietnamese(f.q) : undefined });
}
