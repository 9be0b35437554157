/** Excel of annual ratings, the commonest bulk entry: one row per person × year. Template and reading; pure. */
import ExcelJS from 'exceljs';
import { formatNumber } from '../../../lib/format.js';
import type { ErrorDetail } from '../../../server/errors.js';
import { findHeaderRow, foldLabel, plainOf, readInteger, textOf, type Plain } from '../../files/excel-cells.js';
import { applyFont, FONT, styleHeaderRow, toBuffer } from '../../targets/excel-template.js';
import { RATINGS, type Rating } from '../domain/types.js';

export const RATINGS_SHEET = 'Xếp loại';
export const MAX_RATING_ROWS = 20_000;

export const RATING_COLUMNS = {
  name: { header: 'Họ và tên', width: 30, aliases: ['Họ tên'] },
  birthYear: { header: 'Năm sinh', width: 10, aliases: [] },
  unitCode: { header: 'Mã đơn vị', width: 14, aliases: [] },
  year: { header: 'Năm', width: 10, aliases: ['Năm đánh giá', 'Năm xếp loại'] },
  rating: { header: 'Xếp loại', width: 34, aliases: ['Mức xếp loại', 'Kết quả xếp loại', 'Xếp loại chất lượng'] },
} as const;
export type RatingColumn = keyof typeof RATING_COLUMNS;
const REQUIRED: RatingColumn[] = ['name', 'unitCode', 'year', 'rating'];

export const RATING_LABELS: Record<Rating, string> = {
  HTXSNV: 'Hoàn thành xuất sắc nhiệm vụ', HTTNV: 'Hoàn thành tốt nhiệm vụ', HTNV: 'Hoàn thành nhiệm vụ', KHTNV: 'Không hoàn thành nhiệm vụ',
};
const BY_LABEL = new Map<string, Rating>(RATINGS.flatMap((r) => [[foldLabel(r), r], [foldLabel(RATING_LABELS[r]), r]] as Array<[string, Rating]>));

export interface RatingRow {
  row: number;
  name: string;
  birthYear: number | null;
  unitCode: string;
  year: number;
  rating: Rating;
}

export function ratingCellProblem(row: number, column: RatingColumn, message: string): ErrorDetail {
  const header = RATING_COLUMNS[column].header;
  return { path: `Dòng ${row}, ${header}`, message: `Dòng ${row}, cột "${header}": ${message}` };
}

function readRow(r: number, get: (k: RatingColumn) => Plain): RatingRow | ErrorDetail[] {
  const problems = REQUIRED.filter((k) => textOf(get(k)) === '').map((k) => ratingCellProblem(r, k, 'chưa nhập'));
  const thisYear = new Date().getUTCFullYear();
  const year = readInteger(get('year'));
  if (year === 'invalid' || (typeof year === 'number' && (year < 1945 || year > thisYear))) problems.push(ratingCellProblem(r, 'year', `phải là năm từ 1945 đến ${thisYear}`));
  const birthYear = readInteger(get('birthYear'));
  if (birthYear === 'invalid' || (typeof birthYear === 'number' && (birthYear < 1900 || birthYear > thisYear))) problems.push(ratingCellProblem(r, 'birthYear', `phải là năm từ 1900 đến ${thisYear}`));
  const ratingText = textOf(get('rating'));
  const rating = BY_LABEL.get(foldLabel(ratingText));
  if (ratingText && !rating) problems.push(ratingCellProblem(r, 'rating', `"${ratingText}" không hợp lệ; ghi ${RATINGS.join(', ')} hoặc tên đầy đủ (ví dụ "${RATING_LABELS.HTXSNV}")`));
  if (textOf(get('name')).length > 200) problems.push(ratingCellProblem(r, 'name', 'dài quá 200 ký tự'));
  if (problems.length || typeof year !== 'number' || birthYear === 'invalid' || !rating) return problems;
  return { row: r, name: textOf(get('name')), birthYear, unitCode: textOf(get('unitCode')).toUpperCase(), year, rating };
}

