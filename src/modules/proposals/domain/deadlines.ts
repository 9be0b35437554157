/**
 * Deadlines of a round (LAW.md §4.3, Bắc Ninh example [S]): year-end dossiers reach the board before
 * 10/12 of the year; thematic ones 10 days before the event; units are reminded a week before. The
 * board moves these in its settings (awards/domain/settings.ts). Dates are ISO (YYYY-MM-DD), compared as text.
 */
import { settingOn, type Settings } from '../../awards/domain/settings.js';
import type { Round } from './submission.js';

export interface DeadlineSettings {
  /** DD/MM of the year under review by which year-end dossiers are due. */
  yearEndDueDay: string;
  /** Days before a thematic event by which its dossier is due. */
  thematicDaysBefore: number;
  /** Days before the due date when units are reminded. */
  reminderDaysBefore: number;
}

/** The deadline rules in force on `date` (the board's versions over the defaults). */
export const deadlinesOn = (settings: Settings, date: string): DeadlineSettings => ({
  yearEndDueDay: settingOn(settings, 'yearEndDueDay', date).value,
  thematicDaysBefore: settingOn(settings, 'thematicDaysBefore', date).value,
  reminderDaysBefore: settingOn(settings, 'reminderDaysBefore', date).value,
});

export const addDays = (iso: string, days: number): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** "10/12" in `year` as YYYY-MM-DD. */
export const yearEndDue = (year: number, dayMonth: string): string => `${year}-${dayMonth.slice(3, 5)}-${dayMonth.slice(0, 2)}`;

/** The last day the dossier may arrive, or null when the round has no fixed deadline (ad hoc…). */
export function dueDate(round: Round, year: number, eventDate: string | null, s: DeadlineSettings): string | null {
  if (round === 'year_end') return yearEndDue(year, s.yearEndDueDay);
  if (round === 'thematic' && eventDate) return addDays(eventDate, -s.thematicDaysBefore);
  return null;
}

/** Submitted after the due day (the whole due day counts, in Vietnam's time zone). */
export function isLate(submittedAt: string, due: string | null): boolean {
  return due !== null && vietnamDay(submittedAt) > due;
}

/** The calendar day in Asia/Ho_Chi_Minh (UTC+7, no daylight saving) of an ISO timestamp. */
export function vietnamDay(timestamp: string): string {
  return new Date(new Date(timestamp).getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

export type ReminderState = 'none' | 'due_soon' | 'overdue';

/** What the unit's to-do list says about a dossier not yet sent, on `today`. */
export function reminderState(today: string, due: string | null, sent: boolean, reminderDaysBefore: number): ReminderState {
  if (sent || due === null) return 'none';
  if (today > due) return 'overdue';
  return today >= addDays(due, -reminderDaysBefore) ? 'due_soon' : 'none';
}
