import SQLite from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.js';
import { engineOf } from '../db/database.js';
import { AppError } from '../server/errors.js';

/** SQLite: an online backup (consistent while the server runs). PostgreSQL: the pg_dump command to use. */
export async function backup(config: Config, file: string): Promise<string> {
  if (engineOf(config.databaseUrl) === 'postgres') {
    return `Với PostgreSQL hãy dùng công cụ của PostgreSQL:\n  pg_dump --format=custom --file=${JSON.stringify(file)} ${JSON.stringify(config.databaseUrl)}`;
  }
  const target = path.resolve(file);
  if (fs.existsSync(target)) throw new AppError('validation', 400, {}, [{ path: 'file', message: `Tệp ${target} đã tồn tại; chọn tên khác` }]);
  const source = new SQLite(path.resolve(config.databaseUrl.slice('sqlite:'.length)), { fileMustExist: true, readonly: true });
  try {
    await source.backup(target);
  } finally {
    source.close();
  }
  return `Đã sao lưu vào ${target} (${fs.statSync(target).size.toLocaleString('vi-VN')} byte).`;
}
