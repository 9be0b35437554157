import { Type } from 'typebox';
import type { App } from '../../server/app.js';
import { actorOf, type AppDeps } from '../../server/context.js';
import { listNotifications, markRead, unreadCount } from './notify.js';

/**
 * A user's own notifications only: the user id comes from the session, never from the request.
 * Marking read is the user's own bookkeeping, not a change of shared data, so it is not audited.
 */
export function notificationRoutes(app: App, deps: AppDeps): void {
  const { db } = deps.database;
  const tags = ['notifications'];
  app.get('/notifications', {
    schema: { tags, querystring: Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })), unread: Type.Optional(Type.Boolean()) }) },
  }, async (request) => {
    const actor = actorOf(request);
    const rows = await listNotifications(db, actor.userId, request.query.limit ?? 20, request.query.unread ?? false);
    return {
      unread: await unreadCount(db, actor.userId),
      items: rows.map((n) => ({ id: n.id, title: n.title, body: n.body, link: n.link, createdAt: n.created_at, read: n.read_at !== null })),
    };
  });
  app.post('/notifications/read', {
    schema: { tags, body: Type.Object({ ids: Type.Optional(Type.Array(Type.String(), { maxItems: 500 })) }) },
  }, async (request) => {
    const actor = actorOf(request);
    const changed = await markRead(db, actor.userId, request.body.ids);
    return { changed, unread: await unreadCount(db, actor.userId) };
  });
}
