import type { Kysely, Transaction } from 'kysely';
import type { DB, IndicatorValueRow } from '../../db/schema.js';
import { newId, nowIso } from '../../lib/ids.js';
import { badField, conflict, notFound, type ErrorDetail, AppError } from '../../server/errors.js';
import { recordAudit, type AuditWho } from '../audit/audit.js';
import type { Actor } from '../auth/actor.js';
import { canRead, canWrite, requirePermission, requireWrite } from '../auth/policy.js';
import { checkFileType, safeFileName } from '../files/file-type.js';
import { insertFile } from '../files/repo.js';
import { GROUP_COMPARATOR } from './domain/group.js';
import { periodFitsIndicator } from './domain/period.js';
import type { ValueKind } from './domain/types.js';
import * as repo from './repo.js';
import { specOf } from './spec.js';

export interface ValueInput {
  period: string;
  value: number;
  kind: ValueKind;
  note?: string | null;
  evidenceUrl?: string | null;
}

const PERIOD_MESSAGES = {
  malformed: 'Kỳ báo cáo không đúng định dạng (ví dụ: 2024-03, 2024-Q1, 2024-H1, 2024)',
  wrong_year: 'Kỳ báo cáo nằm ngoài năm của phong trào',
  wrong_frequency: 'Kỳ báo cáo không đúng tần suất báo cáo của chỉ tiêu',
} as const;

/** Field-level problems of one value, phrased for an officer; empty when the value is acceptable. */
export function valueProblems(ind: repo.IndicatorWithUnit, input: ValueInput, prefix = ''): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  if (ind.comparator === GROUP_COMPARATOR) {
    return [{ path: `${prefix}indicator`, message: `Chỉ tiêu ${ind.code} là nhóm: hãy báo cáo số liệu ở các chỉ tiêu thành phần` }];
  }
  const fit = periodFitsIndicator(input.period, specOf(ind, ind.year).frequency, ind.year);
  if (!fit.ok) problems.push({ path: `${prefix}period`, message: `${PERIOD_MESSAGES[fit.reason]}: "${input.period}"` });
  if (!Number.isFinite(input.value)) problems.push({ path: `${prefix}value`, message: 'Giá trị phải là một số' });
  else if (input.value < 0 && ind.comparator !== 'increase_by') problems.push({ path: `${prefix}value`, message: 'Giá trị không được âm' });
  if (input.kind !== 'actual' && input.kind !== 'estimate') problems.push({ path: `${prefix}kind`, message: 'Loại số liệu phải là "thực hiện" hoặc "ước thực hiện"' });
  if (input.note && input.note.length > 2000) problems.push({ path: `${prefix}note`, message: 'Ghi chú không được dài quá 2.000 ký tự' });
  if (input.evidenceUrl && input.evidenceUrl.length > 1000) problems.push({ path: `${prefix}evidenceUrl`, message: 'Đường dẫn minh chứng không được dài quá 1.000 ký tự' });
  else if (input.evidenceUrl && !/^https?:\/\/\S+$/i.test(input.evidenceUrl)) problems.push({ path: `${prefix}evidenceUrl`, message: 'Đường dẫn minh chứng phải bắt đầu bằng http:// hoặc https://' });
  return problems;
}

export async function getIndicatorForRead(db: Kysely<DB>, id: string) {
  const ind = await repo.findIndicator(db, id);
  if (!ind) throw notFound('chỉ tiêu');
  return ind;
}

export const canReport = (actor: Actor, ind: repo.IndicatorWithUnit): boolean => canWrite(actor, 'targets.report', ind.unit_path);

/** The value history (notes, evidence, reviewers) is private to the responsible unit, the board and leaders. */
export function requireHistoryAccess(actor: Actor, ind: repo.IndicatorWithUnit): void {
  if (!canRead(actor, ind.unit_path)) throw new AppError('forbidden', 403);
}

/** Board members' own reports need no second review. */
const initialStatus = (actor: Actor): 'accepted' | 'submitted' =>
  actor.roles.includes('board') || actor.roles.includes('admin') ? 'accepted' : 'submitted';

async function insertOne(trx: Transaction<DB>, actor: Actor, who: AuditWho, ind: repo.IndicatorWithUnit, input: ValueInput): Promise<IndicatorValueRow> {
  const fit = periodFitsIndicator(input.period, specOf(ind, ind.year).frequency, ind.year);
  if (!fit.ok) throw badField('period', PERIOD_MESSAGES[fit.reason]);
  const now = nowIso();
  const status = initialStatus(actor);
  const row: IndicatorValueRow = {
    id: newId(), indicator_id: ind.id, period: input.period, period_end: fit.period.end, value: input.value, kind: input.kind,
    note: input.note?.trim() || null, evidence_url: input.evidenceUrl?.trim() || null, evidence_file_id: null, status,
    review_note: null, reported_by: actor.userId, reported_at: now,
    reviewed_by: status === 'accepted' ? actor.userId : null, reviewed_at: status === 'accepted' ? now : null,
  };
  // A new value replaces the period's current one, which stays in the history as superseded.
  await repo.supersedePeriod(trx, ind.id, input.period);
  await repo.insertValue(trx, row);
  await recordAudit(trx, who, { action: 'indicator_value.report', entity: 'indicator_value', entityId: row.id, after: row });
  return row;
}

