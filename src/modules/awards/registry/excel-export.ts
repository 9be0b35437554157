/** The registry, filtered as on screen, as a printable Excel register. */
import ExcelJS from 'exceljs';
import { formatDate } from '../../../lib/format.js';
import { applyFont, styleHeaderRow, toBuffer } from '../../targets/excel-template.js';
import { CATALOGUE } from '../domain/catalogue.js';
import type { AwardCode, CommendationKind, SubjectKind } from '../domain/types.js';
import { GENDER_LABELS, KIND_LABELS, SUBJECT_LABELS } from './excel-template.js';
import type { AwardListRow } from './repo.js';

const COLUMNS: Array<{ header: string; width: number }> = [
  { header: 'STT', width: 7 }, { header: 'Họ tên hoặc tên tập thể', width: 28 }, { header: 'Đối tượng', width: 12 }, { header: 'Đơn vị', width: 28 },
  { header: 'Giới tính', width: 9 }, { header: 'Dân tộc', width: 11 }, { header: 'Hình thức khen thưởng', width: 30 }, { header: 'Loại khen thưởng', width: 16 },
  { header: 'Năm thành tích', width: 10 }, { header: 'Số quyết định', width: 16 }, { header: 'Ngày quyết định', width: 12 }, { header: 'Cơ quan ban hành', width: 24 },
  { header: 'Số giấy chứng nhận', width: 14 }, { header: 'Tiền thưởng (đồng)', width: 14 }, { header: 'Tình trạng', width: 30 },
];
const THIN: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };

function status(a: AwardListRow): string {
  if (!a.revoked) return 'Còn hiệu lực';
  const date = a.revoked_decision_date ? ` ngày ${formatDate(a.revoked_decision_date)}` : '';
  return `Đã hủy bỏ theo Quyết định số ${a.revoked_decision_number ?? ''}${date}`;
}

export async function buildRegisterWorkbook(rows: readonly AwardListRow[], title: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'thidua';
  const ws = wb.addWorksheet('Sổ khen thưởng', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = COLUMNS.map((c) => ({ width: c.width }));
  const head = ws.addRow([title]);
  ws.mergeCells(head.number, 1, head.number, COLUMNS.length);
  head.getCell(1).font = { bold: true, size: 14 };
  head.getCell(1).alignment = { horizontal: 'center' };
  ws.addRow([]);
  const header = ws.addRow(COLUMNS.map((c) => c.header));
  styleHeaderRow(header);
  ws.views = [{ state: 'frozen', ySplit: header.number }];
  ws.pageSetup.printTitlesRow = `${header.number}:${header.number}`;
  rows.forEach((a, i) => {
    const row = ws.addRow([
      i + 1, a.subject_name, SUBJECT_LABELS[a.subject_kind as SubjectKind] ?? a.subject_kind, a.unit_name,
      a.gender ? GENDER_LABELS[a.gender] ?? a.gender : '', a.ethnicity ?? '', CATALOGUE[a.award_type as AwardCode]?.name ?? a.award_type,
      KIND_LABELS[a.kind as CommendationKind] ?? a.kind, a.year, a.decision_number, a.decision_date ? formatDate(a.decision_date) : '',
      a.decision_issuer, a.certificate_no ?? '', a.reward_amount, status(a),
    ]);
    row.eachCell({ includeEmpty: true }, (cell) => { cell.border = THIN; cell.alignment = { vertical: 'top', wrapText: true }; });
    row.getCell(14).numFmt = '#,##0';
  });
  applyFont(ws);
  return toBuffer(wb);
}
