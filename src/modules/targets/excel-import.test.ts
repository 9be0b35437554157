import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { excelProblems, parseValuesWorkbook, parseVietnameseNumber } from './excel-import.js';

const HEADERS = ['Mã chỉ tiêu', 'Tên chỉ tiêu', 'Đơn vị tính', 'Kỳ báo cáo', 'Giá trị', 'Loại số liệu', 'Ghi chú', 'Đường dẫn minh chứng'];
const INDICATORS = new Map([['CT01', { id: 'id-ct01' }], ['CT03', { id: 'id-ct03' }], ['CT12.1', { id: 'id-ct12.1' }]]);

async function xlsx(rows: ExcelJS.CellValue[][], sheet = 'Số liệu'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('parseVietnameseNumber', () => {
  it.each([
    ['4.600', 4600], ['63,7', 63.7], ['1.234,5', 1234.5], ['1.234.567', 1234567], ['94,15%', 94.15], ['-2,5', -2.5],
    ['63.7', 63.7], ['1,234.5', 1234.5], [' 4 600 ', 4600], ['42', 42],
  ])('%s → %d', (text, expected) => {
    expect(parseVietnameseNumber(text)).toBe(expected);
  });

  it.each(['abc', '1.2.3', '12,34,5', ',5', '5,', '', 'khoảng 5'])('rejects %j', (text) => {
    expect(parseVietnameseNumber(text)).toBeNull();
  });
});

describe('parseValuesWorkbook', () => {
  it('finds the headers by name in any order, diacritics and case aside', async () => {
    const buf = await xlsx([
      ['Giá trị', 'ghi chu', 'KỲ BÁO CÁO', 'Loai so lieu', 'Mã chỉ tiêu'],
      [8.2, 'Ước theo số liệu quý', '2024-Q1', 'Ước thực hiện', 'CT01'],
    ]);
    const { entries, problems } = await parseValuesWorkbook(buf, INDICATORS);
    expect(problems).toEqual([]);
    expect(entries).toEqual([
      { indicatorId: 'id-ct01', where: 'Dòng 2', input: { period: '2024-Q1', value: 8.2, kind: 'estimate', note: 'Ước theo số liệu quý', evidenceUrl: null } },
    ]);
  });

  it('reads numbers written as numbers, as Vietnamese text, from formulas and percentage cells', async () => {
    const buf = await xlsx([
      HEADERS,
      ['CT03', '', '', '2024-01', '4.600', 'Thực hiện'],
      ['CT03', '', '', '2024-02', '1.234,5', 'thuc hien'],
      ['CT03', '', '', '2024-03', { formula: 'A1', result: 420 }, { richText: [{ text: 'Thực ' }, { text: 'hiện' }] }],
      ['ct01', '', '', '2024-q2', '63,7', 'THỰC HIỆN', '', { text: 'minh chứng', hyperlink: 'https://example.org/bc.pdf' }],
      ['CT01', '', '', '2024-Q3', 0.9415, 'Thực hiện'],
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
    wb.worksheets[0]!.getCell('E6').numFmt = '0.00%';
    const { entries, problems } = await parseValuesWorkbook(Buffer.from(await wb.xlsx.writeBuffer()), INDICATORS);
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.input.period, e.input.value, e.input.kind])).toEqual([
      ['2024-01', 4600, 'actual'], ['2024-02', 1234.5, 'actual'], ['2024-03', 420, 'actual'], ['2024-Q2', 63.7, 'actual'], ['2024-Q3', 94.15, 'actual'],
    ]);
    expect(entries[3]!.input.evidenceUrl).toBe('https://example.org/bc.pdf');
  });

  it('names the row and the column of every bad cell, and keeps the good rows', async () => {
    const buf = await xlsx([
      HEADERS,
      ['CT01', '', '', '2024-Q1', 'khoảng 8', 'Thực hiện'],
      ['CT99', '', '', '2024', 5, 'Thực hiện'],
      ['CT03', '', '', '2024-01', 420, 'Kế hoạch'],
      ['CT03', '', '', '', 430, 'Thực hiện'],
      ['CT03', '', '', '2024-02', 350, 'Thực hiện'],
      ['CT03', '', '', '2024-02', 351, 'Thực hiện'],
      ['CT01', '', '', '2024-Q2', { formula: '1/0', result: { error: '#DIV/0!' } }, 'Thực hiện'],
    ]);
    const { entries, problems } = await parseValuesWorkbook(buf, INDICATORS);
    expect(problems.map((p) => p.path)).toEqual([
      'Dòng 2, Giá trị', 'Dòng 3, Mã chỉ tiêu', 'Dòng 4, Loại số liệu', 'Dòng 5, Kỳ báo cáo', 'Dòng 7, Kỳ báo cáo', 'Dòng 8, Giá trị',
    ]);
    expect(problems[0]!.message).toBe('Dòng 2, cột "Giá trị": "khoảng 8" không phải là số');
    expect(problems[1]!.message).toContain('"CT99"');
    expect(problems[4]!.message).toContain('trùng với dòng 6');
    expect(problems[5]!.message).toContain('#DIV/0!');
    expect(entries.map((e) => e.where)).toEqual(['Dòng 6']);
  });

  it('skips empty rows and template rows left without data', async () => {
    const buf = await xlsx([
      HEADERS,
      ['CT01', 'Tốc độ tăng trưởng GRDP', '%'],
      [],
      [null, '   ', null, ''],
      ['CT12.1', '', 'bậc', '2024', 50, 'Thực hiện'],
    ]);
    const { entries, problems } = await parseValuesWorkbook(buf, INDICATORS);
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ indicatorId: 'id-ct12.1', where: 'Dòng 5', input: { period: '2024', value: 50 } });
  });

  it('names each missing required column', async () => {
    const { entries, problems } = await parseValuesWorkbook(await xlsx([['Mã chỉ tiêu', 'Kỳ báo cáo'], ['CT01', '2024-Q1']]), INDICATORS);
    expect(entries).toEqual([]);
    expect(problems.map((p) => p.message)).toEqual(['Thiếu cột "Giá trị" ở dòng tiêu đề', 'Thiếu cột "Loại số liệu" ở dòng tiêu đề']);
  });

  it('answers one clear problem for a file that is not an xlsx', async () => {
    const { entries, problems } = await parseValuesWorkbook(Buffer.from('PK\u0003\u0004 not really a workbook'), INDICATORS);
    expect(entries).toEqual([]);
    expect(problems).toEqual([{ path: 'file', message: expect.stringContaining('không phải là tệp Excel') }]);
  });
});

describe('excelProblems', () => {
  it('turns the service paths into the Excel row and column', () => {
    expect(excelProblems([
      { path: 'Dòng 4 period', message: 'Kỳ báo cáo không đúng định dạng' },
      { path: 'Dòng 5', message: 'Đơn vị của bạn không phụ trách chỉ tiêu CT09' },
      { path: 'file', message: 'x' },
    ])).toEqual([
      { path: 'Dòng 4, Kỳ báo cáo', message: 'Dòng 4, cột "Kỳ báo cáo": Kỳ báo cáo không đúng định dạng' },
      { path: 'Dòng 5, Mã chỉ tiêu', message: 'Dòng 5, cột "Mã chỉ tiêu": Đơn vị của bạn không phụ trách chỉ tiêu CT09' },
      { path: 'file', message: 'x' },
    ]);
  });
});
