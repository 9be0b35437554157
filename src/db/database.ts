import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { DB } from './schema.js';

export type Engine = 'sqlite' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  engine: Engine;
  /** The SQLite file, for backups and the single-process lock. */
  sqliteFile?: string;
  close(): Promise<void>;
}

export class DatabaseUrlError extends Error {}

export function engineOf(url: string): Engine {
  if (url.startsWith('sqlite:')) return 'sqlite';
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return 'postgres';
  throw new DatabaseUrlError(`DATABASE_URL phải bắt đầu bằng "sqlite:" hoặc "postgres://" (nhận được "${url}")`);
}

export function openDatabase(url: string, opts: { poolSize?: number } = {}): Database {
  if (engineOf(url) === 'sqlite') {
    const file = path.resolve(url.slice('sqlite:'.length));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const sqlite = new SQLite(file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('synchronous = NORMAL');
    // Keeps the planner's statistics current (it otherwise picks the status index over the indicator one).
    sqlite.pragma('optimize = 0x10002');
    const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
    return { db, engine: 'sqlite', sqliteFile: file, close: () => db.destroy() };
  }
  const pool = new pg.Pool({ connectionString: url, max: opts.poolSize ?? 10 });
  // An idle connection closed by the server (restart, failover) must not crash the process: the pool replaces it.
  pool.on('error', (e) => console.error(`PostgreSQL: kết nối rảnh bị đóng (${e.message})`));
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return { db, engine: 'postgres', close: () => db.destroy() };
}
