/** A report as an Excel sheet: a title row, the filters in words, a header and the rows. */
import ExcelJS from 'exceljs';

export interface Sheet { title: string; subtitle?: string; columns: Array<{ header: string; width?: number }>; rows: Array<Array<string | number>> }

export async function reportWorkbook(sheet: Sheet): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Báo cáo');
  ws.addRow([sheet.title]).font = { bold: true, size: 14 };
  if (sheet.subtitle) ws.addRow([sheet.subtitle]).font = { italic: true };
  ws.addRow([]);
  const header = ws.addRow(sheet.columns.map((c) => c.header));
  header.font = { bold: true };
  header.eachCell((cell) => { cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } }; cell.border = { bottom: { style: 'thin' } }; });
  for (const r of sheet.rows) ws.addRow(r);
  sheet.columns.forEach((c, i) => { ws.getColumn(i + 1).width = c.width ?? 18; });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
