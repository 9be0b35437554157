/** `thidua remind [--date YYYY-MM-DD]`: one reminder sweep, reported in Vietnamese. */
import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { DB } from '../db/schema.js';
import { formatDate } from '../lib/format.js';
import { isRealDate } from '../modules/awards/settings/service.js';
import { createMailer } from '../modules/reminders/mailer.js';
import { sweepReminders, type SentReminder } from '../modules/reminders/sweep.js';
import { badField } from '../server/errors.js';

function mailNote(s: SentReminder): string {
  switch (s.mail.status) {
    case 'off': return 'e-mail: chưa cấu hình máy chủ thư (THIDUA_SMTP_URL)';
    case 'no_address': return 'e-mail: không ai của đơn vị có địa chỉ e-mail';
    case 'pending': return 'e-mail: đang chờ gửi';
    case 'sent': return `e-mail: đã gửi tới ${s.mail.to.join(', ')}`;
    case 'failed': return `e-mail: KHÔNG gửi được tới ${s.mail.to.join(', ')} (${s.mail.error ?? ''})`;
  }
}

/** Checks `--date` before touching the database; a bad one is a field error (exit code 2). */
export function parseRemindDate(date: string | undefined): string | undefined {
  if (date !== undefined && !isRealDate(date)) throw badField('--date', `"${date}" không phải một ngày có thật dạng YYYY-MM-DD (ví dụ 2024-12-03)`);
  return date;
}

export async function remind(db: Kysely<DB>, config: Config, today: string | undefined): Promise<string> {
  const mailer = createMailer(config);
  try {
    const r = await sweepReminders(db, { today, mailer, publicUrl: config.publicUrl, log: (m) => console.warn(m) });
    if (r.sent.length === 0) return `Ngày ${formatDate(r.today)}: không có lời nhắc mới nào cần gửi.`;
    const lines = r.sent.map((s) => `- ${s.unitName}: ${s.message.title} — thông báo tới ${s.notified} người; ${mailNote(s)}`);
    return [`Ngày ${formatDate(r.today)}: đã gửi ${r.sent.length} lời nhắc.`, ...lines].join('\n');
  } finally {
    mailer?.close();
  }
}
