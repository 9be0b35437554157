import type { Kysely } from 'kysely';
import { containsFolded, countAll } from '../../db/dialect.js';
import type { DB, UserRow } from '../../db/schema.js';
import { newId, nowIso } from '../../lib/ids.js';
import { foldVietnamese, normalizeInput } from '../../lib/text.js';
import { badField, notFound } from '../../server/errors.js';
import { recordAudit, type AuditWho } from '../audit/audit.js';
import { ROLES, type Actor, type Role } from '../auth/actor.js';
import { checkPasswordStrength, generatePassword, hashPassword } from '../auth/passwords.js';
import { requirePermission } from '../auth/policy.js';
import { deleteUserSessions } from '../auth/repo.js';
import { normalizeEmail } from '../../lib/email.js';
import { findUnit } from './units.repo.js';

export interface UserInput {
  username: string;
  fullName: string;
  unitId: string;
  roles: Role[];
  active?: boolean;
  password?: string;
  email?: string | null;
}

export interface UserView {
  id: string;
  username: string;
  fullName: string;
  unit: { id: string; name: string };
  roles: Role[];
  active: boolean;
  mustChangePassword: boolean;
  email: string | null;
}

const USERNAME = /^[a-z0-9._-]{3,50}$/;

async function rolesOf(db: Kysely<DB>, ids: string[]): Promise<Map<string, Role[]>> {
  const rows = ids.length ? await db.selectFrom('user_roles').select(['user_id', 'role']).where('user_id', 'in', ids).execute() : [];
  const map = new Map<string, Role[]>();
  for (const r of rows) map.set(r.user_id, [...(map.get(r.user_id) ?? []), r.role as Role]);
  return map;
}

export async function listUsers(db: Kysely<DB>, actor: Actor, f: { q?: string; unitId?: string; role?: string; limit: number; offset: number }) {
  requirePermission(actor, 'users.manage');
  let q = db.selectFrom('users').innerJoin('units', 'units.id', 'users.unit_id');
  if (f.q) q = q.where((eb) => containsFolded(eb.ref('users.search'), foldVietnamese(f.q!)));
  if (f.unitId) q = q.where('users.unit_id', '=', f.unitId);
  if (f.role) q = q.where('users.id', 'in', (eb) => eb.selectFrom('user_roles').select('user_id').where('role', '=', f.role!));
  const rows = await q.selectAll('users').select(['units.name as unit_name']).orderBy('users.username').limit(f.limit).offset(f.offset).execute();
  const { n } = await q.select(countAll.as('n')).executeTakeFirstOrThrow();
  const roles = await rolesOf(db, rows.map((r) => r.id));
  return { items: rows.map((r) => present(r, r.unit_name, roles.get(r.id) ?? [])), total: n };
}

const present = (r: UserRow, unitName: string, roles: Role[]): UserView => ({
  id: r.id, username: r.username, fullName: r.full_name, unit: { id: r.unit_id, name: unitName }, roles,
  active: r.active === 1, mustChangePassword: r.must_change_password === 1, email: r.email,
});

/** The address to store (null: none), or a Vietnamese error naming the field. */
export function checkEmail(input: string | null | undefined, field = 'email'): string | null {
  const email = normalizeEmail(input);
  if (email === undefined) throw badField(field, 'Địa chỉ e-mail không hợp lệ (ví dụ: ten.ho@kontum.gov.vn)');
  return email;
}

function checkRoles(roles: Role[]): void {
  if (roles.length === 0) throw badField('roles', 'Người dùng phải có ít nhất một vai trò');
  const unknown = roles.filter((r) => !ROLES.includes(r));
  if (unknown.length) throw badField('roles', `Vai trò không tồn tại: ${unknown.join(', ')}`);
}

