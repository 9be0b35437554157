/** Reads a filled award register (see excel-template.ts) into rows; pure: the database checks come after. */
import ExcelJS from 'exceljs';
import { formatNumber } from '../../../lib/format.js';
import type { ErrorDetail } from '../../../server/errors.js';
import { findHeaderRow, foldLabel as fold, plainOf, readInteger, textOf, type Plain } from '../../files/excel-cells.js';
import { CATALOGUE } from '../domain/catalogue.js';
import { AWARD_CODES, type AwardCode, type CommendationKind, type SubjectKind } from '../domain/types.js';
import { subjectMismatch, type AwardFacts } from './award-row.js';
import { AWARD_COLUMNS, GENDER_LABELS, KIND_LABELS, REGISTER_SHEET, SUBJECT_LABELS, type AwardColumn } from './excel-template.js';

export const MAX_IMPORT_ROWS = 100_000;
const REQUIRED: AwardColumn[] = ['name', 'unitCode', 'awardType', 'year', 'decisionNumber', 'issuer'];
const HEADER_SEARCH_ROWS = 10;

export interface RegisterRow {
  row: number;
  subjectKind: SubjectKind;
  name: string;
  birthYear: number | null;
  gender: 'male' | 'female' | null;
  ethnicity: string | null;
  position: string | null;
  isLeader: boolean;
  unitCode: string;
  facts: AwardFacts;
}

const rowName = (row: number): string => `Dòng ${row}`;

export function cellProblem(row: number, column: AwardColumn, message: string): ErrorDetail {
  const header = AWARD_COLUMNS[column].header;
  return { path: `${rowName(row)}, ${header}`, message: `${rowName(row)}, cột "${header}": ${message}` };
}

const byLabel = <T extends string>(labels: Record<T, string>, extra: Record<string, T> = {}) =>
  new Map<string, T>([...Object.entries(labels).map(([k, l]) => [fold(l as string), k as T] as const), ...Object.keys(labels).map((k) => [fold(k), k as T] as const), ...Object.entries(extra)]);
const SUBJECTS = byLabel(SUBJECT_LABELS, { 'ca nhan': 'individual', 'tap the': 'collective', ho: 'household', 'gia dinh': 'household' });
const KINDS = byLabel(KIND_LABELS, { 'chuyen de': 'thematic', 'nien han': 'service_years' });
const GENDERS = byLabel(GENDER_LABELS as Record<'male' | 'female', string>);
const AWARD_TYPES = new Map<string, AwardCode>([...AWARD_CODES.map((c) => [fold(c), c] as const), ...AWARD_CODES.map((c) => [fold(CATALOGUE[c].name), c] as const)]);
const YES = new Set(['co', 'x', '1', 'lanh dao', 'lanh dao quan ly', 'yes', 'true']);
const NO = new Set(['', 'khong', '0', 'no', 'false']);

/** 25/01/2024, 2024-01-25 or an Excel date (exceljs gives UTC midnight). */
export function readDate(v: Plain): string | null | 'invalid' {
  if (v === null || v === '') return null;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'invalid' : v.toISOString().slice(0, 10);
  const text = String(v).trim();
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text) ?? null;
  const iso = m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : null;
  if (!iso) return 'invalid';
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(iso) ? iso : 'invalid';
}

function findHeaders(ws: ExcelJS.Worksheet): { row: number; columns: Map<AwardColumn, number> } | null {
  const wanted = new Map<string, AwardColumn>();
  for (const k of Object.keys(AWARD_COLUMNS) as AwardColumn[]) {
    for (const h of [AWARD_COLUMNS[k].header, ...AWARD_COLUMNS[k].aliases]) wanted.set(fold(h), k);
  }
  return findHeaderRow(ws, wanted, (columns) => columns.has('name') && columns.has('awardType'), HEADER_SEARCH_ROWS);
}

