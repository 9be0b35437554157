import { describe, expect, it } from 'vitest';
import { dueDate, isLate, reminderState, vietnamDay } from './deadlines.js';

describe('deadlines', () => {
  it('puts year-end dossiers before 10/12 of the year and thematic ones 10 days before the event', () => {
    expect(dueDate('year_end', 2024, null)).toBe('2024-12-10');
    expect(dueDate('thematic', 2024, '2024-09-02')).toBe('2024-08-23');
    expect(dueDate('unscheduled', 2024, null)).toBeNull();
    expect(dueDate('year_end', 2024, null, { yearEndDue: '12-05', thematicDaysBefore: 10, reminderDaysBefore: 7 })).toBe('2024-12-05');
  });

  it('flags a dossier sent after the due day, in Vietnam time', () => {
    expect(isLate('2024-12-10T16:59:00Z', '2024-12-10')).toBe(false); // 23:59 in Hà Nội
    expect(isLate('2024-12-10T17:00:00Z', '2024-12-10')).toBe(true); // 00:00 on 11/12
    expect(isLate('2025-01-05T00:00:00Z', null)).toBe(false);
    expect(vietnamDay('2024-12-31T18:00:00Z')).toBe('2025-01-01');
  });

  it('reminds a week before, then says overdue, and stops once sent', () => {
    expect(reminderState('2024-12-02', '2024-12-10', false)).toBe('none');
    expect(reminderState('2024-12-03', '2024-12-10', false)).toBe('due_soon');
    expect(reminderState('2024-12-10', '2024-12-10', false)).toBe('due_soon');
    expect(reminderState('2024-12-11', '2024-12-10', false)).toBe('overdue');
    expect(reminderState('2024-12-11', '2024-12-10', true)).toBe('none');
  });
});
