/** Reads the values workbook an officer filled in (see excel-template.ts) into entries for `checkValues`. */
import ExcelJS from 'exceljs';
import { formatNumber } from '../../lib/format.js';
import { foldVietnamese } from '../../lib/text.js';
import type { ErrorDetail } from '../../server/errors.js';
import { parseVietnameseNumber } from '../files/excel-cells.js';
import type { ValueKind } from './domain/types.js';
import { KIND_LABELS, VALUE_COLUMNS, VALUES_SHEET, type ValueColumn } from './excel-template.js';
import type { ValueEntry } from './service.js';

export const MAX_IMPORT_ROWS = 5000;
const REQUIRED: ValueColumn[] = ['code', 'period', 'value', 'kind'];
/** Columns the template pre-fills: a row with nothing else is an indicator left unreported, not an error. */
const PREFILLED: ReadonlySet<ValueColumn> = new Set(['code', 'name', 'unit']);
/** Same limits as the JSON API. */
const MAX_LENGTH: Partial<Record<ValueColumn, number>> = { note: 2000, evidenceUrl: 1000 };
/** A title row or two above the headers is tolerated. */
const HEADER_SEARCH_ROWS = 10;

/** `where` is "Dòng 5": the row, the prefix of the service's problem paths. */
export type ImportEntry = ValueEntry;

export interface ParsedWorkbook {
  entries: ImportEntry[];
  problems: ErrorDetail[];
}

const fold = (s: string): string => foldVietnamese(s).replace(/[^a-z0-9 ]/g, '').trim();
const rowName = (row: number): string => `Dòng ${row}`;

export function cellProblem(row: number, column: ValueColumn, message: string): ErrorDetail {
  const header = VALUE_COLUMNS[column];
  return { path: `${rowName(row)}, ${header}`, message: `${rowName(row)}, cột "${header}": ${message}` };
}

/** A cell as the officer sees it: formulas by their result, rich text and links by their text. */
type Plain = string | number | boolean | Date | { error: string } | null;
function plainOf(v: ExcelJS.CellValue): Plain {
  if (v === null || v === undefined) return null;
  if (typeof v !== 'object' || v instanceof Date) return v;
  if ('error' in v) return { error: v.error };
  if ('result' in v || 'formula' in v || 'sharedFormula' in v) return plainOf((v as ExcelJS.CellFormulaValue).result);
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('hyperlink' in v) return plainOf(v.text as ExcelJS.CellValue);
  return null;
}

const isBlank = (v: Plain): boolean => v === null || (typeof v === 'string' && v.trim() === '');

// Moved to the shared cell reader; re-exported for this module's callers and tests.
export { parseVietnameseNumber } from '../files/excel-cells.js';

const round9 = (x: number): number => Math.round(x * 1e9) / 1e9;

function readValue(cell: Cell): number | string {
  // A cell formatted as a percentage holds 0.9415 for "94,15%"; indicators are kept in percent points.
  if (typeof cell.v === 'number') return cell.numFmt.includes('%') ? round9(cell.v * 100) : cell.v;
  if (typeof cell.v === 'string') return parseVietnameseNumber(cell.v) ?? `"${cell.v.trim()}" không phải là số`;
  return 'phải là một số';
}

function readKind(v: Plain): ValueKind | null {
  const text = typeof v === 'string' ? fold(v) : '';
  const kinds = Object.entries(KIND_LABELS) as Array<[ValueKind, string]>;
  return kinds.find(([k, label]) => text === fold(label) || text === k)?.[0] ?? null;
}

/** Excel may have turned "2024-03" into a date (1 March 2024); other dates are not periods. */
function readPeriod(v: Plain): string | null {
  if (typeof v === 'string') return v.trim().toUpperCase();
  if (typeof v === 'number' && Number.isInteger(v)) return String(v);
  if (v instanceof Date && v.getUTCDate() === 1) return `${v.getUTCFullYear()}-${String(v.getUTCMonth() + 1).padStart(2, '0')}`;
  return null;
}

const textOf = (v: Plain): string => (v === null || typeof v === 'object' ? '' : String(v).trim());

function findHeaders(ws: ExcelJS.Worksheet): { row: number; columns: Map<ValueColumn, number> } | null {
  const wanted = new Map((Object.keys(VALUE_COLUMNS) as ValueColumn[]).map((k) => [fold(VALUE_COLUMNS[k]), k]));
  for (let r = 1; r <= Math.min(HEADER_SEARCH_ROWS, ws.rowCount); r++) {
    const columns = new Map<ValueColumn, number>();
    ws.getRow(r).eachCell((cell, col) => {
      const key = wanted.get(fold(textOf(plainOf(cell.value))));
      if (key && !columns.has(key)) columns.set(key, col);
    });
    if (columns.has('code')) return { row: r, columns };
  }
  return null;
}

interface Cell {
  v: Plain;
  numFmt: string;
  link: string | null;
}
const EMPTY: Cell = { v: null, numFmt: '', link: null };

function cellsOf(row: ExcelJS.Row, columns: ReadonlyMap<ValueColumn, number>): Map<ValueColumn, Cell> {
  return new Map([...columns].map(([k, col]) => {
    const c = row.getCell(col);
    const raw = c.value;
    const link = raw && typeof raw === 'object' && 'hyperlink' in raw ? raw.hyperlink : null;
    return [k, { v: plainOf(raw), numFmt: c.numFmt ?? '', link }];
  }));
}

