/** HTTP of subject history, the same routes under /people/:id and /units/:id; eligibility judged on it. */
import { Type } from 'typebox';
import type { App } from '../../../server/app.js';
import { actorOf, auditWho, type AppDeps } from '../../../server/context.js';
import { IsoDate, Nullable } from '../../../server/schemas.js';
import { AwardCodeSchema, literals, Year } from '../registry/schemas.js';
import { DISCIPLINE_FORMS, RATINGS, SCOPES } from '../domain/types.js';
import { historyExcelRoutes } from './excel-routes.js';
import type { HistoryKind } from './repo.js';
import * as svc from './service.js';

const Id = Type.Object({ id: Type.String({ maxLength: 100 }) });
const IdYear = Type.Object({ id: Type.String({ maxLength: 100 }), year: Year });
const IdItem = Type.Object({ id: Type.String({ maxLength: 100 }), itemId: Type.String({ maxLength: 100 }) });
const Count = Type.Integer({ minimum: 0, maximum: 1_000_000 });
const Months = Type.Number({ minimum: 0, maximum: 12 });

const WorkBody = Type.Object({
  title: Type.String({ minLength: 1, maxLength: 500 }),
  year: Year,
  scope: literals(SCOPES),
  decision: Type.Optional(Type.Object({
    number: Type.Optional(Nullable(Type.String({ maxLength: 60 }))),
    date: Type.Optional(Nullable(IsoDate)),
    issuer: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  })),
  usedFor: Type.Optional(Type.Array(Type.Object({ year: Year, awardType: AwardCodeSchema }), { maxItems: 20 })),
});

const DisciplineBody = Type.Object({
  form: literals(DISCIPLINE_FORMS),
  from: IsoDate,
  to: Type.Optional(Nullable(IsoDate)),
  decisionNumber: Type.Optional(Nullable(Type.String({ maxLength: 60 }))),
});

const YearBody = Type.Object({
  monthsWorked: Type.Optional(Nullable(Months)),
  maternityMonths: Type.Optional(Nullable(Months)),
  registered: Type.Optional(Type.Array(AwardCodeSchema, { maxItems: 20 })),
  members: Type.Optional(Nullable(Type.Object({
    total: Count, ldtt: Count, cstdcs: Count, completedDuties: Count, disciplinedWarningOrAbove: Count, women: Count,
  }))),
});

const BoardFactsBody = Type.Object({ clusterLeader: Nullable(Type.Boolean()), exceededTargets: Nullable(Type.Boolean()) });

const ReviewBody = Type.Object({ underReview: Type.Boolean(), note: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))) });

const EligibilityQuery = Type.Object({ year: Year, awardType: AwardCodeSchema, decisionDate: Type.Optional(IsoDate) });

export function awardHistoryRoutes(app: App, deps: AppDeps): void {
  const { db } = deps.database;
  const tags = ['awards'];
  const bases: Array<[string, HistoryKind]> = [['/people', 'individual'], ['/units', 'collective']];

  for (const [base, kind] of bases) {
    const h = `${base}/:id/history`;
    const ctx = (request: Parameters<typeof actorOf>[0]): svc.Ctx => ({ db, actor: actorOf(request), who: auditWho(request) });

    app.get(h, { schema: { tags, params: Id } }, async (request) => svc.getHistory(db, actorOf(request), kind, request.params.id));

    app.get(`${base}/:id/eligibility`, { schema: { tags, params: Id, querystring: EligibilityQuery } }, async (request) =>
      svc.storedEligibility(db, actorOf(request), kind, request.params.id, request.query));

    app.put(`${h}/ratings/:year`, { schema: { tags, params: IdYear, body: Type.Object({ rating: literals(RATINGS) }) } }, async (request) =>
      svc.putRating(ctx(request), kind, request.params.id, request.params.year, request.body.rating));

    app.delete(`${h}/ratings/:year`, { schema: { tags, params: IdYear } }, async (request) =>
      svc.deleteRating(ctx(request), kind, request.params.id, request.params.year));

    for (const [path, workKind] of [['initiatives', 'initiative'], ['science-works', 'science']] as const) {
      app.post(`${h}/${path}`, { schema: { tags, params: Id, body: WorkBody } }, async (request, reply) => {
        reply.code(201);
        return svc.addWork(ctx(request), kind, request.params.id, workKind, request.body);
      });
      app.delete(`${h}/${path}/:itemId`, { schema: { tags, params: IdItem } }, async (request) =>
        svc.deleteWork(ctx(request), kind, request.params.id, workKind, request.params.itemId));
    }

    app.post(`${h}/disciplines`, { schema: { tags, params: Id, body: DisciplineBody } }, async (request, reply) => {
      reply.code(201);
      return svc.addDiscipline(ctx(request), kind, request.params.id, request.body);
    });
    app.delete(`${h}/disciplines/:itemId`, { schema: { tags, params: IdItem } }, async (request) =>
      svc.deleteDiscipline(ctx(request), kind, request.params.id, request.params.itemId));

    app.put(`${h}/years/:year`, { schema: { tags, params: IdYear, body: YearBody } }, async (request) =>
      svc.putYear(ctx(request), kind, request.params.id, request.params.year, request.body));

    if (kind === 'collective') {
      app.put(`${h}/years/:year/board-facts`, { schema: { tags, params: IdYear, body: BoardFactsBody } }, async (request) =>
        svc.putBoardFacts(ctx(request), request.params.id, request.params.year, request.body));
    }

    app.put(`${h}/review`, { schema: { tags, params: Id, body: ReviewBody } }, async (request) =>
      svc.putReview(ctx(request), kind, request.params.id, request.body));
  }

  historyExcelRoutes(app, deps);
}
