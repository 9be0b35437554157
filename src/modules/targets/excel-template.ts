/** Excel template in which a unit officer types the values of the indicators their unit reports. */
import ExcelJS from 'exceljs';
import type { MovementRow } from '../../db/schema.js';
import type { Actor } from '../auth/actor.js';
import { nest } from './dashboard.js';
import { GROUP_COMPARATOR } from './domain/group.js';
import { periodLabel, periodsOfYear } from './domain/period.js';
import type { Frequency, ValueKind } from './domain/types.js';
import type { IndicatorWithUnit } from './repo.js';
import { canReport } from './service.js';

export const VALUES_SHEET = 'Số liệu';

/** The columns of the values sheet; the import finds them by these headers, in any order. */
export const VALUE_COLUMNS = {
  code: 'Mã chỉ tiêu',
  name: 'Tên chỉ tiêu',
  unit: 'Đơn vị tính',
  period: 'Kỳ báo cáo',
  value: 'Giá trị',
  kind: 'Loại số liệu',
  note: 'Ghi chú',
  evidenceUrl: 'Đường dẫn minh chứng',
} as const;
export type ValueColumn = keyof typeof VALUE_COLUMNS;

export const KIND_LABELS: Record<ValueKind, string> = { actual: 'Thực hiện', estimate: 'Ước thực hiện' };

export const FREQUENCY_LABELS: Record<Frequency, string> = {
  month: 'Hằng tháng', quarter: 'Hằng quý', half: '6 tháng một lần', year: 'Hằng năm',
};

/** Times New Roman is what official documents use; LibreOffice substitutes the metric-compatible Liberation Serif. */
export const FONT: Partial<ExcelJS.Font> = { name: 'Times New Roman', size: 12 };

const WIDTHS: Record<ValueColumn, number> = { code: 12, name: 50, unit: 16, period: 13, value: 14, kind: 16, note: 36, evidenceUrl: 36 };
/** Rows below the pre-filled ones keep the dropdown, for officers who add rows for more periods. */
const SPARE_ROWS = 200;

export function styleHeaderRow(row: ExcelJS.Row): void {
  row.height = 32;
  row.eachCell((cell) => {
    cell.font = { ...FONT, bold: true };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
    cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
  });
}

/** Cells without a font of their own get the document font. */
export function applyFont(ws: ExcelJS.Worksheet): void {
  ws.eachRow((row) => row.eachCell((cell) => { cell.font = { ...FONT, ...cell.font }; }));
}

export async function toBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Period codes an indicator accepts: its own frequency, plus the year (the official annual result). */
export function periodCodesOf(frequency: Frequency, year: number): string[] {
  const own = frequency === 'year' ? [] : periodsOfYear(frequency, year).map((p) => p.code);
  return [...own, String(year)];
}

/** Sub-indicators right after their parent, as on the dashboard (`order_no` is per parent). */
function inTreeOrder(indicators: IndicatorWithUnit[]): IndicatorWithUnit[] {
  type Node = { ind: IndicatorWithUnit; children: Node[] };
  const flat = (nodes: Node[]): IndicatorWithUnit[] => nodes.flatMap((n) => [n.ind, ...flat(n.children)]);
  return flat(nest(indicators.map((ind): Node => ({ ind, children: [] })), (n) => n.ind.id, (n) => n.ind.parent_id));
}

