import { describe, expect, it } from 'vitest';
import { portalDate, postedAt, vnToday } from './dates.js';

describe('portal dates', () => {
  it('writes the day as the e-portal does, in Vietnam time', () => {
    expect(portalDate(new Date('2024-02-21T03:00:00Z'))).toBe('Thứ 4, Ngày 21/02/2024');
    expect(portalDate(new Date('2024-02-24T20:00:00Z'))).toBe('Chủ nhật, Ngày 25/02/2024');
    expect(portalDate(new Date('2024-02-23T16:59:59Z'))).toBe('Thứ 6, Ngày 23/02/2024');
    expect(portalDate(new Date('2024-02-23T17:00:00Z'))).toBe('Thứ 7, Ngày 24/02/2024');
  });
  it('writes posting times and today\'s date', () => {
    expect(postedAt('2024-02-08T09:04:00.000Z')).toBe('08/02/2024 16:04');
    expect(vnToday(new Date('2024-12-31T18:00:00Z'))).toBe('2025-01-01');
  });
});
