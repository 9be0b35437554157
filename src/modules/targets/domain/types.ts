/** Indicator (chỉ tiêu) model of the targets module: pure data, no I/O. */
export const COMPARATORS = ['gte', 'gt', 'lte', 'lt', 'eq', 'range', 'increase_by', 'decrease_by', 'rank_up_by'] as const;
export type Comparator = (typeof COMPARATORS)[number];

export const ACCUMULATIONS = ['sum', 'last'] as const;
/** `sum`: flows added over periods (revenue, tourists); `last`: levels and rates (latest value counts). */
export type Accumulation = (typeof ACCUMULATIONS)[number];

export const FREQUENCIES = ['month', 'quarter', 'half', 'year'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export interface IndicatorSpec {
  /** Indicator name, the subject of the explanation sentence (e.g. "Thu ngân sách nhà nước"). */
  name?: string;
  comparator: Comparator;
  target: number;
  /** Upper bound of a `range`, or of "at least 3–4" (met from the lower bound `target`). */
  targetMax: number | null;
  /** Level in the baseline year, needed by `increase_by`, `decrease_by`, `rank_up_by`. */
  baseline: number | null;
  baselineYear: number | null;
  accumulation: Accumulation;
  frequency: Frequency;
  /** The year the target is for (the movement's year). */
  year: number;
  /** Display unit, e.g. "%", "tỷ đồng", "bậc". */
  unit: string;
}

export type ValueKind = 'actual' | 'estimate';

/** One value retained for evaluation: the latest non-returned value of its period. */
export interface PeriodValue {
  period: string;
  value: number;
  kind: ValueKind;
}

export const EVALUATION_STATUSES = ['achieved', 'not_achieved', 'on_track', 'at_risk', 'off_track', 'no_data'] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];

export interface Evaluation {
  status: EvaluationStatus;
  /** Cumulative total (`sum`) or latest level (`last`) up to asOf; null when no data. */
  current: number | null;
  /** Projected value at the end of the year; equals `current` once the year has ended. */
  forecast: number | null;
  /** Progress towards the target in percent (see evaluate.ts for the definition per comparator). */
  percentOfTarget: number | null;
  /** One Vietnamese sentence for an officer. */
  explanation: string;
}
