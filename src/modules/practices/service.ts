/** Use cases of the library of models and good practices: authorization and audit happen here. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { newId, nowIso } from '../../lib/ids.js';
import { foldVietnamese, normalizeInput } from '../../lib/text.js';
import { badField, forbidden, notFound } from '../../server/errors.js';
import { recordAudit, type AuditWho } from '../audit/audit.js';
import type { Actor } from '../auth/actor.js';
import { canRead, readScope, requirePermission, requireRead, requireWrite } from '../auth/policy.js';
import { findFile, insertFile } from '../files/repo.js';
import { findMovement } from '../movements/repo.js';
import { findUnit } from '../org/units.repo.js';
import { plainText, sanitizeRichText, slugify } from '../publishing/domain/rich-text.js';
import type { PublicationAction } from '../publishing/domain/workflow.js';
import { requireEditable, reviewStep, type ReviewTarget } from '../publishing/review.js';
import { prepareAttachment, prepareImage } from '../publishing/uploads.js';
import { normalizeTags, PRACTICE_FIELD_LABELS, type PracticeField, type PracticeKind } from './domain/catalog.js';
import * as repo from './repo.js';

export const MAX_CONTENT_CHARS = 200_000;

export interface PracticeInput {
  kind: PracticeKind;
  title: string;
  summary: string;
  contentHtml: string;
  field: PracticeField;
  location?: string | null;
  unitId?: string;
  movementId?: string | null;
  tags?: string[];
  awardIds?: string[];
}

export interface PracticeQuery {
  q?: string;
  kind?: string;
  field?: string;
  tag?: string;
  status?: string;
  movementId?: string;
  unitId?: string;
  featured?: boolean;
  limit: number;
  offset: number;
}

const searchText = (p: { title: string; summary: string; location?: string | null; field: string }, tags: readonly string[], unitName: string): string =>
  foldVietnamese([p.title, p.summary, p.location ?? '', PRACTICE_FIELD_LABELS[p.field as PracticeField] ?? '', unitName, ...tags].join(' '));

/** Officers see their subtree's items in any state and everyone's published ones; the board, admins and viewers everything. */
export async function searchPractices(db: Kysely<DB>, actor: Actor, query: PracticeQuery) {
  requirePermission(actor, 'org.read');
  let unitPath: string | undefined;
  if (query.unitId) {
    const unit = await findUnit(db, query.unitId);
    if (!unit) throw badField('unitId', 'Không tìm thấy đơn vị');
    unitPath = unit.path;
  }
  const f: repo.PracticeFilter = { ...query, folded: query.q ? foldVietnamese(query.q) || undefined : undefined, unitPath, visibleTo: readScope(actor) };
  const [items, total] = await Promise.all([repo.listPractices(db, f), repo.countPractices(db, f)]);
  const tags = await repo.tagsOf(db, items.map((i) => i.id));
  return { items: items.map((i) => ({ ...i, tags: tags.filter((t) => t.practice_id === i.id).map((t) => t.tag) })), total };
}

/** Published items only, for the portal (no login). */
export async function searchPublished(db: Kysely<DB>, query: Omit<PracticeQuery, 'status' | 'unitId'>) {
  const f: repo.PracticeFilter = { ...query, folded: query.q ? foldVietnamese(query.q) || undefined : undefined, status: 'published' };
  const [items, total] = await Promise.all([repo.listPractices(db, f), repo.countPractices(db, f)]);
  return { items, total };
}

async function details(db: Kysely<DB>, p: repo.PracticeListRow) {
  const [tags, awards, files] = await Promise.all([repo.tagsOf(db, [p.id]), repo.awardsOf(db, p.id), repo.filesOf(db, p.id)]);
  const tagList = tags.map((t) => t.tag);
  const related = await repo.relatedPractices(db, { id: p.id, field: p.field, tags: tagList }, 4);
  return { practice: p, tags: tagList, awards, files, related };
}

function canSee(actor: Actor, p: { status: string; unit_path: string }): boolean {
  return p.status === 'published' || canRead(actor, p.unit_path);
}