/** One data row: the entry, or what is wrong with each of its cells. */
function readRow(r: number, cells: ReadonlyMap<ValueColumn, Cell>, byCode: ReadonlyMap<string, { id: string }>): ImportEntry | ErrorDetail[] {
  const get = (k: ValueColumn): Cell => cells.get(k) ?? EMPTY;
  // Name and unit are for the reader only: an error there does not spoil the row.
  const broken = [...cells].filter(([k]) => k !== 'name' && k !== 'unit').flatMap(([k, c]) => (c.v !== null && typeof c.v === 'object' && 'error' in c.v ? [cellProblem(r, k, `ô có lỗi công thức ${c.v.error}`)] : []));
  if (broken.length) return broken;
  const problems = REQUIRED.filter((k) => isBlank(get(k).v)).map((k) => cellProblem(r, k, 'chưa nhập'));
  const code = textOf(get('code').v).toUpperCase();
  const indicator = byCode.get(code);
  if (code && !indicator) problems.push(cellProblem(r, 'code', `không có chỉ tiêu "${code}" trong phong trào này`));
  const blank = (k: ValueColumn): boolean => isBlank(get(k).v);
  const period = readPeriod(get('period').v);
  if (!blank('period') && !period) problems.push(cellProblem(r, 'period', 'ghi kỳ dạng chữ, ví dụ 2024-03, 2024-Q1, 2024-H1, 2024'));
  const value = blank('value') ? null : readValue(get('value'));
  if (typeof value === 'string') problems.push(cellProblem(r, 'value', value));
  const kind = readKind(get('kind').v);
  if (!blank('kind') && !kind) problems.push(cellProblem(r, 'kind', `phải là "${KIND_LABELS.actual}" hoặc "${KIND_LABELS.estimate}"`));
  const note = textOf(get('note').v);
  const evidenceUrl = get('evidenceUrl').link ?? textOf(get('evidenceUrl').v);
  for (const [k, text] of [['note', note], ['evidenceUrl', evidenceUrl]] as const) {
    const max = MAX_LENGTH[k] ?? Infinity;
    if (text.length > max) problems.push(cellProblem(r, k, `dài quá ${formatNumber(max)} ký tự`));
  }
  // Required cells were reported blank above; the checks only narrow the types.
  if (problems.length || !indicator || !period || typeof value !== 'number' || !kind) return problems;
  return { indicatorId: indicator.id, where: rowName(r), input: { period, value, kind, note: note || null, evidenceUrl: evidenceUrl || null } };
}

/**
 * Reads the "Số liệu" sheet (or the first one). `indicatorsByCode` holds the movement's indicators;
 * period, frequency and authorization are left to `checkValues`, which checks each entry again.
 */
export async function parseValuesWorkbook(buffer: Buffer, indicatorsByCode: ReadonlyMap<string, { id: string }>): Promise<ParsedWorkbook> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    return { entries: [], problems: [{ path: 'file', message: 'Tệp không phải là tệp Excel (.xlsx) hợp lệ hoặc đã bị hỏng' }] };
  }
  const ws = wb.worksheets.find((s) => fold(s.name) === fold(VALUES_SHEET)) ?? wb.worksheets[0];
  const headers = ws ? findHeaders(ws) : null;
  if (!ws || !headers || REQUIRED.some((k) => !headers.columns.has(k))) {
    const missing = REQUIRED.filter((k) => !headers?.columns.has(k));
    return { entries: [], problems: missing.map((k) => ({ path: `Tiêu đề, ${VALUE_COLUMNS[k]}`, message: `Thiếu cột "${VALUE_COLUMNS[k]}" ở dòng tiêu đề` })) };
  }
  const byCode = new Map([...indicatorsByCode].map(([code, ind]) => [code.trim().toUpperCase(), ind]));
  const entries: ImportEntry[] = [];
  const problems: ErrorDetail[] = [];
  const firstRowOf = new Map<string, number>();
  let dataRows = 0;
  for (let r = headers.row + 1; r <= ws.rowCount; r++) {
    const cells = cellsOf(ws.getRow(r), headers.columns);
    if ([...cells].every(([k, c]) => PREFILLED.has(k) || isBlank(c.v))) continue;
    if (++dataRows > MAX_IMPORT_ROWS) {
      return { entries: [], problems: [{ path: 'file', message: `Tệp có quá ${formatNumber(MAX_IMPORT_ROWS)} dòng số liệu; hãy chia thành nhiều tệp` }] };
    }
    const read = readRow(r, cells, byCode);
    if (Array.isArray(read)) {
      problems.push(...read);
      continue;
    }
    // A second row for the same period would silently replace the first.
    const key = `${read.indicatorId}|${read.input.period}`;
    const first = firstRowOf.get(key);
    if (first) problems.push(cellProblem(r, 'period', `trùng với dòng ${first} (cùng chỉ tiêu, kỳ ${read.input.period})`));
    else {
      firstRowOf.set(key, r);
      entries.push(read);
    }
  }
  return { entries, problems };
}

const FIELD_COLUMNS: Record<string, ValueColumn> = { period: 'period', value: 'value', kind: 'kind', evidenceUrl: 'evidenceUrl', indicator: 'code' };

/**
 * `checkValues` names a problem "Dòng 5 period" (or just "Dòng 5" for the indicator itself);
 * the officer needs the row and the Excel column.
 */
export function excelProblems(details: readonly ErrorDetail[]): ErrorDetail[] {
  return details.map((d) => {
    const m = /^Dòng (\d+)(?: (\w+))?$/.exec(d.path);
    if (!m) return d;
    return cellProblem(Number(m[1]), (m[2] && FIELD_COLUMNS[m[2]]) || 'code', d.message);
  });
}
