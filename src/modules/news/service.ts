/** Use cases of news: the board posts, units post after review; authorization and audit happen here. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { newId, nowIso } from '../../lib/ids.js';
import { foldVietnamese, normalizeInput } from '../../lib/text.js';
import { badField, forbidden, notFound } from '../../server/errors.js';
import { recordAudit, type AuditWho } from '../audit/audit.js';
import type { Actor } from '../auth/actor.js';
import { canRead, readScope, requirePermission, requireWrite } from '../auth/policy.js';
import { findFile, insertFile } from '../files/repo.js';
import { findMovement } from '../movements/repo.js';
import { findUnit } from '../org/units.repo.js';
import { plainText, sanitizeRichText, slugify } from '../publishing/domain/rich-text.js';
import type { PublicationAction } from '../publishing/domain/workflow.js';
import { requireEditable, reviewStep, type ReviewTarget } from '../publishing/review.js';
import { prepareImage } from '../publishing/uploads.js';
import type { NewsCategory } from './domain/categories.js';
import * as repo from './repo.js';

export const MAX_CONTENT_CHARS = 200_000;

export interface NewsInput {
  title: string;
  summary: string;
  contentHtml: string;
  category: NewsCategory;
  source?: string | null;
  movementId?: string | null;
  documentId?: string | null;
  coverAlt?: string | null;
  unitId?: string;
}

export interface NewsQuery {
  q?: string;
  category?: string;
  status?: string;
  movementId?: string;
  limit: number;
  offset: number;
}

const fold = (q?: string) => (q ? foldVietnamese(q) || undefined : undefined);
const searchText = (n: { title: string; summary: string; source?: string | null }, unitName: string) => foldVietnamese([n.title, n.summary, n.source ?? '', unitName].join(' '));
const canSee = (actor: Actor, n: { status: string; unit_path: string }): boolean => n.status === 'published' || canRead(actor, n.unit_path);

export async function searchNews(db: Kysely<DB>, actor: Actor, query: NewsQuery) {
  requirePermission(actor, 'org.read');
  const f: repo.NewsFilter = { ...query, folded: fold(query.q), visibleTo: readScope(actor) };
  const [items, total] = await Promise.all([repo.listNews(db, f), repo.countNews(db, f)]);
  return { items, total };
}

/** What the portal shows: live posts, newest first. */
export async function searchLive(db: Kysely<DB>, query: Omit<NewsQuery, 'status'>, at = nowIso()) {
  const f: repo.NewsFilter = { ...query, folded: fold(query.q), liveAt: at };
  const [items, total] = await Promise.all([repo.listNews(db, f), repo.countNews(db, f)]);
  return { items, total };
}

export async function getNews(db: Kysely<DB>, actor: Actor, id: string) {
  requirePermission(actor, 'org.read');
  const n = await repo.findNews(db, id);
  if (!n || !canSee(actor, n)) throw notFound('tin bài');
  return n;
}

async function checkLinks(db: Kysely<DB>, input: Partial<NewsInput>): Promise<void> {
  if (input.movementId && !(await findMovement(db, input.movementId))) throw badField('movementId', 'Không tìm thấy phong trào thi đua');
  if (input.documentId && !(await repo.findDocument(db, input.documentId))) throw badField('documentId', 'Không tìm thấy văn bản');
}

function cleanContent(html: string): string {
  if (html.length > MAX_CONTENT_CHARS) throw badField('contentHtml', 'Nội dung quá dài (tối đa 200.000 ký tự)');
  const clean = sanitizeRichText(html);
  if (!plainText(clean)) throw badField('contentHtml', 'Nhập nội dung');
  return clean;
}

const opt = (s: string | null | undefined) => (s ? normalizeInput(s) || null : null);

