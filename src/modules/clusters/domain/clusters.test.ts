import { describe, expect, it } from 'vitest';
import { rank } from './ranking.js';
import { transition, unitMayEdit } from './scorecard.js';
import { assessProblems, pointProblem, pointsFromTargets, submitProblems, totals, type Score } from './scoring.js';
import { baseMaximum, templateProblems, type Criterion, type Template } from './template.js';
import { ballotProblems, certificateQuota, voteResult } from './votes.js';

const c = (id: string, maxPoints: number, kind: Criterion['kind'] = 'standard', source: Criterion['source'] = 'manual'): Criterion =>
  ({ id, code: id.toUpperCase(), title: `Tiêu chí ${id}`, guidance: '', evidence: '', kind, source, maxPoints });
const T: Template = [
  { id: 'g1', code: 'I', title: 'Nhiệm vụ chính trị', criteria: [c('a', 30), c('b', 20, 'standard', 'targets')] },
  { id: 'g2', code: 'II', title: 'Cộng, trừ', criteria: [c('plus', 5, 'bonus'), c('minus', 10, 'penalty')] },
];
const scores = (o: Record<string, Partial<Score>>) => new Map(Object.entries(o).map(([k, v]) => [k, { self: v.self ?? null, assessed: v.assessed ?? null }]));

describe('template', () => {
  it('accepts a well-formed tree and sums the base maximum without bonus', () => {
    expect(templateProblems(T)).toEqual([]);
    expect(baseMaximum(T)).toBe(50);
  });
  it('names duplicate codes, non-positive maxima and target feeds on bonus items', () => {
    const bad: Template = [{ id: 'g', code: 'I', title: 'x', criteria: [c('a', 0), { ...c('a', 5, 'bonus', 'targets') }] }];
    expect(templateProblems(bad).map((p) => p.path)).toEqual(['groups.0.criteria.0.maxPoints', 'groups.0.criteria.1.code', 'groups.0.criteria.1.source']);
    expect(templateProblems([]).map((p) => p.path)).toEqual(['groups']);
  });
});

describe('scores', () => {
  it('accepts 0 and the maximum, refuses above the maximum, negatives and 3 decimals', () => {
    const a = c('a', 30);
    expect(pointProblem(a, 0, 'x')).toBeNull();
    expect(pointProblem(a, 30, 'x')).toBeNull();
    expect(pointProblem(a, 30.01, 'scores.A')?.message).toBe('Điểm vượt quá điểm tối đa của tiêu chí A (30)');
    expect(pointProblem(a, -1, 'x')?.message).toContain('âm');
    expect(pointProblem(a, 1.125, 'x')?.message).toContain('2 chữ số');
  });
  it('submits with zeros but not with an unscored standard criterion; bonus and penalty may stay empty', () => {
    expect(submitProblems(T, scores({ a: { self: 0 }, b: { self: 0 } }))).toEqual([]);
    expect(submitProblems(T, scores({ a: { self: 10 } }))).toEqual([{ path: 'scores.B', message: 'Chưa chấm tiêu chí B "Tiêu chí b"' }]);
    expect(assessProblems(T, scores({ a: { self: 10, assessed: 9 }, b: { self: 1 } })).map((p) => p.path)).toEqual(['scores.B']);
  });
  it('totals base + bonus − penalty, preferring assessed scores, and counts criteria at max', () => {
    const s = scores({ a: { self: 30, assessed: 28 }, b: { self: 20 }, plus: { self: 2.5 }, minus: { self: 1, assessed: 3 } });
    expect(totals(T, s)).toEqual({ base: 48, bonus: 2.5, penalty: 3, total: 47.5, atMax: 1, targets: 20 });
    expect(totals(T, s, 'self')).toEqual({ base: 50, bonus: 2.5, penalty: 1, total: 51.5, atMax: 2, targets: 20 });
  });
  it('avoids floating-point noise', () => {
    const t: Template = [{ id: 'g', code: 'I', title: 'x', criteria: [c('x', 1), c('y', 1)] }];
    expect(totals(t, scores({ x: { self: 0.1 }, y: { self: 0.2 } })).total).toBe(0.3);
  });
  it('feeds a criterion from target results', () => {
    expect(pointsFromTargets(20, ['achieved', 'on_track', 'at_risk', 'no_data'])).toBe(10);
    expect(pointsFromTargets(20, ['achieved'])).toBe(20);
    expect(pointsFromTargets(10, ['achieved', 'off_track', 'off_track'])).toBe(3.33);
    expect(pointsFromTargets(20, [])).toBeNull();
  });
});

