import { Type } from 'typebox';
import type { App } from '../../server/app.js';
import { actorOf, auditWho, type AppDeps } from '../../server/context.js';
import { notFound } from '../../server/errors.js';
import { IsoDate, Nullable } from '../../server/schemas.js';
import { sendXlsx } from '../awards/registry/excel-routes.js';
import { findFile } from '../files/repo.js';
import { presentProposal } from '../proposals/routes.js';
import { CRITERION_KINDS, CRITERION_SOURCES } from './domain/template.js';
import { SCORECARD_ACTIONS } from './domain/scorecard.js';
import { findCluster } from './repo.js';
import { rankingWorkbook, scorecardWorkbook } from './excel.js';
import { recordPact } from './pact.js';
import * as outcome from './results.js';
import * as service from './service.js';
import { emulationTodo } from './todo.js';

const Text = (max: number, min = 0) => Type.String({ minLength: min, maxLength: max });
const Id = Type.Object({ id: Type.String() });
const CardParams = Type.Object({ id: Type.String(), unitId: Type.String() });
const ClusterBody = Type.Object({
  year: Type.Integer({ minimum: 2000, maximum: 2100 }),
  kind: Type.Union(service.CLUSTER_KINDS.map((k) => Type.Literal(k))),
  name: Text(200, 1),
  memberUnitIds: Type.Array(Type.String(), { maxItems: 5000 }),
  leaderUnitId: Type.Optional(Nullable(Type.String())),
  deputyUnitId: Type.Optional(Nullable(Type.String())),
  pact: Type.Optional(Type.Object({ number: Type.Optional(Nullable(Text(60))), date: Type.Optional(Nullable(IsoDate)), fileId: Type.Optional(Nullable(Type.String())) })),
});
const TemplateBody = Type.Object({
  groups: Type.Array(Type.Object({
    id: Type.Optional(Type.String()), code: Text(20), title: Text(500),
    criteria: Type.Array(Type.Object({
      id: Type.Optional(Type.String()), code: Text(20), title: Text(1000), guidance: Text(4000), evidence: Text(2000),
      kind: Type.Union(CRITERION_KINDS.map((k) => Type.Literal(k))), source: Type.Union(CRITERION_SOURCES.map((k) => Type.Literal(k))),
      maxPoints: Type.Number({ maximum: 10_000 }),
    }), { maxItems: 200 }),
  }), { maxItems: 50 }),
});
const ScoresBody = Type.Object({
  scores: Type.Array(Type.Object({
    criterionId: Type.String(), points: Nullable(Type.Number()), note: Type.Optional(Nullable(Text(4000))),
    evidenceUrl: Type.Optional(Nullable(Text(1000))), evidenceFileId: Type.Optional(Nullable(Type.String())),
  }), { maxItems: 500 }),
});

