import { describe, expect, it } from 'vitest';
import { isoDayNumber, isoFromDayNumber, isoWeekday, isRealIsoDate } from './iso-date.js';

describe('ISO dates as day numbers', () => {
  it('round-trips and steps over month, leap-day and year ends', () => {
    const d = isoDayNumber('2024-02-28');
    expect(isoFromDayNumber(d + 1)).toBe('2024-02-29');
    expect(isoFromDayNumber(d + 2)).toBe('2024-03-01');
    expect(isoFromDayNumber(isoDayNumber('2024-12-31') + 1)).toBe('2025-01-01');
  });

  it('names the weekday (0 = Sunday)', () => {
    expect(isoWeekday('2024-02-10')).toBe(6); // Tết Giáp Thìn, a Saturday
    expect(isoWeekday('2026-04-26')).toBe(0);
  });

  it('refuses text that is not a real day', () => {
    for (const bad of ['2023-02-29', '2024-13-01', '2024-1-05', '05/01/2024', '']) {
      expect(() => isoDayNumber(bad)).toThrow(RangeError);
      expect(isRealIsoDate(bad)).toBe(false);
    }
    expect(isRealIsoDate('2024-02-29')).toBe(true);
  });
});
