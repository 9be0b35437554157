import { describe, expect, it } from 'vitest';
import { AT_RISK_MIN_RATIO, describeTarget, evaluateIndicator, specProblems, STATUS_LABELS } from './evaluate.js';
import type { IndicatorSpec, PeriodValue } from './types.js';

const spec = (over: Partial<IndicatorSpec> = {}): IndicatorSpec => ({
  comparator: 'gte', target: 4600, targetMax: null, baseline: null, baselineYear: null,
  accumulation: 'sum', frequency: 'quarter', year: 2024, unit: 'tỷ đồng', ...over,
});
const v = (period: string, value: number): PeriodValue => ({ period, value, kind: 'actual' });
const [AFTER, MID] = ['2025-01-20', '2024-07-15']; // after the year end; mid-year

// The seed's indicators (Chỉ thị 08/CT-UBND, Kon Tum 2024).
const revenue = spec({ name: 'Thu ngân sách nhà nước' });
const grdpPerCapita = spec({ name: 'GRDP bình quân đầu người', comparator: 'gt', target: 63.7, unit: 'triệu đồng', accumulation: 'last', frequency: 'year' });
const poverty = spec({ name: 'Tỷ lệ hộ nghèo', comparator: 'decrease_by', target: 3, targetMax: 4, baseline: 16.5, baselineYear: 2023, unit: '%', accumulation: 'last', frequency: 'half' });
const pci = spec({ name: 'Chỉ số PCI', comparator: 'rank_up_by', target: 5, baseline: 50, baselineYear: 2023, unit: 'bậc', accumulation: 'last', frequency: 'year' });
const insurance = spec({ name: 'Tỷ lệ bao phủ bảo hiểm y tế', target: 94.15, unit: '%', accumulation: 'last', frequency: 'month' });

describe('seed boundary cases (year result)', () => {
  it('63,7 million is not "trên 63,7 triệu đồng"', () => {
    const e = evaluateIndicator(grdpPerCapita, [v('2024', 63.7)], AFTER);
    expect(e).toMatchObject({ status: 'not_achieved', percentOfTarget: 100 });
    expect(e.explanation).toBe('Không đạt: GRDP bình quân đầu người 63,7 triệu đồng, chỉ tiêu trên 63,7 triệu đồng (100%).');
    expect(evaluateIndicator(grdpPerCapita, [v('2024', 63.71)], AFTER).status).toBe('achieved');
  });

  it('a fall of exactly 3 points meets "giảm ít nhất 3–4 điểm %"', () => {
    const e = evaluateIndicator(poverty, [v('2024', 13.5)], AFTER);
    expect(e).toMatchObject({ status: 'achieved', current: 13.5, forecast: 13.5, percentOfTarget: 100 });
    expect(e.explanation).toBe(
      'Đã đạt: tỷ lệ hộ nghèo giảm 3 điểm % so với năm 2023 (từ 16,5% xuống 13,5%), chỉ tiêu giảm ít nhất 3–4 điểm % (100%).',
    );
    const short = evaluateIndicator(poverty, [v('2024', 13.6)], AFTER);
    expect(short).toMatchObject({ status: 'not_achieved', percentOfTarget: 96.7 });
    expect(short.explanation).toContain('giảm 2,9 điểm %');
  });

  it('rank 45 after 50 is "tăng 5 bậc", which meets rank_up_by 5', () => {
    const e = evaluateIndicator(pci, [v('2024', 45)], AFTER);
    expect(e).toMatchObject({ status: 'achieved', percentOfTarget: 100 });
    expect(e.explanation).toContain('tăng 5 bậc so với năm 2023 (từ 50 lên 45)');
    expect(evaluateIndicator(pci, [v('2024', 46)], AFTER)).toMatchObject({ status: 'not_achieved', percentOfTarget: 80 });
  });

  it('a rank that fell is said so, with a negative percent', () => {
    const e = evaluateIndicator(pci, [v('2024', 53)], AFTER);
    expect(e).toMatchObject({ status: 'not_achieved', percentOfTarget: -60 });
    expect(e.explanation).toContain('giảm 3 bậc so với năm 2023 (từ 50 xuống 53)');
  });

  it('4.600 billion meets "từ 4.600 tỷ đồng trở lên", 4.599 does not', () => {
    const e = evaluateIndicator(revenue, [v('2024', 4600)], AFTER);
    expect(e).toMatchObject({ status: 'achieved', percentOfTarget: 100 });
    expect(evaluateIndicator(revenue, [v('2024', 4599)], AFTER).status).toBe('not_achieved');
    expect(evaluateIndicator(revenue, [v('2024', 4712)], AFTER).explanation).toBe(
      'Đã đạt: thu ngân sách nhà nước 4.712 tỷ đồng, chỉ tiêu từ 4.600 tỷ đồng trở lên (102,4%).',
    );
  });
});

