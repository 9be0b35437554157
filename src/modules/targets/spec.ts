import type { IndicatorRow } from '../../db/schema.js';
import type { Accumulation, Comparator, Frequency, IndicatorSpec } from './domain/types.js';

/** Row → domain spec: the seam between SQL and the pure evaluation. */
export const specOf = (row: IndicatorRow, year: number): IndicatorSpec => ({
  comparator: row.comparator as Comparator,
  target: row.target,
  targetMax: row.target_max,
  baseline: row.baseline,
  baselineYear: row.baseline_year,
  accumulation: row.accumulation as Accumulation,
  frequency: row.frequency as Frequency,
  year,
  unit: row.unit,
  name: row.name,
});