export function clusterRoutes(app: App, deps: AppDeps): void {
  const { db } = deps.database;
  const tags = ['clusters'];
  const ctx = (request: Parameters<typeof actorOf>[0]): service.Ctx => ({ db, actor: actorOf(request), who: auditWho(request) });
  const sendFile = async (reply: Parameters<typeof sendXlsx>[0], id: string | null, what: string) => {
    const file = id ? await findFile(db, id) : undefined;
    if (!file) throw notFound(what);
    return reply.type(file.mime).header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`).send(file.content);
  };

  app.get('/emulation/todo', { schema: { tags } }, async (request) => ({ items: await emulationTodo(db, actorOf(request)) }));
  app.get('/clusters', { schema: { tags, querystring: Type.Object({ year: Type.Integer({ minimum: 2000, maximum: 2100 }) }) } }, async (request) =>
    ({ items: await service.listClusters(db, actorOf(request), request.query.year) }));
  app.get('/clusters/:id', { schema: { tags, params: Id } }, (request) => service.getCluster(db, actorOf(request), request.params.id));
  app.post('/clusters', { schema: { tags, body: ClusterBody } }, async (request, reply) => {
    reply.code(201);
    return service.createCluster(ctx(request), request.body);
  });
  app.put('/clusters/:id', { schema: { tags, params: Id, body: ClusterBody } }, (request) => service.updateCluster(ctx(request), request.params.id, request.body));
  app.get('/clusters/:id/pact', { schema: { tags, params: Id } }, async (request, reply) => {
    actorOf(request);
    return sendFile(reply, (await findCluster(db, request.params.id))?.pact_file_id ?? null, 'tệp giao ước thi đua');
  });

  app.put('/clusters/:id/pact', {
    schema: { tags, params: Id, body: Type.Object({ number: Text(60), date: IsoDate, fileId: Type.Optional(Nullable(Type.String())) }) },
  }, (request) => recordPact(ctx(request), request.params.id, request.body));

  app.put('/clusters/:id/template', { schema: { tags, params: Id, body: TemplateBody } }, (request) => service.putTemplate(ctx(request), request.params.id, request.body.groups));
  app.post('/clusters/:id/template/copy', { schema: { tags, params: Id, body: Type.Object({ fromClusterId: Type.String() }) } }, (request) =>
    service.copyTemplate(ctx(request), request.params.id, request.body.fromClusterId));

  app.get('/clusters/:id/scorecards/:unitId', { schema: { tags, params: CardParams } }, (request) => service.getScorecard(db, actorOf(request), request.params.id, request.params.unitId));
  app.put('/clusters/:id/scorecards/:unitId/self', { schema: { tags, params: CardParams, body: ScoresBody } }, (request) =>
    service.saveScores(ctx(request), request.params.id, request.params.unitId, 'self', request.body.scores));
  app.put('/clusters/:id/scorecards/:unitId/assessment', { schema: { tags, params: CardParams, body: ScoresBody } }, (request) =>
    service.saveScores(ctx(request), request.params.id, request.params.unitId, 'assessed', request.body.scores));
  app.post('/clusters/:id/scorecards/:unitId/actions', {
    schema: { tags, params: CardParams, body: Type.Object({ action: Type.Union(SCORECARD_ACTIONS.map((a) => Type.Literal(a))), reason: Type.Optional(Text(2000)) }) },
  }, (request) => service.actOnScorecard(ctx(request), request.params.id, request.params.unitId, request.body.action, request.body.reason));
  app.get('/clusters/:id/scorecards/:unitId/evidence/:criterionId', { schema: { tags, params: Type.Object({ id: Type.String(), unitId: Type.String(), criterionId: Type.String() }) } }, async (request, reply) =>
    sendFile(reply, await service.evidenceFileId(db, actorOf(request), request.params.id, request.params.unitId, request.params.criterionId), 'tệp minh chứng'));
  app.get('/clusters/:id/scorecards/:unitId/export.xlsx', { schema: { tags, params: CardParams } }, async (request, reply) => {
    const card = await service.getScorecard(db, actorOf(request), request.params.id, request.params.unitId);
    return sendXlsx(reply, `phieu-cham-diem-${card.cluster.year}.xlsx`, await scorecardWorkbook(card));
  });

  app.get('/clusters/:id/results', { schema: { tags, params: Id } }, (request) => outcome.results(db, actorOf(request), request.params.id));
  app.post('/clusters/:id/publish', { schema: { tags, params: Id } }, (request) => outcome.publish(ctx(request), request.params.id));
  app.get('/clusters/:id/results/export.xlsx', { schema: { tags, params: Id } }, async (request, reply) => {
    const actor = actorOf(request);
    const r = await outcome.results(db, actor, request.params.id);
    const v = r.cluster.publishedAt ? await outcome.votes(db, actor, request.params.id).catch(() => null) : null;
    return sendXlsx(reply, `xep-hang-thi-dua-${r.cluster.year}.xlsx`, await rankingWorkbook(r, v));
  });
  app.post('/clusters/:id/proposal', { schema: { tags, params: Id } }, async (request, reply) => {
    reply.code(201);
    return presentProposal(await outcome.draftProposal(ctx(request), request.params.id));
  });
  app.get('/clusters/:id/votes', { schema: { tags, params: Id } }, (request) => outcome.votes(db, actorOf(request), request.params.id));
  app.post('/clusters/:id/votes', {
    schema: { tags, params: Id, body: Type.Object({ unitId: Type.String(), leading: Type.String(), certificates: Type.Array(Type.String(), { maxItems: 10 }) }) },
  }, (request) => outcome.castBallot(ctx(request), request.params.id, request.body));
}
