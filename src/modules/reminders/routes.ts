/** The reminders sent, with whether their e-mail went out: the board sees all, a unit its own subtree. */
import { Type } from 'typebox';
import type { App } from '../../server/app.js';
import { actorOf, type AppDeps } from '../../server/context.js';
import { readScope, requirePermission } from '../auth/policy.js';
import { listReminders } from './repo.js';

export function reminderRoutes(app: App, deps: AppDeps): void {
  const { db } = deps.database;
  app.get('/reminders', {
    schema: { tags: ['proposals'], querystring: Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })) }) },
  }, async (request) => {
    const actor = actorOf(request);
    requirePermission(actor, 'proposals.read');
    const rows = await listReminders(db, readScope(actor), request.query.limit ?? 100);
    return {
      items: rows.map((r) => ({
        id: r.id, kind: r.kind, unit: { id: r.unit_id, name: r.unit_name }, proposalId: r.proposal_id, title: r.title, year: r.year, dueDate: r.due_date,
        sentOn: r.sent_on, notified: r.notified, mail: { status: r.mail_status, to: r.mail_to, error: r.mail_error, at: r.mailed_at },
      })),
    };
  });
}