export async function getPractice(db: Kysely<DB>, actor: Actor, id: string) {
  requirePermission(actor, 'org.read');
  const p = await repo.findPractice(db, id);
  if (!p || !canSee(actor, p)) throw notFound('điển hình, mô hình');
  return details(db, p);
}

export async function getPublishedPractice(db: Kysely<DB>, slug: string) {
  const p = await repo.findPublishedBySlug(db, slug);
  return p ? details(db, p) : undefined;
}

async function checkLinks(db: Kysely<DB>, actor: Actor, input: Partial<PracticeInput>): Promise<void> {
  if (input.movementId && !(await findMovement(db, input.movementId))) throw badField('movementId', 'Không tìm thấy phong trào thi đua');
  for (const [i, awardId] of (input.awardIds ?? []).entries()) {
    const award = await db.selectFrom('awards').select(['unit_path']).where('id', '=', awardId).executeTakeFirst();
    if (!award) throw badField(`awardIds.${i}`, 'Không tìm thấy khen thưởng trong sổ vàng');
    requireRead(actor, award.unit_path);
  }
}

function cleanContent(html: string): string {
  if (html.length > MAX_CONTENT_CHARS) throw badField('contentHtml', 'Nội dung quá dài (tối đa 200.000 ký tự)');
  const clean = sanitizeRichText(html);
  if (!plainText(clean)) throw badField('contentHtml', 'Nhập nội dung');
  return clean;
}

export async function createPractice(db: Kysely<DB>, actor: Actor, who: AuditWho, input: PracticeInput) {
  requirePermission(actor, 'publications.write');
  const unit = await findUnit(db, input.unitId ?? actor.unitId);
  if (!unit) throw badField('unitId', 'Không tìm thấy đơn vị');
  requireWrite(actor, 'publications.write', unit.path);
  await checkLinks(db, actor, input);
  const id = newId();
  const now = nowIso();
  const tags = normalizeTags(input.tags ?? [], foldVietnamese);
  const title = normalizeInput(input.title);
  const row = {
    id, slug: `${slugify(title)}-${id.slice(-6)}`, kind: input.kind, title, summary: normalizeInput(input.summary), content_html: cleanContent(input.contentHtml),
    field: input.field, location: input.location ? normalizeInput(input.location) : null, unit_id: unit.id, unit_path: unit.path,
    movement_id: input.movementId ?? null, status: 'draft', review_note: null, featured: 0, published_at: null, reviewed_by: null,
    created_by: actor.userId, created_at: now, updated_at: now,
  };
  await db.transaction().execute(async (trx) => {
    await repo.insertPractice(trx, { ...row, search: searchText(row, tags, unit.name) });
    await repo.replaceTags(trx, id, tags);
    await repo.replaceAwards(trx, id, [...new Set(input.awardIds ?? [])]);
    await recordAudit(trx, who, { action: 'practice.create', entity: 'practice', entityId: id, after: { ...row, tags, awardIds: input.awardIds ?? [] } });
  });
  return getPractice(db, actor, id);
}

export async function updatePractice(db: Kysely<DB>, actor: Actor, who: AuditWho, id: string, input: Partial<PracticeInput>) {
  requirePermission(actor, 'publications.write');
  const before = await repo.findPractice(db, id);
  if (!before || !canSee(actor, before)) throw notFound('điển hình, mô hình');
  requireEditable(actor, before);
  if (input.unitId && input.unitId !== before.unit_id) throw badField('unitId', 'Không đổi được đơn vị của một mục đã tạo');
  await checkLinks(db, actor, input);
  const patch = {
    ...(input.kind ? { kind: input.kind } : {}),
    ...(input.title ? { title: normalizeInput(input.title) } : {}),
    ...(input.summary ? { summary: normalizeInput(input.summary) } : {}),
    ...(input.contentHtml !== undefined ? { content_html: cleanContent(input.contentHtml) } : {}),
    ...(input.field ? { field: input.field } : {}),
    ...(input.location !== undefined ? { location: input.location ? normalizeInput(input.location) : null } : {}),
    ...(input.movementId !== undefined ? { movement_id: input.movementId } : {}),
  };
  await db.transaction().execute(async (trx) => {
    const tags = input.tags ? normalizeTags(input.tags, foldVietnamese) : (await repo.tagsOf(trx, [id])).map((t) => t.tag);
    const merged = { ...before, ...patch };
    await repo.updatePractice(trx, id, { ...patch, search: searchText(merged, tags, before.unit_name), updated_at: nowIso() });
    if (input.tags) await repo.replaceTags(trx, id, tags);
    if (input.awardIds) await repo.replaceAwards(trx, id, [...new Set(input.awardIds)]);
    await recordAudit(trx, who, { action: 'practice.update', entity: 'practice', entityId: id, before, after: { ...patch, tags: input.tags, awardIds: input.awardIds } });
  });
  return getPractice(db, actor, id);
}

