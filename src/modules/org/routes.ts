import { Type } from 'typebox';
import type { App } from '../../server/app.js';
import { actorOf, auditWho, type AppDeps } from '../../server/context.js';
import { IsoDate, Nullable, page, Paging } from '../../server/schemas.js';
import { ROLES } from '../auth/actor.js';
import { createPerson, getPerson, listPeopleForActor, seesPersonalData, updatePerson } from './people.service.js';
import { createUnit, getUnitInScope, listUnitsForActor, UNIT_KINDS, updateUnit } from './units.service.js';
import { createUser, listUsers, ownEmail, resetPassword, setOwnEmail, updateUser } from './users.service.js';
import type { PersonRow, UnitRow } from '../../db/schema.js';
import type { Actor } from '../auth/actor.js';
import { requirePermission } from '../auth/policy.js';

const UnitKind = Type.Union(UNIT_KINDS.map((k) => Type.Literal(k)));
const RoleSchema = Type.Union(ROLES.map((r) => Type.Literal(r)));

const UnitBody = Type.Object({
  code: Type.String({ minLength: 1, maxLength: 40, pattern: '^[A-Za-z0-9._-]+$' }),
  name: Type.String({ minLength: 2, maxLength: 300 }),
  shortName: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
  kind: UnitKind,
  parentId: Nullable(Type.String()),
  validFrom: Type.Optional(Nullable(IsoDate)),
  validTo: Type.Optional(Nullable(IsoDate)),
  successorId: Type.Optional(Nullable(Type.String())),
});

const PersonBody = Type.Object({
  fullName: Type.String({ minLength: 2, maxLength: 200 }),
  gender: Type.Union([Type.Literal('male'), Type.Literal('female')]),
  birthYear: Type.Optional(Nullable(Type.Integer())),
  birthDate: Type.Optional(Nullable(IsoDate)),
  idNumber: Type.Optional(Nullable(Type.String({ pattern: '^[0-9]{9,12}$' }))),
  ethnicity: Type.Optional(Nullable(Type.String({ maxLength: 50 }))),
  position: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  unitId: Type.String({ minLength: 1 }),
  isLeader: Type.Optional(Type.Boolean()),
  active: Type.Optional(Type.Boolean()),
});

const UserBody = Type.Object({
  username: Type.String({ minLength: 1, maxLength: 50 }),
  fullName: Type.String({ minLength: 2, maxLength: 200 }),
  unitId: Type.String({ minLength: 1 }),
  roles: Type.Array(RoleSchema, { minItems: 1 }),
  password: Type.Optional(Type.String({ maxLength: 200 })),
  email: Type.Optional(Nullable(Type.String({ maxLength: 254 }))),
});

export const presentUnit = (u: UnitRow) => ({
  id: u.id, code: u.code, name: u.name, shortName: u.short_name, kind: u.kind, parentId: u.parent_id, path: u.path, depth: u.depth,
  validFrom: u.valid_from, validTo: u.valid_to, successorId: u.successor_id, active: u.active === 1,
});

function presentPerson(actor: Actor, p: PersonRow & { unit_name?: string }) {
  const personal = seesPersonalData(actor);
  return {
    id: p.id, fullName: p.full_name, gender: p.gender, birthYear: p.birth_year, ethnicity: p.ethnicity, position: p.position,
    unitId: p.unit_id, unitName: p.unit_name ?? null, isLeader: p.is_leader === 1, active: p.active === 1,
    ...(personal ? { birthDate: p.birth_date, idNumber: p.id_number } : {}),
  };
}

