/**
 * A kept benchmark database: loaded once (the demo, then the synthetic register in bulk), then reused
 * by `registry.ts --data <name>` and `portal.ts --data <name>`, so code before and after a change is
 * measured on the same rows without reloading 5 M awards (~40 min an engine here).
 *
 *   npx tsx bench/kept.ts load --name 5m --engines sqlite,postgres --awards 5000000 --units 200000
 *   npx tsx bench/kept.ts drop --name 5m --engines sqlite,postgres
 *
 * SQLite: `$BENCH_DATA/<name>/bench.sqlite` (default /work/bench-data); PostgreSQL: the database
 * `thidua_kept_<name>`. The load's figures and the generated data's landmarks are kept beside it in
 * `$BENCH_DATA/<name>/<engine>.json`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { openDatabase, type Database, type Engine } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { seedDemo } from '../src/db/seed/demo.js';
import { BENCH_PASSWORD } from './generate.js';
import { adminQuery, analyze, enginesFlag, ensurePostgres, intFlag } from './harness.js';
import { generateRegistry, type RegistryData } from './registry-data.js';

const DATA_ROOT = process.env.BENCH_DATA ?? '/work/bench-data';

export interface Kept {
  url: string;
  dataDir: string;
}

export interface KeptMeta {
  data: RegistryData;
  generateS: number;
  sizeMb: number;
}

function checkName(name: string): string {
  if (!/^[a-z0-9_]{1,30}$/.test(name)) throw new Error(`--name: a-z, 0-9 and _ only (got "${name}")`);
  return name;
}

/** Where the kept database of `name` lives (it may not exist yet). */
export function keptDatabase(engine: Engine, name: string): Kept {
  const dataDir = path.join(DATA_ROOT, checkName(name));
  const url = engine === 'sqlite' ? `sqlite:${path.join(dataDir, 'bench.sqlite')}` : `postgres://postgres@127.0.0.1:5432/thidua_kept_${name}`;
  return { url, dataDir };
}

export function readMeta(engine: Engine, name: string): KeptMeta {
  const file = path.join(keptDatabase(engine, name).dataDir, `${engine}.json`);
  if (!fs.existsSync(file)) throw new Error(`no kept ${engine} database "${name}" (run bench/kept.ts load first)`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as KeptMeta;
}

export async function dbSizeMb(database: Database): Promise<number> {
  if (database.engine === 'sqlite' && database.sqliteFile) {
    const file = database.sqliteFile;
    const size = (f: string): number => (fs.existsSync(f) ? fs.statSync(f).size : 0);
    return (size(file) + size(`${file}-wal`)) / 1048576;
  }
  const { rows } = await sql<{ b: string }>`select pg_database_size(current_database())::text as b`.execute(database.db);
  return Number(rows[0]?.b ?? 0) / 1048576;
}

async function load(engine: Engine, name: string, awards: number, units: number): Promise<void> {
  const kept = keptDatabase(engine, name);
  fs.mkdirSync(kept.dataDir, { recursive: true });
  if (engine === 'postgres') {
    await ensurePostgres();
    await adminQuery(`CREATE DATABASE thidua_kept_${name}`);
  }
  const database = openDatabase(kept.url);
  try {
    await migrateToLatest(database);
    await seedDemo(database.db, BENCH_PASSWORD);
    if (engine === 'sqlite') await sql`pragma cache_size = -262144`.execute(database.db);
    const t = performance.now();
    let lastLog = t;
    const data = await generateRegistry(database.db, {
      awards, units, load: 'bulk',
      onProgress: (n) => {
        const now = performance.now();
        if (now - lastLog < 60_000) return;
        lastLog = now;
        console.info(`  ${engine}: ${n} awards in ${((now - t) / 1000).toFixed(0)} s`);
      },
    });
    await analyze(database, false);
    // What autovacuum does after a bulk insert within minutes: the visibility map lets stats read the covering index alone.
    if (engine === 'postgres') await sql`vacuum analyze awards, award_stats`.execute(database.db);
    if (engine === 'sqlite') await sql`pragma wal_checkpoint(TRUNCATE)`.execute(database.db);
    const meta: KeptMeta = { data, generateS: (performance.now() - t) / 1000, sizeMb: await dbSizeMb(database) };
    fs.writeFileSync(path.join(kept.dataDir, `${engine}.json`), JSON.stringify(meta, null, 2));
    console.info(`${engine}: loaded in ${meta.generateS.toFixed(0)} s, ${meta.sizeMb.toFixed(0)} MB`, data);
  } finally {
    await database.close();
  }
}

async function drop(engine: Engine, name: string): Promise<void> {
  const kept = keptDatabase(engine, name);
  if (engine === 'postgres') await adminQuery(`DROP DATABASE IF EXISTS thidua_kept_${name}`);
  else fs.rmSync(path.join(kept.dataDir, 'bench.sqlite'), { force: true });
  fs.rmSync(path.join(kept.dataDir, `${engine}.json`), { force: true });
  if (fs.existsSync(kept.dataDir) && fs.readdirSync(kept.dataDir).length === 0) fs.rmdirSync(kept.dataDir);
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  let name = '';
  let engines: Engine[] = ['sqlite', 'postgres'];
  let awards = 5_000_000;
  let units = 200_000;
  for (let i = 0; i < rest.length; i += 2) {
    const [flag, value] = [rest[i], rest[i + 1]];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (flag === '--name') name = checkName(value);
    else if (flag === '--engines') engines = enginesFlag(value);
    else if (flag === '--awards') awards = intFlag(flag, value, 1000, 20_000_000);
    else if (flag === '--units') units = intFlag(flag, value, 100, 1_000_000);
    else throw new Error(`unknown option ${flag} (known: --name --engines --awards --units)`);
  }
  if (!name) throw new Error('--name is required');
  if (command === 'load') for (const e of engines) await load(e, name, awards, units);
  else if (command === 'drop') for (const e of engines) await drop(e, name);
  else throw new Error('usage: bench/kept.ts load|drop --name <name> [--engines …] [--awards …] [--units …]');
}

if (process.argv[1]?.endsWith('kept.ts')) await main();
