/** The award register's Excel layout: the import template, and the labels the import and export share. */
import ExcelJS from 'exceljs';
import { applyFont, FONT, styleHeaderRow, toBuffer } from '../../targets/excel-template.js';
import { CATALOGUE } from '../domain/catalogue.js';
import type { CommendationKind, SubjectKind } from '../domain/types.js';

export const REGISTER_SHEET = 'Sổ khen thưởng';

/** Columns, found by their header (folded) in any order; `aliases` are headers of older registers. */
export const AWARD_COLUMNS = {
  subjectKind: { header: 'Đối tượng', width: 14, aliases: ['Loại đối tượng'] },
  name: { header: 'Họ tên hoặc tên tập thể', width: 30, aliases: ['Họ và tên', 'Họ tên', 'Tên tập thể', 'Tên đối tượng'] },
  birthYear: { header: 'Năm sinh', width: 10, aliases: [] },
  gender: { header: 'Giới tính', width: 10, aliases: [] },
  ethnicity: { header: 'Dân tộc', width: 12, aliases: [] },
  position: { header: 'Chức vụ', width: 24, aliases: ['Chức vụ, đơn vị công tác'] },
  isLeader: { header: 'Lãnh đạo, quản lý', width: 12, aliases: ['Lãnh đạo'] },
  unitCode: { header: 'Mã đơn vị', width: 14, aliases: [] },
  awardType: { header: 'Hình thức khen thưởng', width: 30, aliases: ['Danh hiệu, hình thức khen thưởng', 'Danh hiệu', 'Mã khen thưởng'] },
  kind: { header: 'Loại khen thưởng', width: 18, aliases: [] },
  year: { header: 'Năm thành tích', width: 12, aliases: ['Năm'] },
  decisionNumber: { header: 'Số quyết định', width: 18, aliases: ['Số QĐ'] },
  decisionDate: { header: 'Ngày quyết định', width: 14, aliases: ['Ngày QĐ', 'Ngày ký'] },
  issuer: { header: 'Cơ quan ban hành', width: 26, aliases: ['Cấp khen', 'Cơ quan quyết định'] },
  certificateNo: { header: 'Số giấy chứng nhận', width: 16, aliases: ['Số bằng', 'Số sổ vàng'] },
  rewardAmount: { header: 'Tiền thưởng (đồng)', width: 16, aliases: ['Tiền thưởng', 'Số tiền thưởng'] },
} as const;
export type AwardColumn = keyof typeof AWARD_COLUMNS;

export const SUBJECT_LABELS: Record<SubjectKind, string> = { individual: 'Cá nhân', collective: 'Tập thể', household: 'Hộ gia đình' };
export const KIND_LABELS: Record<CommendationKind, string> = {
  regular: 'Thường xuyên', thematic: 'Theo chuyên đề', unscheduled: 'Đột xuất', lifetime: 'Quá trình cống hiến',
  service_years: 'Theo niên hạn', foreign: 'Đối ngoại',
};
export const GENDER_LABELS: Record<string, string> = { male: 'Nam', female: 'Nữ' };

const EXAMPLE: Record<AwardColumn, string | number> = {
  subjectKind: SUBJECT_LABELS.individual, name: 'Nguyễn Văn A', birthYear: 1980, gender: 'Nam', ethnicity: 'Kinh', position: 'Chuyên viên',
  isLeader: 'Không', unitCode: 'SKHDT', awardType: 'BK_TINH', kind: KIND_LABELS.regular, year: 2023, decisionNumber: '163/QĐ-UBND',
  decisionDate: '25/01/2024', issuer: 'UBND tỉnh Kon Tum', certificateNo: '', rewardAmount: 2_700_000,
};

/** Rows that keep the dropdowns: a register of a district's year fits. */
const LISTED_ROWS = 2000;

