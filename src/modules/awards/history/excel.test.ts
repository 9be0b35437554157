import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DISCIPLINES_SPEC, RATINGS_SPEC, WORKS_SPEC, YEARS_SPEC } from './excel.js';
import { buildSheetTemplate, parseSheet, type SheetSpec, type SubjectRow } from './excel-sheet.js';

async function file(spec: SheetSpec<string, SubjectRow>, rows: Array<Record<string, ExcelJS.CellValue>>, title?: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(spec.sheet);
  const keys = Object.keys(spec.columns);
  if (title) ws.addRow([title]);
  ws.addRow(keys.map((k) => spec.columns[k]!.header));
  for (const r of rows) ws.addRow(keys.map((k) => r[k] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const parse = async (spec: SheetSpec<string, SubjectRow>, rows: Array<Record<string, ExcelJS.CellValue>>) => parseSheet(spec, await file(spec, rows));

describe('history sheets', () => {
  it('reads a work with its uses by code or catalogue name, below a title row', async () => {
    const spec = WORKS_SPEC as unknown as SheetSpec<string, SubjectRow>;
    const { rows, problems } = await parseSheet(spec, await file(spec, [{
      name: 'Trần Thị Mai', unitCode: 'skhdt', kind: 'sáng kiến', title: 'Một cửa điện tử', year: 2023, scope: 'cap tinh',
      decisionDate: '05/06/2023', usedFor: '2023 CSTDCS;\n2024: Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh',
    }], 'SÁNG KIẾN NĂM 2023'));
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({
      row: 3, name: 'Trần Thị Mai', unitCode: 'SKHDT', kind: 'initiative',
      input: { title: 'Một cửa điện tử', year: 2023, scope: 'province', decision: { date: '2023-06-05' }, usedFor: [{ year: 2023, awardType: 'CSTDCS' }, { year: 2024, awardType: 'CSTD_TINH' }] },
    });
  });

  it('refuses a use before the recognition year, on the "Đã dùng để khen" cell', async () => {
    const { problems } = await parse(WORKS_SPEC as never, [{ unitCode: 'SKHDT', kind: 'Đề tài', title: 'Dự báo', year: 2023, scope: 'Tỉnh', usedFor: '2022 CSTDCS' }]);
    expect(problems).toEqual([{ path: 'Dòng 2, Đã dùng để khen', message: 'Trang "Sáng kiến, đề tài", dòng 2, cột "Đã dùng để khen": Không thể dùng trước năm được công nhận (2023)' }]);
  });

  it('names every missing required cell, and a blank name with a birth year', async () => {
    const { problems } = await parse(DISCIPLINES_SPEC as never, [{ birthYear: 1980, form: 'Cảnh cáo' }]);
    expect(problems.map((p) => p.path)).toEqual(['Dòng 2, Mã đơn vị', 'Dòng 2, Từ ngày', 'Dòng 2, Họ và tên']);
  });

  it('keeps months for people and the six member numbers for units', async () => {
    const { rows, problems } = await parse(YEARS_SPEC as never, [
      { name: 'Y Hoa', unitCode: 'SKHDT', year: 2024, monthsWorked: '7,5', maternityMonths: 4.5 },
      { unitCode: 'SKHDT', year: 2024, total: 10, ldtt: 8, cstdcs: 1, completedDuties: 10, disciplinedWarningOrAbove: 0, women: 6 },
      { unitCode: 'SKHDT', year: 2023, monthsWorked: 12 },
      { unitCode: 'SKHDT', year: 2022 },
    ]);
    expect(rows.map((r) => (r as unknown as { input: unknown }).input)).toEqual([
      { monthsWorked: 7.5, maternityMonths: 4.5 },
      { members: { total: 10, ldtt: 8, cstdcs: 1, completedDuties: 10, disciplinedWarningOrAbove: 0, women: 6 } },
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      'Trang "Số liệu năm", dòng 4, cột "Số tháng công tác": số tháng chỉ ghi cho cá nhân',
      'Trang "Số liệu năm", dòng 5, cột "Tổng số thành viên": dòng chưa có số liệu nào',
    ]);
  });

  it('reports a repeated subject and year at the second row', async () => {
    const { rows, problems } = await parse(RATINGS_SPEC as never, [
      { name: 'Y Hoa', unitCode: 'SKHDT', year: 2024, rating: 'HTTNV' },
      { name: 'y hoa', unitCode: 'skhdt', year: 2024, rating: 'Hoàn thành nhiệm vụ' },
    ]);
    expect(rows).toHaveLength(1);
    expect(problems).toEqual([{ path: 'Dòng 3, Năm', message: 'Trang "Xếp loại", dòng 3, cột "Năm": trùng với dòng 2 (cùng đối tượng, cùng năm)' }]);
  });

  it('builds templates whose headers it reads back', async () => {
    for (const spec of [RATINGS_SPEC, WORKS_SPEC, DISCIPLINES_SPEC, YEARS_SPEC] as unknown as Array<SheetSpec<string, SubjectRow>>) {
      const { rows, problems } = await parseSheet(spec, await buildSheetTemplate(spec));
      expect([rows, problems]).toEqual([[], []]);
    }
  });
});
