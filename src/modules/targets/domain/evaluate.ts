/** Evaluation and forecast of one indicator: a pure function of its spec, values and `asOf`. */
import { formatDate, formatNumber } from '../../../lib/format.js';
import { type Period, periodFitsIndicator, periodLabel, periodsPerYear } from './period.js';
import type { Comparator, Evaluation, EvaluationStatus, IndicatorSpec, PeriodValue } from './types.js';

/** Before the year end, a forecast that misses the target by at most 10 % of it is "at risk". */
export const AT_RISK_MIN_RATIO = 0.9;
/** `last` indicators: the forecast is a straight line through at most this many latest values. */
export const TREND_WINDOW = 4;

export const STATUS_LABELS: Record<EvaluationStatus, string> = {
  achieved: 'Đã đạt',
  not_achieved: 'Không đạt',
  on_track: 'Đúng tiến độ',
  at_risk: 'Có nguy cơ không đạt',
  off_track: 'Khó đạt',
  no_data: 'Chưa có số liệu',
};

const CHANGE_COMPARATORS: ReadonlySet<Comparator> = new Set(['increase_by', 'decrease_by', 'rank_up_by']);
const LOWER_IS_BETTER: ReadonlySet<Comparator> = new Set(['lte', 'lt']);

export type SpecProblem = 'baseline_required' | 'target_max_required' | 'target_max_below_target';

/** What keeps a spec from being evaluated as meant; the API should refuse such a spec. */
export function specProblems(spec: IndicatorSpec): SpecProblem[] {
  const problems: SpecProblem[] = [];
  if (CHANGE_COMPARATORS.has(spec.comparator) && spec.baseline === null) problems.push('baseline_required');
  if (spec.comparator === 'range' && spec.targetMax === null) problems.push('target_max_required');
  if (spec.targetMax !== null && spec.targetMax < spec.target) problems.push('target_max_below_target');
  return problems;
}

/** Float noise (16.5 − 13.5, 0.1 × 3) must not decide a comparison. */
const round9 = (x: number): number => Math.round(x * 1e9) / 1e9;
const sum = (xs: readonly number[]): number => round9(xs.reduce((a, b) => a + b, 0));

/** The quantity the target is about: the level itself, or its change from the baseline. */
function measure(spec: IndicatorSpec, level: number): number {
  const baseline = spec.baseline ?? 0;
  if (spec.comparator === 'increase_by') return round9(level - baseline);
  if (spec.comparator === 'decrease_by' || spec.comparator === 'rank_up_by') return round9(baseline - level);
  return round9(level);
}

function meets(spec: IndicatorSpec, level: number): boolean {
  const v = measure(spec, level);
  const t = round9(spec.target);
  switch (spec.comparator) {
    case 'gt':
      return v > t;
    case 'lte':
      return v <= t;
    case 'lt':
      return v < t;
    case 'eq':
      return v === t;
    case 'range':
      return v >= t && (spec.targetMax === null || v <= round9(spec.targetMax));
    default: // gte and the change comparators: "at least"; "at least 3–4" is met from 3.
      return v >= t;
  }
}

/** Not met, but within 10 % of the target (on the side where it misses). */
function nearMiss(spec: IndicatorSpec, level: number): boolean {
  const v = measure(spec, level);
  const slack = (1 - AT_RISK_MIN_RATIO) * Math.abs(spec.target);
  if (LOWER_IS_BETTER.has(spec.comparator)) return v <= round9(spec.target + slack);
  if (spec.comparator === 'eq') return Math.abs(v - spec.target) <= round9(slack);
  if (spec.comparator === 'range' && spec.targetMax !== null && v > spec.targetMax) {
    return v <= round9(spec.targetMax + (1 - AT_RISK_MIN_RATIO) * Math.abs(spec.targetMax));
  }
  return v >= round9(spec.target - slack);
}

/**
 * Progress in percent, 1 decimal; null when undefined (target 0 for a ratio to the target).
 * - gte, gt, eq, range (lower bound): value / target × 100
 * - lte, lt: target / value × 100 (value 0: 100 if target ≥ 0), so 100 means "just at the ceiling"
 * - increase_by, decrease_by, rank_up_by: change / target × 100; negative when it moved the wrong way
 */
function percentOf(spec: IndicatorSpec, level: number): number | null {
  const v = measure(spec, level);
  let ratio: number;
  if (LOWER_IS_BETTER.has(spec.comparator)) {
    if (v === 0) return spec.target >= 0 ? 100 : 0;
    ratio = spec.target / v;
  } else {
    if (spec.target === 0) return null;
    ratio = v / spec.target;
  }
  return Math.round(round9(ratio * 100) * 10) / 10;
}

interface Point {
  period: Period;
  value: number;
}