export async function buildValuesTemplate(movement: MovementRow, indicators: IndicatorWithUnit[], forActor: Actor): Promise<Buffer> {
  const reportable = inTreeOrder(indicators).filter((i) => i.comparator !== GROUP_COMPARATOR && canReport(forActor, i));
  const wb = new ExcelJS.Workbook();
  wb.creator = 'thidua';
  const ws = wb.addWorksheet(VALUES_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  const keys = Object.keys(VALUE_COLUMNS) as ValueColumn[];
  ws.columns = keys.map((key) => ({ key, header: VALUE_COLUMNS[key], width: WIDTHS[key] }));
  styleHeaderRow(ws.getRow(1));
  // Text format keeps Excel from turning "2024-03" into a date.
  ws.getColumn('period').numFmt = '@';
  for (const ind of reportable) ws.addRow({ code: ind.code, name: ind.name, unit: ind.unit });

  const kindList = `"${KIND_LABELS.actual},${KIND_LABELS.estimate}"`;
  for (let r = 2; r <= reportable.length + SPARE_ROWS + 1; r++) {
    ws.getCell(r, keys.indexOf('kind') + 1).dataValidation = {
      type: 'list', allowBlank: true, formulae: [kindList], showErrorMessage: true,
      errorTitle: VALUE_COLUMNS.kind, error: `Chọn "${KIND_LABELS.actual}" hoặc "${KIND_LABELS.estimate}"`,
    };
  }
  reportable.forEach((ind, i) => {
    // A dropdown of the indicator's periods; only a warning, since a copied row may be for another indicator.
    ws.getCell(i + 2, keys.indexOf('period') + 1).dataValidation = {
      type: 'list', allowBlank: true, formulae: [`"${periodCodesOf(ind.frequency as Frequency, movement.year).join(',')}"`],
      showErrorMessage: true, errorStyle: 'warning', errorTitle: VALUE_COLUMNS.period,
      error: `Chỉ tiêu ${ind.code} báo cáo ${FREQUENCY_LABELS[ind.frequency as Frequency].toLowerCase()}`,
    };
  });
  ws.eachRow((row, n) => {
    if (n > 1) row.eachCell({ includeEmpty: true }, (cell) => { cell.alignment = { vertical: 'top', wrapText: true }; });
  });
  applyFont(ws);
  addGuide(wb, movement.year, reportable);
  return toBuffer(wb);
}

function addGuide(wb: ExcelJS.Workbook, year: number, indicators: IndicatorWithUnit[]): void {
  const ws = wb.addWorksheet('Hướng dẫn');
  ws.columns = [{ width: 14 }, { width: 55 }, { width: 18 }, { width: 60 }];
  const example = (f: Frequency, index: number) => {
    const p = periodsOfYear(f, year)[index]!;
    return `${p.code} (${periodLabel(p)})`;
  };
  const lines = [
    `HƯỚNG DẪN NHẬP SỐ LIỆU CHỈ TIÊU THI ĐUA NĂM ${year}`,
    `1. Mỗi dòng của trang "${VALUES_SHEET}" là số liệu của một chỉ tiêu trong một kỳ. Báo cáo nhiều kỳ thì chép thêm dòng, giữ nguyên "${VALUE_COLUMNS.code}".`,
    `2. "${VALUE_COLUMNS.period}" ghi dạng chữ: tháng ${example('month', 2)}; quý ${example('quarter', 0)}; 6 tháng ${example('half', 0)}; năm ${example('year', 0)}. Số liệu cả năm (${year}) được nhận với mọi chỉ tiêu.`,
    `3. "${VALUE_COLUMNS.value}" là số, dùng dấu phẩy thập phân và dấu chấm phân cách hàng nghìn, ví dụ 63,7 hoặc 4.600 hoặc 1.234,5.`,
    `4. "${VALUE_COLUMNS.kind}" chọn "${KIND_LABELS.actual}" hoặc "${KIND_LABELS.estimate}".`,
    `5. "${VALUE_COLUMNS.evidenceUrl}" (nếu có) bắt đầu bằng http:// hoặc https://.`,
    `6. Dòng chưa nhập kỳ, giá trị, loại số liệu, ghi chú, minh chứng được bỏ qua. Tệp chỉ được ghi nhận khi mọi dòng hợp lệ; tối đa 5.000 dòng.`,
  ];
  lines.forEach((text, i) => {
    const row = ws.addRow([text]);
    ws.mergeCells(row.number, 1, row.number, 4);
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    row.getCell(1).font = { ...FONT, bold: i === 0 };
    row.height = i === 0 ? 20 : 34;
  });
  ws.addRow([]);
  styleHeaderRow(ws.addRow([VALUE_COLUMNS.code, VALUE_COLUMNS.name, 'Tần suất báo cáo', 'Các kỳ báo cáo hợp lệ']));
  for (const ind of indicators) {
    const f = ind.frequency as Frequency;
    const row = ws.addRow([ind.code, ind.name, FREQUENCY_LABELS[f], periodCodesOf(f, year).join(', ')]);
    row.eachCell((cell) => { cell.alignment = { wrapText: true, vertical: 'top' }; });
  }
  applyFont(ws);
}
