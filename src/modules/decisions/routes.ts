/** HTTP of decisions: draft, edit, preview (the document as data), .docx, issue, revoke. */
import { Type } from 'typebox';
import type { App } from '../../server/app.js';
import { actorOf, auditWho, type AppDeps } from '../../server/context.js';
import { IsoDate } from '../../server/schemas.js';
import { CATALOGUE } from '../awards/domain/catalogue.js';
import type { AwardCode } from '../awards/domain/types.js';
import { literals } from '../awards/registry/schemas.js';
import { numberLine } from '../documents/index.js';
import type { Ctx } from '../proposals/service.js';
import { createDecision, decisionCertificates, decisionFile, getDecision, issueDecision, listDecisions, revokeDecision, updateDecision } from './service.js';

const Params = Type.Object({ id: Type.String({ maxLength: 64 }) });
const Line = Type.String({ minLength: 2, maxLength: 600 });
const DecisionFields = {
  issuerName: Type.String({ minLength: 3, maxLength: 200 }),
  issuerSymbol: Type.String({ minLength: 1, maxLength: 30, pattern: '^[\\p{Lu}\\d][\\p{Lu}\\d.&-]*$' }),
  issuerUnitId: Type.Optional(Type.Union([Type.String({ maxLength: 64 }), Type.Null()])),
  place: Type.String({ minLength: 2, maxLength: 100 }),
  summary: Type.String({ minLength: 5, maxLength: 500 }),
  authority: Type.String({ minLength: 5, maxLength: 300 }),
  bases: Type.Array(Line, { maxItems: 20 }),
  signForm: literals(['TM', 'KT', 'none'] as const),
  signerTitle: Type.String({ minLength: 2, maxLength: 100 }),
  signerName: Type.String({ minLength: 2, maxLength: 100 }),
  fundingSource: Type.String({ minLength: 5, maxLength: 300 }),
  recipients: Type.Array(Line, { maxItems: 30 }),
};
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

type View = Awaited<ReturnType<typeof getDecision>>;
export const presentDecision = (v: View) => {
  const d = v.decision;
  return {
    id: d.id, proposal: { id: v.proposal.id, title: v.proposal.title, unitName: v.proposal.unit_name, state: v.proposal.state, year: v.proposal.year },
    issuerName: d.issuer_name, issuerSymbol: d.issuer_symbol, issuerUnitId: d.issuer_unit_id, place: d.place, number: d.number, numberLine: numberLine(v.document),
    date: d.decision_date, summary: d.summary, authority: d.authority, bases: JSON.parse(d.bases_json) as string[], signForm: d.sign_form,
    signerTitle: d.signer_title, signerName: d.signer_name, fundingSource: d.funding_source, recipients: JSON.parse(d.recipients_json) as string[],
    state: d.state, version: d.version, issuedAt: d.issued_at,
    revocation: d.state === 'revoked' ? { number: d.revoked_number, date: d.revoked_date, reason: d.revoked_reason } : null,
    items: v.items.map((i) => ({ nomineeId: i.nominee_id, name: i.name, subjectKind: i.subject_kind, position: i.position, unitName: i.unit_name, awardType: i.award_type, awardTypeName: CATALOGUE[i.award_type as AwardCode]?.name ?? i.award_type, amount: i.amount, awardId: i.award_id })),
    total: v.items.reduce((s, i) => s + (i.amount ?? 0), 0),
    document: v.document,
  };
};

export function decisionRoutes(app: App, deps: AppDeps): void {
  const { db } = deps.database;
  const tags = ['decisions'];
  const ctx = (request: Parameters<typeof actorOf>[0]): Ctx => ({ db, actor: actorOf(request), who: auditWho(request) });

  app.get('/decisions', { schema: { tags, querystring: Type.Object({ proposalId: Type.Optional(Type.String({ maxLength: 64 })) }) } }, async (request) => ({
    items: (await listDecisions(db, { actor: actorOf(request) }, request.query.proposalId)).map((d) => ({
      id: d.id, proposalId: d.proposal_id, proposalTitle: d.proposal_title, unitName: d.unit_name, number: d.number, date: d.decision_date, summary: d.summary, state: d.state, items: Number(d.items ?? 0),
    })),
  }));

  app.post('/proposals/:id/decisions', { schema: { tags, params: Params, body: Type.Object({ ...DecisionFields, nomineeIds: Type.Array(Type.String({ maxLength: 64 }), { maxItems: 5000 }) }) } }, async (request, reply) => {
    const c = ctx(request);
    const id = await createDecision(c, request.params.id, request.body);
    reply.code(201);
    return presentDecision(await getDecision(db, c, id));
  });

  app.get('/decisions/:id', { schema: { tags, params: Params } }, async (request) => presentDecision(await getDecision(db, { actor: actorOf(request) }, request.params.id)));

  app.put('/decisions/:id', { schema: { tags, params: Params, body: Type.Object({ ...DecisionFields, version: Type.Integer({ minimum: 1 }) }) } }, async (request) => {
    const c = ctx(request);
    const { version, ...input } = request.body;
    await updateDecision(c, request.params.id, version, input);
    return presentDecision(await getDecision(db, c, request.params.id));
  });

  app.post('/decisions/:id/issue', { schema: { tags, params: Params, body: Type.Object({ version: Type.Integer({ minimum: 1 }), date: IsoDate, number: Type.Optional(Type.Integer({ minimum: 1, maximum: 99999 })) }) } }, async (request) => {
    const c = ctx(request);
    await issueDecision(c, request.params.id, request.body);
    return presentDecision(await getDecision(db, c, request.params.id));
  });

  app.post('/decisions/:id/revoke', {
    schema: { tags, params: Params, body: Type.Object({ number: Type.String({ minLength: 1, maxLength: 60 }), date: IsoDate, reason: Type.String({ minLength: 5, maxLength: 2000 }) }) },
  }, async (request) => {
    const c = ctx(request);
    await revokeDecision(c, request.params.id, request.body);
    return presentDecision(await getDecision(db, c, request.params.id));
  });

  app.get('/decisions/:id/certificates.docx', { schema: { tags, params: Params, querystring: Type.Object({ nomineeId: Type.Optional(Type.String({ maxLength: 64 })) }) } }, async (request, reply) => {
    const content = await decisionCertificates(db, { actor: actorOf(request) }, request.params.id, request.query.nomineeId);
    return reply.type(DOCX).header('content-disposition', 'attachment; filename="bang-khen.docx"').send(content);
  });

  app.get('/decisions/:id/document.docx', { schema: { tags, params: Params } }, async (request, reply) => {
    const f = await decisionFile(db, { actor: actorOf(request) }, request.params.id);
    return reply.type(DOCX).header('content-disposition', `attachment; filename="${f.name}"`).send(f.content);
  });
}
