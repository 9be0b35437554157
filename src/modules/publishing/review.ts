/**
 * The review steps shared by every public item (practices, news): who may take each step, what
 * follows, the audit entry. The caller's table is reached through `load`/`save`, so one rule set
 * serves both modules.
 */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { nowIso } from '../../lib/ids.js';
import { normalizeInput } from '../../lib/text.js';
import { badField, conflict, notFound } from '../../server/errors.js';
import { recordAudit, type AuditWho } from '../audit/audit.js';
import type { Actor } from '../auth/actor.js';
import { hasPermission, requirePermission, requireWrite } from '../auth/policy.js';
import { editableByUnit, transition, type PublicationAction, type PublicationStatus } from './domain/workflow.js';

export interface Reviewable {
  status: string;
  unit_path: string;
}

export interface ReviewTarget<R extends Reviewable> {
  entity: string;
  /** Vietnamese name for "not found" messages. */
  label: string;
  load(trx: Transaction<DB>, id: string): Promise<R | undefined>;
  /** Writes the new status; returns the rows changed (0 when another request moved it first). */
  save(trx: Transaction<DB>, id: string, from: string, patch: { status: PublicationStatus; review_note: string | null; reviewed_by: string | null; updated_at: string }): Promise<number>;
}

export const isReviewer = (actor: Actor): boolean => hasPermission(actor, 'publications.review');

/** Units write within their subtree and only while the item is a draft or returned; reviewers always. */
export function requireEditable(actor: Actor, item: Reviewable): void {
  requireWrite(actor, 'publications.write', item.unit_path);
  if (!isReviewer(actor) && !editableByUnit(item.status as PublicationStatus)) {
    throw conflict('mục này đã gửi duyệt hoặc đã đăng; chỉ Ban Thi đua – Khen thưởng sửa được');
  }
}

export async function reviewStep<R extends Reviewable>(
  db: Kysely<DB>, actor: Actor, who: AuditWho, target: ReviewTarget<R>, id: string, action: PublicationAction, note?: string | null,
  extra?: (trx: Transaction<DB>, item: R) => Promise<void>,
): Promise<void> {
  if (action === 'submit') requirePermission(actor, 'publications.write');
  else requirePermission(actor, 'publications.review');
  await db.transaction().execute(async (trx) => {
    const item = await target.load(trx, id);
    if (!item) throw notFound(target.label);
    if (action === 'submit') requireWrite(actor, 'publications.write', item.unit_path);
    const next = transition(item.status as PublicationStatus, action, note);
    if (!next.ok) throw badField(action === 'return' ? 'note' : 'status', next.message);
    const reviewNote = action === 'return' ? normalizeInput(note ?? '') : null;
    const changed = await target.save(trx, id, item.status, {
      status: next.to, review_note: reviewNote, reviewed_by: action === 'submit' ? null : actor.userId, updated_at: nowIso(),
    });
    if (changed !== 1) throw conflict('trạng thái vừa được người khác thay đổi; hãy tải lại');
    await extra?.(trx, item);
    await recordAudit(trx, who, { action: `${target.entity}.${action}`, entity: target.entity, entityId: id, before: { status: item.status }, after: { status: next.to, note: reviewNote } });
  });
}

export function canEditItem(actor: Actor, item: Reviewable): boolean {
  try {
    requireEditable(actor, item);
    return true;
  } catch {
    return false;
  }
}
