import type { Kysely } from 'kysely';
import type { DB, HolidayTable } from '../../db/schema.js';

export type HolidayRow = Omit<HolidayTable, 'created_by' | 'created_at'>;

/** Days of the calendar between two ISO dates (inclusive), in date order. */
export function holidaysBetween(db: Kysely<DB>, from: string, to: string): Promise<HolidayRow[]> {
  return db.selectFrom('holidays').select(['date', 'name', 'kind']).where('date', '>=', from).where('date', '<=', to).orderBy('date').execute();
}

export function holidayOn(db: Kysely<DB>, date: string): Promise<HolidayRow | undefined> {
  return db.selectFrom('holidays').select(['date', 'name', 'kind']).where('date', '=', date).executeTakeFirst();
}

export async function insertHolidays(db: Kysely<DB>, rows: HolidayTable[]): Promise<void> {
  if (rows.length) await db.insertInto('holidays').values(rows).execute();
}

export async function deleteHoliday(db: Kysely<DB>, date: string): Promise<void> {
  await db.deleteFrom('holidays').where('date', '=', date).execute();
}

export async function updateHolidayRow(db: Kysely<DB>, date: string, row: HolidayRow): Promise<void> {
  await db.updateTable('holidays').set(row).where('date', '=', date).execute();
}
