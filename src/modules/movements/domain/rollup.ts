/** Who has and has not registered or reported: one pass over the units in scope. */
import { onTime } from './status.js';

export interface ScopeUnit {
  id: string;
  name: string;
}

export interface Submission {
  unitId: string;
  at: string;
}

export type SubmissionState = 'on_time' | 'late' | 'missing';

export interface RollupRow extends ScopeUnit {
  state: SubmissionState;
  at: string | null;
}

export interface Rollup {
  total: number;
  onTime: number;
  late: number;
  missing: number;
  rows: RollupRow[];
}

/** Units keep the given order; a unit outside the scope that submitted is ignored (it cannot, by the rules). */
export function rollup(scope: readonly ScopeUnit[], submissions: readonly Submission[], deadline: string | null): Rollup {
  const at = new Map(submissions.map((s) => [s.unitId, s.at]));
  const counts = { on_time: 0, late: 0, missing: 0 };
  const rows = scope.map((u) => {
    const when = at.get(u.id) ?? null;
    const state: SubmissionState = when === null ? 'missing' : onTime(deadline, when) ? 'on_time' : 'late';
    counts[state] += 1;
    return { ...u, state, at: when };
  });
  return { total: scope.length, onTime: counts.on_time, late: counts.late, missing: counts.missing, rows };
}
