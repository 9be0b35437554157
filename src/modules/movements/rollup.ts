/**
 * Roll-ups of a movement for the board and the units: who registered, who sent the mid-term and
 * final reports, on time or late. Counted and paged in SQL; a reader sees the units of its subtree
 * (policy's readScope), and a unit officer also gets its own unit's row whatever the page.
 */
import type { Kysely } from 'kysely';
import type { DB, MovementRow } from '../../db/schema.js';
import { foldVietnamese } from '../../lib/text.js';
import { notFound } from '../../server/errors.js';
import type { Actor } from '../auth/actor.js';
import { readScope } from '../auth/policy.js';
import { lateFrom, stateOf, type RollupFilter } from './domain/rollup.js';
import * as repo from './repo.js';
import { rollupCounts, rollupMatched, rollupPage, type RollupQuery, type Source } from './rollup-repo.js';

type Db = Kysely<DB>;
export const REPORT_KINDS = ['mid_term', 'final'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export interface RollupParams { q?: string; state?: RollupFilter; limit?: number; offset?: number; unitId?: string }
const PAGE = 50;

export async function movementOr404(db: Db, id: string): Promise<MovementRow> {
  const m = await repo.findMovement(db, id);
  if (!m) throw notFound('phong trào thi đua');
  return m;
}

export const deadlineOf = (m: MovementRow, source: Source): string | null =>
  source.kind === 'registration' ? m.registration_deadline : source.reportKind === 'mid_term' ? m.mid_term_deadline : m.final_deadline;

export const rollupQuery = (m: MovementRow, actor: Actor, source: Source, p: RollupParams = {}): RollupQuery => ({
  movementId: m.id, source, scopePath: readScope(actor), lateFrom: lateFrom(deadlineOf(m, source)),
  folded: p.q ? foldVietnamese(p.q) || undefined : undefined, filter: p.state, unitId: p.unitId,
});

/** Counts, the matching count and one page of (unit, state, when); the caller adds what each row carries. */
async function page(db: Db, m: MovementRow, actor: Actor, source: Source, p: RollupParams) {
  const q = rollupQuery(m, actor, source, p);
  const limit = p.limit ?? PAGE;
  const offset = p.offset ?? 0;
  const narrowed = q.folded !== undefined || q.filter !== undefined;
  // Readers of the whole scope (board, viewers) have no "own" row: they act for every unit.
  const [counts, matched, rows, own] = await Promise.all([
    rollupCounts(db, q), narrowed ? rollupMatched(db, q) : null, rollupPage(db, q, { limit, offset }),
    q.scopePath === null ? [] : rollupPage(db, { ...q, folded: undefined, filter: undefined, unitId: actor.unitId }, { limit: 1, offset: 0 }),
  ]);
  const deadline = deadlineOf(m, source);
  const present = (r: { id: string; name: string; at: string | null }) => ({ unit: { id: r.id, name: r.name }, state: stateOf(deadline, r.at), at: r.at });
  return {
    head: { deadline, total: counts.total, onTime: counts.onTime, late: counts.sent - counts.onTime, missing: counts.total - counts.sent, matched: matched ?? counts.total, limit, offset },
    rows: rows.map(present), own: own[0] ? present(own[0]) : null,
  };
}

const registrationDetails = async (db: Db, movementId: string, unitIds: string[]) =>
  new Map((unitIds.length ? await db.selectFrom('movement_registrations').selectAll().where('movement_id', '=', movementId).where('unit_id', 'in', unitIds).execute() : []).map((r) => [r.unit_id, r]));

/** The registration roll-up: who registered, when, and their commitments and unit-level targets. */
export async function registrationRollup(db: Db, actor: Actor, id: string, p: RollupParams = {}) {
  const m = await movementOr404(db, id);
  const r = await page(db, m, actor, { kind: 'registration' }, p);
  const regs = await registrationDetails(db, id, [...r.rows, ...(r.own ? [r.own] : [])].map((x) => x.unit.id));
  const present = (row: (typeof r.rows)[number]) => {
    const reg = regs.get(row.unit.id);
    return {
      unit: row.unit, state: row.state, registeredAt: row.at,
      commitments: reg?.commitments ?? null, targets: reg ? (JSON.parse(reg.targets_json) as Array<{ name: string; target: string }>) : [],
    };
  };
  return { ...r.head, own: r.own ? present(r.own) : null, rows: r.rows.map(present) };
}

/** The mid-term or final report roll-up: who sent, when, the text and the files. */
export async function reportRollup(db: Db, actor: Actor, id: string, kind: ReportKind, p: RollupParams = {}) {
  const m = await movementOr404(db, id);
  const r = await page(db, m, actor, { kind: 'report', reportKind: kind }, p);
  const ids = [...r.rows, ...(r.own ? [r.own] : [])].map((x) => x.unit.id);
  const reports = new Map((ids.length ? await db.selectFrom('movement_reports').selectAll().where('movement_id', '=', id).where('kind', '=', kind).where('unit_id', 'in', ids).execute() : []).map((x) => [x.unit_id, x]));
  const present = (row: (typeof r.rows)[number]) => {
    const rep = reports.get(row.unit.id);
    const files = rep ? (JSON.parse(rep.file_ids_json) as Array<{ id: string; name: string }>) : [];
    return {
      unit: row.unit, state: row.state, submittedAt: row.at, body: rep?.body ?? null,
      files: files.map((f) => ({ name: f.name, url: `/api/v1/movements/${id}/reports/${rep!.id}/files/${f.id}` })),
    };
  };
  return { kind, ...r.head, own: r.own ? present(r.own) : null, rows: r.rows.map(present) };
}
