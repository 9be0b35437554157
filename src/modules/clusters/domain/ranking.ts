/**
 * Ranking of a cluster's scorecards. Tie-break rules, in order (documented in docs/API.md too):
 *  1. higher total (base + bonus − penalty);
 *  2. more standard criteria scored at their maximum;
 *  3. fewer penalty points;
 *  4. higher points from target results (criteria fed by the targets module);
 *  5. otherwise the units share the rank (1, 2, 2, 4: the next rank skips).
 * Units whose order is equal under all rules are listed by name (Vietnamese order) for display only.
 */
import type { Totals } from './scoring.js';

export interface Ranked<T> {
  item: T;
  rank: number;
  /** The rule that separated this unit from the one above it ('' for the first, 'shared' when tied). */
  decidedBy: 'total' | 'at_max' | 'penalty' | 'targets' | 'shared' | '';
}

const RULES: ReadonlyArray<{ key: Exclude<Ranked<unknown>['decidedBy'], 'shared' | ''>; order: (a: Totals, b: Totals) => number }> = [
  { key: 'total', order: (a, b) => b.total - a.total },
  { key: 'at_max', order: (a, b) => b.atMax - a.atMax },
  { key: 'penalty', order: (a, b) => a.penalty - b.penalty },
  { key: 'targets', order: (a, b) => b.targets - a.targets },
];

const collator = new Intl.Collator('vi');

export function compareTotals(a: Totals, b: Totals): number {
  for (const r of RULES) {
    const d = r.order(a, b);
    if (d !== 0) return d;
  }
  return 0;
}

export function rank<T>(items: readonly T[], totalsOf: (t: T) => Totals, nameOf: (t: T) => string): Ranked<T>[] {
  const sorted = [...items].sort((a, b) => compareTotals(totalsOf(a), totalsOf(b)) || collator.compare(nameOf(a), nameOf(b)));
  const out: Ranked<T>[] = [];
  sorted.forEach((item, i) => {
    if (i === 0) {
      out.push({ item, rank: 1, decidedBy: '' });
      return;
    }
    const above = out[i - 1]!;
    const a = totalsOf(above.item);
    const b = totalsOf(item);
    const rule = RULES.find((r) => r.order(a, b) !== 0);
    out.push(rule ? { item, rank: i + 1, decidedBy: rule.key } : { item, rank: above.rank, decidedBy: 'shared' });
  });
  return out;
}