/** Every row, or every problem (by row and column); a second row of one person and year is a problem. */
export async function parseRatingsWorkbook(buffer: Buffer): Promise<{ rows: RatingRow[]; problems: ErrorDetail[] }> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    return { rows: [], problems: [{ path: 'file', message: 'Tệp không phải là tệp Excel (.xlsx) hợp lệ hoặc đã bị hỏng' }] };
  }
  const ws = wb.worksheets.find((s) => foldLabel(s.name) === foldLabel(RATINGS_SHEET)) ?? wb.worksheets[0];
  const wanted = new Map<string, RatingColumn>();
  for (const k of Object.keys(RATING_COLUMNS) as RatingColumn[]) for (const h of [RATING_COLUMNS[k].header, ...RATING_COLUMNS[k].aliases]) wanted.set(foldLabel(h), k);
  const headers = ws ? findHeaderRow(ws, wanted, (c) => REQUIRED.every((k) => c.has(k))) : null;
  if (!ws || !headers) {
    return { rows: [], problems: REQUIRED.map((k) => ({ path: `Tiêu đề, ${RATING_COLUMNS[k].header}`, message: `Thiếu cột "${RATING_COLUMNS[k].header}" ở dòng tiêu đề` })) };
  }
  const rows: RatingRow[] = [];
  const problems: ErrorDetail[] = [];
  const firstRowOf = new Map<string, number>();
  let dataRows = 0;
  for (let r = headers.row + 1; r <= ws.rowCount; r++) {
    const cells = ws.getRow(r);
    const get = (k: RatingColumn): Plain => { const c = headers.columns.get(k); return c ? plainOf(cells.getCell(c).value) : null; };
    if ([...headers.columns.keys()].every((k) => textOf(get(k)) === '')) continue;
    if (++dataRows > MAX_RATING_ROWS) return { rows: [], problems: [{ path: 'file', message: `Tệp có quá ${formatNumber(MAX_RATING_ROWS)} dòng; hãy chia thành nhiều tệp` }] };
    const read = readRow(r, get);
    if (Array.isArray(read)) {
      problems.push(...read);
      continue;
    }
    const key = `${foldLabel(read.name)}|${read.birthYear ?? ''}|${read.unitCode}|${read.year}`;
    const first = firstRowOf.get(key);
    if (first) problems.push(ratingCellProblem(r, 'year', `trùng với dòng ${first} (cùng người, năm ${read.year})`));
    else {
      firstRowOf.set(key, r);
      rows.push(read);
    }
  }
  return { rows, problems };
}

export async function buildRatingsTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'thidua';
  const ws = wb.addWorksheet(RATINGS_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  const keys = Object.keys(RATING_COLUMNS) as RatingColumn[];
  ws.columns = keys.map((key) => ({ key, header: RATING_COLUMNS[key].header, width: RATING_COLUMNS[key].width }));
  styleHeaderRow(ws.getRow(1));
  ws.getColumn('unitCode').numFmt = '@';
  const c = keys.indexOf('rating') + 1;
  for (let r = 2; r <= 2001; r++) {
    ws.getCell(r, c).dataValidation = { type: 'list', allowBlank: true, formulae: [`"${RATINGS.join(',')}"`], showErrorMessage: true, errorStyle: 'warning' };
  }
  applyFont(ws);
  const guide = wb.addWorksheet('Hướng dẫn');
  guide.columns = [{ width: 14 }, { width: 70 }];
  const lines = [
    'HƯỚNG DẪN NHẬP KẾT QUẢ XẾP LOẠI HẰNG NĂM',
    '1. Mỗi dòng là kết quả xếp loại của một người trong một năm. Bắt buộc: "Họ và tên", "Mã đơn vị", "Năm", "Xếp loại".',
    '2. Người được nhận diện theo họ tên (không phân biệt dấu, hoa thường), năm sinh và mã đơn vị nơi đang công tác; phải có sẵn trong hệ thống. Ghi năm sinh khi đơn vị có người trùng tên.',
    '3. "Xếp loại" ghi mã hoặc tên đầy đủ trong bảng dưới. Kết quả đã có của cùng người, cùng năm được thay bằng kết quả trong tệp.',
    '4. Tệp chỉ được ghi nhận khi mọi dòng hợp lệ; mọi lỗi được báo cùng lúc theo dòng và cột.',
  ];
  for (const [i, text] of lines.entries()) {
    const row = guide.addRow([text]);
    guide.mergeCells(row.number, 1, row.number, 2);
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    row.getCell(1).font = { ...FONT, bold: i === 0 };
    row.height = i === 0 ? 20 : 34;
  }
  guide.addRow([]);
  styleHeaderRow(guide.addRow(['Mã', 'Xếp loại']));
  for (const r of RATINGS) guide.addRow([r, RATING_LABELS[r]]);
  applyFont(guide);
  return toBuffer(wb);
}
