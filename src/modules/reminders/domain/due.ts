/**
 * Which deadline reminders are due on a day: pure, from the board's deadline settings, the dossiers
 * units have not sent yet and the units expected to send a year-end dossier. Each reminder has a
 * key that names it for good, so recording it once (the sweep) makes it sent once.
 */
import { addDays, yearEndDue, type DeadlineSettings } from '../../proposals/domain/deadlines.js';
import { EDITABLE_STATES, type ProposalState } from '../../proposals/domain/workflow.js';

export type ReminderKind = 'due_soon' | 'overdue' | 'year_end';

/** A dossier of a unit, with its due date (kept in step with the settings in force). */
export interface DossierDeadline {
  id: string;
  unitId: string;
  unitName: string;
  title: string;
  year: number;
  state: string;
  dueDate: string | null;
}

/** A unit expected to send a year-end dossier (the repository decides who: see `yearEndUnits`). */
export interface ExpectedUnit {
  id: string;
  name: string;
  /** Years for which the unit already has a year-end dossier, in any state (a draft is reminded as a dossier). */
  yearEndYears: readonly number[];
}

export interface DueReminder {
  key: string;
  kind: ReminderKind;
  unitId: string;
  unitName: string;
  proposalId: string | null;
  title: string;
  year: number;
  dueDate: string;
}

/** today ∈ [from, to], ISO dates compared as text. */
const within = (today: string, from: string, to: string) => from <= today && today <= to;

/**
 * (a) a dossier not sent (draft, or returned to the unit) whose due date is at most
 * `reminderDaysBefore` days away: once; (b) the same dossier once more after its due date passed,
 * within as many days (so years-old drafts are not reminded when the feature is switched on);
 * (c) in the same window before the year-end due day, every expected unit that has no year-end
 * dossier for this year. A moved due date is a new deadline, so it is reminded again.
 */
export function dueReminders(today: string, s: DeadlineSettings, dossiers: readonly DossierDeadline[], units: readonly ExpectedUnit[]): DueReminder[] {
  const n = s.reminderDaysBefore;
  const out: DueReminder[] = [];
  for (const d of dossiers) {
    if (d.dueDate === null || !EDITABLE_STATES.includes(d.state as ProposalState)) continue;
    const base = { unitId: d.unitId, unitName: d.unitName, proposalId: d.id, title: d.title, year: d.year, dueDate: d.dueDate };
    if (within(today, addDays(d.dueDate, -n), d.dueDate)) out.push({ ...base, kind: 'due_soon', key: `due_soon:${d.id}:${d.dueDate}` });
    else if (within(today, addDays(d.dueDate, 1), addDays(d.dueDate, n))) out.push({ ...base, kind: 'overdue', key: `overdue:${d.id}:${d.dueDate}` });
  }
  const year = Number(today.slice(0, 4));
  const due = yearEndDue(year, s.yearEndDueDay);
  if (within(today, addDays(due, -n), due)) {
    for (const u of units) {
      if (u.yearEndYears.includes(year)) continue;
      out.push({
        key: `year_end:${u.id}:${year}`, kind: 'year_end', unitId: u.id, unitName: u.name, proposalId: null,
        title: `Hồ sơ đề nghị khen thưởng tổng kết năm ${year}`, year, dueDate: due,
      });
    }
  }
  return out;
}