describe('comparators after the year end', () => {
  const rate = (over: Partial<IndicatorSpec>): IndicatorSpec => spec({ unit: '%', accumulation: 'last', frequency: 'year', ...over });
  const status = (s: IndicatorSpec, x: number): string => evaluateIndicator(s, [v('2024', x)], AFTER).status;

  it('lte and lt: a ceiling, percent is target / value', () => {
    const lte = rate({ comparator: 'lte', target: 3 });
    expect(status(lte, 3)).toBe('achieved');
    expect(evaluateIndicator(lte, [v('2024', 2.5)], AFTER).percentOfTarget).toBe(120);
    const over = evaluateIndicator(lte, [v('2024', 3.2)], AFTER);
    expect(over).toMatchObject({ status: 'not_achieved', percentOfTarget: 93.8 });
    expect(over.explanation).toContain('không quá 3%');
    const lt = rate({ comparator: 'lt', target: 3 });
    expect(status(lt, 3)).toBe('not_achieved');
    expect(status(lt, 2.9)).toBe('achieved');
    expect(evaluateIndicator(lt, [v('2024', 0)], AFTER).percentOfTarget).toBe(100);
  });

  it('eq: equal up to float noise only', () => {
    const eq = rate({ comparator: 'eq', target: 100 });
    expect(status(eq, 100)).toBe('achieved');
    expect(status(eq, 99.6)).toBe('not_achieved');
    expect(status(rate({ comparator: 'eq', target: 0.3 }), 0.1 * 3)).toBe('achieved');
  });

  it('range: both bounds included', () => {
    const range = rate({ comparator: 'range', target: 3, targetMax: 4 });
    for (const x of [3, 3.5, 4]) expect(status(range, x)).toBe('achieved');
    for (const x of [2.9, 4.1]) expect(status(range, x)).toBe('not_achieved');
    expect(evaluateIndicator(range, [v('2024', 3.5)], AFTER).explanation).toContain('từ 3% đến 4%');
  });

  it('increase_by: change of the level from the baseline, in points for a rate', () => {
    const trained = rate({ name: 'Tỷ lệ lao động qua đào tạo', comparator: 'increase_by', target: 3, baseline: 55.5, baselineYear: 2023 });
    expect(evaluateIndicator(trained, [v('2024', 58.5)], AFTER)).toMatchObject({ status: 'achieved', percentOfTarget: 100 });
    expect(evaluateIndicator(trained, [v('2024', 58.5)], AFTER).explanation).toContain('tăng 3 điểm % so với năm 2023 (từ 55,5% lên 58,5%)');
    expect(status(trained, 58.4)).toBe('not_achieved');
    const communes = spec({ comparator: 'increase_by', target: 5, baseline: 40, baselineYear: 2023, unit: 'xã', accumulation: 'last', frequency: 'year' });
    expect(evaluateIndicator(communes, [v('2024', 45)], AFTER).explanation).toContain('tăng 5 xã so với năm 2023 (từ 40 xã lên 45 xã)');
  });

  it('differences are rounded so float noise (0.7 − 0.4 = 0.29999999999999993) cannot fail a target', () => {
    const s = rate({ comparator: 'decrease_by', target: 0.3, baseline: 0.7, baselineYear: 2023 });
    expect(evaluateIndicator(s, [v('2024', 0.4)], AFTER)).toMatchObject({ status: 'achieved', percentOfTarget: 100 });
  });
});

