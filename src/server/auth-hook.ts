import type { FastifyInstance } from 'fastify';
import { resolveSession } from '../modules/auth/service.js';
import type { AppDeps } from './context.js';
import { AppError } from './errors.js';
import { localeOf } from './messages.js';

export const SESSION_COOKIE = 'thidua_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
// Logging in replaces whatever session the browser had, so it needs no token of the old one.
const CSRF_EXEMPT = new Set(['/api/v1/auth/login']);

/**
 * Resolves the session cookie to an actor, refuses anonymous callers on every route not marked
 * `config: { public: true }`, and enforces CSRF on every mutation.
 */
export function registerAuth(app: FastifyInstance, deps: AppDeps): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionId', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('locale', 'vi');
  app.addHook('onRequest', async (request) => {
    request.locale = localeOf(request.headers['accept-language']);
    // The web app's files and the API documentation (an open-source API: nothing secret) need no session.
    if (!request.url.startsWith('/api/') || request.url.startsWith('/api/docs')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const session = await resolveSession(deps.database.db, token);
      if (session) {
        request.actor = session.actor;
        request.sessionId = session.sessionId;
        request.csrfToken = session.csrfToken;
      }
    }
    // Authentication before validation: an anonymous caller learns nothing about a private route.
    const isPublic = (request.routeOptions.config as { public?: boolean } | undefined)?.public === true;
    if (!request.actor && !isPublic && request.routeOptions.url) throw new AppError('unauthenticated', 401);
    if (!SAFE_METHODS.has(request.method) && request.actor && !CSRF_EXEMPT.has(request.url) && request.headers['x-csrf-token'] !== request.csrfToken) {
      throw new AppError('csrf', 403);
    }
  });
}
