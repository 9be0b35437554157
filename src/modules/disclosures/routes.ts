/** HTTP of disclosures: the board's publication and feedback handling, and the public JSON endpoints. */
import { Type } from 'typebox';
import type { App } from '../../server/app.js';
import { actorOf, auditWho, type AppDeps } from '../../server/context.js';
import { IsoDate, Nullable } from '../../server/schemas.js';
import type { Ctx } from '../proposals/service.js';
import {
  closeDisclosure, handleFeedback, listDisclosures, listFeedback, publicDisclosure, publicDisclosures, publish, sendFeedback,
} from './service.js';

const Params = Type.Object({ id: Type.String({ maxLength: 64 }) });
/** A feedback form is a few kilobytes; anything larger is not a citizen typing. */
export const FEEDBACK_BODY_LIMIT = 16 * 1024;
/** Longest name, contact and content accepted (the JSON schema and the portal's form). */
export const FEEDBACK_MAX = { name: 120, contact: 200, content: 4000 } as const;

export function disclosureRoutes(app: App, deps: AppDeps): void {
  const { db } = deps.database;
  const tags = ['disclosures'];
  const ctx = (request: Parameters<typeof actorOf>[0]): Ctx => ({ db, actor: actorOf(request), who: auditWho(request) });

  app.post('/proposals/:id/disclosures', {
    schema: {
      tags, params: Params,
      body: Type.Object({ version: Type.Integer({ minimum: 1 }), title: Type.Optional(Type.String({ minLength: 5, maxLength: 300 })), opensOn: Type.Optional(IsoDate), workingDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 60 })) }),
    },
  }, async (request, reply) => {
    const id = await publish(ctx(request), request.params.id, request.body);
    reply.code(201);
    return { id };
  });

  app.get('/disclosures', { schema: { tags } }, async (request) => ({
    items: (await listDisclosures(db, { actor: actorOf(request) })).map((d) => ({
      id: d.id, proposalId: d.proposal_id, proposalTitle: d.proposal_title, unitName: d.unit_name, title: d.title, opensOn: d.opens_on, closesOn: d.closes_on,
      workingDays: d.working_days, state: d.state, feedback: { total: Number(d.feedback_total ?? 0), new: Number(d.feedback_new ?? 0) },
    })),
  }));

  app.post('/disclosures/:id/close', { schema: { tags, params: Params, body: Type.Object({ version: Type.Integer({ minimum: 1 }), reason: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))) }) } }, async (request) => {
    await closeDisclosure(ctx(request), request.params.id, request.body);
    return { ok: true };
  });

  app.get('/disclosures/:id/feedback', { schema: { tags, params: Params } }, async (request) => ({
    items: (await listFeedback(db, { actor: actorOf(request) }, request.params.id)).map((f) => ({
      id: f.id, name: f.name, contact: f.contact, content: f.content, createdAt: f.created_at, status: f.status, handling: f.handling, handledAt: f.handled_at, handledBy: f.handled_by_name,
    })),
  }));

  app.put('/disclosures/:id/feedback/:feedbackId', {
    schema: { tags, params: Type.Object({ id: Type.String({ maxLength: 64 }), feedbackId: Type.String({ maxLength: 64 }) }), body: Type.Object({ handling: Type.String({ maxLength: 4000 }) }) },
  }, async (request) => {
    await handleFeedback(ctx(request), request.params.id, request.params.feedbackId, request.body.handling);
    return { ok: true };
  });

  const pub = { public: true };
  app.get('/public/disclosures', { config: pub, schema: { tags: ['public'] } }, async () => ({
    items: (await publicDisclosures(db)).map((d) => ({ id: d.id, title: d.title, unitName: d.unit_name, opensOn: d.opens_on, closesOn: d.closes_on, workingDays: d.working_days, open: d.open, nominees: Number(d.nominees ?? 0) })),
  }));
  app.get('/public/disclosures/:id', { config: pub, schema: { tags: ['public'], params: Params } }, async (request) => publicDisclosure(db, request.params.id));
  app.post('/public/disclosures/:id/feedback', {
    config: pub, bodyLimit: FEEDBACK_BODY_LIMIT,
    schema: { tags: ['public'], params: Params, body: Type.Object({ name: Type.String({ maxLength: FEEDBACK_MAX.name }), contact: Type.String({ maxLength: FEEDBACK_MAX.contact }), content: Type.String({ maxLength: FEEDBACK_MAX.content }) }) },
  }, async (request, reply) => {
    reply.code(201);
    return sendFeedback(db, request.params.id, request.ip, request.body);
  });
}
