import { sql } from 'kysely';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config.js';
import { openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { seedDemo } from '../db/seed/demo.js';
import { purgeExpired } from '../modules/auth/repo.js';
import { THROTTLE_WINDOW_MINUTES } from '../modules/auth/throttle.js';
import { scheduleReminders } from '../modules/reminders/schedule.js';
import { buildApp } from '../server/app.js';
import { acquireSqliteLock } from '../server/sqlite-lock.js';
import { ensureWebBuilt } from './web-build.js';

const ROOT = path.resolve(fileURLToPath(import.meta.url), '../../..');

export class StartError extends Error {}

/** `thidua serve`: migrate, seed an empty database with the demo, then listen. */
export async function serve(config: Config, opts: { build: boolean }): Promise<void> {
  if (opts.build) ensureWebBuilt(ROOT);
  const database = openDatabase(config.databaseUrl);
  const release = database.sqliteFile ? acquireSqliteLock(database.sqliteFile) : () => undefined;
  try {
    await migrateToLatest(database);
    const seed = await seedDemo(database.db, config.demoPassword);
    const app = await buildApp({ database, config }, { logger: process.env.LOG_REQUESTS === 'true' });
    try {
      await app.listen({ port: config.port, host: config.host });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') {
        throw new StartError(`Cổng ${config.port} đang được một chương trình khác sử dụng. Hãy tắt chương trình đó hoặc đặt PORT khác, ví dụ: PORT=3001 npm start`);
      }
      throw e;
    }
    const url = `http://${config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host}:${config.port}`;
    if (seed.seeded) {
      console.info(`Đã tạo dữ liệu mẫu tỉnh Kon Tum 2024. Tài khoản: ${seed.usernames.join(', ')}`);
      console.info(seed.password ? `Mật khẩu chung của các tài khoản mẫu (chỉ hiện một lần): ${seed.password}` : 'Mật khẩu: giá trị của THIDUA_DEMO_PASSWORD');
    }
    console.info(`Bảng chỉ tiêu công khai: ${url}/chi-tieu/2024`);
    // Last line, so that scripts and tests can wait for it.
    console.info(`thidua đang chạy tại ${url}  (cơ sở dữ liệu: ${database.engine})`);
    const purge = setInterval(() => {
      const now = new Date();
      void purgeExpired(database.db, now.toISOString(), new Date(now.getTime() - 24 * THROTTLE_WINDOW_MINUTES * 60_000).toISOString()).catch(() => undefined);
      // SQLite's planner statistics follow the data as it grows (PostgreSQL's autovacuum does this itself).
      if (database.engine === 'sqlite') void sql`pragma optimize`.execute(database.db).catch(() => undefined);
    }, 3_600_000);
    purge.unref();
    const stopReminders = scheduleReminders(database.db, config, (m) => console.warn(m));
    const stop = async () => {
      clearInterval(purge);
      await stopReminders();
      await app.close();
      await database.close();
      release();
      process.exit(0);
    };
    process.once('SIGINT', () => void stop());
    process.once('SIGTERM', () => void stop());
  } catch (e) {
    await database.close();
    release();
    throw e;
  }
}
