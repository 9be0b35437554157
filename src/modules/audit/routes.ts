import type { Kysely } from 'kysely';
import { Type } from 'typebox';
import { countAll } from '../../db/dialect.js';
import type { DB } from '../../db/schema.js';
import type { App } from '../../server/app.js';
import { actorOf, type AppDeps } from '../../server/context.js';
import { page, Paging } from '../../server/schemas.js';
import { requirePermission } from '../auth/policy.js';

function filtered(db: Kysely<DB>, f: { entity?: string; entityId?: string }) {
  let q = db.selectFrom('audit_log');
  if (f.entity) q = q.where('entity', '=', f.entity);
  if (f.entityId) q = q.where('entity_id', '=', f.entityId);
  return q;
}

const parse = (json: string | null): unknown => (json === null ? null : JSON.parse(json));

/** The audit log, newest first: the board and admins see who did what to which record. */
export function auditRoutes(app: App, deps: AppDeps): void {
  const { db } = deps.database;
  app.get('/audit', {
    schema: { tags: ['audit'], querystring: Type.Object({ ...Paging, entity: Type.Optional(Type.String({ maxLength: 50 })), entityId: Type.Optional(Type.String({ maxLength: 100 })) }) },
  }, async (request) => {
    requirePermission(actorOf(request), 'audit.read');
    const { limit, offset } = page(request.query);
    const rows = await filtered(db, request.query).selectAll().orderBy('seq', 'desc').limit(limit).offset(offset).execute();
    const { n } = await filtered(db, request.query).select(countAll.as('n')).executeTakeFirstOrThrow();
    return {
      items: rows.map((r) => ({
        id: r.id, seq: r.seq, at: r.at, actor: r.actor_id ? { id: r.actor_id, username: r.actor_name } : { id: null, username: r.actor_name },
        action: r.action, entity: r.entity, entityId: r.entity_id, before: parse(r.before_json), after: parse(r.after_json), ip: r.ip,
      })),
      total: n,
    };
  });
}
