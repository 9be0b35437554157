import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { formatDate } from '../../lib/format.js';
import { nowIso } from '../../lib/ids.js';
import { isRealIsoDate, isoWeekday } from '../../lib/iso-date.js';
import { normalizeInput } from '../../lib/text.js';
import { badField, badInput, conflict, notFound, type ErrorDetail } from '../../server/errors.js';
import { recordAudit, type AuditWho } from '../audit/audit.js';
import type { Actor } from '../auth/actor.js';
import { requirePermission } from '../auth/policy.js';
import { DEFAULT_HOLIDAYS } from './domain/default-holidays.js';
import type { DayKind, Holiday } from './domain/working-days.js';
import { deleteHoliday, holidayOn, holidaysBetween, insertHolidays, updateHolidayRow, type HolidayRow } from './repo.js';

/*
 * The working-day calendar the board keeps. Other modules load it with `loadHolidays` and count
 * time limits with the pure functions of domain/working-days.ts.
 */

const FIRST = '0001-01-01';
const LAST = '9999-12-31';

/** The calendar as the working-day functions take it (optionally only a range of dates). */
export async function loadHolidays(db: Kysely<DB>, from = FIRST, to = LAST): Promise<Holiday[]> {
  return holidaysBetween(db, from, to);
}

export interface HolidayQuery {
  year?: number;
  from?: string;
  to?: string;
}

/** Anyone signed in: the year asked (or a range), or every day stored. */
export async function listHolidays(db: Kysely<DB>, query: HolidayQuery): Promise<HolidayRow[]> {
  const problems: ErrorDetail[] = [];
  if (query.from && !isRealIsoDate(query.from)) problems.push({ path: 'from', message: 'Ngày không tồn tại (YYYY-MM-DD)' });
  if (query.to && !isRealIsoDate(query.to)) problems.push({ path: 'to', message: 'Ngày không tồn tại (YYYY-MM-DD)' });
  if (problems.length) throw badInput(problems);
  const from = query.year ? `${query.year}-01-01` : (query.from ?? FIRST);
  const to = query.year ? `${query.year}-12-31` : (query.to ?? LAST);
  return holidaysBetween(db, from, to);
}

export interface HolidayInput {
  date: string;
  name: string;
  kind?: DayKind;
}

const SATURDAY = 6;
const SUNDAY = 0;

/** The day's name and kind, checked: a make-up day is a weekend day, a day off is a weekday. */
function validDay(input: HolidayInput): HolidayRow {
  const kind = input.kind ?? 'off';
  const name = normalizeInput(input.name);
  const problems: ErrorDetail[] = [];
  if (name.length < 2) problems.push({ path: 'name', message: 'Nhập tên ngày nghỉ (ít nhất 2 ký tự)' });
  if (!isRealIsoDate(input.date)) problems.push({ path: 'date', message: 'Ngày không tồn tại (YYYY-MM-DD)' });
  else {
    const weekday = isoWeekday(input.date);
    const weekend = weekday === SATURDAY || weekday === SUNDAY;
    if (kind === 'work' && !weekend) problems.push({ path: 'date', message: `Ngày làm bù phải là thứ Bảy hoặc Chủ nhật; ${formatDate(input.date)} đã là ngày làm việc` });
    if (kind === 'off' && weekend) {
      problems.push({ path: 'date', message: `${formatDate(input.date)} là ngày nghỉ cuối tuần; hãy nhập ngày nghỉ bù (ngày làm việc kế tiếp)` });
    }
  }
  if (problems.length) throw badInput(problems);
  return { date: input.date, name, kind };
}

/** Board and admins: one day, refused when the date is taken or does not fit its kind; audited. */
export async function addHoliday(db: Kysely<DB>, actor: Actor, who: AuditWho, input: HolidayInput): Promise<HolidayRow> {
  requirePermission(actor, 'holidays.manage');
  const row = validDay(input);
  return db.transaction().execute(async (trx) => {
    const existing = await holidayOn(trx, input.date);
    if (existing) throw conflict(`ngày ${formatDate(input.date)} đã có trong lịch (${existing.name})`);
    await insertHolidays(trx, [{ ...row, created_by: actor.userId, created_at: nowIso() }]);
    await recordAudit(trx, who, { action: 'holiday.add', entity: 'holiday', entityId: input.date, after: row });
    return row;
  });
}

/** Board and admins: renames a day, changes its kind or moves it to a free date (an announcement changed); audited. */
export async function updateHoliday(db: Kysely<DB>, actor: Actor, who: AuditWho, date: string, input: HolidayInput): Promise<HolidayRow> {
  requirePermission(actor, 'holidays.manage');
  if (!isRealIsoDate(date)) throw badField('date', 'Ngày không tồn tại (YYYY-MM-DD)');
  const row = validDay(input);
  return db.transaction().execute(async (trx) => {
    const existing = await holidayOn(trx, date);
    if (!existing) throw notFound(`ngày ${formatDate(date)} trong lịch ngày nghỉ`);
    const taken = row.date !== date ? await holidayOn(trx, row.date) : undefined;
    if (taken) throw conflict(`ngày ${formatDate(row.date)} đã có trong lịch (${taken.name})`);
    await updateHolidayRow(trx, date, row);
    await recordAudit(trx, who, { action: 'holiday.update', entity: 'holiday', entityId: row.date, before: existing, after: row });
    return row;
  });
}

/** Board and admins: takes a day out of the calendar; audited. */
export async function removeHoliday(db: Kysely<DB>, actor: Actor, who: AuditWho, date: string): Promise<void> {
  requirePermission(actor, 'holidays.manage');
  if (!isRealIsoDate(date)) throw badField('date', 'Ngày không tồn tại (YYYY-MM-DD)');
  await db.transaction().execute(async (trx) => {
    const existing = await holidayOn(trx, date);
    if (!existing) throw notFound(`ngày ${formatDate(date)} trong lịch ngày nghỉ`);
    await deleteHoliday(trx, date);
    await recordAudit(trx, who, { action: 'holiday.remove', entity: 'holiday', entityId: date, before: existing });
  });
}

/** Adds the default 2024–2027 days that the calendar does not hold yet (a fresh install, the demo). */
export async function seedDefaultHolidays(db: Kysely<DB>): Promise<number> {
  const taken = new Set((await holidaysBetween(db, FIRST, LAST)).map((h) => h.date));
  const now = nowIso();
  const rows = DEFAULT_HOLIDAYS.filter((h) => !taken.has(h.date)).map((h) => ({
    date: h.date, name: h.name, kind: h.kind ?? 'off', created_by: null, created_at: now,
  }));
  await insertHolidays(db, rows);
  return rows.length;
}
