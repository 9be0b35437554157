import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ENGINES, type Session, type TestApp } from './harness.js';

interface Form {
  formCode: string; year: number; reportingUnit: { id: string; name: string }; receivingUnit: string;
  columns: Array<{ awardType: string; subject: string }>;
  rows: Array<{ code: string; label: string; total: number | null; cells: Array<number | null> }>;
}

describe.each(ENGINES)('form 0602.N (State-level awards) on %s', (engine) => {
  let t: TestApp;
  let board: Session;
  let syte: Session;
  const ids = new Map<string, string>();
  const total = (f: Form, label: string) => f.rows.find((r) => r.label === label)?.total;
  const cell = (f: Form, label: string, awardType: string, subject: string) =>
    f.rows.find((r) => r.label === label)!.cells[f.columns.findIndex((c) => c.awardType === awardType && c.subject === subject)];

  beforeAll(async () => {
    t = await createTestApp(engine);
    [board, syte] = await Promise.all([t.login('bantdkt'), t.login('syte')]);
    const { db } = t.database;
    for (const u of await db.selectFrom('units').select(['id', 'code']).where('code', 'in', ['SKHDT', 'SYT']).execute()) ids.set(u.code, u.id);
    for (const p of await db.selectFrom('people').select(['id', 'full_name']).execute()) ids.set(p.full_name, p.id);
    const person = (name: string) => ({ kind: 'individual', personId: ids.get(name) });
    const unit = (code: string) => ({ kind: 'collective', unitId: ids.get(code) });
    const award = async (subject: object, awardType: string, year: number, date: string | null, kind = 'regular') => {
      const res = await board.send('POST', '/api/v1/awards', { subject, awardType, kind, year, decision: { number: `${awardType}-${year}/QĐ`, date, issuer: 'Chủ tịch nước' } });
      expect(res.status, String(res.body)).toBe(201);
      return res.json<{ id: string }>().id;
    };
    await award(unit('SKHDT'), 'HCLD3', 2024, '2024-08-15');
    await award(person('Đặng Văn Đức'), 'HCLD3', 2024, '2024-08-15');
    await award(person('Y Hoa'), 'BK_TTG', 2024, '2024-03-01', 'unscheduled');
    await award(person('A Thút'), 'BK_TTG', 2024, '2024-05-01');
    await award(person('Hoàng Văn Đạt'), 'BK_TTG', 2024, null); // an old entry without a date: its year decides
    await award(person('Phạm Thị Hồng Nhung'), 'CSTDTQ', 2023, '2024-02-10'); // conferred in 2024 for 2023
    await award(unit('SYT'), 'BK_TTG', 2023, '2023-12-20');
    const revoked = await award(unit('SKHDT'), 'CO_CP', 2024, '2024-11-01');
    const revoke = { decisionNumber: '1/QĐ-TTg', decisionDate: '2024-12-01', reason: 'Kê khai thành tích không đúng sự thật' };
    expect((await board.send('POST', `/api/v1/awards/${revoked}/revoke`, revoke)).status).toBe(200);
  });
  afterAll(async () => { await t?.close(); });

  it('counts the year\'s live State-level awards of the province by decision date, split as the form asks', async () => {
    const f = (await board.get('/api/v1/reports/state-awards?year=2024')).json<Form>();
    expect(f).toMatchObject({ formCode: '0602.N/BNV-TĐKT', year: 2024, reportingUnit: { name: 'Tỉnh Kon Tum' }, receivingUnit: 'Bộ Nội vụ' });
    // The demo's provincial and grassroots awards are not State-level; the revoked flag and 2023's decision stay out.
    expect(total(f, 'Tổng số')).toBe(6);
    expect(cell(f, 'Tổng số', 'HCLD3', 'collective')).toBe(1);
    expect(cell(f, 'Tổng số', 'BK_TTG', 'individual')).toBe(3);
    expect(cell(f, 'Tổng số', 'CO_CP', 'collective')).toBe(0);
    expect(cell(f, 'Tổng số', 'CSTDTQ', 'individual')).toBe(1);
    expect(total(f, '- Tập thể')).toBe(1);
    expect(total(f, '- Cá nhân')).toBe(5);
    expect(total(f, '+ Lãnh đạo, quản lý (các cấp)')).toBe(3);
    expect(f.rows.find((r) => r.code === '14')!.total).toBe(2);
    expect(total(f, 'Trong đó: nữ')).toBe(2);
    expect(total(f, '- Đột xuất')).toBe(1);
    expect(total(f, '- Thường xuyên')).toBe(5);
    const y2023 = (await board.get('/api/v1/reports/state-awards?year=2023')).json<Form>();
    // The demo's PM certificate for 2022 (decision 1197/QĐ-TTg of 12/10/2023) and the 2023 collective.
    expect(total(y2023, 'Tổng số')).toBe(2);
    expect(total((await board.get('/api/v1/reports/state-awards?year=2022')).json<Form>(), 'Tổng số')).toBe(0);
    expect(cell(y2023, '- Tập thể', 'BK_TTG', 'collective')).toBe(1);
  });

  it('a unit officer reports on their own subtree only', async () => {
    const own = (await syte.get('/api/v1/reports/state-awards?year=2024')).json<Form>();
    expect(own).toMatchObject({ reportingUnit: { name: 'Sở Y tế' }, receivingUnit: 'Ủy ban nhân dân tỉnh Kon Tum' });
    expect(total(own, 'Tổng số')).toBe(2); // A Thút and Phạm Thị Hồng Nhung; nothing of the Department of Planning
    expect(cell(own, 'Tổng số', 'HCLD3', 'individual')).toBe(0);
    expect((await syte.get(`/api/v1/reports/state-awards?year=2024&unitId=${ids.get('SKHDT')}`)).status).toBe(403);
    expect((await syte.get(`/api/v1/reports/state-awards.xlsx?year=2024&unitId=${ids.get('SKHDT')}`)).status).toBe(403);
    const skhdt = (await board.get(`/api/v1/reports/state-awards?year=2024&unitId=${ids.get('SKHDT')}`)).json<Form>();
    expect(total(skhdt, 'Tổng số')).toBe(3);
    expect((await t.anonymous.get('/api/v1/reports/state-awards?year=2024')).status).toBe(401);
    const bad = await board.get('/api/v1/reports/state-awards?year=20');
    expect(bad.status).toBe(400);
    expect((await board.get('/api/v1/reports/state-awards?year=2024&unitId=khong-co')).status).toBe(400);
  });

  it('the Excel file is the statistical form: code, circular, units, title, period, table and signatures', async () => {
    const res = await syte.get('/api/v1/reports/state-awards.xlsx?year=2024');
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toContain('bieu-0602N-khen-thuong-cap-nha-nuoc-2024.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.raw as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('A1').value).toBe('Biểu số: 0602.N/BNV-TĐKT');
    expect(ws.getCell('A2').value).toBe('Ban hành kèm theo Thông tư số 02/2023/TT-BNV');
    const text = ws.getSheetValues().flat().filter((v) => v !== null && v !== undefined).map(String);
    expect(text).toContain('Đơn vị báo cáo: Sở Y tế');
    expect(text).toContain('Đơn vị nhận báo cáo: Ủy ban nhân dân tỉnh Kon Tum');
    expect(text).toContain('SỐ LƯỢNG KHEN THƯỞNG CẤP NHÀ NƯỚC');
    expect(text).toContain('Năm 2024');
    expect(text).toEqual(expect.arrayContaining(['Người lập biểu', 'Thủ trưởng đơn vị', '…, ngày … tháng … năm …', 'Bằng khen của Thủ tướng Chính phủ']));
    const totalRow = ws.getColumn(1).values.findIndex((v) => v === 'Tổng số');
    expect(ws.getCell(totalRow, 4).value).toBe(2);
  });
});