export async function reportValue(db: Kysely<DB>, actor: Actor, who: AuditWho, indicatorId: string, input: ValueInput): Promise<IndicatorValueRow> {
  const ind = await getIndicatorForRead(db, indicatorId);
  requireWrite(actor, 'targets.report', ind.unit_path);
  const problems = valueProblems(ind, input);
  if (problems.length) throw new AppError('validation', 400, {}, problems);
  return db.transaction().execute((trx) => insertOne(trx, actor, who, ind, input));
}

export interface ValueEntry {
  indicatorId: string;
  input: ValueInput;
  /** Where the entry comes from, prefixed to each problem's path (e.g. "Dòng 5"). */
  where: string;
}

export interface CheckedValue {
  ind: repo.IndicatorWithUnit;
  input: ValueInput;
}

/** Checks many values without saving anything: every problem of every entry, phrased for an officer. */
export async function checkValues(db: Kysely<DB>, actor: Actor, entries: ValueEntry[]): Promise<{ checked: CheckedValue[]; problems: ErrorDetail[] }> {
  const problems: ErrorDetail[] = [];
  const checked: CheckedValue[] = [];
  const indicators = new Map<string, repo.IndicatorWithUnit | undefined>();
  const seen = new Set<string>();
  for (const e of entries) {
    if (!indicators.has(e.indicatorId)) indicators.set(e.indicatorId, await repo.findIndicator(db, e.indicatorId));
    const ind = indicators.get(e.indicatorId);
    if (!ind) {
      problems.push({ path: e.where, message: 'Không tìm thấy chỉ tiêu' });
      continue;
    }
    if (!canWrite(actor, 'targets.report', ind.unit_path)) {
      problems.push({ path: e.where, message: `Đơn vị của bạn không phụ trách chỉ tiêu ${ind.code}` });
      continue;
    }
    const p = valueProblems(ind, e.input, `${e.where} `);
    const key = `${ind.id} ${e.input.period}`;
    if (!p.length && seen.has(key)) p.push({ path: `${e.where} period`, message: `Kỳ ${e.input.period} của chỉ tiêu ${ind.code} đã có ở dòng khác trong cùng tệp` });
    seen.add(key);
    if (p.length) problems.push(...p);
    else checked.push({ ind, input: e.input });
  }
  return { checked, problems };
}

/** Saves values already checked by `checkValues`, all in one transaction. */
export async function saveValues(db: Kysely<DB>, actor: Actor, who: AuditWho, checked: CheckedValue[]): Promise<number> {
  await db.transaction().execute(async (trx) => {
    for (const c of checked) await insertOne(trx, actor, who, c.ind, c.input);
  });
  return checked.length;
}

export async function reviewValue(
  db: Kysely<DB>, actor: Actor, who: AuditWho, valueId: string, decision: 'accept' | 'return', note: string | undefined,
): Promise<IndicatorValueRow> {
  requirePermission(actor, 'targets.review');
  if (decision === 'return' && !note?.trim()) throw badField('note', 'Cần ghi lý do trả lại để đơn vị sửa');
  return db.transaction().execute(async (trx) => {
    const before = await repo.findValue(trx, valueId);
    if (!before) throw notFound('số liệu');
    const patch = { status: decision === 'accept' ? 'accepted' : 'returned', review_note: note?.trim() || null, reviewed_by: actor.userId, reviewed_at: nowIso() };
    if (!(await repo.setValueStatus(trx, valueId, 'submitted', patch))) {
      throw conflict('số liệu này không còn ở trạng thái chờ duyệt');
    }
    const after = { ...before, ...patch };
    await recordAudit(trx, who, { action: `indicator_value.${decision}`, entity: 'indicator_value', entityId: valueId, before, after });
    return after;
  });
}

export async function attachEvidence(
  db: Kysely<DB>, actor: Actor, who: AuditWho, valueId: string, file: { fileName: string; content: Buffer },
): Promise<{ name: string; size: number }> {
  const value = await repo.findValue(db, valueId);
  if (!value) throw notFound('số liệu');
  const ind = await getIndicatorForRead(db, value.indicator_id);
  requireWrite(actor, 'targets.report', ind.unit_path);
  const check = checkFileType(file.fileName, file.content.subarray(0, 8));
  if (!check.ok) throw badField('file', check.message);
  if (file.content.length === 0) throw badField('file', 'Tệp rỗng');
  const name = safeFileName(file.fileName);
  await db.transaction().execute(async (trx) => {
    const fileId = await insertFile(trx, { name, mime: check.mime, content: file.content, createdBy: actor.userId });
    await repo.setEvidenceFile(trx, valueId, fileId);
    await recordAudit(trx, who, { action: 'indicator_value.attach_evidence', entity: 'indicator_value', entityId: valueId, after: { fileId, name, size: file.content.length } });
  });
  return { name, size: file.content.length };
}
