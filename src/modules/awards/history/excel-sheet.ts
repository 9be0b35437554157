/**
 * One-sheet Excel imports of subject history (ratings, initiatives and science works, discipline,
 * yearly facts): a sheet spec names its columns, reads a row, and says which rows repeat one another;
 * this module finds the header row, reads every row, and builds the template. Pure: no database.
 */
import ExcelJS from 'exceljs';
import { formatNumber } from '../../../lib/format.js';
import type { ErrorDetail } from '../../../server/errors.js';
import { findHeaderRow, foldLabel, plainOf, textOf, type Plain } from '../../files/excel-cells.js';
import { applyFont, FONT, styleHeaderRow, toBuffer } from '../../targets/excel-template.js';

export const MAX_SHEET_ROWS = 20_000;

export interface Column {
  header: string;
  width: number;
  aliases: readonly string[];
  /** Dropdown values offered in the template. */
  list?: readonly string[];
}

/** A subject row: `name` names a person of the unit `unitCode`; left blank, the row is the unit's own (a collective). */
export interface SubjectRow {
  row: number;
  name: string | null;
  birthYear: number | null;
  unitCode: string;
}

export interface SheetSpec<K extends string, R extends SubjectRow> {
  sheet: string;
  /** What the template's guide says, one paragraph a line. */
  guide: readonly string[];
  /** Code tables printed under the guide: title, then [code, label] rows. */
  codes?: ReadonlyArray<{ title: readonly [string, string]; rows: ReadonlyArray<readonly [string, string]> }>;
  columns: Record<K, Column>;
  required: readonly K[];
  /** A valid row, or its problems (made with `problem`). Required cells are checked before. */
  read(row: number, get: (k: K) => Plain, problem: (k: K, message: string) => ErrorDetail): R | ErrorDetail[];
  /** Rows with the same key (subject identity included) may not both be in one file. */
  duplicate?: { key(r: R): string; column: K; message(first: number): string };
}

/**
 * `path` is "Dòng 5, Từ ngày" like every Excel import (the web reads row and column from it); the
 * message names the sheet too: 'Trang "Kỷ luật", dòng 5, cột "Từ ngày": …'.
 */
export function sheetProblem<K extends string>(spec: Pick<SheetSpec<K, SubjectRow>, 'sheet' | 'columns'>, row: number, column: K, message: string): ErrorDetail {
  const header = spec.columns[column].header;
  return { path: `Dòng ${row}, ${header}`, message: `Trang "${spec.sheet}", dòng ${row}, cột "${header}": ${message}` };
}

export const rowOfProblem = (d: ErrorDetail): number => Number(/^Dòng (\d+)/.exec(d.path)?.[1] ?? 0);

/** Every row, or every problem; the sheet is found by name, else the first sheet. */
export async function parseSheet<K extends string, R extends SubjectRow>(spec: SheetSpec<K, R>, buffer: Buffer): Promise<{ rows: R[]; problems: ErrorDetail[] }> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    return { rows: [], problems: [{ path: 'file', message: 'Tệp không phải là tệp Excel (.xlsx) hợp lệ hoặc đã bị hỏng' }] };
  }
  const ws = wb.worksheets.find((s) => foldLabel(s.name) === foldLabel(spec.sheet)) ?? wb.worksheets[0];
  const keys = Object.keys(spec.columns) as K[];
  const wanted = new Map<string, K>();
  for (const k of keys) for (const h of [spec.columns[k].header, ...spec.columns[k].aliases]) wanted.set(foldLabel(h), k);
  const headers = ws ? findHeaderRow(ws, wanted, (c) => spec.required.every((k) => c.has(k))) : null;
  if (!ws || !headers) {
    return { rows: [], problems: spec.required.map((k) => ({ path: `Tiêu đề, ${spec.columns[k].header}`, message: `Trang "${spec.sheet}": thiếu cột "${spec.columns[k].header}" ở dòng tiêu đề` })) };
  }
  const rows: R[] = [];
  const problems: ErrorDetail[] = [];
  const firstRowOf = new Map<string, number>();
  let dataRows = 0;
  for (let r = headers.row + 1; r <= ws.rowCount; r++) {
    const cells = ws.getRow(r);
    const get = (k: K): Plain => { const c = headers.columns.get(k); return c ? plainOf(cells.getCell(c).value) : null; };
    if ([...headers.columns.keys()].every((k) => textOf(get(k)) === '')) continue;
    if (++dataRows > MAX_SHEET_ROWS) return { rows: [], problems: [{ path: 'file', message: `Tệp có quá ${formatNumber(MAX_SHEET_ROWS)} dòng; hãy chia thành nhiều tệp` }] };
    const problem = (k: K, message: string): ErrorDetail => sheetProblem(spec, r, k, message);
    const missing = spec.required.filter((k) => textOf(get(k)) === '').map((k) => problem(k, 'chưa nhập'));
    const read = spec.read(r, get, problem);
    if (missing.length || Array.isArray(read)) {
      problems.push(...missing, ...(Array.isArray(read) ? read.filter((p) => !missing.some((m) => m.path === p.path)) : []));
      continue;
    }
    const key = spec.duplicate?.key(read);
    const first = key === undefined ? undefined : firstRowOf.get(key);
    if (first !== undefined && spec.duplicate) problems.push(problem(spec.duplicate.column, spec.duplicate.message(first)));
    else {
      if (key !== undefined) firstRowOf.set(key, r);
      rows.push(read);
    }
  }
  return { rows, problems };
}

export async function buildSheetTemplate<K extends string, R extends SubjectRow>(spec: SheetSpec<K, R>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'thidua';
  const ws = wb.addWorksheet(spec.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  const keys = Object.keys(spec.columns) as K[];
  ws.columns = keys.map((key) => ({ key, header: spec.columns[key].header, width: spec.columns[key].width }));
  styleHeaderRow(ws.getRow(1));
  if (keys.includes('unitCode' as K)) ws.getColumn('unitCode').numFmt = '@';
  for (const [i, key] of keys.entries()) {
    const list = spec.columns[key].list;
    if (!list) continue;
    for (let r = 2; r <= 2001; r++) {
      ws.getCell(r, i + 1).dataValidation = { type: 'list', allowBlank: true, formulae: [`"${list.join(',')}"`], showErrorMessage: true, errorStyle: 'warning' };
    }
  }
  applyFont(ws);
  const guide = wb.addWorksheet('Hướng dẫn');
  guide.columns = [{ width: 18 }, { width: 70 }];
  for (const [i, text] of spec.guide.entries()) {
    const row = guide.addRow([text]);
    guide.mergeCells(row.number, 1, row.number, 2);
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    row.getCell(1).font = { ...FONT, bold: i === 0 };
    row.height = i === 0 ? 20 : 34;
  }
  for (const table of spec.codes ?? []) {
    guide.addRow([]);
    styleHeaderRow(guide.addRow([...table.title]));
    for (const r of table.rows) guide.addRow([...r]);
  }
  applyFont(guide);
  return toBuffer(wb);
}
