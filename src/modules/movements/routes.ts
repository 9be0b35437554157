import { Type } from 'typebox';
import type { App } from '../../server/app.js';
import { actorOf, auditWho, type AppDeps } from '../../server/context.js';
import { badField, notFound } from '../../server/errors.js';
import { IsoDate, Nullable } from '../../server/schemas.js';
import { requirePermission } from '../auth/policy.js';
import { sendXlsx } from '../awards/registry/excel-routes.js';
import { foldVietnamese } from '../../lib/text.js';
import { checkFileType } from '../files/file-type.js';
import { findFile, insertFile } from '../files/repo.js';
import { MOVEMENT_ACTIONS, MOVEMENT_KINDS, MOVEMENT_STATUSES } from './domain/status.js';
import { ROLLUP_FILTERS } from './domain/rollup.js';
import { presentMovement } from './present.js';
import { rollupWorkbook } from './rollup-excel.js';
import { REPORT_KINDS, registrationRollup, reportRollup } from './rollup.js';
import { listDocuments, listMovements } from './repo.js';
import * as service from './service.js';
import { buildTitleTemplate, importTitleRegistrations } from './titles-excel.js';
import { listTitleRegistrations, registerTitle, withdrawTitle } from './titles.js';

const Text = (max: number, min = 0) => Type.String({ minLength: min, maxLength: max });
const MovementBody = Type.Object({
  code: Text(40, 1),
  title: Text(300, 1),
  theme: Text(1000),
  kind: Type.Union(MOVEMENT_KINDS.map((k) => Type.Literal(k))),
  year: Type.Integer({ minimum: 2000, maximum: 2100 }),
  directive: Type.Object({ number: Text(60), date: IsoDate, signer: Text(200) }),
  periodStart: IsoDate,
  periodEnd: IsoDate,
  contents: Type.Array(Text(2000), { maxItems: 100 }),
  documents: Type.Array(Type.Object({
    kind: Type.Union(['directive', 'plan', 'resolution', 'guidance', 'decision', 'other'].map((k) => Type.Literal(k))),
    number: Text(60, 1), date: IsoDate, issuer: Text(200, 1), signer: Type.Optional(Nullable(Text(200))), title: Text(500, 1),
    url: Type.Optional(Nullable(Text(1000))), fileId: Type.Optional(Nullable(Type.String())),
  }), { maxItems: 50 }),
  scopeUnitIds: Type.Array(Type.String(), { maxItems: 20_000 }),
  registrationDeadline: Type.Optional(Nullable(IsoDate)),
  midTermDeadline: Type.Optional(Nullable(IsoDate)),
  finalDeadline: Type.Optional(Nullable(IsoDate)),
});
const Id = Type.Object({ id: Type.String() });
const ReportKind = Type.Union(REPORT_KINDS.map((k) => Type.Literal(k)));
const RollupQuery = {
  q: Type.Optional(Text(200)),
  state: Type.Optional(Type.Union(ROLLUP_FILTERS.map((s) => Type.Literal(s)))),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
  offset: Type.Optional(Type.Integer({ minimum: 0 })),
};
const TitleBody = Type.Object({
  subjectKind: Type.Union([Type.Literal('individual'), Type.Literal('collective')]),
  subjectId: Type.String({ minLength: 1 }),
  awardType: Text(40, 1),
  year: Type.Integer({ minimum: 1945, maximum: 2100 }),
});

