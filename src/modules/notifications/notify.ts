/**
 * In-app notifications (the bell). Call `notify` inside the transaction of the event it announces,
 * so the notice exists exactly when the change does:
 *
 *   await notify(trx, { unitIds: [unitId], title: 'Hồ sơ bị trả lại', body: 'Lý do: …', link: '/ho-so/123' });
 *
 * `unitIds` reaches every active user of those units (not their subtrees); `userIds` reaches
 * named users. Both may be given; a user is notified once. `link` is a path of the web app.
 */
import type { Kysely, Transaction } from 'kysely';
import { countAll } from '../../db/dialect.js';
import type { DB } from '../../db/schema.js';
import { newId, nowIso } from '../../lib/ids.js';

export interface Notice {
  unitIds?: readonly string[];
  userIds?: readonly string[];
  title: string;
  body: string;
  link?: string | null;
}

/** Inserts in slices: one statement per 500 rows stays under SQLite's bound-parameter limit. */
const SLICE = 500;

/** Returns how many users were notified. */
export async function notify(trx: Transaction<DB>, n: Notice): Promise<number> {
  const users = new Set(n.userIds ?? []);
  const unitIds = [...new Set(n.unitIds ?? [])];
  for (let i = 0; i < unitIds.length; i += SLICE) {
    const rows = await trx.selectFrom('users').select('id').where('unit_id', 'in', unitIds.slice(i, i + SLICE)).where('active', '=', 1).execute();
    rows.forEach((r) => users.add(r.id));
  }
  const at = nowIso();
  const rows = [...users].map((user_id) => ({ id: newId(), user_id, title: n.title, body: n.body, link: n.link ?? null, created_at: at, read_at: null }));
  for (let i = 0; i < rows.length; i += SLICE / 5) await trx.insertInto('notifications').values(rows.slice(i, i + SLICE / 5)).execute();
  return rows.length;
}

export const listNotifications = (db: Kysely<DB>, userId: string, limit: number, unreadOnly: boolean) => {
  let q = db.selectFrom('notifications').selectAll().where('user_id', '=', userId);
  if (unreadOnly) q = q.where('read_at', 'is', null);
  return q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
};

export async function unreadCount(db: Kysely<DB>, userId: string): Promise<number> {
  const r = await db.selectFrom('notifications').select(countAll.as('n')).where('user_id', '=', userId).where('read_at', 'is', null).executeTakeFirst();
  return r?.n ?? 0;
}

/** Marks the user's own notices read (all of them when `ids` is omitted); returns how many changed. */
export async function markRead(db: Kysely<DB>, userId: string, ids?: readonly string[]): Promise<number> {
  let q = db.updateTable('notifications').set({ read_at: nowIso() }).where('user_id', '=', userId).where('read_at', 'is', null);
  if (ids) {
    if (ids.length === 0) return 0;
    q = q.where('id', 'in', [...ids]);
  }
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows);
}
