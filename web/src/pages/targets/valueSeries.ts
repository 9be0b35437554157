import type { IndicatorValue } from '../../api/types.js';
import { parsePeriod, periodEnd } from '../../lib/period.js';

const endOf = (code: string): number => {
  const p = parsePeriod(code);
  return p ? periodEnd(p).getTime() : 0;
};

/** Values that count: per period the newest one neither returned nor superseded, in time order (the year after its last sub-period). */
export function chartSeries(values: IndicatorValue[]): { period: string; value: number }[] {
  const byPeriod = new Map<string, IndicatorValue>();
  for (const v of values) {
    if (v.status === 'returned' || v.status === 'superseded') continue;
    const seen = byPeriod.get(v.period);
    if (!seen || seen.reportedAt < v.reportedAt) byPeriod.set(v.period, v);
  }
  return [...byPeriod.values()]
    .sort((a, b) => endOf(a.period) - endOf(b.period) || a.period.length - b.period.length)
    .map((v) => ({ period: v.period, value: v.value }));
}
