/**
 * Title registrations by Excel: the template, and an all-or-nothing import whose errors name the
 * row and the column. People are found by name (and birth year when two share a name) in the unit.
 */
import ExcelJS from 'exceljs';
import { foldVietnamese } from '../../lib/text.js';
import { badInput, type ErrorDetail } from '../../server/errors.js';
import { CATALOGUE } from '../awards/domain/catalogue.js';
import { AWARD_CODES, type AwardCode } from '../awards/domain/types.js';
import { findHeaderRow, foldLabel, plainOf, readInteger, textOf, type Plain } from '../files/excel-cells.js';
import { styleHeaderRow, toBuffer } from '../targets/excel-template.js';
import { titleCodesFor, type TitleSubjectKind } from './domain/titles.js';
import { checkRegistration, writeRegistrations, type CheckedRegistration } from './titles.js';
import type { Ctx } from './service.js';

export const TITLE_SHEET = 'Đăng ký danh hiệu';
const COLUMNS = {
  subjectKind: { header: 'Đối tượng', width: 12 },
  name: { header: 'Họ tên hoặc tên tập thể', width: 32 },
  birthYear: { header: 'Năm sinh', width: 10 },
  unitCode: { header: 'Mã đơn vị', width: 14 },
  awardType: { header: 'Danh hiệu', width: 30 },
  year: { header: 'Năm', width: 8 },
} as const;
type Column = keyof typeof COLUMNS;
const KEYS = Object.keys(COLUMNS) as Column[];
export const MAX_TITLE_ROWS = 5000;

const KINDS = new Map<string, TitleSubjectKind>([['ca nhan', 'individual'], ['tap the', 'collective'], ['individual', 'individual'], ['collective', 'collective']]);
const TITLES = new Map<string, AwardCode>([...AWARD_CODES.map((c) => [foldLabel(c), c] as const), ...AWARD_CODES.map((c) => [foldLabel(CATALOGUE[c].name), c] as const)]);

