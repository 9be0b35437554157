import { Type } from 'typebox';
import type { App } from '../../server/app.js';
import { actorOf, auditWho, type AppDeps } from '../../server/context.js';
import { badField, notFound } from '../../server/errors.js';
import { IsoDate, Nullable } from '../../server/schemas.js';
import { requirePermission } from '../auth/policy.js';
import { findFile } from '../files/repo.js';
import { presentMovement } from '../movements/present.js';
import { findMovement, findRegularMovementOfYear } from '../movements/repo.js';
import { findRootOf } from '../org/units.repo.js';
import { buildDashboard, evaluateOne, nest, presentIndicator, type IndicatorView } from './dashboard.js';
import * as repo from './repo.js';
import { attachEvidence, canReport, getIndicatorForRead, reportValue, requireHistoryAccess, reviewValue } from './service.js';

const today = (): string => new Date().toISOString().slice(0, 10);
const Id = Type.Object({ id: Type.String() });
const AsOf = Type.Object({ asOf: Type.Optional(IsoDate) });

const presentValue = (v: Awaited<ReturnType<typeof repo.listValueHistory>>[number]) => ({
  id: v.id, indicatorId: v.indicator_id, period: v.period, value: v.value, kind: v.kind, note: v.note, evidenceUrl: v.evidence_url,
  evidenceFile: v.evidence_file_id ? { name: v.file_name ?? '', size: v.file_size ?? 0 } : null,
  status: v.status, reviewNote: v.review_note, reportedBy: { id: v.reported_by, fullName: v.reporter_name }, reportedAt: v.reported_at,
  reviewedBy: v.reviewer_name, reviewedAt: v.reviewed_at,
});

export function targetRoutes(app: App, deps: AppDeps): void {
  const { db } = deps.database;
  const tags = ['targets'];

  app.get('/movements/:id/indicators', { schema: { tags, params: Id } }, async (request) => {
    actorOf(request);
    type Node = IndicatorView & { children: Node[] };
    const rows = await repo.listIndicators(db, request.params.id);
    const parts = new Map<string, number>();
    for (const r of rows) if (r.parent_id) parts.set(r.parent_id, (parts.get(r.parent_id) ?? 0) + 1);
    const items = rows.map((i): Node => ({ ...presentIndicator(i, parts.get(i.id) ?? 0), children: [] }));
    return { items: nest(items, (i) => i.id, (i) => i.parentId) };
  });

  app.get('/movements/:id/dashboard', { schema: { tags, params: Id, querystring: AsOf } }, async (request) => {
    const actor = actorOf(request);
    const movement = await findMovement(db, request.params.id);
    if (!movement) throw notFound('phong trào thi đua');
    const asOf = request.query.asOf ?? today();
    return { movement: presentMovement(movement), asOf, items: await buildDashboard(db, movement.id, asOf, { actor, publicOnly: false }) };
  });

  app.get('/public/dashboard/:year', { config: { public: true }, schema: { tags: ['public'], params: Type.Object({ year: Type.Integer({ minimum: 1945, maximum: 2100 }) }), querystring: AsOf } }, async (request) => {
    const movement = await findRegularMovementOfYear(db, request.params.year);
    if (!movement) throw notFound(`phong trào thi đua năm ${request.params.year}`);
    const asOf = request.query.asOf ?? today();
    const authority = await findRootOf(db, movement.owner_unit_id);
    return {
      movement: presentMovement(movement), asOf, authority: authority ? { id: authority.id, name: authority.name } : null,
      items: await buildDashboard(db, movement.id, asOf, { actor: null, publicOnly: true }),
    };
  });

  app.get('/indicators/:id', { schema: { tags, params: Id } }, async (request) => {
    const actor = actorOf(request);
    const ind = await getIndicatorForRead(db, request.params.id);
    const parts = (await repo.listChildren(db, ind.id)).length;
    return { ...presentIndicator(ind, parts), movementId: ind.movement_id, year: ind.year, responsibleUnit: { id: ind.responsible_unit_id, name: ind.unit_name }, canReport: canReport(actor, ind) };
  });

  app.get('/indicators/:id/evaluation', { schema: { tags, params: Id, querystring: AsOf } }, async (request) => {
    actorOf(request);
    const ind = await getIndicatorForRead(db, request.params.id);
    return evaluateOne(db, ind, request.query.asOf ?? today());
  });

  app.get('/indicators/:id/values', { schema: { tags, params: Id } }, async (request) => {
    const actor = actorOf(request);
    const ind = await getIndicatorForRead(db, request.params.id);
    requireHistoryAccess(actor, ind);
    return { items: (await repo.listValueHistory(db, ind.id)).map(presentValue) };
  });

  app.post('/indicators/:id/values', {
    schema: {
      tags, params: Id,
      body: Type.Object({
        period: Type.String({ minLength: 1, maxLength: 10 }),
        value: Type.Number(),
        kind: Type.Union([Type.Literal('actual'), Type.Literal('estimate')]),
        note: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
        evidenceUrl: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))),
      }),
    },
  }, async (request, reply) => {
    const row = await reportValue(db, actorOf(request), auditWho(request), request.params.id, request.body);
    reply.code(201);
    return { id: row.id, indicatorId: row.indicator_id, period: row.period, value: row.value, kind: row.kind, status: row.status };
  });

  app.post('/indicator-values/:id/review', {
    schema: { tags, params: Id, body: Type.Object({ decision: Type.Union([Type.Literal('accept'), Type.Literal('return')]), note: Type.Optional(Type.String({ maxLength: 2000 })) }) },
  }, async (request) => {
    const row = await reviewValue(db, actorOf(request), auditWho(request), request.params.id, request.body.decision, request.body.note);
    return { id: row.id, status: row.status, reviewNote: row.review_note };
  });

  app.get('/review-queue', { schema: { tags } }, async (request) => {
    requirePermission(actorOf(request), 'targets.review');
    const rows = await repo.listSubmittedValues(db, 500);
    return {
      items: rows.map((v) => ({
        ...presentValue({ ...v, reviewer_name: null }),
        indicator: { id: v.indicator_id, code: v.code, name: v.name, unit: v.unit },
        responsibleUnit: { id: v.responsible_unit_id, name: v.unit_name },
      })),
    };
  });

  app.post('/indicator-values/:id/evidence', { schema: { tags, params: Id } }, async (request) => {
    const actor = actorOf(request);
    const part = await request.file();
    if (!part) throw badField('file', 'Chưa chọn tệp minh chứng');
    const content = await part.toBuffer();
    return attachEvidence(db, actor, auditWho(request), request.params.id, { fileName: part.filename, content });
  });

  app.get('/indicator-values/:id/evidence', { schema: { tags, params: Id } }, async (request, reply) => {
    const actor = actorOf(request);
    const value = await repo.findValue(db, request.params.id);
    if (!value?.evidence_file_id) throw notFound('tệp minh chứng');
    requireHistoryAccess(actor, await getIndicatorForRead(db, value.indicator_id));
    const file = await findFile(db, value.evidence_file_id);
    if (!file) throw notFound('tệp minh chứng');
    return reply
      .type(file.mime)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`)
      .send(file.content);
  });
}