/** Movements are public acts (directives): any logged-in user reads them; the board writes them. */
export function movementRoutes(app: App, deps: AppDeps): void {
  const { db } = deps.database;
  const tags = ['movements'];
  const ctx = (request: Parameters<typeof actorOf>[0]): service.Ctx => ({ db, actor: actorOf(request), who: auditWho(request) });

  app.get('/movements', {
    schema: { tags, querystring: Type.Object({ year: Type.Optional(Type.Integer({ minimum: 1945, maximum: 2100 })), status: Type.Optional(Type.Union(MOVEMENT_STATUSES.map((s) => Type.Literal(s)))), q: Type.Optional(Text(200)) }) },
  }, async (request) => {
    actorOf(request);
    const rows = await listMovements(db, request.query.year, request.query.q ? foldVietnamese(request.query.q) || undefined : undefined);
    return { items: rows.filter((m) => !request.query.status || m.status === request.query.status).map(presentMovement) };
  });
  app.get('/movements/:id', { schema: { tags, params: Id } }, async (request) => {
    actorOf(request);
    return service.getMovement(db, request.params.id);
  });
  app.post('/movements', { schema: { tags, body: MovementBody } }, async (request, reply) => {
    reply.code(201);
    return service.createMovement(ctx(request), request.body);
  });
  app.put('/movements/:id', { schema: { tags, params: Id, body: MovementBody } }, (request) => service.updateMovement(ctx(request), request.params.id, request.body));
  app.post('/movements/:id/transitions', {
    schema: { tags, params: Id, body: Type.Object({ action: Type.Union(MOVEMENT_ACTIONS.map((a) => Type.Literal(a))) }) },
  }, (request) => service.transitionMovement(ctx(request), request.params.id, request.body.action));

  app.get('/movements/:id/documents/:docId/file', { schema: { tags, params: Type.Object({ id: Type.String(), docId: Type.String() }) } }, async (request, reply) => {
    actorOf(request);
    const doc = (await listDocuments(db, request.params.id)).find((d) => d.id === request.params.docId);
    const file = doc?.file_id ? await findFile(db, doc.file_id) : undefined;
    if (!file) throw notFound('tệp văn bản');
    return reply.type(file.mime).header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`).send(file.content);
  });

  app.get('/movements/:id/registrations', { schema: { tags, params: Id, querystring: Type.Object(RollupQuery) } }, (request) =>
    registrationRollup(db, actorOf(request), request.params.id, request.query));
  app.get('/movements/:id/rollup.xlsx', { schema: { tags, params: Id } }, async (request, reply) => {
    const file = await rollupWorkbook(db, actorOf(request), request.params.id);
    return sendXlsx(reply, file.fileName, file.content);
  });
  app.put('/movements/:id/registrations/:unitId', {
    schema: {
      tags, params: Type.Object({ id: Type.String(), unitId: Type.String() }),
      body: Type.Object({ commitments: Text(5000), targets: Type.Optional(Type.Array(Type.Object({ name: Text(300), target: Text(200) }), { maxItems: 50 })) }),
    },
  }, (request) => service.registerUnit(ctx(request), request.params.id, request.params.unitId, request.body));

  app.get('/movements/:id/reports', { schema: { tags, params: Id, querystring: Type.Object({ kind: ReportKind, ...RollupQuery }) } }, (request) =>
    reportRollup(db, actorOf(request), request.params.id, request.query.kind, request.query));
  app.put('/movements/:id/reports/:unitId/:kind', {
    schema: {
      tags, params: Type.Object({ id: Type.String(), unitId: Type.String(), kind: ReportKind }),
      body: Type.Object({ body: Text(50_000), fileIds: Type.Optional(Type.Array(Type.String(), { maxItems: 10 })) }),
    },
  }, (request) => service.submitReport(ctx(request), request.params.id, request.params.unitId, request.params.kind, request.body));
  app.get('/movements/:id/reports/:reportId/files/:fileId', {
    schema: { tags, params: Type.Object({ id: Type.String(), reportId: Type.String(), fileId: Type.String() }) },
  }, async (request, reply) => {
    const fileId = await service.reportFile(db, actorOf(request), request.params.id, request.params.reportId, request.params.fileId);
    const file = await findFile(db, fileId);
    if (!file) throw notFound('tệp báo cáo');
    return reply.type(file.mime).header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`).send(file.content);
  });

  /** Documents, reports and evidence are uploaded first; the form then refers to the returned id (only its uploader can). */
  app.post('/uploads', { schema: { tags } }, async (request, reply) => {
    const actor = actorOf(request);
    requirePermission(actor, 'movements.register');
    const part = await request.file();
    if (!part) throw badField('file', 'Chưa chọn tệp');
    const content = await part.toBuffer();
    const type = checkFileType(part.filename, content.subarray(0, 8));
    if (!type.ok) throw badField('file', type.message);
    const id = await insertFile(db, { name: part.filename, mime: type.mime, content, createdBy: actor.userId });
    reply.code(201);
    return { id, name: part.filename, size: content.length };
  });

  app.get('/title-registrations', {
    schema: { tags, querystring: Type.Object({ year: Type.Integer({ minimum: 1945, maximum: 2100 }), unitId: Type.Optional(Type.String()) }) },
  }, async (request) => ({ items: await listTitleRegistrations(db, actorOf(request), request.query.year, request.query.unitId) }));
  app.post('/title-registrations', { schema: { tags, body: TitleBody } }, async (request, reply) => {
    await registerTitle(ctx(request), request.body);
    reply.code(201);
    return { ok: true };
  });
  app.delete('/title-registrations', { schema: { tags, querystring: TitleBody } }, async (request) => {
    await withdrawTitle(ctx(request), request.query);
    return { ok: true };
  });
  app.get('/title-registrations/template.xlsx', { schema: { tags, querystring: Type.Object({ year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })) }) } }, async (request, reply) => {
    requirePermission(actorOf(request), 'movements.register');
    return sendXlsx(reply, 'mau-dang-ky-danh-hieu.xlsx', await buildTitleTemplate(request.query.year ?? new Date().getUTCFullYear()));
  });
  app.post('/title-registrations/import', { schema: { tags } }, async (request) => {
    const c = ctx(request);
    requirePermission(c.actor, 'movements.register');
    const part = await request.file();
    if (!part) throw badField('file', 'Chưa chọn tệp Excel');
    const content = await part.toBuffer();
    const type = checkFileType(part.filename, content.subarray(0, 8), ['xlsx']);
    if (!type.ok) throw badField('file', type.message);
    return importTitleRegistrations(c, content);
  });
}
