/**
 * Reporting periods as the API writes them: `2024` (year), `2024-H1` (half), `2024-Q3` (quarter),
 * `2024-05` (month). Values are due by the 20th of the month after the period ends.
 */
import type { Frequency } from '../api/types.js';

export interface Period {
  year: number;
  frequency: Frequency;
  /** 1-based index within the year (month 1–12, quarter 1–4, half 1–2, year 1). */
  index: number;
}

const MONTHS_PER: Record<Frequency, number> = { month: 1, quarter: 3, half: 6, year: 12 };
const COUNT_PER_YEAR: Record<Frequency, number> = { month: 12, quarter: 4, half: 2, year: 1 };
const REPORT_DUE_DAY = 20;

export function parsePeriod(code: string): Period | null {
  const m = /^(\d{4})(?:-(?:(Q)([1-4])|(H)([12])|(\d{2})))?$/.exec(code);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[3]) return { year, frequency: 'quarter', index: Number(m[3]) };
  if (m[5]) return { year, frequency: 'half', index: Number(m[5]) };
  if (m[6]) {
    const month = Number(m[6]);
    return month >= 1 && month <= 12 ? { year, frequency: 'month', index: month } : null;
  }
  return { year, frequency: 'year', index: 1 };
}

export function periodCode(p: Period): string {
  switch (p.frequency) {
    case 'year':
      return String(p.year);
    case 'half':
      return `${p.year}-H${p.index}`;
    case 'quarter':
      return `${p.year}-Q${p.index}`;
    case 'month':
      return `${p.year}-${String(p.index).padStart(2, '0')}`;
  }
}

/** All periods of one frequency in a year, in order. */
export function periodsOfYear(year: number, frequency: Frequency): Period[] {
  return Array.from({ length: COUNT_PER_YEAR[frequency] }, (_, i) => ({ year, frequency, index: i + 1 }));
}

/** First day after the period (local calendar date). */
export function periodEnd(p: Period): Date {
  return new Date(p.year, p.index * MONTHS_PER[p.frequency], 1);
}

/** The reporting deadline: the 20th of the month after the period. */
export function reportDeadline(p: Period): Date {
  const end = periodEnd(p);
  return new Date(end.getFullYear(), end.getMonth(), REPORT_DUE_DAY);
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** Label parameters for i18n: `period.<frequency>` (`period.half1|2`) with { index, roman, year }. */
export function periodLabelArgs(code: string): { key: string; args: Record<string, string | number> } {
  const p = parsePeriod(code);
  if (!p) return { key: 'period.raw', args: { code } };
  const key = p.frequency === 'half' ? `period.half${p.index}` : `period.${p.frequency}`;
  return { key, args: { index: p.index, roman: ROMAN[p.index - 1] ?? p.index, year: p.year } };
}
