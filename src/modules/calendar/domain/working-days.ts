import { isoDayNumber, isoFromDayNumber } from '../../../lib/iso-date.js';

/*
 * Working days (ngày làm việc) of public bodies: Monday to Friday, except public holidays and the
 * weekdays the government swaps off around them; a Saturday it sets to make up for a swapped day
 * (ngày làm bù) is a working day. Legal time limits "trong N ngày làm việc" count these days.
 */

/** 'off': a weekday off (holiday, compensating or swapped day); 'work': a weekend day worked (làm bù). */
export type DayKind = 'off' | 'work';

export interface Holiday {
  date: string;
  name: string;
  /** 'off' when absent. */
  kind?: DayKind;
}

type Index = ReadonlyMap<number, DayKind>;
const indexes = new WeakMap<readonly Holiday[], Index>();

/** The list by day number, built once per list (the lists are loaded once and reused). */
function indexOf(holidays: readonly Holiday[]): Index {
  let index = indexes.get(holidays);
  if (!index) {
    index = new Map(holidays.map((h) => [isoDayNumber(h.date), h.kind ?? 'off']));
    indexes.set(holidays, index);
  }
  return index;
}

function working(day: number, index: Index): boolean {
  const set = index.get(day);
  if (set) return set === 'work';
  const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
  return weekday !== 0 && weekday !== 6;
}

export function isWorkingDay(isoDate: string, holidays: readonly Holiday[]): boolean {
  return working(isoDayNumber(isoDate), indexOf(holidays));
}

/**
 * The day `n` working days after `startIso` (before it when `n` is negative); the start day does
 * not count, as in "within 10 working days from receipt". `n = 0` gives the start day itself.
 */
export function addWorkingDays(startIso: string, n: number, holidays: readonly Holiday[]): string {
  if (!Number.isInteger(n)) throw new RangeError(`Working days must be a whole number: ${n}`);
  const index = indexOf(holidays);
  let day = isoDayNumber(startIso);
  const step = Math.sign(n);
  for (let left = Math.abs(n); left > 0; ) {
    day += step;
    if (working(day, index)) left -= 1;
  }
  return isoFromDayNumber(day);
}

/**
 * Working days after `fromIso` up to and including `toIso` (negative when `toIso` is earlier), so
 * that `workingDaysBetween(a, addWorkingDays(a, n)) === n`.
 */
export function workingDaysBetween(fromIso: string, toIso: string, holidays: readonly Holiday[]): number {
  const index = indexOf(holidays);
  const from = isoDayNumber(fromIso);
  const to = isoDayNumber(toIso);
  const [lo, hi, sign] = from <= to ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let day = lo + 1; day <= hi; day++) if (working(day, index)) count++;
  return sign * count;
}
