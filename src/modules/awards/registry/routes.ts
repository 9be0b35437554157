/** HTTP of the award registry: parse, authorize (in the service), call, present. */
import { Type } from 'typebox';
import type { App } from '../../../server/app.js';
import { actorOf, auditWho, type AppDeps } from '../../../server/context.js';
import { IsoDate, Nullable } from '../../../server/schemas.js';
import type { Actor } from '../../auth/actor.js';
import { seesPersonalData } from '../../org/people.service.js';
import { CATALOGUE } from '../domain/catalogue.js';
import { COMMENDATION_KINDS, SUBJECT_KINDS } from '../domain/types.js';
import { registryExcelRoutes } from './excel-routes.js';
import type { AwardDetailRow, AwardListRow } from './repo.js';
import { AwardCodeSchema, AwardFilters, Id, literals, Year } from './schemas.js';
import { awardStats, getAward, personAwards, recordAward, revokeAward, searchAwards, unitAwards } from './service.js';

const RecordBody = Type.Object({
  subject: Type.Object({
    kind: literals(SUBJECT_KINDS),
    personId: Type.Optional(Type.String()),
    unitId: Type.Optional(Type.String()),
    name: Type.Optional(Type.String({ maxLength: 200 })),
  }),
  awardType: AwardCodeSchema,
  kind: literals(COMMENDATION_KINDS),
  year: Year,
  decision: Type.Object({
    number: Type.String({ minLength: 1, maxLength: 60 }),
    date: Type.Optional(Nullable(IsoDate)),
    issuer: Type.String({ minLength: 2, maxLength: 200 }),
    issuerUnitId: Type.Optional(Nullable(Type.String())),
  }),
  certificateNo: Type.Optional(Nullable(Type.String({ maxLength: 60 }))),
  rewardAmount: Type.Optional(Nullable(Type.Integer({ minimum: 0 }))),
});

const RevokeBody = Type.Object({
  decisionNumber: Type.String({ minLength: 1, maxLength: 60 }),
  decisionDate: IsoDate,
  reason: Type.String({ minLength: 5, maxLength: 2000 }),
});

export function presentAward(a: AwardListRow) {
  return {
    id: a.id,
    subject: { kind: a.subject_kind, id: a.subject_id, name: a.subject_name },
    unit: { id: a.unit_id, name: a.unit_name },
    awardType: a.award_type, awardTypeName: CATALOGUE[a.award_type as keyof typeof CATALOGUE]?.name ?? a.award_type,
    level: a.level, kind: a.kind, year: a.year,
    decision: { number: a.decision_number, date: a.decision_date, issuer: a.decision_issuer, issuerUnitId: a.issuer_unit_id },
    certificateNo: a.certificate_no, rewardAmount: a.reward_amount, revoked: a.revoked === 1,
    revocation: a.revoked === 1 ? { decisionNumber: a.revoked_decision_number, decisionDate: a.revoked_decision_date, reason: a.revoked_reason } : null,
  };
}

/** One award with its subject's details; birth date and ID number only for the board and admins. */
function presentDetail(actor: Actor, a: AwardDetailRow) {
  const base = presentAward(a);
  const person = a.subject_kind === 'individual'
    ? { gender: a.gender, ethnicity: a.ethnicity, isLeader: a.is_leader === 1, birthYear: a.birth_year, position: a.position,
      ...(seesPersonalData(actor) ? { birthDate: a.birth_date, idNumber: a.id_number } : {}) }
    : {};
  return { ...base, subject: { ...base.subject, ...person }, createdAt: a.created_at };
}

export function awardRegistryRoutes(app: App, deps: AppDeps): void {
  const { db } = deps.database;
  const tags = ['awards'];

  app.get('/awards', {
    schema: { tags, querystring: Type.Object({ ...AwardFilters, limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })), cursor: Type.Optional(Type.String({ maxLength: 1000 })), count: Type.Optional(Type.Boolean()) }) },
  }, async (request) => {
    const { items, ...rest } = await searchAwards(db, actorOf(request), { ...request.query, limit: request.query.limit ?? 50 });
    return { items: items.map(presentAward), ...rest };
  });

  app.get('/awards/stats', {
    schema: {
      tags,
      querystring: Type.Object({
        unitId: AwardFilters.unitId, year: AwardFilters.year, yearFrom: AwardFilters.yearFrom, yearTo: AwardFilters.yearTo, level: AwardFilters.level,
        awardType: AwardFilters.awardType, gender: AwardFilters.gender,
        groupBy: literals(['awardType', 'unit', 'year', 'gender', 'ethnicity', 'leader'] as const),
      }),
    },
  }, async (request) => ({ groups: await awardStats(db, actorOf(request), request.query) }));

  app.get('/awards/:id', { schema: { tags, params: Id } }, async (request) => {
    const actor = actorOf(request);
    return presentDetail(actor, await getAward(db, actor, request.params.id));
  });

  app.post('/awards', { schema: { tags, body: RecordBody } }, async (request, reply) => {
    const actor = actorOf(request);
    reply.code(201);
    return presentDetail(actor, await recordAward(db, actor, auditWho(request), request.body));
  });

  app.post('/awards/:id/revoke', { schema: { tags, params: Id, body: RevokeBody } }, async (request) => {
    const actor = actorOf(request);
    return presentDetail(actor, await revokeAward(db, actor, auditWho(request), request.params.id, request.body));
  });

  app.get('/people/:id/awards', { schema: { tags, params: Id } }, async (request) =>
    ({ items: (await personAwards(db, actorOf(request), request.params.id)).map(presentAward) }));

  app.get('/units/:id/awards', { schema: { tags, params: Id } }, async (request) =>
    ({ items: (await unitAwards(db, actorOf(request), request.params.id)).map(presentAward) }));

  registryExcelRoutes(app, deps);
}