export function orgRoutes(app: App, deps: AppDeps): void {
  const { db } = deps.database;
  const tags = ['org'];

  app.get('/units', {
    schema: { tags, querystring: Type.Object({ ...Paging, q: Type.Optional(Type.String({ maxLength: 100 })), parentId: Type.Optional(Type.String()), kind: Type.Optional(UnitKind), includeInactive: Type.Optional(Type.Boolean()) }) },
  }, async (request) => {
    const actor = actorOf(request);
    requirePermission(actor, 'org.read');
    const { items, total } = await listUnitsForActor(db, actor, { ...request.query, ...page(request.query) });
    return { items: items.map(presentUnit), total };
  });
  app.get('/units/:id', { schema: { tags, params: Type.Object({ id: Type.String() }) } }, async (request) =>
    presentUnit(await getUnitInScope(db, actorOf(request), request.params.id)));
  app.post('/units', { schema: { tags, body: UnitBody } }, async (request, reply) => {
    reply.code(201);
    return presentUnit(await createUnit(db, actorOf(request), auditWho(request), request.body));
  });
  app.patch('/units/:id', {
    schema: { tags, params: Type.Object({ id: Type.String() }), body: Type.Partial(Type.Object({ ...UnitBody.properties, active: Type.Boolean() })) },
  }, async (request) => presentUnit(await updateUnit(db, actorOf(request), auditWho(request), request.params.id, request.body)));

  app.get('/people', {
    schema: { tags, querystring: Type.Object({ ...Paging, q: Type.Optional(Type.String({ maxLength: 100 })), unitId: Type.Optional(Type.String()), includeInactive: Type.Optional(Type.Boolean()) }) },
  }, async (request) => {
    const actor = actorOf(request);
    requirePermission(actor, 'org.read');
    const { items, total } = await listPeopleForActor(db, actor, { ...request.query, ...page(request.query) });
    return { items: items.map((p) => presentPerson(actor, p)), total };
  });
  app.get('/people/:id', { schema: { tags, params: Type.Object({ id: Type.String() }) } }, async (request) => {
    const actor = actorOf(request);
    return presentPerson(actor, await getPerson(db, actor, request.params.id));
  });
  app.post('/people', { schema: { tags, body: PersonBody } }, async (request, reply) => {
    const actor = actorOf(request);
    reply.code(201);
    return presentPerson(actor, await createPerson(db, actor, auditWho(request), request.body));
  });
  app.patch('/people/:id', { schema: { tags, params: Type.Object({ id: Type.String() }), body: Type.Partial(PersonBody) } }, async (request) => {
    const actor = actorOf(request);
    return presentPerson(actor, await updatePerson(db, actor, auditWho(request), request.params.id, request.body));
  });

  app.get('/users', {
    schema: { tags, querystring: Type.Object({ ...Paging, q: Type.Optional(Type.String({ maxLength: 100 })), unitId: Type.Optional(Type.String()), role: Type.Optional(RoleSchema) }) },
  }, async (request) => listUsers(db, actorOf(request), { ...request.query, ...page(request.query) }));
  app.post('/users', { schema: { tags, body: UserBody } }, async (request, reply) => {
    reply.code(201);
    return createUser(db, actorOf(request), auditWho(request), request.body);
  });
  app.patch('/users/:id', {
    schema: { tags, params: Type.Object({ id: Type.String() }), body: Type.Partial(Type.Object({ fullName: UserBody.properties.fullName, unitId: UserBody.properties.unitId, roles: UserBody.properties.roles, active: Type.Boolean(), email: UserBody.properties.email })) },
  }, async (request) => updateUser(db, actorOf(request), auditWho(request), request.params.id, request.body));
  // One's own address, from the user menu: the user id comes from the session only.
  app.get('/me/email', { schema: { tags } }, async (request) => ownEmail(db, actorOf(request)));
  app.put('/me/email', { schema: { tags, body: Type.Object({ email: Nullable(Type.String({ maxLength: 254 })) }) } }, async (request) =>
    setOwnEmail(db, actorOf(request), auditWho(request), request.body.email));
  app.post('/users/:id/reset-password', { schema: { tags, params: Type.Object({ id: Type.String() }) } }, async (request) =>
    ({ password: await resetPassword(db, actorOf(request), auditWho(request), { id: request.params.id }) }));
}