/** Values of the indicator's year that fit its frequency, one per period (the last given wins). */
function pointsOf(spec: IndicatorSpec, values: readonly PeriodValue[], year: number, asOf?: string): Point[] {
  const byCode = new Map<string, Point>();
  for (const v of values) {
    const fit = periodFitsIndicator(v.period, spec.frequency, year);
    if (!fit.ok || !Number.isFinite(v.value)) continue;
    if (asOf !== undefined && fit.period.end > asOf) continue;
    byCode.set(fit.period.code, { period: fit.period, value: v.value });
  }
  return [...byCode.values()].sort((a, b) => a.period.index - b.period.index);
}

/**
 * Share of last year's total made in the periods we have this year, or null when last year's
 * values do not cover them (then the run-rate is plain proportional).
 */
function lastYearShare(spec: IndicatorSpec, indexes: readonly number[], lastYear: readonly PeriodValue[]): number | null {
  const points = pointsOf(spec, lastYear, spec.year - 1);
  const subs = new Map(points.filter((p) => p.period.kind !== 'year').map((p) => [p.period.index, p.value]));
  const yearValue = points.find((p) => p.period.kind === 'year')?.value ?? null;
  const elapsed: number[] = [];
  for (const i of indexes) {
    const v = subs.get(i);
    if (v === undefined) return null;
    elapsed.push(v);
  }
  const total = subs.size === periodsPerYear(spec.frequency) ? sum([...subs.values()]) : yearValue;
  if (total === null || total <= 0) return null;
  const share = sum(elapsed) / total;
  return share > 0 && share <= 1 ? share : null;
}

/** Least squares line through the latest values against the period index, read at the year end. */
function trend(points: readonly Point[], lastIndex: number): number {
  const pts = points.slice(-TREND_WINDOW);
  const n = pts.length;
  const mx = pts.reduce((a, p) => a + p.period.index, 0) / n;
  const my = pts.reduce((a, p) => a + p.value, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of pts) {
    sxx += (p.period.index - mx) ** 2;
    sxy += (p.period.index - mx) * (p.value - my);
  }
  return sxx === 0 ? my : round9(my + (sxy / sxx) * (lastIndex - mx));
}

function forecastOf(spec: IndicatorSpec, subs: readonly Point[], current: number, lastYear: readonly PeriodValue[]): number {
  const n = periodsPerYear(spec.frequency);
  if (spec.accumulation === 'last') {
    const f = trend(subs, n);
    return spec.comparator === 'rank_up_by' ? Math.max(1, f) : f;
  }
  const share = lastYearShare(spec, subs.map((p) => p.period.index), lastYear);
  return round9(share !== null ? current / share : (current * n) / subs.length);
}

export function evaluateIndicator(
  spec: IndicatorSpec,
  values: PeriodValue[],
  asOf: string,
  lastYearValues: PeriodValue[] = [],
): Evaluation {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new RangeError(`asOf must be YYYY-MM-DD: ${asOf}`);
  const points = pointsOf(spec, values, spec.year, asOf);
  const yearPoint = points.find((p) => p.period.kind === 'year');
  const subs = points.filter((p) => p.period.kind !== 'year');
  const latest = yearPoint ?? subs[subs.length - 1];
  const name = subject(spec);
  if (latest === undefined) return noData(spec, `Chưa có số liệu${name ? ` ${name}` : ''} đến ngày ${formatDate(asOf)}`);
  if (CHANGE_COMPARATORS.has(spec.comparator) && spec.baseline === null) {
    return noData(spec, `Chưa có số liệu ${baseYear(spec)} để so sánh`);
  }

  const current = yearPoint?.value ?? (spec.accumulation === 'sum' ? sum(subs.map((p) => p.value)) : latest.value);
  const final = yearPoint !== undefined || asOf >= `${spec.year}-12-31`;
  const forecast = final ? current : forecastOf(spec, subs, current, lastYearValues);
  let status: EvaluationStatus;
  if (final) status = meets(spec, current) ? 'achieved' : 'not_achieved';
  else if (meets(spec, forecast)) status = 'on_track';
  else status = nearMiss(spec, forecast) ? 'at_risk' : 'off_track';
  const percentOfTarget = percentOf(spec, current);

  // Before the year end the percent is progress so far, which must not read as the forecast's.
  const pct = percentOfTarget === null ? '' : ` (${final ? '' : 'đã thực hiện '}${formatNumber(percentOfTarget, 1)}%)`;
  let body: string;
  if (final) {
    const missing = yearPoint === undefined && spec.accumulation === 'sum' ? coverage(spec, subs.length) : '';
    body = `${name ?? 'kết quả'} ${change(spec, current) ?? level(spec, current)}${missing}`;
  } else {
    const sofar = spec.accumulation === 'sum' ? `lũy kế đến hết ${periodLabel(latest.period)} đạt` : `${periodLabel(latest.period)} là`;
    const projected = change(spec, forecast, false) ?? level(spec, forecast);
    body = `${name ?? 'kết quả'} ${sofar} ${level(spec, current)}, dự báo cả năm ${projected}`;
  }
  const explanation = `${STATUS_LABELS[status]}: ${body}, chỉ tiêu ${targetPhrase(spec, false)}${pct}.`;
  return { status, current, forecast, percentOfTarget, explanation };
}

