/** Form 0602.N/BNV-TĐKT as an Excel sheet in the statistical form's layout: header blocks, title, table, signatures. */
import ExcelJS from 'exceljs';
import type { StateForm } from './state-form.js';

const SUBJECT_LABELS = { collective: 'Tập thể', individual: 'Cá nhân' } as const;
const thin = { style: 'thin' } as const;
const BOX = { top: thin, left: thin, bottom: thin, right: thin };

export async function stateFormWorkbook(form: StateForm): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(form.formCode.replace(/[/\\]/g, '-'), { pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 } });
  const width = 4 + form.columns.length;
  const right = Math.max(5, width - 4);
  const put = (row: number, col: number, value: string, font: Partial<ExcelJS.Font> = {}, toCol = col) => {
    if (toCol > col) ws.mergeCells(row, col, row, toCol);
    const cell = ws.getCell(row, col);
    cell.value = value;
    cell.font = font;
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: toCol > col && col > 1 ? 'center' : 'left' };
  };

  put(1, 1, `Biểu số: ${form.formCode}`, { bold: true }, 3);
  put(2, 1, 'Ban hành kèm theo Thông tư số 02/2023/TT-BNV', {}, 3);
  put(3, 1, 'Ngày nhận báo cáo: ngày 15 tháng 12 năm báo cáo', {}, 3);
  put(1, right, `Đơn vị báo cáo: ${form.reportingUnit.name}`, {}, width);
  put(2, right, `Đơn vị nhận báo cáo: ${form.receivingUnit}`, {}, width);
  put(5, 1, 'SỐ LƯỢNG KHEN THƯỞNG CẤP NHÀ NƯỚC', { bold: true, size: 14 }, width);
  ws.getCell(5, 1).alignment = { horizontal: 'center' };
  put(6, 1, `Năm ${form.year}`, { italic: true }, width);
  ws.getCell(6, 1).alignment = { horizontal: 'center' };

  // Table head: two rows, the award's name over its collective / individual columns.
  const [h1, h2] = [8, 9];
  for (const [col, text] of [[1, ''], [2, 'Mã số'], [3, 'Đơn vị tính'], [4, 'Tổng số']] as const) {
    ws.mergeCells(h1, col, h2, col);
    ws.getCell(h1, col).value = text;
  }
  let col = 5;
  for (const c of form.columns) {
    ws.getCell(h2, col).value = SUBJECT_LABELS[c.subject];
    col += 1;
  }
  for (let start = 5; start < col;) {
    const award = form.columns[start - 5]!.awardType;
    let end = start;
    while (end + 1 < col && form.columns[end + 1 - 5]!.awardType === award) end += 1;
    if (end > start) ws.mergeCells(h1, start, h1, end);
    ws.getCell(h1, start).value = form.columns[start - 5]!.name;
    start = end + 1;
  }
  for (const r of [h1, h2]) {
    for (let c = 1; c <= width; c += 1) {
      const cell = ws.getCell(r, c);
      cell.font = { bold: true };
      cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
      cell.border = BOX;
    }
  }
  ws.getRow(h1).height = 48;

  for (const r of form.rows) {
    const row = ws.addRow([r.label, r.code, r.measure, r.total ?? '', ...r.cells.map((v) => v ?? '')]);
    row.eachCell({ includeEmpty: true }, (cell, i) => {
      cell.border = BOX;
      cell.alignment = { wrapText: true, vertical: 'middle', horizontal: i === 1 ? 'left' : 'center' };
    });
    if (r.section || r.code === '1') row.font = { bold: true };
  }

  const notes = ws.addRow([]).number + 1;
  put(notes, 1, `Ghi chú: các cột ${form.notInCatalogue.join(', ')} của biểu không có trong danh mục khen thưởng của phần mềm nên chưa thống kê; dòng "Trong đó: nữ" do phần mềm bổ sung.`, { italic: true }, width);
  ws.getRow(notes).height = 30;
  const sign = notes + 2;
  put(sign, right, '…, ngày … tháng … năm …', { italic: true }, width);
  put(sign + 1, 1, 'Người lập biểu', { bold: true }, 3);
  put(sign + 1, right, 'Thủ trưởng đơn vị', { bold: true }, width);
  put(sign + 2, 1, '(Ký, họ tên)', { italic: true }, 3);
  put(sign + 2, right, '(Ký, đóng dấu, họ tên)', { italic: true }, width);
  for (const r of [sign + 1, sign + 2]) ws.getCell(r, 1).alignment = { horizontal: 'center' };

  ws.getColumn(1).width = 46;
  ws.getColumn(2).width = 8;
  ws.getColumn(3).width = 10;
  for (let c = 4; c <= width; c += 1) ws.getColumn(c).width = 12;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
