/** Reporting periods of an indicator: `2024-03` (month), `2024-Q1`, `2024-H1`, `2024` (year). */
import type { Frequency } from './types.js';

export interface Period {
  code: string;
  year: number;
  kind: Frequency;
  /** 1-based position within the year (month 1–12, quarter 1–4, half 1–2, year 1). */
  index: number;
  /** First day, `YYYY-MM-DD`. */
  start: string;
  /** Last day, inclusive, `YYYY-MM-DD`. */
  end: string;
}

export type PeriodRejection = 'malformed' | 'wrong_year' | 'wrong_frequency';
export type PeriodFit = { ok: true; period: Period } | { ok: false; reason: PeriodRejection };

const MONTHS_PER_PERIOD: Record<Frequency, number> = { month: 1, quarter: 3, half: 6, year: 12 };

export function periodsPerYear(frequency: Frequency): number {
  return 12 / MONTHS_PER_PERIOD[frequency];
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

function codeOf(kind: Frequency, year: number, index: number): string {
  switch (kind) {
    case 'month':
      return `${year}-${pad2(index)}`;
    case 'quarter':
      return `${year}-Q${index}`;
    case 'half':
      return `${year}-H${index}`;
    case 'year':
      return String(year);
  }
}

function build(kind: Frequency, year: number, index: number): Period {
  const span = MONTHS_PER_PERIOD[kind];
  const firstMonth = (index - 1) * span + 1;
  const lastMonth = firstMonth + span - 1;
  return {
    code: codeOf(kind, year, index),
    year,
    kind,
    index,
    start: `${year}-${pad2(firstMonth)}-01`,
    end: `${year}-${pad2(lastMonth)}-${pad2(daysInMonth(year, lastMonth))}`,
  };
}

// Strict on purpose: one canonical spelling per period, so values can be matched by code.
const PATTERN = /^([1-9]\d{3})(?:-(?:(0[1-9]|1[0-2])|Q([1-4])|H([12])))?$/;

export function parsePeriod(code: string): Period | null {
  const m = PATTERN.exec(code);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] !== undefined) return build('month', year, Number(m[2]));
  if (m[3] !== undefined) return build('quarter', year, Number(m[3]));
  if (m[4] !== undefined) return build('half', year, Number(m[4]));
  return build('year', year, 1);
}

/** The year value is accepted whatever the frequency: it is the official annual result. */
export function periodFitsIndicator(code: string, frequency: Frequency, year: number): PeriodFit {
  const period = parsePeriod(code);
  if (!period) return { ok: false, reason: 'malformed' };
  if (period.year !== year) return { ok: false, reason: 'wrong_year' };
  if (period.kind !== frequency && period.kind !== 'year') return { ok: false, reason: 'wrong_frequency' };
  return { ok: true, period };
}

/** The periods of one frequency in a year, in calendar order. */
export function periodsOfYear(frequency: Frequency, year: number): Period[] {
  return Array.from({ length: periodsPerYear(frequency) }, (_, i) => build(frequency, year, i + 1));
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** Vietnamese label as written in reports: "tháng 3/2024", "quý I/2024", "6 tháng đầu năm 2024". */
export function periodLabel(period: Period): string {
  switch (period.kind) {
    case 'month':
      return `tháng ${period.index}/${period.year}`;
    case 'quarter':
      return `quý ${ROMAN[period.index - 1]}/${period.year}`;
    case 'half':
      return `6 tháng ${period.index === 1 ? 'đầu' : 'cuối'} năm ${period.year}`;
    case 'year':
      return `năm ${period.year}`;
  }
}
