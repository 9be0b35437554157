import { describe, expect, it } from 'vitest';
import { isoWeekday } from '../../../lib/iso-date.js';
import { DEFAULT_HOLIDAYS } from './default-holidays.js';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from './working-days.js';

const H = DEFAULT_HOLIDAYS;

describe('working days', () => {
  it('counts 10 working days from the Friday before Tết 2024 past the whole Tết break', () => {
    // Fri 02/02/2024; Tết off Thu 08/02 to Wed 14/02.
    expect(addWorkingDays('2024-02-02', 10, H)).toBe('2024-02-23');
    expect(addWorkingDays('2024-02-02', 10, [])).toBe('2024-02-16');
  });

  it('skips weekends and counts from the day after the start', () => {
    expect(addWorkingDays('2024-11-29', 1, H)).toBe('2024-12-02'); // Friday → Monday
    expect(addWorkingDays('2024-11-30', 1, H)).toBe('2024-12-02'); // from a Saturday
    expect(addWorkingDays('2024-11-27', 0, H)).toBe('2024-11-27');
  });

  it('works on a make-up Saturday and not on a swapped weekday', () => {
    expect(isWorkingDay('2024-05-04', H)).toBe(true); // Saturday, làm bù
    expect(isWorkingDay('2024-04-29', H)).toBe(false); // Monday, hoán đổi
    expect(isWorkingDay('2026-01-10', H)).toBe(true);
    expect(isWorkingDay('2026-01-02', H)).toBe(false);
    expect(addWorkingDays('2024-04-26', 1, H)).toBe('2024-05-02');
    expect(addWorkingDays('2024-04-26', 3, H)).toBe('2024-05-04');
  });

  it('gives the weekday after a holiday that falls on a weekend', () => {
    expect(isWorkingDay('2026-04-27', H)).toBe(false); // Giỗ Tổ on Sunday 26/04/2026
    expect(isWorkingDay('2027-05-03', H)).toBe(false); // 1/5/2027 is a Saturday
  });

  it('crosses the year boundary (31/12 → Tết Dương lịch)', () => {
    expect(addWorkingDays('2024-12-31', 1, H)).toBe('2025-01-02');
    expect(addWorkingDays('2025-12-31', 1, H)).toBe('2026-01-05'); // 1/1 and the swapped 2/1 off
  });

  it('counts backwards with a negative number', () => {
    expect(addWorkingDays('2024-02-15', -1, H)).toBe('2024-02-07');
  });

  it('counts the working days between two dates, the inverse of adding them', () => {
    expect(workingDaysBetween('2024-02-02', '2024-02-23', H)).toBe(10);
    expect(workingDaysBetween('2024-02-23', '2024-02-02', H)).toBe(-10);
    expect(workingDaysBetween('2024-12-20', '2024-12-20', H)).toBe(0);
    for (const start of ['2025-01-24', '2025-04-25', '2026-08-28', '2026-12-31']) {
      for (const n of [1, 5, 20, 45]) expect(workingDaysBetween(start, addWorkingDays(start, n, H), H)).toBe(n);
    }
  });

  it('refuses dates that do not exist and fractional counts', () => {
    expect(() => isWorkingDay('2025-02-29', H)).toThrow(RangeError);
    expect(() => addWorkingDays('2025-01-01', 1.5, H)).toThrow(RangeError);
  });
});

describe('default holiday list 2024–2027', () => {
  it('has one entry per date, every day off a weekday and every make-up day a Saturday', () => {
    expect(new Set(H.map((h) => h.date)).size).toBe(H.length);
    for (const h of H) {
      const weekday = isoWeekday(h.date);
      if (h.kind === 'work') expect(weekday, h.date).toBe(6);
      else expect([1, 2, 3, 4, 5], h.date).toContain(weekday);
    }
  });

  it('gives every year its statutory days: 1/1, five Tết days, Giỗ Tổ, 30/4, 1/5, two National Day days', () => {
    for (const year of ['2024', '2025', '2026', '2027']) {
      const off = H.filter((h) => h.date.startsWith(year) && h.kind !== 'work');
      expect(off.filter((h) => h.name.startsWith('Tết Nguyên đán')), year).toHaveLength(5);
      expect(off.filter((h) => h.name.startsWith('Quốc khánh')), year).toHaveLength(2);
      expect(off.some((h) => h.name.startsWith('Tết Dương lịch')), year).toBe(true);
      expect(off.some((h) => h.name.includes('Giỗ Tổ')), year).toBe(true);
    }
  });
});
