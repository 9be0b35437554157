/** The nominee list of a proposal in Excel: template and reading (rows to nominees, or row errors). */
import ExcelJS from 'exceljs';
import { groupBy } from '../../lib/collections.js';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { foldVietnamese } from '../../lib/text.js';
import type { ErrorDetail } from '../../server/errors.js';
import { CATALOGUE } from '../awards/domain/catalogue.js';
import { AWARD_CODES, type AwardCode, type SubjectKind } from '../awards/domain/types.js';
import { SUBJECT_LABELS } from '../awards/registry/excel-template.js';
import { findHeaderRow, foldLabel as fold, plainOf, textOf, type Plain } from '../files/excel-cells.js';
import { applyFont, styleHeaderRow, toBuffer } from '../targets/excel-template.js';
import type { NomineeInput } from './nominees.js';

export const NOMINEE_SHEET = 'Danh sách đề nghị';
const COLUMNS = {
  subjectKind: { header: 'Đối tượng', width: 14 },
  name: { header: 'Họ tên hoặc tên tập thể', width: 30 },
  unitCode: { header: 'Mã đơn vị', width: 14 },
  position: { header: 'Chức vụ', width: 24 },
  awardType: { header: 'Hình thức khen thưởng', width: 30 },
  achievements: { header: 'Tóm tắt thành tích', width: 60 },
  overrideReason: { header: 'Lý do vẫn đề nghị (khi chưa đủ điều kiện)', width: 40 },
} as const;
type Column = keyof typeof COLUMNS;
const REQUIRED: Column[] = ['name', 'unitCode', 'awardType', 'achievements'];
export const MAX_NOMINEE_ROWS = 2000;

const SUBJECTS = new Map<string, SubjectKind>([...Object.entries(SUBJECT_LABELS).map(([k, l]) => [fold(l), k as SubjectKind] as const), ['ho', 'household']]);
const AWARD_TYPES = new Map<string, AwardCode>([...AWARD_CODES.map((c) => [fold(c), c] as const), ...AWARD_CODES.map((c) => [fold(CATALOGUE[c].name), c] as const)]);

export async function buildNomineeTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'thidua';
  const ws = wb.addWorksheet(NOMINEE_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  const keys = Object.keys(COLUMNS) as Column[];
  ws.columns = keys.map((key) => ({ key, header: COLUMNS[key].header, width: COLUMNS[key].width }));
  styleHeaderRow(ws.getRow(1));
  ws.getColumn('unitCode').numFmt = '@';
  const guide = wb.addWorksheet('Hướng dẫn');
  guide.columns = [{ width: 16 }, { width: 70 }];
  [
    'HƯỚNG DẪN NHẬP DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG',
    `1. Mỗi dòng là một người hoặc tập thể. Bắt buộc: ${REQUIRED.map((k) => `"${COLUMNS[k].header}"`).join(', ')}.`,
    `2. "Đối tượng": ${Object.values(SUBJECT_LABELS).join(', ')} (để trống là Cá nhân). Cá nhân được tìm theo họ tên trong đơn vị có "Mã đơn vị"; tập thể là chính đơn vị có mã đó.`,
    '3. Tệp được nhận cả hoặc không nhận dòng nào: mọi lỗi được liệt kê theo dòng, cột để sửa một lần.',
    '4. "Hình thức khen thưởng": mã hoặc tên đầy đủ:',
    ...AWARD_CODES.map((c) => `${c}: ${CATALOGUE[c].name}`),
  ].forEach((l) => guide.addRow([l]));
  applyFont(ws);
  return toBuffer(wb);
}

const problem = (row: number, col: Column, message: string): ErrorDetail =>
  ({ path: `Dòng ${row}, ${COLUMNS[col].header}`, message: `Dòng ${row}, cột "${COLUMNS[col].header}": ${message}` });

