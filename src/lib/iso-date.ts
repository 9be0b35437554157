/**
 * Calendar dates as ISO text (YYYY-MM-DD) and as day numbers (days since 1970-01-01, UTC), so
 * that date arithmetic is integer arithmetic with no time zone or daylight-saving involved.
 */
const DAY_MS = 86_400_000;

/** Day number of an ISO date; throws RangeError on text that is not a real day (2023-02-29). */
export function isoDayNumber(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const ms = Date.UTC(y, mo - 1, d);
    const back = new Date(ms);
    if (back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d) return ms / DAY_MS;
  }
  throw new RangeError(`Not a real ISO date (YYYY-MM-DD): ${iso}`);
}

export function isoFromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function isoWeekday(iso: string): number {
  return new Date(isoDayNumber(iso) * DAY_MS).getUTCDay();
}

/** True when the text is an ISO date of a real day. */
export function isRealIsoDate(iso: string): boolean {
  try {
    isoDayNumber(iso);
    return true;
  } catch {
    return false;
  }
}