describe('the year value and asOf', () => {
  it('the year value is the official result and overrides the sub-periods', () => {
    const values = [v('2024-Q1', 1000), v('2024-Q2', 1100), v('2024-Q3', 1200), v('2024-Q4', 1200), v('2024', 4712)];
    expect(evaluateIndicator(revenue, values, AFTER)).toMatchObject({ status: 'achieved', current: 4712, forecast: 4712 });
  });

  it('after the year end without a year value, sub-periods decide: sum adds them', () => {
    const values = [v('2024-Q1', 1000), v('2024-Q2', 1100), v('2024-Q3', 1200), v('2024-Q4', 1200)];
    expect(evaluateIndicator(revenue, values, '2024-12-31')).toMatchObject({ status: 'not_achieved', current: 4500, percentOfTarget: 97.8 });
    const missing = evaluateIndicator(revenue, values.slice(0, 3), AFTER);
    expect(missing).toMatchObject({ status: 'not_achieved', current: 3300 });
    expect(missing.explanation).toContain('mới có số liệu 3/4 quý');
  });

  it('after the year end, `last` takes the latest period', () => {
    const values = [v('2024-11', 95), v('2024-10', 93)];
    expect(evaluateIndicator(insurance, values, AFTER)).toMatchObject({ status: 'achieved', current: 95, forecast: 95 });
  });

  it('uses only periods ended on or before asOf (end day inclusive)', () => {
    const values = [v('2024-Q1', 1000), v('2024-Q2', 1150)];
    expect(evaluateIndicator(revenue, values, '2024-06-29').current).toBe(1000);
    expect(evaluateIndicator(revenue, values, '2024-06-30').current).toBe(2150);
  });

  it('a year value is not used before 31/12, even if already entered', () => {
    const values = [v('2024-Q1', 1200), v('2024-Q2', 1200), v('2024-Q3', 1200), v('2024', 4000)];
    expect(evaluateIndicator(revenue, values, '2024-12-30')).toMatchObject({ status: 'on_track', current: 3600, forecast: 4800 });
    expect(evaluateIndicator(revenue, values, '2024-12-31')).toMatchObject({ status: 'not_achieved', current: 4000 });
  });

  it('ignores values of other years, other frequencies and malformed periods; the last duplicate wins', () => {
    const values = [v('2023-Q1', 9999), v('2024-03', 9999), v('2024-Q5', 9999), v('2024-Q1', 1), v('2024-Q1', 1000)];
    expect(evaluateIndicator(revenue, values, MID).current).toBe(1000);
  });

  it('rejects a malformed asOf', () => {
    expect(() => evaluateIndicator(revenue, [], '15/07/2024')).toThrow(RangeError);
  });
});

describe('no data', () => {
  it('says so with the date and the target', () => {
    const e = evaluateIndicator(revenue, [], '2024-06-30');
    expect(e).toEqual({
      status: 'no_data', current: null, forecast: null, percentOfTarget: null,
      explanation: 'Chưa có số liệu thu ngân sách nhà nước đến ngày 30/06/2024, chỉ tiêu từ 4.600 tỷ đồng trở lên.',
    });
  });

  it('values not yet due do not count', () => {
    expect(evaluateIndicator(revenue, [v('2024-Q3', 1200)], MID).status).toBe('no_data');
    expect(evaluateIndicator(grdpPerCapita, [], MID).status).toBe('no_data');
  });

  it('a change target without a baseline cannot be evaluated', () => {
    const s = { ...pci, baseline: null };
    expect(specProblems(s)).toEqual(['baseline_required']);
    const e = evaluateIndicator(s, [v('2024', 45)], AFTER);
    expect(e).toMatchObject({ status: 'no_data', current: null });
    expect(e.explanation).toContain('Chưa có số liệu năm 2023 để so sánh');
  });
});

