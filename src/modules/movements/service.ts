/**
 * Movement use cases: the board creates, edits and launches movements; units in scope register
 * and submit their review reports. Each write and its audit entry commit together.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { newId, nowIso } from '../../lib/ids.js';
import { normalizeInput } from '../../lib/text.js';
import { badField, badInput, conflict, forbidden, notFound, type ErrorDetail } from '../../server/errors.js';
import { recordAudit, type AuditWho } from '../audit/audit.js';
import type { Actor } from '../auth/actor.js';
import { actsForBoard, requirePermission, requireWrite, seesWholeTree } from '../auth/policy.js';
import { findUnit } from '../org/units.repo.js';
import { notify } from '../notifications/notify.js';
import { isRealDate } from '../awards/settings/service.js';
import { registrationProblems } from './domain/registration.js';
import { isEditable, launchProblems, nextStatus, periodProblems, STATUS_TEXT, type MovementAction, type MovementKind, type MovementStatus } from './domain/status.js';
import { movementSearchText, presentMovement } from './present.js';
import * as repo from './repo.js';
import { registrationRollup, reportRollup, type ReportKind } from './rollup.js';

type Db = Kysely<DB>;
export interface Ctx { db: Db; actor: Actor; who: AuditWho }

export interface DocumentInput {
  kind: string;
  number: string;
  date: string;
  issuer: string;
  signer?: string | null;
  title: string;
  url?: string | null;
  fileId?: string | null;
}

export interface MovementInput {
  code: string;
  title: string;
  theme: string;
  kind: MovementKind;
  year: number;
  directive: { number: string; date: string; signer: string };
  periodStart: string;
  periodEnd: string;
  contents: string[];
  documents: DocumentInput[];
  scopeUnitIds: string[];
  registrationDeadline?: string | null;
  midTermDeadline?: string | null;
  finalDeadline?: string | null;
}

export async function getMovement(db: Db, id: string) {
  const m = await repo.findMovement(db, id);
  if (!m) throw notFound('phong trào thi đua');
  const [documents, scope, indicators] = await Promise.all([repo.listDocuments(db, id), repo.listScope(db, id), repo.indicatorCount(db, id)]);
  return {
    ...presentMovement(m),
    contents: JSON.parse(m.contents_json) as string[],
    documents: documents.map((d) => ({
      id: d.id, kind: d.kind, number: d.number, date: d.date, issuer: d.issuer, signer: d.signer, title: d.title, url: d.url,
      fileUrl: d.file_id ? `/api/v1/movements/${id}/documents/${d.id}/file` : null,
    })),
    scope: scope.map((u) => ({ id: u.id, code: u.code, name: u.name })),
    indicatorCount: indicators,
  };
}

/** Checks what the schema cannot (dates, units, files) and folds the text; every problem names its field. */
async function clean(db: Db, actor: Actor, input: MovementInput): Promise<MovementInput> {
  const p: ErrorDetail[] = [];
  const dates: Array<[string, string | null | undefined]> = [
    ['directive.date', input.directive.date], ['periodStart', input.periodStart], ['periodEnd', input.periodEnd],
    ['registrationDeadline', input.registrationDeadline], ['midTermDeadline', input.midTermDeadline], ['finalDeadline', input.finalDeadline],
    ...input.documents.map((d, i): [string, string] => [`documents.${i}.date`, d.date]),
  ];
  for (const [path, d] of dates) if (d && !isRealDate(d)) p.push({ path, message: 'Ngày không hợp lệ (YYYY-MM-DD)' });
  if (p.length) throw badInput(p);
  const text = (s: string) => normalizeInput(s);
  const contents = input.contents.map(text).filter((c) => c.length > 0);
  if (!text(input.title)) p.push({ path: 'title', message: 'Cần tên phong trào' });
  if (!text(input.code)) p.push({ path: 'code', message: 'Cần mã phong trào' });
  if (Number(input.periodStart.slice(0, 4)) !== input.year && Number(input.periodEnd.slice(0, 4)) !== input.year) {
    p.push({ path: 'year', message: 'Năm phải trùng với năm của thời gian phong trào' });
  }
  p.push(...periodProblems({
    directiveDate: input.directive.date, periodStart: input.periodStart, periodEnd: input.periodEnd,
    registrationDeadline: input.registrationDeadline ?? null, midTermDeadline: input.midTermDeadline ?? null, finalDeadline: input.finalDeadline ?? null,
  }));
  const units = [...new Set(input.scopeUnitIds)];
  for (const [i, id] of units.entries()) if (!(await findUnit(db, id))) p.push({ path: `scopeUnitIds.${i}`, message: 'Không tìm thấy đơn vị' });
  for (const [i, d] of input.documents.entries()) {
    if (d.fileId) {
      const f = await db.selectFrom('stored_files').select(['id', 'created_by']).where('id', '=', d.fileId).executeTakeFirst();
      // Only one's own uploads can be attached: a file id seen elsewhere cannot be re-published.
      if (!f || f.created_by !== actor.userId) p.push({ path: `documents.${i}.fileId`, message: 'Không tìm thấy tệp đã tải lên' });
    }
    if (d.url && !/^https?:\/\//i.test(d.url)) p.push({ path: `documents.${i}.url`, message: 'Đường dẫn phải bắt đầu bằng http:// hoặc https://' });
  }
  if (p.length) throw badInput(p);
  return { ...input, code: text(input.code), title: text(input.title), theme: text(input.theme), contents, scopeUnitIds: units };
}

async function writeChildren(trx: Db, id: string, input: MovementInput): Promise<void> {
  await trx.deleteFrom('movement_documents').where('movement_id', '=', id).execute();
  if (input.documents.length) {
    await trx.insertInto('movement_documents').values(input.documents.map((d, i) => ({
      id: newId(), movement_id: id, order_no: i + 1, kind: d.kind, number: normalizeInput(d.number), date: d.date, issuer: normalizeInput(d.issuer),
      signer: d.signer ? normalizeInput(d.signer) : null, title: normalizeInput(d.title), url: d.url ?? null, file_id: d.fileId ?? null,
    }))).execute();
  }
  await trx.deleteFrom('movement_units').where('movement_id', '=', id).execute();
  for (let i = 0; i < input.scopeUnitIds.length; i += 400) {
    await trx.insertInto('movement_units').values(input.scopeUnitIds.slice(i, i + 400).map((unit_id) => ({ movement_id: id, unit_id }))).execute();
  }
}

const columns = (input: MovementInput) => ({
  code: input.code, title: input.title, search: movementSearchText({ ...input, directiveNumber: input.directive.number }), theme: input.theme, kind: input.kind,
  year: input.year, directive_number: normalizeInput(input.directive.number), directive_date: input.directive.date,
  directive_signer: normalizeInput(input.directive.signer), period_start: input.periodStart, period_end: input.periodEnd,
  contents_json: JSON.stringify(input.contents), registration_deadline: input.registrationDeadline ?? null,
  mid_term_deadline: input.midTermDeadline ?? null, final_deadline: input.finalDeadline ?? null,
});

export async function createMovement(c: Ctx, raw: MovementInput) {
  requirePermission(c.actor, 'movements.manage');
  const input = await clean(c.db, c.actor, raw);
  if (await repo.codeTaken(c.db, input.code, null)) throw badField('code', `Mã "${input.code}" đã được dùng`);
  const id = newId();
  const now = nowIso();
  await c.db.transaction().execute(async (trx) => {
    await trx.insertInto('movements').values({ id, ...columns(input), status: 'draft', owner_unit_id: c.actor.unitId, launched_at: null, created_at: now, updated_at: now }).execute();
    await writeChildren(trx, id, input);
    await recordAudit(trx, c.who, { action: 'movement.create', entity: 'movement', entityId: id, after: input });
  });
  return getMovement(c.db, id);
}

export async function updateMovement(c: Ctx, id: string, raw: MovementInput) {
  requirePermission(c.actor, 'movements.manage');
  const input = await clean(c.db, c.actor, raw);
  await c.db.transaction().execute(async (trx) => {
    const before = await repo.findMovement(trx, id);
    if (!before) throw notFound('phong trào thi đua');
    if (!isEditable(before.status as MovementStatus)) throw conflict(`phong trào đã ${STATUS_TEXT[before.status as MovementStatus].toLowerCase()}, không sửa được`);
    if (await repo.codeTaken(trx, input.code, id)) throw badField('code', `Mã "${input.code}" đã được dùng`);
    // A launched movement keeps its scope's registrations: a unit with a registration cannot leave the scope.
    const registered = (await repo.listRegistrations(trx, id)).map((r) => r.unit_id).filter((u) => !input.scopeUnitIds.includes(u));
    if (registered.length) throw badField('scopeUnitIds', 'Không thể bỏ đơn vị đã đăng ký thi đua khỏi phạm vi phong trào');
    await trx.updateTable('movements').set({ ...columns(input), updated_at: nowIso() }).where('id', '=', id).execute();
    await writeChildren(trx, id, input);
    await recordAudit(trx, c.who, { action: 'movement.update', entity: 'movement', entityId: id, before: presentMovement(before), after: input });
  });
  return getMovement(c.db, id);
}

const ACTION_TEXT: Record<MovementAction, string> = { launch: 'phát động', mid_term_review: 'sơ kết', final_review: 'tổng kết', close: 'kết thúc' };

/** Launch, mid-term review, final review, close. Launching tells every unit in scope. */
export async function transitionMovement(c: Ctx, id: string, action: MovementAction) {
  requirePermission(c.actor, 'movements.manage');
  await c.db.transaction().execute(async (trx) => {
    const m = await repo.findMovement(trx, id);
    if (!m) throw notFound('phong trào thi đua');
    const step = nextStatus(m.status as MovementStatus, action);
    if (!step.ok) throw conflict(step.message);
    const scope = await repo.listScope(trx, id);
    if (action === 'launch') {
      const problems = launchProblems({
        directiveNumber: m.directive_number, directiveDate: m.directive_date, periodStart: m.period_start, periodEnd: m.period_end,
        contents: JSON.parse(m.contents_json) as string[], scopeUnitCount: scope.length, registrationDeadline: m.registration_deadline,
        midTermDeadline: m.mid_term_deadline, finalDeadline: m.final_deadline,
      });
      if (problems.length) throw badInput(problems);
    }
    const now = nowIso();
    await trx.updateTable('movements').set({ status: step.to, updated_at: now, ...(action === 'launch' ? { launched_at: now } : {}) }).where('id', '=', id).execute();
    if (action === 'launch') {
      const deadline = m.registration_deadline ? ` Hạn đăng ký: ${m.registration_deadline.split('-').reverse().join('/')}.` : '';
      await notify(trx, {
        unitIds: scope.map((u) => u.id), title: `Phát động: ${m.title}`,
        body: `${m.directive_number} ngày ${m.directive_date.split('-').reverse().join('/')}. Đơn vị đăng ký tham gia và cam kết thi đua.${deadline}`,
        link: `/app/phong-trao/${id}`,
      });
    }
    await recordAudit(trx, c.who, { action: `movement.${action}`, entity: 'movement', entityId: id, before: { status: m.status }, after: { status: step.to, action: ACTION_TEXT[action] } });
  });
  return getMovement(c.db, id);
}

export interface RegistrationInput {
  commitments: string;
  targets?: Array<{ name: string; target: string }>;
}

/** A unit registers (or amends its registration) before the deadline; nothing is written on any problem. */
export async function registerUnit(c: Ctx, movementId: string, unitId: string, input: RegistrationInput) {
  const unit = await findUnit(c.db, unitId);
  if (!unit) throw notFound('đơn vị');
  requireWrite(c.actor, 'movements.register', unit.path);
  await c.db.transaction().execute(async (trx) => {
    const m = await repo.findMovement(trx, movementId);
    if (!m) throw notFound('phong trào thi đua');
    const problems = registrationProblems({
      status: m.status as MovementStatus, deadline: m.registration_deadline, inScope: await repo.inScope(trx, movementId, unitId), nowIso: nowIso(),
    }, input.commitments);
    (input.targets ?? []).forEach((t, i) => { if (!normalizeInput(t.name)) problems.push({ path: `targets.${i}.name`, message: 'Cần tên chỉ tiêu' }); });
    // The board may record a late registration received on paper; units may not.
    const late = problems.filter((p) => p.path === 'registrationDeadline');
    const blocking = actsForBoard(c.actor) ? problems.filter((p) => !late.includes(p)) : problems;
    if (blocking.length) throw badInput(blocking);
    const before = await repo.findRegistration(trx, movementId, unitId);
    const now = nowIso();
    const row = { commitments: normalizeInput(input.commitments), targets_json: JSON.stringify((input.targets ?? []).map((t) => ({ name: normalizeInput(t.name), target: normalizeInput(t.target) }))), updated_at: now };
    if (before) await trx.updateTable('movement_registrations').set(row).where('id', '=', before.id).execute();
    else await trx.insertInto('movement_registrations').values({ id: newId(), movement_id: movementId, unit_id: unitId, registered_by: c.actor.userId, registered_at: now, ...row }).execute();
    await recordAudit(trx, c.who, { action: before ? 'movement.registration.update' : 'movement.registration.create', entity: 'movement_registration', entityId: `${movementId}:${unitId}`, before, after: row });
  });
  return (await registrationRollup(c.db, c.actor, movementId, { unitId })).rows[0]!;
}

/** A unit's mid-term or final report (text + files); late reports are accepted and shown as late. */
export async function submitReport(c: Ctx, movementId: string, unitId: string, kind: ReportKind, input: { body: string; fileIds?: string[] }) {
  const unit = await findUnit(c.db, unitId);
  if (!unit) throw notFound('đơn vị');
  requireWrite(c.actor, 'movements.register', unit.path);
  const body = normalizeInput(input.body);
  await c.db.transaction().execute(async (trx) => {
    const m = await repo.findMovement(trx, movementId);
    if (!m) throw notFound('phong trào thi đua');
    const p: ErrorDetail[] = [];
    if (!(await repo.inScope(trx, movementId, unitId))) p.push({ path: 'unitId', message: 'Đơn vị không thuộc phạm vi tham gia phong trào này' });
    const open: MovementStatus[] = kind === 'mid_term' ? ['launched'] : ['launched', 'mid_term_reviewed'];
    if (!open.includes(m.status as MovementStatus)) p.push({ path: 'kind', message: `Phong trào "${STATUS_TEXT[m.status as MovementStatus]}": không nhận báo cáo ${kind === 'mid_term' ? 'sơ kết' : 'tổng kết'}` });
    if (body.length < 20) p.push({ path: 'body', message: 'Nội dung báo cáo quá ngắn (ít nhất 20 ký tự)' });
    const files: Array<{ id: string; name: string }> = [];
    for (const [i, fid] of (input.fileIds ?? []).entries()) {
      const f = await trx.selectFrom('stored_files').select(['id', 'name', 'created_by']).where('id', '=', fid).executeTakeFirst();
      if (!f || f.created_by !== c.actor.userId) p.push({ path: `fileIds.${i}`, message: 'Không tìm thấy tệp đã tải lên' });
      else files.push({ id: f.id, name: f.name });
    }
    if (p.length) throw badInput(p);
    const before = await repo.findReport(trx, movementId, unitId, kind);
    const row = { body, file_ids_json: JSON.stringify(files), submitted_by: c.actor.userId, submitted_at: before?.submitted_at ?? nowIso() };
    if (before) await trx.updateTable('movement_reports').set(row).where('id', '=', before.id).execute();
    else await trx.insertInto('movement_reports').values({ id: newId(), movement_id: movementId, unit_id: unitId, kind, ...row }).execute();
    await recordAudit(trx, c.who, { action: `movement.report.${kind}`, entity: 'movement_report', entityId: `${movementId}:${unitId}:${kind}`, before, after: row });
  });
  return (await reportRollup(c.db, c.actor, movementId, kind, { unitId })).rows[0]!;
}

/** The report's file, for those who may read the reporting unit. */
export async function reportFile(db: Db, actor: Actor, movementId: string, reportId: string, fileId: string) {
  const rep = await db.selectFrom('movement_reports').selectAll().where('id', '=', reportId).where('movement_id', '=', movementId).executeTakeFirst();
  const files = rep ? (JSON.parse(rep.file_ids_json) as Array<{ id: string }>) : [];
  if (!rep || !files.some((f) => f.id === fileId)) throw notFound('tệp báo cáo');
  const unit = await findUnit(db, rep.unit_id);
  if (!unit || !(seesWholeTree(actor) || unit.path.startsWith(actor.unitPath))) throw forbidden();
  return fileId;
}
