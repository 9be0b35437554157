/**
 * Benchmark plumbing: a throw-away database per engine, the app on a loopback port, a logged-in
 * HTTP client and a bounded timing loop. Nothing here is used by the app.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import pg from 'pg';
import type { Config } from '../src/config.js';
import type { Database, Engine } from '../src/db/database.js';
import { buildApp, type App } from '../src/server/app.js';

export const PG_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export interface Scratch {
  url: string;
  dataDir: string;
  drop(): Promise<void>;
}

async function pgReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Starts the local cluster when it is down (the Debian cluster `main` of the installed version). */
export async function ensurePostgres(): Promise<void> {
  if (await pgReachable()) return;
  const version = fs.readdirSync('/etc/postgresql').sort().at(-1);
  if (!version) throw new Error('PostgreSQL is not installed (/etc/postgresql is empty)');
  console.info(`PostgreSQL is down: starting cluster ${version}/main`);
  execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'start'], { stdio: 'inherit', timeout: 60_000 });
  for (let i = 0; i < 30 && !(await pgReachable()); i++) await new Promise((r) => setTimeout(r, 500));
  if (!(await pgReachable())) throw new Error(`PostgreSQL does not answer on ${PG_ADMIN_URL}`);
}

export async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** A fresh, empty database: a temporary SQLite file, or a new PostgreSQL database. */
export async function createScratch(engine: Engine): Promise<Scratch> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-bench-'));
  const removeDir = (): void => fs.rmSync(dataDir, { recursive: true, force: true });
  if (engine === 'sqlite') {
    return { url: `sqlite:${path.join(dataDir, 'bench.sqlite')}`, dataDir, drop: () => Promise.resolve(removeDir()) };
  }
  await ensurePostgres();
  const name = `thidua_bench_${randomBytes(6).toString('hex')}`; // [a-z0-9_] only: safe to splice
  await adminQuery(`CREATE DATABASE ${name}`);
  return {
    url: `postgres://postgres@127.0.0.1:5432/${name}`,
    dataDir,
    drop: async () => {
      removeDir();
      // The app's pool may still be closing its sockets: wait for them rather than kill them
      // (a forced drop makes the closing clients emit unhandled errors); force only as a last resort.
      for (let i = 0; i < 20; i++) {
        try {
          return await adminQuery(`DROP DATABASE IF EXISTS ${name}`);
        } catch {
          await new Promise((r) => setTimeout(r, 250));
        }
      }
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/**
 * PostgreSQL's autovacuum would analyze the freshly loaded tables within a minute; do it now so
 * the planner has statistics. SQLite is left as the app leaves it (the app never runs ANALYZE)
 * unless `sqliteToo` (the `--analyze` option, to measure what statistics would change).
 */
export async function analyze(database: Database, sqliteToo: boolean): Promise<void> {
  if (database.engine === 'postgres' || sqliteToo) await sql`analyze`.execute(database.db);
}

export function benchConfig(url: string, dataDir: string): Config {
  return {
    databaseUrl: url, dataDir, port: 0, host: '127.0.0.1', cookieSecure: false, trustProxy: false,
    demoPassword: undefined, sessionHours: 12,
  };
}

export interface Running {
  app: App;
  baseUrl: string;
}

export async function startApp(database: Database, config: Config): Promise<Running> {
  const app = await buildApp({ database, config }, { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address() as AddressInfo;
  return { app, baseUrl: `http://127.0.0.1:${address.port}` };
}

const REQUEST_TIMEOUT_MS = 60_000;

/** Logs in over HTTP and returns the session cookie (`thidua_session=…`). */
export async function login(baseUrl: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  if (res.status !== 200) throw new Error(`login as ${username}: HTTP ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0] ?? '').find((c) => c.startsWith('thidua_session='));
  if (!cookie) throw new Error('login: no session cookie in the answer');
  return cookie;
}

export interface Timing {
  samples: number[];
  /** Bytes of the last answer, to show what was measured. */
  bytes: number;
  /** True when the time budget stopped the loop before `requests`. */
  truncated: boolean;
}

/** One request, body read to the end; fails on anything but 200. */
async function timedGet(url: string, cookie: string): Promise<{ ms: number; bytes: number }> {
  const start = performance.now();
  const res = await fetch(url, { headers: { cookie }, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  const body = await res.arrayBuffer();
  const ms = performance.now() - start;
  if (res.status !== 200) throw new Error(`GET ${url}: HTTP ${res.status} ${Buffer.from(body).toString('utf8').slice(0, 300)}`);
  return { ms, bytes: body.byteLength };
}

/** `warmup` untimed requests, then up to `requests` sequential timed ones within `budgetMs`. */
export async function timeEndpoint(url: string, cookie: string, opts: { requests: number; warmup: number; budgetMs: number }): Promise<Timing> {
  const deadline = performance.now() + opts.budgetMs;
  let bytes = 0;
  for (let i = 0; i < opts.warmup && performance.now() < deadline; i++) bytes = (await timedGet(url, cookie)).bytes;
  const samples: number[] = [];
  while (samples.length < opts.requests && (samples.length === 0 || performance.now() < deadline)) {
    const r = await timedGet(url, cookie);
    samples.push(r.ms);
    bytes = r.bytes;
  }
  return { samples, bytes, truncated: samples.length < opts.requests };
}

/** Nearest-rank percentile. */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

/** A Markdown table, columns padded, as printed by every benchmark. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Milliseconds with two decimals, or a dash when not measured. */
export const ms = (x: number): string => (Number.isFinite(x) ? x.toFixed(2) : '–');

/** A command-line integer within bounds, or an error naming the flag. */
export function intFlag(flag: string | undefined, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${flag}: an integer in ${min}..${max} (got "${value}")`);
  return n;
}

/** `--engines sqlite,postgres`. */
export function enginesFlag(value: string): Engine[] {
  return value.split(',').map((e) => {
    if (e !== 'sqlite' && e !== 'postgres') throw new Error(`--engines: sqlite or postgres (got "${e}")`);
    return e;
  });
}