describe('forecast of a sum before the year end', () => {
  const h1 = [v('2024-Q1', 1000), v('2024-Q2', 1150)];

  it('without last year: proportional to the elapsed periods', () => {
    const e = evaluateIndicator(revenue, h1, MID);
    expect(e).toMatchObject({ status: 'at_risk', current: 2150, forecast: 4300, percentOfTarget: 46.7 });
    expect(e.explanation).toBe(
      'Có nguy cơ không đạt: thu ngân sách nhà nước lũy kế đến hết quý II/2024 đạt 2.150 tỷ đồng, ' +
        'dự báo cả năm 4.300 tỷ đồng, chỉ tiêu từ 4.600 tỷ đồng trở lên (đã thực hiện 46,7%).',
    );
  });

  it("with last year's quarters: follows last year's shape", () => {
    // Last year the first half made 1.700 of 4.000 (42,5 %): 2.150 / 0,425 ≈ 5.058,82.
    const lastYear = [v('2023-Q1', 800), v('2023-Q2', 900), v('2023-Q3', 1000), v('2023-Q4', 1300)];
    const e = evaluateIndicator(revenue, h1, MID, lastYear);
    expect(e.status).toBe('on_track');
    expect(e.forecast).toBeCloseTo(5058.82, 2); // proportional would say 4.300, at risk
    expect(e.explanation).toMatch(/^Đúng tiến độ: .*dự báo cả năm 5\.058,82 tỷ đồng/);
  });

  it("last year's total may come from its year value", () => {
    const lastYear = [v('2023-Q1', 800), v('2023-Q2', 900), v('2023', 4000)];
    expect(evaluateIndicator(revenue, h1, MID, lastYear).forecast).toBeCloseTo(5058.82, 2);
  });

  it('falls back to proportional when last year does not cover the elapsed periods', () => {
    expect(evaluateIndicator(revenue, h1, MID, [v('2023-Q1', 800), v('2023', 4000)]).forecast).toBe(4300);
    expect(evaluateIndicator(revenue, h1, MID, [v('2024-Q1', 800), v('2024-Q2', 900)]).forecast).toBe(4300);
  });

  it('runs on the periods reported, so a late month does not sink the forecast', () => {
    const months = spec({ frequency: 'month', target: 1200 });
    const e = evaluateIndicator(months, [v('2024-01', 100), v('2024-02', 100), v('2024-03', 100)], '2024-05-10');
    expect(e).toMatchObject({ current: 300, forecast: 1200, status: 'on_track' });
  });

  it(`at risk from ${AT_RISK_MIN_RATIO * 100} % of the target, off track below`, () => {
    expect(AT_RISK_MIN_RATIO).toBe(0.9);
    const s = spec({ target: 1000 });
    expect(evaluateIndicator(s, [v('2024-Q1', 225), v('2024-Q2', 225)], MID)).toMatchObject({ forecast: 900, status: 'at_risk' });
    const off = evaluateIndicator(s, [v('2024-Q1', 224), v('2024-Q2', 225)], MID);
    expect(off).toMatchObject({ forecast: 898, status: 'off_track' });
    expect(off.explanation).toMatch(/^Khó đạt: /);
    expect(evaluateIndicator(s, [v('2024-Q1', 250), v('2024-Q2', 250)], MID).status).toBe('on_track');
  });
});

