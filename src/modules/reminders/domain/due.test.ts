import { describe, expect, it } from 'vitest';
import { deadlinesOn } from '../../proposals/domain/deadlines.js';
import { dueReminders, type DossierDeadline, type ExpectedUnit } from './due.js';
import { reminderMessage } from './message.js';

const s = deadlinesOn([], '2024-01-01'); // 10/12, 7 days
const dossier = (o: Partial<DossierDeadline> = {}): DossierDeadline => ({
  id: 'p1', unitId: 'dakha', unitName: 'Huyện Đắk Hà', title: 'Đề nghị khen thưởng tổng kết năm 2024', year: 2024, state: 'draft', dueDate: '2024-12-10', ...o,
});
const units: ExpectedUnit[] = [
  { id: 'dakha', name: 'Huyện Đắk Hà', yearEndYears: [2024] },
  { id: 'syt', name: 'Sở Y tế', yearEndYears: [] },
  { id: 'skhdt', name: 'Sở Kế hoạch và Đầu tư', yearEndYears: [2023] },
];
const kinds = (today: string, d: DossierDeadline[] = [dossier()], u: ExpectedUnit[] = []) => dueReminders(today, s, d, u).map((r) => r.key);

describe('which reminders are due', () => {
  it('reminds a dossier not sent from 7 days before its due date until the due day, under one key', () => {
    expect(kinds('2024-12-02')).toEqual([]);
    expect(kinds('2024-12-03')).toEqual(['due_soon:p1:2024-12-10']);
    expect(kinds('2024-12-10')).toEqual(['due_soon:p1:2024-12-10']);
  });

  it('says overdue once the due day has passed, for as many days, then lets an old draft rest', () => {
    expect(kinds('2024-12-11')).toEqual(['overdue:p1:2024-12-10']);
    expect(kinds('2024-12-17')).toEqual(['overdue:p1:2024-12-10']);
    expect(kinds('2024-12-18')).toEqual([]);
  });

  it('reminds a returned dossier, never a sent one nor one without a deadline', () => {
    expect(kinds('2024-12-05', [dossier({ state: 'returned' })])).toHaveLength(1);
    for (const state of ['submitted', 'under_review', 'resubmitted', 'decided']) expect(kinds('2024-12-05', [dossier({ state })])).toEqual([]);
    expect(kinds('2024-12-05', [dossier({ dueDate: null })])).toEqual([]);
  });

  it('gives a moved due date a key of its own, so the new deadline is reminded too', () => {
    expect(kinds('2024-12-01', [dossier({ dueDate: '2024-12-05' })])).toEqual(['due_soon:p1:2024-12-05']);
  });

  it('follows the board: 14 days of notice remind earlier', () => {
    const board = deadlinesOn([{ key: 'reminderDaysBefore', value: 14, effectiveFrom: '2024-01-01' }], '2024-06-01');
    expect(dueReminders('2024-11-26', board, [dossier()], []).map((r) => r.kind)).toEqual(['due_soon']);
  });

  it('in the week before the year-end due day, reminds every expected unit that has no year-end dossier for the year', () => {
    expect(kinds('2024-12-02', [], units)).toEqual([]);
    expect(kinds('2024-12-03', [], units)).toEqual(['year_end:syt:2024', 'year_end:skhdt:2024']);
    expect(kinds('2024-12-11', [], units)).toEqual([]);
    const r = dueReminders('2024-12-03', s, [], units)[0]!;
    expect(r).toMatchObject({ unitName: 'Sở Y tế', dueDate: '2024-12-10', proposalId: null, year: 2024 });
  });

  it('words the notice in Vietnamese with the title, the due date dd/mm/yyyy and the days left', () => {
    const [soon] = dueReminders('2024-12-03', s, [dossier()], []);
    expect(reminderMessage(soon!, '2024-12-03')).toEqual({
      title: 'Sắp đến hạn nộp hồ sơ: Đề nghị khen thưởng tổng kết năm 2024',
      body: 'Hồ sơ "Đề nghị khen thưởng tổng kết năm 2024" của Huyện Đắk Hà chưa gửi. Hạn gửi đến Ban Thi đua – Khen thưởng: hết ngày 10/12/2024 (còn 7 ngày).',
      link: '/app/khen-thuong/ho-so/p1',
    });
    const [late] = dueReminders('2024-12-11', s, [dossier()], []);
    expect(reminderMessage(late!, '2024-12-11').body).toContain('đã quá hạn ngày 10/12/2024');
    const [yearEnd] = dueReminders('2024-12-10', s, [], units);
    expect(reminderMessage(yearEnd!, '2024-12-10').body).toBe('Sở Y tế chưa có hồ sơ đề nghị khen thưởng tổng kết năm 2024. Hạn gửi đến Ban Thi đua – Khen thưởng: hết ngày 10/12/2024 (hôm nay là hạn cuối).');
  });
});