export async function buildImportTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'thidua';
  const ws = wb.addWorksheet(REGISTER_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  const keys = Object.keys(AWARD_COLUMNS) as AwardColumn[];
  ws.columns = keys.map((key) => ({ key, header: AWARD_COLUMNS[key].header, width: AWARD_COLUMNS[key].width }));
  styleHeaderRow(ws.getRow(1));
  // Text format keeps Excel from turning "163/QĐ-UBND" or a certificate number into something else.
  for (const k of ['unitCode', 'decisionNumber', 'certificateNo'] as const) ws.getColumn(k).numFmt = '@';
  ws.getColumn('decisionDate').numFmt = 'dd/mm/yyyy';
  const list = (col: AwardColumn, values: string[]) => {
    const c = keys.indexOf(col) + 1;
    for (let r = 2; r <= LISTED_ROWS + 1; r++) {
      ws.getCell(r, c).dataValidation = { type: 'list', allowBlank: true, formulae: [`"${values.join(',')}"`], showErrorMessage: true, errorStyle: 'warning' };
    }
  };
  list('subjectKind', Object.values(SUBJECT_LABELS));
  list('gender', Object.values(GENDER_LABELS));
  list('isLeader', ['Có', 'Không']);
  list('kind', Object.values(KIND_LABELS));
  applyFont(ws);
  addGuide(wb);
  return toBuffer(wb);
}

function addGuide(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Hướng dẫn');
  ws.columns = [{ width: 16 }, { width: 60 }, { width: 26 }];
  const c = (k: AwardColumn) => `"${AWARD_COLUMNS[k].header}"`;
  const lines = [
    'HƯỚNG DẪN NHẬP SỔ KHEN THƯỞNG (SỔ VÀNG)',
    `1. Mỗi dòng là một khen thưởng. Bắt buộc: ${c('name')}, ${c('unitCode')}, ${c('awardType')}, ${c('year')}, ${c('decisionNumber')}, ${c('issuer')}. Xem dòng ví dụ ở cuối trang này.`,
    `2. ${c('subjectKind')}: ${Object.values(SUBJECT_LABELS).join(', ')} (để trống là Cá nhân). Với tập thể, ${c('unitCode')} là mã của chính tập thể được khen; với hộ gia đình là mã xã, phường nơi cư trú.`,
    `3. Cá nhân được nhận diện theo họ tên, năm sinh và mã đơn vị; chưa có trong hệ thống thì được tạo mới (khi đó cần ${c('gender')}).`,
    `4. ${c('awardType')} ghi mã hoặc tên đầy đủ trong bảng dưới. ${c('kind')}: ${Object.values(KIND_LABELS).join(', ')} (để trống là Thường xuyên).`,
    `5. ${c('issuer')} ghi đúng như trên quyết định tại thời điểm ban hành, ví dụ "UBND tỉnh Kon Tum", "UBND huyện Đắk Hà". ${c('decisionDate')} dạng ngày/tháng/năm.`,
    '6. Một đối tượng chỉ có một khen thưởng cùng hình thức trong một năm; dòng trùng (trong tệp hoặc đã có trong hệ thống) bị báo lỗi.',
    '7. Tệp chỉ được ghi nhận khi mọi dòng hợp lệ; mọi lỗi được báo cùng lúc theo dòng và cột.',
  ];
  lines.forEach((text, i) => {
    const row = ws.addRow([text]);
    ws.mergeCells(row.number, 1, row.number, 3);
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    row.getCell(1).font = { ...FONT, bold: i === 0 };
    row.height = i === 0 ? 20 : 34;
  });
  ws.addRow([]);
  styleHeaderRow(ws.addRow(['Mã', 'Hình thức khen thưởng', 'Đối tượng']));
  for (const e of Object.values(CATALOGUE)) ws.addRow([e.code, e.name, e.subjects.map((s) => SUBJECT_LABELS[s]).join(', ')]);
  // The example lives here, not on the register sheet, so that it cannot be imported by mistake.
  ws.addRow([]);
  ws.addRow(['Ví dụ một dòng của trang "' + REGISTER_SHEET + '":']).getCell(1).font = { ...FONT, bold: true };
  const keys = Object.keys(AWARD_COLUMNS) as AwardColumn[];
  styleHeaderRow(ws.addRow(keys.map((k) => AWARD_COLUMNS[k].header)));
  ws.addRow(keys.map((k) => EXAMPLE[k]));
  applyFont(ws);
}
