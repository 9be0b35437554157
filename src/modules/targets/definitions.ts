/**
 * Defining a movement's indicators: the board creates, edits, orders, removes and copies them
 * (from last year's movement). Each write and its audit entry commit together; nothing on a problem.
 */
import type { Kysely } from 'kysely';
import type { DB, IndicatorRow } from '../../db/schema.js';
import { newId, nowIso } from '../../lib/ids.js';
import { foldVietnamese, normalizeInput } from '../../lib/text.js';
import { badField, badInput, conflict, notFound } from '../../server/errors.js';
import { recordAudit, type AuditWho } from '../audit/audit.js';
import type { Actor } from '../auth/actor.js';
import { requirePermission } from '../auth/policy.js';
import { isEditable, STATUS_TEXT, type MovementStatus } from '../movements/domain/status.js';
import { findMovement } from '../movements/repo.js';
import { findUnit } from '../org/units.repo.js';
import { definitionProblems, reportedChangeProblems, type IndicatorDefinition, type Problem } from './domain/definition.js';
import { GROUP_COMPARATOR } from './domain/group.js';
import * as repo from './definition-repo.js';

type Db = Kysely<DB>;
export interface Ctx { db: Db; actor: Actor; who: AuditWho }

/** Optional fields of the HTTP body; missing ones take the defaults of `complete`. */
export type DefinitionInput = Pick<IndicatorDefinition, 'code' | 'name' | 'comparator' | 'target' | 'accumulation' | 'frequency' | 'responsibleUnitId'>
  & Partial<Omit<IndicatorDefinition, 'code' | 'name' | 'comparator' | 'target' | 'accumulation' | 'frequency' | 'responsibleUnitId'>> & { order?: number };

const complete = (i: DefinitionInput): IndicatorDefinition => ({
  code: normalizeInput(i.code).toUpperCase(), name: normalizeInput(i.name), unit: normalizeInput(i.unit ?? ''), comparator: i.comparator,
  target: i.comparator === GROUP_COMPARATOR ? 0 : i.target, targetMax: i.targetMax ?? null, baseline: i.baseline ?? null,
  baselineYear: i.baselineYear ?? null, baselineNote: i.baselineNote ? normalizeInput(i.baselineNote) : null, accumulation: i.accumulation,
  frequency: i.frequency, decimals: i.decimals ?? 1, responsibleUnitId: i.responsibleUnitId, parentId: i.parentId ?? null,
  sourceText: normalizeInput(i.sourceText ?? ''),
});

const columns = (d: IndicatorDefinition) => ({
  code: d.code, name: d.name, search: foldVietnamese(`${d.code} ${d.name}`), unit: d.unit, comparator: d.comparator, target: d.target,
  target_max: d.targetMax, baseline: d.baseline, baseline_year: d.baselineYear, baseline_note: d.baselineNote, accumulation: d.accumulation,
  frequency: d.frequency, decimals: d.decimals, responsible_unit_id: d.responsibleUnitId, parent_id: d.parentId,
  // The directive's own phrase; the name stands in until the board pastes it.
  source_text: d.sourceText || d.name,
});

/** The movement whose indicators change: it exists and is not yet reviewed for good. */
async function editableMovement(db: Db, movementId: string) {
  const m = await findMovement(db, movementId);
  if (!m) throw notFound('phong trào thi đua');
  const status = m.status as MovementStatus;
  if (!isEditable(status)) throw conflict(`phong trào ${STATUS_TEXT[status].toLowerCase()}: không thay đổi chỉ tiêu được nữa`);
  return m;
}

