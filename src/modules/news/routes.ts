/** HTTP of news: parse, call, present. */
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { App } from '../../server/app.js';
import { actorOf, auditWho, type AppDeps } from '../../server/context.js';
import { badField } from '../../server/errors.js';
import { Nullable, Paging } from '../../server/schemas.js';
import { literals } from '../awards/registry/schemas.js';
import { STATUS_LABELS, PUBLICATION_STATUSES, type PublicationStatus } from '../publishing/domain/workflow.js';
import { canEditItem } from '../publishing/review.js';
import { sendStoredFile } from '../publishing/send-file.js';
import { NEWS_CATEGORIES, NEWS_CATEGORY_LABELS, type NewsCategory } from './domain/categories.js';
import type { NewsListRow } from './repo.js';
import * as service from './service.js';

const Id = Type.Object({ id: Type.String() });
const IsoInstant = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$' });
const Fields = {
  title: Type.String({ minLength: 5, maxLength: 300 }),
  summary: Type.String({ minLength: 10, maxLength: 1000 }),
  contentHtml: Type.String({ minLength: 1, maxLength: service.MAX_CONTENT_CHARS }),
  category: literals(NEWS_CATEGORIES),
  source: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  movementId: Type.Optional(Nullable(Type.String())),
  documentId: Type.Optional(Nullable(Type.String())),
  coverAlt: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
};

export function presentNews(n: NewsListRow) {
  return {
    id: n.id, slug: n.slug, title: n.title, summary: n.summary, category: n.category, categoryLabel: NEWS_CATEGORY_LABELS[n.category as NewsCategory],
    source: n.source, movementId: n.movement_id, documentId: n.document_id, unit: { id: n.unit_id, name: n.unit_name },
    status: n.status, statusLabel: STATUS_LABELS[n.status as PublicationStatus], reviewNote: n.review_note, publishAt: n.publish_at,
    cover: n.cover_file_id ? { url: `/api/v1/news/${n.id}/cover`, alt: n.cover_alt } : null, updatedAt: n.updated_at,
  };
}

export function newsRoutes(app: App, deps: AppDeps): void {
  const { db } = deps.database;
  const tags = ['news'];
  const detail = (request: FastifyRequest, n: NewsListRow) => ({ ...presentNews(n), contentHtml: n.content_html, canEdit: canEditItem(actorOf(request), n) });

  app.get('/news', {
    schema: {
      tags,
      querystring: Type.Object({
        q: Type.Optional(Type.String({ maxLength: 200 })), category: Type.Optional(literals(NEWS_CATEGORIES)),
        status: Type.Optional(literals(PUBLICATION_STATUSES)), movementId: Type.Optional(Type.String()), ...Paging,
      }),
    },
  }, async (request) => {
    const { items, total } = await service.searchNews(db, actorOf(request), { ...request.query, limit: request.query.limit ?? 50, offset: request.query.offset ?? 0 });
    return { items: items.map(presentNews), total };
  });

  app.get('/news/:id', { schema: { tags, params: Id } }, async (request) => detail(request, await service.getNews(db, actorOf(request), request.params.id)));

  app.post('/news', { schema: { tags, body: Type.Object({ ...Fields, unitId: Type.Optional(Type.String()) }) } }, async (request, reply) => {
    const n = await service.createNews(db, actorOf(request), auditWho(request), request.body);
    reply.code(201);
    return detail(request, n);
  });

  app.patch('/news/:id', { schema: { tags, params: Id, body: Type.Partial(Type.Object(Fields)) } }, async (request) =>
    detail(request, await service.updateNews(db, actorOf(request), auditWho(request), request.params.id, request.body)));

  for (const action of ['submit', 'publish', 'return'] as const) {
    app.post(`/news/:id/${action}`, {
      schema: { tags, params: Id, body: Type.Object({ note: Type.Optional(Type.String({ maxLength: 2000 })), publishAt: Type.Optional(Nullable(IsoInstant)) }) },
    }, async (request) => {
      const { note, publishAt } = request.body;
      const at = publishAt ? new Date(publishAt).toISOString() : null;
      return detail(request, await service.reviewNews(db, actorOf(request), auditWho(request), request.params.id, action, { note, publishAt: at }));
    });
  }

  app.post('/news/:id/cover', { schema: { tags, params: Id } }, async (request) => {
    const part = await request.file();
    if (!part) throw badField('file', 'Chưa chọn ảnh');
    const n = await service.setCover(db, actorOf(request), auditWho(request), request.params.id, { fileName: part.filename, content: await part.toBuffer() });
    return detail(request, n);
  });

  app.get('/news/:id/cover', { schema: { tags, params: Id } }, async (request, reply) =>
    sendStoredFile(reply, await service.readCover(db, actorOf(request), request.params.id)));
}
