/** What an officer must report next for each indicator: the first period without a value, and its deadline. */
import { type DashboardCard, GROUP } from '../../api/types.js';
import { type Period, periodCode, periodEnd, periodsOfYear, reportDeadline } from '../../lib/period.js';

export type DueState = 'overdue' | 'due' | 'upcoming' | 'complete';

export interface DueReport {
  card: DashboardCard;
  state: DueState;
  period: string | null;
  deadline: Date | null;
}

const startOfDay = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate());

function dueReport(card: DashboardCard, year: number, today: Date): DueReport {
  const reported = new Set(card.series.map((s) => s.period));
  if (card.latest) reported.add(card.latest.period);
  // The official yearly value closes the year, whatever sub-periods are missing.
  if (reported.has(String(year))) return { card, state: 'complete', period: null, deadline: null };
  const periods = periodsOfYear(year, card.indicator.frequency);
  const missing: Period | undefined = periods.find((p) => !reported.has(periodCode(p)));
  if (!missing) return { card, state: 'complete', period: null, deadline: null };
  const deadline = reportDeadline(missing);
  const now = startOfDay(today);
  const state: DueState = periodEnd(missing) > now ? 'upcoming' : deadline < now ? 'overdue' : 'due';
  return { card, state, period: periodCode(missing), deadline };
}

/** Indicators (and sub-indicators) the user may report, most urgent first. */
export function dueReports(cards: DashboardCard[], year: number, today: Date): DueReport[] {
  const order: Record<DueState, number> = { overdue: 0, due: 1, upcoming: 2, complete: 3 };
  return cards
    .flatMap((c) => [c, ...c.children])
    .filter((c) => c.canReport && c.indicator.comparator !== GROUP)
    .map((c) => dueReport(c, year, today))
    .sort((a, b) => order[a.state] - order[b.state] || (a.deadline?.getTime() ?? 0) - (b.deadline?.getTime() ?? 0));
}

export const daysUntil = (deadline: Date, today: Date) =>
  Math.round((deadline.getTime() - startOfDay(today).getTime()) / 86_400_000);
