/**
 * The roll-up of who has sent a registration or a review report, counted and paged in SQL: only
 * the page's rows leave the database, whatever the scope's size. Same SQL on both engines.
 */
import { sql, type Kysely } from 'kysely';
import { containsFolded, inSubtree } from '../../db/dialect.js';
import type { DB } from '../../db/schema.js';
import type { RollupFilter } from './domain/rollup.js';

/** What is rolled up: the registrations, or the reports of one kind. */
export type Source = { kind: 'registration' } | { kind: 'report'; reportKind: string };

export interface RollupQuery {
  movementId: string;
  source: Source;
  /** Path prefix of the units the reader sees, or null for the whole scope. */
  scopePath: string | null;
  /** Instant from which a submission is late (`lateFrom`), null when there is no deadline. */
  lateFrom: string | null;
  folded?: string;
  filter?: RollupFilter;
  /** Only this unit (a unit officer's own row). */
  unitId?: string;
}

function base(db: Kysely<DB>, q: RollupQuery) {
  const sent = q.source.kind === 'registration'
    ? db.selectFrom('movement_registrations').select(['unit_id', 'registered_at as at']).where('movement_id', '=', q.movementId)
    : db.selectFrom('movement_reports').select(['unit_id', 'submitted_at as at']).where('movement_id', '=', q.movementId).where('kind', '=', q.source.reportKind);
  let query = db.selectFrom('movement_units as mu').innerJoin('units as u', 'u.id', 'mu.unit_id').leftJoin(sent.as('s'), 's.unit_id', 'mu.unit_id')
    .where('mu.movement_id', '=', q.movementId);
  if (q.scopePath !== null) query = query.where(inSubtree(sql.ref('u.path'), q.scopePath));
  if (q.unitId !== undefined) query = query.where('u.id', '=', q.unitId);
  return query;
}

/** Counts of the reader's whole scope (name and state filters aside): the totals above the table. */
export async function rollupCounts(db: Kysely<DB>, q: RollupQuery): Promise<{ total: number; sent: number; onTime: number }> {
  const at = sql.ref('s.at');
  const onTime = q.lateFrom === null ? sql<number>`cast(count(${at}) as integer)` : sql<number>`cast(count(case when ${at} < ${q.lateFrom} then 1 end) as integer)`;
  const r = await base(db, q).select([sql<number>`cast(count(*) as integer)`.as('total'), sql<number>`cast(count(${at}) as integer)`.as('sent'), onTime.as('onTime')]).executeTakeFirstOrThrow();
  return { total: Number(r.total), sent: Number(r.sent), onTime: Number(r.onTime) };
}

function filtered(db: Kysely<DB>, q: RollupQuery) {
  let query = base(db, q);
  if (q.folded) query = query.where(containsFolded(sql.ref('u.search'), q.folded));
  switch (q.filter) {
    case 'missing': return query.where('s.at', 'is', null);
    case 'submitted': return query.where('s.at', 'is not', null);
    case 'on_time': return q.lateFrom === null ? query.where('s.at', 'is not', null) : query.where('s.at', '<', q.lateFrom);
    // Without a deadline nothing is late: an always-false test keeps the query's shape.
    case 'late': return q.lateFrom === null ? query.where(sql<boolean>`1 = 0`) : query.where('s.at', '>=', q.lateFrom);
    default: return query;
  }
}

/** How many units match the name and state filters (for the pager). */
export async function rollupMatched(db: Kysely<DB>, q: RollupQuery): Promise<number> {
  const r = await filtered(db, q).select(sql<number>`cast(count(*) as integer)`.as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** One page of units in the tree's order, with when they sent (null: not yet). `limit` null: every row (the Excel export). */
export function rollupPage(db: Kysely<DB>, q: RollupQuery, page: { limit: number | null; offset: number }) {
  let query = filtered(db, q).select(['u.id', 'u.name', 's.at']).orderBy('u.path');
  if (page.limit !== null) query = query.limit(page.limit).offset(page.offset);
  return query.execute();
}
