/** HTTP of the library of exemplary models and good practices: parse, call, present. */
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { App } from '../../server/app.js';
import { actorOf, auditWho, type AppDeps } from '../../server/context.js';
import { badField } from '../../server/errors.js';
import { Nullable, Paging } from '../../server/schemas.js';
import { literals } from '../awards/registry/schemas.js';
import { canEditItem } from '../publishing/review.js';
import { sendStoredFile } from '../publishing/send-file.js';
import { STATUS_LABELS, PUBLICATION_STATUSES, type PublicationStatus } from '../publishing/domain/workflow.js';
import { PRACTICE_FIELDS, PRACTICE_FIELD_LABELS, PRACTICE_KIND_LABELS, PRACTICE_KINDS, type PracticeField, type PracticeKind } from './domain/catalog.js';
import type { PracticeListRow } from './repo.js';
import * as service from './service.js';

const Id = Type.Object({ id: Type.String() });
const Tags = Type.Array(Type.String({ maxLength: 40 }), { maxItems: 30 });
const Fields = {
  kind: literals(PRACTICE_KINDS),
  title: Type.String({ minLength: 5, maxLength: 300 }),
  summary: Type.String({ minLength: 10, maxLength: 1000 }),
  contentHtml: Type.String({ minLength: 1, maxLength: service.MAX_CONTENT_CHARS }),
  field: literals(PRACTICE_FIELDS),
  location: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  movementId: Type.Optional(Nullable(Type.String())),
  tags: Type.Optional(Tags),
  awardIds: Type.Optional(Type.Array(Type.String(), { maxItems: 50 })),
};
const CreateBody = Type.Object({ ...Fields, unitId: Type.Optional(Type.String()) });
const UpdateBody = Type.Partial(Type.Object(Fields));

export function presentPractice(p: PracticeListRow & { tags?: string[] }) {
  return {
    id: p.id, slug: p.slug, kind: p.kind, kindLabel: PRACTICE_KIND_LABELS[p.kind as PracticeKind], title: p.title, summary: p.summary,
    field: p.field, fieldLabel: PRACTICE_FIELD_LABELS[p.field as PracticeField], location: p.location,
    unit: { id: p.unit_id, name: p.unit_name }, movementId: p.movement_id, status: p.status, statusLabel: STATUS_LABELS[p.status as PublicationStatus],
    reviewNote: p.review_note, featured: p.featured === 1, publishedAt: p.published_at, updatedAt: p.updated_at, tags: p.tags ?? [],
  };
}

type Details = Awaited<ReturnType<typeof service.getPractice>>;
const presentDetails = (d: Details, canEdit: boolean) => ({
  ...presentPractice({ ...d.practice, tags: d.tags }),
  contentHtml: d.practice.content_html,
  awards: d.awards.map((a) => ({ id: a.id, subjectName: a.subject_name, awardType: a.award_type, year: a.year, decisionNumber: a.decision_number, decisionDate: a.decision_date, revoked: a.revoked === 1 })),
  files: d.files.map((f) => ({ id: f.file_id, kind: f.kind, caption: f.caption, name: f.name, mime: f.mime, size: f.size, url: `/api/v1/practices/${d.practice.id}/files/${f.file_id}` })),
  related: d.related.map((r) => presentPractice(r)),
  canEdit,
});

export function practiceRoutes(app: App, deps: AppDeps): void {
  const { db } = deps.database;
  const tags = ['practices'];
  const canEdit = (request: FastifyRequest, d: Details): boolean => canEditItem(actorOf(request), d.practice);

  app.get('/practices', {
    schema: {
      tags,
      querystring: Type.Object({
        q: Type.Optional(Type.String({ maxLength: 200 })), kind: Type.Optional(literals(PRACTICE_KINDS)), field: Type.Optional(literals(PRACTICE_FIELDS)),
        tag: Type.Optional(Type.String({ maxLength: 40 })), status: Type.Optional(literals(PUBLICATION_STATUSES)), movementId: Type.Optional(Type.String()),
        unitId: Type.Optional(Type.String()), featured: Type.Optional(Type.Boolean()), ...Paging,
      }),
    },
  }, async (request) => {
    const { items, total } = await service.searchPractices(db, actorOf(request), { ...request.query, limit: request.query.limit ?? 50, offset: request.query.offset ?? 0 });
    return { items: items.map(presentPractice), total };
  });

  app.get('/practices/:id', { schema: { tags, params: Id } }, async (request) => {
    const d = await service.getPractice(db, actorOf(request), request.params.id);
    return presentDetails(d, canEdit(request, d));
  });

  app.post('/practices', { schema: { tags, body: CreateBody } }, async (request, reply) => {
    const d = await service.createPractice(db, actorOf(request), auditWho(request), request.body);
    reply.code(201);
    return presentDetails(d, true);
  });

  app.patch('/practices/:id', { schema: { tags, params: Id, body: UpdateBody } }, async (request) => {
    const d = await service.updatePractice(db, actorOf(request), auditWho(request), request.params.id, request.body);
    return presentDetails(d, canEdit(request, d));
  });

  for (const action of ['submit', 'publish', 'return'] as const) {
    app.post(`/practices/:id/${action}`, { schema: { tags, params: Id, body: Type.Object({ note: Type.Optional(Type.String({ maxLength: 2000 })) }) } }, async (request) => {
      const d = await service.reviewPractice(db, actorOf(request), auditWho(request), request.params.id, action, request.body.note);
      return presentDetails(d, canEdit(request, d));
    });
  }

  app.post('/practices/:id/feature', { schema: { tags, params: Id, body: Type.Object({ featured: Type.Boolean() }) } }, async (request) => {
    const d = await service.featurePractice(db, actorOf(request), auditWho(request), request.params.id, request.body.featured);
    return presentDetails(d, canEdit(request, d));
  });

  for (const kind of ['image', 'attachment'] as const) {
    app.post(`/practices/:id/${kind === 'image' ? 'images' : 'attachments'}`, { schema: { tags, params: Id } }, async (request, reply) => {
      const actor = actorOf(request);
      const part = await request.file();
      if (!part) throw badField('file', 'Chưa chọn tệp');
      const content = await part.toBuffer();
      const caption = (part.fields.caption as { value?: string } | undefined)?.value ?? null;
      const f = await service.attachFile(db, actor, auditWho(request), request.params.id, kind, { fileName: part.filename, content, caption });
      reply.code(201);
      return { ...f, url: `/api/v1/practices/${request.params.id}/files/${f.fileId}` };
    });
  }

  app.delete('/practices/:id/files/:fileId', { schema: { tags, params: Type.Object({ id: Type.String(), fileId: Type.String() }) } }, async (request) => {
    await service.detachFile(db, actorOf(request), auditWho(request), request.params.id, request.params.fileId);
    return { ok: true };
  });

  app.get('/practices/:id/files/:fileId', { schema: { tags, params: Type.Object({ id: Type.String(), fileId: Type.String() }) } }, async (request, reply) => {
    const file = await service.readPracticeFile(db, actorOf(request), request.params.id, request.params.fileId);
    return sendStoredFile(reply, file);
  });
}

