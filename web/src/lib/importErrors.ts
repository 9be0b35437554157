/**
 * Row and column of an Excel import error. The API writes `path` as "Dòng 5, Giá trị" (row, column
 * header), "Tiêu đề, Kỳ" (header row) or "file", and repeats the place at the start of `message`.
 */
import type { ApiErrorDetail } from '../api/client.js';

export interface ImportErrorRow {
  key: number;
  row: string;
  column: string;
  message: string;
}

export function toImportErrorRows(details: ApiErrorDetail[], headerRowLabel: string): ImportErrorRow[] {
  return details.map((d, key) => {
    // The place repeated at the start of the message ('Trang "Kỷ luật", dòng 5, cột "Từ ngày": …' for history sheets).
    const message = d.message.replace(/^(?:Trang "[^"]*", d|D)òng \d+, cột "[^"]*": /, '');
    const row = /^Dòng (\d+)(?:,? (.+))?$/.exec(d.path);
    if (row) return { key, row: row[1] ?? '', column: row[2] ?? '', message };
    const header = /^Tiêu đề, (.+)$/.exec(d.path);
    if (header) return { key, row: headerRowLabel, column: header[1] ?? '', message };
    return { key, row: '', column: d.path === 'file' ? '' : d.path, message };
  });
}
