/** Who has and has not registered or reported, on time or late: the rules the roll-up's SQL and Excel follow. */
import { onTime } from './status.js';

export type SubmissionState = 'on_time' | 'late' | 'missing';

/** What the roll-up can be narrowed to: sent (on time or late), on time, late, or not sent. */
export const ROLLUP_FILTERS = ['submitted', 'on_time', 'late', 'missing'] as const;
export type RollupFilter = (typeof ROLLUP_FILTERS)[number];

/**
 * The first instant that is late for an inclusive deadline in Vietnam's calendar (00:00 of the next
 * day at UTC+7 = 17:00 UTC on the deadline), so SQL can compare stored ISO instants as text.
 * Agrees with `onTime`: `at < lateFrom(d)` exactly when `onTime(d, at)`. Null: no deadline, never late.
 */
export function lateFrom(deadline: string | null): string | null {
  return deadline === null ? null : `${deadline}T17:00:00.000Z`;
}

/** The state of one unit's submission (or of its absence). */
export function stateOf(deadline: string | null, at: string | null): SubmissionState {
  return at === null ? 'missing' : onTime(deadline, at) ? 'on_time' : 'late';
}
