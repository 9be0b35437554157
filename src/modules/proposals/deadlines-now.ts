/** The board's deadline settings in force today (Vietnam's calendar day), for the dossier use cases. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { nowIso } from '../../lib/ids.js';
import { loadSettings } from '../awards/settings/service.js';
import { deadlinesOn, dueDate, vietnamDay, type DeadlineSettings } from './domain/deadlines.js';
import type { Round } from './domain/submission.js';
import { EDITABLE_STATES } from './domain/workflow.js';

export async function deadlinesToday(db: Kysely<DB>): Promise<DeadlineSettings & { today: string }> {
  const today = vietnamDay(nowIso());
  return { ...deadlinesOn(await loadSettings(db), today), today };
}

/** The due date a dossier gets when it is saved, from the settings in force today. */
export async function dueDateNow(db: Kysely<DB>, input: { round: Round; year: number; eventDate?: string | null }): Promise<string | null> {
  return dueDate(input.round, input.year, input.eventDate ?? null, await deadlinesToday(db));
}

/**
 * Dossiers still with their unit follow the board's deadline in force today: when the board moves
 * 10/12 to 05/12 every open year-end dossier is due 05/12 at once, not at its next save. Dossiers
 * already sent keep the date they were judged late or on time against. `settings` are those in
 * force on the day in question (today, or the day a sweep runs for). Returns how many moved.
 */
export async function refreshOpenDueDates(db: Kysely<DB>, settings: DeadlineSettings): Promise<number> {
  const open = await db.selectFrom('proposals').select(['id', 'round', 'year', 'event_date', 'due_date'])
    .where('state', 'in', [...EDITABLE_STATES]).where('round', 'in', ['year_end', 'thematic']).execute();
  const moved = open.flatMap((p) => {
    const due = dueDate(p.round as Round, p.year, p.event_date, settings);
    return due === p.due_date ? [] : [{ id: p.id, due }];
  });
  if (moved.length) {
    await db.transaction().execute(async (trx) => {
      for (const m of moved) await trx.updateTable('proposals').set({ due_date: m.due }).where('id', '=', m.id).execute();
    });
  }
  return moved.length;
}
