/** HTTP of the council: terms, sessions, agenda, attendance, ballots, written opinions, minutes. */
import { Type } from 'typebox';
import type { App } from '../../server/app.js';
import { actorOf, auditWho, type AppDeps } from '../../server/context.js';
import { conflict } from '../../server/errors.js';
import { IsoDate, Nullable } from '../../server/schemas.js';
import { renderMinutes } from './minutes.js';
import {
  addToAgenda, closeSession, createSession, createTerm, getSession, listSessions, listTerms, openSession, recordWrittenOpinion,
  setAttendance, vote, type Ctx,
} from './service.js';

const Params = Type.Object({ id: Type.String({ maxLength: 64 }) });
const Votes = Type.Array(Type.Object({ agendaId: Type.String({ maxLength: 64 }), approve: Type.Boolean() }), { maxItems: 2000 });
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

type SessionView = Awaited<ReturnType<typeof getSession>>;
const presentSession = (s: SessionView) => ({
  id: s.session.id, title: s.session.title, meetsOn: s.session.meets_on, place: s.session.place, state: s.session.state,
  quorumPercent: s.session.quorum_percent, openedAt: s.session.opened_at, closedAt: s.session.closed_at,
  term: { id: s.term.id, name: s.term.name, secretary: s.term.secretary_name },
  members: s.members, quorum: s.quorum, isMember: s.isMember, isSecretary: s.isSecretary, agenda: s.agenda,
});

export function councilRoutes(app: App, deps: AppDeps): void {
  const { db } = deps.database;
  const tags = ['council'];
  const ctx = (request: Parameters<typeof actorOf>[0]): Ctx => ({ db, actor: actorOf(request), who: auditWho(request) });

  app.get('/council/terms', { schema: { tags } }, async (request) => ({
    items: (await listTerms(db, actorOf(request))).map((t) => ({
      id: t.id, name: t.name, startsOn: t.starts_on, endsOn: t.ends_on, secretary: { id: t.secretary_id, name: t.secretary_name },
      members: t.members.map((m) => ({ userId: m.user_id, name: m.full_name, title: m.title })),
    })),
  }));

  app.post('/council/terms', {
    schema: {
      tags,
      body: Type.Object({
        name: Type.String({ minLength: 3, maxLength: 200 }), startsOn: IsoDate, endsOn: IsoDate, secretaryId: Type.String({ maxLength: 64 }),
        members: Type.Array(Type.Object({ userId: Type.String({ maxLength: 64 }), title: Type.String({ minLength: 2, maxLength: 200 }) }), { maxItems: 100 }),
      }),
    },
  }, async (request, reply) => {
    reply.code(201);
    return { id: await createTerm(ctx(request), request.body) };
  });

  app.get('/council/sessions', { schema: { tags } }, async (request) => ({
    items: (await listSessions(db, actorOf(request))).map((s) => ({ id: s.id, title: s.title, meetsOn: s.meets_on, state: s.state, termName: s.term_name, items: Number(s.items ?? 0) })),
  }));

  app.post('/council/sessions', {
    schema: {
      tags,
      body: Type.Object({
        termId: Type.String({ maxLength: 64 }), title: Type.String({ minLength: 3, maxLength: 300 }), meetsOn: IsoDate,
        place: Type.Optional(Nullable(Type.String({ maxLength: 300 }))), quorumPercent: Type.Optional(Type.Integer({ minimum: 50, maximum: 100 })),
      }),
    },
  }, async (request, reply) => {
    const c = ctx(request);
    reply.code(201);
    return presentSession(await getSession(db, c.actor, await createSession(c, request.body)));
  });

  app.get('/council/sessions/:id', { schema: { tags, params: Params } }, async (request) => presentSession(await getSession(db, actorOf(request), request.params.id)));

  app.post('/council/sessions/:id/agenda', { schema: { tags, params: Params, body: Type.Object({ nomineeIds: Type.Array(Type.String({ maxLength: 64 }), { minItems: 1, maxItems: 2000 }) }) } },
    async (request) => presentSession(await addToAgenda(ctx(request), request.params.id, request.body.nomineeIds)));

  app.put('/council/sessions/:id/attendance', { schema: { tags, params: Params, body: Type.Object({ present: Type.Array(Type.String({ maxLength: 64 }), { maxItems: 200 }) }) } },
    async (request) => presentSession(await setAttendance(ctx(request), request.params.id, request.body.present)));

  app.post('/council/sessions/:id/open', { schema: { tags, params: Params } }, async (request) => presentSession(await openSession(ctx(request), request.params.id)));
  app.post('/council/sessions/:id/close', { schema: { tags, params: Params } }, async (request) => presentSession(await closeSession(ctx(request), request.params.id)));

  app.post('/council/sessions/:id/ballots', { schema: { tags, params: Params, body: Type.Object({ votes: Votes }) } },
    async (request) => presentSession(await vote(ctx(request), request.params.id, request.body.votes)));

  app.post('/council/sessions/:id/written-opinions', { schema: { tags, params: Params, body: Type.Object({ memberId: Type.String({ maxLength: 64 }), votes: Votes }) } },
    async (request) => presentSession(await recordWrittenOpinion(ctx(request), request.params.id, request.body.memberId, request.body.votes)));

  app.get('/council/sessions/:id/minutes.docx', { schema: { tags, params: Params } }, async (request, reply) => {
    const s = await getSession(db, actorOf(request), request.params.id);
    if (s.session.state !== 'closed') throw conflict('biên bản có sau khi kết thúc bỏ phiếu');
    const name = `bien-ban-hop-hoi-dong-${s.session.meets_on}.docx`;
    return reply.type(DOCX).header('content-disposition', `attachment; filename="${name}"`).send(await renderMinutes(s));
  });
}