export async function buildTitleTemplate(year: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'thidua';
  const ws = wb.addWorksheet(TITLE_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = KEYS.map((key) => ({ key, header: COLUMNS[key].header, width: COLUMNS[key].width }));
  styleHeaderRow(ws.getRow(1));
  ws.getColumn('unitCode').numFmt = '@';
  ws.addRow({ subjectKind: 'Cá nhân', name: 'Nguyễn Văn A', birthYear: 1985, unitCode: 'DAKHA', awardType: 'CSTDCS', year });
  ws.addRow({ subjectKind: 'Tập thể', name: 'Huyện Đắk Hà', birthYear: null, unitCode: 'DAKHA', awardType: 'TTLDXS', year });
  const guide = wb.addWorksheet('Hướng dẫn');
  guide.columns = [{ header: 'Mã', width: 14 }, { header: 'Danh hiệu', width: 46 }, { header: 'Đối tượng', width: 20 }];
  styleHeaderRow(guide.getRow(1));
  for (const kind of ['individual', 'collective'] as const) {
    for (const c of titleCodesFor(kind)) guide.addRow([c, CATALOGUE[c].name, kind === 'individual' ? 'Cá nhân' : 'Tập thể']);
  }
  guide.addRow([]);
  guide.addRow(['', 'Xóa hai dòng ví dụ trước khi nhập. Cá nhân được tìm theo họ tên trong đơn vị (thêm năm sinh khi trùng tên).']);
  return toBuffer(wb);
}

const cell = (row: number, col: Column, message: string): ErrorDetail =>
  ({ path: `Dòng ${row}, ${COLUMNS[col].header}`, message: `Dòng ${row}, cột "${COLUMNS[col].header}": ${message}` });

/** Reads, resolves and checks every row; writes all of them or none. */
export async function importTitleRegistrations(c: Ctx, content: Buffer): Promise<{ imported: number }> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(content as unknown as ExcelJS.Buffer);
  } catch {
    throw badInput([{ path: 'file', message: 'Tệp không phải là tệp Excel (.xlsx) hợp lệ hoặc đã bị hỏng' }]);
  }
  const ws = wb.worksheets.find((s) => foldLabel(s.name) === foldLabel(TITLE_SHEET)) ?? wb.worksheets[0];
  const wanted = new Map(KEYS.map((k) => [foldLabel(COLUMNS[k].header), k]));
  const headers = ws ? findHeaderRow(ws, wanted, (cols) => cols.has('name') && cols.has('awardType')) : null;
  const missing = KEYS.filter((k) => k !== 'birthYear' && !headers?.columns.has(k));
  if (!ws || !headers || missing.length) throw badInput(missing.map((k) => ({ path: `Tiêu đề, ${COLUMNS[k].header}`, message: `Thiếu cột "${COLUMNS[k].header}" ở dòng tiêu đề` })));

  const problems: ErrorDetail[] = [];
  const rows: CheckedRegistration[] = [];
  const rowNumbers: number[] = [];
  const seen = new Map<string, number>();
  const unitByCode = new Map<string, { id: string } | null>();
  for (let r = headers.row + 1; r <= ws.rowCount; r++) {
    const get = (k: Column): Plain => { const col = headers.columns.get(k); return col ? plainOf(ws.getRow(r).getCell(col).value) : null; };
    if (KEYS.every((k) => textOf(get(k)) === '')) continue;
    if (rows.length + problems.length > MAX_TITLE_ROWS) throw badInput([{ path: 'file', message: `Tệp có quá ${MAX_TITLE_ROWS} dòng; hãy chia thành nhiều tệp` }]);
    const before = problems.length;
    const kind = KINDS.get(foldLabel(textOf(get('subjectKind'))) || 'ca nhan');
    if (!kind) problems.push(cell(r, 'subjectKind', 'ghi "Cá nhân" hoặc "Tập thể"'));
    const code = TITLES.get(foldLabel(textOf(get('awardType'))));
    if (!textOf(get('awardType'))) problems.push(cell(r, 'awardType', 'chưa nhập'));
    else if (!code) problems.push(cell(r, 'awardType', `"${textOf(get('awardType'))}" không có trong danh mục danh hiệu (xem trang "Hướng dẫn")`));
    const year = readInteger(get('year'));
    if (typeof year !== 'number') problems.push(cell(r, 'year', 'ghi năm, ví dụ 2024'));
    const birthYear = readInteger(get('birthYear'));
    if (birthYear === 'invalid') problems.push(cell(r, 'birthYear', 'ghi năm sinh, ví dụ 1985'));
    const unitCode = textOf(get('unitCode')).toUpperCase();
    if (!unitByCode.has(unitCode)) unitByCode.set(unitCode, unitCode ? (await c.db.selectFrom('units').select('id').where('code', '=', unitCode).executeTakeFirst()) ?? null : null);
    const unit = unitByCode.get(unitCode) ?? null;
    if (!unit) problems.push(cell(r, 'unitCode', unitCode ? `không có đơn vị mã "${unitCode}"` : 'chưa nhập'));
    let subjectId: string | null = null;
    if (unit && kind === 'collective') subjectId = unit.id;
    if (unit && kind === 'individual') {
      const name = foldVietnamese(textOf(get('name')));
      if (!name) problems.push(cell(r, 'name', 'chưa nhập'));
      else {
        let q = c.db.selectFrom('people').select('id').where('unit_id', '=', unit.id).where('search', '=', name).where('active', '=', 1);
        if (typeof birthYear === 'number') q = q.where('birth_year', '=', birthYear);
        const found = await q.limit(2).execute();
        if (found.length === 0) problems.push(cell(r, 'name', `không tìm thấy "${textOf(get('name'))}" trong đơn vị ${unitCode}${typeof birthYear === 'number' ? ` (năm sinh ${birthYear})` : ''}`));
        else if (found.length > 1) problems.push(cell(r, 'birthYear', `có nhiều người tên "${textOf(get('name'))}" trong đơn vị; ghi năm sinh để phân biệt`));
        else subjectId = found[0]!.id;
      }
    }
    if (problems.length > before || !kind || !code || typeof year !== 'number' || !subjectId) continue;
    const checked = await checkRegistration(c.db, c.actor, { subjectKind: kind, subjectId, awardType: code, year });
    if (Array.isArray(checked)) {
      for (const p of checked) problems.push(cell(r, p.path === 'year' ? 'year' : p.path === 'awardType' ? 'awardType' : 'name', p.message));
      continue;
    }
    const key = `${kind}|${subjectId}|${code}|${year}`;
    const first = seen.get(key);
    if (first !== undefined) { problems.push(cell(r, 'awardType', `trùng với dòng ${first}`)); continue; }
    seen.set(key, r);
    rows.push(checked);
    rowNumbers.push(r);
  }
  if (problems.length) throw badInput(problems);
  if (!rows.length) throw badInput([{ path: 'file', message: 'Tệp chưa có dòng đăng ký nào' }]);
  await writeRegistrations(c, rows, 'excel', (i) => `Dòng ${rowNumbers[i]}`);
  return { imported: rows.length };
}
