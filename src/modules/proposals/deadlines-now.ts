/** The board's deadline settings in force today (Vietnam's calendar day), for the dossier use cases. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { nowIso } from '../../lib/ids.js';
import { loadSettings } from '../awards/settings/service.js';
import { deadlinesOn, dueDate, vietnamDay, type DeadlineSettings } from './domain/deadlines.js';
import type { Round } from './domain/submission.js';

export async function deadlinesToday(db: Kysely<DB>): Promise<DeadlineSettings & { today: string }> {
  const today = vietnamDay(nowIso());
  return { ...deadlinesOn(await loadSettings(db), today), today };
}

/** A dossier's due date is fixed when it is saved; a later change of the settings applies at its next save. */
export async function dueDateNow(db: Kysely<DB>, input: { round: Round; year: number; eventDate?: string | null }): Promise<string | null> {
  return dueDate(input.round, input.year, input.eventDate ?? null, await deadlinesToday(db));
}
