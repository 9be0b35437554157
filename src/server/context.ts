import type { FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import type { Actor } from '../modules/auth/actor.js';
import type { AuditWho } from '../modules/audit/audit.js';
import { AppError } from './errors.js';
import type { Locale } from './messages.js';

/** What every route module receives. */
export interface AppDeps {
  database: Database;
  config: Config;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    sessionId: string | null;
    csrfToken: string | null;
    locale: Locale;
  }
}

/** The logged-in actor, or 401. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('unauthenticated', 401);
  return request.actor;
}

export function auditWho(request: FastifyRequest): AuditWho {
  const actor = actorOf(request);
  return { actorId: actor.userId, actorName: actor.username, ip: request.ip };
}
