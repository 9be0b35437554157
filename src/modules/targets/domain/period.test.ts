import { describe, expect, it } from 'vitest';
import { parsePeriod, periodFitsIndicator, periodLabel, periodsOfYear, periodsPerYear } from './period.js';

describe('parsePeriod', () => {
  it('reads a month with its first and last day', () => {
    expect(parsePeriod('2024-03')).toEqual({
      code: '2024-03', year: 2024, kind: 'month', index: 3, start: '2024-03-01', end: '2024-03-31',
    });
  });

  it('knows the length of February in leap and common years', () => {
    expect(parsePeriod('2024-02')?.end).toBe('2024-02-29');
    expect(parsePeriod('2023-02')?.end).toBe('2023-02-28');
    expect(parsePeriod('2100-02')?.end).toBe('2100-02-28');
    expect(parsePeriod('2000-02')?.end).toBe('2000-02-29');
  });

  it('reads quarters, halves and the year', () => {
    expect(parsePeriod('2024-Q1')).toMatchObject({ kind: 'quarter', index: 1, start: '2024-01-01', end: '2024-03-31' });
    expect(parsePeriod('2024-Q2')).toMatchObject({ start: '2024-04-01', end: '2024-06-30' });
    expect(parsePeriod('2024-Q4')).toMatchObject({ start: '2024-10-01', end: '2024-12-31' });
    expect(parsePeriod('2024-H1')).toMatchObject({ kind: 'half', index: 1, start: '2024-01-01', end: '2024-06-30' });
    expect(parsePeriod('2024-H2')).toMatchObject({ kind: 'half', index: 2, start: '2024-07-01', end: '2024-12-31' });
    expect(parsePeriod('2024')).toEqual({
      code: '2024', year: 2024, kind: 'year', index: 1, start: '2024-01-01', end: '2024-12-31',
    });
  });

  it.each(['2024-13', '2024-00', '2024-Q5', '2024-Q0', '2024-H3', '2024-H0', '24-01', '2024-1', '2024-q1', '2024-h1',
    ' 2024', '2024 ', '', '2024-03-01', '202', '0999', '2024-Q1-2', '2024/03', 'năm 2024'])('rejects %j', (code) => {
    expect(parsePeriod(code)).toBeNull();
  });
});

describe('periodFitsIndicator', () => {
  it('accepts a period of the frequency in the indicator year', () => {
    const fit = periodFitsIndicator('2024-05', 'month', 2024);
    expect(fit.ok).toBe(true);
    expect(fit.ok && fit.period.end).toBe('2024-05-31');
  });

  it('always accepts the year value, whatever the frequency', () => {
    for (const f of ['month', 'quarter', 'half', 'year'] as const) {
      expect(periodFitsIndicator('2024', f, 2024).ok).toBe(true);
    }
  });

  it('says why a period is refused', () => {
    expect(periodFitsIndicator('2024-13', 'month', 2024)).toEqual({ ok: false, reason: 'malformed' });
    expect(periodFitsIndicator('2023-05', 'month', 2024)).toEqual({ ok: false, reason: 'wrong_year' });
    expect(periodFitsIndicator('2023', 'quarter', 2024)).toEqual({ ok: false, reason: 'wrong_year' });
    expect(periodFitsIndicator('2024-Q2', 'month', 2024)).toEqual({ ok: false, reason: 'wrong_frequency' });
    expect(periodFitsIndicator('2024-05', 'quarter', 2024)).toEqual({ ok: false, reason: 'wrong_frequency' });
    expect(periodFitsIndicator('2024-H1', 'year', 2024)).toEqual({ ok: false, reason: 'wrong_frequency' });
  });
});

describe('periodsOfYear', () => {
  it('lists the periods of each frequency in calendar order', () => {
    expect(periodsOfYear('month', 2024).map((p) => p.code)).toEqual([
      '2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06',
      '2024-07', '2024-08', '2024-09', '2024-10', '2024-11', '2024-12',
    ]);
    expect(periodsOfYear('quarter', 2024).map((p) => p.code)).toEqual(['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4']);
    expect(periodsOfYear('half', 2024).map((p) => p.code)).toEqual(['2024-H1', '2024-H2']);
    expect(periodsOfYear('year', 2024).map((p) => p.code)).toEqual(['2024']);
    expect(periodsPerYear('quarter')).toBe(4);
  });

  it('covers the year without gaps: each listed period parses back to itself', () => {
    for (const f of ['month', 'quarter', 'half'] as const) {
      const ps = periodsOfYear(f, 2024);
      expect(ps[0]?.start).toBe('2024-01-01');
      expect(ps[ps.length - 1]?.end).toBe('2024-12-31');
      for (const p of ps) expect(parsePeriod(p.code)).toEqual(p);
    }
  });
});

describe('periodLabel', () => {
  it('writes periods as Vietnamese reports do', () => {
    const label = (code: string): string => {
      const p = parsePeriod(code);
      if (!p) throw new Error(code);
      return periodLabel(p);
    };
    expect(label('2024-03')).toBe('tháng 3/2024');
    expect(label('2024-Q2')).toBe('quý II/2024');
    expect(label('2024-Q4')).toBe('quý IV/2024');
    expect(label('2024-H1')).toBe('6 tháng đầu năm 2024');
    expect(label('2024-H2')).toBe('6 tháng cuối năm 2024');
    expect(label('2024')).toBe('năm 2024');
  });
});
