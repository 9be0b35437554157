import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { newId, nowIso } from '../../lib/ids.js';
import { AppError } from '../../server/errors.js';
import { recordAudit } from '../audit/audit.js';
import type { Actor } from './actor.js';
import { checkPasswordStrength, hashPassword, verifyPassword } from './passwords.js';
import * as repo from './repo.js';
import { isThrottled, THROTTLE_WINDOW_MINUTES, windowStart } from './throttle.js';

/** The cookie holds a random token; the database keeps only its hash, so a DB leak opens no session. */
export const sessionIdOf = (token: string): string => createHash('sha256').update(token).digest('hex');

export interface LoginResult {
  token: string;
  csrfToken: string;
  actor: Actor;
  expiresAt: string;
}

export async function login(
  db: Kysely<DB>,
  input: { username: string; password: string; ip: string; userAgent: string | null; sessionHours: number },
): Promise<LoginResult> {
  const now = Date.now();
  const username = input.username.trim().toLowerCase();
  const failures = await repo.countFailures(db, username, input.ip, windowStart(now));
  if (isThrottled(failures)) throw new AppError('throttled', 429, { minutes: THROTTLE_WINDOW_MINUTES });

  const user = await repo.findUserForLogin(db, username);
  const ok = user ? await verifyPassword(user.password_hash, input.password) : false;
  await repo.recordLoginAttempt(db, { id: newId(), username, ip: input.ip, at: nowIso(), success: ok && !!user?.active });
  if (!user || !ok) throw new AppError('bad_credentials', 401);
  if (!user.active) throw new AppError('account_inactive', 403);

  const actor = await repo.loadActor(db, user.id);
  if (!actor) throw new AppError('account_inactive', 403);
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now + input.sessionHours * 3_600_000).toISOString();
  await repo.insertSession(db, {
    id: sessionIdOf(token), userId: user.id, csrfToken, createdAt: nowIso(), expiresAt, ip: input.ip, userAgent: input.userAgent,
  });
  return { token, csrfToken, actor, expiresAt };
}

export async function resolveSession(db: Kysely<DB>, token: string): Promise<{ actor: Actor; csrfToken: string; sessionId: string } | null> {
  const session = await repo.findSession(db, sessionIdOf(token), nowIso());
  if (!session) return null;
  const actor = await repo.loadActor(db, session.user_id);
  return actor ? { actor, csrfToken: session.csrf_token, sessionId: session.id } : null;
}

export const logout = (db: Kysely<DB>, sessionId: string): Promise<void> => repo.deleteSession(db, sessionId);

/** Changing one's password ends every other session of the account. */
export async function changePassword(
  db: Kysely<DB>,
  actor: Actor,
  input: { currentPassword: string; newPassword: string; sessionId: string; ip: string },
): Promise<void> {
  const user = await repo.findUserForLogin(db, actor.username);
  if (!user || !(await verifyPassword(user.password_hash, input.currentPassword))) {
    throw new AppError('wrong_password', 400, {}, [{ path: 'currentPassword', message: 'Mật khẩu hiện tại không đúng' }]);
  }
  checkPasswordStrength('newPassword', input.newPassword);
  const hash = await hashPassword(input.newPassword);
  await db.transaction().execute(async (trx) => {
    await repo.updatePasswordHash(trx, actor.userId, hash, nowIso());
    await repo.deleteUserSessions(trx, actor.userId, input.sessionId);
    await recordAudit(trx, { actorId: actor.userId, actorName: actor.username, ip: input.ip }, { action: 'user.change_password', entity: 'user', entityId: actor.userId });
  });
}
