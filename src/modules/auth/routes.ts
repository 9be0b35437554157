import { Type } from 'typebox';
import type { App } from '../../server/app.js';
import { SESSION_COOKIE } from '../../server/auth-hook.js';
import { actorOf, type AppDeps } from '../../server/context.js';
import type { Actor } from './actor.js';
import { changePassword, login, logout } from './service.js';

export const UserView = Type.Object({
  id: Type.String(),
  username: Type.String(),
  fullName: Type.String(),
  roles: Type.Array(Type.String()),
  unit: Type.Object({ id: Type.String(), name: Type.String(), code: Type.String() }),
  mustChangePassword: Type.Boolean(),
});

const SessionView = Type.Object({ user: UserView, csrfToken: Type.String() });

const presentUser = (a: Actor) => ({
  id: a.userId, username: a.username, fullName: a.fullName, roles: [...a.roles], unit: { id: a.unitId, name: a.unitName, code: a.unitCode },
  mustChangePassword: a.mustChangePassword,
});

export function authRoutes(app: App, deps: AppDeps): void {
  const { db } = deps.database;
  const cookieOptions = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: deps.config.cookieSecure };

  app.post('/auth/login', {
    config: { public: true },
    schema: {
      tags: ['auth'],
      body: Type.Object({ username: Type.String({ minLength: 1, maxLength: 100 }), password: Type.String({ minLength: 1, maxLength: 200 }) }),
      response: { 200: SessionView },
    },
  }, async (request, reply) => {
    const result = await login(db, {
      username: request.body.username, password: request.body.password, ip: request.ip,
      userAgent: request.headers['user-agent'] ?? null, sessionHours: deps.config.sessionHours,
    });
    if (request.sessionId) await logout(db, request.sessionId);
    reply.setCookie(SESSION_COOKIE, result.token, { ...cookieOptions, expires: new Date(result.expiresAt) });
    return { user: presentUser(result.actor), csrfToken: result.csrfToken };
  });

  app.post('/auth/logout', { config: { public: true }, schema: { tags: ['auth'] } }, async (request, reply) => {
    if (request.sessionId) await logout(db, request.sessionId);
    reply.clearCookie(SESSION_COOKIE, cookieOptions);
    return { ok: true };
  });

  app.get('/auth/me', { schema: { tags: ['auth'], response: { 200: SessionView } } }, async (request) => {
    const actor = actorOf(request);
    return { user: presentUser(actor), csrfToken: request.csrfToken ?? '' };
  });

  app.post('/auth/password', {
    schema: {
      tags: ['auth'],
      body: Type.Object({ currentPassword: Type.String({ minLength: 1 }), newPassword: Type.String({ minLength: 1, maxLength: 200 }) }),
    },
  }, async (request) => {
    const actor = actorOf(request);
    await changePassword(db, actor, { ...request.body, sessionId: request.sessionId ?? '', ip: request.ip });
    return { ok: true };
  });
}