/** Facts that need the database: responsible unit, unique code, parent (a top-level group of the same movement). */
async function relationProblems(db: Db, movementId: string, d: IndicatorDefinition, self: IndicatorRow | null): Promise<Problem[]> {
  const p: Problem[] = [];
  if (!(await findUnit(db, d.responsibleUnitId))) p.push({ path: 'responsibleUnitId', message: 'Không tìm thấy đơn vị chủ trì' });
  const same = await repo.findByCode(db, movementId, d.code);
  if (same && same.id !== self?.id) p.push({ path: 'code', message: `Mã "${d.code}" đã có trong phong trào này` });
  if (d.parentId !== null) {
    const parent = await repo.findRow(db, d.parentId);
    if (!parent || parent.movement_id !== movementId) p.push({ path: 'parentId', message: 'Không tìm thấy chỉ tiêu nhóm trong phong trào này' });
    else if (parent.comparator !== GROUP_COMPARATOR || parent.parent_id !== null) p.push({ path: 'parentId', message: `Chỉ tiêu ${parent.code} không phải nhóm chỉ tiêu` });
    else if (d.comparator === GROUP_COMPARATOR) p.push({ path: 'parentId', message: 'Nhóm chỉ tiêu không nằm trong nhóm khác được' });
  }
  if (self && self.comparator === GROUP_COMPARATOR && d.comparator !== GROUP_COMPARATOR && (await repo.childCount(db, self.id)) > 0) {
    p.push({ path: 'comparator', message: 'Nhóm đang có chỉ tiêu thành phần: không đổi cách so sánh được' });
  }
  if (self && d.parentId !== null && (await repo.childCount(db, self.id)) > 0) p.push({ path: 'parentId', message: 'Nhóm đang có chỉ tiêu thành phần: không đưa vào nhóm khác được' });
  return p;
}

export async function createIndicator(c: Ctx, movementId: string, input: DefinitionInput): Promise<string> {
  requirePermission(c.actor, 'targets.define');
  const m = await editableMovement(c.db, movementId);
  const d = complete(input);
  const problems = definitionProblems(d, m.year);
  if (problems.length) throw badInput(problems);
  return c.db.transaction().execute(async (trx) => {
    const p = await relationProblems(trx, movementId, d, null);
    if (p.length) throw badInput(p);
    const now = nowIso();
    const row: IndicatorRow = { id: newId(), movement_id: movementId, order_no: input.order ?? (await repo.maxOrder(trx, movementId, d.parentId)) + 1, ...columns(d), created_at: now, updated_at: now };
    await trx.insertInto('indicators').values(row).execute();
    await recordAudit(trx, c.who, { action: 'indicator.create', entity: 'indicator', entityId: row.id, after: row });
    return row.id;
  });
}

/** Edits from the version the editor saw (`updatedAt`): a concurrent edit answers 409, not a silent overwrite. */
export async function updateIndicator(c: Ctx, id: string, input: DefinitionInput & { updatedAt: string }): Promise<void> {
  requirePermission(c.actor, 'targets.define');
  const before = await repo.findRow(c.db, id);
  if (!before) throw notFound('chỉ tiêu');
  const m = await editableMovement(c.db, before.movement_id);
  const d = complete(input);
  const problems = definitionProblems(d, m.year);
  if (problems.length) throw badInput(problems);
  await c.db.transaction().execute(async (trx) => {
    const p = await relationProblems(trx, before.movement_id, d, before);
    if (await repo.hasValues(trx, id)) p.push(...reportedChangeProblems(before, d));
    if (p.length) throw badInput(p);
    const patch = { ...columns(d), ...(input.order === undefined ? {} : { order_no: input.order }), updated_at: nowIso() };
    if (!(await repo.updateFrom(trx, id, input.updatedAt, patch))) throw conflict('chỉ tiêu vừa được người khác sửa; hãy tải lại trang rồi sửa lại');
    await recordAudit(trx, c.who, { action: 'indicator.update', entity: 'indicator', entityId: id, before, after: { ...before, ...patch } });
  });
}

/** Only an indicator nobody reported on (and with no parts) goes: values are evidence of the year's work. */
export async function deleteIndicator(c: Ctx, id: string): Promise<void> {
  requirePermission(c.actor, 'targets.define');
  const before = await repo.findRow(c.db, id);
  if (!before) throw notFound('chỉ tiêu');
  await editableMovement(c.db, before.movement_id);
  await c.db.transaction().execute(async (trx) => {
    if (await repo.hasValues(trx, id)) throw conflict(`chỉ tiêu ${before.code} đã có số liệu báo cáo nên không xóa được; có thể sửa chỉ tiêu thay vì xóa`);
    if ((await repo.childCount(trx, id)) > 0) throw conflict(`nhóm ${before.code} còn chỉ tiêu thành phần: hãy xóa các chỉ tiêu thành phần trước`);
    await trx.deleteFrom('indicators').where('id', '=', id).execute();
    await recordAudit(trx, c.who, { action: 'indicator.delete', entity: 'indicator', entityId: id, before });
  });
}