describe('forecast of a level (`last`) before the year end', () => {
  it('extends the trend of the last 4 values to December', () => {
    const values = [v('2024-01', 50), v('2024-02', 60), v('2024-03', 91), v('2024-04', 91.5), v('2024-05', 92), v('2024-06', 92.5)];
    const e = evaluateIndicator(insurance, values, MID);
    expect(e).toMatchObject({ status: 'on_track', current: 92.5, forecast: 95.5 });
    expect(e.explanation).toContain('tháng 6/2024 là 92,5%, dự báo cả năm 95,5%, chỉ tiêu từ 94,15% trở lên');
  });

  it('one value is its own forecast', () => {
    expect(evaluateIndicator(insurance, [v('2024-06', 93)], MID)).toMatchObject({ forecast: 93, status: 'at_risk' });
  });

  it('a rate is not clamped at 100 %', () => {
    const s = spec({ target: 95, unit: '%', accumulation: 'last', frequency: 'quarter' });
    expect(evaluateIndicator(s, [v('2024-Q1', 96), v('2024-Q2', 98)], MID).forecast).toBe(102);
  });

  it('a falling rate forecasts its change from the baseline', () => {
    const quarterly = { ...poverty, frequency: 'quarter' as const };
    const e = evaluateIndicator(quarterly, [v('2024-Q1', 15.5), v('2024-Q2', 14.5)], MID);
    expect(e).toMatchObject({ status: 'on_track', current: 14.5, forecast: 12.5, percentOfTarget: 66.7 });
    expect(e.explanation).toContain('dự báo cả năm giảm 4 điểm % so với năm 2023, chỉ tiêu giảm ít nhất 3–4 điểm %');
    const h1 = evaluateIndicator(poverty, [v('2024-H1', 14.2)], MID);
    expect(h1).toMatchObject({ status: 'off_track', forecast: 14.2, percentOfTarget: 76.7 });
  });

  it('a rank forecast cannot go above first place', () => {
    const s = { ...pci, frequency: 'quarter' as const, baseline: 8 };
    expect(evaluateIndicator(s, [v('2024-Q1', 5), v('2024-Q2', 3)], MID)).toMatchObject({ forecast: 1, status: 'on_track' });
  });

  it('gt: a forecast exactly at the threshold is at risk, not on track', () => {
    const s = { ...grdpPerCapita, frequency: 'half' as const };
    expect(evaluateIndicator(s, [v('2024-H1', 63.7)], MID).status).toBe('at_risk');
  });

  it('lte: at risk within 10 % above the ceiling', () => {
    const s = spec({ comparator: 'lte', target: 3, unit: '%', accumulation: 'last', frequency: 'month' });
    expect(evaluateIndicator(s, [v('2024-06', 3.3)], MID).status).toBe('at_risk');
    expect(evaluateIndicator(s, [v('2024-06', 3.4)], MID).status).toBe('off_track');
    expect(evaluateIndicator(s, [v('2024-06', 2.8)], MID).status).toBe('on_track');
  });
});

describe('wording', () => {
  it('describeTarget names every comparator as a card would show it', () => {
    const pct = { unit: '%', accumulation: 'last' as const };
    expect(describeTarget(spec({ ...pct, target: 10 }))).toBe('từ 10% trở lên');
    expect(describeTarget(grdpPerCapita)).toBe('trên 63,7 triệu đồng');
    expect(describeTarget(revenue)).toBe('từ 4.600 tỷ đồng trở lên');
    expect(describeTarget(spec({ ...pct, comparator: 'lte', target: 3 }))).toBe('không quá 3%');
    expect(describeTarget(spec({ ...pct, comparator: 'lt', target: 3 }))).toBe('dưới 3%');
    expect(describeTarget(spec({ ...pct, comparator: 'eq', target: 100 }))).toBe('bằng 100%');
    expect(describeTarget(spec({ ...pct, comparator: 'range', target: 3, targetMax: 4 }))).toBe('từ 3% đến 4%');
    expect(describeTarget(pci)).toBe('tăng 5 bậc so với năm 2023');
    expect(describeTarget(poverty)).toBe('giảm ít nhất 3–4 điểm % so với năm 2023');
    expect(describeTarget(spec({ ...pct, comparator: 'increase_by', target: 3, baseline: 55.5, baselineYear: 2023 }))).toBe(
      'tăng 3 điểm % so với năm 2023',
    );
  });

  it('without a name the sentence still reads', () => {
    const e = evaluateIndicator(spec(), [v('2024', 4712)], AFTER);
    expect(e.explanation).toBe('Đã đạt: kết quả 4.712 tỷ đồng, chỉ tiêu từ 4.600 tỷ đồng trở lên (102,4%).');
  });

  it('every explanation is one sentence that starts with its status', () => {
    const cases: [PeriodValue[], string][] = [[[v('2024', 4712)], AFTER], [[v('2024', 4000)], AFTER],
      [[v('2024-Q1', 1200), v('2024-Q2', 1200)], MID], [[v('2024-Q1', 1000), v('2024-Q2', 1150)], MID],
      [[v('2024-Q1', 500)], MID], [[], MID]];
    const seen = new Set<string>();
    for (const [values, asOf] of cases) {
      const e = evaluateIndicator(revenue, values, asOf);
      seen.add(e.status);
      expect(e.explanation.startsWith(STATUS_LABELS[e.status])).toBe(true);
      expect(e.explanation.endsWith('.')).toBe(true);
      expect(e.explanation.slice(0, -1)).not.toMatch(/\.\s/);
    }
    expect(seen.size).toBe(6);
  });
});
