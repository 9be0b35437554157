import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATUS_LABELS } from '../src/modules/targets/domain/evaluate.js';
import { createTestApp, ENGINES, type Session, type TestApp } from './harness.js';

interface Indicator { id: string; code: string; children: Indicator[] }
interface ErrorBody { error: { code: string; details: Array<{ path: string; message: string }> } }
type Row = [code: string, period: string, value: ExcelJS.CellValue, kind: string];

const HEADERS = ['Mã chỉ tiêu', 'Tên chỉ tiêu', 'Đơn vị tính', 'Kỳ báo cáo', 'Giá trị', 'Loại số liệu', 'Ghi chú', 'Đường dẫn minh chứng'];

async function open(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  return wb;
}
const columnValues = (ws: ExcelJS.Worksheet, col: number, from: number): string[] =>
  Array.from({ length: ws.rowCount - from + 1 }, (_, i) => String(ws.getCell(from + i, col).value ?? '')).filter(Boolean);

/** The template as an officer fills it: the pre-filled row of each code gets the data, extra rows are appended. */
async function fill(template: Buffer, rows: Row[]): Promise<Buffer> {
  const wb = await open(template);
  const ws = wb.getWorksheet('Số liệu')!;
  const used = new Set<number>();
  const codeAt = (r: number): string => String(ws.getCell(r, 1).value ?? '');
  for (const [code, period, value, kind] of rows) {
    let r = 2;
    while (codeAt(r) && (codeAt(r) !== code || used.has(r))) r++;
    used.add(r);
    ws.getRow(r).values = [code, '', '', period, value, kind];
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe.each(ENGINES)('Excel values and dashboard on %s', (engine) => {
  let t: TestApp;
  let skhdt: Session;
  let board: Session;
  let movementId: string;
  let template: Buffer;
  const ind = new Map<string, Indicator>();
  beforeAll(async () => {
    t = await createTestApp(engine);
    [skhdt, board] = await Promise.all([t.login('skhdt'), t.login('bantdkt')]);
    movementId = (await skhdt.get('/api/v1/movements?year=2024')).json<{ items: Array<{ id: string }> }>().items[0]!.id;
    const walk = (list: Indicator[]) => list.forEach((i) => { ind.set(i.code, i); walk(i.children); });
    walk((await skhdt.get(`/api/v1/movements/${movementId}/indicators`)).json<{ items: Indicator[] }>().items);
  });
  afterAll(async () => { await t?.close(); });
  const history = async (code: string) => (await skhdt.get(`/api/v1/indicators/${ind.get(code)!.id}/values`)).json<{ items: Array<{ period: string; value: number; kind: string }> }>().items;
  const importFile = (s: Session, buf: Buffer, name = 'so-lieu.xlsx') => s.upload(`/api/v1/movements/${movementId}/values-import`, name, buf);

  it("gives skhdt a template with its unit's indicators only", async () => {
    const res = await skhdt.get(`/api/v1/movements/${movementId}/values-template.xlsx`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''");
    template = res.raw;
    const wb = await open(template);
    const ws = wb.getWorksheet('Số liệu')!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS);
    expect(columnValues(ws, 1, 2)).toEqual(['CT01', 'CT02', 'CT04', 'CT12.1']);
    expect(columnValues(ws, 4, 2)).toEqual([]);
    expect(ws.getCell('F2').dataValidation).toMatchObject({ type: 'list', formulae: ['"Thực hiện,Ước thực hiện"'] });
    const guide = columnValues(wb.getWorksheet('Hướng dẫn')!, 1, 1).join('\n');
    expect(guide).toContain('2024-Q1');
    expect(guide).toContain('CT12.1');
    expect(guide).not.toContain('CT09');
  });

  it('refuses the template without a session', async () => {
    expect((await t.anonymous.get(`/api/v1/movements/${movementId}/values-template.xlsx`)).status).toBe(401);
  });

  it('imports a filled template: the values appear in the history', async () => {
    const res = await importFile(skhdt, await fill(template, [['CT01', '2024-Q4', '10,5', 'Ước thực hiện'], ['CT04', '2024-11', 38, 'Thực hiện'], ['CT04', '2024-12', '41', 'thuc hien']]));
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({ imported: 3 });
    expect((await history('CT01'))[0]).toMatchObject({ period: '2024-Q4', value: 10.5, kind: 'estimate' });
    expect((await history('CT04')).filter((v) => v.period >= '2024-11').map((v) => v.value).sort()).toEqual([38, 41]);
  });

  it('rejects a file with bad rows, names their rows and columns, and saves nothing from it', async () => {
    const before = { ct02: (await history('CT02')).length, ct12: (await history('CT12.1')).length };
    const res = await importFile(skhdt, await fill(template, [
      ['CT02', '2024-H2', '64,2', 'Thực hiện'],
      ['CT01', '2024-Q4', 'mười', 'Thực hiện'],
      ['CT04', '2024-13', 40, 'Thực hiện'],
      ['CT12.1', '2024', 48, 'Thực hiện'],
      ['CT09', '2024-H2', 39.5, 'Thực hiện'],
    ]));
    expect(res.status).toBe(400);
    const details = res.json<ErrorBody>().error.details;
    expect(details.map((d) => d.path)).toEqual(['Dòng 2, Giá trị', 'Dòng 4, Kỳ báo cáo', 'Dòng 6, Mã chỉ tiêu']);
    expect(details[0]!.message).toBe('Dòng 2, cột "Giá trị": "mười" không phải là số');
    expect(details[1]!.message).toContain('"2024-13"');
    expect(details[2]!.message).toContain('CT09');
    expect((await history('CT02')).length).toBe(before.ct02);
    expect((await history('CT12.1')).length).toBe(before.ct12);
  });

  it('refuses files that are not xlsx, by name or by content', async () => {
    const fake = await importFile(skhdt, Buffer.from('Mã chỉ tiêu;Giá trị\nCT01;8'), 'so-lieu.xlsx');
    expect(fake.status).toBe(400);
    expect(fake.json<ErrorBody>().error.details[0]!.path).toBe('file');
    expect((await importFile(skhdt, template, 'so-lieu.csv')).status).toBe(400);
    const broken = await importFile(skhdt, template.subarray(0, 200));
    expect(broken.json<ErrorBody>().error.details).toEqual([{ path: 'file', message: expect.stringContaining('không phải là tệp Excel') }]);
  });

  it('refuses an import from a user who reports nothing', async () => {
    const viewer = await t.login('lanhdao');
    expect((await importFile(viewer, template)).status).toBe(403);
  });

  it('exports the dashboard with the 14 targets, their statuses and the directive', async () => {
    const res = await board.get(`/api/v1/movements/${movementId}/dashboard.xlsx?asOf=2024-12-31`);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toContain('chi-tieu-2024.xlsx');
    const ws = (await open(res.raw)).worksheets[0]!;
    expect(String(ws.getCell('A1').value)).toBe('Chỉ tiêu thi đua chủ yếu năm 2024');
    expect(String(ws.getCell('A2').value)).toContain('Chỉ thị số 08/CT-UBND ngày 06/02/2024');
    expect(String(ws.getCell('A3').value)).toBe('Số liệu đến ngày 31/12/2024');
    const codes = columnValues(ws, 2, 6);
    for (let n = 1; n <= 14; n++) expect(codes).toContain(`CT${String(n).padStart(2, '0')}`);
    expect(codes).toContain('CT12.1');
    const labels = new Set<string>(Object.values(STATUS_LABELS));
    expect(columnValues(ws, 10, 6).filter((s) => labels.has(s)).length).toBe(codes.length);
    const ct03 = ws.getRow(6 + codes.indexOf('CT03'));
    expect(typeof ct03.getCell(7).value).toBe('number');
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToWidth: 1 });
  });
});
