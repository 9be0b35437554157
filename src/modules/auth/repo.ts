import type { Kysely } from 'kysely';
import { countAll } from '../../db/dialect.js';
import type { DB } from '../../db/schema.js';
import type { Actor, Role } from './actor.js';

/** SQL of authentication: sessions, login attempts, and the actor behind a session. */
export async function findUserForLogin(db: Kysely<DB>, username: string) {
  return db
    .selectFrom('users')
    .select(['id', 'username', 'password_hash', 'active'])
    .where('username', '=', username)
    .executeTakeFirst();
}

export async function loadActor(db: Kysely<DB>, userId: string): Promise<Actor | null> {
  const row = await db
    .selectFrom('users')
    .innerJoin('units', 'units.id', 'users.unit_id')
    .select(['users.id', 'users.username', 'users.full_name', 'users.active', 'users.must_change_password', 'units.id as unit_id', 'units.name as unit_name', 'units.code as unit_code', 'units.path as unit_path'])
    .where('users.id', '=', userId)
    .executeTakeFirst();
  if (!row || !row.active) return null;
  const roles = await db.selectFrom('user_roles').select('role').where('user_id', '=', userId).execute();
  return {
    userId: row.id,
    username: row.username,
    fullName: row.full_name,
    roles: roles.map((r) => r.role as Role),
    unitId: row.unit_id,
    unitName: row.unit_name,
    unitCode: row.unit_code,
    unitPath: row.unit_path,
    mustChangePassword: row.must_change_password === 1,
  };
}

export async function insertSession(
  db: Kysely<DB>,
  s: { id: string; userId: string; csrfToken: string; createdAt: string; expiresAt: string; ip: string | null; userAgent: string | null },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({ id: s.id, user_id: s.userId, csrf_token: s.csrfToken, created_at: s.createdAt, expires_at: s.expiresAt, ip: s.ip, user_agent: s.userAgent })
    .execute();
}

export async function findSession(db: Kysely<DB>, id: string, now: string) {
  return db.selectFrom('sessions').select(['id', 'user_id', 'csrf_token']).where('id', '=', id).where('expires_at', '>', now).executeTakeFirst();
}

export async function deleteSession(db: Kysely<DB>, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function deleteUserSessions(db: Kysely<DB>, userId: string, exceptId?: string): Promise<void> {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptId) q = q.where('id', '!=', exceptId);
  await q.execute();
}

export async function recordLoginAttempt(db: Kysely<DB>, a: { id: string; username: string; ip: string; at: string; success: boolean }): Promise<void> {
  await db.insertInto('login_attempts').values({ ...a, success: a.success ? 1 : 0 }).execute();
}

async function failuresSince(db: Kysely<DB>, column: 'username' | 'ip', value: string, since: string): Promise<number> {
  const row = await db
    .selectFrom('login_attempts')
    .select(countAll.as('n'))
    .where(column, '=', value)
    .where('success', '=', 0)
    .where('at', '>=', since)
    .executeTakeFirstOrThrow();
  return row.n;
}

export async function countFailures(db: Kysely<DB>, username: string, ip: string, since: string) {
  return { byAccount: await failuresSince(db, 'username', username, since), byIp: await failuresSince(db, 'ip', ip, since) };
}

export async function updatePasswordHash(db: Kysely<DB>, userId: string, hash: string, now: string): Promise<void> {
  await db.updateTable('users').set({ password_hash: hash, must_change_password: 0, updated_at: now }).where('id', '=', userId).execute();
}

export async function purgeExpired(db: Kysely<DB>, now: string, attemptsBefore: string): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
  await db.deleteFrom('login_attempts').where('at', '<', attemptsBefore).execute();
}