/** One data row: the register row, or what is wrong with each of its cells. */
function readRow(r: number, get: (k: AwardColumn) => Plain): RegisterRow | ErrorDetail[] {
  const problems = REQUIRED.filter((k) => textOf(get(k)) === '').map((k) => cellProblem(r, k, 'chưa nhập'));
  const pick = <T>(k: AwardColumn, map: ReadonlyMap<string, T>, fallback: T | null, allowed: string): T | null => {
    const text = fold(textOf(get(k)));
    if (!text) return fallback;
    const found = map.get(text);
    if (found === undefined) problems.push(cellProblem(r, k, `"${textOf(get(k))}" không hợp lệ; ghi ${allowed}`));
    return found ?? null;
  };
  const subjectKind = pick('subjectKind', SUBJECTS, 'individual', Object.values(SUBJECT_LABELS).join(', '));
  const kind = pick<CommendationKind>('kind', KINDS, 'regular', Object.values(KIND_LABELS).join(', '));
  const gender = pick('gender', GENDERS, null, 'Nam hoặc Nữ');
  const awardType = textOf(get('awardType')) ? pick('awardType', AWARD_TYPES, null, 'mã (ví dụ BK_TINH) hoặc tên trong trang "Hướng dẫn"') : null;
  if (awardType && subjectKind) {
    const mismatch = subjectMismatch(awardType, subjectKind);
    if (mismatch) problems.push(cellProblem(r, 'awardType', mismatch));
  }
  const thisYear = new Date().getUTCFullYear();
  const year = readInteger(get('year'));
  if (year === 'invalid' || (typeof year === 'number' && (year < 1945 || year > thisYear))) problems.push(cellProblem(r, 'year', `phải là năm từ 1945 đến ${thisYear}`));
  const birthYear = readInteger(get('birthYear'));
  if (birthYear === 'invalid' || (typeof birthYear === 'number' && (birthYear < 1900 || birthYear > thisYear))) problems.push(cellProblem(r, 'birthYear', `phải là năm từ 1900 đến ${thisYear}`));
  const date = readDate(get('decisionDate'));
  if (date === 'invalid') problems.push(cellProblem(r, 'decisionDate', 'ghi ngày dạng ngày/tháng/năm, ví dụ 25/01/2024'));
  const amount = readInteger(get('rewardAmount'));
  if (amount === 'invalid' || (typeof amount === 'number' && amount < 0)) problems.push(cellProblem(r, 'rewardAmount', 'phải là số tiền (đồng), ví dụ 1.170.000'));
  const leader = fold(textOf(get('isLeader')));
  if (!YES.has(leader) && !NO.has(leader)) problems.push(cellProblem(r, 'isLeader', 'ghi Có hoặc Không'));
  for (const [k, max] of [['name', 200], ['decisionNumber', 60], ['issuer', 200], ['certificateNo', 60], ['position', 200], ['ethnicity', 50]] as const) {
    if (textOf(get(k)).length > max) problems.push(cellProblem(r, k, `dài quá ${formatNumber(max)} ký tự`));
  }
  if (problems.length || !subjectKind || !kind || !awardType || typeof year !== 'number' || date === 'invalid' || amount === 'invalid' || birthYear === 'invalid') return problems;
  const optional = (k: AwardColumn): string | null => textOf(get(k)) || null;
  return {
    row: r, subjectKind, name: textOf(get('name')), birthYear, gender, ethnicity: optional('ethnicity'), position: optional('position'),
    isLeader: YES.has(leader), unitCode: textOf(get('unitCode')).toUpperCase(),
    facts: {
      awardType, kind, year, certificateNo: optional('certificateNo'), rewardAmount: amount,
      decision: { number: textOf(get('decisionNumber')), date, issuer: textOf(get('issuer')), issuerUnitId: null },
    },
  };
}

/** Same subject, award type and year: the key duplicates share, within the file and against the database. */
export function duplicateKey(r: Pick<RegisterRow, 'subjectKind' | 'name' | 'birthYear' | 'unitCode'> & { facts: Pick<AwardFacts, 'awardType' | 'year'> }): string {
  const who = r.subjectKind === 'collective' ? r.unitCode : `${fold(r.name)}|${r.birthYear ?? ''}|${r.unitCode}`;
  return `${r.subjectKind}|${who}|${r.facts.awardType}|${r.facts.year}`;
}

export async function parseRegisterWorkbook(buffer: Buffer): Promise<{ rows: RegisterRow[]; problems: ErrorDetail[] }> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    return { rows: [], problems: [{ path: 'file', message: 'Tệp không phải là tệp Excel (.xlsx) hợp lệ hoặc đã bị hỏng' }] };
  }
  const ws = wb.worksheets.find((s) => fold(s.name) === fold(REGISTER_SHEET)) ?? wb.worksheets[0];
  const headers = ws ? findHeaders(ws) : null;
  const missing = REQUIRED.filter((k) => !headers?.columns.has(k));
  if (!ws || !headers || missing.length) {
    return { rows: [], problems: missing.map((k) => ({ path: `Tiêu đề, ${AWARD_COLUMNS[k].header}`, message: `Thiếu cột "${AWARD_COLUMNS[k].header}" ở dòng tiêu đề` })) };
  }
  const rows: RegisterRow[] = [];
  const problems: ErrorDetail[] = [];
  const firstRowOf = new Map<string, number>();
  let dataRows = 0;
  for (let r = headers.row + 1; r <= ws.rowCount; r++) {
    const cells = ws.getRow(r);
    const get = (k: AwardColumn): Plain => { const c = headers.columns.get(k); return c ? plainOf(cells.getCell(c).value) : null; };
    if ([...headers.columns.keys()].every((k) => textOf(get(k)) === '')) continue;
    if (++dataRows > MAX_IMPORT_ROWS) {
      return { rows: [], problems: [{ path: 'file', message: `Tệp có quá ${formatNumber(MAX_IMPORT_ROWS)} dòng; hãy chia thành nhiều tệp` }] };
    }
    const read = readRow(r, get);
    if (Array.isArray(read)) {
      problems.push(...read);
      continue;
    }
    const key = duplicateKey(read);
    const first = firstRowOf.get(key);
    if (first) problems.push(cellProblem(r, 'awardType', `trùng với dòng ${first} (cùng đối tượng, hình thức khen thưởng, năm ${read.facts.year})`));
    else {
      firstRowOf.set(key, r);
      rows.push(read);
    }
  }
  return { rows, problems };
}