export async function createNews(db: Kysely<DB>, actor: Actor, who: AuditWho, input: NewsInput) {
  requirePermission(actor, 'publications.write');
  const unit = await findUnit(db, input.unitId ?? actor.unitId);
  if (!unit) throw badField('unitId', 'Không tìm thấy đơn vị');
  requireWrite(actor, 'publications.write', unit.path);
  await checkLinks(db, input);
  const id = newId();
  const now = nowIso();
  const title = normalizeInput(input.title);
  const row = {
    id, slug: `${slugify(title)}-${id.slice(-6)}`, title, summary: normalizeInput(input.summary), content_html: cleanContent(input.contentHtml),
    category: input.category, source: opt(input.source), movement_id: input.movementId ?? null, document_id: input.documentId ?? null,
    cover_file_id: null, cover_alt: opt(input.coverAlt), unit_id: unit.id, unit_path: unit.path, status: 'draft', review_note: null,
    publish_at: null, reviewed_by: null, created_by: actor.userId, created_at: now, updated_at: now,
  };
  await db.transaction().execute(async (trx) => {
    await repo.insertNews(trx, { ...row, search: searchText(row, unit.name) });
    await recordAudit(trx, who, { action: 'news.create', entity: 'news', entityId: id, after: row });
  });
  return getNews(db, actor, id);
}

export async function updateNews(db: Kysely<DB>, actor: Actor, who: AuditWho, id: string, input: Partial<NewsInput>) {
  requirePermission(actor, 'publications.write');
  const before = await repo.findNews(db, id);
  if (!before || !canSee(actor, before)) throw notFound('tin bài');
  requireEditable(actor, before);
  if (input.unitId && input.unitId !== before.unit_id) throw badField('unitId', 'Không đổi được đơn vị của tin đã tạo');
  await checkLinks(db, input);
  const patch = {
    ...(input.title ? { title: normalizeInput(input.title) } : {}),
    ...(input.summary ? { summary: normalizeInput(input.summary) } : {}),
    ...(input.contentHtml !== undefined ? { content_html: cleanContent(input.contentHtml) } : {}),
    ...(input.category ? { category: input.category } : {}),
    ...(input.source !== undefined ? { source: opt(input.source) } : {}),
    ...(input.movementId !== undefined ? { movement_id: input.movementId } : {}),
    ...(input.documentId !== undefined ? { document_id: input.documentId } : {}),
    ...(input.coverAlt !== undefined ? { cover_alt: opt(input.coverAlt) } : {}),
  };
  await db.transaction().execute(async (trx) => {
    await repo.updateNews(trx, id, { ...patch, search: searchText({ ...before, ...patch }, before.unit_name), updated_at: nowIso() });
    await recordAudit(trx, who, { action: 'news.update', entity: 'news', entityId: id, before, after: patch });
  });
  return getNews(db, actor, id);
}

/** Review steps; publishing takes the posting time (now, or a later time for a scheduled post). */
export async function reviewNews(db: Kysely<DB>, actor: Actor, who: AuditWho, id: string, action: PublicationAction, opts: { note?: string | null; publishAt?: string | null } = {}) {
  const target: ReviewTarget<repo.NewsListRow> = {
    entity: 'news',
    label: 'tin bài',
    load: (trx, nid) => repo.findNews(trx, nid),
    save: (trx, nid, from, patch) =>
      repo.updateNews(trx, nid, { ...patch, ...(patch.status === 'published' ? { publish_at: opts.publishAt ?? patch.updated_at } : {}) }, from),
  };
  await reviewStep(db, actor, who, target, id, action, opts.note);
  return getNews(db, actor, id);
}

export async function setCover(db: Kysely<DB>, actor: Actor, who: AuditWho, id: string, file: { fileName: string; content: Buffer }) {
  requirePermission(actor, 'publications.write');
  const n = await repo.findNews(db, id);
  if (!n || !canSee(actor, n)) throw notFound('tin bài');
  requireEditable(actor, n);
  const prepared = await prepareImage(file.fileName, file.content);
  await db.transaction().execute(async (trx) => {
    const fileId = await insertFile(trx, { ...prepared, createdBy: actor.userId });
    await repo.updateNews(trx, id, { cover_file_id: fileId, updated_at: nowIso() });
    await recordAudit(trx, who, { action: 'news.cover', entity: 'news', entityId: id, before: { cover: n.cover_file_id }, after: { cover: fileId, name: prepared.name } });
  });
  return getNews(db, actor, id);
}

export async function readCover(db: Kysely<DB>, actor: Actor, id: string) {
  const n = await repo.findNews(db, id);
  if (!n || !canSee(actor, n)) throw forbidden();
  const file = n.cover_file_id ? await findFile(db, n.cover_file_id) : undefined;
  if (!file) throw notFound('ảnh đại diện');
  return file;
}
