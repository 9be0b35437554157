import { describe, expect, it } from 'vitest';
import { vietnameseDatePhrase, vietnameseDateWords } from './vietnamese-date.js';

describe('Vietnamese date phrase (Decree 30/2020)', () => {
  it('writes the place and the date in words', () => {
    expect(vietnameseDatePhrase('Kon Tum', '2024-12-20')).toBe('Kon Tum, ngày 20 tháng 12 năm 2024');
  });

  it('puts a 0 before days below 10 and before months 1 and 2 only', () => {
    expect(vietnameseDateWords('2024-01-05')).toBe('ngày 05 tháng 01 năm 2024');
    expect(vietnameseDateWords('2024-02-29')).toBe('ngày 29 tháng 02 năm 2024');
    expect(vietnameseDateWords('2025-03-09')).toBe('ngày 09 tháng 3 năm 2025');
    expect(vietnameseDateWords('2025-11-30')).toBe('ngày 30 tháng 11 năm 2025');
  });

  it('leaves the numbers blank on a draft not yet dated', () => {
    expect(vietnameseDatePhrase('Quảng Ngãi', null)).toMatch(/^Quảng Ngãi, ngày\s+tháng\s+năm\s+$/);
  });

  it('refuses a day that does not exist', () => {
    expect(() => vietnameseDateWords('2023-02-29')).toThrow(RangeError);
    expect(() => vietnameseDateWords('20/12/2024')).toThrow(RangeError);
  });
});
