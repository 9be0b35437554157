/** The server's reminder sweep: once at start, then every hour; stopping waits for a run in progress. */
import type { Kysely } from 'kysely';
import type { Config } from '../../config.js';
import type { DB } from '../../db/schema.js';
import { createMailer } from './mailer.js';
import { sweepReminders } from './sweep.js';

const EVERY_MS = 3_600_000;

export function scheduleReminders(db: Kysely<DB>, config: Config, log: (message: string) => void): () => Promise<void> {
  const mailer = createMailer(config);
  let running: Promise<void> | null = null;
  const run = () => {
    // A run still mailing when the hour strikes is left alone: the next hour catches up.
    running ??= sweepReminders(db, { mailer, publicUrl: config.publicUrl, log })
      .then((r) => { if (r.sent.length) log(`Đã gửi ${r.sent.length} lời nhắc hạn nộp hồ sơ khen thưởng.`); })
      .catch((e: unknown) => log(`Lượt nhắc hạn nộp hồ sơ bị lỗi: ${e instanceof Error ? e.message : String(e)}`))
      .finally(() => { running = null; });
  };
  run();
  const timer = setInterval(run, EVERY_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
    mailer?.close();
  };
}
