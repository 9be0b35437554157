/** The words of a reminder: the in-app notice and the e-mail say the same, in Vietnamese. */
import { formatDate, formatNumber } from '../../../lib/format.js';
import type { DueReminder } from './due.js';

export interface ReminderMessage {
  title: string;
  body: string;
  /** A path of the web app. */
  link: string;
}

const BOARD = 'Ban Thi đua – Khen thưởng';

const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

export function reminderMessage(r: DueReminder, today: string): ReminderMessage {
  const due = formatDate(r.dueDate);
  const left = daysBetween(today, r.dueDate);
  const when = left === 0 ? 'hôm nay là hạn cuối' : `còn ${formatNumber(left)} ngày`;
  switch (r.kind) {
    case 'due_soon':
      return {
        title: `Sắp đến hạn nộp hồ sơ: ${r.title}`,
        body: `Hồ sơ "${r.title}" của ${r.unitName} chưa gửi. Hạn gửi đến ${BOARD}: hết ngày ${due} (${when}).`,
        link: `/app/khen-thuong/ho-so/${r.proposalId}`,
      };
    case 'overdue':
      return {
        title: `Hồ sơ đã quá hạn nộp: ${r.title}`,
        body: `Hồ sơ "${r.title}" của ${r.unitName} đã quá hạn ngày ${due} mà chưa gửi. Hãy hoàn thiện và gửi ngay; hồ sơ gửi sau hạn được ghi là nộp muộn.`,
        link: `/app/khen-thuong/ho-so/${r.proposalId}`,
      };
    case 'year_end':
      return {
        title: `Sắp đến hạn nộp hồ sơ khen thưởng tổng kết năm ${r.year}`,
        body: `${r.unitName} chưa có hồ sơ đề nghị khen thưởng tổng kết năm ${r.year}. Hạn gửi đến ${BOARD}: hết ngày ${due} (${when}).`,
        link: '/app/khen-thuong/ho-so',
      };
  }
}