async function view(db: Kysely<DB>, id: string): Promise<UserView> {
  const row = await db.selectFrom('users').innerJoin('units', 'units.id', 'users.unit_id').selectAll('users').select('units.name as unit_name').where('users.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('người dùng');
  return present(row, row.unit_name, (await rolesOf(db, [id])).get(id) ?? []);
}

/** Creates a user; without a password one is generated and returned once, to be changed at first login. */
export async function createUser(db: Kysely<DB>, actor: Actor | null, who: AuditWho, input: UserInput): Promise<{ user: UserView; password: string }> {
  if (actor) requirePermission(actor, 'users.manage');
  const username = input.username.trim().toLowerCase();
  if (!USERNAME.test(username)) throw badField('username', 'Tên đăng nhập gồm 3–50 ký tự: chữ thường không dấu, số, dấu chấm, gạch ngang, gạch dưới');
  checkRoles(input.roles);
  const email = checkEmail(input.email);
  const password = input.password ?? generatePassword();
  checkPasswordStrength('password', password);
  const hash = await hashPassword(password);
  const id = newId();
  await db.transaction().execute(async (trx) => {
    if (!(await findUnit(trx, input.unitId))) throw badField('unitId', 'Không tìm thấy đơn vị');
    if (await trx.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst()) {
      throw badField('username', `Tên đăng nhập "${username}" đã tồn tại`);
    }
    const now = nowIso();
    const fullName = normalizeInput(input.fullName);
    await trx.insertInto('users').values({
      id, username, full_name: fullName, search: foldVietnamese(`${fullName} ${username}`), unit_id: input.unitId, person_id: null,
      password_hash: hash, must_change_password: input.password ? 0 : 1, active: 1, email, created_at: now, updated_at: now,
    }).execute();
    await trx.insertInto('user_roles').values(input.roles.map((role) => ({ user_id: id, role }))).execute();
    await recordAudit(trx, who, { action: 'user.create', entity: 'user', entityId: id, after: { username, fullName, unitId: input.unitId, roles: input.roles, email } });
  });
  return { user: await view(db, id), password };
}

export async function updateUser(db: Kysely<DB>, actor: Actor, who: AuditWho, id: string, input: Partial<Omit<UserInput, 'username' | 'password'>>): Promise<UserView> {
  requirePermission(actor, 'users.manage');
  if (input.roles) checkRoles(input.roles);
  if (input.active === false && id === actor.userId) throw badField('active', 'Không thể tự khóa tài khoản của chính mình');
  const email = input.email === undefined ? undefined : checkEmail(input.email);
  await db.transaction().execute(async (trx) => {
    const before = await view(trx, id);
    if (input.unitId && !(await findUnit(trx, input.unitId))) throw badField('unitId', 'Không tìm thấy đơn vị');
    const patch: Partial<UserRow> = { updated_at: nowIso() };
    if (input.fullName !== undefined) {
      patch.full_name = normalizeInput(input.fullName);
      patch.search = foldVietnamese(`${patch.full_name} ${before.username}`);
    }
    if (input.unitId !== undefined) patch.unit_id = input.unitId;
    if (input.active !== undefined) patch.active = input.active ? 1 : 0;
    if (email !== undefined) patch.email = email;
    await trx.updateTable('users').set(patch).where('id', '=', id).execute();
    if (input.roles) {
      await trx.deleteFrom('user_roles').where('user_id', '=', id).execute();
      await trx.insertInto('user_roles').values(input.roles.map((role) => ({ user_id: id, role }))).execute();
    }
    if (input.active === false) await deleteUserSessions(trx, id);
    await recordAudit(trx, who, { action: 'user.update', entity: 'user', entityId: id, before, after: await view(trx, id) });
  });
  return view(db, id);
}

/** Sets a new password (generated when not given) and ends the user's sessions. */
export async function resetPassword(
  db: Kysely<DB>, actor: Actor | null, who: AuditWho, target: { id: string } | { username: string }, password?: string,
): Promise<string> {
  if (actor) requirePermission(actor, 'users.manage');
  const user = 'id' in target
    ? await db.selectFrom('users').select('id').where('id', '=', target.id).executeTakeFirst()
    : await db.selectFrom('users').select('id').where('username', '=', target.username.toLowerCase()).executeTakeFirst();
  if (!user) throw 'id' in target ? notFound('người dùng') : badField('username', `Không có người dùng "${target.username}"`);
  const pwd = password ?? generatePassword();
  checkPasswordStrength('password', pwd);
  const hash = await hashPassword(pwd);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ password_hash: hash, must_change_password: password ? 0 : 1, updated_at: nowIso() }).where('id', '=', user.id).execute();
    await deleteUserSessions(trx, user.id);
    await recordAudit(trx, who, { action: 'user.reset_password', entity: 'user', entityId: user.id });
  });
  return pwd;
}

/** The signed-in user's own address: anyone may set theirs, nobody else's (that is `updateUser`). */
export async function setOwnEmail(db: Kysely<DB>, actor: Actor, who: AuditWho, input: string | null): Promise<{ email: string | null }> {
  const email = checkEmail(input);
  await db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('users').select('email').where('id', '=', actor.userId).executeTakeFirstOrThrow();
    await trx.updateTable('users').set({ email, updated_at: nowIso() }).where('id', '=', actor.userId).execute();
    await recordAudit(trx, who, { action: 'user.set_email', entity: 'user', entityId: actor.userId, before, after: { email } });
  });
  return { email };
}

export async function ownEmail(db: Kysely<DB>, actor: Actor): Promise<{ email: string | null }> {
  return db.selectFrom('users').select('email').where('id', '=', actor.userId).executeTakeFirstOrThrow();
}
