import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Config } from '../src/config.js';
import { openDatabase, type Database, type Engine } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { seedDemo } from '../src/db/seed/demo.js';
import { buildApp, type App } from '../src/server/app.js';

/** Integration tests run on both engines: a temp SQLite file and a fresh PostgreSQL database. */
export const ENGINES: Engine[] = ['sqlite', 'postgres'];
export const DEMO_PASSWORD = 'demo-Password-1';
const PG_ADMIN_URL = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  database: Database;
  url: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(engine: Engine): Promise<TestDatabase> {
  if (engine === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-test-'));
    const url = `sqlite:${path.join(dir, 'test.sqlite')}`;
    const database = openDatabase(url);
    return { database, url, drop: async () => { await database.close(); fs.rmSync(dir, { recursive: true, force: true }); } };
  }
  const name = `thidua_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = PG_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
  const database = openDatabase(url, { poolSize: 5 });
  return {
    database,
    url,
    drop: async () => {
      await database.close();
      const c = new pg.Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export const testConfig = (url: string): Config => ({
  databaseUrl: url, dataDir: os.tmpdir(), port: 0, host: '127.0.0.1', cookieSecure: false, trustProxy: false,
  demoPassword: DEMO_PASSWORD, sessionHours: 1,
});

export interface Reply {
  status: number;
  body: unknown;
  json<T = Record<string, unknown>>(): T;
  headers: Record<string, string | string[] | number | undefined>;
  raw: Buffer;
}

export interface Session {
  csrf: string;
  get(url: string): Promise<Reply>;
  send(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown, opts?: { csrf?: string | null }): Promise<Reply>;
  upload(url: string, fileName: string, content: Buffer): Promise<Reply>;
}

export interface TestApp extends TestDatabase {
  app: App;
  login(username: string, password?: string): Promise<Session>;
  anonymous: Pick<Session, 'get' | 'send'>;
  close(): Promise<void>;
}

function wrap(res: { statusCode: number; body: string; rawPayload: Buffer; headers: Reply['headers'] }): Reply {
  const parsed = (() => { try { return JSON.parse(res.body) as unknown; } catch { return res.body; } })();
  return { status: res.statusCode, body: parsed, json: <T>() => parsed as T, headers: res.headers, raw: res.rawPayload };
}

/** A migrated database with the demo, and the app over it. */
export async function createTestApp(engine: Engine): Promise<TestApp> {
  const tdb = await createTestDatabase(engine);
  await migrateToLatest(tdb.database);
  await seedDemo(tdb.database.db, DEMO_PASSWORD);
  const app = await buildApp({ database: tdb.database, config: testConfig(tdb.url) });
  const session = (cookie: string | null, csrf: string): Session => ({
    csrf,
    get: async (url) => wrap(await app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} })),
    send: async (method, url, body, opts) => {
      const token = opts?.csrf === undefined ? csrf : opts.csrf;
      const headers: Record<string, string> = { 'content-type': 'application/json', ...(cookie ? { cookie } : {}), ...(token ? { 'x-csrf-token': token } : {}) };
      return wrap(await app.inject({ method, url, headers, payload: body === undefined ? '{}' : JSON.stringify(body) }));
    },
    upload: async (url, fileName, content) => {
      const safeName = fileName.replace(/["\r\n]/g, '_');
      const boundary = `----thidua${randomBytes(8).toString('hex')}`;
      const payload = Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${safeName}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
        content,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      return wrap(await app.inject({ method: 'POST', url, payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, ...(cookie ? { cookie } : {}), 'x-csrf-token': csrf } }));
    },
  });
  return {
    ...tdb,
    app,
    anonymous: session(null, ''),
    login: async (username, password = DEMO_PASSWORD) => {
      const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      const cookie = String(res.headers['set-cookie']).split(';')[0]!;
      return session(cookie, (res.json() as { csrfToken: string }).csrfToken);
    },
    close: async () => {
      await app.close();
      await tdb.drop();
    },
  };
}
