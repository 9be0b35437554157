/** HTTP of proposals: parse, call the use case (which authorizes), present. */
import { Type } from 'typebox';
import type { App } from '../../server/app.js';
import { actorOf, auditWho, type AppDeps } from '../../server/context.js';
import { badField, badInput } from '../../server/errors.js';
import { IsoDate, Nullable, Paging, page } from '../../server/schemas.js';
import { CATALOGUE } from '../awards/domain/catalogue.js';
import { SUBJECT_KINDS, type AwardCode } from '../awards/domain/types.js';
import { AwardCodeSchema, literals, Year } from '../awards/registry/schemas.js';
import { sendXlsx } from '../awards/registry/excel-routes.js';
import { checkFileType } from '../files/file-type.js';
import { ROUNDS, PROCEDURES, ROUND_LABELS } from './domain/submission.js';
import { NOMINEE_OUTCOMES, PROPOSAL_STATES, STATE_LABELS, type ProposalState } from './domain/workflow.js';
import { buildNomineeTemplate, parseNomineeWorkbook } from './excel.js';
import {
  addDocument, addNominees, createProposal, documentFile, getProposal, listProposalsFor, MANUAL_ACTIONS, removeDocument,
  removeNominee, setOutcome, transition, updateNominee, updateProposal, type Ctx,
} from './service.js';

const ProposalBody = {
  title: Type.String({ minLength: 5, maxLength: 300 }),
  round: literals(ROUNDS),
  procedure: literals(PROCEDURES),
  year: Year,
  eventDate: Type.Optional(Nullable(IsoDate)),
  note: Type.Optional(Nullable(Type.String({ maxLength: 4000 }))),
};
const Version = Type.Integer({ minimum: 1 });
const Params = Type.Object({ id: Type.String({ maxLength: 64 }) });
const NomineeParams = Type.Object({ id: Type.String({ maxLength: 64 }), nomineeId: Type.String({ maxLength: 64 }) });
export const NomineeBody = Type.Object({
  subjectKind: literals(SUBJECT_KINDS),
  personId: Type.Optional(Type.String({ maxLength: 64 })),
  unitId: Type.Optional(Type.String({ maxLength: 64 })),
  name: Type.Optional(Type.String({ maxLength: 200 })),
  position: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  awardType: AwardCodeSchema,
  achievements: Type.String({ maxLength: 8000 }),
  overrideReason: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
});

type Detail = Awaited<ReturnType<typeof getProposal>>;
const awardName = (code: string | null) => (code ? CATALOGUE[code as AwardCode]?.name ?? code : null);

export function presentProposal(d: Detail) {
  const p = d.proposal;
  return {
    id: p.id, title: p.title, unit: { id: p.unit_id, name: p.unit_name }, round: p.round, roundLabel: ROUND_LABELS[p.round as keyof typeof ROUND_LABELS],
    procedure: p.procedure, year: p.year, eventDate: p.event_date, dueDate: p.due_date, late: p.late === 1, submittedAt: p.submitted_at,
    state: p.state, stateLabel: STATE_LABELS[p.state as ProposalState], version: p.version, note: p.note, createdAt: p.created_at, updatedAt: p.updated_at,
    nominees: d.nominees.map((n) => ({
      id: n.id, order: n.order_no, subjectKind: n.subject_kind, personId: n.person_id, unit: { id: n.unit_id, name: n.unit_name }, name: n.name,
      position: n.position, awardType: n.award_type, awardTypeName: awardName(n.award_type), achievements: n.achievements,
      eligibility: { eligible: n.eligible === null ? null : n.eligible === 1, checkedAt: n.checked_at, ...(n.eligibility_json ? JSON.parse(n.eligibility_json) as object : {}) },
      overrideReason: n.override_reason, outcome: n.outcome, outcomeReason: n.outcome_reason, loweredTo: n.lowered_to, loweredToName: awardName(n.lowered_to), awardId: n.award_id,
    })),
    documents: d.documents.map((x) => ({ id: x.id, requirement: x.requirement, fileName: x.file_name, size: x.size, uploadedAt: x.uploaded_at })),
    requiredDocuments: d.required.map((r) => ({ name: r, provided: d.documents.some((x) => x.requirement === r) })),
    issues: d.issues,
    history: d.transitions.map((t) => ({ action: t.action, from: t.from_state, to: t.to_state, fromLabel: STATE_LABELS[t.from_state as ProposalState], toLabel: STATE_LABELS[t.to_state as ProposalState], reason: t.reason, by: t.actor_name, at: t.at })),
    actions: d.actions, editable: d.editable, reviewable: d.reviewable, reminder: d.reminder,
  };
}

