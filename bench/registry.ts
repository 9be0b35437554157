/**
 * Benchmark of the award registry: search, filtered list, next page, stats, and the 500-nominee
 * batch check, at millions of awards, plus a bare Fastify + better-sqlite3 handler running the app's
 * name-search SQL on the same file.
 *
 *   npx tsx bench/registry.ts [--engines sqlite,postgres] [--awards 5000000] [--units 200000]
 *                             [--requests 100] [--warmup 5] [--budget-seconds 20] [--load bulk|app] [--data <kept name>]
 *
 * For each engine: a fresh database (bench/harness.ts), migrated, filled by bench/registry-data.ts
 * (bulk: indexes, FTS and summary built after the rows; app: through the registry's write path),
 * the app on 127.0.0.1:<random port>, the board user logged in over HTTP, then sequential timed GETs.
 */
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import SQLite from 'better-sqlite3';
import Fastify from 'fastify';
import { Kysely, SqliteDialect, sql, type CompiledQuery } from 'kysely';
import { openDatabase, type Database, type Engine } from '../src/db/database.js';
import type { DB } from '../src/db/schema.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { foldVietnamese } from '../src/lib/text.js';
import { checkBatch, type Nominee } from '../src/modules/awards/domain/batch.js';
import type { AwardCode, SubjectHistory } from '../src/modules/awards/domain/types.js';
import { listAwards, type AwardFilter } from '../src/modules/awards/registry/repo.js';
import { BENCH_PASSWORD, BOARD_USER } from './generate.js';
import { analyze, benchConfig, createScratch, enginesFlag, intFlag, login, ms, percentile, startApp, table, timeEndpoint, type Timing } from './harness.js';
import { dbSizeMb, keptDatabase, readMeta } from './kept.js';
import { prng } from './plan.js';
import { generateRegistry, type RegistryData } from './registry-data.js';

interface Options {
  engines: Engine[];
  awards: number;
  units: number;
  requests: number;
  warmup: number;
  budgetMs: number;
  /** Awards on PostgreSQL when different (`--pg-awards`): its load is slower. */
  pgAwards: number | null;
  load: 'bulk' | 'app';
  /** A kept database (`bench/kept.ts load --name …`) instead of a fresh one: nothing loaded, nothing dropped. */
  data: string | null;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { engines: ['sqlite', 'postgres'], awards: 5_000_000, units: 200_000, requests: 100, warmup: 5, budgetMs: 20_000, pgAwards: null, load: 'bulk', data: null };
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    const int = (min: number, max: number): number => intFlag(flag, value, min, max);
    switch (flag) {
      case '--engines':
        opts.engines = enginesFlag(value);
        break;
      case '--awards': opts.awards = int(1000, 20_000_000); break;
      case '--pg-awards': opts.pgAwards = int(1000, 20_000_000); break;
      case '--units': opts.units = int(100, 1_000_000); break;
      case '--requests': opts.requests = int(1, 10_000); break;
      case '--warmup': opts.warmup = int(0, 1000); break;
      case '--budget-seconds': opts.budgetMs = int(1, 3600) * 1000; break;
      case '--load':
        if (value !== 'bulk' && value !== 'app') throw new Error(`--load: bulk or app (got "${value}")`);
        opts.load = value;
        break;
      case '--data': opts.data = value; break;
      default:
        throw new Error(`unknown option ${flag} (known: --engines --awards --pg-awards --units --requests --warmup --budget-seconds --load --data)`);
    }
  }
  return opts;
}

interface Row {
  engine: string;
  endpoint: string;
  n: number;
  truncated: boolean;
  kb: number;
  p50: number;
  p95: number;
}

interface Setup {
  engine: Engine;
  units: number;
  people: number;
  awards: number;
  generateS: number;
  rate: number;
  sizeMb: number;
}

const row = (engine: string, endpoint: string, t: Timing): Row => ({
  engine, endpoint, n: t.samples.length, truncated: t.truncated, kb: t.bytes / 1024, p50: percentile(t.samples, 50), p95: percentile(t.samples, 95),
});

/**
 * The SQL the app runs for a list request, captured from `listAwards` itself through Kysely's log hook;
 * null when it takes more than one statement (the name search's walks): no single statement to replay.
 */
async function appListSql(file: string, filter: AwardFilter): Promise<CompiledQuery | null> {
  const captured: CompiledQuery[] = [];
  const sqlite = new SQLite(file, { readonly: true });
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }), log: (e) => { captured.push(e.query); } });
  try {
    await listAwards(db, filter);
  } finally {
    await db.destroy();
  }
  return captured.length === 1 ? captured[0]! : null;
}