function noData(spec: IndicatorSpec, reason: string): Evaluation {
  const explanation = `${reason}, chỉ tiêu ${describeTarget(spec)}.`;
  return { status: 'no_data', current: null, forecast: null, percentOfTarget: null, explanation };
}

// ---- Vietnamese wording ----

/** The name inside a sentence: "Thu ngân sách" → "thu ngân sách", but "GRDP…", "PCI" kept. */
function subject(spec: IndicatorSpec): string | null {
  const name = spec.name?.trim();
  if (!name) return null;
  const [first = '', second = ''] = name;
  const wordCase = second.toLocaleLowerCase('vi') === second && second.toLocaleUpperCase('vi') !== second;
  return (wordCase ? first.toLocaleLowerCase('vi') : first) + name.slice(first.length);
}

const num = (x: number): string => formatNumber(x);

/** A level with its unit: "10%", "4.600 tỷ đồng"; ranks are bare numbers. */
function level(spec: IndicatorSpec, x: number): string {
  if (spec.comparator === 'rank_up_by' || spec.unit === '') return num(x);
  return spec.unit === '%' ? `${num(x)}%` : `${num(x)} ${spec.unit}`;
}

/** Unit of a change: a rate moves in percentage points, a rank in steps (bậc). */
function changeUnit(spec: IndicatorSpec): string {
  if (spec.comparator === 'rank_up_by') return 'bậc';
  return spec.unit === '%' ? 'điểm %' : spec.unit;
}

const withUnit = (amount: string, unit: string): string => (unit === '' ? amount : `${amount} ${unit}`);

const baseYear = (spec: IndicatorSpec): string => (spec.baselineYear === null ? 'năm gốc' : `năm ${spec.baselineYear}`);
const sinceYear = (spec: IndicatorSpec): string => `so với ${baseYear(spec)}`;

/** "giảm 3 điểm % so với năm 2023 (từ 16,5% xuống 13,5%)"; null for level comparators. */
function change(spec: IndicatorSpec, x: number, fromTo = true): string | null {
  if (!CHANGE_COMPARATORS.has(spec.comparator) || spec.baseline === null) return null;
  const base = spec.baseline;
  // A rank goes up when its number gets smaller (50 → 45 is "tăng 5 bậc").
  const moved = round9(spec.comparator === 'rank_up_by' ? base - x : x - base);
  if (moved === 0) return `không đổi ${sinceYear(spec)}${fromTo ? ` (${level(spec, x)})` : ''}`;
  const detail = fromTo ? ` (từ ${level(spec, base)} ${moved > 0 ? 'lên' : 'xuống'} ${level(spec, x)})` : '';
  return `${moved > 0 ? 'tăng' : 'giảm'} ${withUnit(num(Math.abs(moved)), changeUnit(spec))} ${sinceYear(spec)}${detail}`;
}

/** "(mới có số liệu 3/4 quý)" when a summed year result lacks periods. */
function coverage(spec: IndicatorSpec, count: number): string {
  const n = periodsPerYear(spec.frequency);
  if (count >= n) return '';
  const noun = spec.frequency === 'half' ? 'kỳ 6 tháng' : spec.frequency === 'quarter' ? 'quý' : 'tháng';
  return ` (mới có số liệu ${count}/${n} ${noun})`;
}

function targetPhrase(spec: IndicatorSpec, withYear: boolean): string {
  const t = level(spec, spec.target);
  const max = spec.targetMax;
  switch (spec.comparator) {
    case 'gte':
      return `từ ${t} trở lên`;
    case 'gt':
      return `trên ${t}`;
    case 'lte':
      return `không quá ${t}`;
    case 'lt':
      return `dưới ${t}`;
    case 'eq':
      return `bằng ${t}`;
    case 'range':
      return max === null ? `từ ${t} trở lên` : `từ ${t} đến ${level(spec, max)}`;
    default: {
      const amount = max === null ? num(spec.target) : `ít nhất ${num(spec.target)}–${num(max)}`;
      const verb = spec.comparator === 'decrease_by' ? 'giảm' : 'tăng';
      return `${verb} ${withUnit(amount, changeUnit(spec))}${withYear ? ` ${sinceYear(spec)}` : ''}`;
    }
  }
}

/** The target in words for a card: "từ 10% trở lên", "trên 63,7 triệu đồng", "tăng 5 bậc so với năm 2023". */
export function describeTarget(spec: IndicatorSpec): string {
  return targetPhrase(spec, true);
}
