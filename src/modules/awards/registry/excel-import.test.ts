import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { duplicateKey, parseRegisterWorkbook, readDate } from './excel-import.js';
import { buildImportTemplate } from './excel-template.js';

async function workbook(headers: string[], rows: ExcelJS.CellValue[][], opts: { title?: string; sheet?: string } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(opts.sheet ?? 'Sổ khen thưởng');
  if (opts.title) ws.addRow([opts.title]);
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const HEADERS = ['Họ và tên', 'Năm sinh', 'Giới tính', 'Mã đơn vị', 'Danh hiệu', 'Năm', 'Số QĐ', 'Ngày QĐ', 'Cơ quan ban hành', 'Đối tượng', 'Loại khen thưởng', 'Lãnh đạo', 'Tiền thưởng'];

describe('parseRegisterWorkbook', () => {
  it('matches headers by folded name and aliases, in any order, below a title row', async () => {
    const buf = await workbook(HEADERS, [
      ['Đặng Văn Đức', 1975, 'nam', 'skhdt', 'Bằng khen cấp bộ, ban, ngành, tỉnh', '2023', '163/QĐ-UBND', new Date(Date.UTC(2024, 0, 25)), 'UBND tỉnh Kon Tum', '', 'Đột xuất', 'x', '1.170.000'],
      [],
      ['Sở Y tế', null, null, 'SYT', 'TTLDXS', 2023, '163/QĐ-UBND', '25/01/2024', 'UBND tỉnh Kon Tum', 'Tập thể', null, null, 5_400_000],
    ], { title: 'SỔ VÀNG NĂM 2023' });
    const { rows, problems } = await parseRegisterWorkbook(buf);
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      row: 3, subjectKind: 'individual', name: 'Đặng Văn Đức', birthYear: 1975, gender: 'male', unitCode: 'SKHDT', isLeader: true,
      facts: { awardType: 'BK_TINH', kind: 'unscheduled', year: 2023, rewardAmount: 1_170_000, decision: { number: '163/QĐ-UBND', date: '2024-01-25', issuer: 'UBND tỉnh Kon Tum' } },
    });
    expect(rows[1]).toMatchObject({ row: 5, subjectKind: 'collective', isLeader: false, facts: { awardType: 'TTLDXS', kind: 'regular', rewardAmount: 5_400_000 } });
  });

  it('names the row and the column of every problem, in Vietnamese', async () => {
    const { rows, problems } = await parseRegisterWorkbook(await workbook(HEADERS, [
      ['', 1975, 'Trai', 'SKHDT', 'BK_XYZ', 1900, '', '32/13/2023', '', '', '', 'Có lẽ', 'nhiều'],
      ['Sở Y tế', null, null, 'SYT', 'LDTT', 2023, '1/QĐ', null, 'UBND tỉnh Kon Tum', 'Tập thể'],
    ]));
    expect(rows).toEqual([]);
    expect(problems.map((p) => p.path)).toEqual([
      'Dòng 2, Họ tên hoặc tên tập thể', 'Dòng 2, Số quyết định', 'Dòng 2, Cơ quan ban hành', 'Dòng 2, Giới tính', 'Dòng 2, Hình thức khen thưởng',
      'Dòng 2, Năm thành tích', 'Dòng 2, Ngày quyết định', 'Dòng 2, Tiền thưởng (đồng)', 'Dòng 2, Lãnh đạo, quản lý', 'Dòng 3, Hình thức khen thưởng',
    ]);
    expect(problems[0]!.message).toBe('Dòng 2, cột "Họ tên hoặc tên tập thể": chưa nhập');
    expect(problems[9]!.message).toContain('chỉ tặng cho cá nhân');
  });

  it('reports a row that repeats subject, award type and year', async () => {
    const row = ['Y Hoa', 1990, 'Nữ', 'SKHDT', 'LDTT', 2023, '25/QĐ', '28/12/2023', 'Sở Kế hoạch và Đầu tư'];
    const { rows, problems } = await parseRegisterWorkbook(await workbook(HEADERS, [row, ['Y  HOA', ...row.slice(1, 4), 'Lao động tiên tiến', ...row.slice(5)]]));
    expect(rows).toHaveLength(1);
    expect(problems).toEqual([{ path: 'Dòng 3, Hình thức khen thưởng', message: expect.stringContaining('trùng với dòng 2') }]);
  });

  it('refuses a file without the required headers, or not an Excel file', async () => {
    const missing = await parseRegisterWorkbook(await workbook(['Họ và tên', 'Danh hiệu'], [['A', 'LDTT']]));
    expect(missing.problems.map((p) => p.path)).toEqual(['Tiêu đề, Mã đơn vị', 'Tiêu đề, Năm thành tích', 'Tiêu đề, Số quyết định', 'Tiêu đề, Cơ quan ban hành']);
    expect((await parseRegisterWorkbook(Buffer.from('not a zip'))).problems[0]!.path).toBe('file');
  });

  it('reads its own template: the headers, and no row to import by mistake', async () => {
    expect(await parseRegisterWorkbook(await buildImportTemplate())).toEqual({ rows: [], problems: [] });
  });
});

describe('readDate and duplicateKey', () => {
  it('reads Vietnamese and ISO dates and refuses impossible ones', () => {
    expect(readDate('5/1/2024')).toBe('2024-01-05');
    expect(readDate('2024-01-05')).toBe('2024-01-05');
    expect(readDate('29/02/2023')).toBe('invalid');
    expect(readDate(null)).toBeNull();
  });

  it('identifies a person by folded name, birth year and unit; a collective by its unit', () => {
    const base = { subjectKind: 'individual' as const, birthYear: 1975, unitCode: 'SKHDT', facts: { awardType: 'LDTT' as const, year: 2023 } };
    expect(duplicateKey({ ...base, name: 'Đặng Văn Đức' })).toBe(duplicateKey({ ...base, name: 'dang  van duc' }));
    expect(duplicateKey({ ...base, name: 'Đặng Văn Đức' })).not.toBe(duplicateKey({ ...base, name: 'Đặng Văn Đức', birthYear: 1976 }));
    expect(duplicateKey({ ...base, subjectKind: 'collective', name: 'A' })).toBe(duplicateKey({ ...base, subjectKind: 'collective', name: 'B' }));
  });
});
