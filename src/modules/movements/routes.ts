import { Type } from 'typebox';
import type { App } from '../../server/app.js';
import { actorOf, type AppDeps } from '../../server/context.js';
import { notFound } from '../../server/errors.js';
import { presentMovement } from './present.js';
import { findMovement, listDocuments, listMovements } from './repo.js';

/** Movements are public acts (directives); any logged-in user reads them. */
export function movementRoutes(app: App, deps: AppDeps): void {
  const { db } = deps.database;
  const tags = ['movements'];
  app.get('/movements', { schema: { tags, querystring: Type.Object({ year: Type.Optional(Type.Integer({ minimum: 1945, maximum: 2100 })) }) } }, async (request) => {
    actorOf(request);
    return { items: (await listMovements(db, request.query.year)).map(presentMovement) };
  });
  app.get('/movements/:id', { schema: { tags, params: Type.Object({ id: Type.String() }) } }, async (request) => {
    actorOf(request);
    const m = await findMovement(db, request.params.id);
    if (!m) throw notFound('phong trào thi đua');
    const documents = await listDocuments(db, m.id);
    return {
      ...presentMovement(m),
      contents: JSON.parse(m.contents_json) as string[],
      documents: documents.map((d) => ({ kind: d.kind, number: d.number, date: d.date, issuer: d.issuer, title: d.title, url: d.url })),
    };
  });
}
