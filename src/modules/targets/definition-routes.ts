import { Type } from 'typebox';
import type { App } from '../../server/app.js';
import { actorOf, auditWho, type AppDeps } from '../../server/context.js';
import { Nullable } from '../../server/schemas.js';
import { presentIndicator } from './dashboard.js';
import { DEFINABLE_COMPARATORS } from './domain/definition.js';
import { ACCUMULATIONS, FREQUENCIES } from './domain/types.js';
import { copyIndicators, createIndicator, deleteIndicator, reorderIndicators, updateIndicator, type Ctx } from './definitions.js';
import * as repo from './repo.js';

const Id = Type.Object({ id: Type.String() });
const oneOf = (xs: readonly string[]) => Type.Union(xs.map((x) => Type.Literal(x)));

/** The board's form of an indicator; the schema catches shapes, `definitionProblems` the meaning. */
const Definition = {
  code: Type.String({ maxLength: 30 }),
  name: Type.String({ maxLength: 500 }),
  unit: Type.Optional(Type.String({ maxLength: 50 })),
  comparator: oneOf(DEFINABLE_COMPARATORS),
  target: Type.Number(),
  targetMax: Type.Optional(Nullable(Type.Number())),
  baseline: Type.Optional(Nullable(Type.Number())),
  baselineYear: Type.Optional(Nullable(Type.Integer())),
  baselineNote: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
  accumulation: oneOf(ACCUMULATIONS),
  frequency: oneOf(FREQUENCIES),
  decimals: Type.Optional(Type.Integer({ minimum: 0, maximum: 4 })),
  responsibleUnitId: Type.String(),
  parentId: Type.Optional(Nullable(Type.String())),
  sourceText: Type.Optional(Type.String({ maxLength: 2000 })),
  order: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })),
};

export function indicatorDefinitionRoutes(app: App, deps: AppDeps): void {
  const { db } = deps.database;
  const tags = ['targets'];
  const ctx = (request: Parameters<typeof actorOf>[0]): Ctx => ({ db, actor: actorOf(request), who: auditWho(request) });
  const present = async (id: string) => {
    const row = (await repo.findIndicator(db, id))!;
    return presentIndicator(row, (await repo.listChildren(db, id)).length);
  };

  app.post('/movements/:id/indicators', { schema: { tags, params: Id, body: Type.Object(Definition) } }, async (request, reply) => {
    const id = await createIndicator(ctx(request), request.params.id, request.body);
    reply.code(201);
    return present(id);
  });

  app.put('/indicators/:id', { schema: { tags, params: Id, body: Type.Object({ ...Definition, updatedAt: Type.String() }) } }, async (request) => {
    await updateIndicator(ctx(request), request.params.id, request.body);
    return present(request.params.id);
  });

  app.delete('/indicators/:id', { schema: { tags, params: Id } }, async (request, reply) => {
    await deleteIndicator(ctx(request), request.params.id);
    return reply.code(204).send();
  });

  app.put('/movements/:id/indicators/order', { schema: { tags, params: Id, body: Type.Object({ ids: Type.Array(Type.String(), { maxItems: 1000 }) }) } }, async (request) => {
    await reorderIndicators(ctx(request), request.params.id, request.body.ids);
    return { ok: true };
  });

  app.post('/movements/:id/indicators/copy', { schema: { tags, params: Id, body: Type.Object({ fromMovementId: Type.String() }) } }, async (request) =>
    copyIndicators(ctx(request), request.params.id, request.body.fromMovementId));
}