/** A minimal Fastify app: no auth, no schemas; `GET /q/:i` runs the i-th captured statement, prepared once, on the same file. */
async function startBare(file: string, queries: readonly CompiledQuery[]): Promise<{ baseUrl: string; close: () => Promise<void> }> {
  const sqlite = new SQLite(file, { readonly: true });
  const statements = queries.map((q) => ({ stmt: sqlite.prepare(q.sql), params: [...q.parameters] }));
  const app = Fastify({ logger: false });
  app.get('/q/:i', async (request) => {
    const s = statements[Number((request.params as { i: string }).i)];
    return { items: s ? s.stmt.all(...s.params) : [] };
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address() as AddressInfo;
  return { baseUrl: `http://127.0.0.1:${address.port}`, close: async () => { await app.close(); sqlite.close(); } };
}

/** The app's stats for the province must equal a direct count of its live awards (the bulk summary is built apart). */
async function checkStats(database: Database, api: string, cookie: string, province: { id: string; path: string }): Promise<void> {
  const res = await fetch(`${api}/awards/stats?groupBy=awardType&unitId=${province.id}`, { headers: { cookie }, signal: AbortSignal.timeout(60_000) });
  const groups = ((await res.json()) as { groups: Array<{ key: string; count: number }> }).groups;
  const direct = await database.db.selectFrom('awards').select(['award_type', sql<number>`cast(count(*) as integer)`.as('n')])
    .where('revoked', '=', 0).where('unit_path', '>=', province.path).where('unit_path', '<', `${province.path}~`).groupBy('award_type').execute();
  const norm = (m: Array<[string, number]>): string => JSON.stringify(m.sort(([a], [b]) => a.localeCompare(b)));
  const app = norm(groups.map((g) => [g.key, g.count]));
  if (app !== norm(direct.map((d) => [d.award_type, d.n]))) throw new Error(`stats differ from a direct count: ${app}`);
}

/** 500 nominees over 25 units of one year: LĐTT, CSTĐCS with initiatives, collectives with members, cluster flags. */
function nominees(): Nominee[] {
  const rnd = prng(500);
  const year = 2024;
  const out: Nominee[] = [];
  const base = (over: Partial<SubjectHistory>): SubjectHistory => ({ kind: 'individual', ratings: [], titles: [], initiatives: [], scienceWorks: [], disciplines: [], monthsWorked: 12, registered: true, ...over });
  for (let i = 0; i < 500; i++) {
    const unitId = `U${i % 25}`;
    const r = rnd();
    const ratings = Array.from({ length: 6 }, (_, k) => ({ year: year - 5 + k, rating: rnd() < 0.8 ? 'HTXSNV' as const : 'HTTNV' as const }));
    const titles = Array.from({ length: 5 }, (_, k) => ({ year: year - 5 + k, awardType: (k % 3 === 2 ? 'CSTDCS' : 'LDTT') as AwardCode }));
    let awardType: AwardCode;
    let subject: SubjectHistory;
    let clusterId: string | undefined;
    if (r < 0.6) {
      awardType = 'LDTT';
      subject = base({ gender: rnd() < 0.55 ? 'female' : 'male', ratings });
    } else if (r < 0.8) {
      awardType = 'CSTDCS';
      subject = base({ gender: rnd() < 0.5 ? 'female' : 'male', ratings, titles, initiatives: [{ id: `S${i}`, year, scope: 'unit' }] });
    } else if (r < 0.88) {
      awardType = 'CSTD_TINH';
      subject = base({ ratings, titles, initiatives: [{ id: `S${i}`, year, scope: 'province' }], scienceWorks: [{ year, scope: 'province' }] });
    } else {
      awardType = r < 0.95 ? 'TTLDTT' : r < 0.98 ? 'TTLDXS' : 'CO_TINH';
      const total = 10 + Math.floor(rnd() * 40);
      subject = base({
        kind: 'collective', ratings, titles: titles.map((t) => ({ ...t, awardType: 'TTLDXS' as AwardCode })), clusterLeader: rnd() < 0.1, exceededTargets: true,
        members: { total, ldtt: Math.floor(total * (0.6 + 0.4 * rnd())), cstdcs: 2, completedDuties: total, disciplinedWarningOrAbove: 0, women: Math.floor(total * rnd()) },
      });
      clusterId = awardType === 'CO_TINH' ? `K${i % 4}` : undefined;
    }
    out.push({ id: `N${i}`, awardType, year, decisionDate: `${year + 1}-02-15`, subject, unitId, ...(clusterId ? { clusterId } : {}) });
  }
  return out;
}

function timeBatch(runs: number): Row {
  const list = nominees();
  for (let i = 0; i < 3; i++) checkBatch(list);
  const samples: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const result = checkBatch(list);
    samples.push(performance.now() - t);
    bytes = JSON.stringify(result).length;
  }
  return { engine: 'in process', endpoint: 'checkBatch, 500 nominees', n: runs, truncated: false, kb: bytes / 1024, p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

/** A fresh database filled by the generator, or the kept one named by `--data`. */
async function prepare(engine: Engine, awards: number, opts: Options): Promise<{ url: string; dataDir: string; database: Database; data: RegistryData; setup: Setup; drop: () => Promise<void> }> {
  if (opts.data) {
    const kept = keptDatabase(engine, opts.data);
    const meta = readMeta(engine, opts.data);
    const database = openDatabase(kept.url);
    const d = meta.data;
    const setup = { engine, units: d.units, people: d.people, awards: d.awards, generateS: meta.generateS, rate: d.awards / meta.generateS, sizeMb: await dbSizeMb(database) };
    return { ...kept, database, data: d, setup, drop: () => Promise.resolve() };
  }
  const scratch = await createScratch(engine);
  const database = openDatabase(scratch.url);
  await migrateToLatest(database);
  // Bulk load only: a 256 MB page cache while the indexes grow (reset to SQLite's default before timing).
  if (engine === 'sqlite') await sql`pragma cache_size = -262144`.execute(database.db);
  const t = performance.now();
  let lastLog = t;
  const data: RegistryData = await generateRegistry(database.db, {
    awards, units: opts.units, load: opts.load,
    onProgress: (n) => {
      const now = performance.now();
      if (now - lastLog > 15_000) {
        lastLog = now;
        console.info(`  ${engine}: ${n} awards in ${((now - t) / 1000).toFixed(0)} s (${Math.round(n / ((now - t) / 1000))}/s)`);
      }
    },
  });
  await analyze(database, false);
  // What autovacuum does after a bulk insert within minutes: the visibility map lets stats read the covering index alone.
  if (engine === 'postgres') await sql`vacuum award_stats`.execute(database.db);
  const generateS = (performance.now() - t) / 1000;
  if (engine === 'sqlite') {
    await sql`pragma wal_checkpoint(TRUNCATE)`.execute(database.db);
    await sql`pragma cache_size = -2000`.execute(database.db);
  }
  const setup = { engine, units: data.units, people: data.people, awards: data.awards, generateS, rate: data.awards / generateS, sizeMb: await dbSizeMb(database) };
  return { url: scratch.url, dataDir: scratch.dataDir, database, data, setup, drop: scratch.drop };
}

async function benchEngine(engine: Engine, awards: number, opts: Options, results: Row[], setups: Setup[], bareRows: Row[]): Promise<void> {
  const { url, dataDir, database, data, setup, drop } = await prepare(engine, awards, opts);
  let running: Awaited<ReturnType<typeof startApp>> | undefined;
  let bare: Awaited<ReturnType<typeof startBare>> | undefined;
  try {
    setups.push(setup);
    console.info(`${engine}: ${data.units} units, ${data.people} people, ${data.awards} awards in ${setup.generateS.toFixed(1)} s, ${setup.sizeMb.toFixed(0)} MB`
      + ` (province ${data.provinceName}, rare name "${data.rareName}", decision "${data.decisionNumber}")`);

    running = await startApp(database, benchConfig(url, dataDir));
    const cookie = await login(running.baseUrl, BOARD_USER, BENCH_PASSWORD);
    const api = `${running.baseUrl}/api/v1`;
    const province = await database.db.selectFrom('units').select(['id', 'path']).where('id', '=', data.provinceId).executeTakeFirstOrThrow();
    await checkStats(database, api, cookie, province);
    const filtered = `${api}/awards?unitId=${data.provinceId}&yearFrom=2018&yearTo=2022&awardType=LDTT&limit=50`;
    const first = await fetch(filtered, { headers: { cookie }, signal: AbortSignal.timeout(60_000) });
    const { nextCursor } = (await first.json()) as { nextCursor: string | null };
    const q = (text: string): string => encodeURIComponent(text);
    const endpoints: Array<{ name: string; url: string }> = [
      { name: 'search "nguyen van"', url: `${api}/awards?q=${q('nguyen van')}&limit=50` },
      { name: 'same, with count (≤ 10 000)', url: `${api}/awards?q=${q('nguyen van')}&limit=50&count=true` },
      { name: `search rare name`, url: `${api}/awards?q=${q(foldVietnamese(data.rareName))}&limit=50` },
      { name: 'search decision number', url: `${api}/awards?q=${q(data.decisionNumber)}&limit=50` },
      { name: 'list province+years+LDTT', url: filtered },
      ...(nextCursor ? [{ name: 'same, next page (cursor)', url: `${filtered}&cursor=${q(nextCursor)}` }] : []),
      { name: 'stats groupBy=awardType', url: `${api}/awards/stats?groupBy=awardType&unitId=${data.provinceId}` },
      { name: 'stats groupBy=unit', url: `${api}/awards/stats?groupBy=unit&unitId=${data.provinceId}` },
    ];
    for (const e of endpoints) {
      const timing = await timeEndpoint(e.url, cookie, { requests: opts.requests, warmup: opts.warmup, budgetMs: opts.budgetMs });
      const r = row(engine, e.name, timing);
      results.push(r);
      console.info(`  ${e.name}: n=${r.n}${r.truncated ? ' (time budget)' : ''} p50=${r.p50.toFixed(2)} ms p95=${r.p95.toFixed(2)} ms`);
    }

    if (engine === 'sqlite' && database.sqliteFile) {
      // The same searches and filtered list through a bare handler on the same file, with the app's own SQL (51 rows: page + 1).
      const cases: Array<[string, AwardFilter]> = [
        ['search "nguyen van"', { path: null, folded: 'nguyen van', limit: 51 }],
        ['search rare name', { path: null, folded: foldVietnamese(data.rareName), limit: 51 }],
        ['list province+years+LDTT', { path: province.path, yearFrom: 2018, yearTo: 2022, awardType: 'LDTT', limit: 51 }],
      ];
      const replayed: Array<[string, CompiledQuery]> = [];
      for (const [name, filter] of cases) {
        const query = await appListSql(database.sqliteFile, filter);
        if (query) replayed.push([name, query]);
        else console.info(`  bare ${name}: skipped (the app runs several statements)`);
      }
      bare = await startBare(database.sqliteFile, replayed.map(([, query]) => query));
      for (const [i, [name]] of replayed.entries()) {
        const timing = await timeEndpoint(`${bare.baseUrl}/q/${i}`, '', { requests: opts.requests, warmup: opts.warmup, budgetMs: opts.budgetMs });
        const r = row('sqlite bare', name, timing);
        bareRows.push(r);
        console.info(`  bare ${name}: n=${r.n} p50=${r.p50.toFixed(2)} ms p95=${r.p95.toFixed(2)} ms`);
      }
    }
  } finally {
    if (bare) await bare.close();
    if (running) await running.app.close();
    await database.close();
    await drop();
  }
}


function report(opts: Options, setups: Setup[], results: Row[], bareRows: Row[], batch: Row): void {
  const out: string[] = ['', 'Data generation (units / people / awards; size after checkpoint, PostgreSQL after ANALYZE):', ''];
  out.push(table(['engine', 'units', 'people', 'awards', 'generate s', 'awards/s', 'DB MB'],
    setups.map((s) => [s.engine, String(s.units), String(s.people), String(s.awards), s.generateS.toFixed(1), s.rate.toFixed(0), s.sizeMb.toFixed(0)])));
  out.push('', `Latency through the app over HTTP as the board user (sequential, after ${opts.warmup} warm-up; * = stopped by the ${opts.budgetMs / 1000} s budget):`, '');
  const all = [...results, ...bareRows, batch];
  out.push(table(['engine', 'endpoint', 'n', 'KB', 'p50 ms', 'p95 ms'],
    all.map((r) => [r.engine, r.endpoint, `${r.n}${r.truncated ? '*' : ''}`, r.kb.toFixed(1), ms(r.p50), ms(r.p95)])));
  if (bareRows.length) {
    out.push('', 'App vs bare Fastify + better-sqlite3 (same SQL, same file):', '');
    out.push(table(['query', 'app p50', 'bare p50', 'p50 ratio', 'app p95', 'bare p95', 'p95 ratio'], bareRows.map((b) => {
      const a = results.find((r) => r.engine === 'sqlite' && r.endpoint === b.endpoint);
      const ratio = (x: number | undefined, y: number): string => (x !== undefined && y > 0 ? `${(x / y).toFixed(2)}×` : '–');
      return [b.endpoint, ms(a?.p50 ?? Number.NaN), ms(b.p50), ratio(a?.p50, b.p50), ms(a?.p95 ?? Number.NaN), ms(b.p95), ratio(a?.p95, b.p95)];
    })));
  }
  console.info(out.join('\n'));
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const results: Row[] = [];
  const setups: Setup[] = [];
  const bareRows: Row[] = [];
  const batch = timeBatch(20);
  console.info(`checkBatch 500 nominees: p50 ${batch.p50.toFixed(2)} ms, p95 ${batch.p95.toFixed(2)} ms`);
  for (const engine of opts.engines) {
    await benchEngine(engine, engine === 'postgres' ? (opts.pgAwards ?? opts.awards) : opts.awards, opts, results, setups, bareRows);
  }
  report(opts, setups, results, bareRows, batch);
  console.info(`\nTotal ${((performance.now() - started) / 1000).toFixed(0)} s; Node ${process.version}.`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
