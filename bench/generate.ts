/**
 * Synthetic data for the benchmark: units, one regular movement a year over 2015–2024 with the
 * same indicator codes, and every period's value of every indicator. Written through Kysely in
 * batched multi-row inserts inside one transaction. Deterministic (seeded PRNG) except the ids,
 * which are UUIDv7 like the app's.
 */
import type { Insertable, Kysely } from 'kysely';
import type { DB, IndicatorValueTable } from '../src/db/schema.js';
import { MOVEMENT } from '../src/db/seed/kontum-2024.js';
import { newId } from '../src/lib/ids.js';
import { foldVietnamese } from '../src/lib/text.js';
import { recordAudit } from '../src/modules/audit/audit.js';
import { SYSTEM_ACTOR_NAME } from '../src/modules/auth/actor.js';
import { hashPassword } from '../src/modules/auth/passwords.js';
import { parsePeriod, periodsOfYear, periodsPerYear } from '../src/modules/targets/domain/period.js';
import type { Frequency } from '../src/modules/targets/domain/types.js';
import { planIndicators, planUnits, prng, responsiblePool, valueOf } from './plan.js';

export const FIRST_YEAR = 2015;
export const LAST_YEAR = 2024;
/** Values of the last year stop here, so the dashboard as of mid-October has a forecast to make. */
export const LAST_REPORTED_DAY = '2024-09-30';
export const BENCH_PASSWORD = 'bench-matkhau-2024';
export const BOARD_USER = 'bench.board';
export const OFFICER_USER = 'bench.officer';

export interface GenerateOptions {
  scale: number;
  seed?: number;
}

export interface Generated {
  units: number;
  movements: number;
  indicators: number;
  values: number;
  /** The 2024 regular movement. */
  latestMovementId: string;
  /** A monthly, summed indicator of the latest movement (the demo's CT03): the most values. */
  leafIndicatorId: string;
  /** A group indicator of the latest movement (the demo's CT12): its evaluation needs the whole dashboard. */
  groupIndicatorId: string;
}

const CREATED_AT = '2024-01-02T01:00:00.000Z';
/** Rows per INSERT: under SQLite's 32 766 and PostgreSQL's 65 535 bound parameters. */
const MAX_PARAMS = 30_000;

function chunks<T extends object>(rows: T[]): T[][] {
  const first = rows[0];
  const size = first ? Math.max(1, Math.floor(MAX_PARAMS / Object.keys(first).length)) : 1;
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

const addDays = (day: string, days: number, hour: number): string =>
  new Date(Date.parse(`${day}T00:00:00.000Z`) + days * 86_400_000 + hour * 3_600_000).toISOString();

function must<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`bench/generate: ${what} is missing`);
  return value;
}

