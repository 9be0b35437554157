/**
 * Points of a scorecard over its template. Each criterion has a self score and, once assessed, an
 * assessed score; the final score is the assessed one when present. Zero is a valid score: "not
 * scored" is `null`, never 0.
 */
import { criteriaOf, roundPoints, type Criterion, type Problem, type Template } from './template.js';

export interface Score {
  self: number | null;
  assessed: number | null;
}

export type Scores = ReadonlyMap<string, Score>;

/** A score entered for one criterion: between 0 and its maximum (a penalty's maximum is the most it can deduct). */
export function pointProblem(c: Criterion, points: number, path: string): Problem | null {
  if (!Number.isFinite(points) || points < 0) return { path, message: 'Điểm không được âm' };
  if (points > c.maxPoints) return { path, message: `Điểm vượt quá điểm tối đa của tiêu chí ${c.code} (${c.maxPoints})` };
  if (roundPoints(points) !== points) return { path, message: 'Điểm chỉ có tối đa 2 chữ số thập phân' };
  return null;
}

/**
 * Before submitting: every standard criterion needs a self score (bonus and penalty items left
 * empty count as 0, since most units have none).
 */
export function submitProblems(t: Template, scores: Scores): Problem[] {
  return criteriaOf(t)
    .filter((c) => c.kind === 'standard' && (scores.get(c.id)?.self ?? null) === null)
    .map((c) => ({ path: `scores.${c.code}`, message: `Chưa chấm tiêu chí ${c.code} "${c.title}"` }));
}

/** Before the assessment is recorded: every standard criterion needs an assessed score. */
export function assessProblems(t: Template, scores: Scores): Problem[] {
  return criteriaOf(t)
    .filter((c) => c.kind === 'standard' && (scores.get(c.id)?.assessed ?? null) === null)
    .map((c) => ({ path: `scores.${c.code}`, message: `Chưa thẩm định tiêu chí ${c.code} "${c.title}"` }));
}

export interface Totals {
  base: number;
  bonus: number;
  penalty: number;
  total: number;
  /** Standard criteria that reached their maximum (first tie-break). */
  atMax: number;
  /** Points of the criteria fed by the targets module (last tie-break before a shared rank). */
  targets: number;
}

export type Which = 'self' | 'final';

export function totals(t: Template, scores: Scores, which: Which = 'final'): Totals {
  const r = { base: 0, bonus: 0, penalty: 0, atMax: 0, targets: 0 };
  for (const c of criteriaOf(t)) {
    const s = scores.get(c.id);
    const pts = (which === 'final' ? (s?.assessed ?? s?.self) : s?.self) ?? 0;
    if (c.kind === 'standard') {
      r.base += pts;
      if (pts === c.maxPoints) r.atMax += 1;
      if (c.source === 'targets') r.targets += pts;
    } else if (c.kind === 'bonus') r.bonus += pts;
    else r.penalty += pts;
  }
  const base = roundPoints(r.base);
  const bonus = roundPoints(r.bonus);
  const penalty = roundPoints(r.penalty);
  return { base, bonus, penalty, total: roundPoints(base + bonus - penalty), atMax: r.atMax, targets: roundPoints(r.targets) };
}

/**
 * Points of a criterion fed by the targets module: the share of the unit's own indicators that are
 * achieved or on track, times the criterion's maximum. No indicator → null (the unit scores it by hand).
 */
export function pointsFromTargets(maxPoints: number, statuses: readonly string[]): number | null {
  if (statuses.length === 0) return null;
  const met = statuses.filter((s) => s === 'achieved' || s === 'on_track').length;
  return roundPoints((maxPoints * met) / statuses.length);
}
