import type { IndicatorValue } from '../../api/types.js';

/** Values that count: per period the newest one neither returned nor superseded, oldest period first. */
export function chartSeries(values: IndicatorValue[]): { period: string; value: number }[] {
  const byPeriod = new Map<string, IndicatorValue>();
  for (const v of values) {
    if (v.status === 'returned' || v.status === 'superseded') continue;
    const seen = byPeriod.get(v.period);
    if (!seen || seen.reportedAt < v.reportedAt) byPeriod.set(v.period, v);
  }
  return [...byPeriod.values()]
    .sort((a, b) => a.period.localeCompare(b.period))
    .map((v) => ({ period: v.period, value: v.value }));
}
