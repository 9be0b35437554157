import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SINCE_EVER, type Settings } from '../../awards/domain/settings.js';
import { deadlinesOn, dueDate, isLate, reminderState, vietnamDay } from './deadlines.js';

const defaults = deadlinesOn([], '2024-06-01');

describe('deadlines', () => {
  it('puts year-end dossiers before 10/12 of the year and thematic ones 10 days before the event', () => {
    expect(dueDate('year_end', 2024, null, defaults)).toBe('2024-12-10');
    expect(dueDate('thematic', 2024, '2024-09-02', defaults)).toBe('2024-08-23');
    expect(dueDate('unscheduled', 2024, null, defaults)).toBeNull();
  });

  it('follows the board: from the day its 05/12 version is in force, year-end dossiers are due 05/12', () => {
    const board: Settings = [{ key: 'yearEndDueDay', value: '05/12', effectiveFrom: '2024-11-01' }, { key: 'thematicDaysBefore', value: 15, effectiveFrom: '2024-11-01' }];
    expect(dueDate('year_end', 2024, null, deadlinesOn(board, '2024-10-31'))).toBe('2024-12-10');
    const after = deadlinesOn(board, '2024-11-01');
    expect(dueDate('year_end', 2024, null, after)).toBe('2024-12-05');
    expect(dueDate('thematic', 2024, '2024-12-20', after)).toBe('2024-12-05');
    expect(after.reminderDaysBefore).toBe(7);
    expect(DEFAULT_SETTINGS.some((v) => v.key === 'yearEndDueDay' && v.effectiveFrom === SINCE_EVER)).toBe(true);
  });

  it('flags a dossier sent after the due day, in Vietnam time', () => {
    expect(isLate('2024-12-10T16:59:00Z', '2024-12-10')).toBe(false); // 23:59 in Hà Nội
    expect(isLate('2024-12-10T17:00:00Z', '2024-12-10')).toBe(true); // 00:00 on 11/12
    expect(isLate('2025-01-05T00:00:00Z', null)).toBe(false);
    expect(vietnamDay('2024-12-31T18:00:00Z')).toBe('2025-01-01');
  });

  it('reminds the set number of days before, then says overdue, and stops once sent', () => {
    expect(reminderState('2024-12-02', '2024-12-10', false, 7)).toBe('none');
    expect(reminderState('2024-12-03', '2024-12-10', false, 7)).toBe('due_soon');
    expect(reminderState('2024-12-10', '2024-12-10', false, 7)).toBe('due_soon');
    expect(reminderState('2024-12-11', '2024-12-10', false, 7)).toBe('overdue');
    expect(reminderState('2024-12-11', '2024-12-10', true, 7)).toBe('none');
    expect(reminderState('2024-11-26', '2024-12-10', false, 14)).toBe('due_soon');
  });
});
