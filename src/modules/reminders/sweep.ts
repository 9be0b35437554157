/**
 * The reminder sweep: decides what is due today (domain/due.ts), records each reminder and its
 * in-app notice in one transaction (a reminder already recorded, by an earlier run or by another
 * server at the same moment, is skipped), then e-mails the new ones after the commit. A failed
 * e-mail is logged and written on the reminder; it never undoes the notice.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { newId, nowIso } from '../../lib/ids.js';
import { loadSettings } from '../awards/settings/service.js';
import { notify } from '../notifications/notify.js';
import { refreshOpenDueDates } from '../proposals/deadlines-now.js';
import { deadlinesOn, vietnamDay } from '../proposals/domain/deadlines.js';
import { dueReminders, type DueReminder } from './domain/due.js';
import { reminderMessage, type ReminderMessage } from './domain/message.js';
import type { Mailer } from './mailer.js';
import * as repo from './repo.js';

export type MailStatus = 'off' | 'no_address' | 'pending' | 'sent' | 'failed';

export interface SentReminder extends DueReminder {
  id: string;
  message: ReminderMessage;
  notified: number;
  mail: { status: MailStatus; to: string[]; error: string | null };
}

export interface SweepOptions {
  /** The day to sweep for (YYYY-MM-DD); today in Vietnam by default. */
  today?: string;
  mailer?: Mailer | null;
  /** Base of links in e-mail (`THIDUA_PUBLIC_URL`); without it the mail names the page path. */
  publicUrl?: string;
  log?: (message: string) => void;
}

/** Records and notifies one reminder unless it exists; null when another run already sent it. */
async function recordAndNotify(db: Kysely<DB>, r: DueReminder, today: string, mailing: boolean): Promise<SentReminder | null> {
  const message = reminderMessage(r, today);
  const id = newId();
  return db.transaction().execute(async (trx) => {
    const fresh = await repo.recordOnce(trx, {
      id, key: r.key, kind: r.kind, unit_id: r.unitId, proposal_id: r.proposalId, year: r.year, due_date: r.dueDate, title: r.title,
      sent_on: today, notified: 0, mail_status: mailing ? 'pending' : 'off', mail_to: null, mail_error: null, mailed_at: null, created_at: nowIso(),
    });
    if (!fresh) return null;
    const notified = await notify(trx, { userIds: await repo.unitOfficerIds(trx, r.unitId), title: message.title, body: message.body, link: message.link });
    await repo.setNotified(trx, id, notified);
    return { ...r, id, message, notified, mail: { status: mailing ? 'pending' : 'off', to: [], error: null } };
  });
}

export function mailText(m: ReminderMessage, publicUrl: string | undefined): string {
  const where = publicUrl ? `${publicUrl}${m.link}` : `trang ${m.link} của phần mềm thi đua, khen thưởng`;
  return `${m.body}\n\nXem và cập nhật hồ sơ: ${where}\n\n--\nThư nhắc tự động của phần mềm thi đua, khen thưởng. Vui lòng không trả lời thư này.\n`;
}

async function mailOne(db: Kysely<DB>, s: SentReminder, mailer: Mailer, o: SweepOptions): Promise<void> {
  const to = await repo.unitAddresses(db, s.unitId);
  if (to.length === 0) {
    s.mail = { status: 'no_address', to, error: null };
  } else {
    try {
      await mailer.send({ to, subject: s.message.title, text: mailText(s.message, o.publicUrl) });
      s.mail = { status: 'sent', to, error: null };
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      s.mail = { status: 'failed', to, error };
      o.log?.(`Không gửi được e-mail nhắc hạn "${s.message.title}" tới ${to.join(', ')}: ${error}`);
    }
  }
  await repo.setMailResult(db, s.id, { mail_status: s.mail.status, mail_to: to.join(', ') || null, mail_error: s.mail.error, mailed_at: s.mail.status === 'sent' ? nowIso() : null });
}

/** Runs once; returns the reminders this run sent (those sent before are not repeated). */
export async function sweepReminders(db: Kysely<DB>, o: SweepOptions = {}): Promise<{ today: string; sent: SentReminder[] }> {
  const today = o.today ?? vietnamDay(nowIso());
  const settings = deadlinesOn(await loadSettings(db), today);
  await refreshOpenDueDates(db, settings);
  const [dossiers, units] = await Promise.all([repo.openDossiers(db), repo.yearEndUnits(db, Number(today.slice(0, 4)), today)]);
  const sent: SentReminder[] = [];
  for (const r of dueReminders(today, settings, dossiers, units)) {
    const s = await recordAndNotify(db, r, today, Boolean(o.mailer));
    if (s) sent.push(s);
  }
  // After every commit: a slow or failing mail server delays nobody's notice and undoes none.
  if (o.mailer) for (const s of sent) await mailOne(db, s, o.mailer, o);
  return { today, sent };
}
