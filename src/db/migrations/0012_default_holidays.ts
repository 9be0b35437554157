import type { Kysely } from 'kysely';
import { nowIso } from '../../lib/ids.js';
import { DEFAULT_HOLIDAYS } from '../../modules/calendar/domain/default-holidays.js';

/**
 * A calendar without any day gets the default public holidays, once: a fresh install and a database
 * migrated before the defaults were seeded outside the demo (time limits counted no holiday there).
 * A calendar that already has days is the board's: nothing is added or overwritten. The list is the
 * one of the code that runs this migration; later announcements are the board's to enter.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations do not depend on the schema of the code
export async function up(db: Kysely<any>): Promise<void> {
  const any = await db.selectFrom('holidays').select('date').limit(1).executeTakeFirst();
  if (any) return;
  const now = nowIso();
  const rows = DEFAULT_HOLIDAYS.map((h) => ({ date: h.date, name: h.name, kind: h.kind ?? 'off', created_by: null, created_at: now }));
  if (rows.length) await db.insertInto('holidays').values(rows).execute();
}

/** The days stay: by now the board may have edited them. */
export async function down(): Promise<void> {}