describe('scorecard workflow', () => {
  it('goes draft → submitted → assessed → approved with the right parties', () => {
    expect(transition('draft', 'submit', ['unit'], false)).toEqual({ ok: true, to: 'submitted' });
    expect(transition('submitted', 'assess', ['leader'], false)).toEqual({ ok: true, to: 'assessed' });
    expect(transition('assessed', 'approve', ['board'], false)).toEqual({ ok: true, to: 'approved' });
  });
  it('refuses the wrong party with 403 and the wrong state with 409', () => {
    expect(transition('draft', 'submit', ['leader'], false)).toMatchObject({ ok: false, status: 403 });
    expect(transition('assessed', 'approve', ['leader'], false)).toMatchObject({ ok: false, status: 403 });
    expect(transition('draft', 'assess', ['board'], false)).toMatchObject({ ok: false, status: 409 });
    expect(transition('approved', 'submit', ['unit'], false)).toMatchObject({ ok: false, status: 409 });
  });
  it('returns with a reason, and a returned card restarts the chain from submission', () => {
    expect(transition('assessed', 'return', ['leader'], false, '  ')).toMatchObject({ ok: false, message: 'Cần ghi lý do trả lại' });
    expect(transition('approved', 'return', ['board'], false, 'Thiếu minh chứng')).toEqual({ ok: true, to: 'returned' });
    expect(unitMayEdit('returned')).toBe(true);
    expect(transition('returned', 'submit', ['unit'], false)).toEqual({ ok: true, to: 'submitted' });
    expect(transition('returned', 'approve', ['board'], false).ok).toBe(false);
  });
  it('freezes everything once the results are published', () => {
    expect(transition('approved', 'return', ['board'], true, 'x')).toMatchObject({ ok: false, status: 409 });
  });
});

describe('ranking tie-breaks', () => {
  const tot = (total: number, atMax = 0, penalty = 0, targets = 0) => ({ base: total, bonus: 0, penalty, total, atMax, targets });
  const run = (items: Array<[string, ReturnType<typeof tot>]>) => rank(items, (i) => i[1], (i) => i[0]).map((r) => `${r.item[0]}:${r.rank}:${r.decidedBy}`);
  it('orders by total', () => expect(run([['B', tot(80)], ['A', tot(90)]])).toEqual(['A:1:', 'B:2:total']));
  it('then by criteria at maximum', () => expect(run([['B', tot(90, 1)], ['A', tot(90, 3)]])).toEqual(['A:1:', 'B:2:at_max']));
  it('then by fewer penalty points', () => expect(run([['B', tot(90, 3, 2)], ['A', tot(90, 3, 1)]])).toEqual(['A:1:', 'B:2:penalty']));
  it('then by target results', () => expect(run([['B', tot(90, 3, 1, 10)], ['A', tot(90, 3, 1, 12)]])).toEqual(['A:1:', 'B:2:targets']));
  it('otherwise shares the rank and skips the next (1, 2, 2, 4), names in Vietnamese order', () => {
    expect(run([['Đắk Tô', tot(80)], ['Đắk Hà', tot(80)], ['Sa Thầy', tot(70)], ['Kon Tum', tot(95)]]))
      .toEqual(['Kon Tum:1:', 'Đắk Hà:2:total', 'Đắk Tô:2:shared', 'Sa Thầy:4:total']);
  });
  it('ranks an empty cluster as empty', () => expect(run([])).toEqual([]));
});

describe('votes', () => {
  const members = new Set(['a', 'b', 'c', 'd']);
  it('allows 1 certificate in a small cluster, 2 from 10 members', () => {
    expect(certificateQuota(9)).toBe(1);
    expect(certificateQuota(10)).toBe(2);
  });
  it('checks a ballot against membership and the quota', () => {
    expect(ballotProblems({ leading: 'a', certificates: ['b'] }, members, 1)).toEqual([]);
    expect(ballotProblems({ leading: 'x', certificates: ['b', 'c'] }, members, 1).map((p) => p.path)).toEqual(['leading', 'certificates']);
    expect(ballotProblems({ leading: 'a', certificates: ['a'] }, members, 1).map((p) => p.path)).toEqual(['certificates.0']);
  });
  it('proposes the most voted, settling equal votes by rank, never the leader twice', () => {
    const rankOf = (u: string) => ({ a: 2, b: 1, c: 3, d: 4 })[u] ?? 99;
    const r = voteResult([
      { unitId: 'a', leading: 2, certificates: 1 }, { unitId: 'b', leading: 2, certificates: 2 },
      { unitId: 'c', leading: 0, certificates: 2 }, { unitId: 'd', leading: 0, certificates: 0 },
    ], rankOf, 2);
    expect(r).toEqual({ leading: 'b', certificates: ['c', 'a'] });
    expect(voteResult([], rankOf, 2)).toEqual({ leading: null, certificates: [] });
  });
});