/** New order of one level: the movement's top-level indicators, or one group's parts; each exactly once. */
export async function reorderIndicators(c: Ctx, movementId: string, ids: string[]): Promise<void> {
  requirePermission(c.actor, 'targets.define');
  await editableMovement(c.db, movementId);
  await c.db.transaction().execute(async (trx) => {
    const rows = await repo.listRows(trx, movementId);
    const level = rows.find((r) => r.id === ids[0])?.parent_id;
    const siblings = rows.filter((r) => r.parent_id === level).map((r) => r.id);
    const same = level !== undefined && ids.length === siblings.length && new Set(ids).size === ids.length && ids.every((i) => siblings.includes(i));
    if (!same) throw badField('ids', 'Danh sách sắp xếp phải gồm đúng các chỉ tiêu cùng cấp (cùng nhóm) của phong trào, mỗi chỉ tiêu một lần');
    for (const [i, id] of ids.entries()) await trx.updateTable('indicators').set({ order_no: i + 1 }).where('id', '=', id).execute();
    await recordAudit(trx, c.who, { action: 'indicator.reorder', entity: 'movement', entityId: movementId, after: { ids } });
  });
}

export interface CopyReport {
  copied: Array<{ code: string; name: string }>;
  skipped: Array<{ code: string; name: string; reason: string }>;
}

/**
 * Copies another movement's definitions (not its values) after the existing ones, keeping groups
 * and order; a code already present is skipped, and its parts join the existing group of that code.
 */
export async function copyIndicators(c: Ctx, movementId: string, fromMovementId: string): Promise<CopyReport> {
  requirePermission(c.actor, 'targets.define');
  await editableMovement(c.db, movementId);
  if (fromMovementId === movementId) throw badField('fromMovementId', 'Hãy chọn một phong trào khác để sao chép chỉ tiêu');
  if (!(await findMovement(c.db, fromMovementId))) throw badField('fromMovementId', 'Không tìm thấy phong trào để sao chép chỉ tiêu');
  return c.db.transaction().execute(async (trx) => {
    const existing = new Map((await repo.listRows(trx, movementId)).map((r) => [r.code, r]));
    const idOfCode = new Map([...existing].map(([code, r]) => [code, r.id]));
    const report: CopyReport = { copied: [], skipped: [] };
    const now = nowIso();
    const source = await repo.listRows(trx, fromMovementId);
    const codeOf = new Map(source.map((r) => [r.id, r.code]));
    // Groups first, so that their parts can point at them; each level is appended after what is already there.
    const next = new Map<string | null, number>();
    for (const src of [...source.filter((r) => r.parent_id === null), ...source.filter((r) => r.parent_id !== null)]) {
      if (existing.has(src.code)) {
        report.skipped.push({ code: src.code, name: src.name, reason: `Mã ${src.code} đã có trong phong trào` });
        continue;
      }
      const parentCode = src.parent_id ? codeOf.get(src.parent_id) : undefined;
      const kept = parentCode ? existing.get(parentCode) : undefined;
      // A part whose group code is here but no group becomes top-level rather than the part of a non-group.
      const parentId = parentCode && (!kept || kept.comparator === GROUP_COMPARATOR) ? idOfCode.get(parentCode) ?? null : null;
      const order = next.get(parentId) ?? (await repo.maxOrder(trx, movementId, parentId)) + 1;
      next.set(parentId, order + 1);
      const row: IndicatorRow = { ...src, id: newId(), movement_id: movementId, parent_id: parentId, order_no: order, created_at: now, updated_at: now };
      await trx.insertInto('indicators').values(row).execute();
      idOfCode.set(src.code, row.id);
      report.copied.push({ code: src.code, name: src.name });
    }
    await recordAudit(trx, c.who, { action: 'indicator.copy', entity: 'movement', entityId: movementId, after: { fromMovementId, copied: report.copied.map((x) => x.code) } });
    return report;
  });
}
