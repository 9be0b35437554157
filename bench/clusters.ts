/**
 * Benchmark of clusters and registration: the ranking of a cluster of 100 units × 60 criteria (the
 * pure ranking, and GET /clusters/:id/results end to end) and the registration roll-up of a movement
 * with 5,000 units in scope (GET /movements/:id/registrations, paged and filtered, and its Excel export).
 *
 *   npx tsx bench/clusters.ts [--engines sqlite,postgres] [--requests 50]
 */
import { performance } from 'node:perf_hooks';
import type { Kysely } from 'kysely';
import type { Engine } from '../src/db/database.js';
import { openDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import type { DB } from '../src/db/schema.js';
import { newId } from '../src/lib/ids.js';
import { foldVietnamese } from '../src/lib/text.js';
import { hashPassword } from '../src/modules/auth/passwords.js';
import { rank } from '../src/modules/clusters/domain/ranking.js';
import { totals, type Score } from '../src/modules/clusters/domain/scoring.js';
import type { Template } from '../src/modules/clusters/domain/template.js';
import { analyze, benchConfig, createScratch, login, ms, percentile, startApp, table, timeEndpoint } from './harness.js';

const UNITS = 5000;
const MEMBERS = 100;
const GROUPS = 6;
const PER_GROUP = 10;
const PASSWORD = 'bench-Password-1';
const NOW = '2024-06-01T00:00:00.000Z';

/** A deterministic pseudo-random sequence, so every run scores the same. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1_664_525 + 1_013_904_223) >>> 0) / 2 ** 32);
}

async function inBatches<T>(rows: T[], size: number, write: (slice: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}

/** A province of 5,000 units, a movement over all of them (60 % registered), one cluster of 100 scored on 60 criteria. */
async function fill(db: Kysely<DB>): Promise<{ movementId: string; clusterId: string }> {
  const rnd = prng(7);
  const rootId = newId();
  const units = [{ id: rootId, code: 'ROOT', name: 'Tỉnh', kind: 'province', parent_id: null as string | null, path: `/${rootId}/`, depth: 0 }];
  for (let i = 0; i < UNITS; i++) {
    const id = newId();
    units.push({ id, code: `U${i}`, name: `Đơn vị ${i}`, kind: 'commune', parent_id: rootId, path: `/${rootId}/${id}/`, depth: 1 });
  }
  await inBatches(units, 500, (s) => db.insertInto('units').values(s.map((u) => ({ ...u, short_name: null, valid_from: null, valid_to: null, successor_id: null, active: 1, search: foldVietnamese(u.name), created_at: NOW, updated_at: NOW }))).execute());
  const userId = newId();
  await db.insertInto('users').values({ id: userId, username: 'board', full_name: 'Ban TĐKT', search: 'ban tdkt', unit_id: rootId, person_id: null, password_hash: await hashPassword(PASSWORD), must_change_password: 0, active: 1, created_at: NOW, updated_at: NOW }).execute();
  await db.insertInto('user_roles').values({ user_id: userId, role: 'board' }).execute();

  const movementId = newId();
  await db.insertInto('movements').values({
    id: movementId, code: 'BENCH', title: 'Phong trào', search: 'phong trao', theme: '', kind: 'regular', status: 'launched', year: 2024, directive_number: '1/CT',
    directive_date: '2024-01-05', directive_signer: 'x', period_start: '2024-01-01', period_end: '2024-12-31', contents_json: '["x"]', owner_unit_id: rootId,
    registration_deadline: '2024-03-31', mid_term_deadline: null, final_deadline: null, launched_at: NOW, created_at: NOW, updated_at: NOW,
  }).execute();
  const scope = units.slice(1);
  await inBatches(scope, 500, (s) => db.insertInto('movement_units').values(s.map((u) => ({ movement_id: movementId, unit_id: u.id }))).execute());
  const registered = scope.filter(() => rnd() < 0.6);
  await inBatches(registered, 300, (s) => db.insertInto('movement_registrations').values(s.map((u) => {
    const at = rnd() < 0.8 ? '2024-03-15T02:00:00.000Z' : '2024-04-10T02:00:00.000Z';
    return { id: newId(), movement_id: movementId, unit_id: u.id, commitments: 'Hoàn thành các chỉ tiêu được giao', targets_json: '[]', registered_by: userId, registered_at: at, updated_at: at };
  })).execute());

  const clusterId = newId();
  const members = scope.slice(0, MEMBERS);
  await db.insertInto('clusters').values({ id: clusterId, year: 2024, kind: 'cluster', name: 'Cụm', search: 'cum', leader_unit_id: members[0]!.id, deputy_unit_id: members[1]!.id, pact_number: null, pact_date: null, pact_file_id: null, is_demo: 0, published_at: null, created_at: NOW, updated_at: NOW }).execute();
  await db.insertInto('cluster_members').values(members.map((u) => ({ cluster_id: clusterId, unit_id: u.id }))).execute();
  const criteria: Array<{ id: string; max: number }> = [];
  let order = 0;
  for (let g = 0; g < GROUPS; g++) {
    const gid = newId();
    await db.insertInto('cluster_criteria').values({ id: gid, cluster_id: clusterId, group_id: null, order_no: ++order, code: `${g + 1}`, title: `Nhóm ${g + 1}`, guidance: '', evidence: '', kind: 'group', source: 'manual', max_points: 0 }).execute();
    const rows = Array.from({ length: PER_GROUP }, (_, i) => ({ id: newId(), cluster_id: clusterId, group_id: gid, order_no: ++order, code: `${g + 1}.${i + 1}`, title: `Tiêu chí ${g + 1}.${i + 1}`, guidance: '', evidence: '', kind: 'standard', source: 'manual', max_points: 10 }));
    await db.insertInto('cluster_criteria').values(rows).execute();
    criteria.push(...rows.map((r) => ({ id: r.id, max: r.max_points })));
  }
  for (const u of members) {
    const cardId = newId();
    await db.insertInto('scorecards').values({ id: cardId, cluster_id: clusterId, unit_id: u.id, status: 'approved', return_reason: null, submitted_at: NOW, assessed_by: userId, assessed_at: NOW, approved_by: userId, approved_at: NOW, updated_at: NOW }).execute();
    await db.insertInto('scorecard_scores').values(criteria.map((c) => {
      const pts = Math.round(rnd() * c.max * 2) / 2;
      return { scorecard_id: cardId, criterion_id: c.id, self_points: pts, self_note: null, evidence_url: null, evidence_file_id: null, assessed_points: pts, assessed_note: null };
    })).execute();
  }
  return { movementId, clusterId };
}

/** The pure ranking alone: totals of 100 scorecards over 60 criteria, then the sort with tie-breaks. */
function pureRanking(runs: number): number[] {
  const rnd = prng(11);
  const template: Template = Array.from({ length: GROUPS }, (_, g) => ({
    id: `g${g}`, code: `${g}`, title: '', criteria: Array.from({ length: PER_GROUP }, (_, i) => ({ id: `c${g}.${i}`, code: `${g}.${i}`, title: '', guidance: '', evidence: '', kind: 'standard' as const, source: 'manual' as const, maxPoints: 10 })),
  }));
  const cards = Array.from({ length: MEMBERS }, (_, u) => ({
    name: `Đơn vị ${u}`,
    scores: new Map<string, Score>(template.flatMap((g) => g.criteria).map((c) => [c.id, { self: null, assessed: Math.round(rnd() * 20) / 2 }])),
  }));
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const withTotals = cards.map((c) => ({ ...c, totals: totals(template, c.scores) }));
    rank(withTotals, (c) => c.totals, (c) => c.name);
    samples.push(performance.now() - start);
  }
  return samples;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const arg = (flag: string, fallback: string) => { const i = args.indexOf(flag); return i >= 0 ? args[i + 1] ?? fallback : fallback; };
  const engines = arg('--engines', 'sqlite,postgres').split(',') as Engine[];
  const requests = Number(arg('--requests', '50'));
  const pure = pureRanking(200);
  console.info(`pure ranking, ${MEMBERS} units × ${GROUPS * PER_GROUP} criteria: p50 ${ms(percentile(pure, 50))} ms, p95 ${ms(percentile(pure, 95))} ms (200 runs)\n`);
  const rows: string[][] = [];
  for (const engine of engines) {
    const scratch = await createScratch(engine);
    const database = openDatabase(scratch.url);
    try {
      await migrateToLatest(database);
      const t0 = performance.now();
      const { movementId, clusterId } = await fill(database.db);
      console.info(`${engine}: data written in ${ms(performance.now() - t0)} ms`);
      await analyze(database, false);
      const running = await startApp(database, benchConfig(scratch.url, scratch.dataDir));
      try {
        const cookie = await login(running.baseUrl, 'board', PASSWORD);
        const rollup = `/api/v1/movements/${movementId}`;
        for (const [name, path] of [
          ['cluster results (100 × 60)', `/api/v1/clusters/${clusterId}/results`],
          ['registration roll-up, first page of 50 (5,000 units)', `${rollup}/registrations`],
          ['same, page 60 (offset 2,950)', `${rollup}/registrations?offset=2950`],
          ['same, late only + name "don vi 12"', `${rollup}/registrations?state=late&q=${encodeURIComponent('đơn vị 12')}`],
          ['whole roll-up as Excel (5,000 rows)', `${rollup}/rollup.xlsx`],
        ] as const) {
          const t = await timeEndpoint(`${running.baseUrl}${path}`, cookie, { requests, warmup: 3, budgetMs: 60_000 });
          rows.push([engine, name, String(t.samples.length), ms(percentile(t.samples, 50)), ms(percentile(t.samples, 95)), ms(Math.max(...t.samples)), `${Math.round(t.bytes / 1024)} KiB`]);
        }
      } finally {
        await running.app.close();
      }
    } finally {
      await database.close();
      await scratch.drop();
    }
  }
  console.info(`\n${table(['engine', 'endpoint', 'n', 'p50 ms', 'p95 ms', 'max ms', 'answer'], rows)}`);
}

await main();
