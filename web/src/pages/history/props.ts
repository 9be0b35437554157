/** Props shared by the cards of the Hồ sơ thi đua page. */
import type { History, HistoryBase } from '../../api/history.js';

export interface CardProps {
  base: HistoryBase;
  id: string;
  history: History;
  /** The caller may write (the server still refuses outside its scope). */
  canEdit: boolean;
}

/** Dayjs-like value → "YYYY-MM-DD", or null. */
export const isoDay = (d: { format: (f: string) => string } | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

/** The years offered in pickers: this year back to 2015. */
export function pickYears(): number[] {
  const thisYear = new Date().getFullYear();
  return Array.from({ length: thisYear - 2015 + 1 }, (_, i) => thisYear - i);
}
