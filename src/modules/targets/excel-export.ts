/** The dashboard as an Excel table, printable on A4 for a meeting or an official report. */
import ExcelJS from 'exceljs';
import type { MovementRow } from '../../db/schema.js';
import { formatDate } from '../../lib/format.js';
import type { DashboardCard } from './dashboard.js';
import { STATUS_LABELS } from './domain/evaluate.js';
import { parsePeriod, periodLabel } from './domain/period.js';
import type { EvaluationStatus } from './domain/types.js';
import { applyFont, FONT, KIND_LABELS, styleHeaderRow, toBuffer } from './excel-template.js';

const COLUMNS: Array<{ header: string; width: number }> = [
  { header: 'STT', width: 6 },
  { header: 'Mã', width: 9 },
  { header: 'Chỉ tiêu', width: 40 },
  { header: 'Chỉ tiêu đề ra', width: 30 },
  { header: 'Đơn vị tính', width: 13 },
  { header: 'Số liệu mới nhất (kỳ)', width: 18 },
  { header: 'Giá trị hiện tại', width: 13 },
  { header: 'Dự báo cả năm', width: 13 },
  { header: '% chỉ tiêu', width: 11 },
  { header: 'Tình trạng', width: 16 },
  { header: 'Đơn vị phụ trách', width: 24 },
  { header: 'Nhận xét', width: 50 },
];
const FIRST_NUMBER_COLUMN = 7;
const STATUS_COLUMN = 10;

/** The colours of the web app's status tags (text on a light background). */
const STATUS_COLORS: Record<EvaluationStatus, { fill: string; font: string }> = {
  achieved: { fill: 'FFF6FFED', font: 'FF389E0D' },
  on_track: { fill: 'FFE6F4FF', font: 'FF0958D9' },
  at_risk: { fill: 'FFFFF7E6', font: 'FFD46B08' },
  off_track: { fill: 'FFFFF1F0', font: 'FFCF1322' },
  not_achieved: { fill: 'FFFFF1F0', font: 'FFCF1322' },
  no_data: { fill: 'FFF5F5F5', font: 'FF595959' },
};

const THIN: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };

/** Excel shows these with the reader's separators ("4.600", "63,7" on a Vietnamese system), 2 decimals at most like the app. */
const numberFormat = (x: number): string => (Number.isInteger(x) ? '#,##0' : '#,##0.0#');

function latestText(card: DashboardCard): string {
  if (!card.latest) return '';
  const period = parsePeriod(card.latest.period);
  const label = period ? periodLabel(period) : card.latest.period;
  return card.latest.kind === 'estimate' ? `${label} (${KIND_LABELS.estimate.toLowerCase()})` : label;
}

function addCard(ws: ExcelJS.Worksheet, card: DashboardCard, stt: string, depth: number): void {
  const e = card.evaluation;
  const row = ws.addRow([
    depth === 0 ? Number(stt) : stt, card.indicator.code, card.indicator.name, card.indicator.targetText, card.indicator.unit,
    latestText(card), e.current, e.forecast, e.percentOfTarget === null ? null : Number((e.percentOfTarget / 100).toFixed(6)),
    STATUS_LABELS[e.status], card.responsibleUnit.name, e.explanation,
  ]);
  row.eachCell({ includeEmpty: true }, (cell, col) => {
    cell.border = THIN;
    cell.alignment = { vertical: 'top', wrapText: true, horizontal: col >= FIRST_NUMBER_COLUMN && col < STATUS_COLUMN ? 'right' : undefined };
    if (typeof cell.value === 'number' && col >= FIRST_NUMBER_COLUMN) cell.numFmt = col === STATUS_COLUMN - 1 ? '0.0%' : numberFormat(cell.value);
  });
  row.getCell(1).alignment = { vertical: 'top', horizontal: 'center' };
  if (depth > 0) row.getCell(3).alignment = { vertical: 'top', wrapText: true, indent: depth * 2 };
  if (depth === 0 && card.children.length) row.getCell(3).font = { ...FONT, bold: true };
  const colors = STATUS_COLORS[e.status];
  const status = row.getCell(STATUS_COLUMN);
  status.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: colors.fill } };
  status.font = { ...FONT, bold: true, color: { argb: colors.font } };
  card.children.forEach((child, i) => addCard(ws, child, `${stt}.${i + 1}`, depth + 1));
}

export async function buildDashboardWorkbook(movement: MovementRow, cards: DashboardCard[], asOf: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'thidua';
  const ws = wb.addWorksheet(`Chỉ tiêu ${movement.year}`, {
    pageSetup: {
      paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  });
  ws.columns = COLUMNS.map((c) => ({ width: c.width }));
  const titles = [
    `Chỉ tiêu thi đua chủ yếu năm ${movement.year}`,
    `(Theo Chỉ thị số ${movement.directive_number} ngày ${formatDate(movement.directive_date)} của ${movement.directive_signer})`,
    `Số liệu đến ngày ${formatDate(asOf)}`,
  ];
  titles.forEach((text, i) => {
    const row = ws.addRow([text]);
    ws.mergeCells(row.number, 1, row.number, COLUMNS.length);
    row.getCell(1).font = { ...FONT, bold: i === 0, italic: i > 0, size: i === 0 ? 14 : 12 };
    row.getCell(1).alignment = { horizontal: 'center' };
  });
  ws.addRow([]);
  const header = ws.addRow(COLUMNS.map((c) => c.header));
  styleHeaderRow(header);
  ws.views = [{ state: 'frozen', ySplit: header.number }];
  ws.pageSetup.printTitlesRow = `${header.number}:${header.number}`;
  cards.forEach((card, i) => addCard(ws, card, String(i + 1), 0));
  applyFont(ws);
  return toBuffer(wb);
}