export async function generate(db: Kysely<DB>, opts: GenerateOptions): Promise<Generated> {
  const { scale } = opts;
  if (!Number.isInteger(scale) || scale < 1 || scale > 1000) throw new Error(`scale must be an integer in 1..1000 (got ${scale})`);
  const rnd = prng(opts.seed ?? 20_240_206);
  const passwordHash = await hashPassword(BENCH_PASSWORD); // once: argon2 is slow on purpose

  // Units: materialized paths from the parents' ids.
  const plannedUnits = planUnits(scale);
  const unitByCode = new Map<string, { id: string; path: string; depth: number }>();
  const units = plannedUnits.map((u) => {
    const parent = u.parent ? must(unitByCode.get(u.parent), `unit ${u.parent}`) : undefined;
    const id = newId();
    const path = `${parent?.path ?? '/'}${id}/`;
    const depth = (parent?.depth ?? -1) + 1;
    unitByCode.set(u.code, { id, path, depth });
    return {
      id, code: u.code, name: u.name, short_name: u.shortName, kind: u.kind, parent_id: parent?.id ?? null, path, depth,
      valid_from: `${FIRST_YEAR}-01-01`, valid_to: null, successor_id: null, active: 1,
      search: foldVietnamese(`${u.name} ${u.code}`), created_at: CREATED_AT, updated_at: CREATED_AT,
    };
  });
  const unitId = (code: string): string => must(unitByCode.get(code), `unit ${code}`).id;

  const users = [
    { username: BOARD_USER, fullName: 'Nguyễn Thị Thu Hà (bench)', unit: 'BTDKT', role: 'board' },
    { username: OFFICER_USER, fullName: 'Lê Minh Tuấn (bench)', unit: 'SKHDT', role: 'unit_officer' },
  ].map((u) => ({ ...u, id: newId() }));
  const boardId = must(users[0], 'board user').id;
  const officerId = must(users[1], 'officer user').id;

  const plannedIndicators = planIndicators(scale, responsiblePool(plannedUnits));
  const movements: Array<Insertable<DB['movements']>> = [];
  const indicators: Array<Insertable<DB['indicators']>> = [];
  const values: Array<Insertable<IndicatorValueTable>> = [];
  let latestMovementId = '';
  let leafIndicatorId = '';
  let groupIndicatorId = '';

  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    const movementId = newId();
    const theme = MOVEMENT.theme.replace('2024', String(year));
    movements.push({
      id: movementId, code: `PTTD-${year}`, title: `Phong trào thi đua yêu nước năm ${year}`,
      search: foldVietnamese(`Phong trào thi đua yêu nước năm ${year}`), theme, kind: 'regular', status: MOVEMENT.status, year,
      directive_number: `${pad2(year % 100)}/CT-UBND`, directive_date: `${year}-02-06`, directive_signer: MOVEMENT.directive.signer,
      period_start: `${year}-01-01`, period_end: `${year}-12-31`, contents_json: JSON.stringify(MOVEMENT.contents),
      owner_unit_id: unitId('UBND-KT'), created_at: CREATED_AT, updated_at: CREATED_AT,
    });
    if (year === LAST_YEAR) latestMovementId = movementId;
    const cutoff = year === LAST_YEAR ? LAST_REPORTED_DAY : `${year}-12-31`;
    const idByCode = new Map<string, string>();
    plannedIndicators.forEach((p, n) => {
      const t = p.template;
      const id = newId();
      idByCode.set(p.code, id);
      if (year === LAST_YEAR && p.block === 0 && t.code === 'CT03') leafIndicatorId = id;
      if (year === LAST_YEAR && p.block === 0 && t.code === 'CT12') groupIndicatorId = id;
      indicators.push({
        id, movement_id: movementId, parent_id: p.parentCode ? must(idByCode.get(p.parentCode), `indicator ${p.parentCode}`) : null,
        code: p.code, order_no: p.order, name: p.name, search: foldVietnamese(`${p.code} ${p.name}`), unit: t.unit,
        comparator: t.comparator, target: t.target, target_max: t.targetMax ?? null, baseline: t.baseline ?? null,
        baseline_year: t.baseline === undefined ? null : year - 1, baseline_note: null, accumulation: t.accumulation,
        frequency: t.frequency, decimals: 2, responsible_unit_id: unitId(p.responsible), source_text: t.sourceText,
        created_at: CREATED_AT, updated_at: CREATED_AT,
      });
      if (t.comparator === 'group') return;
      const periods = periodsOfYear(t.frequency as Frequency, year).filter((q) => q.end <= cutoff);
      periods.forEach((q, k) => {
        const periodEnd = must(parsePeriod(q.code), `period ${q.code}`).end;
        const value = valueOf(t, periodsPerYear(t.frequency as Frequency), rnd);
        const base = { indicator_id: id, period: q.code, period_end: periodEnd, kind: 'actual', note: null, evidence_url: null, evidence_file_id: null, review_note: null };
        // About one period in ten was corrected: its first report stays in the history, superseded.
        if (rnd() < 0.1) {
          values.push({
            ...base, id: newId(), value: Math.round(value * 97) / 100, status: 'superseded', reported_by: officerId,
            reported_at: addDays(periodEnd, 5, 2), reviewed_by: boardId, reviewed_at: addDays(periodEnd, 6, 3),
          });
        }
        // The last year's latest report of every fifth indicator still waits for the board's review.
        const pending = year === LAST_YEAR && k === periods.length - 1 && n % 5 === 0;
        values.push({
          ...base, id: newId(), value, kind: pending ? 'estimate' : 'actual', status: pending ? 'submitted' : 'accepted',
          reported_by: officerId, reported_at: addDays(periodEnd, 9, 2),
          reviewed_by: pending ? null : boardId, reviewed_at: pending ? null : addDays(periodEnd, 12, 3),
        });
      });
    });
  }

  await db.transaction().execute(async (trx) => {
    for (const c of chunks(units)) await trx.insertInto('units').values(c).execute();
    for (const c of chunks(users.map((u) => ({
      id: u.id, username: u.username, full_name: u.fullName, search: foldVietnamese(`${u.fullName} ${u.username}`), unit_id: unitId(u.unit),
      person_id: null, password_hash: passwordHash, must_change_password: 0, active: 1, created_at: CREATED_AT, updated_at: CREATED_AT,
    })))) await trx.insertInto('users').values(c).execute();
    await trx.insertInto('user_roles').values(users.map((u) => ({ user_id: u.id, role: u.role }))).execute();
    for (const c of chunks(movements)) await trx.insertInto('movements').values(c).execute();
    for (const c of chunks(indicators)) await trx.insertInto('indicators').values(c).execute();
    for (const c of chunks(values)) await trx.insertInto('indicator_values').values(c).execute();
    await recordAudit(trx, { actorId: null, actorName: SYSTEM_ACTOR_NAME }, {
      action: 'seed.bench', entity: 'movement', entityId: latestMovementId,
      after: { scale, units: units.length, indicators: indicators.length, values: values.length },
    });
  });

  return {
    units: units.length, movements: movements.length, indicators: indicators.length, values: values.length,
    latestMovementId, leafIndicatorId: must(leafIndicatorId || null, 'indicator CT03'), groupIndicatorId: must(groupIndicatorId || null, 'indicator CT12'),
  };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
