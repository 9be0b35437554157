import type { Kysely } from 'kysely';
import { recordAudit } from '../../modules/audit/audit.js';
import { SYSTEM_ACTOR_NAME } from '../../modules/auth/actor.js';
import { generatePassword, hashPassword } from '../../modules/auth/passwords.js';
import { seedDefaultHolidays } from '../../modules/calendar/service.js';
import { movementSearchText } from '../../modules/movements/present.js';
import { parsePeriod } from '../../modules/targets/domain/period.js';
import { newId, nowIso } from '../../lib/ids.js';
import { foldVietnamese } from '../../lib/text.js';
import type { DB } from '../schema.js';
import { DEMO_NOTE, INDICATORS, MOVEMENT, PEOPLE, UNITS, USERS, VALUES } from './kontum-2024.js';
import { seedDemoAwards } from './kontum-awards.js';
import { seedDemoCommendation } from './kontum-commendation.js';
import { seedDemoClusters } from './kontum-clusters.js';
import { seedDemoPortal } from './kontum-portal.js';
import { seedDemoVerdicts } from './kontum-verdicts.js';

export interface SeedResult {
  seeded: boolean;
  password?: string;
  usernames: string[];
}

/** True when the database holds no unit at all: a fresh install that the demo may fill. */
export async function isEmpty(db: Kysely<DB>): Promise<boolean> {
  return !(await db.selectFrom('units').select('id').limit(1).executeTakeFirst());
}

/**
 * Fills an empty database with the Kon Tum 2024 demo, in one transaction. Refuses to write over
 * existing data: a second start must never re-seed over what users entered.
 */
export async function seedDemo(db: Kysely<DB>, demoPassword?: string): Promise<SeedResult> {
  if (!(await isEmpty(db))) return { seeded: false, usernames: [] };
  const password = demoPassword ?? generatePassword();
  const hash = await hashPassword(password);
  const now = nowIso();
  const unitIds = new Map<string, { id: string; path: string; depth: number }>();
  const userIds = new Map<string, string>();

  await db.transaction().execute(async (trx) => {
    for (const u of UNITS) {
      const parent = u.parent ? unitIds.get(u.parent) : undefined;
      const id = newId();
      const path = `${parent?.path ?? '/'}${id}/`;
      unitIds.set(u.code, { id, path, depth: (parent?.depth ?? -1) + 1 });
      await trx.insertInto('units').values({
        id, code: u.code, name: u.name, short_name: u.shortName ?? null, kind: u.kind, parent_id: parent?.id ?? null, path,
        depth: (parent?.depth ?? -1) + 1, valid_from: '2024-01-01', valid_to: null, successor_id: null, active: 1,
        search: foldVietnamese(`${u.name} ${u.code}`), created_at: now, updated_at: now,
      }).execute();
    }
    const unit = (code: string) => unitIds.get(code)!.id;

    for (const p of PEOPLE) {
      await trx.insertInto('people').values({
        id: newId(), full_name: p.fullName, search: foldVietnamese(p.fullName), gender: p.gender, birth_year: p.birthYear, birth_date: null,
        id_number: null, ethnicity: p.ethnicity, position: p.position, unit_id: unit(p.unit), is_leader: p.isLeader ? 1 : 0, active: 1,
        created_at: now, updated_at: now,
      }).execute();
    }
    await seedDemoAwards(trx, unitIds);
    await seedDefaultHolidays(trx);

    for (const u of USERS) {
      const id = newId();
      userIds.set(u.username, id);
      await trx.insertInto('users').values({
        id, username: u.username, full_name: u.fullName, search: foldVietnamese(`${u.fullName} ${u.username}`), unit_id: unit(u.unit),
        person_id: null, password_hash: hash, must_change_password: 0, active: 1, email: u.email ?? null, created_at: now, updated_at: now,
      }).execute();
      await trx.insertInto('user_roles').values(u.roles.map((role) => ({ user_id: id, role }))).execute();
    }

    const movementId = newId();
    await trx.insertInto('movements').values({
      id: movementId, code: MOVEMENT.code, title: MOVEMENT.title, search: movementSearchText({ ...MOVEMENT, directiveNumber: MOVEMENT.directive.number }), theme: MOVEMENT.theme,
      kind: MOVEMENT.kind, status: MOVEMENT.status, year: MOVEMENT.year, directive_number: MOVEMENT.directive.number,
      directive_date: MOVEMENT.directive.date, directive_signer: MOVEMENT.directive.signer, period_start: MOVEMENT.periodStart,
      period_end: MOVEMENT.periodEnd, contents_json: JSON.stringify(MOVEMENT.contents), owner_unit_id: unit(MOVEMENT.owner),
      created_at: now, updated_at: now,
    }).execute();
    await trx.insertInto('movement_documents').values(MOVEMENT.documents.map((d, i) => ({ id: newId(), movement_id: movementId, order_no: i + 1, ...d, url: null }))).execute();

    const indicatorIds = new Map<string, string>();
    for (const ind of INDICATORS) {
      const id = newId();
      indicatorIds.set(ind.code, id);
      await trx.insertInto('indicators').values({
        id, movement_id: movementId, parent_id: ind.parent ? indicatorIds.get(ind.parent)! : null, code: ind.code, order_no: ind.order,
        name: ind.name, search: foldVietnamese(`${ind.code} ${ind.name}`), unit: ind.unit, comparator: ind.comparator, target: ind.target,
        target_max: ind.targetMax ?? null, baseline: ind.baseline ?? null, baseline_year: ind.baseline === undefined ? null : 2023,
        baseline_note: ind.baseline === undefined ? null : DEMO_NOTE, accumulation: ind.accumulation, frequency: ind.frequency,
        decimals: 2, responsible_unit_id: unit(ind.responsible), source_text: ind.sourceText, created_at: now, updated_at: now,
      }).execute();
    }

    const board = userIds.get('bantdkt')!;
    // A unit's own officer reports its values where the demo has one; the board reports the rest.
    const officerOf = new Map(USERS.filter((u) => u.roles.includes('unit_officer')).map((u) => [u.unit, userIds.get(u.username)!]));
    const responsibleOf = new Map(INDICATORS.map((i) => [i.code, i.responsible]));
    for (const v of VALUES) {
      const status = v.status ?? 'accepted';
      const reporter = officerOf.get(responsibleOf.get(v.code)!) ?? board;
      await trx.insertInto('indicator_values').values({
        id: newId(), indicator_id: indicatorIds.get(v.code)!, period: v.period, period_end: parsePeriod(v.period)!.end, value: v.value,
        kind: 'actual', note: DEMO_NOTE, evidence_url: null, evidence_file_id: null, status, review_note: null, reported_by: reporter,
        reported_at: now, reviewed_by: status === 'accepted' ? board : null, reviewed_at: status === 'accepted' ? now : null,
      }).execute();
    }
    await seedDemoCommendation(trx, unitIds, userIds, now);
    await seedDemoClusters(trx, unitIds, userIds, movementId);
    await seedDemoVerdicts(trx, unitIds, userIds);
    await seedDemoPortal(trx);
    await recordAudit(trx, { actorId: null, actorName: SYSTEM_ACTOR_NAME }, { action: 'seed.demo', entity: 'movement', entityId: movementId, after: { movement: MOVEMENT.code, units: UNITS.length, users: USERS.length } });
  });
  return { seeded: true, password: demoPassword ? undefined : password, usernames: USERS.map((u) => u.username) };
}
