/**
 * Benchmark of the dashboard and indicator endpoints at 1× and 100× the demo's size.
 *
 *   npx tsx bench/run.ts [--engines sqlite,postgres] [--scales 1,100] [--requests 200]
 *                        [--warmup 10] [--budget-seconds 30] [--analyze]
 *
 * For each engine and scale: a fresh database, migrated and filled by bench/generate.ts, the app on
 * 127.0.0.1:<random port>, a board user logged in over HTTP, then sequential timed GETs.
 */
import { performance } from 'node:perf_hooks';
import type { Engine } from '../src/db/database.js';
import { openDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { BENCH_PASSWORD, BOARD_USER, generate, type Generated } from './generate.js';
import { analyze, benchConfig, createScratch, enginesFlag, intFlag, login, ms, percentile, startApp, table, timeEndpoint } from './harness.js';

const AS_OF = '2024-10-15';

interface Options {
  engines: Engine[];
  scales: number[];
  requests: number;
  warmup: number;
  budgetMs: number;
  analyze: boolean;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { engines: ['sqlite', 'postgres'], scales: [1, 100], requests: 200, warmup: 10, budgetMs: 30_000, analyze: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--analyze') {
      opts.analyze = true;
      continue;
    }
    const value = argv[i + 1];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    i++;
    const int = (min: number, max: number): number => intFlag(flag, value, min, max);
    switch (flag) {
      case '--engines':
        opts.engines = enginesFlag(value);
        break;
      case '--scales':
        opts.scales = value.split(',').map((s) => {
          const n = Number(s);
          if (!Number.isInteger(n) || n < 1 || n > 200) throw new Error(`--scales: integers in 1..200 (got "${s}")`);
          return n;
        });
        break;
      case '--requests':
        opts.requests = int(1, 10_000);
        break;
      case '--warmup':
        opts.warmup = int(0, 1000);
        break;
      case '--budget-seconds':
        opts.budgetMs = int(1, 3600) * 1000;
        break;
      default:
        throw new Error(`unknown option ${flag} (known: --engines --scales --requests --warmup --budget-seconds --analyze)`);
    }
  }
  return opts;
}

interface Row {
  engine: Engine;
  scale: number;
  rows: string;
  endpoint: string;
  n: number;
  truncated: boolean;
  kb: number;
  p50: number;
  p95: number;
}

interface SetupRow {
  engine: Engine;
  scale: number;
  rows: string;
  migrateMs: number;
  generateMs: number;
}

const endpoints = (g: Generated): Array<{ name: string; path: string }> => [
  { name: 'movement dashboard', path: `/api/v1/movements/${g.latestMovementId}/dashboard?asOf=${AS_OF}` },
  { name: 'public dashboard', path: `/api/v1/public/dashboard/2024?asOf=${AS_OF}` },
  { name: 'evaluation (leaf)', path: `/api/v1/indicators/${g.leafIndicatorId}/evaluation?asOf=${AS_OF}` },
  { name: 'evaluation (group)', path: `/api/v1/indicators/${g.groupIndicatorId}/evaluation?asOf=${AS_OF}` },
  { name: 'value history', path: `/api/v1/indicators/${g.leafIndicatorId}/values` },
];

async function benchOne(engine: Engine, scale: number, opts: Options, results: Row[], setups: SetupRow[]): Promise<void> {
  const scratch = await createScratch(engine);
  const database = openDatabase(scratch.url);
  let running: Awaited<ReturnType<typeof startApp>> | undefined;
  try {
    let t = performance.now();
    await migrateToLatest(database);
    const migrateMs = performance.now() - t;
    t = performance.now();
    const g = await generate(database.db, { scale });
    await analyze(database, opts.analyze);
    const generateMs = performance.now() - t;
    const rows = `${g.units}/${g.indicators}/${g.values}`;
    setups.push({ engine, scale, rows, migrateMs, generateMs });
    console.info(`${engine} ×${scale}: ${g.units} units, ${g.movements} movements, ${g.indicators} indicators, ${g.values} values, generated in ${(generateMs / 1000).toFixed(1)} s`);

    running = await startApp(database, benchConfig(scratch.url, scratch.dataDir));
    const cookie = await login(running.baseUrl, BOARD_USER, BENCH_PASSWORD);
    for (const e of endpoints(g)) {
      const timing = await timeEndpoint(`${running.baseUrl}${e.path}`, cookie, { requests: opts.requests, warmup: opts.warmup, budgetMs: opts.budgetMs });
      const row: Row = {
        engine, scale, rows, endpoint: e.name, n: timing.samples.length, truncated: timing.truncated,
        kb: timing.bytes / 1024, p50: percentile(timing.samples, 50), p95: percentile(timing.samples, 95),
      };
      results.push(row);
      console.info(`  ${e.name}: n=${row.n}${row.truncated ? ' (time budget)' : ''} p50=${row.p50.toFixed(2)} ms p95=${row.p95.toFixed(2)} ms`);
    }
  } finally {
    if (running) await running.app.close();
    await database.close();
    await scratch.drop();
  }
}

const ratio = (a: number | undefined, b: number | undefined): string => (a !== undefined && b !== undefined && b > 0 ? `${(a / b).toFixed(1)}×` : '–');

function report(opts: Options, results: Row[], setups: SetupRow[]): void {
  const out: string[] = [];
  out.push('', 'Data generation (rows = units/indicators/values over 10 movements):', '');
  out.push(table(['engine', 'scale', 'rows', 'migrate ms', 'generate s'],
    setups.map((s) => [s.engine, `${s.scale}×`, s.rows, s.migrateMs.toFixed(0), (s.generateMs / 1000).toFixed(2)])));
  out.push('', `Latency (sequential requests after ${opts.warmup} warm-up; asOf ${AS_OF}; * = stopped by the ${opts.budgetMs / 1000} s budget;`
    + ` SQLite ${opts.analyze ? 'analyzed' : 'without ANALYZE, as the app runs it'}):`, '');
  out.push(table(['engine', 'scale', 'rows', 'endpoint', 'n', 'KB', 'p50 ms', 'p95 ms'],
    results.map((r) => [r.engine, `${r.scale}×`, r.rows, r.endpoint, `${r.n}${r.truncated ? '*' : ''}`, r.kb.toFixed(1), ms(r.p50), ms(r.p95)])));
  const lo = Math.min(...opts.scales);
  const hi = Math.max(...opts.scales);
  if (hi > lo) {
    out.push('', `Ratio ${hi}×/${lo}× (same engine, same endpoint):`, '');
    const ratios: string[][] = [];
    for (const r of results.filter((x) => x.scale === hi)) {
      const base = results.find((x) => x.engine === r.engine && x.scale === lo && x.endpoint === r.endpoint);
      ratios.push([r.engine, r.endpoint, ratio(r.p50, base?.p50), ratio(r.p95, base?.p95)]);
    }
    out.push(table(['engine', 'endpoint', 'p50 ratio', 'p95 ratio'], ratios));
  }
  console.info(out.join('\n'));
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const results: Row[] = [];
  const setups: SetupRow[] = [];
  const started = performance.now();
  for (const engine of opts.engines) {
    for (const scale of opts.scales) await benchOne(engine, scale, opts, results, setups);
  }
  report(opts, results, setups);
  console.info(`\nTotal ${((performance.now() - started) / 1000).toFixed(0)} s; Node ${process.version}.`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