export function proposalRoutes(app: App, deps: AppDeps): void {
  const { db } = deps.database;
  const tags = ['proposals'];
  const ctx = (request: Parameters<typeof actorOf>[0]): Ctx => ({ db, actor: actorOf(request), who: auditWho(request) });

  app.get('/proposals', {
    schema: {
      tags,
      querystring: Type.Object({
        state: Type.Optional(Type.String({ maxLength: 200, description: 'một hoặc nhiều trạng thái, phân cách bằng dấu phẩy' })),
        year: Type.Optional(Year), q: Type.Optional(Type.String({ maxLength: 100 })), unitId: Type.Optional(Type.String({ maxLength: 64 })), ...Paging,
      }),
    },
  }, async (request) => {
    const states = request.query.state ? request.query.state.split(',').filter(Boolean) : undefined;
    const wrong = states?.find((s) => !PROPOSAL_STATES.includes(s as ProposalState));
    if (wrong) throw badField('state', `Trạng thái không hợp lệ: ${wrong}`);
    const { items, total } = await listProposalsFor(db, actorOf(request), { ...request.query, states: states as ProposalState[] | undefined, ...page(request.query) });
    return {
      total,
      items: items.map((p) => ({
        id: p.id, title: p.title, unit: { id: p.unit_id, name: p.unit_name }, round: p.round, roundLabel: ROUND_LABELS[p.round as keyof typeof ROUND_LABELS], year: p.year,
        state: p.state, stateLabel: STATE_LABELS[p.state as ProposalState], dueDate: p.due_date, late: p.late === 1, submittedAt: p.submitted_at,
        nomineeCount: Number(p.nominee_count ?? 0), updatedAt: p.updated_at,
      })),
    };
  });

  app.post('/proposals', { schema: { tags, body: Type.Object({ unitId: Type.String({ maxLength: 64 }), ...ProposalBody }) } }, async (request, reply) => {
    reply.code(201);
    return presentProposal(await createProposal(ctx(request), request.body));
  });

  app.get('/proposals/:id', { schema: { tags, params: Params } }, async (request) => presentProposal(await getProposal(db, actorOf(request), request.params.id)));

  app.put('/proposals/:id', { schema: { tags, params: Params, body: Type.Object({ version: Version, ...ProposalBody }) } }, async (request) => {
    const { version, ...input } = request.body;
    return presentProposal(await updateProposal(ctx(request), request.params.id, version, input));
  });

  app.post('/proposals/:id/nominees', { schema: { tags, params: Params, body: Type.Object({ version: Version, nominee: NomineeBody }) } }, async (request, reply) => {
    reply.code(201);
    return presentProposal(await addNominees(ctx(request), request.params.id, request.body.version, [request.body.nominee], () => 'nominee.'));
  });

  app.patch('/proposals/:id/nominees/:nomineeId', {
    schema: {
      tags, params: NomineeParams,
      body: Type.Object({ version: Version, achievements: Type.Optional(Type.String({ maxLength: 8000 })), position: Type.Optional(Nullable(Type.String({ maxLength: 200 }))), overrideReason: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))) }),
    },
  }, async (request) => {
    const { version, ...input } = request.body;
    return presentProposal(await updateNominee(ctx(request), request.params.id, request.params.nomineeId, version, input));
  });

  app.delete('/proposals/:id/nominees/:nomineeId', { schema: { tags, params: NomineeParams, querystring: Type.Object({ version: Version }) } }, async (request) =>
    presentProposal(await removeNominee(ctx(request), request.params.id, request.params.nomineeId, request.query.version)));

  app.put('/proposals/:id/nominees/:nomineeId/outcome', {
    schema: {
      tags, params: NomineeParams,
      body: Type.Object({ version: Version, outcome: literals(NOMINEE_OUTCOMES), reason: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))), loweredTo: Type.Optional(Nullable(AwardCodeSchema)) }),
    },
  }, async (request) => {
    const { version, ...input } = request.body;
    return presentProposal(await setOutcome(ctx(request), request.params.id, request.params.nomineeId, { version, ...input }));
  });

  app.post('/proposals/:id/transitions', {
    schema: { tags, params: Params, body: Type.Object({ action: literals(MANUAL_ACTIONS), version: Version, reason: Type.Optional(Nullable(Type.String({ maxLength: 4000 }))) }) },
  }, async (request) => presentProposal(await transition(ctx(request), request.params.id, request.body)));

  app.post('/proposals/:id/documents', {
    schema: { tags, params: Params, querystring: Type.Object({ version: Version, requirement: Type.String({ minLength: 2, maxLength: 300 }) }) },
  }, async (request, reply) => {
    const part = await request.file();
    if (!part) throw badField('file', 'Chưa chọn tệp');
    const content = await part.toBuffer();
    reply.code(201);
    return presentProposal(await addDocument(ctx(request), request.params.id, request.query.version, request.query.requirement, part.filename, content));
  });

  app.delete('/proposals/:id/documents/:documentId', {
    schema: { tags, params: Type.Object({ id: Type.String({ maxLength: 64 }), documentId: Type.String({ maxLength: 64 }) }), querystring: Type.Object({ version: Version }) },
  }, async (request) => presentProposal(await removeDocument(ctx(request), request.params.id, request.params.documentId, request.query.version)));

  app.get('/proposals/:id/documents/:documentId/file', {
    schema: { tags, params: Type.Object({ id: Type.String({ maxLength: 64 }), documentId: Type.String({ maxLength: 64 }) }) },
  }, async (request, reply) => {
    const f = await documentFile(db, actorOf(request), request.params.id, request.params.documentId);
    return reply.type(f.mime).header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(f.name)}`).send(Buffer.from(f.content));
  });

  app.get('/proposals/nominee-template.xlsx', { schema: { tags } }, async (request, reply) => {
    actorOf(request);
    return sendXlsx(reply, 'mau-danh-sach-de-nghi.xlsx', await buildNomineeTemplate());
  });

  // All or nothing: any row error refuses the whole list, every error named by row and column.
  app.post('/proposals/:id/nominees/import', { schema: { tags, params: Params, querystring: Type.Object({ version: Version }) } }, async (request, reply) => {
    const part = await request.file();
    if (!part) throw badField('file', 'Chưa chọn tệp Excel');
    const content = await part.toBuffer();
    const type = checkFileType(part.filename, content.subarray(0, 8), ['xlsx']);
    if (!type.ok) throw badField('file', type.message);
    const c = ctx(request);
    const { rows, problems } = await parseNomineeWorkbook(db, content);
    if (problems.length) throw badInput(problems);
    reply.code(201);
    return presentProposal(await addNominees(c, request.params.id, request.query.version, rows.map((r) => r.nominee), (i) => `Dòng ${rows[i]!.row}, `));
  });
}