const target: ReviewTarget<repo.PracticeListRow> = {
  entity: 'practice',
  label: 'điển hình, mô hình',
  load: (trx, id) => repo.findPractice(trx, id),
  save: (trx, id, from, patch) => repo.updatePractice(trx, id, { ...patch, ...(patch.status === 'published' ? { published_at: patch.updated_at } : {}) }, from),
};

export async function reviewPractice(db: Kysely<DB>, actor: Actor, who: AuditWho, id: string, action: PublicationAction, note?: string | null) {
  await reviewStep(db, actor, who, target, id, action, note);
  return getPractice(db, actor, id);
}

/** The board puts an item in front on the portal (or takes it back). */
export async function featurePractice(db: Kysely<DB>, actor: Actor, who: AuditWho, id: string, featured: boolean) {
  requirePermission(actor, 'publications.review');
  await db.transaction().execute(async (trx) => {
    const p = await repo.findPractice(trx, id);
    if (!p) throw notFound('điển hình, mô hình');
    if (featured && p.status !== 'published') throw badField('featured', 'Chỉ nêu bật được mục đã đăng');
    await repo.updatePractice(trx, id, { featured: featured ? 1 : 0, updated_at: nowIso() });
    await recordAudit(trx, who, { action: 'practice.feature', entity: 'practice', entityId: id, before: { featured: p.featured === 1 }, after: { featured } });
  });
  return getPractice(db, actor, id);
}

export async function attachFile(db: Kysely<DB>, actor: Actor, who: AuditWho, id: string, kind: 'image' | 'attachment', file: { fileName: string; content: Buffer; caption?: string | null }) {
  requirePermission(actor, 'publications.write');
  const p = await repo.findPractice(db, id);
  if (!p || !canSee(actor, p)) throw notFound('điển hình, mô hình');
  requireEditable(actor, p);
  const prepared = kind === 'image' ? await prepareImage(file.fileName, file.content) : prepareAttachment(file.fileName, file.content);
  const caption = file.caption ? normalizeInput(file.caption).slice(0, 300) : null;
  const fileId = await db.transaction().execute(async (trx) => {
    const fid = await insertFile(trx, { ...prepared, createdBy: actor.userId });
    await repo.addFile(trx, id, fid, kind, caption);
    await recordAudit(trx, who, { action: `practice.attach_${kind}`, entity: 'practice', entityId: id, after: { fileId: fid, name: prepared.name, size: prepared.content.length } });
    return fid;
  });
  return { fileId, name: prepared.name, size: prepared.content.length, mime: prepared.mime, kind, caption };
}

export async function detachFile(db: Kysely<DB>, actor: Actor, who: AuditWho, id: string, fileId: string) {
  requirePermission(actor, 'publications.write');
  const p = await repo.findPractice(db, id);
  if (!p || !canSee(actor, p)) throw notFound('điển hình, mô hình');
  requireEditable(actor, p);
  await db.transaction().execute(async (trx) => {
    if ((await repo.removeFile(trx, id, fileId)) !== 1) throw notFound('tệp');
    await recordAudit(trx, who, { action: 'practice.detach_file', entity: 'practice', entityId: id, before: { fileId } });
  });
}

/** A file of an item the caller may see (drafts included, for the editor's preview). */
export async function readPracticeFile(db: Kysely<DB>, actor: Actor, id: string, fileId: string) {
  const p = await repo.findPractice(db, id);
  if (!p || !canSee(actor, p) || !(await repo.fileOfPractice(db, id, fileId))) throw forbidden();
  const file = await findFile(db, fileId);
  if (!file) throw notFound('tệp');
  return file;
}