/** Reads the list and finds each person or unit; every problem at once, by row and column. */
export async function parseNomineeWorkbook(db: Kysely<DB>, buffer: Buffer): Promise<{ rows: Array<{ row: number; nominee: NomineeInput }>; problems: ErrorDetail[] }> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    return { rows: [], problems: [{ path: 'file', message: 'Tệp không phải là tệp Excel (.xlsx) hợp lệ hoặc đã bị hỏng' }] };
  }
  const ws = wb.worksheets.find((s) => fold(s.name) === fold(NOMINEE_SHEET)) ?? wb.worksheets[0];
  const wanted = new Map((Object.keys(COLUMNS) as Column[]).map((k) => [fold(COLUMNS[k].header), k] as const));
  wanted.set(fold('Họ và tên'), 'name');
  const headers = ws ? findHeaderRow(ws, wanted, (c) => c.has('name') && c.has('awardType')) : null;
  const missing = REQUIRED.filter((k) => !headers?.columns.has(k));
  if (!ws || !headers || missing.length) {
    return { rows: [], problems: missing.map((k) => ({ path: `Tiêu đề, ${COLUMNS[k].header}`, message: `Thiếu cột "${COLUMNS[k].header}" ở dòng tiêu đề` })) };
  }
  const raw: Array<{ row: number; get: (k: Column) => string }> = [];
  for (let r = headers.row + 1; r <= ws.rowCount; r++) {
    const cells = ws.getRow(r);
    const values = new Map([...headers.columns].map(([k, c]) => [k, textOf(plainOf(cells.getCell(c).value) as Plain)]));
    if ([...values.values()].every((v) => v === '')) continue;
    raw.push({ row: r, get: (k) => values.get(k) ?? '' });
  }
  if (raw.length === 0) return { rows: [], problems: [{ path: 'file', message: 'Tệp chưa có dòng nào' }] };
  if (raw.length > MAX_NOMINEE_ROWS) return { rows: [], problems: [{ path: 'file', message: `Tệp có quá ${MAX_NOMINEE_ROWS} dòng; hãy chia thành nhiều tệp` }] };
  const codes = [...new Set(raw.map((r) => r.get('unitCode').toUpperCase()).filter(Boolean))];
  const units = codes.length ? await db.selectFrom('units').select(['id', 'code']).where('code', 'in', codes).execute() : [];
  const unitByCode = new Map(units.map((u) => [u.code.toUpperCase(), u.id]));
  const people = units.length ? await db.selectFrom('people').select(['id', 'unit_id', 'search']).where('unit_id', 'in', units.map((u) => u.id)).where('active', '=', 1).execute() : [];
  // Looked up by unit and folded name once per row, not by scanning the unit's people for each.
  const peopleByName = groupBy(people, (p) => `${p.unit_id}|${p.search}`);
  const rows: Array<{ row: number; nominee: NomineeInput }> = [];
  const problems: ErrorDetail[] = [];
  for (const { row, get } of raw) {
    const before = problems.length;
    for (const k of REQUIRED) if (!get(k)) problems.push(problem(row, k, 'chưa nhập'));
    const kindText = fold(get('subjectKind'));
    const subjectKind = kindText ? SUBJECTS.get(kindText) : 'individual';
    if (!subjectKind) problems.push(problem(row, 'subjectKind', `"${get('subjectKind')}" không hợp lệ; ghi ${Object.values(SUBJECT_LABELS).join(', ')}`));
    const awardType = get('awardType') ? AWARD_TYPES.get(fold(get('awardType'))) : undefined;
    if (get('awardType') && !awardType) problems.push(problem(row, 'awardType', `"${get('awardType')}" không có trong danh mục; ghi mã (ví dụ CSTDCS) hoặc tên đầy đủ`));
    const unitId = get('unitCode') ? unitByCode.get(get('unitCode').toUpperCase()) : undefined;
    if (get('unitCode') && !unitId) problems.push(problem(row, 'unitCode', `không có đơn vị mã "${get('unitCode')}"`));
    let personId: string | undefined;
    if (subjectKind === 'individual' && unitId && get('name')) {
      const matches = peopleByName.get(`${unitId}|${foldVietnamese(get('name'))}`) ?? [];
      if (matches.length === 0) problems.push(problem(row, 'name', `không tìm thấy "${get('name')}" trong đơn vị ${get('unitCode')}; thêm cá nhân ở mục Quản trị trước`));
      else if (matches.length > 1) problems.push(problem(row, 'name', `đơn vị ${get('unitCode')} có ${matches.length} người tên "${get('name')}"; thêm từng người trên màn hình`));
      else personId = matches[0]!.id;
    }
    if (problems.length > before || !subjectKind || !awardType) continue;
    rows.push({
      row,
      nominee: {
        subjectKind, awardType, personId, unitId, name: subjectKind === 'household' ? get('name') : undefined,
        position: get('position') || null, achievements: get('achievements'), overrideReason: get('overrideReason') || null,
      },
    });
  }
  return { rows, problems };
}
